#include "ui/profilesdialog.h"

#include "core/keytimesigner.h"
#include "profiles/credentials.h"
#include "session/bulkrunner.h"
#include "session/console.h"
#include "ui/bulkdialog.h"
#include "ui/confirm.h"
#include "ui/environmentcolors.h"
#include "ui/profileeditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pn {

namespace {

ProfilesDialog::KeyPrompt &defaultKeyPrompt()
{
    static ProfilesDialog::KeyPrompt prompt;
    return prompt;
}

std::optional<QByteArray> askKey(QWidget *parent, const Profile &p, bool token)
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        parent, ProfilesDialog::tr("Import profiles"),
        token ? ProfilesDialog::tr("Callback token of the imported profile \"%1\":").arg(p.name)
              : ProfilesDialog::tr("Auth key of the imported profile \"%1\" (devid %2):")
                    .arg(p.name, p.devid),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text.toUtf8();
}

enum Column { ColName, ColEnvironment, ColUrl, ColDevid, ColKey, ColCount };

} // namespace

void ProfilesDialog::setDefaultKeyPrompt(KeyPrompt prompt)
{
    defaultKeyPrompt() = std::move(prompt);
}

ProfilesDialog::ProfilesDialog(Console &console, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
{
    setObjectName(QStringLiteral("profilesDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setColumnCount(ColCount);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ColUrl, QHeaderView::Stretch);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto button = [&](const char *name) {
        auto *b = new QPushButton;
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_use = button("useButton");
    m_add = button("addButton");
    m_edit = button("editButton");
    m_duplicate = button("duplicateButton");
    m_remove = button("removeButton");
    buttons->addSpacing(12);
    m_import = button("importButton");
    m_export = button("exportButton");
    buttons->addSpacing(12);
    m_password = button("masterPasswordButton");
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("profilesStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(QFontMetrics(font()).lineSpacing() * 2);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *bottom = new QHBoxLayout;
    m_secretsLabel = new QLabel;
    m_secretsLabel->setObjectName(QStringLiteral("profilesSecrets"));
    m_secretsLabel->setWordWrap(true);
    bottom->addWidget(m_secretsLabel, 1);
    m_autoLockCaption = new QLabel;
    bottom->addWidget(m_autoLockCaption);
    m_autoLock = new QSpinBox;
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setValue(QSettings().value(QStringLiteral("profiles/autoLockMinutes"), 0).toInt());
    m_autoLockCaption->setBuddy(m_autoLock);
    bottom->addWidget(m_autoLock);
    layout->addLayout(bottom);
    auto *box = new QDialogButtonBox(this);
    m_close = box->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::openAddEditor);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::openEditEditor);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::openDuplicateEditor);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);
    connect(m_use, &QPushButton::clicked, this, &ProfilesDialog::useSelected);
    connect(m_password, &QPushButton::clicked, this, &ProfilesDialog::changeMasterPassword);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ProfilesDialog::openEditEditor);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ProfilesDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import profiles"), {},
                                                          tr("Profile exports (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (QTreeWidgetItem *item : m_list->selectedItems())
            ids << item->data(ColName, Qt::UserRole).toLongLong();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export profiles"),
                                                          QStringLiteral("profiles.json"),
                                                          tr("Profile exports (*.json)"));
        if (!path.isEmpty())
            exportTo(path, ids);
    });
    connect(m_autoLock, &QSpinBox::valueChanged, this, [](int minutes) {
        QSettings().setValue(QStringLiteral("profiles/autoLockMinutes"), minutes);
    });
    connect(&m_console, &Console::profilesChanged, this, &ProfilesDialog::refill);
    connect(&m_console, &Console::profileChanged, this, &ProfilesDialog::refill);
    connect(&m_console, &Console::vaultStateChanged, this, &ProfilesDialog::retranslate);
    m_keyPrompt = defaultKeyPrompt() ? defaultKeyPrompt() : KeyPrompt(&askKey);
    resize(900, 460);
    retranslate();
    refill();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslate()
{
    setWindowTitle(tr("Profiles"));
    m_list->setHeaderLabels(
        {tr("Name"), tr("Environment"), tr("Base URL"), tr("Developer ID"), tr("Key")});
    m_use->setText(tr("&Use"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_duplicate->setText(tr("&Duplicate…"));
    m_remove->setText(tr("&Remove…"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport…"));
    m_password->setText(tr("Master &password…"));
    m_close->setText(tr("Close"));
    m_use->setToolTip(tr("Switch the whole window to the selected profile"));
    m_add->setToolTip(tr("Add a profile: account, environment, keys and callback settings"));
    m_edit->setToolTip(tr("Change the selected profile; its key can be replaced, never read"));
    m_duplicate->setToolTip(
        tr("A new profile with the selected one's settings (the key is entered again)"));
    m_remove->setToolTip(tr("Remove the selected profile and its stored key from this computer "
                            "(asks first; refused while it has open bindings or bulk jobs)"));
    m_import->setToolTip(tr("Add profiles from a JSON export; each key is asked for"));
    m_export->setToolTip(tr("Save the selected profiles (or all) as JSON, without keys or tokens"));
    m_password->setToolTip(tr("Change the master password of the key vault"));
    m_close->setToolTip(tr("Close this dialog"));
    m_autoLockCaption->setText(tr("Lock the vault after idle minutes (0 = never):"));
    m_autoLock->setSpecialValueText(tr("never"));
    const Console::VaultState state = m_console.vaultState();
    m_password->setVisible(state != Console::VaultState::NotVault);
    m_autoLock->setVisible(state != Console::VaultState::NotVault);
    m_autoLockCaption->setVisible(state != Console::VaultState::NotVault);
    QString where = tr("Keys are kept in: %1").arg(m_console.secretBackendName());
    if (state == Console::VaultState::Locked)
        where += u' ' + tr("(locked)");
    else if (state == Console::VaultState::Unlocked)
        where += u' ' + tr("(unlocked)");
    if (m_console.secretProblem() != SecretBackendChoice::Problem::None)
        where = m_console.secretProblemText();
    m_secretsLabel->setText(where);
    if (m_list->topLevelItemCount() > 0)
        refill();
}

void ProfilesDialog::refill()
{
    QList<qint64> selected;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        selected << item->data(ColName, Qt::UserRole).toLongLong();
    const QSignalBlocker block(m_list);
    m_list->clear();
    const auto current = m_console.currentProfile();
    for (const Profile &p : m_console.profileList()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ColName, p.name);
        item->setData(ColName, Qt::UserRole, p.id);
        // The environment as a coloured badge, like the profile bar.
        item->setText(ColEnvironment, QStringLiteral(" %1 ").arg(environmentName(p.environment)));
        item->setBackground(ColEnvironment, QColor(environmentColorName(p.environment)));
        item->setForeground(ColEnvironment, Qt::white);
        item->setTextAlignment(ColEnvironment, Qt::AlignCenter);
        item->setText(ColUrl, p.baseUrl.toString());
        item->setText(ColDevid, p.devid);
        item->setText(ColKey, p.isSandbox() ? tr("generated at each start")
                              : p.secretBackend.isEmpty()
                                  ? tr("none stored")
                                  : SecretStore::backendDisplayName(p.secretBackend));
        if (current && current->id == p.id) {
            QFont f = item->font(ColName);
            f.setBold(true);
            item->setFont(ColName, f);
            item->setToolTip(ColName, tr("The profile in use"));
        }
        if (selected.contains(p.id))
            item->setSelected(true);
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->topLevelItem(0)->setSelected(true);
    for (int c = 0; c < ColCount; ++c) {
        if (c != ColUrl)
            m_list->resizeColumnToContents(c);
    }
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const auto p = selectedProfile();
    const int count = int(m_list->selectedItems().size());
    m_edit->setEnabled(count == 1);
    m_duplicate->setEnabled(count == 1 && p && !p->isSandbox());
    m_remove->setEnabled(count == 1 && p && !p->isSandbox());
    m_use->setEnabled(count == 1);
    m_export->setEnabled(m_list->topLevelItemCount() > 0);
}

void ProfilesDialog::selectProfile(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setSelected(item->data(ColName, Qt::UserRole).toLongLong() == id);
    }
}

std::optional<Profile> ProfilesDialog::selectedProfile() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.size() != 1)
        return std::nullopt;
    return m_console.profiles().byId(items.first()->data(ColName, Qt::UserRole).toLongLong());
}

QString ProfilesDialog::statusText() const
{
    return m_status->text();
}

void ProfilesDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

ProfileEditor *ProfilesDialog::openEditor(const Profile &profile, bool edit)
{
    if (m_editor) {
        m_editor->raise();
        return m_editor;
    }
    auto *editor = new ProfileEditor(
        m_console.clock(), edit ? ProfileEditor::Mode::Edit : ProfileEditor::Mode::Add, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setProfile(profile);
    QStringList names;
    for (const Profile &p : m_console.profileList())
        names << p.name;
    editor->setTakenNames(names);
    if (edit && !profile.isSandbox()) {
        const qint64 id = profile.id;
        editor->setStoredKey([this, id](QString *error) -> std::optional<QByteArray> {
            SecretStore *secrets = m_console.secretStore(error);
            if (!secrets)
                return std::nullopt;
            auto credentials = Credentials::load(m_console.profiles(), *secrets, id, error);
            if (!credentials)
                return std::nullopt;
            return credentials->authKey;
        });
    }
    connect(editor, &ProfileEditor::saveRequested, this, &ProfilesDialog::saveEditor);
    m_editor = editor;
    editor->open();
    return editor;
}

ProfileEditor *ProfilesDialog::openAddEditor()
{
    Profile p;
    p.environment = Environment::Test;
    return openEditor(p, false);
}

ProfileEditor *ProfilesDialog::openEditEditor()
{
    const auto p = selectedProfile();
    return p ? openEditor(*p, true) : nullptr;
}

ProfileEditor *ProfilesDialog::openDuplicateEditor()
{
    auto p = selectedProfile();
    if (!p || p->isSandbox())
        return nullptr;
    Profile copy = *p;
    copy.id = 0;
    copy.secretRef.clear();
    copy.secretBackend.clear();
    copy.hasCallbackToken = false;
    copy.name = tr("%1 (copy)").arg(p->name);
    return openEditor(copy, false);
}

void ProfilesDialog::saveEditor()
{
    QPointer<ProfileEditor> editor = m_editor;
    if (!editor)
        return;
    auto save = [this, editor] {
        if (!editor)
            return;
        const Profile p = editor->profile();
        QString error;
        std::optional<QByteArray> key = editor->newAuthKey();
        std::optional<QByteArray> token = editor->newCallbackToken();
        bool ok = false;
        if (editor->mode() == ProfileEditor::Mode::Add) {
            const auto added = m_console.addProfile(p, key.value_or(QByteArray()), token, &error);
            ok = added.has_value();
            if (ok) {
                setStatus(tr("Profile \"%1\" added; its key is in the %2.")
                              .arg(added->name, m_console.secretBackendName()));
                refill();
                selectProfile(added->id);
            }
        } else {
            ok = m_console.updateProfile(p, key, token, &error);
            if (ok)
                setStatus(key ? tr("Profile \"%1\" saved with its new key.").arg(p.name)
                              : tr("Profile \"%1\" saved.").arg(p.name));
        }
        if (key)
            secureWipe(*key);
        if (token)
            secureWipe(*token);
        if (ok)
            editor->accept();
        else
            editor->showSaveError(error);
    };
    const bool needsSecrets = editor->newAuthKey() || editor->newCallbackToken() ||
                              editor->mode() == ProfileEditor::Mode::Add;
    if (needsSecrets && m_vaultGate)
        m_vaultGate(save);
    else
        save();
}

void ProfilesDialog::removeSelected()
{
    const auto p = selectedProfile();
    if (!p || p->isSandbox())
        return;
    // A bulk job sending on this profile in this window now: not even a forced removal (its
    // runner works on the profile's session).
    const auto current = m_console.currentProfile();
    if (QWidget *top = parentWidget() ? parentWidget()->window() : nullptr;
        top && current && current->id == p->id) {
        for (const BulkDialog *bulk : top->findChildren<BulkDialog *>()) {
            if (bulk->runner() && bulk->runner()->isRunning()) {
                setStatus(tr("A bulk job is sending on the profile \"%1\" in this window. Stop "
                             "it (or let it finish) before removing the profile.")
                              .arg(p->name),
                          true);
                return;
            }
        }
    }
    if (!Confirm::ask(this, tr("Remove profile"),
                      tr("Remove the profile \"%1\" (devid %2)? Its finished bindings, "
                         "transfers and bulk jobs and its stored key are deleted from this "
                         "computer. This cannot be undone.")
                          .arg(p->name, p->devid),
                      tr("Remove")))
        return;
    QString error;
    const int active = m_console.profiles().activeRecordCount(p->id, &error);
    const int jobs = active < 0 ? -1 : m_console.profiles().unfinishedJobCount(p->id, &error);
    if (active < 0 || jobs < 0) {
        setStatus(error, true);
        return;
    }
    ProfileStore::RemoveMode mode = ProfileStore::RemoveMode::RefuseIfActive;
    if (active > 0 || jobs > 0) {
        const QString reason =
            jobs == 0 ? tr("The profile \"%1\" still has %n pending or active binding(s) or "
                           "transfer(s); release them first.",
                           nullptr, active)
                            .arg(p->name)
                      : ProfileStore::removalBlockedText(p->name, active, jobs);
        setStatus(reason, true);
        if (!Confirm::ask(this, tr("Force the removal"),
                          reason + u'\n' +
                              (jobs == 0
                                   ? tr("Remove it anyway? The ledger forgets these records; on "
                                        "the platform they stay bound until they expire or are "
                                        "released with another tool.")
                                   : tr("Remove it anyway? The ledger forgets these records and "
                                        "bulk jobs (a stopped job cannot be resumed); on the "
                                        "platform what was bound stays bound until it expires "
                                        "or is released with another tool.")),
                          tr("Remove anyway")))
            return;
        mode = ProfileStore::RemoveMode::Force;
    }
    auto remove = [this, id = p->id, name = p->name, mode] {
        QString why;
        if (m_console.removeProfile(id, mode, &why))
            setStatus(tr("Profile \"%1\" removed.").arg(name));
        else
            setStatus(why, true);
        refill();
    };
    if (!p->secretBackend.isEmpty() && m_vaultGate)
        m_vaultGate(remove);
    else
        remove();
}

bool ProfilesDialog::exportTo(const QString &path, const QList<qint64> &ids)
{
    QList<qint64> chosen = ids;
    if (chosen.isEmpty()) { // everything but the built-in sandbox
        for (const Profile &p : m_console.profileList()) {
            if (!p.isSandbox())
                chosen << p.id;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_console.exportProfiles(chosen)) < 0 ||
        !file.commit()) {
        setStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    setStatus(
        tr("%n profile(s) exported to %1 (without keys or tokens).", nullptr, int(chosen.size()))
            .arg(path));
    return true;
}

bool ProfilesDialog::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    const QByteArray json = file.read(4 * 1024 * 1024);
    QString parseError;
    if (!ProfileStore::parseExport(json, &parseError)) {
        setStatus(parseError, true);
        return false;
    }
    auto result = std::make_shared<bool>(false);
    auto run = [this, json, result] {
        QString error;
        if (!m_console.secretStore(&error)) {
            setStatus(error, true);
            return;
        }
        const auto added = m_console.importProfiles(
            json,
            [this](const Profile &p, bool token, QString *err) -> std::optional<QByteArray> {
                std::optional<QByteArray> value = m_keyPrompt(this, p, token);
                if (!value || (!token && value->isEmpty())) {
                    *err = token ? tr("Import stopped: no callback token was entered for "
                                      "\"%1\".")
                                       .arg(p.name)
                                 : tr("Import stopped: no key was entered for \"%1\".").arg(p.name);
                    return std::nullopt;
                }
                return value;
            },
            &error);
        if (!added) {
            setStatus(error, true);
            refill();
            return;
        }
        QStringList names;
        for (const Profile &p : *added)
            names << p.name;
        setStatus(tr("Imported: %1.").arg(names.join(QStringLiteral(", "))));
        refill();
        *result = true;
    };
    // The gate may run later (after an unlock dialog); tests and the common case run now.
    if (m_vaultGate)
        m_vaultGate(run);
    else
        run();
    return *result;
}

void ProfilesDialog::useSelected()
{
    if (const auto p = selectedProfile())
        Q_EMIT switchRequested(p->id);
}

void ProfilesDialog::changeMasterPassword()
{
    Q_EMIT changeMasterPasswordRequested();
}

} // namespace pn

#include "ui/vaultunlockdialog.h"

#include "core/keytimesigner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pn {

namespace {
QLineEdit *passwordField(const char *name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    return edit;
}
} // namespace

VaultUnlockDialog::VaultUnlockDialog(Mode mode, const QString &vaultPath, Attempt attempt,
                                     QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_path(vaultPath)
    , m_attempt(std::move(attempt))
{
    setObjectName(QStringLiteral("vaultUnlockDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("vaultIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_current = passwordField("currentPasswordEdit");
    m_new = passwordField("newPasswordEdit");
    m_repeat = passwordField("repeatPasswordEdit");
    m_currentCaption = new QLabel;
    m_newCaption = new QLabel;
    m_repeatCaption = new QLabel;
    if (mode != Mode::Create)
        form->addRow(m_currentCaption, m_current);
    if (mode != Mode::Unlock) {
        form->addRow(m_newCaption, m_new);
        form->addRow(m_repeatCaption, m_repeat);
    }
    m_current->setVisible(mode != Mode::Create);
    m_new->setVisible(mode != Mode::Unlock);
    m_repeat->setVisible(mode != Mode::Unlock);
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("vaultError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setMinimumHeight(QFontMetrics(font()).lineSpacing() * 2);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("unlockButton"));
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &VaultUnlockDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] { clearFields(); });
    retranslate();
    resize(520, sizeHint().height());
}

VaultUnlockDialog::~VaultUnlockDialog()
{
    clearFields();
}

void VaultUnlockDialog::clearFields()
{
    m_current->clear();
    m_new->clear();
    m_repeat->clear();
}

void VaultUnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void VaultUnlockDialog::retranslate()
{
    switch (m_mode) {
    case Mode::Unlock:
        setWindowTitle(tr("Unlock the key vault"));
        m_intro->setText(tr("The keys of this data folder are in the encrypted vault\n%1\n"
                            "Enter its master password to use them.")
                             .arg(m_path));
        m_ok->setText(tr("&Unlock"));
        break;
    case Mode::Create:
        setWindowTitle(tr("Create the key vault"));
        m_intro->setText(tr("The keys of this data folder will be kept in a new encrypted vault\n"
                            "%1\nChoose its master password. It cannot be recovered: without "
                            "it the keys must be entered again.")
                             .arg(m_path));
        m_ok->setText(tr("&Create"));
        break;
    case Mode::Change:
        setWindowTitle(tr("Change the master password"));
        m_intro->setText(tr("Change the master password of the key vault\n%1").arg(m_path));
        m_ok->setText(tr("&Change"));
        break;
    }
    m_currentCaption->setText(m_mode == Mode::Change ? tr("&Current password:")
                                                     : tr("&Master password:"));
    m_currentCaption->setBuddy(m_current);
    m_newCaption->setText(tr("&New password:"));
    m_newCaption->setBuddy(m_new);
    m_repeatCaption->setText(tr("&Repeat:"));
    m_repeatCaption->setBuddy(m_repeat);
    m_cancel->setText(tr("Cancel"));
    if (m_lastWrong)
        m_error->setText(tr("Wrong password, try again."));
}

QString VaultUnlockDialog::errorText() const
{
    return m_error->text();
}

void VaultUnlockDialog::submit()
{
    QByteArray current = m_current->text().toUtf8();
    QByteArray next = m_new->text().toUtf8();
    const QByteArray repeat = m_repeat->text().toUtf8();
    m_lastWrong = false;
    if (m_mode != Mode::Unlock && next != repeat) {
        m_error->setText(tr("The two new passwords differ; type them again."));
        m_new->clear();
        m_repeat->clear();
        m_new->setFocus();
        secureWipe(current);
        secureWipe(next);
        return;
    }
    if (m_mode != Mode::Unlock && next.isEmpty()) {
        m_error->setText(tr("The new password must not be empty."));
        return;
    }
    if (m_mode != Mode::Create && current.isEmpty()) {
        m_error->setText(tr("Enter the master password."));
        return;
    }
    QString error;
    bool wrong = false;
    const bool ok = m_attempt(m_mode == Mode::Create ? next : current,
                              m_mode == Mode::Change ? next : QByteArray(), &error, &wrong);
    secureWipe(current);
    secureWipe(next);
    if (ok) {
        m_error->clear();
        accept();
        return;
    }
    ++m_failed;
    m_lastWrong = wrong;
    m_error->setText(wrong ? tr("Wrong password, try again.") : error);
    m_current->clear();
    m_current->setFocus();
}

} // namespace pn

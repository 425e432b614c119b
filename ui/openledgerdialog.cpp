#include "ui/openledgerdialog.h"

#include "core/keytimesigner.h"
#include "core/logging.h"
#include "ledger/ledger.h"
#include "secrets/secretstore.h"
#include "session/console.h"
#include "session/ledgeraccess.h"
#include "ui/bindingdialog.h"
#include "ui/consolewindow.h"
#include "ui/transferdialog.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace pn {

namespace {

const QString kSettingsKey = QStringLiteral("ledger/current");

std::optional<LedgerChoice> &choiceSlot()
{
    static std::optional<LedgerChoice> choice;
    return choice;
}

} // namespace

OpenLedgerDialog::OpenLedgerDialog(const LedgerLocation &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openLedgerDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_folderChoice = new QRadioButton(this);
    m_folderChoice->setObjectName(QStringLiteral("folderChoice"));
    layout->addWidget(m_folderChoice);
    m_folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(m_folderRow);
    folderLayout->setContentsMargins(24, 0, 0, 0);
    m_folder = new QLineEdit(m_folderRow);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_browseFolder = new QPushButton(m_folderRow);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browseFolder);
    layout->addWidget(m_folderRow);

    m_serverChoice = new QRadioButton(this);
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    layout->addWidget(m_serverChoice);
    m_serverBox = new QWidget(this);
    m_serverForm = new QFormLayout(m_serverBox);
    m_serverForm->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit(m_serverBox);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(m_serverBox);
    m_port->setObjectName(QStringLiteral("portBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(m_serverBox);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(m_serverBox);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(m_serverBox);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(m_serverBox);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    m_tls = new QComboBox(m_serverBox);
    m_tls->setObjectName(QStringLiteral("tlsBox"));
    for (const QString &mode : LedgerLocation::sslModes())
        m_tls->addItem(QString(), mode);
    auto *caRow = new QWidget(m_serverBox);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_ca = new QLineEdit(caRow);
    m_ca->setObjectName(QStringLiteral("caEdit"));
    m_browseCa = new QPushButton(caRow);
    caLayout->addWidget(m_ca, 1);
    caLayout->addWidget(m_browseCa);
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember),
                           static_cast<QWidget *>(m_tls), caRow}) {
        auto *caption = new QLabel(m_serverBox);
        caption->setBuddy(field);
        m_captions << caption;
        m_serverForm->addRow(caption, field);
    }
    layout->addWidget(m_serverBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    layout->addWidget(m_testResult);
    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_ok = buttons->addButton(QDialogButtonBox::Ok);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    if (current.isServer()) {
        m_serverChoice->setChecked(true);
        m_host->setText(current.host());
        m_port->setValue(current.port());
        m_database->setText(current.database());
        m_user->setText(current.user());
        const int tls = m_tls->findData(current.sslMode().isEmpty() ? QStringLiteral("prefer")
                                                                    : current.sslMode());
        m_tls->setCurrentIndex(qMax(0, tls));
        m_ca->setText(current.caFile());
    } else {
        m_folderChoice->setChecked(true);
        m_folder->setText(current.folderPath());
        m_tls->setCurrentIndex(m_tls->findData(QStringLiteral("verify-full")));
    }

    connect(m_folderChoice, &QRadioButton::toggled, this, &OpenLedgerDialog::updateEnabled);
    connect(m_ok, &QPushButton::clicked, this, &OpenLedgerDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &OpenLedgerDialog::testConnection);
    // Window-modal file dialogs opened with open(), not the static functions' nested exec():
    // the form stays responsive and a test can drive them (ledgerFolderDialog, caFileDialog).
    connect(m_browseFolder, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Ledger folder"), m_folder->text());
        dialog->setObjectName(QStringLiteral("ledgerFolderDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
            if (!dir.isEmpty())
                m_folder->setText(QDir::toNativeSeparators(dir));
        });
        dialog->open();
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("CA certificate"), m_ca->text(),
                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
        dialog->setObjectName(QStringLiteral("caFileDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        if (const QFileInfo ca(m_ca->text()); ca.isFile())
            dialog->selectFile(ca.absoluteFilePath());
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
            if (!file.isEmpty())
                m_ca->setText(QDir::toNativeSeparators(file));
        });
        dialog->open();
    });
    retranslate();
    updateEnabled();
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

OpenLedgerDialog::~OpenLedgerDialog()
{
    // The typed password does not outlive the dialog in its edit's buffer.
    m_password->clear();
}

void OpenLedgerDialog::retranslate()
{
    setWindowTitle(tr("Open ledger"));
    m_intro->setText(tr("Where the bindings, transfers, logs and calls are kept: a folder on "
                        "this computer, or a team ledger on a PostgreSQL server shared by "
                        "several desks. The console reopens on the ledger you choose."));
    m_folderChoice->setText(tr("&Local folder"));
    m_serverChoice->setText(tr("&Team server (PostgreSQL)"));
    m_browseFolder->setText(tr("Browse…"));
    m_browseCa->setText(tr("Browse…"));
    const QStringList captions{tr("&Host:"), tr("&Port:"),          tr("&Database:"),
                               tr("&User:"), tr("Pass&word:"),      QString(),
                               tr("TL&S:"),  tr("&CA certificate:")};
    for (qsizetype row = 0; row < captions.size() && row < m_captions.size(); ++row)
        m_captions.at(row)->setText(captions.at(row));
    m_host->setPlaceholderText(tr("e.g. ledger.example.com"));
    m_database->setPlaceholderText(tr("e.g. pnledger"));
    m_user->setPlaceholderText(tr("the desk's database role"));
    m_password->setPlaceholderText(tr("empty: the saved one, else PGPASSFILE"));
    m_ca->setPlaceholderText(tr("PEM file of the server's CA (verify-ca, verify-full)"));
    m_remember->setText(tr("Remember the password in the secret store"));
    const QMap<QString, QString> names{
        {QStringLiteral("disable"), tr("No TLS (disable)")},
        {QStringLiteral("allow"), tr("TLS if the server insists (allow)")},
        {QStringLiteral("prefer"), tr("TLS if the server offers it (prefer)")},
        {QStringLiteral("require"), tr("TLS, certificate not checked (require)")},
        {QStringLiteral("verify-ca"), tr("TLS, certificate checked against the CA (verify-ca)")},
        {QStringLiteral("verify-full"),
         tr("TLS, certificate and host name checked (verify-full)")}};
    for (int i = 0; i < m_tls->count(); ++i)
        m_tls->setItemText(i, names.value(m_tls->itemData(i).toString()));
    m_ok->setText(tr("&Open"));
    m_cancel->setText(tr("Cancel"));
    m_test->setText(tr("&Test connection"));
    m_test->setToolTip(tr("Connects once to the server with these settings (the password "
                          "typed here, else the one saved for this server, else PGPASSFILE) "
                          "and says whether it answers."));
    if (!m_error->isHidden()) {
        QString error;
        location(&error);
        m_error->setText(error);
    }
}

void OpenLedgerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OpenLedgerDialog::updateEnabled()
{
    const bool folder = m_folderChoice->isChecked();
    m_folderRow->setEnabled(folder);
    m_serverBox->setEnabled(!folder);
    m_test->setEnabled(!folder && !m_testing);
}

QString OpenLedgerDialog::testResultText() const
{
    return m_testResult->isHidden() ? QString() : m_testResult->text();
}

void OpenLedgerDialog::testConnection()
{
    QString error;
    const auto l = location(&error);
    if (!l || !l->isServer()) {
        m_error->setText(error);
        m_error->setVisible(!error.isEmpty());
        return;
    }
    m_error->hide();
    m_testing = true;
    updateEnabled();
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(l->display()));
    m_testResult->show();
    QString password = m_password->text();
    if (password.isEmpty() && m_savedPassword) {
        QByteArray saved = m_savedPassword(*l);
        password = QString::fromUtf8(saved);
        secureWipe(saved);
    }
    struct Outcome
    {
        bool ok = false;
        QString text;
    };
    auto outcome = std::make_shared<Outcome>();
    // Off the UI thread: a server that does not answer takes the connect timeout (5 s).
    QThread *worker = QThread::create([outcome, address = l->connectionString(password)] {
        outcome->ok = Ledger::testConnection(address, &outcome->text);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, outcome, password] {
        m_testing = false;
        updateEnabled();
        QString text = outcome->ok ? outcome->text : LedgerAccess::explain(outcome->text);
        if (!password.isEmpty()) // whatever a driver may echo back
            text.replace(password, QStringLiteral("***"));
        m_testResult->setStyleSheet(outcome->ok ? QStringLiteral("color: #107c10")
                                                : QStringLiteral("color: #b00020"));
        m_testResult->setText(text);
        Q_EMIT connectionTested(outcome->ok, text);
    });
    worker->start();
}

std::optional<LedgerLocation> OpenLedgerDialog::location(QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (m_folderChoice->isChecked()) {
        const QString dir = m_folder->text().trimmed();
        if (dir.isEmpty())
            return fail(tr("Choose the folder of the ledger."));
        return LedgerLocation::folder(dir);
    }
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty())
        return fail(tr("Enter the server's host name."));
    if (database.isEmpty() || database.contains(u'/'))
        return fail(tr("Enter the database's name."));
    if (user.isEmpty())
        return fail(tr("Enter the database user of this desk."));
    const QString ca = m_ca->text().trimmed();
    const QString mode = m_tls->currentData().toString();
    const LedgerLocation l =
        LedgerLocation::server(host, m_port->value(), database, user, mode, ca);
    // The same checks as for --ledger (the CA file exists, ...).
    QString why;
    if (!LedgerLocation::parse(l.display(), &why))
        return fail(why);
    return l;
}

QByteArray OpenLedgerDialog::password() const
{
    return m_serverChoice->isChecked() ? m_password->text().toUtf8() : QByteArray();
}

bool OpenLedgerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString OpenLedgerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OpenLedgerDialog::submit()
{
    QString error;
    if (!location(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    accept();
}

// --- LedgerActions ---

std::optional<LedgerChoice> LedgerActions::takeChoice()
{
    std::optional<LedgerChoice> choice = std::move(choiceSlot());
    choiceSlot().reset();
    return choice;
}

QString LedgerActions::remembered()
{
    return QSettings().value(kSettingsKey).toString();
}

void LedgerActions::remember(const QString &ledger)
{
    QSettings().setValue(kSettingsKey, ledger);
}

std::optional<LedgerChoice> LedgerActions::askAfterFailure(const LedgerLocation &ledger,
                                                           const QString &error, QWidget *parent)
{
    for (;;) {
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("pn::OpenLedgerDialog", "Open ledger"),
                        QCoreApplication::translate("pn::OpenLedgerDialog",
                                                    "The ledger %1 cannot be opened: %2")
                            .arg(ledger.display(), error),
                        QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("ledgerFailureBox"));
        QPushButton *retry = box.addButton(
            QCoreApplication::translate("pn::OpenLedgerDialog", "&Retry"), QMessageBox::AcceptRole);
        retry->setObjectName(QStringLiteral("retryButton"));
        QPushButton *other = box.addButton(
            QCoreApplication::translate("pn::OpenLedgerDialog", "Open &another ledger…"),
            QMessageBox::ActionRole);
        other->setObjectName(QStringLiteral("otherLedgerButton"));
        QPushButton *quit = box.addButton(
            QCoreApplication::translate("pn::OpenLedgerDialog", "&Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() == retry)
            return LedgerChoice{ledger.display(), {}};
        if (box.clickedButton() != other)
            return std::nullopt;
        OpenLedgerDialog dialog(ledger, parent);
        if (dialog.exec() != QDialog::Accepted)
            continue; // back to the box
        if (const auto chosen = dialog.location()) {
            // No secret store before a ledger is open: the password is for this run only.
            return LedgerChoice{chosen->display(), dialog.password()};
        }
    }
}

void LedgerActions::install(ConsoleWindow &window, Console &console)
{
    auto *action = new QAction(&window);
    action->setObjectName(QStringLiteral("actionOpenLedger"));
    QMenu *file = window.ui()->menuFile;
    file->insertAction(file->actions().value(0), action);
    file->insertSeparator(file->actions().value(1));

    auto *label = new QLabel(&window);
    label->setObjectName(QStringLiteral("ledgerLabel"));
    window.statusBar()->addPermanentWidget(label);

    // The team server does not answer: a banner says so, and New binding, New transfer and
    // Release are off until it is back (the BindingService refuses them anyway).
    auto *banner = new QFrame(&window);
    banner->setObjectName(QStringLiteral("ledgerBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(
        QStringLiteral("#ledgerBanner { background: #fde7e9; border: 1px solid #c50f1f; }"));
    auto *bannerRow = new QHBoxLayout(banner);
    auto *bannerText = new QLabel(banner);
    bannerText->setObjectName(QStringLiteral("ledgerBannerText"));
    bannerText->setWordWrap(true);
    bannerRow->addWidget(bannerText, 1);
    banner->hide();
    window.ui()->centralLayout->insertWidget(1, banner);
    const auto showAvailability = [&window, &console, banner, bannerText] {
        const bool available = console.ledgerAvailable();
        bannerText->setText(available ? QString() : console.ledgerUnavailableText());
        banner->setVisible(!available);
        Ui::MainWindow *ui = window.ui();
        const bool service = console.service() != nullptr;
        for (QAction *a : {ui->actionNewBinding, ui->actionNewTransfer, ui->actionRelease})
            a->setEnabled(available);
        ui->newBindingButton->setEnabled(available && service);
        ui->newTransferButton->setEnabled(available && service);
        for (QPushButton *b : window.findChildren<QPushButton *>(QStringLiteral("releaseButton")))
            b->setEnabled(available);
        // A form left open: held (Create off, what was typed kept), not closed.
        const QString why = available ? QString() : console.ledgerUnavailableText();
        for (BindingDialog *d : window.findChildren<BindingDialog *>())
            d->setHeld(why);
        for (TransferDialog *d : window.findChildren<TransferDialog *>())
            d->setHeld(why);
    };
    QObject::connect(&console, &Console::ledgerAvailabilityChanged, banner,
                     [showAvailability](bool) { showAvailability(); });
    // Started without the team server: opened for real once it answers, when nothing modal
    // (a form, a question) is open that ending the loop would close.
    auto *reload = new QTimer(banner);
    reload->setInterval(500);
    const auto tryReload = [reload] {
        if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
            reload->start(); // again in half a second
            return;
        }
        reload->stop();
        qCInfo(lcUi, "the team ledger answers: opening it");
        QCoreApplication::exit(ReloadExitCode);
    };
    QObject::connect(reload, &QTimer::timeout, banner, tryReload);
    QObject::connect(&console, &Console::ledgerAnswered, banner, tryReload);
    // After the window's own profile wiring, which enables the buttons.
    QObject::connect(&console, &Console::profileChanged, banner, showAvailability,
                     Qt::QueuedConnection);
    showAvailability();

    const auto retranslate = [action, label, &console, showAvailability] {
        action->setText(QCoreApplication::translate("pn::OpenLedgerDialog", "Open &ledger…"));
        const LedgerLocation &l = console.ledgerLocation();
        // Elided (the whole address is in the tooltip): the status bar must still let the
        // window fit 1024 px.
        const QString shown =
            QFontMetrics(label->font())
                .elidedText(l.isServer()
                                ? QStringLiteral("%1@%2/%3").arg(l.user(), l.host(), l.database())
                                : l.folderPath(),
                            Qt::ElideMiddle, 140);
        label->setText((l.isServer()
                            ? QCoreApplication::translate("pn::OpenLedgerDialog", "Team ledger: %1")
                            : QCoreApplication::translate("pn::OpenLedgerDialog", "Ledger: %1"))
                           .arg(shown));
        label->setToolTip(QCoreApplication::translate("pn::OpenLedgerDialog",
                                                      "The ledger this console works "
                                                      "on: %1")
                              .arg(l.display()));
        showAvailability();
    };
    retranslate();
    // Re-translated with the window (its language menu sends LanguageChange to every widget).
    class Watcher final : public QObject
    {
    public:
        Watcher(QObject *parent, std::function<void()> f)
            : QObject(parent)
            , m_f(std::move(f))
        {}
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::LanguageChange)
                m_f();
            return QObject::eventFilter(watched, event);
        }

    private:
        std::function<void()> m_f;
    };
    label->installEventFilter(new Watcher(label, retranslate));

    QObject::connect(action, &QAction::triggered, &window, [&window, &console] {
        OpenLedgerDialog dialog(console.ledgerLocation(), &window);
        dialog.setSavedPassword([&console](const LedgerLocation &server) {
            QByteArray saved;
            QString error;
            if (SecretStore *store = console.secretStore(&error))
                store->read(server.secretName(), &saved, &error);
            return saved;
        });
        if (dialog.exec() != QDialog::Accepted)
            return;
        const auto location = dialog.location();
        if (!location)
            return;
        QByteArray password = dialog.password();
        LedgerChoice choice{location->display(), {}};
        if (location->isServer() && !password.isEmpty()) {
            QString error;
            SecretStore *store = dialog.rememberPassword() ? console.secretStore(&error) : nullptr;
            if (store && store->write(location->secretName(), password, &error)) {
                secureWipe(password);
            } else {
                if (dialog.rememberPassword())
                    QMessageBox::warning(
                        &window, dialog.windowTitle(),
                        QCoreApplication::translate("pn::OpenLedgerDialog",
                                                    "The password could not be saved in the "
                                                    "secret store (%1); it is used for this run "
                                                    "only.")
                            .arg(error));
                choice.password = password; // this run only
                secureWipe(password);
            }
        }
        choiceSlot() = std::move(choice);
        QCoreApplication::exit(ReopenExitCode);
    });
}

} // namespace pn

#include "core/keytimesigner.h"
#include "core/language.h"
#include "core/logging.h"
#include "core/privatefiles.h"
#include "core/runmarker.h"
#include "core/settings.h"
#include "ledger/ledger.h"
#include "session/console.h"
#include "ui/confirm.h"
#include "ui/consolewindow.h"
#include "ui/openledgerdialog.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>
#include <utility>

#include <sys/socket.h>
#include <unistd.h>

namespace {

// SIGTERM (a logout, `kill`, a service manager) and SIGINT (Ctrl+C in the terminal that
// started it) end the console as its Quit does: the window closes (its layout is saved), the
// event loop returns and the run marker is closed, so the next start does not report an
// unclean exit. The handler only writes a byte; the event loop does the rest.
int s_signalPair[2] = {-1, -1};

void onTerminate(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_signalPair[0], &c, 1);
}

void quitOnTerminate(QObject *context, const std::function<void()> &quit)
{
    if (s_signalPair[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPair))
        return;
    auto *notifier = new QSocketNotifier(s_signalPair[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, quit] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(s_signalPair[1], &c, 1);
        notifier->setEnabled(false);
        qCInfo(lcUi) << "terminated by a signal: closing";
        quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onTerminate;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(pn::Settings::Organization));
    QCoreApplication::setApplicationName(QString::fromLatin1(pn::Settings::ConsoleApplication));
    QCoreApplication::setApplicationVersion(QStringLiteral(PN_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.pnconsole.PrivacyNumberConsole"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Privacy Number Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh_CN or en."),
                                        QStringLiteral("lang"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder of the ledger (default: $PN_DATA_DIR, else the user's data "
                       "folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption ledgerOption(
        QStringLiteral("ledger"),
        QStringLiteral("The ledger: a folder or postgresql://user@host:port/db?sslmode=... "
                       "without a password (default: $PN_LEDGER, else the one chosen last in "
                       "File > Open ledger, else the data folder)."),
        QStringLiteral("url"));
    const QCommandLineOption noSandboxOption(QStringLiteral("no-sandbox"),
                                             QStringLiteral("Do not run the built-in sandbox."));
    const QCommandLineOption backendOption(
        QStringLiteral("secret-backend"),
        QStringLiteral("Where profile keys are kept: keychain or vault (default: automatic)."),
        QStringLiteral("backend"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QStringLiteral("Open the window, wait for the account status, print it and exit (0 = "
                       "the platform answered)."));
    const QCommandLineOption logFileOption(
        QStringLiteral("log-file"),
        QStringLiteral("Append the log to this file (default: pnconsole.log in the data folder)."),
        QStringLiteral("file"));
    parser.addOptions({langOption, dataDirOption, ledgerOption, noSandboxOption, backendOption,
                       checkOption, logFileOption});
    parser.process(app);
    // Nobody can click a message box under --check or without a real display: errors go to
    // stderr and the exit code instead (a modal box there would wait for ever).
    const QString platform = QGuiApplication::platformName();
    const bool interactive = !parser.isSet(checkOption) &&
                             platform != QLatin1StringView("offscreen") &&
                             platform != QLatin1StringView("minimal");
    pn::Confirm::setNonInteractive(!interactive);

    const QString lang = pn::Language::resolve(
        parser.value(langOption), pn::Settings::language.value(), QLocale::system().name());
    pn::Language::install(lang);

    // The log, then one GUI writer per data folder, then the unclean-exit notice.
    // --ledger, else $PN_LEDGER, else the one chosen last (File → Open ledger…), else the data
    // folder. The desk's own files (log, vault, markers) stay in the data folder.
    QString ledgerText = parser.value(ledgerOption);
    if (ledgerText.isEmpty() && qEnvironmentVariableIsEmpty("PN_LEDGER") &&
        !parser.isSet(dataDirOption) && qEnvironmentVariableIsEmpty("PN_DATA_DIR"))
        ledgerText = pn::LedgerActions::remembered();
    QString ledgerError;
    const auto location =
        pn::LedgerLocation::resolve(ledgerText, parser.value(dataDirOption), &ledgerError);
    if (!location) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(ledgerError));
        return 2;
    }
    const QString dataDir =
        pn::LedgerLocation::localDataDir(*location, parser.value(dataDirOption));
    pn::PrivateFiles::makeFolder(dataDir); // 0700, as the ledger wants it
    const QString logFile = parser.isSet(logFileOption)
                                ? parser.value(logFileOption)
                                : QDir(dataDir).filePath(QStringLiteral("pnconsole.log"));
    QString logError;
    if (!pn::Logging::install(logFile, QSettings().value(QStringLiteral("log/rules")).toString(),
                              &logError))
        qCWarning(lcUi) << "cannot write the log file" << logFile << logError;
    pn::SingleInstance instance(dataDir);
    QString instanceError;
    switch (instance.start(5000, &instanceError)) {
    case pn::SingleInstance::Role::Primary:
        break;
    case pn::SingleInstance::Role::Secondary:
        std::printf("%s\n", qUtf8Printable(QCoreApplication::translate(
                                "main", "The console is already open on this data folder; its "
                                        "window was brought to the front.")));
        return 0;
    case pn::SingleInstance::Role::Failed:
        std::fprintf(stderr, "%s\n", qUtf8Printable(instanceError));
        if (interactive)
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("main", "Privacy Number Console"),
                                  instanceError);
        return 1;
    }
    pn::RunMarker marker(dataDir);
    auto previousRun = marker.begin(pn::Logging::logFile());
    qCInfo(lcUi) << "pnconsole" << PN_VERSION << "starting, process" << app.applicationPid();

    pn::ConsoleOptions options;
    options.dataDir = dataDir;
    options.ledger = location->isServer() ? location->display() : location->folderPath();
    options.sandbox = !parser.isSet(noSandboxOption);
    options.secretBackend = parser.value(backendOption);
    // A team server that does not answer at start: the window opens read-only, says so, and
    // the console opens the ledger for real when it answers (LedgerActions::ReloadExitCode).
    options.startWhileAway = true;
    // The vault's master password is asked for by the window (VaultUnlockDialog), which says
    // which vault it is, retries a wrong password inline and lets Cancel change nothing.
    // File → Open ledger… ends the loop with LedgerActions::ReopenExitCode: the console and
    // its window are made again on the chosen ledger (back on the previous one if it fails).
    QString previousLedger;
    bool chosenAfterFailure = false; // Open another ledger… from the failure box
    for (;;) {
        pn::Console console(options);
        QString error;
        if (!console.open(&error)) {
            if (!previousLedger.isEmpty()) {
                QMessageBox::warning(nullptr,
                                     QCoreApplication::translate("main", "Privacy Number Console"),
                                     QCoreApplication::translate("main", "The ledger %1 cannot be "
                                                                         "opened: %2\nThe console "
                                                                         "stays on %3.")
                                         .arg(options.ledger, error, previousLedger));
                options.ledger = std::exchange(previousLedger, QString());
                pn::secureWipe(options.ledgerPassword);
                continue;
            }
            // A team server that refuses this desk at start (password, TLS, a newer schema) or
            // whose host is unknown: Retry, Open another ledger… or Quit. (One that does not
            // answer at all opens read-only: ConsoleOptions::startWhileAway.)
            if (interactive && console.ledgerLocation().isServer()) {
                if (auto next =
                        pn::LedgerActions::askAfterFailure(console.ledgerLocation(), error)) {
                    if (next->ledger != options.ledger || !next->password.isEmpty()) {
                        chosenAfterFailure = next->ledger != options.ledger;
                        pn::secureWipe(options.ledgerPassword);
                        options.ledger = next->ledger;
                        options.ledgerPassword = std::move(next->password);
                    }
                    continue;
                }
            }
            marker.end();
            const QString text =
                QCoreApplication::translate("main", "The console cannot start: %1").arg(error);
            std::fprintf(stderr, "%s\n", qUtf8Printable(text));
            if (interactive)
                QMessageBox::critical(
                    nullptr, QCoreApplication::translate("main", "Privacy Number Console"), text);
            return 1;
        }
        if (!previousLedger.isEmpty() || std::exchange(chosenAfterFailure, false))
            pn::LedgerActions::remember(options.ledger); // opened: remembered for the next start
        // Kept while the console waits for its team server: it is opened again when it answers.
        if (!console.waitingForLedger())
            pn::secureWipe(options.ledgerPassword);
        pn::ConsoleWindow window(console);
        window.restoreLayout();
        quitOnTerminate(&window, [&window] {
            window.close();
            QCoreApplication::exit(0);
        });
        window.show();
        qCInfo(lcUi) << "window shown";
        QObject::connect(&instance, &pn::SingleInstance::activationRequested, &window, [&window] {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
        if (previousRun) {
            const QString log = previousRun->logFile.isEmpty() ? logFile : previousRun->logFile;
            const QString notice =
                QCoreApplication::translate("main", "The console did not close properly last time "
                                                    "(started %1). What it wrote before is in the "
                                                    "log: %2")
                    .arg(QLocale().toString(previousRun->startedAt.toLocalTime(),
                                            QLocale::ShortFormat),
                         log);
            qCWarning(lcUi, "the previous run (process %lld) did not exit cleanly; its log: %s",
                      previousRun->pid, qUtf8Printable(log));
            std::fprintf(stderr, "%s\n", qUtf8Printable(notice));
            auto *box = new QMessageBox(
                QMessageBox::Warning, QCoreApplication::translate("main", "Privacy Number Console"),
                notice, QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setModal(false);
            box->show();
            previousRun.reset(); // said once, not again when the console is opened again
        }
        if (parser.isSet(checkOption)) {
            QObject::connect(&console, &pn::Console::accountStatusReceived, &app,
                             [&console](const pn::PlatformResult &result) {
                                 std::printf("profile %s, ledger %s: %s\n",
                                             qPrintable(console.currentProfile()->name),
                                             qPrintable(console.ledgerLocation().display()),
                                             qPrintable(result.ok() ? QStringLiteral("account ok")
                                                                    : result.message));
                                 QCoreApplication::exit(result.ok() ? 0 : 1);
                             });
            QTimer::singleShot(20000, &app, [] { QCoreApplication::exit(1); });
        }
        const int code = app.exec();
        if (code == pn::LedgerActions::ReloadExitCode) {
            qCInfo(lcUi) << "opening the ledger again now that its server answers";
            continue;
        }
        if (code == pn::LedgerActions::ReopenExitCode) {
            if (auto choice = pn::LedgerActions::takeChoice()) {
                qCInfo(lcUi) << "reopening on the ledger" << choice->ledger;
                previousLedger = options.ledger;
                options.ledger = choice->ledger;
                options.ledgerPassword = std::move(choice->password);
                continue;
            }
        }
        qCInfo(lcUi) << "pnconsole exits with" << code;
        marker.end();
        return code;
    }
}

#include "core/language.h"
#include "core/logging.h"
#include "core/privatefiles.h"
#include "core/runmarker.h"
#include "core/settings.h"
#include "ledger/ledger.h"
#include "session/console.h"
#include "ui/confirm.h"
#include "ui/consolewindow.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

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
    parser.addOptions(
        {langOption, dataDirOption, noSandboxOption, backendOption, checkOption, logFileOption});
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
    const QString dataDir =
        QFileInfo(pn::Ledger::resolvePath(parser.value(dataDirOption))).absolutePath();
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
    const auto previousRun = marker.begin(pn::Logging::logFile());
    qCInfo(lcUi) << "pnconsole" << PN_VERSION << "starting, process" << app.applicationPid();

    pn::ConsoleOptions options;
    options.dataDir = dataDir;
    options.sandbox = !parser.isSet(noSandboxOption);
    options.secretBackend = parser.value(backendOption);
    // The vault's master password is asked for by the window (VaultUnlockDialog), which says
    // which vault it is, retries a wrong password inline and lets Cancel change nothing.
    pn::Console console(options);
    QString error;
    if (!console.open(&error)) {
        marker.end();
        const QString text =
            QCoreApplication::translate("main", "The console cannot start: %1").arg(error);
        std::fprintf(stderr, "%s\n", qUtf8Printable(text));
        if (interactive)
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Privacy Number Console"), text);
        return 1;
    }
    pn::ConsoleWindow window(console);
    window.restoreLayout();
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
                .arg(QLocale().toString(previousRun->startedAt.toLocalTime(), QLocale::ShortFormat),
                     log);
        qCWarning(lcUi, "the previous run (process %lld) did not exit cleanly; its log: %s",
                  previousRun->pid, qUtf8Printable(log));
        std::fprintf(stderr, "%s\n", qUtf8Printable(notice));
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    QCoreApplication::translate("main", "Privacy Number Console"),
                                    notice, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
    if (parser.isSet(checkOption)) {
        QObject::connect(&console, &pn::Console::accountStatusReceived, &app,
                         [&console](const pn::PlatformResult &result) {
                             std::printf("profile %s, ledger %s: %s\n",
                                         qPrintable(console.currentProfile()->name),
                                         qPrintable(console.ledger().path()),
                                         qPrintable(result.ok() ? QStringLiteral("account ok")
                                                                : result.message));
                             QCoreApplication::exit(result.ok() ? 0 : 1);
                         });
        QTimer::singleShot(20000, &app, [] {
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(QCoreApplication::translate(
                             "main", "No account status within 20 s (a locked vault or an "
                                     "unreachable platform?).")));
            QCoreApplication::exit(1);
        });
    }
    const int code = app.exec();
    qCInfo(lcUi) << "pnconsole exits with" << code;
    marker.end();
    return code;
}

#include "core/language.h"
#include "core/settings.h"
#include "session/console.h"
#include "ui/consolewindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QLineEdit>
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
    parser.addOptions({langOption, dataDirOption, noSandboxOption, backendOption, checkOption});
    parser.process(app);

    const QString lang = pn::Language::resolve(
        parser.value(langOption), pn::Settings::language.value(), QLocale::system().name());
    pn::Language::install(lang);

    pn::ConsoleOptions options;
    options.dataDir = parser.value(dataDirOption);
    options.sandbox = !parser.isSet(noSandboxOption);
    options.secretBackend = parser.value(backendOption);
    // The vault (when the OS keychain is not reachable) asks for its master password here.
    options.vaultPassword = [](pn::VaultSecretStore::PasswordPurpose purpose,
                               const QString &path) -> std::optional<QByteArray> {
        bool ok = false;
        const QString label =
            purpose == pn::VaultSecretStore::PasswordPurpose::Create
                ? QCoreApplication::translate("main", "Choose a master password for the new "
                                                      "key vault %1:")
                      .arg(path)
                : QCoreApplication::translate("main", "Master password of the key vault %1:")
                      .arg(path);
        const QString password =
            QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Key vault"), label,
                                  QLineEdit::Password, {}, &ok);
        if (!ok)
            return std::nullopt;
        return password.toUtf8();
    };
    pn::Console console(options);
    QString error;
    if (!console.open(&error)) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Privacy Number Console"),
            QCoreApplication::translate("main", "The console cannot start: %1").arg(error));
        return 1;
    }
    pn::ConsoleWindow window(console);
    window.restoreLayout();
    window.show();
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
        QTimer::singleShot(20000, &app, [] { QCoreApplication::exit(1); });
    }
    return app.exec();
}

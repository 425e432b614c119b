#include "clock.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrivacyNumberConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("pnconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Privacy Number Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh_CN or en."),
                                        QStringLiteral("lang"));
    parser.addOption(langOption);
    parser.process(app);

    const QString lang = pn::Language::resolve(
        parser.value(langOption), QSettings().value(QStringLiteral("ui/language")).toString(),
        QLocale::system().name());
    pn::Language::install(lang);

    pn::MainWindow window(pn::SystemClock::instance());
    window.restoreLayout();
    window.show();
    return app.exec();
}

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pnsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sandbox privacy-number platform (a simulator of the whole API)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}

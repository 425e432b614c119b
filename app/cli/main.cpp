#include "language.h"
#include "signcommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "pnctl", "Usage: pnctl [--lang zh_CN|en] COMMAND [options]\n"
                 "\n"
                 "Commands:\n"
                 "  sign      print the Keytime Authorization header value\n"
                 "\n"
                 "Options:\n"
                 "  -h, --help     show this help\n"
                 "  -v, --version  show the version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrivacyNumberConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("pnctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PN_VERSION));

    QStringList args = app.arguments();
    QString lang;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i > 0 && i + 1 < args.size()) {
        lang = args.at(i + 1);
        args.remove(i, 2);
    }
    pn::Language::install(pn::Language::resolve(
        lang, QSettings(QStringLiteral("PrivacyNumberConsole"), QStringLiteral("pnconsole"))
                  .value(QStringLiteral("ui/language"))
                  .toString(),
        QLocale::system().name()));

    QTextStream out(stdout);
    if (args.size() < 2 || args.at(1) == QLatin1StringView("-h")
        || args.at(1) == QLatin1StringView("--help")) {
        out << usage();
        return args.size() < 2 ? pn::cli::ExitUsage : pn::cli::ExitOk;
    }
    if (args.at(1) == QLatin1StringView("-v") || args.at(1) == QLatin1StringView("--version")) {
        out << "pnctl " << QCoreApplication::applicationVersion() << '\n';
        return pn::cli::ExitOk;
    }
    const QString command = args.at(1);
    const QStringList rest = QStringList{args.at(0)} + args.mid(2);
    if (command == QLatin1StringView("sign"))
        return pn::cli::runSign(rest);
    QTextStream(stderr) << QCoreApplication::translate("pnctl", "Unknown command: %1").arg(command)
                        << '\n'
                        << usage();
    return pn::cli::ExitUsage;
}

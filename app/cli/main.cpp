#include "cli/clicontext.h"
#include "cli/listencommand.h"
#include "cli/platformcommands.h"
#include "cli/profilecommand.h"
#include "cli/signcommand.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

namespace {

using pn::cli::GlobalOptions;

// One row per command. To add a command, add one line here (keep the help text short; it is
// translated in the "pnctl" context). `run` gets the arguments after the command word (with
// the program name in front, as QCommandLineParser expects) and the options given before it.
struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments, const GlobalOptions &globals);
    const char *help;
};

int runSignCommand(const QStringList &arguments, const GlobalOptions &)
{
    return pn::cli::runSign(arguments);
}

const Command kCommands[] = {
    {"status", pn::cli::runStatus,
     QT_TRANSLATE_NOOP("pnctl", "show the account's state and balance")},
    {"bind", pn::cli::runBind,
     QT_TRANSLATE_NOOP("pnctl", "create an AXB binding: bind X A B --ttl N")},
    {"release", pn::cli::runRelease,
     QT_TRANSLATE_NOOP("pnctl", "release an AXB binding: release SUBID")},
    {"transfer", pn::cli::runTransfer,
     QT_TRANSLATE_NOOP("pnctl", "create an XA transfer: transfer X A")},
    {"untransfer", pn::cli::runUntransfer,
     QT_TRANSLATE_NOOP("pnctl", "release an XA transfer: untransfer X")},
    {"list", pn::cli::runList, QT_TRANSLATE_NOOP("pnctl", "list the bindings in the ledger")},
    {"log", pn::cli::runLog, QT_TRANSLATE_NOOP("pnctl", "show the request log")},
    {"listen", pn::cli::runListen,
     QT_TRANSLATE_NOOP("pnctl", "receive CDR and call-start callbacks into the ledger")},
    {"profile", pn::cli::runProfile,
     QT_TRANSLATE_NOOP("pnctl", "manage credential profiles: profile add|list|show|edit|remove")},
    {"sign", runSignCommand,
     QT_TRANSLATE_NOOP("pnctl", "print the Keytime Authorization header value")},
};

QString usage()
{
    QString text = QCoreApplication::translate(
        "pnctl", "Usage: pnctl [--lang zh_CN|en] [--data-dir DIR] [--profile NAME | --base-url "
                 "URL --devid ID --appid APP --key-file F] COMMAND [options] [--json]\n"
                 "\n"
                 "Commands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name), -12)
                    .arg(QCoreApplication::translate("pnctl", c.help));
    text += QCoreApplication::translate(
        "pnctl", "\n"
                 "The auth key may also come from the environment variable PN_AUTH_KEY; it is "
                 "never printed.\n"
                 "Exit codes: 0 ok, 1 platform error, 2 usage or validation, 3 network, TLS or "
                 "authentication.\n"
                 "\n"
                 "Options:\n"
                 "  -h, --help     show this help (COMMAND --help: the command's options)\n"
                 "  -v, --version  show the version\n");
    return text;
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
        lang,
        QSettings(QStringLiteral("PrivacyNumberConsole"), QStringLiteral("pnconsole"))
            .value(QStringLiteral("ui/language"))
            .toString(),
        QLocale::system().name()));

    pn::cli::installProfileResolver(); // --profile NAME
    GlobalOptions globals;
    QString error;
    if (!globals.takeLeading(args, &error)) {
        pn::cli::printError(error);
        return pn::cli::ExitUsage;
    }
    QTextStream out(stdout);
    if (args.size() < 2 || args.at(1) == QLatin1StringView("-h") ||
        args.at(1) == QLatin1StringView("--help")) {
        out << usage();
        return args.size() < 2 ? pn::cli::ExitUsage : pn::cli::ExitOk;
    }
    if (args.at(1) == QLatin1StringView("-v") || args.at(1) == QLatin1StringView("--version")) {
        out << "pnctl " << QCoreApplication::applicationVersion() << '\n';
        return pn::cli::ExitOk;
    }
    const QString command = args.at(1);
    const QStringList rest = QStringList{args.at(0)} + args.mid(2);
    for (const Command &c : kCommands) {
        if (command == QLatin1StringView(c.name))
            return c.run(rest, globals);
    }
    QTextStream(stderr) << QCoreApplication::translate("pnctl", "Unknown command: %1").arg(command)
                        << '\n'
                        << usage();
    return pn::cli::ExitUsage;
}

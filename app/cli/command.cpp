#include "cli/command.h"
#include "cli/signcommand.h"

#include <QCoreApplication>

namespace pn::cli {

Command::~Command() = default;

QString Command::description() const
{
    return QCoreApplication::translate("pnctl", m_description);
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    Q_ASSERT(command && !find(command->name()));
    m_commands.push_back(std::move(command));
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QString CommandRegistry::usage() const
{
    QString text = QCoreApplication::translate(
        "pnctl", "Usage: pnctl [--lang zh_CN|en] [--data-dir DIR] [--profile NAME | --base-url "
                 "URL --devid ID --appid APP --key-file F] COMMAND [options] [--json]\n"
                 "\n"
                 "Commands:\n");
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1%2\n").arg(c->name(), -12).arg(c->description());
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

int CommandRegistry::run(QStringList args) const
{
    GlobalOptions globals;
    QString error;
    if (!globals.takeLeading(args, &error)) {
        printError(error);
        return ExitUsage;
    }
    if (args.size() < 2 || args.at(1) == QLatin1StringView("-h") ||
        args.at(1) == QLatin1StringView("--help")) {
        printText(usage());
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == QLatin1StringView("-v") || args.at(1) == QLatin1StringView("--version")) {
        printLine(QStringLiteral("pnctl ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    const QString word = args.at(1);
    if (Command *command = find(word))
        return command->run(QStringList{args.at(0)} + args.mid(2), globals);
    printError(QCoreApplication::translate("pnctl", "Unknown command: %1").arg(word) + u'\n' +
               usage().chopped(1));
    return ExitUsage;
}

} // namespace pn::cli

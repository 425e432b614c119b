#pragma once

#include "cli/clicontext.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace pn::cli {

// One pnctl command (as KeePassXC's src/cli/ does it): a name, a one-line description and
// run(). To add a command, write a new file with a Command subclass and register it with one
// line in main.cpp (`commands.add<CallsCommand>();`). Commands can be run in-process, as the
// tests do, or through CommandRegistry::run as the pnctl executable does.
class Command
{
public:
    virtual ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    // The command word, e.g. "bind".
    QString name() const { return QString::fromLatin1(m_name); }
    // The one-line help text, translated in the "pnctl" context.
    QString description() const;

    // `arguments` are the words after the command word with the program name in front (as
    // QCommandLineParser expects); `globals` are the options given before the command word.
    // Returns the process exit code (ExitCode).
    virtual int run(const QStringList &arguments, const GlobalOptions &globals) = 0;

protected:
    // `description` is marked with QT_TRANSLATE_NOOP("pnctl", ...).
    Command(const char *name, const char *description)
        : m_name(name)
        , m_description(description)
    {}

private:
    const char *m_name;
    const char *m_description;
};

// The commands pnctl knows, in the order `pnctl --help` lists them.
class CommandRegistry final
{
public:
    CommandRegistry() = default;
    Q_DISABLE_COPY_MOVE(CommandRegistry)

    template<typename T> void add() { add(std::make_unique<T>()); }
    void add(std::unique_ptr<Command> command);

    Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    QString usage() const;

    // The whole command line (program name first, --lang already taken out): global options,
    // -h/--help, -v/--version, then the command. Returns the exit code.
    int run(QStringList arguments) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace pn::cli

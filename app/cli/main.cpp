#include "cli/auditcommand.h"
#include "cli/bulkcommand.h"
#include "cli/callscommand.h"
#include "cli/command.h"
#include "cli/exportcommand.h"
#include "cli/ledgercommand.h"
#include "cli/listencommand.h"
#include "cli/platformcommands.h"
#include "cli/profilecommand.h"
#include "cli/recordingscommand.h"
#include "cli/retentioncommand.h"
#include "cli/signcommand.h"
#include "core/language.h"
#include "core/logging.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(pn::Settings::Organization));
    QCoreApplication::setApplicationName(QStringLiteral("pnctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PN_VERSION));

    QStringList args = app.arguments();
    QString lang;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i > 0 && i + 1 < args.size()) {
        lang = args.at(i + 1);
        args.remove(i, 2);
    }
    const QSettings settings(QString::fromLatin1(pn::Settings::Organization),
                             QString::fromLatin1(pn::Settings::ConsoleApplication));
    pn::Language::install(pn::Language::resolve(lang, pn::Settings::language.value(settings),
                                                QLocale::system().name()));
    // --log-file F anywhere before the command: the log also goes to F (rules: QT_LOGGING_RULES,
    // else the setting log/rules).
    QString logFile;
    if (const qsizetype i = args.indexOf(QStringLiteral("--log-file"));
        i > 0 && i + 1 < args.size()) {
        logFile = args.at(i + 1);
        args.remove(i, 2);
    }
    QString logError;
    if (!pn::Logging::install(logFile, settings.value(QStringLiteral("log/rules")).toString(),
                              &logError)) {
        pn::cli::printError(QCoreApplication::translate("pnctl", "Cannot write the log file %1: %2")
                                .arg(logFile, logError));
        return pn::cli::ExitUsage;
    }

    pn::cli::installProfileResolver(); // --profile NAME

    // One line per command, in the order `pnctl --help` lists them. A new command is a new
    // file with a pn::cli::Command subclass (see cli/command.h) and one line here.
    pn::cli::CommandRegistry commands;
    commands.add<pn::cli::StatusCommand>();
    commands.add<pn::cli::BindCommand>();
    commands.add<pn::cli::ReleaseCommand>();
    commands.add<pn::cli::TransferCommand>();
    commands.add<pn::cli::UntransferCommand>();
    commands.add<pn::cli::ListCommand>();
    commands.add<pn::cli::LogCommand>();
    commands.add<pn::cli::BulkCommand>();
    commands.add<pn::cli::ExportCommand>();
    commands.add<pn::cli::CallsCommand>();
    commands.add<pn::cli::RecordingsCommand>();
    commands.add<pn::cli::ListenCommand>();
    commands.add<pn::cli::LedgerCommand>();
    commands.add<pn::cli::ProfileCommand>();
    commands.add<pn::cli::SignCommand>();
    commands.add<pn::cli::RetentionCommand>();
    commands.add<pn::cli::AuditCommand>();
    return commands.run(args);
}

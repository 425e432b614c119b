#include "cli/ledgercommand.h"

#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "cli/signcommand.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace pn::cli {

int LedgerCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("migrate"),
                                 CliText::tr("Bring the schema up to this program's version."));
    GlobalOptions::addTo(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    options.mergeFrom(parser);
    if (parser.positionalArguments() != QStringList{QStringLiteral("migrate")}) {
        printError(CliText::tr("Usage: pnctl [--ledger URL] ledger migrate [--json]") + u'\n' +
                   parser.helpText());
        return ExitUsage;
    }
    // Opening migrates (one transaction per step, under the lock on PostgreSQL).
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, false, &exitCode))
        return exitCode;
    QSqlDatabase db = session.ledger().database();
    const int version = LedgerSchema::currentVersion(db);
    const QString where = session.ledger().displayLocation();
    if (options.json)
        printJson({{QStringLiteral("ledger"), where},
                   {QStringLiteral("schema"), version},
                   {QStringLiteral("program"), LedgerSchema::latestVersion()}});
    else
        printLine(CliText::tr("Ledger %1: schema version %2 (this program's: %3).")
                      .arg(where)
                      .arg(version)
                      .arg(LedgerSchema::latestVersion()));
    return version == LedgerSchema::latestVersion() ? ExitOk : ExitPlatformError;
}

} // namespace pn::cli

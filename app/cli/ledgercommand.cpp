#include "cli/ledgercommand.h"

#include "cli/clicontext.h"
#include "cli/clisession.h"
#include "cli/signcommand.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"
#include "session/ledgeraccess.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace pn::cli {

namespace {

// The schema version as found, without creating anything (LedgerSchema::currentVersion makes
// PostgreSQL's pn_schema table when it is missing; that is migrate()'s job, under its lock).
int versionFound(QSqlDatabase &db)
{
    if (!db.isOpen())
        return -1;
    if (LedgerSchema::dialectOf(db) == LedgerSchema::Dialect::SQLite)
        return LedgerSchema::currentVersion(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('pn_schema') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM pn_schema")))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

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
    QString error;
    const auto target = resolveLedgerTarget(options, &error);
    if (!target) {
        printError(error);
        return ExitUsage;
    }
    Ledger ledger(target->connection, cliClock());
    ledger.setDataDir(target->dataDir);
    // The version found before migrating, for the audit row (a missing SQLite file is version
    // 0: it is not opened here, open() creates it private first).
    int from = 0;
    if (ledger.isPostgres() || QFileInfo::exists(target->connection)) {
        QSqlDatabase before = ledger.database();
        from = versionFound(before);
    }
    // Opening migrates (one transaction per step, under the lock on PostgreSQL).
    if (!ledger.open(&error)) {
        printError(LedgerAccess::explain(error));
        return ExitPlatformError;
    }
    QSqlDatabase db = ledger.database();
    const int version = LedgerSchema::currentVersion(db);
    const QString where = ledger.displayLocation();
    // Who migrated the ledger, from which version to which (or that there was nothing to do).
    if (!ledger.log().appendAudit(
            std::nullopt, QStringLiteral("pnctl"), QStringLiteral("ledger-migrate"),
            from == version ? QStringLiteral("schema %1, nothing to do").arg(version)
            : from < 0      ? QStringLiteral("schema unknown → %1").arg(version)
                            : QStringLiteral("schema %1 → %2").arg(from).arg(version)))
        printError(ledger.lastError());
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

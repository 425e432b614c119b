#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pn {

// The ledger's schema and its forward migrations. Every table of every layer is created here,
// so one `PRAGMA user_version` (SQLite) or `pn_schema.version` (PostgreSQL) describes the file.
// Dialect differences (auto-increment keys, pragmas, upserts) live in this class and nowhere else.
class LedgerSchema final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSchema)

public:
    enum class Dialect { SQLite, PostgreSQL };

    static int latestVersion();
    // The migration that created the statistics rollups (stats_hourly and its triggers).
    static int statisticsRollupsVersion();
    // The migration that made the recordings archive's tables part of the schema.
    static int recordingsVersion();
    // The migration that made erased_numbers.hash a 64-bit integer (from 64 hex characters).
    static int narrowHashesVersion();
    // The rows retention has still to erase, as the partial index bindings_retention has them.
    static QString retentionDueClause();
    // Runs the statements of one migration (1-based) again, in a transaction, leaving the
    // schema version alone: for tests and benchmarks that rebuild what it made.
    static bool applyMigration(QSqlDatabase &db, int version, QString *error);
    static Dialect dialectOf(const QSqlDatabase &db);

    // Applies the SQLite connection settings (WAL, foreign keys, busy timeout, synchronous).
    // Call once per connection, before migrate().
    static bool configureConnection(QSqlDatabase &db, QString *error);
    // Brings the schema up to latestVersion() in one transaction per step. Refuses a database
    // written by a newer program (version above latestVersion()).
    static bool migrate(QSqlDatabase &db, QString *error);
    static int currentVersion(QSqlDatabase &db, QString *error = nullptr);

    // "INSERT ... ON CONFLICT (cols) DO NOTHING" for both dialects (SQLite ≥ 3.24 and
    // PostgreSQL ≥ 9.5 share the syntax).
    // The next value of a table's change counter (`rev`), as an SQL expression.
    static QString nextRevExpression(const QSqlDatabase &db, const QString &table);
    // Starts a write transaction: BEGIN IMMEDIATE on SQLite (takes the write lock at once, so
    // two programs never deadlock upgrading read locks), BEGIN on PostgreSQL.
    static bool beginWrite(QSqlDatabase &db, QString *error);

    // The rows of the console's working set that stay there whatever their age (pending,
    // active, a release under way), as indexed by the partial index bindings_open.
    static QString openBindingsClause();
    // PostgreSQL: the text the pg_trgm index covers (X, A, B and subid, space-separated).
    static QString searchTextExpression();

    static QString insertIgnoring(const QString &table, const QStringList &columns,
                                  const QStringList &conflictColumns);
};

} // namespace pn

// The exact change feed and live updates across desks (see ledger.h, "ChangeCursor").
//
// SQLite serializes writers, so `rev` (MAX(rev) + 1 in the writing transaction) commits in
// order and "rev > the newest seen" is exact. On PostgreSQL rev comes from a sequence: a
// transaction that took 41 may commit after one that took 42, and a reader that has seen 42
// would skip 41 for ever. So there every write of a row also stamps it with its transaction's
// id (rev_xid = pg_current_xact_id(), trigger pn_feed_mark), and a reader remembers the
// snapshot it last read in. A row is new to it exactly when the transaction that last wrote it
// was not visible in that snapshot (pg_visible_in_snapshot); transactions that had ended before
// the snapshot's xmin were all visible, so the index on rev_xid bounds the scan. Each read is
// one REPEATABLE READ transaction: the rows and the next snapshot come from the same view.

#include "ledger/ledger.h"

#include "core/logging.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace pn {

using namespace ledgersql;

namespace {

const char kChannel[] = "pn_ledger";

// Rows last written by a transaction the previous snapshot did not see.
QString feedClause()
{
    return QStringLiteral("rev_xid >= pg_snapshot_xmin(CAST(? AS pg_snapshot)) AND NOT "
                          "pg_visible_in_snapshot(rev_xid, CAST(? AS pg_snapshot))");
}

// BEGIN a read-only REPEATABLE READ transaction and return its snapshot (empty on error).
QString beginSnapshot(QSqlDatabase &db)
{
    if (!db.transaction())
        return {};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")) ||
        !q.exec(QStringLiteral("SELECT CAST(pg_current_snapshot() AS TEXT)")) || !q.next()) {
        qCWarning(lcLedger, "%s", qUtf8Printable(q.lastError().text()));
        q.finish();
        db.rollback();
        return {};
    }
    const QString snapshot = q.value(0).toString();
    q.finish();
    return snapshot;
}

template<typename Record, typename Select>
QList<Record> readFeed(QSqlDatabase db, bool postgres, ChangeCursor *cursor, bool *ok,
                       Select select)
{
    if (ok)
        *ok = false;
    if (!postgres) {
        // QVariant(...) spelled out: clang reads QVariantList{qint64} as QList(qsizetype size),
        // `rev` empty values ("Parameter count mismatch"); GCC took the initializer list.
        QList<Record> rows =
            select(db, QStringLiteral("rev > ?"), QVariantList{QVariant(cursor->rev)});
        for (const Record &r : std::as_const(rows))
            cursor->rev = qMax(cursor->rev, r.rev);
        if (ok)
            *ok = db.isOpen();
        return rows;
    }
    const QString snapshot = beginSnapshot(db);
    if (snapshot.isEmpty())
        return {};
    // A cursor from before the feed existed (no snapshot): by change number, once.
    QList<Record> rows =
        cursor->snapshot.isEmpty()
            ? select(db, QStringLiteral("rev > ?"), QVariantList{QVariant(cursor->rev)})
            : select(db, feedClause(), QVariantList{cursor->snapshot, cursor->snapshot});
    // The reads' errors are logged only; the commit fails too when the server went away.
    if (!db.commit()) {
        db.rollback();
        return {};
    }
    cursor->snapshot = snapshot;
    for (const Record &r : std::as_const(rows))
        cursor->rev = qMax(cursor->rev, r.rev);
    if (ok)
        *ok = true;
    return rows;
}

ChangeCursor cursorOf(QSqlDatabase db, bool postgres, const QString &table)
{
    ChangeCursor c;
    QSqlQuery q(db);
    const QString maxRev = QStringLiteral("SELECT COALESCE(MAX(rev), 0)%1 FROM %2")
                               .arg(postgres ? QStringLiteral(", CAST(pg_current_snapshot() AS "
                                                              "TEXT)")
                                             : QString(),
                                    table);
    if (q.exec(maxRev) && q.next()) {
        c.rev = q.value(0).toLongLong();
        if (postgres)
            c.snapshot = q.value(1).toString();
    }
    return c;
}

} // namespace

QList<BindingRecord> Ledger::bindingsChangedSince(qint64 rev) const
{
    return selectBindings(database(), QStringLiteral("rev > ?"), {rev},
                          QStringLiteral("ORDER BY rev"));
}

qint64 Ledger::bindingsRev() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(rev), 0) FROM bindings")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 Ledger::transfersRev() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(rev), 0) FROM transfers")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<TransferRecord> Ledger::transfersChangedSince(qint64 rev) const
{
    return selectTransfers(database(), QStringLiteral("rev > ?"), {rev},
                           QStringLiteral("ORDER BY rev"));
}

ChangeCursor Ledger::bindingsCursor() const
{
    return cursorOf(database(), isPostgres(), QStringLiteral("bindings"));
}

ChangeCursor Ledger::transfersCursor() const
{
    return cursorOf(database(), isPostgres(), QStringLiteral("transfers"));
}

QList<BindingRecord> Ledger::bindingsChangedAfter(ChangeCursor *cursor, bool *ok) const
{
    return readFeed<BindingRecord>(
        database(), isPostgres(), cursor, ok,
        [](const QSqlDatabase &db, const QString &where, const QVariantList &values) {
            return selectBindings(db, where, values, QStringLiteral("ORDER BY rev"));
        });
}

QList<TransferRecord> Ledger::transfersChangedAfter(ChangeCursor *cursor, bool *ok) const
{
    return readFeed<TransferRecord>(
        database(), isPostgres(), cursor, ok,
        [](const QSqlDatabase &db, const QString &where, const QVariantList &values) {
            return selectTransfers(db, where, values, QStringLiteral("ORDER BY rev"));
        });
}

// --- live updates ---

void Ledger::startLiveUpdates()
{
    if (!isPostgres() || m_listenCheck)
        return;
    m_listenCheck = new QTimer(this);
    // A dead connection is noticed by this check (a query on it), not by the socket alone.
    m_listenCheck->setInterval(3000);
    connect(m_listenCheck, &QTimer::timeout, this, &Ledger::checkListener);
    m_listenCheck->start();
    if (m_available.load()) // else when the server answers (applyProbe() checks the listener)
        listen();
}

bool Ledger::listen()
{
    const QString name = QStringLiteral("pn_ledger_listen_%1").arg(quintptr(this), 0, 16);
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase old = QSqlDatabase::database(name, false);
            old.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // The same settings as the ledger's own connections, on a connection of its own: a query
    // on a connection that also listens could swallow the socket's signal.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(database(), name);
    m_listening = false;
    if (!db.open()) {
        qCInfo(lcLedger, "live updates: %s",
               qUtf8Printable(Logging::redactUrlPasswords(db.lastError().text())));
        return false;
    }
    connect(
        db.driver(), &QSqlDriver::notification, this,
        [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (channel == QLatin1StringView(kChannel))
                Q_EMIT remoteChange(payload.toString());
        });
    if (!db.driver()->subscribeToNotification(QString::fromLatin1(kChannel))) {
        qCInfo(lcLedger, "live updates: %s",
               qUtf8Printable(Logging::redactUrlPasswords(db.driver()->lastError().text())));
        return false;
    }
    m_listening = true;
    return true;
}

void Ledger::checkListener()
{
    if (!m_available.load())
        return; // the availability probe says when to try again (applyProbe())
    const QString name = QStringLiteral("pn_ledger_listen_%1").arg(quintptr(this), 0, 16);
    if (m_listening) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return;
        qCInfo(lcLedger, "live updates: the server connection was lost; polling until it is back");
    }
    if (listen()) {
        // Whatever was written while nobody listened.
        for (const char *table : {"bindings", "transfers", "calls", "audit_log", "request_log"})
            Q_EMIT remoteChange(QString::fromLatin1(table));
    }
}

} // namespace pn

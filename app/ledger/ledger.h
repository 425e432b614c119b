#pragma once

#include "core/clock.h"
#include "ledger/ledgerbindings.h"
#include "ledger/ledgerlog.h"
#include "ledger/ledgerrecords.h"
#include "ledger/ledgertransfers.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

class QThread;
class QTimer;

namespace pn {

// A reader's exact place in the change feed of one table (bindings or transfers): with it,
// Ledger::bindingsChangedAfter() returns every row changed since, each current version once.
// SQLite: the newest change number read (writers are serialized, so numbers commit in order).
// PostgreSQL: the snapshot the reader last read in (pg_current_snapshot() as text): a row is
// new when the transaction that last changed it was not visible in that snapshot, whatever
// the order transactions committed in (change numbers come from a sequence and may commit
// out of order there).
struct ChangeCursor
{
    qint64 rev = 0;
    QString snapshot;
};

// The local record of every binding and transfer a desk made: the only one there is, since the
// platform cannot list bindings. One SQLite file (or a PostgreSQL database) shared by the
// console and pnctl, possibly at the same time: every write is one short transaction, and every
// thread gets its own named connection.
//
// Ledger is the database object: location, connections, schema (LedgerSchema), the change
// feed and live updates, retention (it spans tables), send-lease settings, the shared rate
// limit. The records are in its parts, each owning its SQL on this database:
//   bindings()  LedgerBindings   binding intents, transitions, leases, lookups, history
//   transfers() LedgerTransfers  XA transfer intents, transitions, leases, lookups
//   log()       LedgerLog        the request log and the audit log
//
// Every write bumps the row's `rev` (a table-wide counter), so readers in another process can
// fetch what changed with bindingsChangedSince(rev). In-process writes also emit signals.
class Ledger final : public QObject
{
    Q_OBJECT

public:
    // `path` is an SQLite file, or postgresql://user:password@host:port/database for a ledger
    // shared by several desks (schema and SQL are the same; dialect bits live in LedgerSchema).
    Ledger(const QString &path, const Clock &clock, QObject *parent = nullptr);
    ~Ledger() override;
    Q_DISABLE_COPY_MOVE(Ledger)

    // <AppDataLocation>/ledger.sqlite
    static QString defaultPath();
    // DIR/ledger.sqlite
    static QString pathInDataDir(const QString &dataDir);
    // --data-dir beats $PN_DATA_DIR beats defaultPath().
    static QString resolvePath(const QString &dataDirOption);

    // Creates the folder and file if needed, configures the connection (WAL, busy timeout) and
    // migrates the schema. Must succeed before anything else is called.
    bool open(QString *error);
    QString path() const { return m_path; }
    bool isPostgres() const;
    // The location without any password, for messages.
    QString displayLocation() const;
    // The desk's local folder (vault, logs, markers): the SQLite file's folder unless set (a
    // server ledger: --data-dir, else the default folder).
    QString dataDir() const;
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    const Clock &clock() const { return m_clock; }
    // This thread's connection (opened on first use).
    QSqlDatabase database() const;
    // Closes this thread's connection; a worker thread calls it before it ends.
    void closeThreadConnection();
    QString lastError() const;

    // --- profiles (only what the ledger itself needs; ProfileStore owns the rest) ---
    // A profile row for a pnctl run configured by flags (--base-url/--devid), found by its
    // base URL and devid or created as "pnctl <devid>@<host>". Holds no secret.
    std::optional<qint64> ensureAdhocProfile(const QString &baseUrl, const QString &devid,
                                             const QString &appid, QString *error);

    // --- the change feed of bindings and transfers (ledgerfeed.cpp) ---
    // By change number (rev): the rows written after `rev`, and the newest rev.
    QList<BindingRecord> bindingsChangedSince(qint64 rev) const;
    qint64 bindingsRev() const;
    // The exact change feed: where a reader starts (take it before loading
    // the rows), and the rows changed since, in change order; advances `cursor`. A row changed
    // several times between two reads comes once, as it is now. On a database error: nothing,
    // the cursor unchanged, false in *ok.
    ChangeCursor bindingsCursor() const;
    QList<BindingRecord> bindingsChangedAfter(ChangeCursor *cursor, bool *ok = nullptr) const;
    QList<TransferRecord> transfersChangedSince(qint64 rev) const;
    qint64 transfersRev() const;
    ChangeCursor transfersCursor() const;
    QList<TransferRecord> transfersChangedAfter(ChangeCursor *cursor, bool *ok = nullptr) const;

    // The key of the hashes retention keeps of erased numbers (from the secret store); with
    // it, a search of bindings() for a full number also finds bindings whose numbers were
    // erased (ledgerhistory.cpp).
    void setNumberHashKey(const QByteArray &key);
    bool hasNumberHashKey() const { return !m_hashKey.isEmpty(); }
    QString numberHash(const QString &number) const;

    // --- retention (ledgerretention.cpp) ---
    QList<RetentionPolicy> retentionPolicies() const;
    bool setRetentionDays(qint64 profileId, std::optional<int> days, QString *error);
    // Replaces A and B of bindings that ended before their profile's cutoff (and caller,
    // callee of their calls, their request-log lines) with the masked form plus a keyed hash,
    // drops recording links, then erases the old bytes from the files (SQLite: secure_delete,
    // FTS merge, vacuum, WAL checkpoint + truncate). Audited with counts. Needs the hash key
    // unless dry-run.
    std::optional<RetentionReport> applyRetention(const RetentionRun &run, QString *error);
    // The bindings a run would erase now (for exporting them first).
    QList<BindingRecord> bindingsDueForRetention(const RetentionRun &run) const;

    // --- send leases: one sender per intent across programs (and desks) ---
    // (claimed and renewed through bindings() and transfers()). Who this Ledger object is in
    // sending_by ("host:pid:random"), and for how long a lease lasts without renewal (default 30
    // s).
    QString leaseOwner() const { return m_leaseOwner; }
    void setLeaseDurationMs(qint64 ms) { m_leaseMs = ms; }
    qint64 leaseDurationMs() const { return m_leaseMs; }

    // --- the shared rate limit (one row per platform account in rate_buckets) ---
    // AIMD on the request rate of one platform account, shared by every program on this
    // ledger (ledger.cpp, "the shared rate limit").
    // Takes the next send slot of `bucket` for a client whose own limit is `baseIntervalMs`
    // between requests (0 = none) and returns how long to wait for it, in ms (-1 on error).
    // All programs on this ledger share the slots, so they send no faster together than one.
    qint64 takeRateSlot(const QString &bucket, qint64 baseIntervalMs);
    // The platform answered 1105: the rate drops to 95 % of what it accepted over the last
    // second from every program on the ledger (at most once per 300 ms; the gap at most
    // `maxIntervalMs`); then it grows again by 3 % per second.
    void noteRateLimited(const QString &bucket, qint64 baseIntervalMs, qint64 maxIntervalMs);
    // An accepted request. Nothing to write: the rate grows with the time since the last 1105.
    void noteRateAccepted(const QString &bucket, qint64 baseIntervalMs);
    // The gap between two requests of `bucket` in force now, in ms (0 = not limited).
    double rateInterval(const QString &bucket) const;
    // Answers other than 1105 per second over the last second, from every program of the
    // bucket's account on this ledger (its request log).
    double acceptedRate(const QString &bucket, qint64 nowMs) const;

    // --- live updates across desks (PostgreSQL LISTEN/NOTIFY, ledgerfeed.cpp) ---
    // Every write of a binding or transfer, and every statement that writes CDRs, request-log
    // lines or audit rows, on a server ledger sends NOTIFY pn_ledger with the table's name in
    // its transaction (triggers, migrations 10 and 13). This listens on a connection of its own, in
    // the calling thread (which needs an event loop), and emits remoteChange() for each
    // notification; it reconnects after the server was away. Idempotent; nothing on SQLite (readers
    // poll).
    void startLiveUpdates();
    bool liveUpdatesActive() const { return m_listening; }

    // --- the parts (see above) ---
    LedgerBindings &bindings() { return m_bindings; }
    const LedgerBindings &bindings() const { return m_bindings; }
    LedgerTransfers &transfers() { return m_transfers; }
    const LedgerTransfers &transfers() const { return m_transfers; }
    LedgerLog &log() { return m_log; }
    const LedgerLog &log() const { return m_log; }

    // --- a server ledger that goes away and comes back (ledgerhealth.cpp) ---
    // Probes the server every `intervalMs` from a thread of its own (its own connection, short
    // timeouts; the caller's thread never waits for it). When the server stops answering:
    // isAvailable() false and availabilityChanged(false); no thread's connection tries to
    // reconnect then (its queries fail at once). When it answers again (or was restarted in
    // between), every thread's connection is reopened on its next use, and
    // availabilityChanged(true) and remoteChange() for each of those tables follow. Idempotent;
    // nothing on SQLite (always available). Needs an event loop in the calling thread.
    void watchAvailability(int intervalMs = 1000);
    bool isAvailable() const { return m_available.load(); }
    // A server ledger whose open() found no server: not available from the start (no thread
    // tries to connect until the probe of watchAvailability() hears it answer, then
    // availabilityChanged(true)); open() is then called again. Nothing on SQLite.
    void markAway();
    // "The team ledger at host:port is not reachable: …" (never a password): why new bindings,
    // releases and transfers are refused while !isAvailable().
    QString unavailableText() const;
    // Connects once to the ledger at `path` (a server: 5 s connect timeout) without opening it
    // for work (no migration) and says what answered ("Connected: PostgreSQL 15.4.") or why
    // not, never with a password. Blocks: call it off the UI thread. Any thread.
    static bool testConnection(const QString &path, QString *detail);

Q_SIGNALS:
    void bindingChanged(qint64 id);
    void transferChanged(qint64 id);
    void requestLogged(const pn::RequestLogEntry &entry);
    // Another connection (another desk, or this one) committed a change to `table`
    // ("bindings" or "transfers"); read the feed.
    void remoteChange(const QString &table);
    // This program wrote an audit row (other programs' rows are found by polling).
    void audited();
    // The server ledger stopped answering (false) or answers again (true); watchAvailability().
    void availabilityChanged(bool available);

private:
    // The parts and their shared row machinery write this Ledger's last error.
    friend class LedgerBindings;
    friend class LedgerTransfers;
    friend class LedgerLog;
    friend struct LedgerRows;
    bool setError(const QString &text) const;
    QString connectionName() const;
    // The live-updates connection: opened (again) and subscribed; false when the server is away.
    bool listen();
    void checkListener();
    // A new connection named `name` with this ledger's settings (not opened).
    QSqlDatabase addConnection(const QString &name, int connectTimeoutS) const;
    // After the server went away or came back: this thread's connection closed, or reopened
    // when it no longer answers (ledgerhealth.cpp).
    void refreshConnection(QSqlDatabase &db, const QString &name) const;
    void applyProbe(int outcome);
    void stopWatching();

    const QString m_path;
    QString m_dataDir;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
    mutable QString m_lastError;
    const QString m_leaseOwner;
    qint64 m_leaseMs = 30'000;
    QByteArray m_hashKey;
    bool m_listening = false;
    QTimer *m_listenCheck = nullptr;
    std::atomic<bool> m_available{true};
    // Bumped when the server goes away or comes back; a connection opened in an older
    // generation is checked on its next use (m_connectionGeneration, under m_mutex).
    std::atomic<quint64> m_generation{0};
    mutable QHash<QString, quint64> m_connectionGeneration;
    QThread *m_probe = nullptr;
    LedgerBindings m_bindings{*this};
    LedgerTransfers m_transfers{*this};
    LedgerLog m_log{*this};
};

} // namespace pn

#pragma once

#include "core/clock.h"
#include "core/deskidentity.h"
#include "ledger/ledgerrecords.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

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
// platform cannot list bindings. One SQLite file (or, later, a PostgreSQL database) shared by the
// console and pnctl, possibly at the same time: every write is one short transaction, and every
// thread gets its own named connection.
//
// The rule that keeps subids from being lost: the intent (reqid + all parameters) is written
// *before* the request goes out, and stays Pending until the platform's answer is known.
// BindingService re-sends pending intents with their reqid at start-up.
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

    // --- bindings ---
    // The intent is written with a send lease held by this program (see claimBinding()).
    std::optional<qint64> addBindingIntent(qint64 profileId, const BindingRequest &request,
                                           QString *error);
    // State transitions: each is one guarded UPDATE (see LedgerTransition and the table in
    // tests/ledger/tst_ledger.cpp). Settling ones also drop this program's send lease.
    //   pending|failed → active (a subid beats an earlier "failed": the platform has it)
    //   `latestExpiry`: the answer came from a later send than the first, so the platform's
    //   expiry lies between expiresAt (first send + ttl) and it (marked approximate).
    LedgerTransition markBindingActive(qint64 id, const QString &subid, qint64 expiresAt,
                                       std::optional<qint64> latestExpiry = std::nullopt);
    // Notes when the create request first goes out (later sends keep the first time).
    bool noteBindingSent(qint64 id, qint64 atMs);
    //   pending → failed (the platform surely did not create it); never from active
    LedgerTransition markBindingFailed(qint64 id, const QString &lastError);
    // One more try whose outcome is unknown: state unchanged, error noted (pending, or a
    // release under way).
    LedgerTransition noteBindingAttempt(qint64 id, const QString &lastError);
    //   active|expired, no live lease on it → release requested (lease taken)
    LedgerTransition markReleaseRequested(qint64 id);
    //   release requested → not requested (the platform refused the release)
    LedgerTransition clearReleaseRequested(qint64 id, const QString &lastError);
    //   active|expired → released (final)
    LedgerTransition markBindingReleased(qint64 id, const QString &note = {});
    // Active bindings past expires_at (and no release requested) become Expired (final but
    // for an explicit release); returns their ids.
    QList<qint64> sweepExpiredBindings();

    std::optional<BindingRecord> bindingById(qint64 id) const;
    std::optional<BindingRecord> bindingByReqid(const QString &reqid) const;
    std::optional<BindingRecord> bindingBySubid(const QString &subid) const;
    QList<BindingRecord> bindings(const BindingQuery &query = {}) const;
    QList<BindingRecord> pendingBindings(std::optional<qint64> profileId = {}) const;
    QList<BindingRecord> releaseRequestedBindings(std::optional<qint64> profileId = {}) const;
    QList<BindingRecord> bindingsChangedSince(qint64 rev) const;
    qint64 bindingsRev() const;
    // The exact change feed (ledgerfeed.cpp): where a reader starts (take it before loading
    // the rows), and the rows changed since, in change order; advances `cursor`. A row changed
    // several times between two reads comes once, as it is now. On a database error: nothing,
    // the cursor unchanged, false in *ok.
    ChangeCursor bindingsCursor() const;
    QList<BindingRecord> bindingsChangedAfter(ChangeCursor *cursor, bool *ok = nullptr) const;

    // --- history at scale (ledgerhistory.cpp) ---
    // Rows that belong to the working set whatever their age (pending, active, a release under
    // way), by id after `afterId`, at most `limit` (0 = all). Read from a partial index.
    QList<BindingRecord> openBindings(std::optional<qint64> profileId, qint64 afterId,
                                      int limit) const;
    // Ended rows (released, expired, failed) last written at or after `sinceMs`.
    QList<BindingRecord> bindingsEndedSince(std::optional<qint64> profileId, qint64 sinceMs) const;
    // One page of history (see HistoryQuery); a search is answered from the trigram index.
    QList<BindingRecord> historyBindings(const HistoryQuery &query) const;
    // The key of the hashes retention keeps of erased numbers (from the secret store); with
    // it, a search for a full number also finds bindings whose numbers were erased.
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
    // Who this Ledger object is in sending_by ("host:pid:random"), and for how long a lease
    // lasts without renewal (default 30 s).
    QString leaseOwner() const { return m_leaseOwner; }
    void setLeaseDurationMs(qint64 ms) { m_leaseMs = ms; }
    qint64 leaseDurationMs() const { return m_leaseMs; }
    // Reads and leases, in one write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL:
    // SELECT ... FOR UPDATE SKIP LOCKED), the rows nobody (this program included) holds a live
    // lease on. A lease of a program on this computer that is no longer running is not live.
    QList<BindingRecord> claimPendingBindings(std::optional<qint64> profileId = {});
    QList<BindingRecord> claimReleaseRequestedBindings(std::optional<qint64> profileId = {});
    // One pending intent (a known reqid sent again); nullopt when another program holds it.
    std::optional<BindingRecord> claimBinding(qint64 id);
    QList<TransferRecord> claimPendingTransfers(std::optional<qint64> profileId = {});
    QList<TransferRecord> claimReleaseRequestedTransfers(std::optional<qint64> profileId = {});
    std::optional<TransferRecord> claimTransfer(qint64 id);
    // Extends this program's leases on these rows; false on a database error.
    bool renewBindingLeases(const QList<qint64> &ids);
    bool renewTransferLeases(const QList<qint64> &ids);
    // Gives up this program's lease without a transition (nothing was sent after all).
    bool dropBindingLease(qint64 id);
    bool dropTransferLease(qint64 id);

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

    // --- transfers (keyed by appid + X; no subid) ---
    std::optional<qint64> addTransferIntent(qint64 profileId, const TransferRequest &request,
                                            QString *error);
    // The same guarded transitions as for bindings.
    LedgerTransition markTransferActive(qint64 id);
    LedgerTransition markTransferFailed(qint64 id, const QString &lastError);
    LedgerTransition noteTransferAttempt(qint64 id, const QString &lastError);
    LedgerTransition markTransferReleaseRequested(qint64 id);
    LedgerTransition clearTransferReleaseRequested(qint64 id, const QString &lastError);
    LedgerTransition markTransferReleased(qint64 id, const QString &note = {});
    QList<qint64> sweepExpiredTransfers();

    std::optional<TransferRecord> transferById(qint64 id) const;
    std::optional<TransferRecord> transferByReqid(const QString &reqid) const;
    // The active (or release-requested) transfer on X for this appid, if any.
    std::optional<TransferRecord> activeTransfer(const QString &appid, const QString &x) const;
    QList<TransferRecord> transfers(std::optional<qint64> profileId = {},
                                    const QList<RecordState> &states = {}) const;
    QList<TransferRecord> pendingTransfers(std::optional<qint64> profileId = {}) const;
    QList<TransferRecord> releaseRequestedTransfers(std::optional<qint64> profileId = {}) const;
    QList<TransferRecord> transfersChangedSince(qint64 rev) const;
    qint64 transfersRev() const;
    ChangeCursor transfersCursor() const;
    QList<TransferRecord> transfersChangedAfter(ChangeCursor *cursor, bool *ok = nullptr) const;

    // --- live updates across desks (PostgreSQL LISTEN/NOTIFY, ledgerfeed.cpp) ---
    // Every write of a binding or transfer on a server ledger sends NOTIFY pn_ledger in its
    // transaction (a trigger). This listens on a connection of its own, in the calling thread
    // (which needs an event loop), and emits remoteChange() for each notification; it
    // reconnects after the server was away. Idempotent; nothing on SQLite (readers poll).
    void startLiveUpdates();
    bool liveUpdatesActive() const { return m_listening; }

    // --- logs ---
    bool appendRequestLog(RequestLogEntry entry);
    // Newest first.
    QList<RequestLogEntry> requestLog(int limit, std::optional<qint64> profileId = {}) const;
    QList<RequestLogEntry> requestLogSince(qint64 id) const;
    // --- audit: who did what (ledgerlogs.cpp) ---
    // Every row records this Ledger's desk() and the profile's name along with the action; the
    // desk is not the caller's to choose. `actor` names the program or role ("pnctl").
    bool appendAudit(std::optional<qint64> profileId, const QString &actor, const QString &action,
                     const QString &detail);
    // For a profile that is gone by the time the row is written (profile-remove).
    bool appendAudit(const QString &profileName, const QString &actor, const QString &action,
                     const QString &detail);
    // The desk this program writes into the audit log: deskIdentity() when the Ledger was made.
    QString desk() const { return m_desk; }
    void setDesk(const QString &desk);
    // Newest first.
    QList<AuditEntry> auditLog(int limit) const;
    QList<AuditEntry> auditEntries(const AuditQuery &query) const;
    qint64 auditCount(const AuditQuery &query) const;
    // The desks, actions and profile names that occur in the audit log (for filters), sorted.
    QStringList auditDesks() const;
    QStringList auditActions() const;
    QStringList auditProfileNames() const;
    qint64 lastAuditId() const;

Q_SIGNALS:
    void bindingChanged(qint64 id);
    void transferChanged(qint64 id);
    void requestLogged(const pn::RequestLogEntry &entry);
    // Another connection (another desk, or this one) committed a change to `table`
    // ("bindings" or "transfers"); read the feed.
    void remoteChange(const QString &table);
    // This program wrote an audit row (other programs' rows are found by polling).
    void audited();

private:
    bool setError(const QString &text) const;
    // UPDATE table SET assignments WHERE id = ? AND (guard); Settled when the guard failed.
    LedgerTransition transition(const QString &table, qint64 id, const QString &guard,
                                const QString &assignments, const QVariantList &values,
                                bool dropLease);
    QList<qint64> claim(const QString &table, const QString &where, const QVariantList &values);
    bool renewLeases(const QString &table, const QList<qint64> &ids);
    bool dropLease(const QString &table, qint64 id);
    // True when `owner` is a program on this computer that has ended.
    bool leaseOwnerIsDead(const QString &owner) const;
    // The guard "no live lease" (binds: now).
    static QString leaseFreeClause();
    QString connectionName() const;
    // The live-updates connection: opened (again) and subscribed; false when the server is away.
    bool listen();
    void checkListener();

    const QString m_path;
    QString m_dataDir;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
    mutable QString m_lastError;
    const QString m_leaseOwner;
    qint64 m_leaseMs = 30'000;
    QByteArray m_hashKey;
    QString m_desk = deskIdentity();
    bool m_listening = false;
    QTimer *m_listenCheck = nullptr;
};

} // namespace pn

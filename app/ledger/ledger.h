#pragma once

#include "core/clock.h"
#include "ledger/ledgerrecords.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace pn {

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
    std::optional<qint64> addBindingIntent(qint64 profileId, const BindingRequest &request,
                                           QString *error);
    bool markBindingActive(qint64 id, const QString &subid, qint64 expiresAt);
    // The platform surely did not create it.
    bool markBindingFailed(qint64 id, const QString &lastError);
    // One more try whose outcome is unknown or that failed: stays as it is, error noted.
    bool noteBindingAttempt(qint64 id, const QString &lastError);
    bool markReleaseRequested(qint64 id);
    bool clearReleaseRequested(qint64 id, const QString &lastError);
    bool markBindingReleased(qint64 id, const QString &note = {});
    // Active bindings past expires_at become Expired; returns their ids.
    QList<qint64> sweepExpiredBindings();

    std::optional<BindingRecord> bindingById(qint64 id) const;
    std::optional<BindingRecord> bindingByReqid(const QString &reqid) const;
    std::optional<BindingRecord> bindingBySubid(const QString &subid) const;
    QList<BindingRecord> bindings(const BindingQuery &query = {}) const;
    QList<BindingRecord> pendingBindings(std::optional<qint64> profileId = {}) const;
    QList<BindingRecord> releaseRequestedBindings(std::optional<qint64> profileId = {}) const;
    QList<BindingRecord> bindingsChangedSince(qint64 rev) const;
    qint64 bindingsRev() const;

    // --- transfers (keyed by appid + X; no subid) ---
    std::optional<qint64> addTransferIntent(qint64 profileId, const TransferRequest &request,
                                            QString *error);
    bool markTransferActive(qint64 id);
    bool markTransferFailed(qint64 id, const QString &lastError);
    bool noteTransferAttempt(qint64 id, const QString &lastError);
    bool markTransferReleaseRequested(qint64 id);
    bool clearTransferReleaseRequested(qint64 id, const QString &lastError);
    bool markTransferReleased(qint64 id, const QString &note = {});
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

    // --- logs ---
    bool appendRequestLog(RequestLogEntry entry);
    // Newest first.
    QList<RequestLogEntry> requestLog(int limit, std::optional<qint64> profileId = {}) const;
    QList<RequestLogEntry> requestLogSince(qint64 id) const;
    bool appendAudit(std::optional<qint64> profileId, const QString &actor, const QString &action,
                     const QString &detail);
    QList<AuditEntry> auditLog(int limit) const;

Q_SIGNALS:
    void bindingChanged(qint64 id);
    void transferChanged(qint64 id);
    void requestLogged(const pn::RequestLogEntry &entry);

private:
    bool setError(const QString &text) const;
    bool execUpdate(const QString &table, qint64 id, const QString &assignments,
                    const QVariantList &values);
    QString connectionName() const;

    const QString m_path;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
    mutable QString m_lastError;
};

} // namespace pn

#pragma once

#include "core/requests.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace pn {

// The life of a binding or transfer in the ledger. An intent is written as Pending before the
// request goes out; the platform's answer makes it Active (or Failed when the platform surely
// did not create it). Released and Expired end it.
enum class RecordState { Pending, Active, Released, Expired, Failed };

class RecordStates final
{
    Q_DECLARE_TR_FUNCTIONS(RecordStates)

public:
    static QString toSql(RecordState state); // "pending", "active", ...
    static std::optional<RecordState> fromSql(const QString &text);
    static QString displayName(RecordState state); // translated
    static QList<RecordState> all();
};

// One row of `bindings`.
struct BindingRecord
{
    qint64 id = 0;
    qint64 profileId = 0;
    BindingRequest request; // appid, x, anum, bnum, reqid, ttl and the options
    RecordState state = RecordState::Pending;
    QString subid;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt;
    std::optional<qint64> releasedAt;
    std::optional<qint64> releaseRequestedAt;
    QString lastError;
    int attempts = 0;
    qint64 updatedAt = 0;
    qint64 rev = 0;
    QString sendingBy;                 // the program holding the send lease, if any
    std::optional<qint64> leaseUntil;  // the lease is live until then
    std::optional<qint64> firstSentAt; // when the create request first went out
    // Set when the subid was learnt from a later send than the first (reconciliation, a
    // retry): the platform's expiry lies between expiresAt (first send + ttl, what the ledger
    // counts down to) and this.
    std::optional<qint64> expiresLatestAt;

    bool expiryApproximate() const { return expiresLatestAt.has_value(); }

    // Active and not past its expiry at `nowMs` (the sweep may not have run yet).
    bool isLiveAt(qint64 nowMs) const
    {
        return state == RecordState::Active && (!expiresAt || *expiresAt > nowMs);
    }
};

// One row of `transfers`.
struct TransferRecord
{
    qint64 id = 0;
    qint64 profileId = 0;
    TransferRequest request;
    RecordState state = RecordState::Pending;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt; // none = forever
    std::optional<qint64> releasedAt;
    std::optional<qint64> releaseRequestedAt;
    QString lastError;
    int attempts = 0;
    qint64 updatedAt = 0;
    qint64 rev = 0;
    QString sendingBy;
    std::optional<qint64> leaseUntil;
};

// What one state transition of a binding or transfer did. Every transition is one guarded
// UPDATE (`... WHERE id = ? AND state IN (the states it may leave)`), so two programs racing
// for one row cannot overwrite each other's outcome: the one that comes second gets Settled
// with the row as the first left it ("someone else finished it"), which is not an error.
struct LedgerTransition
{
    enum class Kind {
        Applied, // the row changed as asked
        Settled, // the row was not in a state this transition may leave: see state / subid
        Error    // no such row, or the database failed (see error)
    };
    Kind kind = Kind::Error;
    RecordState state = RecordState::Pending; // the row's state after the call
    QString subid;                            // bindings: the row's subid after the call
    std::optional<qint64> releaseRequestedAt; // the row's after the call
    QString error;                            // translated, for Error

    bool applied() const { return kind == Kind::Applied; }
    bool settledElsewhere() const { return kind == Kind::Settled; }
    explicit operator bool() const { return applied(); }
};

// One HTTP attempt. `params` is the form or query text without any secret (never the
// Authorization header).
struct RequestLogEntry
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> profileId;
    QString method;
    QString path;
    QString reqid;
    QString params;
    int httpStatus = 0;
    std::optional<int> errorCode;
    QString reason;
    QString response;
    qint64 latencyMs = 0;
    int attempt = 1;
};

// One line of "who did what". `desk` is the desk that did it (deskIdentity(): OS user @ host,
// or $PN_DESK), written by the Ledger itself on every row (LedgerLog::desk()); `profileName` is the
// profile's name at the time (kept when the profile is removed later); `actor` is the program
// or role that wrote it ("pnctl", "pnconsole", "pnconsole (daily)"). Rows written before
// migration 9 have an empty desk.
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> profileId;
    QString actor;
    QString action;
    QString detail;
    QString desk;
    QString profileName;
};

// What an audit query selects; empty fields mean "any". Newest first.
struct AuditQuery
{
    // A desk exactly ("anna@desk3"), or without "@" the user at any host ("anna").
    QString desk;
    QStringList actions; // exact action names ("bind", "release", ...)
    std::optional<qint64> profileId;
    QString profileName;          // the profile's name as recorded (also finds removed profiles)
    std::optional<qint64> fromMs; // at >= fromMs
    std::optional<qint64> toMs;   // at <= toMs
    qint64 beforeId = 0;          // only rows with a smaller id (keyset paging, newest first)
    qint64 afterId = 0;           // only rows with a larger id (what arrived since)
    int limit = 0;                // 0 = no limit
};

// What list queries select. Empty lists mean "any".
struct BindingQuery
{
    std::optional<qint64> profileId;
    QList<RecordState> states;
    QString x;          // exact X number
    QString number;     // substring of X, A, B or subid (spaces and dashes ignored)
    int limit = 0;      // 0 = no limit
    qint64 afterId = 0; // only rows with a larger id (keyset paging)
};

// A profile's retention policy: real numbers of its ended bindings (and their calls) are kept
// this many days after they ended; std::nullopt = forever (only by explicit choice).
struct RetentionPolicy
{
    qint64 profileId = 0;
    QString profileName;
    std::optional<int> days = 180;
};

struct RetentionRun
{
    std::optional<qint64> profileId;  // none = every profile with a policy
    std::optional<int> olderThanDays; // overrides the profiles' days
    bool dryRun = false;              // count only
    QString actor;                    // for the audit line
};

// What one retention run erased (counts, never numbers), and the ledger file (+ WAL) size.
struct RetentionReport
{
    qint64 bindings = 0;
    qint64 calls = 0;
    qint64 logLines = 0;
    qint64 recordings = 0; // recording files deleted (RetentionRecordings::apply)
    qint64 fileBytesBefore = 0;
    qint64 fileBytesAfter = 0;
    bool vacuumed = false;
    bool walTruncated = false;
    QHash<qint64, qint64> cutoffs; // profile → rows that ended before this (epoch ms)
};

// One page of history (LedgerBindings::historyBindings()): newest first, by (created_at, id),
// or by id when searching. Empty lists mean "any".
struct HistoryQuery
{
    std::optional<qint64> profileId;
    QList<RecordState> states;
    std::optional<qint64> createdFrom; // created_at >= this (epoch ms)
    std::optional<qint64> createdTo;   // created_at < this
    QString number;                    // as BindingQuery::number, answered from the index
    // Keyset: the last row of the previous page (beforeId 0 = the first page).
    qint64 beforeCreatedAt = 0;
    qint64 beforeId = 0;
    int limit = 200;

    bool operator==(const HistoryQuery &) const = default;
};

} // namespace pn

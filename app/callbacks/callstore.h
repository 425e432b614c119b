#pragma once

#include "callbacks/callrecords.h"
#include "core/callresultcatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace pn {

class Ledger;

// What the Calls tab and the charts ask for. Times are epoch seconds of the call (beginTime).
struct CallFilter
{
    std::optional<qint64> fromSecs;
    std::optional<qint64> toSecs; // exclusive
    std::optional<qint64> profileId;
    QString subid;
    int limit = 10'000; // newest first
};

// One step of a binding's history: a call-start or a CDR, ordered by time and then taskid.
struct TimelineEntry
{
    CallbackKind kind = CallbackKind::Cdr;
    qint64 timeSecs = 0;
    QString taskid;
    std::optional<CdrRecord> cdr;
    std::optional<CallStartRecord> callStart;
};

// A callback answered 4xx, kept for debugging (body truncated).
struct RejectedCallback
{
    qint64 id = 0;
    qint64 receivedAtMs = 0;
    QString remote;
    QString path;
    QString contentType;
    int httpStatus = 400;
    QString reason;
    QString body;
    // The profile it was meant for: the receiver's, else told by the subid or devid in the
    // body (CallStore::storeRejected); none when nothing tells.
    std::optional<qint64> profileId;
};

struct CallStats
{
    struct PerX
    {
        QString x;
        qint64 total = 0;
        qint64 answered = 0;
        double answerRate() const { return total > 0 ? double(answered) / double(total) : 0.0; }
    };
    QMap<CallResultCatalog::Outcome, qint64> byOutcome;
    QMap<qint64, qint64> perHour; // hour start (epoch seconds, UTC) → calls
    QList<PerX> perX;             // most calls first
    qint64 total = 0;
};

// The calls side of the ledger: CDRs, call-starts and rejected callbacks. It opens nothing
// itself: it works on the ledger's connection for the calling thread (Ledger::database()) and
// writes through LedgerSchema::beginWrite, with SQL both dialects share, so calls can live in a
// PostgreSQL ledger too. One CallStore per thread. Inserts are de-duplicated by taskid; rows are
// read by column name.
class CallStore final
{
    Q_DECLARE_TR_FUNCTIONS(CallStore)
    Q_DISABLE_COPY_MOVE(CallStore)

public:
    enum class Durability { Normal, Full }; // SQLite `synchronous` for this connection
    enum class Stored { Inserted, Duplicate, Failed };

    // On an open ledger, which must outlive the store.
    explicit CallStore(Ledger &ledger);
    // On a ledger of its own at `ledgerPath`, opened by open() (a worker thread's store).
    explicit CallStore(const QString &ledgerPath);
    ~CallStore();

    // Opens the ledger of its own (creating or migrating it), if it has one, and prepares the
    // statements. Call in the thread that will use the store. Durability::Full asks SQLite for
    // `synchronous=FULL` on this thread's connection.
    bool open(QString *error, Durability durability = Durability::Normal);
    bool isOpen() const;
    QString path() const;
    // The ledger the store works on (its own one once open()ed).
    Ledger *ledger() const { return m_ledger; }

    // Writes. Inside begin()/commit() they join one transaction (group commit).
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    Stored storeCdr(const CdrRecord &record, QString *error);
    Stored storeCallStart(const CallStartRecord &record, QString *error);
    bool storeRejected(const RejectedCallback &rejected, QString *error);
    // The profile a rejected callback's body names: by its subid (a binding of the ledger),
    // else by its devid when exactly one profile has it.
    std::optional<qint64> attributeRejected(const QString &body) const;
    // Keeps only the newest `keep` rejected callbacks.
    bool pruneRejected(int keep, QString *error);

    // Reads.
    QList<CdrRecord> calls(const CallFilter &filter) const;
    // CDRs stored after row `rowId` (by anyone: another program may share the ledger), oldest
    // first, at most filter.limit.
    QList<CdrRecord> callsAfter(qint64 rowId, const CallFilter &filter) const;
    qint64 lastCallRowId() const;
    std::optional<CdrRecord> cdr(const QString &taskid) const;
    QList<CallStartRecord> callStarts(const CallFilter &filter) const;
    QList<TimelineEntry> timeline(const QString &subid) const;
    QList<RejectedCallback> rejected(int limit = 1000) const;
    qint64 countCalls() const;
    qint64 countCallStarts() const;
    qint64 countRejected() const;
    CallStats stats(const CallFilter &filter) const;

private:
    QSqlDatabase db() const;
    qint64 count(const char *table) const;

    std::unique_ptr<Ledger> m_ownLedger;
    Ledger *m_ledger = nullptr;
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace pn

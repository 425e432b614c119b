#pragma once

#include "ledger/ledger.h"
#include "platform/platformclient.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace pn {

// What became of one create/release operation, as the ledger now records it.
struct ServiceOutcome
{
    enum class Kind {
        Created,     // active with a subid (or an active transfer)
        Released,    // the platform released it
        AlreadyGone, // the platform no longer had it (1300): recorded as released, not an error
        Failed,      // the platform surely did not do it; the ledger says failed / still active
        Unknown      // no definite answer: stays pending (or release-requested) for reconciliation
    };
    Kind kind = Kind::Unknown;
    qint64 id = 0; // ledger row
    QString subid;
    QString message; // translated
    PlatformResult result;
    // Another program recorded this outcome first (this program's answer lost the race, or a
    // release found the binding released, or being released, by another desk).
    bool settledElsewhere = false;
    // A release settled elsewhere: the desk that released it (empty = not known).
    QString releasedBy;

    bool ok() const
    {
        return kind == Kind::Created || kind == Kind::Released || kind == Kind::AlreadyGone;
    }
};

struct ReconcileReport
{
    int resent = 0;   // intents and releases sent again
    int created = 0;  // pending intents now active
    int released = 0; // requested releases now done (or already gone)
    int failed = 0;   // intents the platform refused
    int unknown = 0;  // still without an answer (network down ...): left for next time
};

// The client-side rate limit kept in the ledger, shared by every program on it.
class LedgerRateGate final : public RateGate
{
public:
    LedgerRateGate(Ledger &ledger, PlatformClient &client);
    qint64 takeSlotMs(qint64 baseIntervalMs) override;
    void rateLimited(qint64 baseIntervalMs, qint64 maxIntervalMs) override;
    void accepted(qint64 baseIntervalMs) override;
    QString bucket() const;
    // Runs before the rate is read from the request logs (writes the lines still batched).
    void setBeforeRateRead(std::function<void()> f) { m_beforeRateRead = std::move(f); }

private:
    Ledger &m_ledger;
    PlatformClient &m_client;
    std::function<void()> m_beforeRateRead;
};

// Ties the ledger and the platform client together so that no subid is ever lost:
//   create:  validate → write the intent (pending, with its reqid) → send → active / failed,
//            or still pending when no definite answer came;
//   release: mark release-requested → send → released (1300 = already gone) / back to active;
//   start-up: reconcile() re-sends every pending intent with its own reqid (the platform answers
//            a repeated reqid with the same subid) and every requested release.
// Every HTTP attempt of the client is appended to the ledger's request log.
class BindingService final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const pn::ServiceOutcome &)>;

    BindingService(Ledger &ledger, PlatformClient &client, qint64 profileId,
                   QObject *parent = nullptr);
    ~BindingService() override;
    Q_DISABLE_COPY_MOVE(BindingService)

    qint64 profileId() const { return m_profileId; }
    // Who acts, for the audit log (default: the operating-system user name).
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

    // Fills in a new reqid when the request has none. Returns the ledger id of the intent, or
    // std::nullopt with a translated *error (validation or ledger) — then nothing was sent.
    std::optional<qint64> createBinding(BindingRequest request, Done done, QString *error);
    // For a form that keeps its reqid across Retry: as createBinding (a pending intent under the
    // reqid is asked again, an active one answers at once), but when the reqid's binding is
    // already settled (failed, released, expired) the next attempt is a new request, taken
    // from `renewed()` (the form's request under a new reqid).
    std::optional<qint64> submitBinding(const BindingRequest &request,
                                        const std::function<BindingRequest()> &renewed, Done done,
                                        QString *error);
    // Releases an active or expired binding. When another program (another desk) is releasing
    // it right now, nothing is sent: this waits (up to releaseWaitMs()) for that program's
    // outcome and tells it as its own, Released with settledElsewhere and releasedBy ("released
    // by anna@desk2"), not as an error; if that release did not go through, this one sends.
    // A binding already released is answered the same way at once.
    bool releaseBinding(qint64 id, Done done, QString *error);
    // How long releaseBinding() waits for another program's release (default 60 s, twice the
    // send lease, so a crashed program's lease expires within it and this one takes over).
    void setReleaseWaitMs(qint64 ms) { m_releaseWaitMs = ms; }
    qint64 releaseWaitMs() const { return m_releaseWaitMs; }
    std::optional<qint64> createTransfer(TransferRequest request, Done done, QString *error);
    // As releaseBinding(): another program's release of the transfer is waited for and told
    // (releasedBy), not refused.
    bool releaseTransfer(qint64 id, Done done, QString *error);

    // Re-sends pending intents and requested releases of this profile, except those another
    // program (or this one) is sending right now: it takes each row's send lease first.
    void reconcile(std::function<void(const pn::ReconcileReport &)> done);
    // While the program runs, reconcile whatever is pending every `ms` (default 60 s; 0 = off),
    // so intents left by a network outage settle without a restart.
    void setAutoReconcileInterval(int ms);
    // Active bindings and transfers past their expiry become expired. Returns how many.
    int sweepExpired();

    // Batched answers (a bulk job's many rows): the request-log lines and every answer's
    // ledger transition and audit row that arrive within `ms` milliseconds (at most
    // kMaxAnswerBatch answers) are written in one transaction, and each operation's `done`
    // is told after that commit. 0 (the default) writes each answer at once. Intents are never
    // batched: each is on disk, with its first send time, before its request goes out, so an
    // answer lost with an uncommitted batch (a kill) is learnt again by re-sending the pending
    // intent with its reqid (reconcile(), or the bulk job's re-run).
    static constexpr int kMaxAnswerBatch = 64;
    void setAnswerBatchMs(int ms);
    int answerBatchMs() const { return m_answerBatchMs; }
    // On (the default), a batch is written as soon as every request in flight has answered:
    // nothing more can join it before the next send, so waiting out the span would only keep
    // the job's window of requests from refilling. Off, a batch always waits its whole span
    // (a test that holds it open to kill the program before it is written).
    void setAnswerBatchWaitsForSpan(bool waits) { m_answerBatchWaitsForSpan = waits; }
    bool answerBatchWaitsForSpan() const { return m_answerBatchWaitsForSpan; }
    // Writes the batched answers now and tells their operations.
    void flushAnswers();
    // Batched intents (a bulk job's window of new rows): the intents of the createBinding()
    // calls between beginIntentBatch() and endIntentBatch() are written in one transaction,
    // and their requests go out once it is committed, never before. flushIntents() commits
    // and sends what is held (a create that cannot join, a reqid the ledger knows, does it
    // first, and so must a caller's own ledger write that has to be on disk before a send).
    // Should the commit fail, each create is written and sent on its own (the ledger ids
    // createBinding() returned for them are then not theirs).
    void beginIntentBatch();
    void flushIntents();
    void endIntentBatch();

    // True when the platform surely did not carry out a create that ended with `result`.
    static bool surelyNotDone(const PlatformResult &result);

    // The outcome ladder, the one place that says what an answer means: ok (Created for a
    // create, Released for a release), already gone (1300 to a release), surely not done
    // (Failed), else Unknown (left for reconciliation). Used by binds, releases, transfers and
    // untransfers alike.
    enum class Step { Create, Release };
    static ServiceOutcome::Kind decide(const PlatformResult &result, Step step);

Q_SIGNALS:
    // An automatic reconciliation finished.
    void reconciled(const pn::ReconcileReport &report);

private:
    void autoReconcile();
    // `resend`: the request may have reached the platform before (a pending intent found at
    // start-up, possibly sent by a program that then died), so only an answer that judged the
    // request itself may mark it failed.
    // `notedSentAt`: the first send time is already written (with the intent).
    void sendBind(qint64 id, const BindingRequest &request, bool resend, Done done,
                  std::optional<qint64> notedSentAt = std::nullopt);
    void sendRelease(qint64 id, const QString &appid, const QString &subid, bool resend, Done done);
    // Another program holds the release of `id`: polls the ledger until it is released (told
    // with the releasing desk), the other program gave up (then this one sends), or `deadline`.
    // `auditPolls`: how many more polls to wait for the releasing program's audit row (its desk)
    // once the row says released.
    void awaitRelease(qint64 id, QDeadlineTimer deadline, int auditPolls, Done done);
    // The outcome told for a binding another program released; the desk when known.
    ServiceOutcome releasedElsewhere(const BindingRecord &binding, const QString &desk) const;
    // The same for a transfer another program holds the release of.
    void awaitTransferRelease(qint64 id, QDeadlineTimer deadline, int auditPolls, Done done);
    void sendTransfer(qint64 id, const TransferRequest &request, bool resend, Done done);
    void sendReleaseTransfer(qint64 id, const QString &appid, const QString &x, bool resend,
                             Done done);

    // What the ledger and the audit log do with each rung of the ladder for one operation.
    struct Effects
    {
        Step step;
        QString auditAction; // "bind", "release", "transfer", "untransfer"
        // The operation succeeded (or was already gone, with a message): the ledger transition.
        std::function<LedgerTransition(const PlatformResult &, const QString &goneMessage)> done;
        // The audit detail ("subid=..."), to which " (already gone)" is added for that rung.
        std::function<QString(const PlatformResult &)> auditDetail;
        std::function<LedgerTransition(const QString &message)> notDone;
        std::function<LedgerTransition(const QString &message)> unknown;
        QString goneMessage;    // translated, for the already-gone rung
        QString unknownMessage; // translated, %1 = the answer's message; empty = the message
    };
    // Runs the ladder on one answer, writes the ledger and audit, takes `id` out of `busy` and
    // tells `done`.
    void settle(qint64 id, const QString &subid, const PlatformResult &answer, bool resend,
                const Effects &effects, QSet<qint64> &busy, const Done &done);

    Ledger &m_ledger;
    PlatformClient &m_client;
    LedgerRateGate m_rateGate;
    void audit(const QString &action, const QString &detail);
    // An answer's ledger writes and its `done`: now, or with the next batch.
    void answered(std::function<void()> apply);
    void logAttempt(const RequestLogEntry &entry);
    void flushLogs();
    void tell(const Done &done, const ServiceOutcome &outcome);

    const qint64 m_profileId;
    QString m_actor;
    QSet<qint64> m_busyBindings; // ledger ids with a request on the way
    QSet<qint64> m_busyTransfers;
    QTimer m_autoReconcile;
    QTimer m_leaseRenewal;
    bool m_reconciling = false;
    qint64 m_releaseWaitMs = 60'000;
    // Batched answers (setAnswerBatchMs).
    int m_answerBatchMs = 0;
    bool m_answerBatchWaitsForSpan = false;
    QTimer m_answerTimer;
    QList<std::function<void()>> m_answerQueue;
    QList<RequestLogEntry> m_logQueue;
    QList<std::function<void()>> m_afterCommit; // the batch's `done`s
    bool m_inBatch = false;
    bool m_batchFailed = false; // a write of the open batch failed: it is rolled back
    bool m_flushing = false;
    bool m_destroying = false;
    // Batched intents.
    struct HeldIntent
    {
        qint64 id = 0;
        BindingRequest request;
        Done done;
        qint64 sentAt = 0;
    };
    bool m_intentBatching = false;
    bool m_intentTransaction = false; // open on this thread's ledger connection
    QList<HeldIntent> m_heldIntents;
};

} // namespace pn

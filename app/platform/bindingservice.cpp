#include "platform/bindingservice.h"

#include "core/validation.h"
#include "ledger/ledgerschema.h"
#include "ledger/releasedesk.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimer>

#include <memory>

namespace pn {

namespace {

QString joinErrors(const ValidationErrors &errors)
{
    QStringList lines;
    for (const ValidationError &e : errors)
        lines << e.message;
    return lines.join(u'\n');
}

// A resent request may have been carried out by an earlier attempt.
PlatformResult withHistory(const PlatformResult &r, bool resend)
{
    PlatformResult out = r;
    if (resend && !r.ok())
        out.outcomeUncertain = true;
    return out;
}

bool isGone(const PlatformResult &r)
{
    return r.kind == PlatformResult::Kind::PlatformError && r.errorCode == 1300;
}

bool isRateLimited(const PlatformResult &r)
{
    return r.kind == PlatformResult::Kind::PlatformError && r.errorCode == 1105;
}

// The outcome another program already recorded for a row (this answer lost the race):
// "someone else finished it", told as that outcome.
void takeSettled(ServiceOutcome &o, const LedgerTransition &t)
{
    switch (t.state) {
    case RecordState::Active:
        o.kind = ServiceOutcome::Kind::Created;
        if (!t.subid.isEmpty())
            o.subid = t.subid;
        o.result.kind = PlatformResult::Kind::Ok;
        o.result.errorCode = 0;
        o.result.subid = t.subid;
        o.message.clear();
        break;
    case RecordState::Released:
        if (o.kind != ServiceOutcome::Kind::AlreadyGone)
            o.kind = ServiceOutcome::Kind::Released;
        if (!t.subid.isEmpty())
            o.subid = t.subid;
        break;
    case RecordState::Failed:
        o.kind = ServiceOutcome::Kind::Failed;
        break;
    case RecordState::Pending:
    case RecordState::Expired:
        o.kind = ServiceOutcome::Kind::Unknown;
        break;
    }
    o.settledElsewhere = true;
}

} // namespace

LedgerRateGate::LedgerRateGate(Ledger &ledger, PlatformClient &client)
    : m_ledger(ledger)
    , m_client(client)
{}

QString LedgerRateGate::bucket() const
{
    // One bucket per platform account: the programs of one account share its limit.
    const ClientConfig c = m_client.config();
    return QStringLiteral("%1@%2").arg(c.devid, c.baseUrl.authority());
}

qint64 LedgerRateGate::takeSlotMs(qint64 baseIntervalMs)
{
    return m_ledger.takeRateSlot(bucket(), baseIntervalMs);
}

void LedgerRateGate::rateLimited(qint64 baseIntervalMs, qint64 maxIntervalMs)
{
    // The new rate is read from what the request logs say was accepted: this program's
    // batched lines count too.
    if (m_beforeRateRead)
        m_beforeRateRead();
    m_ledger.noteRateLimited(bucket(), baseIntervalMs, maxIntervalMs);
}

void LedgerRateGate::accepted(qint64 baseIntervalMs)
{
    m_ledger.noteRateAccepted(bucket(), baseIntervalMs);
}

BindingService::BindingService(Ledger &ledger, PlatformClient &client, qint64 profileId,
                               QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_client(client)
    , m_rateGate(ledger, client)
    , m_profileId(profileId)
    , m_actor(QCoreApplication::applicationName()) // the desk itself: LedgerLog::desk()
{
    connect(&m_autoReconcile, &QTimer::timeout, this, &BindingService::autoReconcile);
    m_autoReconcile.setInterval(60'000);
    m_autoReconcile.start();
    // The send leases of the requests on the way are renewed well before they run out, so no
    // other program takes an intent over while this one still waits for its answer.
    connect(&m_leaseRenewal, &QTimer::timeout, this, [this] {
        m_ledger.bindings().renewBindingLeases(m_busyBindings.values());
        m_ledger.transfers().renewTransferLeases(m_busyTransfers.values());
    });
    m_leaseRenewal.start(int(qMax<qint64>(100, m_ledger.leaseDurationMs() / 3)));
    m_client.setRateGate(&m_rateGate);
    m_rateGate.setBeforeRateRead([this] { flushLogs(); });
    connect(&m_client, &PlatformClient::attemptFinished, this, &BindingService::logAttempt);
    m_answerTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, &BindingService::flushAnswers);
}

BindingService::~BindingService()
{
    // The batched answers go to the ledger; their callers are not told (the service goes
    // away, as when an answer comes after it).
    m_destroying = true;
    m_intentBatching = false;
    flushIntents();
    flushAnswers();
    if (m_client.rateGate() == &m_rateGate)
        m_client.setRateGate(nullptr);
    // Requests still on the way end with this service: their intents are free for the next.
    for (qint64 id : std::as_const(m_busyBindings))
        m_ledger.bindings().dropBindingLease(id);
    for (qint64 id : std::as_const(m_busyTransfers))
        m_ledger.transfers().dropTransferLease(id);
}

void BindingService::setAutoReconcileInterval(int ms)
{
    m_autoReconcile.stop();
    if (ms > 0) {
        m_autoReconcile.setInterval(ms);
        m_autoReconcile.start();
    }
}

void BindingService::autoReconcile()
{
    if (m_reconciling)
        return;
    if (m_ledger.bindings().pendingBindings(m_profileId).isEmpty() &&
        m_ledger.bindings().releaseRequestedBindings(m_profileId).isEmpty() &&
        m_ledger.transfers().pendingTransfers(m_profileId).isEmpty() &&
        m_ledger.transfers().releaseRequestedTransfers(m_profileId).isEmpty())
        return;
    m_reconciling = true;
    reconcile([this](const ReconcileReport &report) {
        m_reconciling = false;
        Q_EMIT reconciled(report);
    });
}

void BindingService::audit(const QString &action, const QString &detail)
{
    if (!m_ledger.log().appendAudit(m_profileId, m_actor, action, detail) && m_inBatch)
        m_batchFailed = true;
}

// --- batched answers ---

void BindingService::setAnswerBatchMs(int ms)
{
    m_answerBatchMs = qMax(0, ms);
    if (m_answerBatchMs == 0)
        flushAnswers();
}

void BindingService::logAttempt(const RequestLogEntry &entry)
{
    RequestLogEntry e = entry;
    if (!e.profileId)
        e.profileId = m_profileId;
    if (m_answerBatchMs <= 0) {
        m_ledger.log().appendRequestLog(e);
        return;
    }
    m_logQueue << e;
    if (!m_answerTimer.isActive())
        m_answerTimer.start(m_answerBatchMs);
}

void BindingService::answered(std::function<void()> apply)
{
    if (m_answerBatchMs <= 0) {
        apply();
        return;
    }
    m_answerQueue << std::move(apply);
    // Each queued answer's operation is still busy (settle() frees it when the batch is
    // written), so a queue as long as the busy sets means no other answer is on its way.
    const qsizetype inFlight = m_busyBindings.size() + m_busyTransfers.size();
    if (m_answerQueue.size() >= kMaxAnswerBatch ||
        (!m_answerBatchWaitsForSpan && m_answerQueue.size() >= inFlight))
        flushAnswers();
    else if (!m_answerTimer.isActive())
        m_answerTimer.start(m_answerBatchMs);
}

void BindingService::tell(const Done &done, const ServiceOutcome &outcome)
{
    if (!done || m_destroying)
        return;
    if (m_inBatch) // after the batch's commit: nobody hears of an answer the ledger lacks
        m_afterCommit << [done, outcome] { done(outcome); };
    else
        done(outcome);
}

void BindingService::flushLogs()
{
    if (m_logQueue.isEmpty() || m_flushing)
        return;
    const QList<RequestLogEntry> logs = std::exchange(m_logQueue, {});
    QSqlDatabase db = m_ledger.database();
    const bool batched = LedgerSchema::beginWrite(db, nullptr);
    for (const RequestLogEntry &e : logs)
        m_ledger.log().appendRequestLog(e);
    if (batched && !db.commit()) {
        db.rollback();
        for (const RequestLogEntry &e : logs)
            m_ledger.log().appendRequestLog(e);
    }
}

void BindingService::flushAnswers()
{
    if (m_flushing) // from a `done` of this flush: the rest goes with the next batch
        return;
    m_answerTimer.stop();
    if (m_answerQueue.isEmpty() && m_logQueue.isEmpty())
        return;
    m_flushing = true;
    const QList<std::function<void()>> answers = std::exchange(m_answerQueue, {});
    const QList<RequestLogEntry> logs = std::exchange(m_logQueue, {});
    QSqlDatabase db = m_ledger.database();
    bool committed = LedgerSchema::beginWrite(db, nullptr);
    if (committed) {
        m_inBatch = true;
        m_batchFailed = false;
        for (const RequestLogEntry &e : logs)
            m_batchFailed = !m_ledger.log().appendRequestLog(e) || m_batchFailed;
        for (const auto &apply : answers)
            apply();
        m_inBatch = false;
        // A failed write (PostgreSQL then refuses the rest of the transaction too): none of
        // the batch counts, each is written on its own below.
        committed = !m_batchFailed && db.commit();
        if (!committed) {
            db.rollback();
            m_afterCommit.clear();
        }
    }
    if (!committed) {
        for (const RequestLogEntry &e : logs)
            m_ledger.log().appendRequestLog(e);
        for (const auto &apply : answers)
            apply();
    }
    const QList<std::function<void()>> after = std::exchange(m_afterCommit, {});
    m_flushing = false;
    for (const auto &f : after)
        f();
    if ((!m_answerQueue.isEmpty() || !m_logQueue.isEmpty()) && !m_answerTimer.isActive())
        m_answerTimer.start(qMax(1, m_answerBatchMs));
}

bool BindingService::surelyNotDone(const PlatformResult &r)
{
    if (r.ok())
        return false;
    // 1105 after all retries: the platform said "not now", not "no". The intent stays pending
    // and a later run (or the console's automatic reconciliation) finishes it.
    if (isRateLimited(r))
        return false;
    if (!r.outcomeUncertain)
        return r.kind != PlatformResult::Kind::Network;
    // An earlier attempt may have reached the platform. Only an answer that judged this very
    // request (the platform answers a repeated reqid with its first result) settles it; a
    // refusal before the request was looked at (401, 110x, 1500 ...) does not.
    if (r.kind != PlatformResult::Kind::PlatformError || !r.errorCode)
        return false;
    switch (*r.errorCode) {
    case 1002:
    case 1003:
    case 1004:
    case 1110:
    case 1200:
    case 1201:
    case 1300:
    case 1301:
    case 1302:
    case 1400:
        return true;
    default:
        return false;
    }
}

ServiceOutcome::Kind BindingService::decide(const PlatformResult &r, Step step)
{
    if (r.ok())
        return step == Step::Create ? ServiceOutcome::Kind::Created
                                    : ServiceOutcome::Kind::Released;
    if (step == Step::Release && isGone(r))
        return ServiceOutcome::Kind::AlreadyGone;
    if (surelyNotDone(r))
        return ServiceOutcome::Kind::Failed;
    return ServiceOutcome::Kind::Unknown;
}

void BindingService::settle(qint64 id, const QString &subid, const PlatformResult &answer,
                            bool resend, const Effects &effects, QSet<qint64> &busy,
                            const Done &done)
{
    const PlatformResult r = withHistory(answer, resend);
    ServiceOutcome o;
    o.id = id;
    o.subid = subid;
    o.result = r;
    o.message = r.message;
    o.kind = decide(r, effects.step);
    busy.remove(id);
    // Every write is a guarded transition: when another program settled the row first, its
    // outcome is the one told (a create that lost to an active row is Created, not Failed).
    LedgerTransition t;
    switch (o.kind) {
    case ServiceOutcome::Kind::Created:
    case ServiceOutcome::Kind::Released:
        if (o.subid.isEmpty())
            o.subid = r.subid;
        t = effects.done(r, QString());
        if (t.applied())
            audit(effects.auditAction, effects.auditDetail(r));
        break;
    case ServiceOutcome::Kind::AlreadyGone:
        o.message = effects.goneMessage;
        t = effects.done(r, o.message);
        if (t.applied())
            audit(effects.auditAction, effects.auditDetail(r) + QStringLiteral(" (already gone)"));
        break;
    case ServiceOutcome::Kind::Failed:
        t = effects.notDone(r.message);
        break;
    case ServiceOutcome::Kind::Unknown:
        if (isRateLimited(r))
            o.message = tr("%1 The platform said \"not now\": the request stays pending with its "
                           "reqid, and a later run or the console finishes it.")
                            .arg(r.message);
        else if (!effects.unknownMessage.isEmpty())
            o.message = effects.unknownMessage.arg(r.message);
        t = effects.unknown(r.message);
        break;
    }
    if (m_inBatch && !t.error.isEmpty())
        m_batchFailed = true;
    if (t.settledElsewhere() && (effects.step == Step::Create || t.state == RecordState::Released))
        takeSettled(o, t);
    if (o.settledElsewhere && effects.step == Step::Release &&
        effects.auditAction == QLatin1StringView("release")) {
        if (const auto b = m_ledger.bindings().bindingById(id)) {
            o.releasedBy = releasingDesk(m_ledger, *b);
            if (!o.releasedBy.isEmpty())
                o.message = tr("Binding %1 released by %2.").arg(b->subid, o.releasedBy);
        }
    }
    tell(done, o);
}

// --- bindings ---

std::optional<qint64> BindingService::createBinding(BindingRequest request, Done done,
                                                    QString *error)
{
    // A server ledger that does not answer cannot take the intent: refused before anything.
    if (!m_ledger.isAvailable()) {
        if (error)
            *error = m_ledger.unavailableText();
        return std::nullopt;
    }
    if (request.reqid.isEmpty())
        request.reqid = generateReqid();
    if (const ValidationErrors errors = Validation::validate(request); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return std::nullopt;
    }
    // A reqid the ledger already knows: the same request again (a script retrying by hand).
    // Idempotent like the platform: a pending intent is re-sent, an active one is answered from
    // the ledger; other parameters under the same reqid are refused.
    if (const auto known = m_ledger.bindings().bindingByReqid(request.reqid)) {
        BindingRequest normalized = request;
        normalized.x = normalizedNumber(request.x);
        normalized.anum = normalizedNumber(request.anum);
        normalized.bnum = normalizedNumber(request.bnum);
        if (known->request != normalized || known->profileId != m_profileId) {
            if (error)
                *error =
                    tr("The reqid %1 was already used with other parameters.").arg(request.reqid);
            return std::nullopt;
        }
        if (known->state == RecordState::Pending) {
            flushIntents(); // the claim is a transaction of its own
            if (m_busyBindings.contains(known->id) ||
                !m_ledger.bindings().claimBinding(known->id)) {
                ServiceOutcome o;
                o.kind = ServiceOutcome::Kind::Unknown;
                o.id = known->id;
                o.message = tr("Another program is sending the request %1 right now; its "
                               "outcome will be in the ledger.")
                                .arg(request.reqid);
                QTimer::singleShot(0, this, [done, o] {
                    if (done)
                        done(o);
                });
                return known->id;
            }
            sendBind(known->id, known->request, true, std::move(done));
            return known->id;
        }
        if (known->state == RecordState::Active) {
            ServiceOutcome o;
            o.kind = ServiceOutcome::Kind::Created;
            o.id = known->id;
            o.subid = known->subid;
            o.result.kind = PlatformResult::Kind::Ok;
            QTimer::singleShot(0, this, [done, o] {
                if (done)
                    done(o);
            });
            return known->id;
        }
        if (error)
            *error = tr("The reqid %1 was already used; that binding is %2.")
                         .arg(request.reqid, RecordStates::displayName(known->state));
        return std::nullopt;
    }
    // The intent goes to disk before anything goes on the wire, with its first send time in
    // the same transaction.
    QSqlDatabase db = m_ledger.database();
    if (m_intentBatching) {
        if (!m_intentTransaction)
            m_intentTransaction = LedgerSchema::beginWrite(db, nullptr);
        if (m_intentTransaction) {
            if (const auto id =
                    m_ledger.bindings().addBindingIntent(m_profileId, request, nullptr)) {
                const qint64 sentAt = m_ledger.clock().nowMs();
                if (m_ledger.bindings().noteBindingSent(*id, sentAt)) {
                    // Sent once the batch is committed (flushIntents()).
                    m_heldIntents << HeldIntent{*id, request, std::move(done), sentAt};
                    return id;
                }
            }
            // A failed write (PostgreSQL then refuses the rest of the transaction): the batch
            // so far is committed or written again row by row, and this one on its own.
            flushIntents();
        }
    }
    const bool inTransaction = LedgerSchema::beginWrite(db, nullptr);
    const auto id = m_ledger.bindings().addBindingIntent(m_profileId, request, error);
    if (!id) {
        if (inTransaction)
            db.rollback();
        return std::nullopt;
    }
    const qint64 sentAt = m_ledger.clock().nowMs();
    const bool noted = m_ledger.bindings().noteBindingSent(*id, sentAt);
    if (inTransaction && !db.commit()) {
        db.rollback();
        if (error)
            *error =
                tr("Cannot write the binding intent to the ledger: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    sendBind(*id, request, false, std::move(done),
             noted ? std::optional<qint64>(sentAt) : std::nullopt);
    return id;
}

void BindingService::beginIntentBatch()
{
    m_intentBatching = true;
}

void BindingService::endIntentBatch()
{
    m_intentBatching = false;
    flushIntents();
}

void BindingService::flushIntents()
{
    if (!m_intentTransaction)
        return;
    m_intentTransaction = false;
    const QList<HeldIntent> held = std::exchange(m_heldIntents, {});
    QSqlDatabase db = m_ledger.database();
    if (db.commit()) {
        for (const HeldIntent &h : held)
            sendBind(h.id, h.request, false, h.done, h.sentAt);
        return;
    }
    // Not written: nothing was sent. Each create again on its own (new ledger ids).
    db.rollback();
    const bool batching = std::exchange(m_intentBatching, false);
    for (const HeldIntent &h : held) {
        QString error;
        if (createBinding(h.request, h.done, &error))
            continue;
        ServiceOutcome o;
        o.kind = ServiceOutcome::Kind::Failed;
        o.message = error;
        o.result.kind = PlatformResult::Kind::Config; // nothing was sent
        o.result.message = error;
        QTimer::singleShot(0, this, [done = h.done, o] {
            if (done)
                done(o);
        });
    }
    m_intentBatching = batching;
}

std::optional<qint64> BindingService::submitBinding(const BindingRequest &request,
                                                    const std::function<BindingRequest()> &renewed,
                                                    Done done, QString *error)
{
    if (!request.reqid.isEmpty()) {
        const auto known = m_ledger.bindings().bindingByReqid(request.reqid);
        if (known && known->state != RecordState::Pending && known->state != RecordState::Active) {
            BindingRequest next = renewed ? renewed() : request;
            if (!renewed || next.reqid == request.reqid)
                next.reqid = generateReqid();
            return createBinding(std::move(next), std::move(done), error);
        }
    }
    return createBinding(request, std::move(done), error);
}

void BindingService::sendBind(qint64 id, const BindingRequest &request, bool resend, Done done,
                              std::optional<qint64> notedSentAt)
{
    m_busyBindings.insert(id);
    const qint64 ttl = request.ttl;
    // The platform created the binding no earlier than the first send, so first send + ttl is
    // an expiry that is never late (a subid learnt now from a re-send is at most that old).
    qint64 firstSent = notedSentAt.value_or(m_ledger.clock().nowMs());
    if (resend) {
        if (const auto known = m_ledger.bindings().bindingById(id))
            firstSent = known->firstSentAt.value_or(known->createdAt);
    }
    if (!notedSentAt)
        m_ledger.bindings().noteBindingSent(id, firstSent);
    m_client.bind(request, [this, guard = QPointer<BindingService>(this), id, ttl, resend,
                            firstSent, done](const PlatformResult &answer) {
        if (!guard) // the service went away; the ledger keeps the intent for reconciliation
            return;
        answered([this, id, ttl, resend, firstSent, answer, done] {
            Effects e{Step::Create, QStringLiteral("bind"), {}, {}, {}, {}, {}, {}};
            e.done = [&](const PlatformResult &r, const QString &) {
                // Answered by a later send than the first: created somewhere between the first
                // send and now, so the expiry is only known to lie in that window.
                const qint64 latest = m_ledger.clock().nowMs() + ttl * 1000;
                const bool approximate = resend || r.attempts > 1;
                return m_ledger.bindings().markBindingActive(
                    id, r.subid, firstSent + ttl * 1000,
                    approximate ? std::optional<qint64>(latest) : std::nullopt);
            };
            e.auditDetail = [](const PlatformResult &r) {
                return QStringLiteral("subid=%1").arg(r.subid);
            };
            e.notDone = [&](const QString &message) {
                return m_ledger.bindings().markBindingFailed(id, message);
            };
            e.unknown = [&](const QString &message) {
                return m_ledger.bindings().noteBindingAttempt(id, message);
            };
            e.unknownMessage = tr("%1 The outcome is not known yet; the request will be sent again "
                                  "with the same reqid to learn it.");
            settle(id, QString(), answer, resend, e, m_busyBindings, done);
        });
    });
}

bool BindingService::releaseBinding(qint64 id, Done done, QString *error)
{
    if (!m_ledger.isAvailable()) {
        if (error)
            *error = m_ledger.unavailableText();
        return false;
    }
    const auto b = m_ledger.bindings().bindingById(id);
    if (!b) {
        if (error)
            *error = tr("There is no binding %1 in the ledger.").arg(id);
        return false;
    }
    if (b->state != RecordState::Active && b->state != RecordState::Expired &&
        b->state != RecordState::Released) {
        if (error)
            *error = tr("The binding %1 is %2 and cannot be released.")
                         .arg(b->subid.isEmpty() ? b->request.reqid : b->subid,
                              RecordStates::displayName(b->state));
        return false;
    }
    if (b->state != RecordState::Released) {
        const LedgerTransition t = m_ledger.bindings().markReleaseRequested(id);
        if (t.applied()) {
            sendRelease(id, b->request.appid, b->subid, false, std::move(done));
            return true;
        }
        if (!t.settledElsewhere()) { // a database error
            if (error)
                *error = t.error;
            return false;
        }
    }
    // Released already, or another program (desk) holds its release: one request is enough.
    // Its outcome is this one's too, told once the ledger has it. (Real time, not the ledger's
    // clock: a wait that ends.)
    const QDeadlineTimer deadline(m_releaseWaitMs);
    QTimer::singleShot(0, this, [this, id, deadline, done = std::move(done)] {
        awaitRelease(id, deadline, -1, done);
    });
    return true;
}

ServiceOutcome BindingService::releasedElsewhere(const BindingRecord &b, const QString &desk) const
{
    ServiceOutcome o;
    o.kind = ServiceOutcome::Kind::Released;
    o.id = b.id;
    o.subid = b.subid;
    o.result.kind = PlatformResult::Kind::Ok;
    o.result.errorCode = 0;
    o.result.attempts = 0; // this program sent nothing
    o.settledElsewhere = true;
    o.releasedBy = desk;
    o.message = desk.isEmpty() ? tr("Binding %1 was released by another program.").arg(b.subid)
                               : tr("Binding %1 released by %2.").arg(b.subid, desk);
    return o;
}

void BindingService::awaitRelease(qint64 id, QDeadlineTimer deadline, int auditPolls, Done done)
{
    constexpr int kPollMs = 200;
    // The releasing program writes its audit row (with its desk) just after the state: a few
    // more polls for it when the release is that recent.
    constexpr int kAuditPolls = 15;
    constexpr qint64 kRecentMs = 3'000;
    const auto again = [this, id, deadline, done](int polls) {
        QTimer::singleShot(kPollMs, this, [this, id, deadline, polls, done] {
            awaitRelease(id, deadline, polls, done);
        });
    };
    const auto b = m_ledger.bindings().bindingById(id);
    if (b && b->state == RecordState::Released) {
        const QString desk = releasingDesk(m_ledger, *b);
        if (auditPolls < 0)
            auditPolls =
                m_ledger.clock().nowMs() - b->releasedAt.value_or(0) < kRecentMs ? kAuditPolls : 0;
        if (desk.isEmpty() && auditPolls > 0)
            return again(auditPolls - 1);
        if (done)
            done(releasedElsewhere(*b, desk));
        return;
    }
    ServiceOutcome o;
    o.id = id;
    if (!b || (b->state != RecordState::Active && b->state != RecordState::Expired)) {
        o.kind = ServiceOutcome::Kind::Failed;
        o.message = !b ? tr("There is no binding %1 in the ledger.").arg(id)
                       : tr("The binding %1 is %2 and cannot be released.")
                             .arg(b->subid, RecordStates::displayName(b->state));
        if (done)
            done(o);
        return;
    }
    o.subid = b->subid;
    if (!m_busyBindings.contains(id)) {
        // The other program gave up (the platform refused its release) or its lease ran out
        // (it ended): then this program sends, once, as a resend of a request that may have
        // been carried out.
        const LedgerTransition t = m_ledger.bindings().markReleaseRequested(id);
        if (t.applied()) {
            sendRelease(id, b->request.appid, b->subid, true, done);
            return;
        }
        if (t.state == RecordState::Released)
            return awaitRelease(id, deadline, -1, done);
    }
    if (!deadline.hasExpired())
        return again(-1);
    o.kind = ServiceOutcome::Kind::Unknown;
    o.settledElsewhere = true;
    o.message = tr("Binding %1 is being released by another program; its outcome will be in "
                   "the ledger.")
                    .arg(b->subid);
    if (done)
        done(o);
}

void BindingService::sendRelease(qint64 id, const QString &appid, const QString &subid, bool resend,
                                 Done done)
{
    m_busyBindings.insert(id);
    m_client.release(appid, subid,
                     [this, guard = QPointer<BindingService>(this), id, subid, resend,
                      done](const PlatformResult &answer) {
                         if (!guard) // the service went away; the ledger keeps the request
                             return;
                         answered([this, id, subid, resend, answer, done] {
                             Effects e{
                                 Step::Release, QStringLiteral("release"), {}, {}, {}, {}, {}, {}};
                             e.done = [&](const PlatformResult &, const QString &goneMessage) {
                                 return m_ledger.bindings().markBindingReleased(id, goneMessage);
                             };
                             e.auditDetail = [&](const PlatformResult &) {
                                 return QStringLiteral("subid=%1").arg(subid);
                             };
                             e.notDone = [&](const QString &message) {
                                 return m_ledger.bindings().clearReleaseRequested(id, message);
                             };
                             e.unknown = [&](const QString &message) {
                                 return m_ledger.bindings().noteBindingAttempt(id, message);
                             };
                             e.goneMessage = tr("The binding %1 was already gone on the platform "
                                                "(expired or released before).")
                                                 .arg(subid);
                             settle(id, subid, answer, resend, e, m_busyBindings, done);
                         });
                     });
}

// --- transfers ---

std::optional<qint64> BindingService::createTransfer(TransferRequest request, Done done,
                                                     QString *error)
{
    if (!m_ledger.isAvailable()) {
        if (error)
            *error = m_ledger.unavailableText();
        return std::nullopt;
    }
    if (request.reqid.isEmpty())
        request.reqid = generateReqid();
    if (const ValidationErrors errors = Validation::validate(request); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return std::nullopt;
    }
    const auto id = m_ledger.transfers().addTransferIntent(m_profileId, request, error);
    if (!id)
        return std::nullopt;
    sendTransfer(*id, request, false, std::move(done));
    return id;
}

void BindingService::sendTransfer(qint64 id, const TransferRequest &request, bool resend, Done done)
{
    m_busyTransfers.insert(id);
    m_client.transfer(request, [this, guard = QPointer<BindingService>(this), id, resend,
                                done](const PlatformResult &answer) {
        if (!guard) // the service went away; the ledger keeps the intent for reconciliation
            return;
        answered([this, id, resend, answer, done] {
            Effects e{Step::Create, QStringLiteral("transfer"), {}, {}, {}, {}, {}, {}};
            e.done = [&](const PlatformResult &, const QString &) {
                return m_ledger.transfers().markTransferActive(id);
            };
            e.auditDetail = [&](const PlatformResult &) { return QStringLiteral("id=%1").arg(id); };
            e.notDone = [&](const QString &message) {
                return m_ledger.transfers().markTransferFailed(id, message);
            };
            e.unknown = [&](const QString &message) {
                return m_ledger.transfers().noteTransferAttempt(id, message);
            };
            settle(id, QString(), answer, resend, e, m_busyTransfers, done);
        });
    });
}

bool BindingService::releaseTransfer(qint64 id, Done done, QString *error)
{
    if (!m_ledger.isAvailable()) {
        if (error)
            *error = m_ledger.unavailableText();
        return false;
    }
    const auto t = m_ledger.transfers().transferById(id);
    if (!t) {
        if (error)
            *error = tr("There is no transfer %1 in the ledger.").arg(id);
        return false;
    }
    if (t->state != RecordState::Active && t->state != RecordState::Expired &&
        t->state != RecordState::Released) {
        if (error)
            *error = tr("The transfer on %1 is %2 and cannot be released.")
                         .arg(t->request.x, RecordStates::displayName(t->state));
        return false;
    }
    if (t->state != RecordState::Released) {
        const LedgerTransition requested = m_ledger.transfers().markTransferReleaseRequested(id);
        if (requested.applied()) {
            sendReleaseTransfer(id, t->request.appid, t->request.x, false, std::move(done));
            return true;
        }
        if (!requested.settledElsewhere()) {
            if (error)
                *error = requested.error;
            return false;
        }
    }
    const QDeadlineTimer deadline(m_releaseWaitMs);
    QTimer::singleShot(0, this, [this, id, deadline, done = std::move(done)] {
        awaitTransferRelease(id, deadline, -1, done);
    });
    return true;
}

void BindingService::awaitTransferRelease(qint64 id, QDeadlineTimer deadline, int auditPolls,
                                          Done done)
{
    constexpr int kPollMs = 200;
    constexpr int kAuditPolls = 15;
    constexpr qint64 kRecentMs = 3'000;
    const auto again = [this, id, deadline, done](int polls) {
        QTimer::singleShot(kPollMs, this, [this, id, deadline, polls, done] {
            awaitTransferRelease(id, deadline, polls, done);
        });
    };
    const auto t = m_ledger.transfers().transferById(id);
    ServiceOutcome o;
    o.id = id;
    if (t && t->state == RecordState::Released) {
        const QString desk = releasingDesk(m_ledger, *t);
        if (auditPolls < 0)
            auditPolls =
                m_ledger.clock().nowMs() - t->releasedAt.value_or(0) < kRecentMs ? kAuditPolls : 0;
        if (desk.isEmpty() && auditPolls > 0)
            return again(auditPolls - 1);
        o.kind = ServiceOutcome::Kind::Released;
        o.result.kind = PlatformResult::Kind::Ok;
        o.result.errorCode = 0;
        o.result.attempts = 0;
        o.settledElsewhere = true;
        o.releasedBy = desk;
        o.message =
            desk.isEmpty()
                ? tr("The transfer on %1 was released by another program.").arg(t->request.x)
                : tr("Transfer on %1 released by %2.").arg(t->request.x, desk);
        if (done)
            done(o);
        return;
    }
    if (!t || (t->state != RecordState::Active && t->state != RecordState::Expired)) {
        o.kind = ServiceOutcome::Kind::Failed;
        o.message = !t ? tr("There is no transfer %1 in the ledger.").arg(id)
                       : tr("The transfer on %1 is %2 and cannot be released.")
                             .arg(t->request.x, RecordStates::displayName(t->state));
        if (done)
            done(o);
        return;
    }
    if (!m_busyTransfers.contains(id)) {
        const LedgerTransition r = m_ledger.transfers().markTransferReleaseRequested(id);
        if (r.applied()) {
            sendReleaseTransfer(id, t->request.appid, t->request.x, true, done);
            return;
        }
        if (r.state == RecordState::Released)
            return awaitTransferRelease(id, deadline, -1, done);
    }
    if (!deadline.hasExpired())
        return again(-1);
    o.kind = ServiceOutcome::Kind::Unknown;
    o.settledElsewhere = true;
    o.message = tr("The transfer on %1 is being released by another program; its outcome will "
                   "be in the ledger.")
                    .arg(t->request.x);
    if (done)
        done(o);
}

void BindingService::sendReleaseTransfer(qint64 id, const QString &appid, const QString &x,
                                         bool resend, Done done)
{
    m_busyTransfers.insert(id);
    m_client.releaseTransfer(
        appid, x,
        [this, guard = QPointer<BindingService>(this), id, x, resend,
         done](const PlatformResult &answer) {
            if (!guard) // the service went away; the ledger keeps the request
                return;
            answered([this, id, x, resend, answer, done] {
                Effects e{Step::Release, QStringLiteral("untransfer"), {}, {}, {}, {}, {}, {}};
                e.done = [&](const PlatformResult &, const QString &goneMessage) {
                    return m_ledger.transfers().markTransferReleased(id, goneMessage);
                };
                e.auditDetail = [&](const PlatformResult &) {
                    return QStringLiteral("x=%1").arg(x);
                };
                e.notDone = [&](const QString &message) {
                    return m_ledger.transfers().clearTransferReleaseRequested(id, message);
                };
                e.unknown = [&](const QString &message) {
                    return m_ledger.transfers().noteTransferAttempt(id, message);
                };
                e.goneMessage = tr("The transfer on %1 was already gone on the platform.").arg(x);
                settle(id, QString(), answer, resend, e, m_busyTransfers, done);
            });
        });
}

// --- start-up ---

void BindingService::reconcile(std::function<void(const ReconcileReport &)> done)
{
    struct State
    {
        ReconcileReport report;
        int outstanding = 1; // this function's own hold, dropped at the end
        std::function<void(const ReconcileReport &)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    auto settle = [state] {
        if (--state->outstanding == 0 && state->done)
            state->done(state->report);
    };
    auto account = [state, settle](const ServiceOutcome &o) {
        switch (o.kind) {
        case ServiceOutcome::Kind::Created:
            ++state->report.created;
            break;
        case ServiceOutcome::Kind::Released:
        case ServiceOutcome::Kind::AlreadyGone:
            ++state->report.released;
            break;
        case ServiceOutcome::Kind::Failed:
            ++state->report.failed;
            break;
        case ServiceOutcome::Kind::Unknown:
            ++state->report.unknown;
            break;
        }
        settle();
    };
    // Only rows this program could lease: an intent another program is sending right now (a
    // live lease) is left to it; one whose sender died (expired lease, or a local program no
    // longer running) is taken over.
    for (const BindingRecord &b : m_ledger.bindings().claimPendingBindings(m_profileId)) {
        if (m_busyBindings.contains(b.id))
            continue; // its answer is on the way
        ++state->outstanding;
        ++state->report.resent;
        sendBind(b.id, b.request, true, account);
    }
    for (const BindingRecord &b : m_ledger.bindings().claimReleaseRequestedBindings(m_profileId)) {
        if (m_busyBindings.contains(b.id))
            continue;
        ++state->outstanding;
        ++state->report.resent;
        sendRelease(b.id, b.request.appid, b.subid, true, account);
    }
    for (const TransferRecord &t : m_ledger.transfers().claimPendingTransfers(m_profileId)) {
        if (m_busyTransfers.contains(t.id))
            continue;
        ++state->outstanding;
        ++state->report.resent;
        sendTransfer(t.id, t.request, true, account);
    }
    for (const TransferRecord &t :
         m_ledger.transfers().claimReleaseRequestedTransfers(m_profileId)) {
        if (m_busyTransfers.contains(t.id))
            continue;
        ++state->outstanding;
        ++state->report.resent;
        sendReleaseTransfer(t.id, t.request.appid, t.request.x, true, account);
    }
    settle();
}

int BindingService::sweepExpired()
{
    return int(m_ledger.bindings().sweepExpiredBindings().size() +
               m_ledger.transfers().sweepExpiredTransfers().size());
}

} // namespace pn

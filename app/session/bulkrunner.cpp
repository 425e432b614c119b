#include "session/bulkrunner.h"

#include "core/deskidentity.h"
#include "core/logging.h"
#include "ledger/ledger.h"
#include "platform/bindingservice.h"
#include "platform/platformclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QScopeGuard>
#include <QSet>

#include <atomic>
#include <cerrno>
#include <csignal>

namespace pn {

namespace {

constexpr int kFlushMs = 200;
// A job's run is claimed for this long and renewed three times as often (BulkJobStore::claim).
constexpr int kClaimMs = 30'000;
constexpr int kClaimRenewMs = 10'000;
constexpr int kMaxUnknown = 8;  // definite answer not learnt after this many sends: in doubt
constexpr int kMaxRenewals = 3; // fresh reqids per row and run
constexpr double kMinWindow = 1;
// Answers written to the ledger together (BindingService::setAnswerBatchMs): one transaction
// for the request-log lines, transitions and audit rows of up to this many ms of answers.
constexpr int kAnswerBatchMs = 20;

bool mayPassLater(const PlatformResult &r)
{
    // A 401 (a signature refused, e.g. by a clock step) says nothing about the next attempt.
    if (r.kind == PlatformResult::Kind::Network || r.kind == PlatformResult::Kind::AuthFailed)
        return true;
    return r.kind == PlatformResult::Kind::PlatformError && r.errorCode &&
           (*r.errorCode == 1105 || *r.errorCode == 1500 || *r.errorCode == 1501);
}

QString jobName(const BulkJob &job, const BulkOptions &options)
{
    return QStringLiteral("job %1 %2 %3")
        .arg(job.id)
        .arg(options.kind == BulkJob::Kind::Bind ? QStringLiteral("bind")
                                                 : QStringLiteral("release"),
             QFileInfo(options.inPath).fileName());
}

} // namespace

BulkRunner::BulkRunner(Ledger &ledger, BindingService &service, PlatformClient &client,
                       QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_service(service)
    , m_client(client)
    , m_jobs(ledger)
    , m_pacer(std::make_shared<SharedRatePacer>(ledger, LedgerRateGate(ledger, client).bucket()))
{
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BulkRunner::flush);
    static std::atomic<int> runs{0};
    const int run = ++runs;
    // Stored in the ledger for other desks to read: not translated (like the audit's desk).
    m_claim.runner = QStringLiteral("%1, %2 process %3")
                         .arg(deskIdentity(), QCoreApplication::applicationName())
                         .arg(QCoreApplication::applicationPid());
    if (run > 1)
        m_claim.runner += QStringLiteral(" #%1").arg(run);
    m_claim.host = deskHostName();
    m_claim.pid = QCoreApplication::applicationPid();
    m_claimTimer.setInterval(kClaimRenewMs);
    connect(&m_claimTimer, &QTimer::timeout, this, &BulkRunner::renewClaim);
    connect(&m_client, &PlatformClient::attemptFinished, this, &BulkRunner::onAttempt);
    connect(&m_ledger, &Ledger::availabilityChanged, this, [this](bool available) {
        if (!available || !m_waitingForLedger)
            return;
        m_waitingForLedger = false;
        Q_EMIT progressChanged(progress());
        schedulePump();
    });
}

BulkRunner::~BulkRunner()
{
    // The batched answers of rows in flight are written (and reach this runner's rows, but
    // nothing more is sent), then the job's rows.
    m_running = false;
    m_service.flushAnswers();
    restoreAnswerBatching();
    flush();
    releaseClaim();
}

bool BulkRunner::claimJob(QString *error)
{
    const qint64 now = m_ledger.clock().nowMs();
    BulkJobClaim mine = m_claim;
    mine.untilMs = now + kClaimMs;
    QString stale;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString e;
        if (m_jobs.claim(m_job.id, mine, now, stale, &e)) {
            m_claimHeld = true;
            m_claimTimer.start();
            return true;
        }
        if (!e.isEmpty()) {
            if (error)
                *error = e;
            return false;
        }
        const std::optional<BulkJobClaim> holder = m_jobs.holder(m_job.id);
        if (!holder)
            continue; // released meanwhile
        // A holder on this computer whose process is gone (killed, crashed): free at once.
        if (attempt == 0 && holder->host == m_claim.host && holder->pid != m_claim.pid &&
            holder->pid > 0 && ::kill(pid_t(holder->pid), 0) != 0 && errno == ESRCH) {
            stale = holder->runner;
            continue;
        }
        if (error)
            *error = tr("Bulk job %1 is being run by %2 right now: wait until that run ends, or "
                        "pause or cancel it there. (A run whose program was stopped on another "
                        "computer frees the job within %3 seconds.)")
                         .arg(m_job.id)
                         .arg(holder->runner)
                         .arg(kClaimMs / 1000);
        return false;
    }
    if (error)
        *error = tr("Bulk job %1 could not be claimed for this run.").arg(m_job.id);
    return false;
}

void BulkRunner::renewClaim()
{
    if (!m_claimHeld || !m_ledger.isAvailable())
        return; // the claim runs on; renewed when the server answers again
    const qint64 now = m_ledger.clock().nowMs();
    BulkJobClaim mine = m_claim;
    mine.untilMs = now + kClaimMs;
    QString e;
    if (m_jobs.claim(m_job.id, mine, now, {}, &e) || !e.isEmpty())
        return;
    // Another program took the job (this one did not renew in time, e.g. a suspended
    // laptop): stop sending; the rows stay queued for whoever runs it now.
    qCWarning(lcSession, "bulk job %lld: the run was taken over by another program; pausing",
              m_job.id);
    m_claimHeld = false;
    m_claimTimer.stop();
    pause();
}

void BulkRunner::releaseClaim()
{
    m_claimTimer.stop();
    if (!m_claimHeld)
        return;
    m_claimHeld = false;
    m_jobs.release(m_job.id, m_claim.runner);
}

void BulkRunner::restoreAnswerBatching()
{
    if (m_batchingSet) {
        m_batchingSet = false;
        m_service.setAnswerBatchMs(m_previousBatchMs);
        m_service.setAnswerBatchWaitsForSpan(m_previousWaitsForSpan);
    }
}

void BulkRunner::setPacer(std::shared_ptr<RatePacer> pacer)
{
    m_pacer = pacer ? std::move(pacer)
                    : std::make_shared<SharedRatePacer>(
                          m_ledger, LedgerRateGate(m_ledger, m_client).bucket());
}

bool BulkRunner::prepare(const BulkOptions &options, QString *error)
{
    releaseClaim(); // a job prepared before by this runner is free again
    m_options = options;
    m_options.maxConcurrency = qMax(1, options.maxConcurrency);
    m_window = qMin<double>(8, m_options.maxConcurrency);
    const auto input =
        BulkFile::read(options.inPath, options.kind, options.encoding, options.defaultAppid, error);
    if (!input)
        return false;
    m_input = *input;
    const QString outPath = QFileInfo(options.outPath).absoluteFilePath();
    m_rows.clear();
    m_renewals = QList<int>(m_input.rows.size(), 0);
    if (options.dryRun) {
        BulkFile::checkConflicts(m_input, m_ledger, m_service.profileId());
        for (const BulkRow &r : std::as_const(m_input.rows)) {
            BulkJobRow row;
            row.rowNo = r.rowNo;
            row.state = r.valid() ? BulkJobRow::State::Queued : BulkJobRow::State::Invalid;
            row.errorCode = r.errorCode;
            row.reason = r.error;
            m_rows << row;
        }
        recount();
        return true;
    }
    if (const auto known =
            m_jobs.find(m_service.profileId(), options.kind, m_input.hash, outPath)) {
        m_job = *known;
        m_resumed = true;
        m_rows = m_jobs.rows(known->id);
        if (m_rows.size() != m_input.rows.size()) {
            if (error)
                *error = tr("The ledger's job %1 has %2 rows but the file has %3.")
                             .arg(known->id)
                             .arg(m_rows.size())
                             .arg(m_input.rows.size());
            return false;
        }
        recount();
        // Validity was decided when the job was written; keep that decision.
        for (int i = 0; i < m_rows.size(); ++i) {
            BulkRow &in = m_input.rows[i];
            const BulkJobRow &row = m_rows.at(i);
            if (row.state == BulkJobRow::State::Invalid) {
                in.error = row.reason;
                in.errorCode = row.errorCode;
            } else {
                in.error.clear();
                in.errorCode.reset();
                if (options.kind == BulkJob::Kind::Bind)
                    in.request.reqid = row.reqid;
            }
        }
        if (!claimJob(error))
            return false; // another program runs it: nothing of it is touched here
        reconcileWithLedger();
        m_alreadyFinished = m_job.state == BulkJob::State::Done;
        return true;
    }
    // A new job: every row and its reqid go to the ledger before anything is sent.
    BulkFile::checkConflicts(m_input, m_ledger, m_service.profileId());
    QSet<QString> reqids;
    for (BulkRow &r : m_input.rows) {
        BulkJobRow row;
        row.rowNo = r.rowNo;
        if (options.kind == BulkJob::Kind::Bind && r.valid()) {
            if (r.request.reqid.isEmpty())
                r.request.reqid = generateReqid();
            else
                m_fileReqids.insert(r.request.reqid);
            if (reqids.contains(r.request.reqid)) {
                r.error = tr("The reqid %1 is already in another row.").arg(r.request.reqid);
                r.errorCode = 1004;
            }
            reqids.insert(r.request.reqid);
            row.reqid = r.request.reqid;
        }
        if (options.kind == BulkJob::Kind::Release)
            row.subid = r.subid;
        row.state = r.valid() ? BulkJobRow::State::Queued : BulkJobRow::State::Invalid;
        row.errorCode = r.errorCode;
        row.reason = r.error;
        m_rows << row;
    }
    m_job = BulkJob{};
    m_job.profileId = m_service.profileId();
    m_job.kind = options.kind;
    m_job.filePath = QFileInfo(options.inPath).absoluteFilePath();
    m_job.fileHash = m_input.hash;
    m_job.outPath = outPath;
    m_job.encoding = CsvReader::encodingName(m_input.encoding);
    m_job.rowCount = int(m_rows.size());
    const auto id = m_jobs.create(m_job, m_rows, error);
    if (!id)
        return false;
    m_job.id = *id;
    if (!claimJob(error))
        return false;
    recount();
    reconcileWithLedger(); // reqids from the file may already be known to the ledger
    m_fileReqids.clear();
    return true;
}

void BulkRunner::reconcileWithLedger()
{
    // The ledger is the truth; the job's row states may lag behind it after a kill.
    for (int i = 0; i < m_rows.size(); ++i) {
        BulkJobRow &row = m_rows[i];
        if (row.state != BulkJobRow::State::Queued)
            continue;
        if (m_job.kind == BulkJob::Kind::Bind) {
            // A new job's own fresh reqids cannot be in the ledger yet: only resumed rows and
            // reqids the file brought are asked about (one ledger read per row less).
            if (!m_resumed && !m_fileReqids.contains(row.reqid))
                continue;
            const auto b = m_ledger.bindings().bindingByReqid(row.reqid);
            if (!b || b->state == RecordState::Pending)
                continue;
            if (b->state == RecordState::Failed) {
                // Killed between the ledger's refusal and the job's fresh reqid: the refusal
                // may have been "not now" (1500, 401, 1105); only a fresh reqid can tell.
                if (!renewReqid(i))
                    settle(i, BulkJobRow::State::Refused, {}, std::nullopt, b->lastError);
            } else
                settle(i, BulkJobRow::State::Done, b->subid, std::nullopt, {});
        } else {
            const auto b = m_ledger.bindings().bindingBySubid(row.subid);
            if (!b)
                settle(i, BulkJobRow::State::Refused, {}, std::nullopt,
                       tr("There is no binding with the subid %1 in the ledger of this profile.")
                           .arg(row.subid));
            else if (b->state == RecordState::Released)
                settle(i, BulkJobRow::State::Done, row.subid, std::nullopt, {});
            else if (b->profileId != m_service.profileId())
                settle(i, BulkJobRow::State::Refused, {}, std::nullopt,
                       tr("The binding %1 belongs to another profile.").arg(row.subid));
        }
    }
    flush();
}

void BulkRunner::start()
{
    if (!m_options.dryRun && !m_alreadyFinished && m_job.id && !m_claimHeld &&
        !claimJob(&m_resultError)) {
        Q_EMIT finished(); // another program took the job since the last run (see resultError)
        return;
    }
    m_runClock.start();
    m_finishedThisRun = 0;
    m_running = true;
    m_cancelled = false;
    m_paused = false;
    if (m_options.dryRun || m_alreadyFinished) {
        maybeFinish();
        return;
    }
    m_jobs.setState(m_job.id, BulkJob::State::Running);
    if (!m_batchingSet) {
        m_batchingSet = true;
        m_previousBatchMs = m_service.answerBatchMs();
        // $PN_BULK_ANSWER_BATCH_MS overrides the batch's span (0 = every answer at once) and
        // holds each batch for all of it.
        bool set = false;
        const int ms = qEnvironmentVariableIntValue("PN_BULK_ANSWER_BATCH_MS", &set);
        m_previousWaitsForSpan = m_service.answerBatchWaitsForSpan();
        m_service.setAnswerBatchMs(set ? qMax(0, ms) : qMax(m_previousBatchMs, kAnswerBatchMs));
        // A span given by hand is held whole (e.g. to kill pnctl with answers unwritten).
        m_service.setAnswerBatchWaitsForSpan(set);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == BulkJobRow::State::Queued)
            m_queue.enqueue({i, 0});
    }
    // The job as such in the audit log (each bind or release is audited by the service too).
    if (m_resumed)
        auditInterruptedRun();
    m_ledger.log().appendAudit(m_service.profileId(), m_service.actor(),
                               QStringLiteral("bulk-start"),
                               QStringLiteral("%1: %2 rows, %3 to send%4")
                                   .arg(jobName(m_job, m_options))
                                   .arg(m_rows.size())
                                   .arg(m_queue.size())
                                   .arg(m_resumed ? QStringLiteral(" (resumed)") : QString()));
    m_flushTimer.start();
    pump();
}

void BulkRunner::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    flush();
    m_jobs.setState(m_job.id, BulkJob::State::Paused);
    auditProgress(QStringLiteral("bulk-pause"));
    Q_EMIT progressChanged(progress());
}

void BulkRunner::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_jobs.setState(m_job.id, BulkJob::State::Running);
    auditProgress(QStringLiteral("bulk-resume"));
    pump();
}

void BulkRunner::auditProgress(const QString &action)
{
    if (m_options.dryRun || !m_job.id)
        return;
    m_ledger.log().appendAudit(m_service.profileId(), m_service.actor(), action,
                               QStringLiteral("%1: %2 done, %3 refused, %4 invalid, %5 left")
                                   .arg(jobName(m_job, m_options))
                                   .arg(m_counts[int(BulkJobRow::State::Done)])
                                   .arg(m_counts[int(BulkJobRow::State::Refused)])
                                   .arg(m_counts[int(BulkJobRow::State::Invalid)])
                                   .arg(m_counts[int(BulkJobRow::State::Queued)]));
}

// A resumed job whose last run has no end in the audit log (its program was killed, crashed
// or lost its ledger): that run's end is written now, with the rows as the ledger has them.
void BulkRunner::auditInterruptedRun()
{
    AuditQuery query;
    query.profileId = m_service.profileId();
    query.actions = {QStringLiteral("bulk-start"),  QStringLiteral("bulk-pause"),
                     QStringLiteral("bulk-resume"), QStringLiteral("bulk-end"),
                     QStringLiteral("bulk-cancel"), QStringLiteral("bulk-interrupted")};
    query.limit = 500;
    const QString prefix = QStringLiteral("job %1 ").arg(m_job.id);  // whatever its file's name
    for (const AuditEntry &e : m_ledger.log().auditEntries(query)) { // newest first
        if (!e.detail.startsWith(prefix))
            continue;
        if (e.action == QLatin1StringView("bulk-start") ||
            e.action == QLatin1StringView("bulk-pause") ||
            e.action == QLatin1StringView("bulk-resume"))
            auditProgress(QStringLiteral("bulk-interrupted"));
        return;
    }
}

void BulkRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_paused = false;
    m_waitingForLedger = false;
    m_queue.clear();
    maybeFinish();
}

void BulkRunner::pump()
{
    // The new rows sent in this pass: their intents in one transaction, sent after it.
    const bool batch = m_job.kind == BulkJob::Kind::Bind;
    if (batch)
        m_service.beginIntentBatch();
    const auto endBatch = qScopeGuard([&] {
        if (batch)
            m_service.endIntentBatch();
    });
    while (m_running && !m_paused && !m_cancelled && !m_waitingForSlot && !m_waitingForLedger &&
           !m_queue.isEmpty() && m_inFlight < int(m_window)) {
        if (!m_ledger.isAvailable()) {
            waitForLedger();
            break;
        }
        const Item item = m_queue.dequeue();
        const int wait = m_pacer->reserve();
        if (wait > 0) {
            m_waitingForSlot = true;
            QTimer::singleShot(wait, this, [this, item] {
                m_waitingForSlot = false;
                if (m_paused || m_cancelled || !m_running) {
                    if (!m_cancelled)
                        m_queue.prepend(item);
                    maybeFinish();
                    return;
                }
                send(item);
                pump();
            });
            return;
        }
        send(item);
    }
    if (batch)
        m_service.endIntentBatch(); // the rows are sent before the job may finish
    maybeFinish();
}

void BulkRunner::schedulePump()
{
    // Once the answers told together (one batch) are all counted: their freed places in the
    // window are filled in one pass, whose intents go to the ledger in one transaction.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void BulkRunner::waitForLedger()
{
    if (m_waitingForLedger)
        return;
    m_waitingForLedger = true;
    Q_EMIT progressChanged(progress());
}

void BulkRunner::send(Item item)
{
    if (!m_ledger.isAvailable()) { // gone since the pacer's slot was taken: not a refusal
        m_queue.prepend(item);
        waitForLedger();
        return;
    }
    const BulkRow &in = m_input.rows.at(item.index);
    BulkJobRow &row = m_rows[item.index];
    ++m_inFlight;
    QString error;
    auto done = [this, guard = QPointer<BulkRunner>(this), item](const ServiceOutcome &o) {
        if (!guard)
            return;
        --m_inFlight;
        onOutcome(item, o);
        schedulePump();
    };
    bool sent = false;
    if (m_job.kind == BulkJob::Kind::Bind) {
        BindingRequest request = in.request;
        request.reqid = row.reqid;
        sent = m_service.createBinding(request, done, &error).has_value();
        // A reqid the ledger marked failed (e.g. by another program, or by a run killed before
        // it wrote the job's next reqid) is refused by createBinding. Failed means the platform
        // surely did not create it, so a fresh reqid cannot duplicate the row; the refusal
        // stands once renewals run out. (Asked only then: one ledger read less per row.)
        if (!sent) {
            if (const auto b = m_ledger.bindings().bindingByReqid(row.reqid);
                b && b->state == RecordState::Failed) {
                error = b->lastError;
                // The job's fresh reqid goes to disk on its own, before anything is sent
                // under it.
                m_service.flushIntents();
                if (renewReqid(item.index)) {
                    request.reqid = m_rows.at(item.index).reqid;
                    error.clear();
                    sent = m_service.createBinding(request, done, &error).has_value();
                } else if (m_renewals.at(item.index) >= kMaxRenewals) {
                    // This run's fresh reqids all met a "not now" (a definite refusal would
                    // have settled the row): the next run tries again.
                    --m_inFlight;
                    leaveForNextRun(item.index, error);
                    return;
                }
            }
        }
    } else {
        const auto b = m_ledger.bindings().bindingBySubid(row.subid);
        if (b && b->state == RecordState::Released) {
            --m_inFlight;
            settle(item.index, BulkJobRow::State::Done, row.subid, std::nullopt, {});
            return;
        }
        if (!b)
            error = tr("There is no binding with the subid %1 in the ledger of this profile.")
                        .arg(row.subid);
        else
            sent = m_service.releaseBinding(b->id, done, &error);
    }
    if (!sent && !m_ledger.isAvailable()) { // the service refused it for the outage
        --m_inFlight;
        m_queue.prepend(item);
        waitForLedger();
        return;
    }
    if (!sent) {
        --m_inFlight;
        settle(item.index, BulkJobRow::State::Refused, {}, std::nullopt, error);
    }
}

void BulkRunner::onOutcome(Item item, const ServiceOutcome &o)
{
    using Kind = ServiceOutcome::Kind;
    switch (o.kind) {
    case Kind::Created:
        settle(item.index, BulkJobRow::State::Done, o.subid, std::nullopt, {});
        break;
    case Kind::Released:
    case Kind::AlreadyGone:
        settle(item.index, BulkJobRow::State::Done, m_rows.at(item.index).subid, std::nullopt,
               o.kind == Kind::AlreadyGone ? o.message : QString());
        break;
    case Kind::Failed:
        if (m_cancelled || !mayPassLater(o.result)) {
            settle(item.index, BulkJobRow::State::Refused, {}, o.result.errorCode, o.message);
        } else if (m_renewals.at(item.index) >= kMaxRenewals) {
            // "Not now" every time this run asked (1105, 1500, 401...): not a refusal of the
            // row. It stays queued for the next run of the same command.
            leaveForNextRun(item.index, o.message);
        } else if (m_job.kind == BulkJob::Kind::Bind) {
            // The platform surely did not create it: a fresh reqid, written first.
            if (!renewReqid(item.index)) {
                leaveForNextRun(item.index, o.message);
                break;
            }
            retryLater(item, 500);
        } else {
            ++m_renewals[item.index];
            retryLater(item, 500);
        }
        break;
    case Kind::Unknown:
        // Stays pending in the ledger; the same reqid learns the outcome later.
        if (m_cancelled || item.unknownCount + 1 >= kMaxUnknown) {
            leaveForNextRun(item.index, o.message);
            break;
        }
        ++item.unknownCount;
        retryLater(item, qMin(8000, 500 << item.unknownCount));
        break;
    }
    Q_EMIT progressChanged(progress());
}

void BulkRunner::leaveForNextRun(int index, const QString &reason)
{
    // Still queued (the job is not done): the reason is kept for the result file.
    m_rows[index].reason = reason;
    m_dirty << index;
    Q_EMIT rowFinished(m_rows.at(index).rowNo);
}

bool BulkRunner::renewReqid(int index)
{
    if (m_renewals.at(index) >= kMaxRenewals)
        return false;
    const QString reqid = generateReqid();
    if (!m_jobs.renewReqid(m_job.id, m_rows.at(index).rowNo, reqid))
        return false;
    m_rows[index].reqid = reqid;
    ++m_renewals[index];
    return true;
}

void BulkRunner::retryLater(Item item, int delayMs)
{
    ++m_delayed;
    QTimer::singleShot(delayMs, this, [this, item] {
        --m_delayed;
        if (!m_cancelled)
            m_queue.enqueue(item);
        pump();
    });
}

void BulkRunner::settle(int index, BulkJobRow::State state, const QString &subid,
                        std::optional<int> code, const QString &reason)
{
    BulkJobRow &row = m_rows[index];
    --m_counts[int(row.state)];
    ++m_counts[int(state)];
    row.state = state;
    if (!subid.isEmpty())
        row.subid = subid;
    row.errorCode = code;
    row.reason = reason;
    m_dirty << index;
    ++m_finishedThisRun;
    Q_EMIT rowFinished(row.rowNo);
}

void BulkRunner::onAttempt(const RequestLogEntry &entry)
{
    if (!m_running)
        return;
    if (entry.errorCode && *entry.errorCode == 1105) {
        m_pacer->rateLimited();
        const qint64 now = m_runClock.elapsed();
        if (now - m_lastShrink > 300) { // multiplicative decrease, once per burst
            m_lastShrink = now;
            m_window = qMax(kMinWindow, m_window / 2);
        }
    } else if (entry.httpStatus > 0) {
        m_pacer->accepted();
        m_window = qMin<double>(m_options.maxConcurrency, m_window + 1.0 / qMax(1.0, m_window));
    }
}

void BulkRunner::flush()
{
    if (m_dirty.isEmpty() || m_job.id == 0)
        return;
    QList<BulkJobRow> rows;
    rows.reserve(m_dirty.size());
    for (int i : std::as_const(m_dirty))
        rows << m_rows.at(i);
    if (m_jobs.updateRows(m_job.id, rows))
        m_dirty.clear();
}

bool BulkRunner::allDone() const
{
    return m_counts[int(BulkJobRow::State::Done)] == m_rows.size();
}

void BulkRunner::recount()
{
    m_counts.fill(0);
    for (const BulkJobRow &r : std::as_const(m_rows))
        ++m_counts[int(r.state)];
}

BulkProgress BulkRunner::progress() const
{
    // Counted as rows change state (a scan per answer would make 100,000 rows quadratic).
    BulkProgress p;
    p.total = int(m_rows.size());
    p.done = m_counts[int(BulkJobRow::State::Done)];
    p.refused = m_counts[int(BulkJobRow::State::Refused)];
    p.invalid = m_counts[int(BulkJobRow::State::Invalid)];
    p.pending = m_counts[int(BulkJobRow::State::Queued)];
    p.inFlight = m_inFlight;
    p.window = m_window;
    p.rate = m_pacer->rate();
    p.waitingForLedger = m_waitingForLedger;
    const qint64 ms = m_runClock.isValid() ? m_runClock.elapsed() : 0;
    if (ms > 0 && m_finishedThisRun > 0) {
        p.rowsPerSecond = m_finishedThisRun * 1000.0 / double(ms);
        p.etaMs = qint64(p.pending / p.rowsPerSecond * 1000.0);
    }
    return p;
}

void BulkRunner::maybeFinish()
{
    if (!m_running)
        return;
    const bool stillWorking = !m_options.dryRun && !m_alreadyFinished &&
                              (m_inFlight > 0 || m_delayed > 0 || m_waitingForSlot ||
                               (!m_cancelled && (m_waitingForLedger || !m_queue.isEmpty())));
    if (stillWorking)
        return;
    if (m_paused && !m_queue.isEmpty())
        return;
    m_running = false;
    m_flushTimer.stop();
    restoreAnswerBatching(); // writes what is still batched (request-log lines of retries)
    flush();
    if (!m_options.dryRun && m_job.id) {
        const bool anyQueued = m_counts[int(BulkJobRow::State::Queued)] > 0;
        m_jobs.setState(m_job.id, !anyQueued    ? BulkJob::State::Done
                                  : m_cancelled ? BulkJob::State::Cancelled
                                                : BulkJob::State::Running);
        if (const auto j = m_jobs.job(m_job.id))
            m_job = *j;
        if (!m_alreadyFinished)
            auditProgress(anyQueued && m_cancelled ? QStringLiteral("bulk-cancel")
                                                   : QStringLiteral("bulk-end"));
    }
    m_resultError.clear();
    if (!m_options.outPath.isEmpty())
        BulkFile::writeResult(m_input, m_rows, m_options.outPath, m_options.dryRun, &m_resultError);
    releaseClaim(); // after the result file: the next run may start now
    Q_EMIT progressChanged(progress());
    Q_EMIT finished();
}

} // namespace pn

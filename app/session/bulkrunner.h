#pragma once

#include "core/csvreader.h"
#include "ledger/ledgerjobs.h"
#include "session/bulkfile.h"
#include "session/bulkpacer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <array>
#include <memory>

namespace pn {

class BindingService;
class Ledger;
class PlatformClient;
struct RequestLogEntry;
struct ServiceOutcome;

struct BulkOptions
{
    BulkJob::Kind kind = BulkJob::Kind::Bind;
    QString inPath;
    QString outPath;
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    int maxConcurrency = 64; // upper bound of the window of requests in flight
    bool dryRun = false;
    QString defaultAppid;
};

struct BulkProgress
{
    int total = 0;   // data rows in the file
    int invalid = 0; // not sent (validation, conflicts)
    int done = 0;
    int refused = 0;
    int pending = 0; // valid rows not finished yet (queued, in flight, in doubt)
    int inFlight = 0;
    double window = 0;        // requests allowed in flight now
    double rate = 0;          // the pacer's rate, requests/s (0 = not limited)
    double rowsPerSecond = 0; // finished rows per second in this run
    qint64 etaMs = -1;        // -1 = unknown
    // The team server is away (Ledger::isAvailable()): nothing is sent until it answers again,
    // then the job goes on by itself; no row is refused for it.
    bool waitingForLedger = false;
};

// Applies a bulk CSV file through BindingService, a window of requests in flight at a time.
//
// prepare() reads and validates the file and finds the job of the same file and result file in
// the ledger, or writes a new one with every row's reqid before anything is sent. start() sends
// every unfinished row: bind rows with their own reqid (the platform answers a repeated reqid
// with the same subid, so a row in doubt is simply sent again), release rows by subid. The
// window grows by one per window of accepted answers and halves on 1105 (AIMD); the rate is the
// ledger's, shared by every program of the account (SharedRatePacer unless another is set).
// An answer without a definite outcome re-sends the row later with the same reqid; a refusal
// that surely did nothing and may pass later (1105, 1500, 1501 after all retries) re-sends it
// with a fresh reqid, written to the job first. finished() follows once nothing is in flight;
// the result file is written then (input + subid,state,error,reason).
class BulkRunner final : public QObject
{
    Q_OBJECT

public:
    BulkRunner(Ledger &ledger, BindingService &service, PlatformClient &client,
               QObject *parent = nullptr);
    ~BulkRunner() override;
    Q_DISABLE_COPY_MOVE(BulkRunner)

    void setPacer(std::shared_ptr<RatePacer> pacer);

    // Returns false with a translated *error when the file or the ledger cannot be used.
    bool prepare(const BulkOptions &options, QString *error);
    const BulkInput &input() const { return m_input; }
    const BulkJob &job() const { return m_job; }
    bool resumed() const { return m_resumed; }
    // The job was finished before: start() only rewrites the result file.
    bool alreadyFinished() const { return m_alreadyFinished; }
    const QList<BulkJobRow> &rows() const { return m_rows; }

    void start();
    void pause();
    void resume();
    // Stops sending; requests in flight finish, then finished() follows.
    void cancel();
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_running; }

    BulkProgress progress() const;
    // Where the result file went or why it could not be written.
    QString resultError() const { return m_resultError; }

    // Every row done (true) or some refused, invalid or still pending (false).
    bool allDone() const;

Q_SIGNALS:
    void progressChanged(const pn::BulkProgress &progress);
    void rowFinished(int rowNo);
    void finished();

private:
    struct Item
    {
        int index = 0; // into m_rows / m_input.rows
        int unknownCount = 0;
    };

    void pump();
    // Holds the queue while the team server is away; its return pumps again.
    void waitForLedger();
    void schedulePump();
    void send(Item item);
    void onOutcome(Item item, const ServiceOutcome &outcome);
    void settle(int index, BulkJobRow::State state, const QString &subid, std::optional<int> code,
                const QString &reason);
    bool renewReqid(int index); // a fresh reqid, written to the job first; false: no more
    void leaveForNextRun(int index, const QString &reason); // queued, with the reason shown
    void retryLater(Item item, int delayMs);
    void onAttempt(const RequestLogEntry &entry);
    void flush();
    // The audit rows of a pause, a resume, an end, or an earlier run that never ended.
    void auditProgress(const QString &action);
    void auditInterruptedRun();
    void maybeFinish();
    void reconcileWithLedger();
    void recount();
    void restoreAnswerBatching();
    // The run of the job is this runner's (BulkJobStore::claim, renewed while it lives): false
    // with *error naming who runs it when another program does.
    bool claimJob(QString *error);
    void renewClaim();
    void releaseClaim();

    Ledger &m_ledger;
    BindingService &m_service;
    PlatformClient &m_client;
    BulkJobStore m_jobs;
    std::shared_ptr<RatePacer> m_pacer;
    BulkOptions m_options;
    BulkInput m_input;
    BulkJob m_job;
    QList<BulkJobRow> m_rows;
    QList<int> m_renewals;      // fresh reqids given per row in this run
    QSet<QString> m_fileReqids; // reqids a new job's file named (prepare() only)
    QQueue<Item> m_queue;
    QList<int> m_dirty; // rows to write to the job
    QTimer m_flushTimer;
    QElapsedTimer m_runClock;
    bool m_resumed = false;
    bool m_alreadyFinished = false;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_waitingForSlot = false;
    bool m_waitingForLedger = false;
    bool m_pumpScheduled = false;
    int m_inFlight = 0;
    int m_delayed = 0; // rows waiting on a retry timer
    double m_window = 8;
    qint64 m_lastShrink = -1'000'000;
    int m_finishedThisRun = 0;
    std::array<int, 4> m_counts{}; // rows per BulkJobRow::State
    QString m_resultError;
    bool m_batchingSet = false; // this runner turned the service's answer batching on
    int m_previousBatchMs = 0;
    bool m_previousWaitsForSpan = false;
    BulkJobClaim m_claim; // who this runner is to the others
    bool m_claimHeld = false;
    QTimer m_claimTimer;
};

} // namespace pn

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace pn {

class Ledger;

// One bulk job (pnctl bulk, the console's bulk dialog): a CSV file applied row by row. The job
// and every row's reqid are written before the first request goes out, so a re-run of the same
// file with the same result file resumes it.
struct BulkJob
{
    enum class Kind { Bind, Release };
    enum class State { Running, Paused, Cancelled, Done };

    qint64 id = 0;
    qint64 profileId = 0;
    Kind kind = Kind::Bind;
    QString filePath;
    QString fileHash; // SHA-256 of the input file, hex
    QString outPath;
    QString encoding;
    int rowCount = 0;
    State state = State::Running;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // Row counts by state (filled by jobs() and job()).
    int queued = 0;
    int done = 0;
    int refused = 0;
    int invalid = 0;

    static QString kindToSql(Kind kind);
    static QString stateToSql(State state);
    static std::optional<Kind> kindFromSql(const QString &text);
    static std::optional<State> stateFromSql(const QString &text);
};

struct BulkJobRow
{
    // Queued: not finished (never sent, or sent without a definite answer: "in doubt");
    // Done: bound / released; Refused: the platform or the ledger refused it; Invalid: not sent,
    // the row broke a rule (validation, conflict).
    enum class State { Queued, Done, Refused, Invalid };

    int rowNo = 0; // 1 = the first data row after the header
    QString reqid; // bind rows
    QString subid; // the created binding (bind) or the one to release (release)
    State state = State::Queued;
    std::optional<int> errorCode;
    QString reason;

    static QString stateToSql(State state);
    static std::optional<State> stateFromSql(const QString &text);
};

// Who runs a bulk job now (schema migration 15): one program at a time.
struct BulkJobClaim
{
    QString runner; // shown to others: "anna@desk3, pnctl process 4242" (unique per run)
    QString host;   // the computer (deskHostName())
    qint64 pid = 0; // its process there
    qint64 untilMs = 0;
};

// The jobs and their rows in the ledger's tables bulk_jobs / bulk_job_rows (SQLite or
// PostgreSQL, through the ledger's per-thread connections).
class BulkJobStore final
{
    Q_DECLARE_TR_FUNCTIONS(BulkJobStore)

public:
    explicit BulkJobStore(Ledger &ledger);
    Q_DISABLE_COPY_MOVE(BulkJobStore)

    // The job of this profile for this kind, file content and result file, if one exists.
    std::optional<BulkJob> find(qint64 profileId, BulkJob::Kind kind, const QString &fileHash,
                                const QString &outPath) const;
    std::optional<BulkJob> job(qint64 id) const;
    // Newest first, with row counts.
    QList<BulkJob> jobs(std::optional<qint64> profileId = {}) const;
    // Jobs still Running or Paused (e.g. left by a crash).
    QList<BulkJob> unfinished(std::optional<qint64> profileId = {}) const;

    // Writes the job and all its rows in one transaction. Returns the job id.
    std::optional<qint64> create(const BulkJob &job, const QList<BulkJobRow> &rows, QString *error);
    QList<BulkJobRow> rows(qint64 jobId) const;
    // Writes the given rows' state, subid, error and reason in one transaction.
    bool updateRows(qint64 jobId, const QList<BulkJobRow> &rows, QString *error = nullptr);
    // A row gets a fresh reqid (its previous one surely did nothing); written before it is sent.
    bool renewReqid(qint64 jobId, int rowNo, const QString &reqid, QString *error = nullptr);
    bool setState(qint64 jobId, BulkJob::State state, QString *error = nullptr);

    // Takes (or renews) the run of the job for `mine` until mine.untilMs: true when the job
    // was free, its claim had run out (before nowMs), was mine already, or was held by
    // `staleRunner` (a holder the caller found gone). One conditional UPDATE: two programs
    // claiming at once cannot both win. Otherwise false; holder() says who has it.
    bool claim(qint64 jobId, const BulkJobClaim &mine, qint64 nowMs,
               const QString &staleRunner = {}, QString *error = nullptr);
    std::optional<BulkJobClaim> holder(qint64 jobId) const;
    // Gives the run up (only if `runner` still holds it).
    void release(qint64 jobId, const QString &runner);

private:
    QList<BulkJob> select(const QString &where, const QVariantList &values) const;

    Ledger &m_ledger;
};

} // namespace pn

#include "ledger/ledgerjobs.h"

#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pn {

using namespace ledgersql;

namespace {

const QString kJobColumns = QStringLiteral(
    "j.id, j.profile_id, j.kind, j.file_path, j.file_hash, j.out_path, j.encoding, j.row_count, "
    "j.state, j.created_at, j.updated_at, "
    "(SELECT COUNT(*) FROM bulk_job_rows r WHERE r.job_id = j.id AND r.state = 'queued'), "
    "(SELECT COUNT(*) FROM bulk_job_rows r WHERE r.job_id = j.id AND r.state = 'done'), "
    "(SELECT COUNT(*) FROM bulk_job_rows r WHERE r.job_id = j.id AND r.state = 'refused'), "
    "(SELECT COUNT(*) FROM bulk_job_rows r WHERE r.job_id = j.id AND r.state = 'invalid')");

} // namespace

QString BulkJob::kindToSql(Kind kind)
{
    return kind == Kind::Release ? QStringLiteral("release") : QStringLiteral("bind");
}

std::optional<BulkJob::Kind> BulkJob::kindFromSql(const QString &text)
{
    if (text == QLatin1StringView("bind"))
        return Kind::Bind;
    if (text == QLatin1StringView("release"))
        return Kind::Release;
    return std::nullopt;
}

QString BulkJob::stateToSql(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Done:
        break;
    }
    return QStringLiteral("done");
}

std::optional<BulkJob::State> BulkJob::stateFromSql(const QString &text)
{
    for (State s : {State::Running, State::Paused, State::Cancelled, State::Done}) {
        if (stateToSql(s) == text)
            return s;
    }
    return std::nullopt;
}

QString BulkJobRow::stateToSql(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Done:
        return QStringLiteral("done");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

std::optional<BulkJobRow::State> BulkJobRow::stateFromSql(const QString &text)
{
    for (State s : {State::Queued, State::Done, State::Refused, State::Invalid}) {
        if (stateToSql(s) == text)
            return s;
    }
    return std::nullopt;
}

BulkJobStore::BulkJobStore(Ledger &ledger)
    : m_ledger(ledger)
{}

QList<BulkJob> BulkJobStore::select(const QString &where, const QVariantList &values) const
{
    QList<BulkJob> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM bulk_jobs j WHERE %2 ORDER BY j.id DESC")
                  .arg(kJobColumns, where));
    for (const QVariant &v : values)
        bind(q, v);
    if (!q.exec())
        return out;
    while (q.next()) {
        BulkJob j;
        j.id = q.value(0).toLongLong();
        j.profileId = q.value(1).toLongLong();
        j.kind = BulkJob::kindFromSql(q.value(2).toString()).value_or(BulkJob::Kind::Bind);
        j.filePath = q.value(3).toString();
        j.fileHash = q.value(4).toString();
        j.outPath = q.value(5).toString();
        j.encoding = q.value(6).toString();
        j.rowCount = q.value(7).toInt();
        j.state = BulkJob::stateFromSql(q.value(8).toString()).value_or(BulkJob::State::Running);
        j.createdAt = q.value(9).toLongLong();
        j.updatedAt = q.value(10).toLongLong();
        j.queued = q.value(11).toInt();
        j.done = q.value(12).toInt();
        j.refused = q.value(13).toInt();
        j.invalid = q.value(14).toInt();
        out.append(j);
    }
    return out;
}

std::optional<BulkJob> BulkJobStore::find(qint64 profileId, BulkJob::Kind kind,
                                          const QString &fileHash, const QString &outPath) const
{
    return first(select(QStringLiteral("j.profile_id = ? AND j.kind = ? AND j.file_hash = ? AND "
                                       "j.out_path = ?"),
                        {profileId, BulkJob::kindToSql(kind), fileHash, outPath}));
}

std::optional<BulkJob> BulkJobStore::job(qint64 id) const
{
    return first(select(QStringLiteral("j.id = ?"), {id}));
}

QList<BulkJob> BulkJobStore::jobs(std::optional<qint64> profileId) const
{
    if (profileId)
        return select(QStringLiteral("j.profile_id = ?"), {*profileId});
    return select(QStringLiteral("1 = 1"), {});
}

QList<BulkJob> BulkJobStore::unfinished(std::optional<qint64> profileId) const
{
    QList<BulkJob> out;
    for (const BulkJob &j : jobs(profileId)) {
        if (j.state == BulkJob::State::Running || j.state == BulkJob::State::Paused)
            out.append(j);
    }
    return out;
}

std::optional<qint64> BulkJobStore::create(const BulkJob &job, const QList<BulkJobRow> &rows,
                                           QString *error)
{
    QSqlDatabase db = m_ledger.database();
    QString e;
    auto fail = [&](const QString &what) -> std::optional<qint64> {
        db.rollback();
        if (error)
            *error = tr("Cannot write the bulk job to the ledger: %1").arg(what);
        return std::nullopt;
    };
    if (!LedgerSchema::beginWrite(db, &e)) {
        if (error)
            *error = tr("Cannot write the bulk job to the ledger: %1").arg(e);
        return std::nullopt;
    }
    const qint64 now = m_ledger.clock().nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO bulk_jobs (profile_id, kind, file_path, file_hash, out_path, encoding, "
        "row_count, state, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    for (const QVariant &v : QVariantList{job.profileId, BulkJob::kindToSql(job.kind), job.filePath,
                                          job.fileHash, job.outPath, job.encoding, job.rowCount,
                                          BulkJob::stateToSql(job.state), now, now})
        bind(q, v);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("INSERT INTO bulk_job_rows (job_id, row_no, reqid, subid, state, "
                             "error_code, reason, updated_at) VALUES (?,?,?,?,?,?,?,?)"));
    for (const BulkJobRow &row : rows) {
        bind(r, id);
        bind(r, row.rowNo);
        bind(r, row.reqid);
        bind(r, row.subid);
        bind(r, BulkJobRow::stateToSql(row.state));
        bind(r, row.errorCode ? QVariant(*row.errorCode) : QVariant(QMetaType::fromType<int>()));
        bind(r, row.reason);
        bind(r, now);
        if (!r.exec())
            return fail(r.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return id;
}

QList<BulkJobRow> BulkJobStore::rows(qint64 jobId) const
{
    QList<BulkJobRow> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_no, reqid, subid, state, error_code, reason FROM "
                             "bulk_job_rows WHERE job_id = ? ORDER BY row_no"));
    bind(q, jobId);
    if (!q.exec())
        return out;
    while (q.next()) {
        BulkJobRow row;
        row.rowNo = q.value(0).toInt();
        row.reqid = q.value(1).toString();
        row.subid = q.value(2).toString();
        row.state =
            BulkJobRow::stateFromSql(q.value(3).toString()).value_or(BulkJobRow::State::Queued);
        if (!q.value(4).isNull())
            row.errorCode = q.value(4).toInt();
        row.reason = q.value(5).toString();
        out.append(row);
    }
    return out;
}

bool BulkJobStore::updateRows(qint64 jobId, const QList<BulkJobRow> &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    QSqlDatabase db = m_ledger.database();
    QString e;
    if (!LedgerSchema::beginWrite(db, &e)) {
        if (error)
            *error = tr("Cannot update the bulk job: %1").arg(e);
        return false;
    }
    const qint64 now = m_ledger.clock().nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE bulk_job_rows SET subid = ?, state = ?, error_code = ?, "
                             "reason = ?, updated_at = ? WHERE job_id = ? AND row_no = ?"));
    for (const BulkJobRow &row : rows) {
        bind(q, row.subid);
        bind(q, BulkJobRow::stateToSql(row.state));
        bind(q, row.errorCode ? QVariant(*row.errorCode) : QVariant(QMetaType::fromType<int>()));
        bind(q, row.reason);
        bind(q, now);
        bind(q, jobId);
        bind(q, row.rowNo);
        if (!q.exec()) {
            const QString text = q.lastError().text();
            db.rollback();
            if (error)
                *error = tr("Cannot update the bulk job: %1").arg(text);
            return false;
        }
    }
    QSqlQuery j(db);
    j.prepare(QStringLiteral("UPDATE bulk_jobs SET updated_at = ? WHERE id = ?"));
    bind(j, now);
    bind(j, jobId);
    j.exec();
    if (!db.commit()) {
        if (error)
            *error = tr("Cannot update the bulk job: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool BulkJobStore::renewReqid(qint64 jobId, int rowNo, const QString &reqid, QString *error)
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral(
        "UPDATE bulk_job_rows SET reqid = ?, updated_at = ? WHERE job_id = ? AND row_no = ?"));
    bind(q, reqid);
    bind(q, m_ledger.clock().nowMs());
    bind(q, jobId);
    bind(q, rowNo);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    if (error)
        *error = tr("Cannot update the bulk job: %1").arg(q.lastError().text());
    return false;
}

bool BulkJobStore::setState(qint64 jobId, BulkJob::State state, QString *error)
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("UPDATE bulk_jobs SET state = ?, updated_at = ? WHERE id = ?"));
    bind(q, BulkJob::stateToSql(state));
    bind(q, m_ledger.clock().nowMs());
    bind(q, jobId);
    if (q.exec())
        return true;
    if (error)
        *error = tr("Cannot update the bulk job: %1").arg(q.lastError().text());
    return false;
}

bool BulkJobStore::claim(qint64 jobId, const BulkJobClaim &mine, qint64 nowMs,
                         const QString &staleRunner, QString *error)
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral(
        "UPDATE bulk_jobs SET runner = ?, runner_host = ?, runner_pid = ?, runner_until = ? "
        "WHERE id = ? AND (runner = '' OR runner = ? OR runner_until < ? OR runner = ?)"));
    for (const QVariant &v :
         QVariantList{mine.runner, mine.host, mine.pid, mine.untilMs, jobId, mine.runner, nowMs,
                      staleRunner.isEmpty() ? mine.runner : staleRunner})
        bind(q, v);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot update the bulk job: %1").arg(q.lastError().text());
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::optional<BulkJobClaim> BulkJobStore::holder(qint64 jobId) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral(
        "SELECT runner, runner_host, runner_pid, runner_until FROM bulk_jobs WHERE id = ?"));
    bind(q, jobId);
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty())
        return std::nullopt;
    return BulkJobClaim{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toLongLong()};
}

void BulkJobStore::release(qint64 jobId, const QString &runner)
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("UPDATE bulk_jobs SET runner = '', runner_host = '', runner_pid = 0, "
                             "runner_until = 0 WHERE id = ? AND runner = ?"));
    bind(q, jobId);
    bind(q, runner);
    q.exec();
}

} // namespace pn

#include "session/retention.h"

#include "callbacks/recordings.h"
#include "ledger/ledger.h"
#include "secrets/secretstore.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace pn {

bool RetentionKey::load(SecretStore &store, QByteArray *key, QString *error)
{
    switch (store.read(secretName(), key, error)) {
    case SecretStore::Status::Ok:
        if (key->size() >= 16)
            return true;
        break;
    case SecretStore::Status::NotFound:
        break;
    case SecretStore::Status::Failed:
        return false;
    }
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(fresh.data()),
                                          fresh.size() / int(sizeof(quint32)));
    if (!store.write(secretName(), fresh, error))
        return false;
    *key = fresh;
    return true;
}

bool RetentionKey::read(SecretStore &store, QByteArray *key, QString *error)
{
    switch (store.read(secretName(), key, error)) {
    case SecretStore::Status::Ok:
        return key->size() >= 16;
    case SecretStore::Status::NotFound:
        if (error)
            error->clear();
        return false;
    case SecretStore::Status::Failed:
        break;
    }
    return false;
}

int RetentionRecordings::removeErased(Ledger &ledger, QString *error)
{
    QSqlDatabase db = ledger.database();
    // No archive table: no program ever kept a recording of this ledger.
    if (!db.tables().contains(QStringLiteral("recordings"), Qt::CaseInsensitive))
        return 0;
    QStringList taskids;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT r.taskid FROM recordings r JOIN calls c ON c.taskid = "
                               "r.taskid WHERE c.erased_at IS NOT NULL AND r.state <> 'removed' "
                               "ORDER BY r.taskid"))) {
        if (error)
            *error = tr("Cannot list the recordings of erased calls: %1").arg(q.lastError().text());
        return -1;
    }
    while (q.next())
        taskids << q.value(0).toString();
    if (taskids.isEmpty())
        return 0;
    return RecordingArchive::removeFilesOf(ledger, taskids, error);
}

std::optional<RetentionReport> RetentionRecordings::apply(Ledger &ledger, const RetentionRun &run,
                                                          QString *error)
{
    std::optional<RetentionReport> report = ledger.applyRetention(run, error);
    if (!report || run.dryRun)
        return report;
    const int removed = removeErased(ledger, error);
    if (removed < 0)
        return std::nullopt;
    report->recordings = removed;
    if (removed > 0)
        ledger.log().appendAudit(
            run.profileId, run.actor, QStringLiteral("retention-recordings"),
            QStringLiteral("%1 recording files of erased calls deleted").arg(removed));
    return report;
}

RetentionScheduler::RetentionScheduler(Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        runNow();
        m_timer.start(24 * 3600 * 1000);
    });
}

RetentionScheduler::~RetentionScheduler()
{
    reap();
}

void RetentionScheduler::start(int firstDelayMs)
{
    m_timer.start(firstDelayMs);
}

void RetentionScheduler::reap()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void RetentionScheduler::runNow()
{
    if (m_worker)
        return;
    Ledger *ledger = &m_ledger;
    QPointer<RetentionScheduler> self(this);
    m_worker = QThread::create([ledger, self] {
        RetentionRun run;
        run.actor = QStringLiteral("pnconsole (daily)");
        QString error;
        const std::optional<RetentionReport> report =
            RetentionRecordings::apply(*ledger, run, &error);
        ledger->closeThreadConnection();
        QMetaObject::invokeMethod(
            self.data(),
            [self, report, error] {
                if (!self)
                    return;
                self->reap();
                Q_EMIT self->finished(report.value_or(RetentionReport{}), error);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

} // namespace pn

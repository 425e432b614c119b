#include "session/retention.h"

#include "ledger/ledger.h"
#include "secrets/secretstore.h"

#include <QPointer>
#include <QRandomGenerator>
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
        const std::optional<RetentionReport> report = ledger->applyRetention(run, &error);
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

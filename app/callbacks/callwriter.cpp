#include "callbacks/callwriter.h"

#include <QThread>

namespace pn {

CallWriter::CallWriter(QString ledgerPath, CallStore::Durability durability, int keepRejected,
                       Done done)
    : m_path(std::move(ledgerPath))
    , m_durability(durability)
    , m_keepRejected(keepRejected)
    , m_done(std::move(done))
{}

CallWriter::~CallWriter()
{
    stop();
}

bool CallWriter::start(QString *error)
{
    if (m_thread)
        return true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("pn-callwriter"));
    QMutexLocker lock(&m_mutex);
    m_thread->start();
    while (!m_ready && m_startError.isEmpty())
        m_started.wait(&m_mutex);
    if (m_ready)
        return true;
    if (error)
        *error = m_startError;
    lock.unlock();
    m_thread->wait();
    m_thread.reset();
    return false;
}

void CallWriter::enqueue(Item item)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(item));
    // While a transaction is being written, records just pile up for the next one.
    if (m_waiting)
        m_wake.wakeOne();
}

void CallWriter::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeOne();
    }
    m_thread->wait();
    m_thread.reset();
}

qint64 CallWriter::transactions() const
{
    QMutexLocker lock(&m_mutex);
    return m_transactions;
}

qint64 CallWriter::largestBatch() const
{
    QMutexLocker lock(&m_mutex);
    return m_largestBatch;
}

void CallWriter::run()
{
    CallStore store(m_path);
    {
        QString error;
        const bool ok = store.open(&error, m_durability);
        QMutexLocker lock(&m_mutex);
        if (!ok) {
            m_startError = error.isEmpty() ? QStringLiteral("?") : error;
            m_started.wakeAll();
            return;
        }
        m_ready = true;
        m_started.wakeAll();
    }
    qint64 rejectedSincePrune = 0;
    for (;;) {
        QList<Item> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stopping) {
                m_waiting = true;
                m_wake.wait(&m_mutex);
                m_waiting = false;
            }
            if (m_queue.isEmpty() && m_stopping)
                break;
            batch.swap(m_queue);
            ++m_transactions;
            m_largestBatch = std::max<qint64>(m_largestBatch, batch.size());
        }
        for (const Item &item : std::as_const(batch)) {
            if (std::holds_alternative<RejectedCallback>(item.payload))
                ++rejectedSincePrune;
        }
        QList<Outcome> outcomes = write(batch, store);
        if (rejectedSincePrune > 1000) {
            store.pruneRejected(m_keepRejected, nullptr);
            rejectedSincePrune = 0;
        }
        if (m_done)
            m_done(std::move(outcomes));
    }
}

QList<CallWriter::Outcome> CallWriter::write(QList<Item> &batch, CallStore &store)
{
    QList<Outcome> outcomes;
    outcomes.reserve(batch.size());
    auto failAll = [&](const QString &error) {
        outcomes.clear();
        for (const Item &item : std::as_const(batch))
            outcomes << Outcome{item.id, CallStore::Stored::Failed, error};
        return outcomes;
    };
    QString error;
    if (!store.begin(&error))
        return failAll(error);
    for (const Item &item : std::as_const(batch)) {
        Outcome o{item.id, CallStore::Stored::Failed, {}};
        if (const auto *c = std::get_if<CdrRecord>(&item.payload)) {
            o.stored = store.storeCdr(*c, &o.error);
        } else if (const auto *s = std::get_if<CallStartRecord>(&item.payload)) {
            o.stored = store.storeCallStart(*s, &o.error);
        } else {
            o.stored = store.storeRejected(std::get<RejectedCallback>(item.payload), &o.error)
                           ? CallStore::Stored::Inserted
                           : CallStore::Stored::Failed;
        }
        outcomes << o;
    }
    // One failed row does not fail the others: they are committed; the failed one is answered
    // 503 and the platform delivers it again.
    if (!store.commit(&error))
        return failAll(error);
    return outcomes;
}

} // namespace pn

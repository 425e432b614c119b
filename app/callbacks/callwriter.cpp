#include "callbacks/callwriter.h"

#include <QLoggingCategory>
#include <QThread>

namespace pn {

namespace {
Q_LOGGING_CATEGORY(lcWriter, "pn.callbacks")
} // namespace

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
    auto store = std::make_unique<CallStore>(m_path);
    {
        QString error;
        const bool ok = store->open(&error, m_durability);
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
        QList<Outcome> outcomes = write(batch, *store);
        // A row that could not be written: the connection may be gone or new (a team server
        // restarted under `pnctl listen`: the statements prepared on the old one are lost). The
        // store is opened again (at most once a second while that fails) and the failed rows
        // are written again; until then their callbacks are answered 503 and the platform
        // delivers them again.
        QList<Item> failed;
        QList<qsizetype> failedAt;
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).stored == CallStore::Stored::Failed) {
                failed << batch.at(i);
                failedAt << i;
            }
        }
        if (!failed.isEmpty() && reopen(store)) {
            const QList<Outcome> again = write(failed, *store); // in the order of `failed`
            for (qsizetype k = 0; k < again.size(); ++k)
                outcomes[failedAt.at(k)] = again.at(k);
        }
        if (rejectedSincePrune > 1000) {
            store->pruneRejected(m_keepRejected, nullptr);
            rejectedSincePrune = 0;
        }
        if (m_done)
            m_done(std::move(outcomes));
    }
}

bool CallWriter::reopen(std::unique_ptr<CallStore> &store)
{
    if (m_sinceReopenTry.isValid() && !m_sinceReopenTry.hasExpired(1000))
        return false;
    m_sinceReopenTry.start();
    auto fresh = std::make_unique<CallStore>(m_path);
    QString error;
    if (!fresh->open(&error, m_durability)) {
        qCWarning(lcWriter, "the ledger for callbacks cannot be opened again: %s",
                  qPrintable(error));
        return false;
    }
    store = std::move(fresh);
    m_sinceReopenTry.invalidate();
    QMutexLocker lock(&m_mutex);
    ++m_reopens;
    qCInfo(lcWriter, "the ledger for callbacks was opened again");
    return true;
}

qint64 CallWriter::reopens() const
{
    QMutexLocker lock(&m_mutex);
    return m_reopens;
}

QList<CallWriter::Outcome> CallWriter::write(const QList<Item> &batch, CallStore &store)
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

#pragma once

#include "callbacks/callrecords.h"
#include "callbacks/callstore.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <variant>

class QThread;

namespace pn {

// The receiver's writer thread. Records queue up while a transaction is being written; the next
// transaction takes all of them at once (group commit), and only then are their outcomes
// reported, so a callback is acknowledged only after its row is durable in the ledger.
class CallWriter final
{
    Q_DISABLE_COPY_MOVE(CallWriter)

public:
    using Payload = std::variant<CdrRecord, CallStartRecord, RejectedCallback>;
    struct Item
    {
        quint64 id = 0;
        Payload payload;
    };
    struct Outcome
    {
        quint64 id = 0;
        CallStore::Stored stored = CallStore::Stored::Failed;
        QString error;
    };
    // Called on the writer thread after each transaction, with the outcome of every item.
    using Done = std::function<void(QList<Outcome>)>;

    CallWriter(QString ledgerPath, CallStore::Durability durability, int keepRejected, Done done);
    ~CallWriter();

    // Starts the thread and opens the ledger there; false (with the reason) if it cannot.
    bool start(QString *error);
    // Thread-safe.
    void enqueue(Item item);
    // Writes what is queued, then ends the thread.
    void stop();

    qint64 transactions() const;
    qint64 largestBatch() const;
    // How often the store was opened again after rows failed (a team server restarted).
    qint64 reopens() const;

private:
    void run();
    QList<Outcome> write(const QList<Item> &batch, CallStore &store);
    bool reopen(std::unique_ptr<CallStore> &store); // on the writer thread

    QString m_path;
    CallStore::Durability m_durability;
    int m_keepRejected;
    Done m_done;
    std::unique_ptr<QThread> m_thread;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_started;
    QList<Item> m_queue;
    bool m_stopping = false;
    bool m_waiting = false; // the writer sleeps on m_wake
    bool m_ready = false;
    QString m_startError;
    qint64 m_transactions = 0;
    qint64 m_largestBatch = 0;
    qint64 m_reopens = 0;
    QElapsedTimer m_sinceReopenTry; // writer thread only: the last failed reopen
};

} // namespace pn

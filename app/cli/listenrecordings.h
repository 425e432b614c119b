#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace pn::cli {

// `pnctl listen --fetch-recordings`: the recordings archive (RecordingArchive) run beside the
// callback receiver, on a thread of its own with its own ledger connection, so a download (its
// network, its file and its rows) never delays a callback's answer. Each stored CDR with a
// recording link is queued as it arrives (add(), from any thread); what was queued before
// (since --fetch-since), retries as their back-off ends and the retention (hourly) are
// handled there too. The profile's policy in the ledger decides what is kept (on/off, the
// largest file, the days to keep), as for `pnctl recordings fetch`.
class ListenRecordings final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString ledgerPath; // the connection string: goes to the Ledger only
        QString dataDir;
        std::optional<qint64> sinceSecs; // the backlog queued at start; none = all of it
        qint64 backoffMs = 60'000;       // first retry; doubles up to 6 h
    };
    struct Totals
    {
        int stored = 0;
        int failed = 0; // failed attempts (a retry follows unless it was final)
        int removed = 0;
    };

    explicit ListenRecordings(Options options, QObject *parent = nullptr);
    ~ListenRecordings() override;

    // Starts the thread, opens the ledger and the archive there, applies the retention and
    // queues the backlog. `warnings`: policies that make it fetch nothing.
    bool start(QStringList *warnings, QString *error);
    // Abandons a download under way (its .part file stays for the next run) and ends the
    // thread.
    void stop();
    // Thread-safe: queues this CDR's recording (if its profile keeps recordings).
    void add(const QString &taskid);
    QString folder() const { return m_folder; }
    Totals totals() const;

Q_SIGNALS:
    // Delivered on the thread that owns this object.
    void stored(const QString &taskid, const QString &file);
    void failed(const QString &taskid, const QString &reason, bool final);
    void problem(const QString &error);

private:
    class Worker;
    Options m_options;
    QString m_folder;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    std::atomic<int> m_stored{0};
    std::atomic<int> m_failed{0};
    std::atomic<int> m_removed{0};
};

} // namespace pn::cli

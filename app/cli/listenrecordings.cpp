#include "cli/listenrecordings.h"

#include "callbacks/recordings.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace pn::cli {

namespace {
constexpr qint64 RetentionEveryMs = 3600'000;
constexpr qint64 LongestWaitMs = 300'000; // look again at least this often
constexpr qint64 BackoffMaxMs = 6 * 3600'000;
} // namespace

// Lives on the fetcher's thread: everything it owns is made, used and destroyed there.
class ListenRecordings::Worker final : public QObject
{
public:
    explicit Worker(ListenRecordings &owner)
        : m_owner(owner)
    {}

    bool init(QStringList *warnings, QString *error)
    {
        const Options &o = m_owner.m_options;
        m_ledger = std::make_unique<Ledger>(o.ledgerPath, SystemClock::instance());
        m_ledger->setDataDir(o.dataDir);
        if (!m_ledger->open(error))
            return false;
        m_profiles = std::make_unique<ProfileStore>(m_ledger->database(), SystemClock::instance());
        m_archive = std::make_unique<RecordingArchive>(*m_ledger,
                                                       RecordingArchive::defaultFolder(*m_ledger));
        if (!m_archive->open(error))
            return false;
        m_owner.m_folder = m_archive->folder();
        m_archive->setBackoff(o.backoffMs, std::max(o.backoffMs, BackoffMaxMs));
        m_archive->setTransportProvider([this](qint64 profileId) {
            RecordingArchive::Transport t;
            if (const auto p = m_profiles->byId(profileId)) {
                t.caFile = p->caFile;
                t.allowPlainHttp = p->allowPlainHttp;
            }
            return t;
        });
        QObject::connect(m_archive.get(), &RecordingArchive::recordingStored, this,
                         [this](const QString &taskid, const QString &file) {
                             ++m_owner.m_stored;
                             Q_EMIT m_owner.stored(taskid, file);
                         });
        QObject::connect(m_archive.get(), &RecordingArchive::recordingFailed, this,
                         [this](const QString &taskid, const QString &reason, bool final) {
                             ++m_owner.m_failed;
                             Q_EMIT m_owner.failed(taskid, reason, final);
                         });
        QObject::connect(m_archive.get(), &RecordingArchive::idle, this, [this] { schedule(); });
        m_wake.setSingleShot(true);
        QObject::connect(&m_wake, &QTimer::timeout, this, [this] { kick(); });
        m_retention.setInterval(int(RetentionEveryMs));
        QObject::connect(&m_retention, &QTimer::timeout, this, [this] { housekeeping(); });
        m_retention.start();

        // Say so when nothing would be fetched: no profile keeps recordings.
        QSqlQuery q(m_ledger->database());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM recording_policies WHERE enabled = 1")) &&
            q.next() && q.value(0).toInt() == 0 && warnings) {
            *warnings << ListenRecordings::tr(
                "No profile keeps its recordings: nothing will be fetched until one does "
                "(pnctl recordings policy --profile NAME --on).");
        }
        q.finish();
        m_startedSecs = SystemClock::instance().nowSecs();
        m_since = o.sinceSecs;
        const int removed = m_archive->applyRetention(error);
        if (removed < 0)
            return false;
        m_owner.m_removed += removed;
        if (m_archive->enqueueNew(m_since, error) < 0)
            return false;
        kick();
        return true;
    }

    void shutdown()
    {
        m_wake.stop();
        m_retention.stop();
        if (m_archive)
            m_archive->stop();
        m_archive.reset();
        m_profiles.reset();
        m_ledger.reset();
        moveToThread(QCoreApplication::instance()->thread());
    }

    void add(const QString &taskid)
    {
        m_pending << taskid;
        if (m_pending.size() == 1)
            QTimer::singleShot(0, this, [this] { flush(); });
    }

private:
    // The CDRs that arrived since the last time, one primary-key look-up each.
    void flush()
    {
        const QStringList taskids = std::exchange(m_pending, {});
        if (!m_archive)
            return;
        bool added = false;
        for (const QString &taskid : taskids) {
            QString error;
            const int n = m_archive->enqueue(taskid, &error);
            if (n < 0)
                Q_EMIT m_owner.problem(error);
            added = added || n > 0;
        }
        if (added)
            kick();
    }

    void kick()
    {
        // Also while downloads are under way: a free slot takes the new one at once.
        if (m_archive)
            m_archive->start();
    }

    // Idle: wake up when the earliest retry is due (at least every 5 minutes, in case another
    // program queued one, e.g. "Fetch now" in a console on the same ledger).
    void schedule()
    {
        if (!m_archive)
            return;
        const qint64 now = SystemClock::instance().nowMs();
        qint64 wait = LongestWaitMs;
        if (const auto due = m_archive->nextDueAtMs()) {
            // Still queued but due already: skipped (policy off, another program's lock).
            wait = *due > now ? *due - now + 20 : m_owner.m_options.backoffMs;
        }
        m_wake.start(int(std::clamp<qint64>(wait, 50, LongestWaitMs)));
    }

    void housekeeping()
    {
        if (!m_archive)
            return;
        QString error;
        const int removed = m_archive->applyRetention(&error);
        if (removed < 0)
            Q_EMIT m_owner.problem(error);
        else
            m_owner.m_removed += removed;
        // CDRs of a profile whose policy was turned on meanwhile, or stored by another
        // receiver: since this one started (or --fetch-since), through the begin_time index.
        const qint64 since =
            m_since ? std::min(*m_since, m_startedSecs - 86400) : m_startedSecs - 86400;
        if (m_archive->enqueueNew(since, &error) < 0)
            Q_EMIT m_owner.problem(error);
        kick();
    }

    ListenRecordings &m_owner;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<RecordingArchive> m_archive;
    QTimer m_wake{this};
    QTimer m_retention{this};
    QStringList m_pending;
    qint64 m_startedSecs = 0;
    std::optional<qint64> m_since;
};

ListenRecordings::ListenRecordings(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

ListenRecordings::~ListenRecordings()
{
    stop();
}

bool ListenRecordings::start(QStringList *warnings, QString *error)
{
    if (m_thread)
        return true;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("pn-recordings"));
    m_worker = new Worker(*this);
    m_worker->moveToThread(m_thread.get());
    // Downloads come after answering the platform.
    m_thread->start(QThread::LowPriority);
    bool ok = false;
    QString why;
    QStringList said;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->init(&said, &why); }, Qt::BlockingQueuedConnection);
    if (warnings)
        *warnings << said;
    if (!ok) {
        if (error)
            *error = why;
        stop();
        return false;
    }
    return true;
}

void ListenRecordings::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    m_thread.reset();
}

void ListenRecordings::add(const QString &taskid)
{
    if (!m_worker)
        return;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, taskid] { worker->add(taskid); }, Qt::QueuedConnection);
}

ListenRecordings::Totals ListenRecordings::totals() const
{
    return {m_stored.load(), m_failed.load(), m_removed.load()};
}

} // namespace pn::cli

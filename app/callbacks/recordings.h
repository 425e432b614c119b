#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QFile;
class QLockFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace pn {

class Ledger;

// What a profile keeps of its call recordings. Stored in the ledger (`recording_policies`),
// shared by every program on it; off until someone turns it on.
struct RecordingPolicy
{
    bool enabled = false;
    qint64 maxBytes = 20 * 1024 * 1024; // a larger file is refused
    int keepDays = 90;                  // files of calls older than this are removed; 0 = forever
    friend bool operator==(const RecordingPolicy &, const RecordingPolicy &) = default;
};

// One recording in the archive (`recordings` table).
struct RecordingEntry
{
    enum class State { Queued, Done, Failed, Refused, Removed };
    QString taskid;
    qint64 profileId = 0;
    QUrl url;
    State state = State::Queued;
    qint64 bytes = 0;
    int attempts = 0;
    qint64 nextTryAtMs = 0;
    qint64 beginTimeSecs = 0;
    qint64 updatedAtMs = 0;
    QString error;
    QString file; // relative to the archive folder, e.g. "3/TASK1.wav"

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};

// How far the archive is (for the status bar and pnctl).
struct RecordingProgress
{
    int queued = 0;  // waiting, due now
    int done = 0;    // finished in this run
    int failed = 0;  // failed in this run (a retry is scheduled unless it is final)
    int active = 0;  // downloads under way (up to RecordingArchive::maxParallel())
    QString current; // a taskid being downloaded (the last to make progress), empty when idle
    qint64 received = 0;
    qint64 total = -1; // -1 = unknown
};

// The team's own archive of call recordings: for each CDR with a `recording` URL whose
// profile has the policy on, downloads the file into <folder>/<profile id>/<taskid>.wav|.mp3.
// Asynchronous (QNetworkAccessManager, up to three downloads at once so that a slow server
// holds up no other, never blocks the caller's thread); resumable (a partial download stays as
// <taskid>.part and continues with a Range request); failures back off (1 min, 2, 4 … up to 6 h;
// final after 8 attempts or a 4xx); TLS is verified (the profile's CA file may add an authority;
// plain http only to loopback or where the profile allows it); the content is checked (a WAV's RIFF
// header and length, an MP3's ID3 tag or frame sync, the size against the policy and
// Content-Length) before the file is kept; retention removes the files of calls older than
// keepDays. The taskid names the file, so it must be a plain token.
class RecordingArchive final : public QObject
{
    Q_OBJECT

public:
    struct Transport // per profile: how its recording URLs may be fetched
    {
        QString caFile;
        bool allowPlainHttp = false;
    };

    RecordingArchive(Ledger &ledger, const QString &folder, QObject *parent = nullptr);
    ~RecordingArchive() override;

    // The default folder: "recordings" next to an SQLite ledger; for a team server ledger,
    // "recordings" in this desk's data folder (Ledger::dataDir(): --data-dir / $PN_DATA_DIR,
    // the same for pnconsole and pnctl). The files stay on the machine that fetched them.
    static QString defaultFolder(const Ledger &ledger);
    static bool isSafeTaskid(const QString &taskid);
    // "wav", "mp3" or empty (not a recording we keep). `fileSize` < 0 skips the length check.
    static QString sniffFormat(const QByteArray &head, qint64 fileSize, QString *why = nullptr);

    // Checks that the ledger has the archive's tables (schema migration 11 creates them).
    bool open(QString *error);
    QString folder() const { return m_folder; }

    RecordingPolicy policy(qint64 profileId) const;
    bool setPolicy(qint64 profileId, const RecordingPolicy &policy, QString *error);
    void setTransport(qint64 profileId, const Transport &transport);
    void setTransportProvider(std::function<Transport(qint64 profileId)> provider);
    // Back-off (test hook): the first retry waits `baseMs`, doubling up to `maxMs`.
    void setBackoff(qint64 baseMs, qint64 maxMs);

    // Queues the recordings of stored CDRs (began at or after sinceSecs) not queued yet, for
    // profiles whose policy is on. Returns how many were added.
    int enqueueNew(std::optional<qint64> sinceSecs = std::nullopt, QString *error = nullptr);
    // The same for one stored CDR (by its taskid, through the primary key): what a receiver
    // calls as each CDR with a recording arrives. 1 if queued, 0 if not (no recording, policy
    // off, queued already, older than the profile keeps), -1 on a database error.
    int enqueue(const QString &taskid, QString *error = nullptr);
    // When the earliest queued recording is due (epoch ms; <= now: due already), or nothing
    // when none is queued. For a long-running program to know when to start() again.
    std::optional<qint64> nextDueAtMs() const;
    // Queues this call's recording now (first download, or again after a failure or removal),
    // even when its profile's policy is off: "Fetch now" in the console.
    bool requeue(const QString &taskid, QString *error = nullptr);
    // Downloads what is due, maxParallel() at a time; emits idle() when nothing is due any more.
    void start();
    void stop();
    bool isBusy() const;
    int activeCount() const;
    int maxParallel() const { return m_parallel; }
    void setMaxParallel(int downloads); // 1..16 (default 3)
    // Deletes the files (and .part files) of calls older than each profile's keepDays.
    int applyRetention(QString *error = nullptr);
    // Deletes the kept files (and .part files) of these calls, whatever their age, and marks
    // them removed so they are not fetched again; a download of one of them under way is
    // abandoned. For the ledger's retention when it erases calls. Returns how many entries
    // were removed (calls without a recording are skipped), -1 on a database error.
    int removeFiles(const QStringList &taskids, QString *error = nullptr);
    // The same for a program without an archive object: opens the archive in its default
    // folder (defaultFolder) on this ledger.
    static int removeFilesOf(Ledger &ledger, const QStringList &taskids, QString *error = nullptr);

    std::optional<RecordingEntry> entry(const QString &taskid) const;
    QList<RecordingEntry> entries(std::optional<qint64> profileId = std::nullopt) const;
    // The kept file of this call, or empty.
    QString localFile(const QString &taskid) const;
    RecordingProgress progress() const { return m_progress; }
    int failedCount(std::optional<qint64> profileId = std::nullopt) const;

Q_SIGNALS:
    void progressChanged(const pn::RecordingProgress &progress);
    void recordingStored(const QString &taskid, const QString &file);
    void recordingFailed(const QString &taskid, const QString &reason, bool final);
    void idle();

private:
    struct Download;
    int enqueueWhere(const QString &where, const QVariantList &values, QString *error);
    void next();
    void begin(const RecordingEntry &entry);
    // False when the download failed (and was dropped) on what arrived.
    bool readMore(Download *d);
    void finish(Download *d);
    void fail(Download *d, const QString &reason, bool final, bool refused);
    // Records a failed attempt: a retry after the back-off, or final.
    void failEntry(RecordingEntry &entry, const QString &reason, bool final, bool refused);
    // Ends a download (its reply aborted, its lock released; its .part kept unless told).
    void drop(Download *d, bool removePart);
    bool isActive(const QString &taskid) const;
    void reportProgress(const Download *d);
    bool update(const RecordingEntry &entry, QString *error = nullptr);
    Transport transport(qint64 profileId) const;
    QString absolute(const QString &relative) const;

    Ledger &m_ledger;
    QString m_folder;
    QHash<qint64, Transport> m_transports;
    std::function<Transport(qint64)> m_provider;
    qint64 m_backoffBaseMs = 60'000;
    qint64 m_backoffMaxMs = 6 * 3600'000;
    bool m_running = false;
    std::vector<std::unique_ptr<Download>> m_downloads;
    int m_parallel = 3;
    QSet<QString> m_skipped; // not to be tried again in this pass
    QSet<QString> m_forced;  // requeue()d: fetched even with the policy off
    RecordingProgress m_progress;
};

} // namespace pn

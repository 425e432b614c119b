#include "callbacks/recordings.h"

#include "core/clock.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

namespace pn {

namespace {

constexpr int MaxAttempts = 8;

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL: the text columns are NOT NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

quint32 le32(const QByteArray &b, int at)
{
    return quint32(quint8(b.at(at))) | quint32(quint8(b.at(at + 1))) << 8 |
           quint32(quint8(b.at(at + 2))) << 16 | quint32(quint8(b.at(at + 3))) << 24;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

const char *const Columns = "taskid, profile_id, url, state, bytes, attempts, next_try_at, "
                            "begin_time, updated_at, error, file";

RecordingEntry readEntry(const QSqlQuery &q)
{
    RecordingEntry e;
    e.taskid = q.value(0).toString();
    e.profileId = q.value(1).toLongLong();
    e.url = QUrl(q.value(2).toString());
    e.state = RecordingEntry::stateFromName(q.value(3).toString())
                  .value_or(RecordingEntry::State::Failed);
    e.bytes = q.value(4).toLongLong();
    e.attempts = q.value(5).toInt();
    e.nextTryAtMs = q.value(6).toLongLong();
    e.beginTimeSecs = q.value(7).toLongLong();
    e.updatedAtMs = q.value(8).toLongLong();
    e.error = q.value(9).toString();
    e.file = q.value(10).toString();
    return e;
}

} // namespace

QString RecordingEntry::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Removed:
        break;
    }
    return QStringLiteral("removed");
}

std::optional<RecordingEntry::State> RecordingEntry::stateFromName(const QString &name)
{
    for (State s : {State::Queued, State::Done, State::Failed, State::Refused, State::Removed}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

RecordingArchive::RecordingArchive(Ledger &ledger, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_folder(folder)
{}

RecordingArchive::~RecordingArchive()
{
    stop();
}

QString RecordingArchive::defaultFolder(const Ledger &ledger)
{
    if (!ledger.isPostgres())
        return QFileInfo(ledger.path()).absoluteDir().filePath(QStringLiteral("recordings"));
    return QDir(ledger.dataDir()).filePath(QStringLiteral("recordings"));
}

bool RecordingArchive::isSafeTaskid(const QString &taskid)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$"));
    return token.match(taskid).hasMatch();
}

QString RecordingArchive::sniffFormat(const QByteArray &head, qint64 fileSize, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    if (head.startsWith("RIFF")) {
        if (head.size() < 44 || head.mid(8, 4) != "WAVE" || head.mid(12, 4) != "fmt ")
            return refuse(tr("not a WAV file (no RIFF/WAVE header)"));
        const qint64 riff = qint64(le32(head, 4)) + 8;
        if (fileSize >= 0 && riff != fileSize)
            return refuse(
                tr("the WAV header announces %1 bytes, the file has %2").arg(riff).arg(fileSize));
        return QStringLiteral("wav");
    }
    if (head.startsWith("ID3")) {
        if (head.size() < 10 || quint8(head.at(3)) == 0xFF || quint8(head.at(4)) == 0xFF)
            return refuse(tr("a broken ID3 tag"));
        return QStringLiteral("mp3");
    }
    if (head.size() >= 4 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xE0) == 0xE0) {
        const int layer = (quint8(head.at(1)) >> 1) & 3;
        const int bitrate = quint8(head.at(2)) >> 4;
        if (layer != 0 && bitrate != 0xF)
            return QStringLiteral("mp3");
    }
    return refuse(tr("neither a WAV nor an MP3 file"));
}

bool RecordingArchive::open(QString *error)
{
    // The tables are the ledger's own (schema migration 11, run by Ledger::open): only check.
    QSqlQuery q(m_ledger.database());
    for (const char *table : {"recordings", "recording_policies"}) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE 1 = 0")
                        .arg(QLatin1StringView(table)))) {
            if (error)
                *error = tr("Cannot prepare the recordings archive: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

RecordingPolicy RecordingArchive::policy(qint64 profileId) const
{
    RecordingPolicy p;
    QSqlQuery q(m_ledger.database());
    if (exec(q,
             QStringLiteral("SELECT enabled, max_bytes, keep_days FROM recording_policies "
                            "WHERE profile_id = ?"),
             {profileId}, nullptr) &&
        q.next()) {
        p.enabled = q.value(0).toInt() != 0;
        p.maxBytes = q.value(1).toLongLong();
        p.keepDays = q.value(2).toInt();
    }
    return p;
}

bool RecordingArchive::setPolicy(qint64 profileId, const RecordingPolicy &policy, QString *error)
{
    if (policy.maxBytes < 1024 || policy.keepDays < 0) {
        if (error)
            *error = tr("The largest recording must be at least 1 KiB and the days to keep 0 "
                        "(forever) or more.");
        return false;
    }
    QSqlQuery q(m_ledger.database());
    return exec(q,
                QStringLiteral("INSERT INTO recording_policies (profile_id, enabled, max_bytes, "
                               "keep_days, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                               "(profile_id) DO UPDATE SET enabled = excluded.enabled, "
                               "max_bytes = excluded.max_bytes, keep_days = excluded.keep_days, "
                               "updated_at = excluded.updated_at"),
                {profileId, policy.enabled ? 1 : 0, policy.maxBytes, policy.keepDays,
                 m_ledger.clock().nowMs()},
                error);
}

void RecordingArchive::setTransport(qint64 profileId, const Transport &transport)
{
    m_transports.insert(profileId, transport);
}

void RecordingArchive::setTransportProvider(std::function<Transport(qint64)> provider)
{
    m_provider = std::move(provider);
}

void RecordingArchive::setBackoff(qint64 baseMs, qint64 maxMs)
{
    m_backoffBaseMs = baseMs;
    m_backoffMaxMs = maxMs;
}

RecordingArchive::Transport RecordingArchive::transport(qint64 profileId) const
{
    if (const auto it = m_transports.constFind(profileId); it != m_transports.cend())
        return *it;
    return m_provider ? m_provider(profileId) : Transport{};
}

QString RecordingArchive::absolute(const QString &relative) const
{
    return QDir(m_folder).filePath(relative);
}

int RecordingArchive::enqueueNew(std::optional<qint64> sinceSecs, QString *error)
{
    QVariantList values;
    QString since;
    if (sinceSecs) {
        since = QStringLiteral(" AND c.begin_time >= ?");
        values << *sinceSecs;
    }
    return enqueueWhere(since, values, error);
}

int RecordingArchive::enqueue(const QString &taskid, QString *error)
{
    return enqueueWhere(QStringLiteral(" AND c.taskid = ?"), {taskid}, error);
}

std::optional<qint64> RecordingArchive::nextDueAtMs() const
{
    QSqlQuery q(m_ledger.database());
    if (exec(q, QStringLiteral("SELECT MIN(next_try_at) FROM recordings WHERE state = 'queued'"),
             {}, nullptr) &&
        q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

int RecordingArchive::enqueueWhere(const QString &where, const QVariantList &values, QString *error)
{
    QSqlQuery q(m_ledger.database());
    if (!exec(q,
              QStringLiteral("SELECT c.taskid, c.profile_id, c.recording, c.begin_time, "
                             "p.keep_days FROM calls c JOIN recording_policies p ON "
                             "p.profile_id = c.profile_id AND p.enabled = 1 WHERE "
                             "c.recording <> ''%1 AND NOT EXISTS (SELECT 1 FROM recordings r "
                             "WHERE r.taskid = c.taskid) ORDER BY c.begin_time DESC")
                  .arg(where),
              values, error))
        return -1;
    struct Row
    {
        RecordingEntry entry;
        int keepDays;
    };
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.entry.taskid = q.value(0).toString();
        r.entry.profileId = q.value(1).toLongLong();
        r.entry.url = QUrl(q.value(2).toString(), QUrl::StrictMode);
        r.entry.beginTimeSecs = q.value(3).toLongLong();
        r.keepDays = q.value(4).toInt();
        rows << r;
    }
    q.finish();
    const qint64 now = m_ledger.clock().nowMs();
    int added = 0;
    for (Row &r : rows) {
        RecordingEntry &e = r.entry;
        e.updatedAtMs = now;
        const QString scheme = e.url.scheme().toLower();
        if (!isSafeTaskid(e.taskid)) {
            e.state = RecordingEntry::State::Refused;
            e.error = tr("the taskid cannot name a file");
        } else if (!e.url.isValid() || e.url.host().isEmpty() ||
                   (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))) {
            e.state = RecordingEntry::State::Refused;
            e.error = tr("the recording link is not an http(s) URL");
        } else if (r.keepDays > 0 && e.beginTimeSecs < now / 1000 - qint64(r.keepDays) * 86400) {
            continue; // older than the profile keeps: not fetched at all
        }
        QSqlQuery insert(m_ledger.database());
        if (!exec(insert,
                  QStringLiteral("INSERT INTO recordings (taskid, profile_id, url, state, "
                                 "begin_time, updated_at, error) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (taskid) DO NOTHING"),
                  {e.taskid, e.profileId, e.url.toString(), RecordingEntry::stateName(e.state),
                   e.beginTimeSecs, e.updatedAtMs, e.error},
                  error))
            return -1;
        if (insert.numRowsAffected() > 0)
            ++added;
    }
    return added;
}

bool RecordingArchive::requeue(const QString &taskid, QString *error)
{
    QSqlQuery q(m_ledger.database());
    if (!exec(q,
              QStringLiteral("SELECT profile_id, recording, begin_time FROM calls WHERE taskid = ? "
                             "AND recording <> ''"),
              {taskid}, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("The call %1 has no recording.").arg(taskid);
        return false;
    }
    const qint64 profileId = q.value(0).toLongLong();
    const QString url = q.value(1).toString();
    const qint64 begin = q.value(2).toLongLong();
    q.finish();
    if (!isSafeTaskid(taskid)) {
        if (error)
            *error = tr("the taskid cannot name a file");
        return false;
    }
    QSqlQuery u(m_ledger.database());
    if (!exec(u,
              QStringLiteral("INSERT INTO recordings (taskid, profile_id, url, state, begin_time, "
                             "updated_at) VALUES (?, ?, ?, 'queued', ?, ?) ON CONFLICT (taskid) "
                             "DO UPDATE SET state = 'queued', attempts = 0, next_try_at = 0, "
                             "error = '', updated_at = excluded.updated_at"),
              {taskid, profileId, url, begin, m_ledger.clock().nowMs()}, error))
        return false;
    m_forced.insert(taskid);
    m_skipped.remove(taskid);
    return true;
}

std::optional<RecordingEntry> RecordingArchive::entry(const QString &taskid) const
{
    QSqlQuery q(m_ledger.database());
    if (exec(q,
             QStringLiteral("SELECT %1 FROM recordings WHERE taskid = ?")
                 .arg(QLatin1StringView(Columns)),
             {taskid}, nullptr) &&
        q.next())
        return readEntry(q);
    return std::nullopt;
}

QList<RecordingEntry> RecordingArchive::entries(std::optional<qint64> profileId) const
{
    QList<RecordingEntry> list;
    QSqlQuery q(m_ledger.database());
    QVariantList values;
    QString where;
    if (profileId) {
        where = QStringLiteral(" WHERE profile_id = ?");
        values << *profileId;
    }
    if (exec(q,
             QStringLiteral("SELECT %1 FROM recordings%2 ORDER BY begin_time DESC, taskid")
                 .arg(QLatin1StringView(Columns), where),
             values, nullptr)) {
        while (q.next())
            list << readEntry(q);
    }
    return list;
}

QString RecordingArchive::localFile(const QString &taskid) const
{
    const auto e = entry(taskid);
    if (!e || e->state != RecordingEntry::State::Done || e->file.isEmpty())
        return {};
    const QString path = absolute(e->file);
    return QFileInfo::exists(path) ? path : QString();
}

int RecordingArchive::failedCount(std::optional<qint64> profileId) const
{
    QSqlQuery q(m_ledger.database());
    QVariantList values;
    QString where;
    if (profileId) {
        where = QStringLiteral(" AND profile_id = ?");
        values << *profileId;
    }
    if (exec(q,
             QStringLiteral("SELECT COUNT(*) FROM recordings WHERE (state IN ('failed', "
                            "'refused') OR (state = 'queued' AND attempts > 0))%1")
                 .arg(where),
             values, nullptr) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

bool RecordingArchive::update(const RecordingEntry &e, QString *error)
{
    QSqlQuery q(m_ledger.database());
    return exec(q,
                QStringLiteral("UPDATE recordings SET state = ?, bytes = ?, attempts = ?, "
                               "next_try_at = ?, updated_at = ?, error = ?, file = ? "
                               "WHERE taskid = ?"),
                {RecordingEntry::stateName(e.state), e.bytes, e.attempts, e.nextTryAtMs,
                 m_ledger.clock().nowMs(), e.error, e.file, e.taskid},
                error);
}

// One recording under way: its request, its .part file and the lock that keeps another
// program (the console and pnctl on one ledger) from fetching it at the same time.
struct RecordingArchive::Download
{
    RecordingEntry entry;
    RecordingPolicy policy;
    // A manager of its own: a cached connection would keep the TLS configuration (CA list) it
    // was made with, and clearing a shared cache would disturb the other downloads.
    std::unique_ptr<QNetworkAccessManager> nam;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QFile> part;
    std::unique_ptr<QLockFile> lock;
    qint64 resumeFrom = 0;
    qint64 total = -1;
};

bool RecordingArchive::isBusy() const
{
    return !m_downloads.empty();
}

int RecordingArchive::activeCount() const
{
    return int(m_downloads.size());
}

void RecordingArchive::setMaxParallel(int downloads)
{
    m_parallel = std::clamp(downloads, 1, 16);
    if (m_running)
        next();
}

bool RecordingArchive::isActive(const QString &taskid) const
{
    return std::any_of(m_downloads.begin(), m_downloads.end(),
                       [&](const auto &d) { return d->entry.taskid == taskid; });
}

void RecordingArchive::start()
{
    m_running = true;
    next();
}

void RecordingArchive::stop()
{
    m_running = false;
    while (!m_downloads.empty()) // each .part stays: the next run resumes it
        drop(m_downloads.back().get(), false);
}

void RecordingArchive::drop(Download *d, bool removePart)
{
    if (d->reply) {
        QNetworkReply *reply = d->reply;
        d->reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (d->part) {
        const QString path = d->part->fileName();
        d->part->close();
        d->part.reset();
        if (removePart)
            QFile::remove(path);
    }
    d->lock.reset();
    // Not deleted here: this may run inside one of the reply's signals.
    if (d->nam)
        d->nam.release()->deleteLater();
    const auto it = std::find_if(m_downloads.begin(), m_downloads.end(),
                                 [d](const auto &p) { return p.get() == d; });
    if (it != m_downloads.end())
        m_downloads.erase(it);
}

void RecordingArchive::reportProgress(const Download *d)
{
    m_progress.active = int(m_downloads.size());
    if (!d && !m_downloads.empty())
        d = m_downloads.front().get();
    if (d) {
        m_progress.current = d->entry.taskid;
        m_progress.received = d->part ? d->part->pos() : d->resumeFrom;
        m_progress.total = d->total;
    } else {
        m_progress.current.clear();
        m_progress.received = 0;
        m_progress.total = -1;
    }
    Q_EMIT progressChanged(m_progress);
}

void RecordingArchive::next()
{
    if (!m_running || int(m_downloads.size()) >= m_parallel)
        return;
    QSqlQuery q(m_ledger.database());
    const qint64 now = m_ledger.clock().nowMs();
    QList<RecordingEntry> due;
    if (exec(q,
             QStringLiteral("SELECT %1 FROM recordings WHERE state = 'queued' AND "
                            "next_try_at <= ? ORDER BY begin_time DESC, taskid LIMIT 50")
                 .arg(QLatin1StringView(Columns)),
             {now}, nullptr)) {
        while (q.next())
            due << readEntry(q);
    }
    q.finish();
    int waiting = 0;
    for (const RecordingEntry &e : due) {
        if (m_skipped.contains(e.taskid) || isActive(e.taskid))
            continue;
        if (int(m_downloads.size()) >= m_parallel) {
            ++waiting;
            continue;
        }
        begin(e);
    }
    m_progress.queued = waiting;
    if (!m_downloads.empty()) {
        reportProgress(nullptr);
        return;
    }
    m_skipped.clear();
    m_progress.queued = 0;
    reportProgress(nullptr);
    m_running = false;
    Q_EMIT idle();
}

void RecordingArchive::begin(const RecordingEntry &entry)
{
    const RecordingPolicy policy = this->policy(entry.profileId);
    const Transport t = transport(entry.profileId);
    const QString scheme = entry.url.scheme().toLower();
    if (!policy.enabled && !m_forced.contains(entry.taskid)) {
        m_skipped.insert(entry.taskid); // turned off meanwhile: stays queued
        return;
    }
    RecordingEntry e = entry;
    if (scheme == QLatin1StringView("http") && !t.allowPlainHttp &&
        !isLoopbackHost(entry.url.host())) {
        failEntry(e, tr("plain http is not allowed for this profile (use https)"), true, false);
        return;
    }
    const QString dirPath = absolute(QString::number(entry.profileId));
    if (!QDir().mkpath(dirPath)) {
        failEntry(e, tr("cannot create the folder %1").arg(dirPath), false, false);
        return;
    }
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(dirPath,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Another program (the console and pnctl on one ledger) may be fetching this one.
    auto lock =
        std::make_unique<QLockFile>(QDir(dirPath).filePath(entry.taskid + QStringLiteral(".lock")));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        m_skipped.insert(entry.taskid);
        return;
    }
    auto part =
        std::make_unique<QFile>(QDir(dirPath).filePath(entry.taskid + QStringLiteral(".part")));
    if (!part->open(QIODevice::ReadWrite)) {
        const QString why = part->errorString();
        lock.reset();
        failEntry(e, tr("cannot write %1: %2").arg(dirPath, why), false, false);
        return;
    }
    part->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto d = std::make_unique<Download>();
    d->entry = entry;
    d->policy = policy;
    d->lock = std::move(lock);
    d->part = std::move(part);
    d->resumeFrom = d->part->size();
    d->part->seek(d->resumeFrom);

    QNetworkRequest request(entry.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(60'000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("pnconsole-recordings"));
    if (d->resumeFrom > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(d->resumeFrom) + '-');
    if (scheme == QLatin1StringView("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!t.caFile.isEmpty()) {
            QList<QSslCertificate> cas = tls.caCertificates();
            cas += QSslCertificate::fromPath(t.caFile, QSsl::Pem);
            tls.setCaCertificates(cas);
        }
        request.setSslConfiguration(tls);
    }
    d->nam = std::make_unique<QNetworkAccessManager>();
    d->nam->setStrictTransportSecurityEnabled(true);
    d->reply = d->nam->get(request);
    Download *raw = d.get();
    connect(raw->reply, &QNetworkReply::readyRead, this, [this, raw] { readMore(raw); });
    connect(raw->reply, &QNetworkReply::finished, this, [this, raw] { finish(raw); });
    m_downloads.push_back(std::move(d));
    reportProgress(raw);
}

bool RecordingArchive::readMore(Download *d)
{
    QNetworkReply *reply = d->reply;
    if (!reply)
        return false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return true; // judged in finish()
    if (d->part->pos() == d->resumeFrom && status == 200 && d->resumeFrom > 0) {
        // The server ignored the Range: start again from the first byte.
        d->part->resize(0);
        d->part->seek(0);
        d->resumeFrom = 0;
    }
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > 0)
        d->total = d->resumeFrom + length;
    const QString tooLarge =
        tr("larger than the profile's limit of %1 bytes").arg(d->policy.maxBytes);
    if (d->total > d->policy.maxBytes) {
        fail(d, tooLarge, true, true);
        return false;
    }
    const QByteArray data = reply->readAll();
    if (d->part->pos() + data.size() > d->policy.maxBytes) {
        fail(d, tooLarge, true, true);
        return false;
    }
    if (d->part->write(data) != data.size()) {
        fail(d, tr("cannot write the recording: %1").arg(d->part->errorString()), false, false);
        return false;
    }
    d->part->flush(); // on disk as it comes: a killed run resumes from here
    reportProgress(d);
    return true;
}

void RecordingArchive::finish(Download *d)
{
    if (!readMore(d))
        return; // failed (and dropped) on the last bytes
    QNetworkReply *reply = d->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
        const bool tlsRefused = reply->error() == QNetworkReply::SslHandshakeFailedError;
        const bool clientError = status >= 400 && status < 500 && status != 408 && status != 429;
        if (status == 416) { // our .part is not a prefix any more: start over next time
            d->part->resize(0);
            fail(d, tr("the server refused to resume (HTTP 416)"), false, false);
            return;
        }
        fail(d,
             status > 0
                 ? tr("HTTP %1 %2")
                       .arg(status)
                       .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                 : reply->errorString(),
             clientError || tlsRefused, false);
        return;
    }
    const qint64 size = d->part->size();
    if (d->total > 0 && size != d->total) {
        fail(d, tr("the download ended after %1 of %2 bytes").arg(size).arg(d->total), false,
             false);
        return;
    }
    d->part->seek(0);
    const QByteArray head = d->part->read(64);
    QString why;
    const QString format = sniffFormat(head, size, &why);
    if (format.isEmpty()) {
        fail(d, tr("refused: %1").arg(why), true, true);
        return;
    }
    const QString partPath = d->part->fileName();
    d->part->close();
    d->part.reset();
    const QString relative =
        QStringLiteral("%1/%2.%3").arg(d->entry.profileId).arg(d->entry.taskid, format);
    QFile::remove(absolute(relative));
    if (!QFile::rename(partPath, absolute(relative))) {
        fail(d, tr("cannot keep the recording as %1").arg(absolute(relative)), false, false);
        return;
    }
    RecordingEntry e = d->entry;
    drop(d, false);
    m_forced.remove(e.taskid);
    e.state = RecordingEntry::State::Done;
    e.bytes = size;
    e.error.clear();
    e.file = relative;
    e.attempts += 1;
    update(e);
    ++m_progress.done;
    reportProgress(nullptr);
    Q_EMIT recordingStored(e.taskid, absolute(relative));
    QTimer::singleShot(0, this, &RecordingArchive::next);
}

void RecordingArchive::fail(Download *d, const QString &reason, bool final, bool refused)
{
    RecordingEntry e = d->entry;
    drop(d, refused);
    failEntry(e, reason, final, refused);
    reportProgress(nullptr);
    QTimer::singleShot(0, this, &RecordingArchive::next);
}

void RecordingArchive::failEntry(RecordingEntry &e, const QString &reason, bool final, bool refused)
{
    e.attempts += 1;
    e.error = reason;
    const bool last = final || e.attempts >= MaxAttempts;
    if (last) {
        e.state = refused ? RecordingEntry::State::Refused : RecordingEntry::State::Failed;
        e.nextTryAtMs = 0;
    } else {
        const qint64 wait =
            std::min(m_backoffMaxMs, m_backoffBaseMs << std::min(e.attempts - 1, 20));
        e.nextTryAtMs = m_ledger.clock().nowMs() + wait;
    }
    update(e);
    ++m_progress.failed;
    m_skipped.insert(e.taskid);
    Q_EMIT recordingFailed(e.taskid, reason, last);
}

int RecordingArchive::applyRetention(QString *error)
{
    QSqlQuery q(m_ledger.database());
    if (!exec(q,
              QStringLiteral("SELECT r.taskid, r.profile_id, r.file, p.keep_days FROM "
                             "recordings r JOIN recording_policies p ON p.profile_id = "
                             "r.profile_id WHERE p.keep_days > 0 AND r.state <> 'removed' AND "
                             "r.begin_time < ? - p.keep_days * 86400"),
              {m_ledger.clock().nowSecs()}, error))
        return -1;
    QList<RecordingEntry> old;
    while (q.next()) {
        RecordingEntry e;
        e.taskid = q.value(0).toString();
        e.profileId = q.value(1).toLongLong();
        e.file = q.value(2).toString();
        old << e;
    }
    q.finish();
    int removed = 0;
    for (const RecordingEntry &e : old) {
        if (isActive(e.taskid))
            continue;
        const QDir dir(absolute(QString::number(e.profileId)));
        if (!e.file.isEmpty())
            QFile::remove(absolute(e.file));
        if (isSafeTaskid(e.taskid))
            QFile::remove(dir.filePath(e.taskid + QStringLiteral(".part")));
        QSqlQuery u(m_ledger.database());
        if (!exec(u,
                  QStringLiteral("UPDATE recordings SET state = 'removed', file = '', "
                                 "updated_at = ?, error = '' WHERE taskid = ?"),
                  {m_ledger.clock().nowMs(), e.taskid}, error))
            return -1;
        ++removed;
    }
    return removed;
}

int RecordingArchive::removeFiles(const QStringList &taskids, QString *error)
{
    int removed = 0;
    for (const QString &taskid : taskids) {
        const std::optional<RecordingEntry> e = entry(taskid);
        if (!e || e->state == RecordingEntry::State::Removed)
            continue;
        for (const auto &d : m_downloads) {
            if (d->entry.taskid != taskid)
                continue;
            // Abandon the download: its .part file goes with the others below.
            drop(d.get(), false);
            m_skipped.insert(taskid);
            reportProgress(nullptr);
            QTimer::singleShot(0, this, &RecordingArchive::next);
            break;
        }
        if (!e->file.isEmpty())
            QFile::remove(absolute(e->file));
        if (isSafeTaskid(taskid)) {
            const QDir dir(absolute(QString::number(e->profileId)));
            QFile::remove(dir.filePath(taskid + QStringLiteral(".part")));
            for (const char *suffix : {".wav", ".mp3"})
                QFile::remove(dir.filePath(taskid + QLatin1StringView(suffix)));
        }
        QSqlQuery u(m_ledger.database());
        if (!exec(u,
                  QStringLiteral("UPDATE recordings SET state = 'removed', file = '', "
                                 "updated_at = ?, error = '' WHERE taskid = ?"),
                  {m_ledger.clock().nowMs(), taskid}, error))
            return -1;
        m_forced.remove(taskid);
        ++removed;
    }
    return removed;
}

int RecordingArchive::removeFilesOf(Ledger &ledger, const QStringList &taskids, QString *error)
{
    RecordingArchive archive(ledger, defaultFolder(ledger));
    if (!archive.open(error))
        return -1;
    return archive.removeFiles(taskids, error);
}

} // namespace pn

// The recordings archive (RecordingArchive, pnctl recordings) against real HTTP(S) servers on
// 127.0.0.1: the sandbox's own recordings, a scripted server that cuts, trickles, corrupts and
// refuses, and a TLS server with a certificate made by `openssl req`.

#include "recordingserver.h"

#include "callbacks/callstore.h"
#include "callbacks/recordings.h"
#include "core/clock.h"
#include "core/formencoding.h"
#include "core/keytimesigner.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"
#include "sandbox/sandboxplatform.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

namespace {
constexpr qint64 Profile = 7;
const QString Devid = QStringLiteral("1000");
const QByteArray Key = QByteArrayLiteral("k3y+s3cret/=");
} // namespace

class TestRecordings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sniffsContent();
    void downloadsFromTheSandbox();
    void policyOffFetchesNothing();
    void resumesAfterACut();
    void restartsWhenRangeIsIgnored();
    void corruptFileRefused();
    void tooLargeRefused();
    void failureBacksOff();
    void notFoundIsFinal();
    void unsafeTaskidAndPlainHttpRefused();
    void retentionRemovesFiles();
    void removesFilesOfGivenCalls();
    void tablesComeFromTheMigration();
    void tlsIsVerified();
    void slowServerHoldsUpNoOther();
    void pnctlResumesAfterKill();
    void pnctlPolicyAndList();

private:
    void storeCdr(const QString &taskid, const QString &url, qint64 beginSecs = 0);
    bool runArchive(int timeoutMs = 10'000);
    QString url(const RecordingServer &server, const QString &path, bool https = false) const;

    ManualClock m_clock{1'765'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<CallStore> m_store;
    std::unique_ptr<RecordingArchive> m_archive;
};

void TestRecordings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = std::make_unique<Ledger>(m_dir->filePath(QStringLiteral("ledger.sqlite")), m_clock);
    QString error;
    QVERIFY2(m_ledger->open(&error), qPrintable(error));
    m_store = std::make_unique<CallStore>(*m_ledger);
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_archive =
        std::make_unique<RecordingArchive>(*m_ledger, RecordingArchive::defaultFolder(*m_ledger));
    QVERIFY2(m_archive->open(&error), qPrintable(error));
    m_archive->setBackoff(0, 0); // retries are due at once unless a test says otherwise
    RecordingPolicy on;
    on.enabled = true;
    QVERIFY2(m_archive->setPolicy(Profile, on, &error), qPrintable(error));
}

void TestRecordings::cleanup()
{
    m_archive.reset();
    m_store.reset();
    m_ledger.reset();
    m_dir.reset();
}

void TestRecordings::storeCdr(const QString &taskid, const QString &link, qint64 beginSecs)
{
    CdrRecord r;
    r.devid = Devid;
    r.appid = QStringLiteral("app1");
    r.taskid = taskid;
    r.subid = QStringLiteral("S-") + taskid;
    r.caller = QStringLiteral("13800138000");
    r.rcaller = QStringLiteral("17000000001");
    r.callee = QStringLiteral("13900139000");
    r.result = QStringLiteral("answered");
    r.beginTime = beginSecs > 0 ? beginSecs : m_clock.nowSecs() - 60;
    r.answerTime = r.beginTime + 5;
    r.releaseTime = r.beginTime + 35;
    r.duration = 30;
    r.recording = link;
    r.receivedAtMs = m_clock.nowMs();
    r.profileId = Profile;
    QString error;
    QCOMPARE(m_store->storeCdr(r, &error), CallStore::Stored::Inserted);
}

bool TestRecordings::runArchive(int timeoutMs)
{
    QSignalSpy idle(m_archive.get(), &RecordingArchive::idle);
    m_archive->start();
    return idle.count() > 0 || idle.wait(timeoutMs);
}

QString TestRecordings::url(const RecordingServer &server, const QString &path, bool https) const
{
    return QStringLiteral("%1://%2:%3%4")
        .arg(https ? QStringLiteral("https") : QStringLiteral("http"),
             https ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"))
        .arg(server.port())
        .arg(path);
}

void TestRecordings::sniffsContent()
{
    const QByteArray wav = SandboxPlatform::recordingWav();
    QCOMPARE(RecordingArchive::sniffFormat(wav.left(64), wav.size()), QStringLiteral("wav"));
    QString why;
    QVERIFY(RecordingArchive::sniffFormat(wav.left(64), wav.size() - 100, &why).isEmpty());
    QVERIFY(why.contains(QStringLiteral("announces")));
    QCOMPARE(
        RecordingArchive::sniffFormat(QByteArray("ID3\x04\x00\x00\x00\x00\x00\x10rest", 14), -1),
        QStringLiteral("mp3"));
    QCOMPARE(RecordingArchive::sniffFormat(QByteArray("\xFF\xFB\x90\x64", 4), -1),
             QStringLiteral("mp3"));
    QVERIFY(RecordingArchive::sniffFormat("<html><body>Not found</body></html>", 35).isEmpty());
    QVERIFY(RecordingArchive::sniffFormat("RIFF\x10\x00\x00\x00AVI LIST", 16).isEmpty());
    QVERIFY(RecordingArchive::isSafeTaskid(QStringLiteral("T-20261202.0001_a")));
    QVERIFY(!RecordingArchive::isSafeTaskid(QStringLiteral("../etc/passwd")));
    QVERIFY(!RecordingArchive::isSafeTaskid(QStringLiteral(".hidden")));
    QVERIFY(!RecordingArchive::isSafeTaskid(QString()));
}

// The sandbox serves a recording for each answered call of a binding made with record=1.
void TestRecordings::downloadsFromTheSandbox()
{
    SandboxPlatform sandbox(m_clock);
    QString error;
    QVERIFY2(sandbox.open(m_dir->filePath(QStringLiteral("sandbox.sqlite")), &error),
             qPrintable(error));
    SandboxAccount account;
    account.devid = Devid;
    account.key = Key;
    account.appids = {QStringLiteral("app1")};
    account.xpool = {QStringLiteral("17000000001")};
    sandbox.addAccount(account);
    QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QUrl bindUrl = sandbox.baseUrl();
    bindUrl.setPath(QStringLiteral("/igw/service/uc/interline/17000000001"));
    QNetworkRequest request(bindUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", *KeytimeSigner::header(Devid, Key, m_clock.nowMs()));
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.put(request, formEncode({{QStringLiteral("appid"), QStringLiteral("app1")},
                                     {QStringLiteral("anum"), QStringLiteral("13800138000")},
                                     {QStringLiteral("bnum"), QStringLiteral("13900139000")},
                                     {QStringLiteral("reqid"), generateReqid()},
                                     {QStringLiteral("ttl"), QStringLiteral("3600")},
                                     {QStringLiteral("record"), QStringLiteral("1")}}));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    const QString subid = QJsonDocument::fromJson(reply->readAll())
                              .object()
                              .value(QStringLiteral("subid"))
                              .toString();
    reply->deleteLater();
    QVERIFY(!subid.isEmpty());
    SimulatedCall call;
    call.subid = subid;
    call.callStart = false;
    const QString taskid = sandbox.simulateCall(call, &error);
    QVERIFY2(!taskid.isEmpty(), qPrintable(error));
    storeCdr(taskid, sandbox.recordingUrl(taskid).toString());

    QSignalSpy stored(m_archive.get(), &RecordingArchive::recordingStored);
    QVERIFY2(m_archive->enqueueNew(std::nullopt, &error) == 1, qPrintable(error));
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 0); // once
    QVERIFY(runArchive());
    QCOMPARE(stored.count(), 1);
    const auto entry = m_archive->entry(taskid);
    QVERIFY(entry);
    QCOMPARE(entry->state, RecordingEntry::State::Done);
    QCOMPARE(entry->file, QStringLiteral("%1/%2.wav").arg(Profile).arg(taskid));
    const QString file = m_archive->localFile(taskid);
    QCOMPARE(QFileInfo(file).absolutePath(),
             QDir(m_archive->folder()).filePath(QString::number(Profile)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), SandboxPlatform::recordingWav());
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(!QFile::exists(
        QDir(QFileInfo(file).absolutePath()).filePath(taskid + QStringLiteral(".part"))));
}

void TestRecordings::policyOffFetchesNothing()
{
    RecordingServer server;
    server.set(QStringLiteral("/r/a.wav"), {200, SandboxPlatform::recordingWav()});
    QString error;
    RecordingPolicy off;
    QVERIFY(m_archive->setPolicy(Profile, off, &error));
    storeCdr(QStringLiteral("TA"), url(server, QStringLiteral("/r/a.wav")));
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 0);
    QVERIFY(runArchive());
    QCOMPARE(server.requests(), 0);
    QVERIFY(!m_archive->entry(QStringLiteral("TA")));
    // "Fetch now" works with the policy off.
    QVERIFY2(m_archive->requeue(QStringLiteral("TA"), &error), qPrintable(error));
    QVERIFY(runArchive());
    QCOMPARE(m_archive->entry(QStringLiteral("TA"))->state, RecordingEntry::State::Done);
}

void TestRecordings::resumesAfterACut()
{
    const QByteArray wav = SandboxPlatform::recordingWav();
    RecordingServer server;
    RecordingServer::Resource cut{200, wav};
    cut.cutAfter = 5000;
    server.set(QStringLiteral("/r/b.wav"), cut);
    storeCdr(QStringLiteral("TB"), url(server, QStringLiteral("/r/b.wav")));
    QString error;
    QVERIFY2(m_archive->enqueueNew(std::nullopt, &error) == 1, qPrintable(error));
    QSignalSpy failed(m_archive.get(), &RecordingArchive::recordingFailed);
    QVERIFY(runArchive());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toBool(), false); // not final: retried
    auto e = m_archive->entry(QStringLiteral("TB"));
    QCOMPARE(e->state, RecordingEntry::State::Queued);
    QCOMPARE(e->attempts, 1);
    const QString part =
        QDir(m_archive->folder()).filePath(QStringLiteral("%1/TB.part").arg(Profile));
    QCOMPARE(QFileInfo(part).size(), 5000);

    server.resource(QStringLiteral("/r/b.wav")).cutAfter = -1;
    QVERIFY(runArchive());
    QCOMPARE(server.ranges().value(server.requests() - 1), QStringLiteral("bytes=5000-"));
    e = m_archive->entry(QStringLiteral("TB"));
    QCOMPARE(e->state, RecordingEntry::State::Done);
    QCOMPARE(e->bytes, wav.size());
    QFile f(m_archive->localFile(QStringLiteral("TB")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), wav);
    QVERIFY(!QFile::exists(part));
}

void TestRecordings::restartsWhenRangeIsIgnored()
{
    const QByteArray wav = SandboxPlatform::recordingWav();
    RecordingServer server;
    RecordingServer::Resource cut{200, wav};
    cut.cutAfter = 3000;
    cut.ignoreRange = true;
    server.set(QStringLiteral("/r/c.wav"), cut);
    storeCdr(QStringLiteral("TC"), url(server, QStringLiteral("/r/c.wav")));
    QString error;
    m_archive->enqueueNew(std::nullopt, &error);
    QVERIFY(runArchive());
    server.resource(QStringLiteral("/r/c.wav")).cutAfter = -1;
    QVERIFY(runArchive());
    QCOMPARE(server.ranges().value(server.requests() - 1), QStringLiteral("bytes=3000-"));
    QFile f(m_archive->localFile(QStringLiteral("TC")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), wav); // a 200 to a Range starts the file again
}

void TestRecordings::corruptFileRefused()
{
    RecordingServer server;
    server.set(
        QStringLiteral("/r/d.wav"),
        {200, QByteArray("<html><body>Please log in</body></html>").repeated(40), "text/html"});
    QByteArray truncated = SandboxPlatform::recordingWav().left(8000); // header says 16044
    server.set(QStringLiteral("/r/e.wav"), {200, truncated});
    storeCdr(QStringLiteral("TD"), url(server, QStringLiteral("/r/d.wav")));
    storeCdr(QStringLiteral("TE"), url(server, QStringLiteral("/r/e.wav")));
    QString error;
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 2);
    QVERIFY(runArchive());
    for (const QString &taskid : {QStringLiteral("TD"), QStringLiteral("TE")}) {
        const auto e = m_archive->entry(taskid);
        QCOMPARE(e->state, RecordingEntry::State::Refused);
        QVERIFY2(e->error.startsWith(QStringLiteral("refused")), qPrintable(e->error));
        QVERIFY(m_archive->localFile(taskid).isEmpty());
        QVERIFY(
            !QFile::exists(QDir(m_archive->folder())
                               .filePath(QStringLiteral("%1/%2.part").arg(Profile).arg(taskid))));
    }
    QCOMPARE(m_archive->failedCount(Profile), 2);
    // Refused is final: another pass does not ask again.
    const int asked = server.requests();
    QVERIFY(runArchive());
    QCOMPARE(server.requests(), asked);
}

void TestRecordings::tooLargeRefused()
{
    RecordingServer server;
    server.set(QStringLiteral("/r/f.wav"), {200, SandboxPlatform::recordingWav()});
    RecordingPolicy small;
    small.enabled = true;
    small.maxBytes = 4096;
    QString error;
    QVERIFY(m_archive->setPolicy(Profile, small, &error));
    storeCdr(QStringLiteral("TF"), url(server, QStringLiteral("/r/f.wav")));
    m_archive->enqueueNew(std::nullopt, &error);
    QVERIFY(runArchive());
    const auto e = m_archive->entry(QStringLiteral("TF"));
    QCOMPARE(e->state, RecordingEntry::State::Refused);
    QVERIFY2(e->error.contains(QStringLiteral("4096")), qPrintable(e->error));
}

void TestRecordings::failureBacksOff()
{
    RecordingServer server;
    server.set(QStringLiteral("/r/g.wav"), {503, "busy"});
    m_archive->setBackoff(60'000, 3600'000);
    storeCdr(QStringLiteral("TG"), url(server, QStringLiteral("/r/g.wav")));
    QString error;
    m_archive->enqueueNew(std::nullopt, &error);
    QVERIFY(runArchive());
    auto e = m_archive->entry(QStringLiteral("TG"));
    QCOMPARE(e->state, RecordingEntry::State::Queued);
    QCOMPARE(e->nextTryAtMs, m_clock.nowMs() + 60'000);
    QVERIFY(e->error.contains(QStringLiteral("503")));
    QVERIFY(runArchive()); // not due yet: not asked
    QCOMPARE(server.requests(), 1);
    m_clock.advanceMs(60'000);
    QVERIFY(runArchive());
    QCOMPARE(server.requests(), 2);
    e = m_archive->entry(QStringLiteral("TG"));
    QCOMPARE(e->nextTryAtMs, m_clock.nowMs() + 120'000); // doubled
    // It recovers.
    server.set(QStringLiteral("/r/g.wav"), {200, SandboxPlatform::recordingWav()});
    m_clock.advanceMs(120'000);
    QVERIFY(runArchive());
    QCOMPARE(m_archive->entry(QStringLiteral("TG"))->state, RecordingEntry::State::Done);
    QCOMPARE(m_archive->entry(QStringLiteral("TG"))->attempts, 3);
}

void TestRecordings::notFoundIsFinal()
{
    RecordingServer server; // nothing served: 404
    storeCdr(QStringLiteral("TH"), url(server, QStringLiteral("/r/gone.wav")));
    QString error;
    m_archive->enqueueNew(std::nullopt, &error);
    QSignalSpy failed(m_archive.get(), &RecordingArchive::recordingFailed);
    QVERIFY(runArchive());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(2).toBool(), true);
    QCOMPARE(m_archive->entry(QStringLiteral("TH"))->state, RecordingEntry::State::Failed);
}

void TestRecordings::unsafeTaskidAndPlainHttpRefused()
{
    RecordingServer server;
    server.set(QStringLiteral("/r/i.wav"), {200, SandboxPlatform::recordingWav()});
    storeCdr(QStringLiteral("../../evil"), url(server, QStringLiteral("/r/i.wav")));
    storeCdr(QStringLiteral("TJ"), QStringLiteral("ftp://127.0.0.1/r/i.wav"));
    storeCdr(QStringLiteral("TK"), QStringLiteral("http://recordings.example.com/r/i.wav"));
    QString error;
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 3);
    QVERIFY(runArchive());
    QCOMPARE(m_archive->entry(QStringLiteral("../../evil"))->state, RecordingEntry::State::Refused);
    QCOMPARE(m_archive->entry(QStringLiteral("TJ"))->state, RecordingEntry::State::Refused);
    // Plain http to a host that is not loopback: refused without a request.
    const auto k = m_archive->entry(QStringLiteral("TK"));
    QCOMPARE(k->state, RecordingEntry::State::Failed);
    QVERIFY(k->error.contains(QStringLiteral("https")));
    QCOMPARE(server.requests(), 0);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("evil.part"))));
}

void TestRecordings::retentionRemovesFiles()
{
    RecordingServer server;
    server.set(QStringLiteral("/r/l.wav"), {200, SandboxPlatform::recordingWav()});
    storeCdr(QStringLiteral("TL"), url(server, QStringLiteral("/r/l.wav")),
             m_clock.nowSecs() - 3 * 86400);
    storeCdr(QStringLiteral("TM"), url(server, QStringLiteral("/r/l.wav")));
    QString error;
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 2);
    QVERIFY(runArchive());
    const QString old = m_archive->localFile(QStringLiteral("TL"));
    QVERIFY(QFile::exists(old));
    RecordingPolicy twoDays;
    twoDays.enabled = true;
    twoDays.keepDays = 2;
    QVERIFY(m_archive->setPolicy(Profile, twoDays, &error));
    QCOMPARE(m_archive->applyRetention(&error), 1);
    QVERIFY(!QFile::exists(old));
    QCOMPARE(m_archive->entry(QStringLiteral("TL"))->state, RecordingEntry::State::Removed);
    QVERIFY(QFile::exists(m_archive->localFile(QStringLiteral("TM"))));
    QCOMPARE(m_archive->applyRetention(&error), 0);
    // An old call is not fetched at all.
    storeCdr(QStringLiteral("TN"), url(server, QStringLiteral("/r/l.wav")),
             m_clock.nowSecs() - 5 * 86400);
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 0);
    // Two days later the other one goes too.
    m_clock.advanceMs(2 * 86400'000LL);
    QCOMPARE(m_archive->applyRetention(&error), 1);
    QVERIFY(m_archive->localFile(QStringLiteral("TM")).isEmpty());
}

void TestRecordings::removesFilesOfGivenCalls()
{
    // What the ledger's retention calls when it erases calls: the files of exactly these go,
    // a half-downloaded one included, whatever the policy's age says.
    const QByteArray wav = SandboxPlatform::recordingWav();
    RecordingServer server;
    server.set(QStringLiteral("/r/k.wav"), {200, wav});
    RecordingServer::Resource cut{200, wav};
    cut.cutAfter = 3000;
    server.set(QStringLiteral("/r/c.wav"), cut);
    storeCdr(QStringLiteral("TK1"), url(server, QStringLiteral("/r/k.wav")));
    storeCdr(QStringLiteral("TK2"), url(server, QStringLiteral("/r/k.wav")));
    storeCdr(QStringLiteral("TK3"), url(server, QStringLiteral("/r/c.wav")));
    QString error;
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 3);
    QVERIFY(runArchive());
    const QString one = m_archive->localFile(QStringLiteral("TK1"));
    const QString two = m_archive->localFile(QStringLiteral("TK2"));
    const QString part =
        QDir(m_archive->folder()).filePath(QStringLiteral("%1/TK3.part").arg(Profile));
    QVERIFY(QFile::exists(one));
    QVERIFY(QFile::exists(two));
    QCOMPARE(QFileInfo(part).size(), 3000);

    // A static entry point for programs without an archive object (retention in pnctl).
    QCOMPARE(RecordingArchive::removeFilesOf(
                 *m_ledger, {QStringLiteral("TK1"), QStringLiteral("TK3"), QStringLiteral("NONE")},
                 &error),
             2);
    QVERIFY(!QFile::exists(one));
    QVERIFY(!QFile::exists(part));
    QVERIFY(QFile::exists(two));
    QCOMPARE(m_archive->entry(QStringLiteral("TK1"))->state, RecordingEntry::State::Removed);
    QCOMPARE(m_archive->entry(QStringLiteral("TK3"))->state, RecordingEntry::State::Removed);
    QCOMPARE(m_archive->entry(QStringLiteral("TK2"))->state, RecordingEntry::State::Done);
    // Removed entries are not fetched again, and removing twice does nothing.
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 0);
    QCOMPARE(m_archive->removeFiles({QStringLiteral("TK1")}, &error), 0);
    QCOMPARE(m_archive->removeFiles({QStringLiteral("TK2")}, &error), 1);
    QVERIFY(!QFile::exists(two));
    QVERIFY(m_archive->localFile(QStringLiteral("TK2")).isEmpty());
}

void TestRecordings::tablesComeFromTheMigration()
{
    // A fresh ledger has the archive's tables without anyone opening the archive.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    {
        Ledger fresh(path, m_clock);
        QString error;
        QVERIFY2(fresh.open(&error), qPrintable(error));
        QSqlQuery q(fresh.database());
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM recordings")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM recording_policies")));
        // A ledger of the previous release: the tables made by its archive on first use,
        // with a row, and no rejected_callbacks.profile_id yet; then its migration.
        QVERIFY(LedgerSchema::recordingsVersion() >= 9);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recording_policies (profile_id, enabled, "
                                      "max_bytes, keep_days, updated_at) VALUES (7, 1, 4096, 3, "
                                      "0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recordings (taskid, profile_id, url, state) "
                                      "VALUES ('OLD', 7, 'https://h/old.wav', 'done')")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX rejected_callbacks_at")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE rejected_callbacks DROP COLUMN profile_id")));
        QSqlDatabase db = fresh.database();
        QVERIFY2(LedgerSchema::applyMigration(db, LedgerSchema::recordingsVersion(), &error),
                 qPrintable(error)); // over the existing tables
    }
    Ledger old(path, m_clock);
    QString error;
    QVERIFY2(old.open(&error), qPrintable(error));
    QSqlDatabase db = old.database();
    QCOMPARE(LedgerSchema::currentVersion(db), LedgerSchema::latestVersion());
    RecordingArchive archive(old, dir.filePath(QStringLiteral("rec")));
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.policy(7).maxBytes, 4096);
    QCOMPARE(archive.policy(7).keepDays, 3);
    QCOMPARE(archive.entry(QStringLiteral("OLD"))->state, RecordingEntry::State::Done);
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("SELECT profile_id FROM rejected_callbacks")),
             qPrintable(q.lastError().text()));
}

void TestRecordings::tlsIsVerified()
{
    QTemporaryDir certs;
    const QString cert = certs.filePath(QStringLiteral("cert.pem"));
    const QString key = certs.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost")});
    QVERIFY(openssl.waitForFinished(60'000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(cert), keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    RecordingServer server(&tls);
    server.set(QStringLiteral("/r/t.wav"), {200, SandboxPlatform::recordingWav()});
    storeCdr(QStringLiteral("TT"), url(server, QStringLiteral("/r/t.wav"), true));
    QString error;
    m_archive->enqueueNew(std::nullopt, &error);
    QVERIFY(runArchive());
    auto e = m_archive->entry(QStringLiteral("TT"));
    QCOMPARE(e->state, RecordingEntry::State::Failed); // an untrusted certificate is final
    QVERIFY(m_archive->localFile(QStringLiteral("TT")).isEmpty());
    // With the profile's CA file it is trusted.
    m_archive->setTransport(Profile, {cert, false});
    QVERIFY(m_archive->requeue(QStringLiteral("TT"), &error));
    QVERIFY(runArchive());
    e = m_archive->entry(QStringLiteral("TT"));
    QVERIFY2(e->state == RecordingEntry::State::Done, qPrintable(e->error));
}

// Up to maxParallel() downloads at once: a recording that trickles from a slow server holds up
// none of the others, and the limit is kept (never more under way than it says).
void TestRecordings::slowServerHoldsUpNoOther()
{
    const QByteArray wav = SandboxPlatform::recordingWav();
    RecordingServer slow;
    RecordingServer fast;
    RecordingServer::Resource trickle{200, wav};
    trickle.trickleMs = 100; // 512 bytes every 100 ms: about 3 s
    slow.set(QStringLiteral("/slow.wav"), trickle);
    // The newest call is fetched first: the slow one starts before the others.
    storeCdr(QStringLiteral("SLOW"), url(slow, QStringLiteral("/slow.wav")), 1'765'000'000);
    for (int i = 0; i < 6; ++i) {
        fast.set(QStringLiteral("/f%1.wav").arg(i), {200, wav});
        storeCdr(QStringLiteral("FAST%1").arg(i), url(fast, QStringLiteral("/f%1.wav").arg(i)),
                 1'764'999'000 - i);
    }
    QString error;
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 7);
    QCOMPARE(m_archive->maxParallel(), 3);
    int most = 0;
    QObject watching; // the connection ends with this test
    connect(m_archive.get(), &RecordingArchive::progressChanged, &watching,
            [&](const RecordingProgress &p) { most = std::max(most, p.active); });
    QSignalSpy stored(m_archive.get(), &RecordingArchive::recordingStored);
    QSignalSpy idle(m_archive.get(), &RecordingArchive::idle);
    m_archive->start();
    const auto fastDone = [&] {
        for (int i = 0; i < 6; ++i) {
            if (m_archive->localFile(QStringLiteral("FAST%1").arg(i)).isEmpty())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(fastDone(), 10'000);
    // All six came while the slow one was still under way.
    QVERIFY(m_archive->localFile(QStringLiteral("SLOW")).isEmpty());
    QCOMPARE(m_archive->activeCount(), 1);
    QVERIFY(m_archive->progress().current == QStringLiteral("SLOW"));
    QVERIFY(idle.isEmpty());
    QVERIFY(idle.wait(15'000));
    QCOMPARE(stored.size(), 7);
    QCOMPARE(stored.last().at(0).toString(), QStringLiteral("SLOW"));
    QCOMPARE(most, 3);
    QCOMPARE(m_archive->activeCount(), 0);
    for (const QString &taskid : {QStringLiteral("SLOW"), QStringLiteral("FAST0")}) {
        QFile f(m_archive->localFile(taskid));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), wav);
    }

    // One at a time when told: the fast ones wait behind the slow one.
    for (int i = 0; i < 2; ++i) {
        slow.set(QStringLiteral("/slow%1.wav").arg(i), trickle);
        storeCdr(QStringLiteral("SLOWER%1").arg(i), url(slow, QStringLiteral("/slow%1.wav").arg(i)),
                 1'765'000'100 - i);
    }
    QCOMPARE(m_archive->enqueueNew(std::nullopt, &error), 2);
    m_archive->setMaxParallel(1);
    most = 0;
    QVERIFY(runArchive(30'000));
    QCOMPARE(most, 1);
    QVERIFY(!m_archive->localFile(QStringLiteral("SLOWER1")).isEmpty());
}

// A real pnctl killed half-way through a slow download; the next run resumes the .part with a
// Range request and ends with the whole file.
void TestRecordings::pnctlResumesAfterKill()
{
    const QByteArray wav = SandboxPlatform::recordingWav();
    RecordingServer server;
    RecordingServer::Resource slow{200, wav};
    slow.trickleMs = 100; // 16 KB at 5 KB/s: a few seconds
    server.set(QStringLiteral("/r/k.wav"), slow);
    // pnctl runs on the real clock: a call of a minute ago, by it.
    storeCdr(QStringLiteral("TKILL"), url(server, QStringLiteral("/r/k.wav")),
             QDateTime::currentSecsSinceEpoch() - 60);
    const QString part =
        QDir(m_archive->folder()).filePath(QStringLiteral("%1/TKILL.part").arg(Profile));
    const QStringList args = {QStringLiteral("--lang"),     QStringLiteral("en"),
                              QStringLiteral("--data-dir"), m_dir->path(),
                              QStringLiteral("recordings"), QStringLiteral("fetch")};
    QProcess first;
    first.start(QStringLiteral(PNCTL_PATH), args);
    QVERIFY(first.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() >= 1024, 15'000);
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    const qint64 kept = QFileInfo(part).size();
    QVERIFY(kept > 0 && kept < wav.size());

    server.resource(QStringLiteral("/r/k.wav")).trickleMs = 0;
    QProcess second;
    second.start(QStringLiteral(PNCTL_PATH),
                 args + QStringList{QStringLiteral("--since"), QStringLiteral("1d")});
    QVERIFY(second.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 20'000);
    const QString out = QString::fromUtf8(second.readAllStandardOutput());
    QVERIFY2(second.exitCode() == 0,
             qPrintable(out + QString::fromUtf8(second.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("1 stored, 0 failed")), qPrintable(out));
    QVERIFY(server.ranges().value(server.requests() - 1).startsWith(QStringLiteral("bytes=")));
    QVERIFY(server.ranges().value(server.requests() - 1).mid(6).section(u'-', 0, 0).toLongLong() >
            0);
    QFile f(m_archive->localFile(QStringLiteral("TKILL")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), wav);
}

void TestRecordings::pnctlPolicyAndList()
{
    auto run = [&](const QStringList &args, int expected) {
        QProcess p;
        p.start(QStringLiteral(PNCTL_PATH),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--data-dir"), m_dir->path()} +
                    args);
        if (!p.waitForFinished(20'000))
            return QString();
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        if (p.exitCode() != expected)
            qWarning("%s", qPrintable(out));
        return p.exitCode() == expected ? out : QString();
    };
    QVERIFY(!run({QStringLiteral("recordings"), QStringLiteral("bogus")}, 2).isEmpty());
    QVERIFY(!run({QStringLiteral("recordings"), QStringLiteral("policy")}, 2).isEmpty());
    storeCdr(QStringLiteral("TLIST"), QStringLiteral("http://127.0.0.1:9/none.wav"));
    const QString listed =
        run({QStringLiteral("--json"), QStringLiteral("recordings"), QStringLiteral("list")}, 0);
    QVERIFY2(listed.contains(QStringLiteral("\"recordings\"")), qPrintable(listed));
}

QTEST_GUILESS_MAIN(TestRecordings)
#include "tst_recordings.moc"

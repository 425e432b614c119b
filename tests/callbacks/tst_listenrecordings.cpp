// `pnctl listen --fetch-recordings`: the real executable receives the CDRs the sandbox posts
// (real HTTP, the sandbox in this process) and downloads their recordings from real HTTP
// servers on 127.0.0.1 — the sandbox's own, one that fails first, one that trickles — while it
// keeps answering callbacks at once.

#include "callbacktesthelpers.h"
#include "recordingserver.h"

#include "callbacks/callstore.h"
#include "callbacks/recordings.h"
#include "core/clock.h"
#include "core/keytimesigner.h"
#include "ledger/ledger.h"
#include "profiles/profilestore.h"
#include "sandbox/sandboxplatform.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>

using namespace pn;
using namespace pn::test;

namespace {
const QString Devid = QStringLiteral("1000");
const QByteArray Key = QByteArrayLiteral("k3y+s3cret/=");
const QString X = QStringLiteral("17000000001");

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestListenRecordings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesRetriesAndKeepsAnswering();
    void policyOffFetchesNothing();
    void badArguments();

private:
    QUrl startListen(QProcess &p, const QStringList &extra = {});
    QString bind();
    QString simulate(const QString &subid);
    QString fileOf(const QString &taskid) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<SandboxPlatform> m_sandbox;
    qint64 m_profileId = 0;
    QNetworkAccessManager m_nam;
};

void TestListenRecordings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = std::make_unique<Ledger>(m_dir->filePath(QStringLiteral("ledger.sqlite")),
                                        SystemClock::instance());
    QString error;
    QVERIFY2(m_ledger->open(&error), qPrintable(error));
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ProfileStore profiles(m_ledger->database(), SystemClock::instance());
    Profile p;
    p.name = QStringLiteral("Desk A");
    p.baseUrl = QUrl(QStringLiteral("https://platform.example"));
    p.devid = Devid;
    p.appids = {QStringLiteral("app1")};
    p.callbackPort = port;
    const auto added = profiles.add(p, &error);
    QVERIFY2(added, qPrintable(error));
    m_profileId = added->id;
    RecordingArchive archive(*m_ledger, RecordingArchive::defaultFolder(*m_ledger));
    QVERIFY2(archive.open(&error), qPrintable(error));
    RecordingPolicy on;
    on.enabled = true;
    QVERIFY2(archive.setPolicy(m_profileId, on, &error), qPrintable(error));

    m_sandbox = std::make_unique<SandboxPlatform>(SystemClock::instance());
    QVERIFY2(m_sandbox->open(QStringLiteral(":memory:"), &error), qPrintable(error));
    SandboxAccount account;
    account.devid = Devid;
    account.key = Key;
    account.appids = {QStringLiteral("app1")};
    account.xpool = {X};
    m_sandbox->addAccount(account);
    QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestListenRecordings::cleanup()
{
    m_sandbox.reset();
    m_ledger.reset();
    m_dir.reset();
}

QUrl TestListenRecordings::startListen(QProcess &p, const QStringList &extra)
{
    p.start(QStringLiteral(PNCTL_PATH),
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("listen"),
                        QStringLiteral("--profile"), QStringLiteral("Desk A"),
                        QStringLiteral("--verbose")} +
                extra);
    if (!p.waitForStarted(5000))
        return {};
    if (!QTest::qWaitFor([&] { return p.canReadLine(); }, 15'000))
        return {};
    return QUrl(QString::fromUtf8(p.readLine().trimmed()));
}

// A binding made with record=1 through the sandbox's API: its answered calls have recordings.
QString TestListenRecordings::bind()
{
    QUrl url = m_sandbox->baseUrl();
    url.setPath(QStringLiteral("/igw/service/uc/interline/") + X);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization",
                         *KeytimeSigner::header(Devid, Key, SystemClock::instance().nowMs()));
    QNetworkReply *reply =
        m_nam.put(request, formEncode({{QStringLiteral("appid"), QStringLiteral("app1")},
                                       {QStringLiteral("anum"), QStringLiteral("13800138000")},
                                       {QStringLiteral("bnum"), QStringLiteral("13900139000")},
                                       {QStringLiteral("reqid"), generateReqid()},
                                       {QStringLiteral("ttl"), QStringLiteral("3600")},
                                       {QStringLiteral("record"), QStringLiteral("1")}}));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    const QString subid = QJsonDocument::fromJson(reply->readAll())
                              .object()
                              .value(QStringLiteral("subid"))
                              .toString();
    reply->deleteLater();
    return subid;
}

QString TestListenRecordings::simulate(const QString &subid)
{
    SimulatedCall call;
    call.subid = subid;
    call.callStart = false;
    QString error;
    const QString taskid = m_sandbox->simulateCall(call, &error);
    if (taskid.isEmpty())
        qWarning("simulateCall: %s", qPrintable(error));
    return taskid;
}

QString TestListenRecordings::fileOf(const QString &taskid) const
{
    return m_dir->filePath(QStringLiteral("recordings/%1/%2.wav").arg(m_profileId).arg(taskid));
}

void TestListenRecordings::fetchesRetriesAndKeepsAnswering()
{
    const QByteArray wav = SandboxPlatform::recordingWav();
    // A CDR stored before the receiver started: the backlog is fetched at start.
    RecordingServer backlogServer;
    backlogServer.set(QStringLiteral("/old.wav"), {200, wav});
    {
        CallStore store(*m_ledger);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        CdrRecord r;
        r.devid = Devid;
        r.appid = QStringLiteral("app1");
        r.taskid = QStringLiteral("BACKLOG1");
        r.subid = QStringLiteral("S-old");
        r.caller = QStringLiteral("13800138000");
        r.rcaller = X;
        r.callee = QStringLiteral("13900139000");
        r.result = QStringLiteral("answered");
        r.beginTime = SystemClock::instance().nowSecs() - 600;
        r.duration = 30;
        r.recording = QStringLiteral("http://127.0.0.1:%1/old.wav").arg(backlogServer.port());
        r.receivedAtMs = SystemClock::instance().nowMs();
        r.profileId = m_profileId;
        QCOMPARE(store.storeCdr(r, &error), CallStore::Stored::Inserted);
    }

    QProcess p;
    const QUrl url = startListen(p, {QStringLiteral("--fetch-recordings"),
                                     QStringLiteral("--fetch-backoff"), QStringLiteral("1")});
    QVERIFY2(url.isValid() && url.port() > 0,
             qPrintable(QString::fromUtf8(p.readAllStandardError())));
    m_sandbox->setCallbackUrl(url.resolved(QUrl(QStringLiteral("callback"))));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fileOf(QStringLiteral("BACKLOG1"))), 15'000);
    QCOMPARE(contents(fileOf(QStringLiteral("BACKLOG1"))), wav);

    const QString subid = bind();
    QVERIFY(!subid.isEmpty());

    // 1. The sandbox's own recording, fetched as its CDR arrives: 0600 in a 0700 folder.
    const QString own = simulate(subid);
    QVERIFY(!own.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fileOf(own)), 15'000);
    QCOMPARE(contents(fileOf(own)), wav);
    QCOMPARE(modeOf(fileOf(own)), 0600);
    QCOMPARE(modeOf(QFileInfo(fileOf(own)).absolutePath()), 0700);

    // 2. A download that fails (503) is retried after the back-off and then kept.
    RecordingServer flaky;
    m_sandbox->setRecordingBaseUrl(
        QUrl(QStringLiteral("http://127.0.0.1:%1/r/").arg(flaky.port())));
    const QString retried = simulate(subid);
    QVERIFY(!retried.isEmpty());
    // Set before the event loop runs, so before the CDR is even posted.
    flaky.set(QStringLiteral("/r/%1.wav").arg(retried), {503, "busy", "text/plain"});
    QTRY_VERIFY_WITH_TIMEOUT(flaky.requests() >= 1, 15'000);
    QVERIFY(!QFileInfo::exists(fileOf(retried)));
    flaky.set(QStringLiteral("/r/%1.wav").arg(retried), {200, wav});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fileOf(retried)), 15'000);
    QCOMPARE(flaky.requests(), 2);
    QCOMPARE(contents(fileOf(retried)), wav);

    // 3. A slow download (512 bytes every 300 ms: about 10 s) does not hold up the answers.
    RecordingServer slow;
    m_sandbox->setRecordingBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/r/").arg(slow.port())));
    const QString trickled = simulate(subid);
    QVERIFY(!trickled.isEmpty());
    RecordingServer::Resource r{200, wav};
    r.trickleMs = 300;
    slow.set(QStringLiteral("/r/%1.wav").arg(trickled), r);
    const QString part =
        m_dir->filePath(QStringLiteral("recordings/%1/%2.part").arg(m_profileId).arg(trickled));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() >= 1024, 15'000);
    QList<double> answers;
    for (int i = 0; i < 20; ++i) {
        const FormFields cdr =
            recentCdr(QStringLiteral("PROMPT%1").arg(i),
                      QStringLiteral("http://127.0.0.1:%1/r/PROMPT%2.wav").arg(slow.port()).arg(i));
        slow.set(QStringLiteral("/r/PROMPT%1.wav").arg(i), {200, wav});
        QElapsedTimer t;
        t.start();
        QCOMPARE(post(m_nam, url.resolved(QUrl(QStringLiteral("cdr"))), formEncode(cdr)).status,
                 200);
        answers << double(t.nsecsElapsed()) / 1e6;
    }
    // Still downloading the slow one: the answers came while it was under way.
    QVERIFY(QFileInfo::exists(part));
    QVERIFY(!QFileInfo::exists(fileOf(trickled)));
    std::sort(answers.begin(), answers.end());
    qInfo("callback answers while a download trickles: median %.1f ms, max %.1f ms",
          answers.at(answers.size() / 2), answers.last());
    QVERIFY2(answers.last() < 1000, qPrintable(QString::number(answers.last())));
    QVERIFY2(answers.at(answers.size() / 2) < 200,
             qPrintable(QString::number(answers.at(answers.size() / 2))));
    // The 20 are fetched beside the slow one (three downloads at once), not behind it.
    const auto allThere = [&] {
        for (int i = 0; i < 20; ++i) {
            if (!QFileInfo::exists(fileOf(QStringLiteral("PROMPT%1").arg(i))))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allThere(), 8'000);
    QVERIFY(QFileInfo::exists(part)); // still trickling
    QVERIFY(!QFileInfo::exists(fileOf(trickled)));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fileOf(trickled)), 30'000);
    QCOMPARE(contents(fileOf(trickled)), wav);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(contents(fileOf(QStringLiteral("PROMPT%1").arg(i))), wav);

    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("HTTP 503")) && err.contains(QStringLiteral("will retry")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Recordings: 24 stored, 1 failed attempts")),
             qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("recording %1: stored").arg(own)), qPrintable(out));

    RecordingArchive archive(*m_ledger, RecordingArchive::defaultFolder(*m_ledger));
    QString error;
    QVERIFY(archive.open(&error));
    const auto e = archive.entry(retried);
    QVERIFY(e);
    QCOMPARE(e->state, RecordingEntry::State::Done);
    QCOMPARE(e->attempts, 2);
}

void TestListenRecordings::policyOffFetchesNothing()
{
    QString error;
    RecordingArchive archive(*m_ledger, RecordingArchive::defaultFolder(*m_ledger));
    QVERIFY(archive.open(&error));
    QVERIFY(archive.setPolicy(m_profileId, RecordingPolicy{}, &error));
    QProcess p;
    const QUrl url = startListen(p, {QStringLiteral("--fetch-recordings")});
    QVERIFY(url.port() > 0);
    RecordingServer server;
    server.set(QStringLiteral("/off.wav"), {200, SandboxPlatform::recordingWav()});
    const FormFields cdr = recentCdr(
        QStringLiteral("OFF1"), QStringLiteral("http://127.0.0.1:%1/off.wav").arg(server.port()));
    QCOMPARE(post(m_nam, url.resolved(QUrl(QStringLiteral("cdr"))), formEncode(cdr)).status, 200);
    QTest::qWait(1500);
    QCOMPARE(server.requests(), 0);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("No profile keeps its recordings")), qPrintable(err));
    QVERIFY(!archive.entry(QStringLiteral("OFF1")));
}

void TestListenRecordings::badArguments()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--fetch-since"), QStringLiteral("1d")},
          QStringList{QStringLiteral("--fetch-backoff"), QStringLiteral("5")},
          QStringList{QStringLiteral("--fetch-recordings"), QStringLiteral("--fetch-backoff"),
                      QStringLiteral("0")},
          QStringList{QStringLiteral("--fetch-recordings"), QStringLiteral("--fetch-since"),
                      QStringLiteral("yesterday-ish")}}) {
        QProcess p;
        p.start(QStringLiteral(PNCTL_PATH),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("listen")} +
                    args);
        QVERIFY(p.waitForFinished(10'000));
        QVERIFY2(p.exitCode() == 2, qPrintable(args.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestListenRecordings)
#include "tst_listenrecordings.moc"

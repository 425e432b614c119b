// The sandbox's simulated calls: call-start and CDR callbacks received by a real HTTP server in
// this test, every field checked, in both formats; retries, re-delivery, recordings, charges.
#include "sandbox/sandboxplatform.h"
#include "sandboxtestsupport.h"

#include "core/formencoding.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;
using namespace pn::test;

namespace {

const QString X1 = QStringLiteral("17000000001");
const QString A = QStringLiteral("13800000001");
const QString B = QStringLiteral("13800000002");

struct Received
{
    QByteArray contentType;
    QByteArray body;
    QMap<QString, QString> fields; // every value as text
    QJsonObject json;              // when JSON
};

} // namespace

class TestSandboxCallbacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void callbacks_data();
    void callbacks();
    void transferCall();
    void taskidsAreUnique();
    void retriedWithBackoff();
    void givesUpAfterTheLastAttempt();
    void cdrRedelivered();
    void answeredCallsConsumeBalance();
    void refusedCalls();
    void adminSimulatesCalls();
    void httpsReceiver();

private:
    QString bind(const QByteArray &extra, const QString &reqid = QStringLiteral("r1"));
    bool waitFor(int count, int timeoutMs = 10000);

    ManualClock m_clock{1'790'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxPlatform> m_sandbox;
    std::unique_ptr<QHttpServer> m_receiver;
    QList<Received> m_received;
    int m_failFirst = 0; // answer 500 to this many posts first
    int m_posts = 0;
};

void TestSandboxCallbacks::init()
{
    m_received.clear();
    m_failFirst = 0;
    m_posts = 0;
    m_receiver = std::make_unique<QHttpServer>();
    m_receiver->route(
        QStringLiteral("/cb"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) {
            ++m_posts;
            if (m_posts <= m_failFirst)
                return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
            Received r;
            r.body = request.body();
            for (const auto &[k, v] : request.headers()) {
                if (k.compare("content-type", Qt::CaseInsensitive) == 0)
                    r.contentType = v;
            }
            if (r.contentType.contains("json")) {
                r.json = QJsonDocument::fromJson(r.body).object();
                for (auto it = r.json.begin(); it != r.json.end(); ++it)
                    r.fields.insert(it.key(), it->isDouble() ? QString::number(it->toInteger())
                                                             : it->toString());
            } else {
                for (const auto &[k, v] : formDecode(r.body).value_or(FormFields{}))
                    r.fields.insert(k, v);
            }
            m_received.append(r);
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
    const quint16 port = m_receiver->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxPlatform>(m_clock);
    QString error;
    QVERIFY(m_sandbox->open(m_dir->filePath(QStringLiteral("s.sqlite")), &error));
    addStandardAccounts(*m_sandbox);
    QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0, &error));
    m_sandbox->setCallbackUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(port)));
    m_sandbox->setCallbackRetry(5, 20);
}

void TestSandboxCallbacks::cleanup()
{
    m_sandbox.reset();
    m_receiver.reset();
    m_dir.reset();
}

QString TestSandboxCallbacks::bind(const QByteArray &extra, const QString &reqid)
{
    RawClient client(m_sandbox->baseUrl());
    const HttpResult r = client.signedSend("PUT", QStringLiteral("/igw/service/uc/interline/") + X1,
                                           "appid=app1&anum=" + A.toUtf8() + "&bnum=" + B.toUtf8() +
                                               "&reqid=" + reqid.toUtf8() + "&ttl=3600" + extra,
                                           m_clock.nowMs());
    return r.json.value(QStringLiteral("subid")).toString();
}

bool TestSandboxCallbacks::waitFor(int count, int timeoutMs)
{
    return QTest::qWaitFor([&]() { return m_received.size() >= count; }, timeoutMs);
}

void TestSandboxCallbacks::callbacks_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("expectedCallee");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("record");

    for (const bool json : {false, true}) {
        const char *f = json ? "json" : "form";
        QTest::addRow("%s: A calls, answered, recorded", f)
            << json << A << B << QStringLiteral("answered") << 1;
        QTest::addRow("%s: B calls, answered", f)
            << json << B << A << QStringLiteral("answered") << 0;
        QTest::addRow("%s: another number calls, busy", f)
            << json << QStringLiteral("13900000009") << A << QStringLiteral("17") << 1;
        QTest::addRow("%s: A calls, no answer", f) << json << A << B << QStringLiteral("19") << 0;
        QTest::addRow("%s: unknown carrier code", f)
            << json << A << B << QStringLiteral("4242") << 0;
    }
}

void TestSandboxCallbacks::callbacks()
{
    QFETCH(bool, json);
    QFETCH(QString, caller);
    QFETCH(QString, expectedCallee);
    QFETCH(QString, result);
    QFETCH(int, record);
    m_sandbox->setCallbackUrl(m_sandbox->callbackUrl(),
                              json ? CallbackFormat::Json : CallbackFormat::Form);
    const QString subid =
        bind("&record=" + QByteArray::number(record) + "&userData=dXNlciBkYXRh%2B");
    QVERIFY(!subid.isEmpty());
    m_clock.advanceMs(5'000);

    SimulatedCall call;
    call.subid = subid;
    call.caller = caller;
    call.result = result;
    call.durationSecs = 75;
    QString error;
    const QString taskid = m_sandbox->simulateCall(call, &error);
    QVERIFY2(!taskid.isEmpty(), qPrintable(error));
    QVERIFY(waitFor(2));
    QTest::qWait(50);
    QCOMPARE(m_received.size(), 2);

    const bool answered = result == QLatin1StringView("answered");
    const Received &start = m_received.at(0);
    const Received &cdr = m_received.at(1);
    for (const Received *r : {&start, &cdr}) {
        QVERIFY(r->contentType.startsWith(json ? "application/json"
                                               : "application/x-www-form-urlencoded"));
        QCOMPARE(r->fields.value(QStringLiteral("devid")), Devid);
        QCOMPARE(r->fields.value(QStringLiteral("appid")), QStringLiteral("app1"));
        QCOMPARE(r->fields.value(QStringLiteral("taskid")), taskid);
        QCOMPARE(r->fields.value(QStringLiteral("subid")), subid);
        QCOMPARE(r->fields.value(QStringLiteral("caller")), caller);
        QCOMPARE(r->fields.value(QStringLiteral("rcaller")), X1);
        QCOMPARE(r->fields.value(QStringLiteral("callee")), expectedCallee);
        QCOMPARE(r->fields.value(QStringLiteral("userData")), QStringLiteral("dXNlciBkYXRh+"));
    }
    // Call-start: callTime in epoch seconds.
    QVERIFY(!start.fields.contains(QStringLiteral("result")));
    const qint64 callTime = start.fields.value(QStringLiteral("callTime")).toLongLong();

    // CDR: consistent times in epoch seconds.
    QCOMPARE(cdr.fields.value(QStringLiteral("result")), result);
    const qint64 begin = cdr.fields.value(QStringLiteral("beginTime")).toLongLong();
    const qint64 ring = cdr.fields.value(QStringLiteral("ringTime")).toLongLong();
    const qint64 release = cdr.fields.value(QStringLiteral("releaseTime")).toLongLong();
    const qint64 duration = cdr.fields.value(QStringLiteral("duration")).toLongLong();
    QCOMPARE(callTime, begin);
    QCOMPARE(release, m_clock.nowSecs());
    QVERIFY(begin > 1'700'000'000 && begin < 2'000'000'000); // seconds, not milliseconds
    QVERIFY(begin <= ring);
    QVERIFY(ring <= release);
    if (answered) {
        const qint64 answer = cdr.fields.value(QStringLiteral("answerTime")).toLongLong();
        QVERIFY(ring <= answer);
        QVERIFY(answer <= release);
        QCOMPARE(duration, release - answer);
        QCOMPARE(duration, 75);
        QCOMPARE(cdr.fields.value(QStringLiteral("releasedir")), QStringLiteral("1"));
    } else {
        QVERIFY(!cdr.fields.contains(QStringLiteral("answerTime")));
        QCOMPARE(duration, 0);
        QCOMPARE(cdr.fields.value(QStringLiteral("releasedir")), QStringLiteral("0"));
    }
    if (json) {
        QVERIFY(cdr.json.value(QStringLiteral("beginTime")).isDouble());
        QVERIFY(cdr.json.value(QStringLiteral("duration")).isDouble());
        QVERIFY(cdr.json.value(QStringLiteral("result")).isString());
        QVERIFY(start.json.value(QStringLiteral("callTime")).isDouble());
    }

    // A recording only for a recorded, answered call, served by the sandbox as a real WAV.
    const bool hasRecording = record == 1 && answered;
    QCOMPARE(cdr.fields.contains(QStringLiteral("recording")), hasRecording);
    if (hasRecording) {
        const QUrl url(cdr.fields.value(QStringLiteral("recording")));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.port(), m_sandbox->baseUrl().port());
        RawClient download(m_sandbox->baseUrl());
        const HttpResult wav = download.send("GET", url.path(), {}, {});
        QCOMPARE(wav.status, 200);
        QCOMPARE(wav.contentType, QByteArray("audio/wav"));
        QCOMPARE(wav.body.size(), 44 + 16000);
        QVERIFY(wav.body.startsWith("RIFF"));
        QCOMPARE(wav.body.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(wav.body.mid(36, 4), QByteArray("data"));
    } else {
        RawClient download(m_sandbox->baseUrl());
        QCOMPARE(
            download.send("GET", QStringLiteral("/sandbox/recordings/%1.wav").arg(taskid), {}, {})
                .status,
            404);
    }
}

void TestSandboxCallbacks::transferCall()
{
    RawClient client(m_sandbox->baseUrl());
    QCOMPARE(client
                 .signedSend("PUT", QStringLiteral("/igw/service/uc/interline/%1/transfer").arg(X1),
                             "appid=app2&anum=13800000005&reqid=t1&record=1&userData=xa",
                             m_clock.nowMs())
                 .platformError(),
             0);
    const SandboxTransfer t = m_sandbox->transfers(Devid).first();
    SimulatedCall call;
    call.x = X1;
    call.caller = QStringLiteral("13900000001");
    call.durationSecs = 10;
    QString error;
    const QString taskid = m_sandbox->simulateCall(call, &error);
    QVERIFY2(!taskid.isEmpty(), qPrintable(error));
    QVERIFY(waitFor(2));
    const Received &cdr = m_received.at(1);
    QCOMPARE(cdr.fields.value(QStringLiteral("appid")), QStringLiteral("app2"));
    QCOMPARE(cdr.fields.value(QStringLiteral("subid")), t.id);
    QCOMPARE(cdr.fields.value(QStringLiteral("caller")), QStringLiteral("13900000001"));
    QCOMPARE(cdr.fields.value(QStringLiteral("callee")), QStringLiteral("13800000005"));
    QCOMPARE(cdr.fields.value(QStringLiteral("rcaller")), X1);
    QCOMPARE(cdr.fields.value(QStringLiteral("userData")), QStringLiteral("xa"));
    QVERIFY(cdr.fields.contains(QStringLiteral("recording")));
}

void TestSandboxCallbacks::taskidsAreUnique()
{
    const QString subid = bind({});
    QSet<QString> taskids;
    for (int i = 0; i < 20; ++i) {
        SimulatedCall call;
        call.subid = subid;
        QString error;
        taskids.insert(m_sandbox->simulateCall(call, &error));
    }
    QCOMPARE(taskids.size(), 20);
    QVERIFY(!taskids.contains(QString()));
    QVERIFY(waitFor(40));
    QSet<QString> cdrTaskids;
    for (const Received &r : std::as_const(m_received)) {
        if (r.fields.contains(QStringLiteral("result")))
            cdrTaskids.insert(r.fields.value(QStringLiteral("taskid")));
    }
    QCOMPARE(cdrTaskids, taskids);
    QCOMPARE(m_sandbox->calls(Devid).size(), 20);
}

void TestSandboxCallbacks::retriedWithBackoff()
{
    m_failFirst = 2;
    QSignalSpy failed(m_sandbox.get(), &SandboxPlatform::callbackFailed);
    QSignalSpy delivered(m_sandbox.get(), &SandboxPlatform::callbackDelivered);
    SimulatedCall call;
    call.subid = bind({});
    QString error;
    const QString taskid = m_sandbox->simulateCall(call, &error);
    QVERIFY(waitFor(2));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("start"));
    QCOMPARE(failed.at(1).at(3).toInt(), 2); // attempt
    QVERIFY(failed.at(1).at(4).toBool());    // will retry
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(delivered.at(0).at(0).toString(), QStringLiteral("start"));
    QCOMPARE(delivered.at(0).at(1).toString(), taskid);
    QCOMPARE(delivered.at(0).at(2).toInt(), 3); // delivered on the third attempt
    QCOMPARE(delivered.at(1).at(0).toString(), QStringLiteral("cdr"));
    QCOMPARE(delivered.at(1).at(2).toInt(), 1);
    // The call-start comes first even after retries.
    QVERIFY(!m_received.at(0).fields.contains(QStringLiteral("result")));
    QVERIFY(m_received.at(1).fields.contains(QStringLiteral("result")));
}

void TestSandboxCallbacks::givesUpAfterTheLastAttempt()
{
    m_failFirst = 1000;
    m_sandbox->setCallbackRetry(3, 10);
    QSignalSpy failed(m_sandbox.get(), &SandboxPlatform::callbackFailed);
    SimulatedCall call;
    call.subid = bind({});
    QString error;
    QVERIFY(!m_sandbox->simulateCall(call, &error).isEmpty());
    QTRY_COMPARE(failed.size(), 6); // three for the call-start, three for the CDR
    QVERIFY(!failed.at(2).at(4).toBool());
    QVERIFY(!failed.at(5).at(4).toBool());
    QTRY_COMPARE(m_sandbox->pendingCallbacks(), 0);
}

void TestSandboxCallbacks::cdrRedelivered()
{
    m_sandbox->setRedeliverCdr(true);
    SimulatedCall call;
    call.subid = bind({});
    QString error;
    const QString taskid = m_sandbox->simulateCall(call, &error);
    QVERIFY(waitFor(4));
    QTest::qWait(50);
    QCOMPARE(m_received.size(), 4);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(m_received.at(i).fields.value(QStringLiteral("taskid")), taskid);
        QCOMPARE(m_received.at(i).body, m_received.at(1).body);
    }
}

void TestSandboxCallbacks::answeredCallsConsumeBalance()
{
    m_sandbox->setRatePerMinute(0.15);
    SimulatedCall call;
    call.subid = bind({});
    call.durationSecs = 61; // two started minutes
    QString error;
    QVERIFY(!m_sandbox->simulateCall(call, &error).isEmpty());
    QCOMPARE(m_sandbox->account(Devid)->balance, 99.7);
    call.result = QStringLiteral("17"); // unanswered: free
    QVERIFY(!m_sandbox->simulateCall(call, &error).isEmpty());
    QCOMPARE(m_sandbox->account(Devid)->balance, 99.7);
    RawClient client(m_sandbox->baseUrl());
    const HttpResult status =
        client.signedSend("GET", QStringLiteral("/api/v1/account/status"), {}, m_clock.nowMs());
    QCOMPARE(status.json.value(QStringLiteral("balance")).toDouble(), 99.7);
    QCOMPARE(status.json.value(QStringLiteral("updateTime")).toInteger(), m_clock.nowMs());
}

void TestSandboxCallbacks::refusedCalls()
{
    QString error;
    SimulatedCall unknown;
    unknown.subid = QStringLiteral("nosuch");
    QVERIFY(m_sandbox->simulateCall(unknown, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("nosuch")));

    SimulatedCall expired;
    expired.subid = bind({});
    m_clock.advanceMs(3'600'000);
    QVERIFY(m_sandbox->simulateCall(expired, &error).isEmpty());

    SimulatedCall noTransfer;
    noTransfer.x = X1;
    QVERIFY(m_sandbox->simulateCall(noTransfer, &error).isEmpty());
    QVERIFY(error.contains(X1));

    SimulatedCall nothing;
    QVERIFY(m_sandbox->simulateCall(nothing, &error).isEmpty());
    QTest::qWait(50);
    QVERIFY(m_received.isEmpty());
}

void TestSandboxCallbacks::adminSimulatesCalls()
{
    const QString subid = bind("&record=1");
    RawClient admin(m_sandbox->baseUrl());
    const HttpResult r =
        admin.send("POST", QStringLiteral("/sandbox/calls"),
                   R"({"subid":")" + subid.toUtf8() +
                       R"(","caller":"13800000002","result":"answered","duration":42})",
                   {}, "application/json");
    QCOMPARE(r.status, 200);
    const QString taskid = r.json.value(QStringLiteral("taskid")).toString();
    QVERIFY(!taskid.isEmpty());
    QVERIFY(waitFor(2));
    QCOMPARE(m_received.at(1).fields.value(QStringLiteral("duration")), QStringLiteral("42"));
    QCOMPARE(m_received.at(1).fields.value(QStringLiteral("callee")), A);
    const HttpResult form =
        admin.send("POST", QStringLiteral("/sandbox/calls"), "subid=nosuch&result=17", {});
    QCOMPARE(form.status, 400);
    QVERIFY(form.reason().contains(QStringLiteral("nosuch")));
    const HttpResult list = admin.send("GET", QStringLiteral("/sandbox/calls"), {}, {});
    QCOMPARE(list.json.value(QStringLiteral("calls")).toArray().size(), 1);
}

void TestSandboxCallbacks::httpsReceiver()
{
    QString certFile, keyFile;
    QVERIFY(makeCertificate(m_dir->path(), &certFile, &keyFile));
    QFile keyIn(keyFile);
    QVERIFY(keyIn.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certFile);
    QVERIFY(!certs.isEmpty());
    int posts = 0;
    QHttpServer tlsReceiver;
    tlsReceiver.sslSetup(certs.first(), QSslKey(keyIn.readAll(), QSsl::Rsa));
    tlsReceiver.route(QStringLiteral("/cb"), [&posts](const QHttpServerRequest &) {
        ++posts;
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 port = tlsReceiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_sandbox->setCallbackUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/cb").arg(port)));
    m_sandbox->setCallbackRetry(1, 10);
    QSignalSpy delivered(m_sandbox.get(), &SandboxPlatform::callbackDelivered);
    QSignalSpy failed(m_sandbox.get(), &SandboxPlatform::callbackFailed);
    SimulatedCall call;
    call.subid = bind({});
    QString error;

    // An untrusted certificate is refused: nothing reaches the receiver.
    QVERIFY(!m_sandbox->simulateCall(call, &error).isEmpty());
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(posts, 0);

    // Trusting the receiver's certificate, both callbacks arrive over TLS.
    m_sandbox->setCallbackCaCertificates(certs);
    QVERIFY(!m_sandbox->simulateCall(call, &error).isEmpty());
    QTRY_COMPARE(delivered.size() + failed.size(), 4);
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(posts, 2);
}

QTEST_GUILESS_MAIN(TestSandboxCallbacks)
#include "tst_sandboxcallbacks.moc"

#include "core/formencoding.h"
#include "fixtureserver.h"
#include "platform/platformclient.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("k3y with+plus/=");

ClientConfig configFor(const QUrl &url)
{
    ClientConfig c;
    c.baseUrl = url;
    c.devid = QStringLiteral("D42");
    c.key = kKey;
    c.allowPlainHttp = true;
    c.backoffInitialMs = 10;
    c.backoffMaxMs = 40;
    c.maxAttempts = 5;
    c.timeoutMs = 3000;
    return c;
}

PlatformResult wait(const std::function<void(PlatformClient::Callback)> &call)
{
    std::optional<PlatformResult> result;
    QEventLoop loop;
    call([&](const PlatformResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result) {
        PlatformResult timedOut;
        timedOut.message = QStringLiteral("test timed out");
        return timedOut;
    }
    return *result;
}

BindingRequest bindRequest()
{
    BindingRequest r;
    r.appid = QStringLiteral("APP1");
    r.x = QStringLiteral("+86 139-0000-0001");
    r.anum = QStringLiteral("13800000001");
    r.bnum = QStringLiteral("13800000002");
    r.reqid = QStringLiteral("req-1");
    r.ttl = 120;
    r.userData = QStringLiteral("a+b c");
    return r;
}

bool signatureValid(const QByteArray &authorization)
{
    const auto parsed = KeytimeSigner::parse(authorization);
    return parsed && parsed->devid == QLatin1StringView("D42") &&
           KeytimeSigner::constantTimeEquals(parsed->signature,
                                             KeytimeSigner::signature(kKey, parsed->timestampMs));
}

} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindSendsASignedFormPut()
    {
        FixtureServer server([](const SeenRequest &, int) { return ScriptedReply{}; });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        QSignalSpy attempts(&client, &PlatformClient::attemptFinished);
        const PlatformResult r = wait([&](auto done) { client.bind(bindRequest(), done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.subid, QStringLiteral("S1"));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server.seen().size(), 1);
        const SeenRequest &s = server.seen().first();
        QCOMPARE(s.method, QByteArray("PUT"));
        QCOMPARE(s.path, QStringLiteral("/igw/service/uc/interline/+8613900000001"));
        QCOMPARE(s.contentType, QByteArray("application/x-www-form-urlencoded"));
        QVERIFY2(s.body.contains("userData=a%2Bb%20c"), s.body.constData());
        QVERIFY(s.body.contains("reqid=req-1"));
        QVERIFY(signatureValid(s.authorization));
        // The attempt is reported for the request log, without any secret.
        QCOMPARE(attempts.size(), 1);
        const auto entry = attempts.at(0).at(0).value<RequestLogEntry>();
        QCOMPARE(entry.reqid, QStringLiteral("req-1"));
        QCOMPARE(entry.httpStatus, 200);
        QCOMPARE(entry.errorCode, std::optional<int>(0));
        QVERIFY(!entry.params.contains(QString::fromLatin1(kKey)));
        QVERIFY(!entry.params.contains(QStringLiteral("Keytime")));
    }

    void deleteCallsUseTheQueryString_data()
    {
        QTest::addColumn<bool>("transfer");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::newRow("release") << false << "/igw/service/uc/interline"
                                 << "appid=APP%201&subid=S%2B1";
        QTest::newRow("release transfer")
            << true << "/igw/service/uc/interline/13900000001/transfer"
            << "appid=APP%201";
    }
    void deleteCallsUseTheQueryString()
    {
        QFETCH(bool, transfer);
        QFETCH(QString, path);
        QFETCH(QString, query);
        FixtureServer server([](const SeenRequest &, int) {
            return ScriptedReply{200, "{\"error\":0}", 0};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        const PlatformResult r = wait([&](auto done) {
            if (transfer)
                client.releaseTransfer(QStringLiteral("APP 1"), QStringLiteral("13900000001"),
                                       done);
            else
                client.release(QStringLiteral("APP 1"), QStringLiteral("S+1"), done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(server.seen().first().method, QByteArray("DELETE"));
        QCOMPARE(server.seen().first().path, path);
        QCOMPARE(server.seen().first().query, query);
        QVERIFY(server.seen().first().body.isEmpty());
    }

    void transferIsAFormPut()
    {
        FixtureServer server([](const SeenRequest &, int) {
            return ScriptedReply{200, "{\"error\":0}", 0};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        TransferRequest t;
        t.appid = QStringLiteral("APP1");
        t.x = QStringLiteral("13900000001");
        t.anum = QStringLiteral("13800000001");
        t.reqid = QStringLiteral("t-1");
        t.display = 1;
        const PlatformResult r = wait([&](auto done) { client.transfer(t, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(server.seen().first().path,
                 QStringLiteral("/igw/service/uc/interline/13900000001/transfer"));
        QCOMPARE(formDecode(server.seen().first().body)->size(), t.formFields().size());
    }

    void statusToleratesExtraFieldsAndStringNumbers()
    {
        FixtureServer server([](const SeenRequest &, int) {
            return ScriptedReply{
                200,
                "{\"error\":0,\"state\":1,\"role\":\"dev\",\"balance\":\"12.5\","
                "\"overdraft\":3,\"createTime\":1600000000000,\"futureField\":[1]}",
                0};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        const PlatformResult r = wait([&](auto done) { client.status(done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(server.seen().first().method, QByteArray("GET"));
        QCOMPARE(server.seen().first().path, QStringLiteral("/api/v1/account/status"));
        QVERIFY(r.account);
        QCOMPARE(r.account->state, std::optional<int>(1));
        QCOMPARE(r.account->balance, std::optional<double>(12.5));
        QCOMPARE(r.account->overdraft, std::optional<double>(3));
        QCOMPARE(r.account->createTimeMs, std::optional<qint64>(1600000000000));
    }

    void retriesWithTheSameReqidAndAFreshSignature_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("firstBody");
        QTest::addColumn<bool>("uncertain");
        QTest::newRow("1500") << 200 << QByteArray("{\"error\":1500}") << true;
        QTest::newRow("1105") << 200 << QByteArray("{\"error\":1105,\"reason\":\"slow down\"}")
                              << false;
        QTest::newRow("1401") << 200 << QByteArray("{\"error\":1401}") << true;
        QTest::newRow("malformed") << 200 << QByteArray("{\"error\":0,\"sub") << true;
        QTest::newRow("no subid") << 200 << QByteArray("{\"error\":0}") << true;
        QTest::newRow("HTTP 503") << 503 << QByteArray("busy") << true;
    }
    void retriesWithTheSameReqidAndAFreshSignature()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, firstBody);
        QFETCH(bool, uncertain);
        FixtureServer server([&](const SeenRequest &, int i) {
            if (i < 2)
                return ScriptedReply{status, firstBody, 0};
            return ScriptedReply{};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        QSignalSpy attempts(&client, &PlatformClient::attemptFinished);
        const PlatformResult r = wait([&](auto done) { client.bind(bindRequest(), done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(server.seen().size(), 3);
        for (const SeenRequest &s : server.seen()) {
            QCOMPARE(s.body, server.seen().first().body); // same reqid, same parameters
            QVERIFY(signatureValid(s.authorization));
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(attempts.at(i).at(0).value<RequestLogEntry>().attempt, i + 1);
        // A fresh signature every time: the timestamps move on (back-off is at least 5 ms).
        QVERIFY(server.seen().at(0).authorization != server.seen().at(2).authorization);
        // A failed call whose attempts were uncertain reports it.
        FixtureServer always([&](const SeenRequest &, int) {
            return ScriptedReply{status, firstBody, 0};
        });
        QVERIFY(always.start());
        ClientConfig c = configFor(always.url());
        c.maxAttempts = 3;
        client.setConfig(c);
        const PlatformResult failed = wait([&](auto done) { client.bind(bindRequest(), done); });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.attempts, 3);
        QCOMPARE(always.seen().size(), 3);
        QCOMPARE(failed.outcomeUncertain, uncertain);
    }

    void neverRetriesFinalErrors_data()
    {
        QTest::addColumn<int>("code");
        for (int code : {1002, 1004, 1100, 1101, 1102, 1103, 1104, 1110, 1300, 1301, 1302, 1501})
            QTest::newRow(qPrintable(QString::number(code))) << code;
    }
    void neverRetriesFinalErrors()
    {
        QFETCH(int, code);
        FixtureServer server([&](const SeenRequest &, int) {
            return ScriptedReply{
                200, QStringLiteral("{\"error\":%1,\"reason\":\"r\"}").arg(code).toLatin1(), 0};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        const PlatformResult r = wait([&](auto done) { client.bind(bindRequest(), done); });
        QCOMPARE(r.kind, PlatformResult::Kind::PlatformError);
        QCOMPARE(r.errorCode, std::optional<int>(code));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server.seen().size(), 1);
        QVERIFY(!r.outcomeUncertain);
        QVERIFY(r.message.startsWith(QString::number(code)));
    }

    void aSilentResendByQtMakesTheOutcomeUncertain()
    {
        // The first transmission is carried out and its connection closed without an answer;
        // Qt re-sends the PUT on its own, and that one is refused (401). The platform may have
        // the binding: the result must say the outcome is uncertain, not "surely refused".
        FixtureServer server([](const SeenRequest &, int i) {
            return i == 0 ? ScriptedReply{0, {}, 0}
                          : ScriptedReply{401, "{\"error\":1101,\"reason\":\"no\"}", 0};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        QSignalSpy attempts(&client, &PlatformClient::attemptFinished);
        const PlatformResult r = wait([&](auto done) { client.bind(bindRequest(), done); });
        QCOMPARE(r.kind, PlatformResult::Kind::AuthFailed);
        QCOMPARE(server.seen().size(), 2);
        QCOMPARE(server.seen().at(0).body, server.seen().at(1).body);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.outcomeUncertain);
        QVERIFY(attempts.at(0).at(0).value<RequestLogEntry>().reason.contains(
            QStringLiteral("2 times")));
    }

    void rateLimitSlowsTheClient()
    {
        FixtureServer server([](const SeenRequest &, int i) {
            return i == 0 ? ScriptedReply{200, "{\"error\":1105}", 0} : ScriptedReply{};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        QCOMPARE(client.currentIntervalMs(), 0);
        const PlatformResult r = wait([&](auto done) { client.bind(bindRequest(), done); });
        QVERIFY(r.ok());
        QVERIFY(client.currentIntervalMs() > 0);
    }

    void unauthorizedIsAnAuthenticationFailure()
    {
        FixtureServer server([](const SeenRequest &, int) {
            return ScriptedReply{401, "{\"error\":1101,\"reason\":\"bad signature\"}", 0};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        client.setConfig(configFor(server.url()));
        const PlatformResult r = wait([&](auto done) { client.status(done); });
        QCOMPARE(r.kind, PlatformResult::Kind::AuthFailed);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.message.contains(QStringLiteral("bad signature")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QStringLiteral("clock")));
    }

    void clockSkewIsLearntFromTheDateHeader_data()
    {
        QTest::addColumn<bool>("compensate");
        QTest::newRow("compensation on") << true;
        QTest::newRow("compensation off") << false;
    }
    void clockSkewIsLearntFromTheDateHeader()
    {
        // The platform's clock is 5 minutes ahead; it refuses signatures more than 3 minutes
        // away from its own time.
        QFETCH(bool, compensate);
        constexpr qint64 skew = 5 * 60 * 1000;
        FixtureServer server([&](const SeenRequest &s, int) {
            const auto parsed = KeytimeSigner::parse(s.authorization);
            const qint64 platformNow = QDateTime::currentMSecsSinceEpoch() + skew;
            if (!parsed || qAbs(parsed->timestampMs - platformNow) > 180'000)
                return ScriptedReply{401, "{\"error\":1101,\"reason\":\"timestamp\"}", skew};
            return ScriptedReply{200, "{\"error\":0,\"state\":1}", skew};
        });
        QVERIFY(server.start());
        PlatformClient client(SystemClock::instance());
        ClientConfig c = configFor(server.url());
        c.skewCompensation = compensate;
        client.setConfig(c);
        QSignalSpy warnings(&client, &PlatformClient::warning);
        const PlatformResult r = wait([&](auto done) { client.status(done); });
        QVERIFY(qAbs(client.estimatedClockOffsetMs() - skew) < 3000);
        QCOMPARE(warnings.size(), 1);
        if (compensate) {
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(r.attempts, 2);
            QVERIFY(qAbs(client.appliedClockOffsetMs() - skew) < 3000);
            // The next call is signed right the first time.
            const PlatformResult again = wait([&](auto done) { client.status(done); });
            QVERIFY(again.ok());
            QCOMPARE(again.attempts, 1);
        } else {
            QCOMPARE(r.kind, PlatformResult::Kind::AuthFailed);
            QCOMPARE(client.appliedClockOffsetMs(), 0);
            QVERIFY2(r.message.contains(QRegularExpression(
                         QStringLiteral("clock is (5 min [0-2]|4 min 5[89]) s"))),
                     qPrintable(r.message));
            QVERIFY(r.message.contains(QStringLiteral("behind")));
        }
    }

    void timeoutsAreRetriedThenReported()
    {
        // A server that accepts connections and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        PlatformClient client(SystemClock::instance());
        ClientConfig c =
            configFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        c.timeoutMs = 200;
        c.maxAttempts = 2;
        client.setConfig(c);
        const PlatformResult r = wait([&](auto done) { client.bind(bindRequest(), done); });
        QCOMPARE(r.kind, PlatformResult::Kind::Network);
        QCOMPARE(r.attempts, 2);
        QVERIFY(r.outcomeUncertain);
        QVERIFY2(r.message.contains(QStringLiteral("0.2 s")), qPrintable(r.message));
    }

    void configurationIsCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<QString>("devid");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain http not allowed")
            << "http://127.0.0.1:1" << false << "D" << QByteArray("k") << "plain http://";
        QTest::newRow("no devid") << "https://127.0.0.1:1" << false << "" << QByteArray("k")
                                  << "devid";
        QTest::newRow("no key") << "https://127.0.0.1:1" << false << "D" << QByteArray()
                                << "auth key";
        QTest::newRow("bad scheme")
            << "ftp://127.0.0.1:1" << false << "D" << QByteArray("k") << "https://";
    }
    void configurationIsCheckedBeforeSending()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowHttp);
        QFETCH(QString, devid);
        QFETCH(QByteArray, key);
        QFETCH(QString, expected);
        PlatformClient client(SystemClock::instance());
        ClientConfig c;
        c.baseUrl = QUrl(url);
        c.allowPlainHttp = allowHttp;
        c.devid = devid;
        c.key = key;
        client.setConfig(c);
        QVERIFY(client.configError());
        QVERIFY2(client.configError()->contains(expected), qPrintable(*client.configError()));
        const PlatformResult r = wait([&](auto done) { client.status(done); });
        QCOMPARE(r.kind, PlatformResult::Kind::Config);
        QCOMPARE(r.attempts, 0);
        QVERIFY(client.config().key.isEmpty()); // never handed out
    }

    void plainHttpWhenAllowedCarriesAWarning()
    {
        PlatformClient client(SystemClock::instance());
        ClientConfig c = configFor(QUrl(QStringLiteral("http://127.0.0.1:1")));
        client.setConfig(c);
        QVERIFY(!client.configError());
        QVERIFY(client.securityWarning().contains(QStringLiteral("unencrypted")));
        c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        client.setConfig(c);
        QVERIFY(client.securityWarning().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"

// The sandbox beyond single requests: every field of the account status, the Date header,
// form decoding, what inspection shows, state across a restart on the same file, HTTPS.
#include "sandbox/sandboxplatform.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtestsupport.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pn;
using namespace pn::test;

namespace {

const QString axbPath = QStringLiteral("/igw/service/uc/interline/");
const QString X1 = QStringLiteral("17000000001");
const QString X2 = QStringLiteral("17000000002");

QByteArray axb(const char *anum, const char *bnum, const char *reqid, const char *extra = "",
               const char *ttl = "100")
{
    return QByteArray("appid=app1&anum=") + anum + "&bnum=" + bnum + "&reqid=" + reqid +
           "&ttl=" + ttl + extra;
}

} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void accountStatusHasEveryField();
    void dateHeaderOnEveryAnswer();
    void formDecodingOfPlusAndPercent();
    void bindingInspection();
    void stateSurvivesRestart();
    void https();
    void misuseIsRefused();

private:
    ManualClock m_clock{1'790'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxPlatform> m_sandbox;
    std::unique_ptr<RawClient> m_client;
    QString stateFile() const { return m_dir->filePath(QStringLiteral("sandbox.sqlite")); }
    void start();
};

void TestSandboxState::start()
{
    m_sandbox = std::make_unique<SandboxPlatform>(m_clock);
    QString error;
    QVERIFY2(m_sandbox->open(stateFile(), &error), qPrintable(error));
    addStandardAccounts(*m_sandbox);
    QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<RawClient>(m_sandbox->baseUrl());
}

void TestSandboxState::init()
{
    m_clock.setMs(1'790'000'000'000);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    start();
}

void TestSandboxState::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestSandboxState::accountStatusHasEveryField()
{
    const HttpResult r =
        m_client->signedSend("GET", QStringLiteral("/api/v1/account/status"), {}, m_clock.nowMs());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.platformError(), 0);
    QCOMPARE(r.json.value(QStringLiteral("state")).toInt(-1), 1);
    QCOMPARE(r.json.value(QStringLiteral("role")).toString(), QStringLiteral("developer"));
    QCOMPARE(r.json.value(QStringLiteral("balance")).toDouble(), 100.0);
    QCOMPARE(r.json.value(QStringLiteral("overdraft")).toDouble(), 50.0);
    QCOMPARE(r.json.value(QStringLiteral("createTime")).toInteger(), 1'600'000'000'000LL);
    QCOMPARE(r.json.value(QStringLiteral("updateTime")).toInteger(), 1'650'000'000'000LL);
    const HttpResult trial = m_client->signedSend("GET", QStringLiteral("/api/v1/account/status"),
                                                  {}, m_clock.nowMs(), QStringLiteral("5000"));
    QCOMPARE(trial.json.value(QStringLiteral("state")).toInt(-1), 0);
    QCOMPARE(trial.json.value(QStringLiteral("balance")).toDouble(), -5.0);
}

void TestSandboxState::dateHeaderOnEveryAnswer()
{
    m_clock.setMs(1'790'000'123'456);
    const QByteArray expected = SandboxServer::httpDate(m_clock.nowMs());
    // IMF-fixdate (RFC 7231): "Tue, 21 Sep 2026 10:02:03 GMT", in UTC, whole seconds.
    QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(expected),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    parsed.setTimeZone(QTimeZone::utc());
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toMSecsSinceEpoch(), 1'790'000'123'000LL);
    QCOMPARE(expected.size(), 29);
    const HttpResult ok =
        m_client->signedSend("GET", QStringLiteral("/api/v1/account/status"), {}, m_clock.nowMs());
    QCOMPARE(ok.date, expected);
    const HttpResult denied =
        m_client->send("GET", QStringLiteral("/api/v1/account/status"), {}, {});
    QCOMPARE(denied.status, 401);
    QCOMPARE(denied.date, expected);
    const HttpResult unknown =
        m_client->signedSend("GET", QStringLiteral("/x"), {}, m_clock.nowMs());
    QCOMPARE(unknown.platformError(), 1001);
    QCOMPARE(unknown.date, expected);
}

void TestSandboxState::formDecodingOfPlusAndPercent()
{
    const HttpResult r = m_client->signedSend(
        "PUT", axbPath + X1,
        "appid=app1&anum=%2B8613800000001&bnum=138+0000+0002&reqid=r%2B1+x&ttl=100"
        "&userData=a+b%2Bc%20d%3D",
        m_clock.nowMs());
    QCOMPARE(r.platformError(), 0);
    const auto b = m_sandbox->binding(r.json.value(QStringLiteral("subid")).toString());
    QVERIFY(b.has_value());
    QCOMPARE(b->anum, QStringLiteral("+8613800000001"));
    QCOMPARE(b->bnum, QStringLiteral("13800000002"));
    QCOMPARE(b->reqid, QStringLiteral("r+1 x"));
    QCOMPARE(b->userData, QStringLiteral("a b+c d="));
    // DELETE reads its parameters from the query string, with the same decoding.
    const HttpResult del = m_client->signedSend(
        "DELETE", QStringLiteral("/igw/service/uc/interline?appid=app1&subid=") + b->subid, {},
        m_clock.nowMs());
    QCOMPARE(del.platformError(), 0);
}

void TestSandboxState::bindingInspection()
{
    const qint64 t0 = m_clock.nowMs();
    const HttpResult r = m_client->signedSend(
        "PUT", axbPath + X1,
        axb("13800000001", "13800000002", "r1", "&record=1&display=0,1&userData=dGVzdA=="), t0);
    const QString subid = r.json.value(QStringLiteral("subid")).toString();
    QVERIFY(!subid.isEmpty());
    QList<SandboxBinding> list = m_sandbox->bindings(Devid);
    QCOMPARE(list.size(), 1);
    const SandboxBinding b = list.first();
    QCOMPARE(b.subid, subid);
    QCOMPARE(b.reqid, QStringLiteral("r1"));
    QCOMPARE(b.appid, QStringLiteral("app1"));
    QCOMPARE(b.x, X1);
    QCOMPARE(b.anum, QStringLiteral("13800000001"));
    QCOMPARE(b.bnum, QStringLiteral("13800000002"));
    QCOMPARE(b.record, 1);
    QCOMPARE(b.display, QStringLiteral("0,1"));
    QCOMPARE(b.userData, QStringLiteral("dGVzdA=="));
    QCOMPARE(b.state, SandboxState::Active);
    QCOMPARE(b.createdAtMs, t0);
    QCOMPARE(b.expiresAtMs, t0 + 100'000);
    QVERIFY(m_sandbox->bindings(QStringLiteral("5000")).isEmpty());
    m_clock.advanceMs(100'000);
    QCOMPARE(m_sandbox->binding(subid)->state, SandboxState::Expired);

    const HttpResult r2 = m_client->signedSend(
        "PUT", axbPath + X2, axb("13800000001", "13800000002", "r2"), m_clock.nowMs());
    const QString subid2 = r2.json.value(QStringLiteral("subid")).toString();
    m_client->signedSend("DELETE",
                         QStringLiteral("/igw/service/uc/interline?appid=app1&subid=") + subid2, {},
                         m_clock.nowMs());
    QCOMPARE(m_sandbox->binding(subid2)->state, SandboxState::Released);
    QCOMPARE(m_sandbox->binding(subid2)->releasedAtMs, m_clock.nowMs());
    QCOMPARE(m_sandbox->bindings().size(), 2);
}

void TestSandboxState::stateSurvivesRestart()
{
    const HttpResult first = m_client->signedSend(
        "PUT", axbPath + X1, axb("13800000001", "13800000002", "r1", "", "60"), m_clock.nowMs());
    const QString subid = first.json.value(QStringLiteral("subid")).toString();
    QVERIFY(!subid.isEmpty());
    QCOMPARE(m_client
                 ->signedSend("PUT", axbPath + X2 + QStringLiteral("/transfer"),
                              "appid=app1&anum=13800000001&reqid=t1", m_clock.nowMs())
                 .platformError(),
             0);
    QVERIFY(m_sandbox->setBalance(Devid, 42.5));

    // Destroy and re-open on the same state file, 30 s later.
    m_client.reset();
    m_sandbox.reset();
    m_clock.advanceMs(30'000);
    start();

    QCOMPARE(m_sandbox->account(Devid)->balance, 42.5); // the stored balance wins
    QCOMPARE(m_sandbox->account(Devid)->createTimeMs, 1'600'000'000'000LL);
    // The lost-response retry still gets the same subid, the binding still conflicts.
    const HttpResult replay = m_client->signedSend(
        "PUT", axbPath + X1, axb("13800000001", "13800000002", "r1", "", "60"), m_clock.nowMs());
    QCOMPARE(replay.json.value(QStringLiteral("subid")).toString(), subid);
    QCOMPARE(m_client
                 ->signedSend("PUT", axbPath + X1, axb("13800000001", "13800000009", "r2"),
                              m_clock.nowMs())
                 .platformError(),
             1302);
    QCOMPARE(m_client
                 ->signedSend("PUT", axbPath + X2 + QStringLiteral("/transfer"),
                              "appid=app1&anum=13800000002&reqid=t2", m_clock.nowMs())
                 .platformError(),
             1201);
    // The TTL keeps running across the restart: 30 s + 30 s = 60 s.
    m_clock.advanceMs(30'000);
    QCOMPARE(m_client
                 ->signedSend("DELETE",
                              QStringLiteral("/igw/service/uc/interline?appid=app1&subid=") + subid,
                              {}, m_clock.nowMs())
                 .platformError(),
             1300);
    QCOMPARE(m_sandbox->binding(subid)->state, SandboxState::Expired);
}

void TestSandboxState::https()
{
    QString cert, key;
    QVERIFY2(makeCertificate(m_dir->path(), &cert, &key), "openssl req failed");
    SandboxPlatform tls(m_clock);
    QString error;
    QVERIFY(tls.open(QStringLiteral(":memory:"), &error));
    addStandardAccounts(tls);
    QVERIFY2(tls.listenTls(QHostAddress::LocalHost, 0, cert, key, &error), qPrintable(error));
    QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

    RawClient trusting(tls.baseUrl());
    trusting.setCaCertificates(QSslCertificate::fromPath(cert));
    const HttpResult ok =
        trusting.signedSend("GET", QStringLiteral("/api/v1/account/status"), {}, m_clock.nowMs());
    QCOMPARE(ok.error, QNetworkReply::NoError);
    QCOMPARE(ok.platformError(), 0);
    const HttpResult created = trusting.signedSend(
        "PUT", axbPath + X1, axb("13800000001", "13800000002", "r1"), m_clock.nowMs());
    QCOMPARE(created.platformError(), 0);

    // Without the certificate in its trust store the client refuses the connection.
    RawClient untrusting(tls.baseUrl());
    const HttpResult refused =
        untrusting.signedSend("GET", QStringLiteral("/api/v1/account/status"), {}, m_clock.nowMs());
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(refused.status, 0);

    QString badError;
    SandboxPlatform broken(m_clock);
    QVERIFY(broken.open(QStringLiteral(":memory:"), &badError));
    QVERIFY(!broken.listenTls(QHostAddress::LocalHost, 0, m_dir->filePath(QStringLiteral("none")),
                              key, &badError));
    QVERIFY(!badError.isEmpty());
}

void TestSandboxState::misuseIsRefused()
{
    SandboxPlatform unopened(m_clock);
    unopened.addAccount(SandboxAccount{}); // no state file yet: ignored, no crash
    QString error;
    QVERIFY(!unopened.listen(QHostAddress::LocalHost, 0, &error));
    QVERIFY(error.contains(QStringLiteral("state file")));
    QVERIFY(unopened.baseUrl().isEmpty());
    QVERIFY(!m_sandbox->listen(QHostAddress::LocalHost, 0, &error)); // already listening
    QVERIFY(!error.isEmpty());
}
QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"

// Fault injection (each fault, switchable at run time) and the /sandbox/ admin API, over raw
// HTTP so that a dropped connection is seen as exactly that.
#include "sandbox/sandboxplatform.h"
#include "sandboxtestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;
using namespace pn::test;

namespace {

enum class Outcome { Ok, Fail1500, RateLimited, Unauthorized, Maintenance, BadJson, Dropped };

const QString X1 = QStringLiteral("17000000001");

} // namespace

Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(SandboxFaults)

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offByDefault();
    void faults_data();
    void faults();
    void droppedCreateIsCommittedAndReplayable();
    void delay();
    void switchableAtRunTime();
    void adminFaults();
    void adminInspectionAndReset();
    void adminAccounts();
    void adminIsNotSubjectToFaults();
    void adminRefusesCrossSite_data();
    void adminRefusesCrossSite();

private:
    struct Exchange
    {
        Outcome outcome = Outcome::Ok;
        QString subid;
        qint64 elapsedMs = 0;
    };
    // A signed PUT creating the binding 1380000<i>/1390000<i> on X1 with reqid r<i>.
    Exchange create(int i, const QString &reqid = {});
    RawResponse admin(const QByteArray &method, const QString &path, const QByteArray &json = {});

    ManualClock m_clock{1'790'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxPlatform> m_sandbox;
};

void TestSandboxFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxPlatform>(m_clock);
    QString error;
    QVERIFY(m_sandbox->open(m_dir->filePath(QStringLiteral("s.sqlite")), &error));
    addStandardAccounts(*m_sandbox);
    QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0, &error));
}

void TestSandboxFaults::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

TestSandboxFaults::Exchange TestSandboxFaults::create(int i, const QString &reqid)
{
    const QByteArray n = QByteArray::number(i).rightJustified(4, '0');
    const QByteArray body = "appid=app1&anum=1380000" + n + "&bnum=1390000" + n +
                            "&reqid=" + (reqid.isEmpty() ? "r" + n : reqid.toUtf8()) + "&ttl=600";
    QElapsedTimer timer;
    timer.start();
    bool closed = false;
    const QByteArray raw =
        rawExchange(m_sandbox->baseUrl().port(),
                    rawRequest("PUT", QStringLiteral("/igw/service/uc/interline/") + X1,
                               authorization(Devid, Key, m_clock.nowMs()), body),
                    &closed);
    Exchange e;
    e.elapsedMs = timer.elapsed();
    const RawResponse r = parseRawResponse(raw);
    if (r.status == 0) {
        e.outcome = closed && raw.isEmpty() ? Outcome::Dropped : Outcome::BadJson;
        return e;
    }
    if (r.status == 401)
        e.outcome = Outcome::Unauthorized;
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        e.outcome = Outcome::BadJson;
        return e;
    }
    if (r.status == 401)
        return e;
    e.subid = o.value(QStringLiteral("subid")).toString();
    switch (o.value(QStringLiteral("error")).toInt(-1)) {
    case 0:
        e.outcome = Outcome::Ok;
        break;
    case 1500:
        e.outcome = Outcome::Fail1500;
        break;
    case 1105:
        e.outcome = Outcome::RateLimited;
        break;
    case 1501:
        e.outcome = Outcome::Maintenance;
        break;
    default:
        e.outcome = Outcome::BadJson;
    }
    return e;
}

RawResponse TestSandboxFaults::admin(const QByteArray &method, const QString &path,
                                     const QByteArray &json)
{
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!json.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    bool closed = false;
    return parseRawResponse(rawExchange(m_sandbox->baseUrl().port(), request, &closed));
}

void TestSandboxFaults::offByDefault()
{
    QCOMPARE(m_sandbox->faults(), SandboxFaults{});
    for (int i = 1; i <= 12; ++i)
        QCOMPARE(create(i).outcome, Outcome::Ok);
    QCOMPARE(m_sandbox->bindings().size(), 12);
}

void TestSandboxFaults::faults_data()
{
    QTest::addColumn<SandboxFaults>("faults");
    QTest::addColumn<QList<Outcome>>("outcomes");
    QTest::addColumn<qint64>("advanceBeforeLastMs");

    using O = Outcome;
    SandboxFaults f;
    f.failEvery = 3;
    QTest::newRow("every 3rd request answers 1500")
        << f << QList<O>{O::Ok, O::Ok, O::Fail1500, O::Ok, O::Ok, O::Fail1500} << 0LL;
    f = {};
    f.rateLimit = 2;
    QTest::newRow("over 2 requests/s answers 1105")
        << f << QList<O>{O::Ok, O::Ok, O::RateLimited, O::RateLimited, O::Ok} << 500LL;
    f = {};
    f.unauthorizedEvery = 2;
    QTest::newRow("every 2nd request answers 401")
        << f << QList<O>{O::Ok, O::Unauthorized, O::Ok, O::Unauthorized} << 0LL;
    f = {};
    f.maintenance = true;
    QTest::newRow("maintenance answers 1501")
        << f << QList<O>{O::Maintenance, O::Maintenance} << 0LL;
    f = {};
    f.badJsonEvery = 2;
    QTest::newRow("every 2nd body is malformed JSON")
        << f << QList<O>{O::Ok, O::BadJson, O::Ok, O::BadJson} << 0LL;
    f = {};
    f.dropAfterCommitEvery = 2;
    QTest::newRow("every 2nd mutation is committed, then dropped")
        << f << QList<O>{O::Ok, O::Dropped, O::Ok, O::Dropped} << 0LL;
}

void TestSandboxFaults::faults()
{
    QFETCH(SandboxFaults, faults);
    QFETCH(QList<Outcome>, outcomes);
    QFETCH(qint64, advanceBeforeLastMs);
    m_sandbox->setFaults(faults);
    QCOMPARE(m_sandbox->faults(), faults);
    int committed = 0;
    for (int i = 0; i < outcomes.size(); ++i) {
        if (i == outcomes.size() - 1)
            m_clock.advanceMs(advanceBeforeLastMs);
        const Exchange e = create(i + 1);
        QCOMPARE(e.outcome, outcomes.at(i));
        if (e.outcome == Outcome::Ok || e.outcome == Outcome::BadJson ||
            e.outcome == Outcome::Dropped)
            ++committed;
    }
    // Refused requests change nothing; malformed and dropped answers come after the commit.
    QCOMPARE(m_sandbox->bindings().size(), committed);
}

void TestSandboxFaults::droppedCreateIsCommittedAndReplayable()
{
    SandboxFaults f;
    f.dropAfterCommitEvery = 1;
    m_sandbox->setFaults(f);
    const Exchange lost = create(7, QStringLiteral("lost-1"));
    QCOMPARE(lost.outcome, Outcome::Dropped);
    QCOMPARE(m_sandbox->bindings().size(), 1);
    const QString committed = m_sandbox->bindings().first().subid;
    QCOMPARE(m_sandbox->bindings().first().reqid, QStringLiteral("lost-1"));

    m_sandbox->setFaults({});
    const Exchange retry = create(7, QStringLiteral("lost-1")); // same reqid, same parameters
    QCOMPARE(retry.outcome, Outcome::Ok);
    QCOMPARE(retry.subid, committed);
    QCOMPARE(m_sandbox->bindings().size(), 1);
}

void TestSandboxFaults::delay()
{
    SandboxFaults f;
    f.delayMs = 300;
    m_sandbox->setFaults(f);
    const Exchange slow = create(1);
    QCOMPARE(slow.outcome, Outcome::Ok);
    QVERIFY2(slow.elapsedMs >= 290, qPrintable(QString::number(slow.elapsedMs)));
    m_sandbox->setFaults({});
    const Exchange fast = create(2);
    QCOMPARE(fast.outcome, Outcome::Ok);
    QVERIFY2(fast.elapsedMs < 250, qPrintable(QString::number(fast.elapsedMs)));
}

void TestSandboxFaults::switchableAtRunTime()
{
    QCOMPARE(create(1).outcome, Outcome::Ok);
    SandboxFaults f;
    f.failEvery = 1;
    m_sandbox->setFaults(f);
    QCOMPARE(create(2).outcome, Outcome::Fail1500);
    f = {};
    f.maintenance = true;
    m_sandbox->setFaults(f);
    QCOMPARE(create(2).outcome, Outcome::Maintenance);
    m_sandbox->setFaults({});
    QCOMPARE(create(2).outcome, Outcome::Ok);
}

void TestSandboxFaults::adminFaults()
{
    RawResponse r = admin("PUT", QStringLiteral("/sandbox/faults"),
                          R"({"failEvery":1,"delayMs":0,"maintenance":false})");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_sandbox->faults().failEvery, 1);
    QCOMPARE(create(1).outcome, Outcome::Fail1500);
    r = admin("GET", QStringLiteral("/sandbox/faults"));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("failEvery")).toInt(),
             1);
    r = admin("PUT", QStringLiteral("/sandbox/faults"), R"({"rateLimit":0.5})");
    QCOMPARE(m_sandbox->faults().rateLimit, 0.5);
    QCOMPARE(m_sandbox->faults().failEvery, 1); // the other faults stay as they were
    r = admin("PUT", QStringLiteral("/sandbox/faults"), R"({"clear":true})");
    QCOMPARE(m_sandbox->faults(), SandboxFaults{});
    QCOMPARE(create(1).outcome, Outcome::Ok);
}

void TestSandboxFaults::adminInspectionAndReset()
{
    const Exchange made = create(1);
    QCOMPARE(made.outcome, Outcome::Ok);
    RawResponse r = admin("GET", QStringLiteral("/sandbox/bindings?devid=1000"));
    QCOMPARE(r.status, 200);
    const QJsonArray rows =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("bindings")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject b = rows.first().toObject();
    QCOMPARE(b.value(QStringLiteral("subid")).toString(), made.subid);
    QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(b.value(QStringLiteral("x")).toString(), X1);
    QCOMPARE(b.value(QStringLiteral("reqid")).toString(), QStringLiteral("r0001"));
    QCOMPARE(b.value(QStringLiteral("expiresAt")).toInteger(), m_clock.nowMs() + 600'000);
    r = admin("GET", QStringLiteral("/sandbox/bindings?devid=5000"));
    QVERIFY(QJsonDocument::fromJson(r.body)
                .object()
                .value(QStringLiteral("bindings"))
                .toArray()
                .isEmpty());

    r = admin("GET", QStringLiteral("/sandbox/status"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains(Key)); // never a key
    QCOMPARE(
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("activeBindings")).toInt(),
        1);

    r = admin("POST", QStringLiteral("/sandbox/reset"));
    QCOMPARE(r.status, 200);
    QVERIFY(m_sandbox->bindings().isEmpty());
    QCOMPARE(create(1).outcome, Outcome::Ok); // reqid and parties free again

    r = admin("GET", QStringLiteral("/sandbox/nothing"));
    QCOMPARE(r.status, 404);
    QVERIFY(!QJsonDocument::fromJson(r.body)
                 .object()
                 .value(QStringLiteral("reason"))
                 .toString()
                 .isEmpty());
}

void TestSandboxFaults::adminAccounts()
{
    RawResponse r = admin("PUT", QStringLiteral("/sandbox/accounts/1000"), R"({"state":2})");
    QCOMPARE(r.status, 200);
    bool closed = false;
    RawResponse api = parseRawResponse(
        rawExchange(m_sandbox->baseUrl().port(),
                    rawRequest("PUT", QStringLiteral("/igw/service/uc/interline/") + X1,
                               authorization(Devid, Key, m_clock.nowMs()),
                               "appid=app1&anum=13800000001&bnum=13800000002&reqid=r1&ttl=60"),
                    &closed));
    QCOMPARE(QJsonDocument::fromJson(api.body).object().value(QStringLiteral("error")).toInt(),
             1102);
    r = admin("PUT", QStringLiteral("/sandbox/accounts/1000"), R"({"state":1,"balance":-50})");
    QCOMPARE(m_sandbox->account(Devid)->balance, -50.0);
    QCOMPARE(m_sandbox->account(Devid)->updateTimeMs, m_clock.nowMs());
    api = parseRawResponse(
        rawExchange(m_sandbox->baseUrl().port(),
                    rawRequest("PUT", QStringLiteral("/igw/service/uc/interline/") + X1,
                               authorization(Devid, Key, m_clock.nowMs()),
                               "appid=app1&anum=13800000001&bnum=13800000002&reqid=r1&ttl=60"),
                    &closed));
    QCOMPARE(QJsonDocument::fromJson(api.body).object().value(QStringLiteral("error")).toInt(),
             1110); // balance −50 + overdraft 50 = 0
    r = admin("PUT", QStringLiteral("/sandbox/accounts/1000"), R"({"state":7})");
    QCOMPARE(r.status, 400);
    r = admin("PUT", QStringLiteral("/sandbox/accounts/nobody"), R"({"state":1})");
    QCOMPARE(r.status, 404);
}

void TestSandboxFaults::adminIsNotSubjectToFaults()
{
    SandboxFaults f;
    f.maintenance = true;
    f.unauthorizedEvery = 1;
    f.dropAfterCommitEvery = 1;
    m_sandbox->setFaults(f);
    QCOMPARE(admin("GET", QStringLiteral("/sandbox/status")).status, 200);
    QCOMPARE(admin("POST", QStringLiteral("/sandbox/reset")).status, 200);
}

void TestSandboxFaults::adminRefusesCrossSite_data()
{
    // A web page the tester opens may post to 127.0.0.1 (no preflight for text/plain or forms)
    // or re-bind its own DNS name to 127.0.0.1: such requests carry a foreign Origin or Host.
    QTest::addColumn<QByteArray>("headers"); // PORT stands for the sandbox's port
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("evil origin, text/plain")
        << QByteArray("Host: 127.0.0.1:PORT\r\nOrigin: http://evil.example\r\nContent-Type: "
                      "text/plain\r\n")
        << QByteArray(R"({"maintenance":1})") << 403;
    QTest::newRow("evil origin, JSON")
        << QByteArray("Host: 127.0.0.1:PORT\r\nOrigin: http://evil.example\r\nContent-Type: "
                      "application/json\r\n")
        << QByteArray(R"({"maintenance":1})") << 403;
    QTest::newRow("evil origin, form")
        << QByteArray("Host: 127.0.0.1:PORT\r\nOrigin: http://evil.example\r\nContent-Type: "
                      "application/x-www-form-urlencoded\r\n")
        << QByteArray("maintenance=1") << 403;
    QTest::newRow("null origin")
        << QByteArray("Host: 127.0.0.1:PORT\r\nOrigin: null\r\nContent-Type: application/json\r\n")
        << QByteArray(R"({"maintenance":1})") << 403;
    QTest::newRow("loopback origin, other port")
        << QByteArray("Host: 127.0.0.1:PORT\r\nOrigin: http://127.0.0.1:1\r\nContent-Type: "
                      "application/json\r\n")
        << QByteArray(R"({"maintenance":1})") << 403;
    QTest::newRow("text/plain, no origin")
        << QByteArray("Host: 127.0.0.1:PORT\r\nContent-Type: text/plain\r\n")
        << QByteArray(R"({"maintenance":1})") << 415;
    QTest::newRow("no content type")
        << QByteArray("Host: 127.0.0.1:PORT\r\n") << QByteArray(R"({"maintenance":1})") << 415;
    QTest::newRow("re-bound DNS name")
        << QByteArray("Host: evil.example:PORT\r\nContent-Type: application/json\r\n")
        << QByteArray(R"({"maintenance":1})") << 403;
    QTest::newRow("own origin, JSON")
        << QByteArray("Host: 127.0.0.1:PORT\r\nOrigin: http://127.0.0.1:PORT\r\nContent-Type: "
                      "application/json\r\n")
        << QByteArray(R"({"maintenance":1})") << 200;
    QTest::newRow("localhost, form, no origin")
        << QByteArray("Host: localhost:PORT\r\nContent-Type: application/x-www-form-urlencoded\r\n")
        << QByteArray("maintenance=1") << 200;
}

void TestSandboxFaults::adminRefusesCrossSite()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const quint16 port = m_sandbox->baseUrl().port();
    headers.replace("PORT", QByteArray::number(port));
    const QByteArray request = "PUT /sandbox/faults HTTP/1.1\r\n" + headers +
                               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                               body;
    bool closed = false;
    const RawResponse r = parseRawResponse(rawExchange(port, request, &closed));
    QCOMPARE(r.status, status);
    QCOMPARE(m_sandbox->faults().maintenance, status == 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"

// Conformance of the sandbox with the platform's API (../shared/spec), driven by raw signed
// HTTP requests: one data row per behaviour, each a short scenario of requests.
#include "sandbox/sandboxplatform.h"
#include "sandboxtestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pn;
using namespace pn::test;

namespace {

enum class Auth { Good, None, Malformed, NotKeytime, WrongKey };
enum class Expect { Any, NewSubid, SameSubid };

struct Step
{
    QByteArray method;
    QString path;
    QByteArray body;
    int error = 0;
    QString reasonHas;
    int status = 200;
    Auth auth = Auth::Good;
    qint64 skewMs = 0;
    QString devid = Devid;
    QByteArray contentType = "application/x-www-form-urlencoded";
    qint64 advanceMs = 0; // moves the clock before sending
    Expect expect = Expect::Any;

    Step as(Auth a) const
    {
        Step s = *this;
        s.auth = a;
        return s;
    }
    Step skew(qint64 ms) const
    {
        Step s = *this;
        s.skewMs = ms;
        return s;
    }
    Step dev(const QString &d) const
    {
        Step s = *this;
        s.devid = d;
        return s;
    }
    Step type(const QByteArray &t) const
    {
        Step s = *this;
        s.contentType = t;
        return s;
    }
    Step after(qint64 ms) const
    {
        Step s = *this;
        s.advanceMs = ms;
        return s;
    }
    Step fresh() const
    {
        Step s = *this;
        s.expect = Expect::NewSubid;
        return s;
    }
    Step same() const
    {
        Step s = *this;
        s.expect = Expect::SameSubid;
        return s;
    }
};
using Steps = QList<Step>;

// A reason fragment from a literal or a QString.
struct R
{
    R() = default;
    R(const char *text)
        : s(QString::fromUtf8(text))
    {}
    R(const QString &text)
        : s(text)
    {}
    QString s;
};

Step mk(const QByteArray &method, const QString &path, const QByteArray &body = {}, int error = 0,
        const R &reason = {}, int status = 200)
{
    Step s;
    s.method = method;
    s.path = path;
    s.body = body;
    s.error = error;
    s.reasonHas = reason.s;
    s.status = status;
    return s;
}

const QString axbPath = QStringLiteral("/igw/service/uc/interline/");

QByteArray axb(const char *anum, const char *bnum, const char *reqid, const char *extra = "",
               const char *ttl = "100")
{
    return QByteArray("appid=app1&anum=") + anum + "&bnum=" + bnum + "&reqid=" + reqid +
           "&ttl=" + ttl + extra;
}

Step put(const QString &x, const QByteArray &body, int error = 0, const R &reason = {})
{
    return mk("PUT", axbPath + x, body, error, reason);
}

Step release(const QString &query, int error = 0, const R &reason = {})
{
    return mk("DELETE", QStringLiteral("/igw/service/uc/interline?") + query, {}, error, reason);
}

Step putXa(const QString &x, const QByteArray &body, int error = 0, const R &reason = {})
{
    return mk("PUT", axbPath + x + QStringLiteral("/transfer"), body, error, reason);
}

Step releaseXa(const QString &x, const QString &query, int error = 0, const R &reason = {})
{
    return mk("DELETE", axbPath + x + QStringLiteral("/transfer?") + query, {}, error, reason);
}

Step status(int error = 0, const R &reason = {}, int httpStatus = 200)
{
    return mk("GET", QStringLiteral("/api/v1/account/status"), {}, error, reason, httpStatus);
}

Step unauthorized(Step s, int error, const R &reason)
{
    s.status = 401;
    s.error = error;
    s.reasonHas = reason.s;
    return s;
}

const QString X1 = QStringLiteral("17000000001");
const QString X2 = QStringLiteral("17000000002");
const QString release1 = QStringLiteral("appid=app1&subid={subid}");

} // namespace

Q_DECLARE_METATYPE(Step)

class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void conformance_data();
    void conformance();

private:
    ManualClock m_clock{1'790'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxPlatform> m_sandbox;
    std::unique_ptr<RawClient> m_client;
    QString stateFile() const { return m_dir->filePath(QStringLiteral("sandbox.sqlite")); }
    void start();
};

void TestSandboxApi::start()
{
    m_sandbox = std::make_unique<SandboxPlatform>(m_clock);
    QString error;
    QVERIFY2(m_sandbox->open(stateFile(), &error), qPrintable(error));
    addStandardAccounts(*m_sandbox);
    QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<RawClient>(m_sandbox->baseUrl());
}

void TestSandboxApi::init()
{
    m_clock.setMs(1'790'000'000'000);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    start();
}

void TestSandboxApi::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestSandboxApi::conformance_data()
{
    QTest::addColumn<Steps>("steps");
    const Step st = status();
    auto row = [](const char *name, const Steps &steps) { QTest::newRow(name) << steps; };

    // Keytime authentication on every request.
    row("auth: no Authorization header",
        {unauthorized(st.as(Auth::None), 1101, QStringLiteral("missing"))});
    row("auth: malformed Keytime",
        {unauthorized(st.as(Auth::Malformed), 1101, QStringLiteral("well-formed"))});
    row("auth: another scheme",
        {unauthorized(st.as(Auth::NotKeytime), 1101, QStringLiteral("well-formed"))});
    row("auth: unknown devid",
        {unauthorized(st.dev(QStringLiteral("9999")), 1100, QStringLiteral("9999"))});
    row("auth: wrong signature",
        {unauthorized(st.as(Auth::WrongKey), 1101, QStringLiteral("signature"))});
    row("auth: timestamp 181 s behind",
        {unauthorized(st.skew(-181'000), 1101, QStringLiteral("180 s"))});
    row("auth: timestamp 181 s ahead",
        {unauthorized(st.skew(181'000), 1101, QStringLiteral("180 s"))});
    row("auth: timestamp 179 s behind is accepted", {st.skew(-179'000)});
    row("auth: timestamp 179 s ahead is accepted", {st.skew(179'000)});
    row("auth: checked on a mutation too",
        {unauthorized(put(X1, axb("13800000001", "13800000002", "r1")).as(Auth::WrongKey), 1101,
                      QStringLiteral("signature"))});
    row("auth: checked on an unknown URL too",
        {unauthorized(mk("GET", QStringLiteral("/nowhere")).as(Auth::None), 1101,
                      QStringLiteral("missing"))});

    // Account state, balance, appid, X pool.
    row("account: status of an active account", {st});
    row("account: a suspended account may read its status", {st.dev(QStringLiteral("2000"))});
    row("account: suspended → 1102 on create",
        {put(X1, axb("13800000001", "13800000002", "r1"), 1102).dev(QStringLiteral("2000"))});
    row("account: closed → 1102 on create",
        {put(X1, axb("13800000001", "13800000002", "r1"), 1102).dev(QStringLiteral("3000"))});
    row("account: suspended → 1102 on release",
        {release(QStringLiteral("appid=app1&subid=abc"), 1102).dev(QStringLiteral("2000"))});
    row("account: closed → 1102 on XA",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1", 1102).dev(QStringLiteral("3000"))});
    row("account: no balance → 1110",
        {put(X1, axb("13800000001", "13800000002", "r1"), 1110).dev(QStringLiteral("4000"))});
    row("account: no balance → 1110 on XA",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1", 1110).dev(QStringLiteral("4000"))});
    row("account: debt within the overdraft is fine",
        {put(X1, axb("13800000001", "13800000002", "r1")).dev(QStringLiteral("5000")).fresh()});
    row("account: appid not enabled → 1103",
        {put(X1, "appid=app9&anum=13800000001&bnum=13800000002&reqid=r1&ttl=100", 1103,
             QStringLiteral("app9"))});
    row("account: appid not enabled on release → 1103",
        {release(QStringLiteral("appid=app9&subid=abc"), 1103)});
    row("account: X outside the pool → 1300",
        {put(QStringLiteral("17000000009"), axb("13800000001", "13800000002", "r1"), 1300,
             QStringLiteral("17000000009"))});
    row("account: XA on an X outside the pool → 1300",
        {putXa(QStringLiteral("17000000009"), "appid=app1&anum=13800000001&reqid=t1", 1300)});

    // Every AXB parameter validated (1002 naming it).
    row("axb: appid missing",
        {put(X1, "anum=13800000001&bnum=13800000002&reqid=r1&ttl=100", 1002, "appid")});
    row("axb: anum missing",
        {put(X1, "appid=app1&bnum=13800000002&reqid=r1&ttl=100", 1002, "anum")});
    row("axb: bnum missing",
        {put(X1, "appid=app1&anum=13800000001&reqid=r1&ttl=100", 1002, "bnum")});
    row("axb: reqid missing",
        {put(X1, "appid=app1&anum=13800000001&bnum=13800000002&ttl=100", 1002, "reqid")});
    row("axb: ttl missing",
        {put(X1, "appid=app1&anum=13800000001&bnum=13800000002&reqid=r1", 1002, "ttl")});
    row("axb: appid empty",
        {put(X1, "appid=&anum=13800000001&bnum=13800000002&reqid=r1&ttl=100", 1002, "appid")});
    row("axb: anum with letters", {put(X1, axb("1380000abcd", "13800000002", "r1"), 1002, "anum")});
    row("axb: anum over 24 bytes",
        {put(X1, axb("1380000000113800000001123", "13800000002", "r1"), 1002, "anum")});
    row("axb: anum of 24 bytes is fine",
        {put(X1, axb("138000000011380000000112", "13800000002", "r1")).fresh()});
    row("axb: anum with +86 is fine", {put(X1, axb("%2B8613800000001", "13800000002", "r1"))});
    row("axb: bnum with letters", {put(X1, axb("13800000001", "x", "r1"), 1002, "bnum")});
    row("axb: bnum equal to anum",
        {put(X1, axb("13800000001", "13800000001", "r1"), 1002, "bnum")});
    row("axb: ttl not a number",
        {put(X1, axb("13800000001", "13800000002", "r1", "", "ten"), 1002, "ttl")});
    row("axb: ttl zero", {put(X1, axb("13800000001", "13800000002", "r1", "", "0"), 1002, "ttl")});
    row("axb: ttl negative",
        {put(X1, axb("13800000001", "13800000002", "r1", "", "-5"), 1002, "ttl")});
    row("axb: ttl beyond a hundred years",
        {put(X1, axb("13800000001", "13800000002", "r1", "", "9223372036854775"), 1002, "ttl")});
    row("axb: record 2",
        {put(X1, axb("13800000001", "13800000002", "r1", "&record=2"), 1002, "record")});
    row("axb: record not a number",
        {put(X1, axb("13800000001", "13800000002", "r1", "&record=yes"), 1002, "record")});
    row("axb: record 1 is fine", {put(X1, axb("13800000001", "13800000002", "r1", "&record=1"))});
    row("axb: display 2,0",
        {put(X1, axb("13800000001", "13800000002", "r1", "&display=2,0"), 1002, "display")});
    row("axb: display 1,1 is fine",
        {put(X1, axb("13800000001", "13800000002", "r1", "&display=1,1"))});
    row("axb: anucode of four codes",
        {put(X1, axb("13800000001", "13800000002", "r1", "&anucode=1,2,3,4"), 1002, "anucode")});
    row("axb: anucode of three codes is fine",
        {put(X1, axb("13800000001", "13800000002", "r1", "&anucode=11,12,13"))});
    row("axb: ansanu of three codes",
        {put(X1, axb("13800000001", "13800000002", "r1", "&ansanu=1,2,3"), 1002, "ansanu")});
    row("axb: userData over 1024 bytes",
        {put(X1,
             axb("13800000001", "13800000002", "r1",
                 ("&userData=" + QByteArray(1025, 'u')).constData()),
             1002, "userData")});
    row("axb: X with letters in the path",
        {put(QStringLiteral("1700abc"), axb("13800000001", "13800000002", "r1"), 1002,
             QStringLiteral("(x)"))});
    row("axb: body sent as JSON",
        {put(X1, R"({"appid":"app1"})", 1002, QStringLiteral("x-www-form-urlencoded"))
             .type("application/json")});
    row("axb: body sent as text/plain", {put(X1, axb("13800000001", "13800000002", "r1"), 1002,
                                             QStringLiteral("x-www-form-urlencoded"))
                                             .type("text/plain")});

    // reqid idempotency.
    row("reqid: the same request again → the same subid",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
         put(X1, axb("13800000001", "13800000002", "r1")).same()});
    row("reqid: replay after release → the same subid, no new binding",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(), release(release1),
         put(X1, axb("13800000001", "13800000002", "r1")).same(), release(release1, 1300)});
    row("reqid: other parameters → 1004",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
         put(X1, axb("13800000001", "13800000002", "r1", "", "200"), 1004, "r1")});
    row("reqid: other X → 1004", {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
                                  put(X2, axb("13800000001", "13800000002", "r1"), 1004)});
    row("reqid: an XA's reqid reused for AXB → 1004",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=r1"),
         put(X2, axb("13800000001", "13800000002", "r1"), 1004)});
    row("reqid: XA replay → success again", {putXa(X1, "appid=app1&anum=13800000001&reqid=t1"),
                                             putXa(X1, "appid=app1&anum=13800000001&reqid=t1")});
    row("reqid: XA other parameters → 1004",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1"),
         putXa(X1, "appid=app1&anum=13800000002&reqid=t1", 1004)});

    // Conflicts on one X.
    row("conflict: A already bound on X → 1302",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
         put(X1, axb("13800000001", "13800000003", "r2"), 1302, QStringLiteral("13800000001"))});
    row("conflict: B of one binding as A of another → 1302",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
         put(X1, axb("13800000002", "13800000003", "r2"), 1302)});
    row("conflict: the same parties on another X are fine",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
         put(X2, axb("13800000001", "13800000002", "r2")).fresh()});
    row("conflict: other parties on the same X are fine",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
         put(X1, axb("13800000003", "13800000004", "r2")).fresh()});
    row("conflict: gone after release",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(), release(release1),
         put(X1, axb("13800000001", "13800000003", "r2")).fresh()});
    row("conflict: gone after expiry",
        {put(X1, axb("13800000001", "13800000002", "r1", "", "10")).fresh(),
         put(X1, axb("13800000001", "13800000003", "r2")).after(10'000).fresh()});

    // TTL and release.
    row("ttl: release 1 ms before expiry",
        {put(X1, axb("13800000001", "13800000002", "r1", "", "10")).fresh(),
         release(release1).after(9'999)});
    row("ttl: release at expiry → 1300",
        {put(X1, axb("13800000001", "13800000002", "r1", "", "10")).fresh(),
         release(release1, 1300).after(10'000)});
    row("release: twice → 1300", {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
                                  release(release1), release(release1, 1300)});
    row("release: unknown subid → 1300", {release(QStringLiteral("appid=app1&subid=nosuchsubid"),
                                                  1300, QStringLiteral("nosuchsubid"))});
    row("release: under another appid → 1300",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
         release(QStringLiteral("appid=app2&subid={subid}"), 1300), release(release1)});
    row("release: by another account → 1300",
        {put(X1, axb("13800000001", "13800000002", "r1")).fresh(),
         release(release1, 1300).dev(QStringLiteral("5000")), release(release1)});
    row("release: subid missing → 1002", {release(QStringLiteral("appid=app1"), 1002, "subid")});
    row("release: parameters in the body, not the query → 1002",
        {mk("DELETE", QStringLiteral("/igw/service/uc/interline"), "appid=app1&subid=abc", 1002,
            QStringLiteral("appid"))});

    // XA transfers.
    row("xa: one transfer per X → 1201",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1"),
         putXa(X1, "appid=app1&anum=13800000002&reqid=t2", 1201, X1)});
    row("xa: another X is fine", {putXa(X1, "appid=app1&anum=13800000001&reqid=t1"),
                                  putXa(X2, "appid=app1&anum=13800000001&reqid=t2")});
    row("xa: release, then release again → 1300",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1"),
         releaseXa(X1, QStringLiteral("appid=app1")),
         releaseXa(X1, QStringLiteral("appid=app1"), 1300),
         putXa(X1, "appid=app1&anum=13800000002&reqid=t2")});
    row("xa: release when there is none → 1300",
        {releaseXa(X2, QStringLiteral("appid=app1"), 1300, X2)});
    row("xa: ttl 0 lasts forever",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1&ttl=0"),
         putXa(X1, "appid=app1&anum=13800000002&reqid=t2", 1201).after(400LL * 86'400'000)});
    row("xa: ttl 5 expires", {putXa(X1, "appid=app1&anum=13800000001&reqid=t1&ttl=5"),
                              releaseXa(X1, QStringLiteral("appid=app1"), 1300).after(5'000),
                              putXa(X1, "appid=app1&anum=13800000002&reqid=t2")});
    row("xa: anum missing", {putXa(X1, "appid=app1&reqid=t1", 1002, "anum")});
    row("xa: ttl negative",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1&ttl=-1", 1002, "ttl")});
    row("xa: display 2",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1&display=2", 1002, "display")});
    row("xa: display 0,1 is not an integer",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1&display=0,1", 1002, "display")});
    row("xa: record 5",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1&record=5", 1002, "record")});
    row("xa: anucode of two codes",
        {putXa(X1, "appid=app1&anum=13800000001&reqid=t1&anucode=1,2", 1002, "anucode")});
    row("xa: release without appid", {releaseXa(X1, QString(), 1002, "appid")});

    // URL mapping.
    row("url: unknown path → 1001", {mk("GET", QStringLiteral("/api/v2/whatever"), {}, 1001)});
    row("url: root → 1001", {mk("GET", QStringLiteral("/"), {}, 1001)});
    row("url: GET on the create path → 1001", {mk("GET", axbPath + X1, {}, 1001)});
    row("url: POST on the create path → 1001",
        {mk("POST", axbPath + X1, axb("13800000001", "13800000002", "r1"), 1001)});
    row("url: DELETE on the create path → 1001", {mk("DELETE", axbPath + X1, {}, 1001)});
    row("url: PUT on the release path → 1001",
        {mk("PUT", QStringLiteral("/igw/service/uc/interline"), "appid=app1", 1001)});
    row("url: POST on the status → 1001",
        {mk("POST", QStringLiteral("/api/v1/account/status"), "a=b", 1001)});
    row("url: GET on a transfer → 1001",
        {mk("GET", axbPath + X1 + QStringLiteral("/transfer"), {}, 1001)});
    row("url: a deeper path → 1001",
        {mk("PUT", axbPath + X1 + QStringLiteral("/other"), "appid=app1", 1001)});
}

void TestSandboxApi::conformance()
{
    QFETCH(Steps, steps);
    QString lastSubid, previousSubid;
    int index = 0;
    for (const Step &step : steps) {
        ++index;
        m_clock.advanceMs(step.advanceMs);
        QString path = step.path;
        path.replace(QStringLiteral("{subid}"), lastSubid);
        QByteArray auth;
        const qint64 ts = m_clock.nowMs() + step.skewMs;
        switch (step.auth) {
        case Auth::Good:
            auth = authorization(step.devid, Key, ts);
            break;
        case Auth::None:
            break;
        case Auth::Malformed:
            auth = "Keytime " + step.devid.toUtf8() + ";" + QByteArray::number(ts);
            break;
        case Auth::NotKeytime:
            auth = "Basic MTAwMDprZXk=";
            break;
        case Auth::WrongKey:
            auth = authorization(step.devid, "not-the-key", ts);
            break;
        }
        const HttpResult r = m_client->send(step.method, path, step.body, auth, step.contentType);
        const QByteArray where = "step " + QByteArray::number(index) + " " + step.method + " " +
                                 path.toUtf8() + " → " + r.body;
        QVERIFY2(r.error == QNetworkReply::NoError || r.status == 401, where.constData());
        QCOMPARE(r.status, step.status);
        QVERIFY2(r.jsonOk, where.constData());
        QVERIFY2(r.contentType.startsWith("application/json"), where.constData());
        QVERIFY2(r.platformError() == step.error, where.constData());
        if (step.error != 0)
            QVERIFY2(!r.reason().isEmpty(), where.constData());
        if (!step.reasonHas.isEmpty())
            QVERIFY2(r.reason().contains(step.reasonHas), where.constData());
        const QString subid = r.json.value(QStringLiteral("subid")).toString();
        if (step.expect == Expect::NewSubid) {
            QVERIFY2(!subid.isEmpty() && subid != lastSubid, where.constData());
            QVERIFY(m_sandbox->binding(subid).has_value());
        } else if (step.expect == Expect::SameSubid) {
            QCOMPARE(subid, lastSubid);
        }
        if (!subid.isEmpty()) {
            previousSubid = lastSubid;
            lastSubid = subid;
        }
    }
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"

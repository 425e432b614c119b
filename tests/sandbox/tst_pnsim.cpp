// pnsim as a process: started with port 0, its first stdout line is the base URL; signed
// requests, command-line faults, TLS, the state file across restarts, clean exit on SIGTERM.
#include "sandboxtestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;
using namespace pn::test;

class TestPnsim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void servesSignedRequestsAndExitsCleanly();
    void faultFlags_data();
    void faultFlags();
    void stateFileSurvivesRestart();
    void tls();
    void accountFile();
    void usageErrors_data();
    void usageErrors();
    void listenAddresses_data();
    void listenAddresses();

private:
    QString pnsim() const;
    // Starts pnsim and returns its base URL (empty on failure).
    QUrl start(QProcess &process, const QStringList &extra);
    static void stop(QProcess &process);
    QStringList accountArgs() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

QString TestPnsim::pnsim() const
{
    return qEnvironmentVariable("PN_BINARY_DIR", QStringLiteral(".")) + QStringLiteral("/pnsim");
}

QStringList TestPnsim::accountArgs() const
{
    return {QStringLiteral("--account"),
            Devid + u':' + QString::fromUtf8(Key) + QStringLiteral(":app1,app2"),
            QStringLiteral("--xpool"), Pool.join(u',')};
}

void TestPnsim::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QUrl TestPnsim::start(QProcess &process, const QStringList &extra)
{
    process.setProgram(pnsim());
    process.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                         extra);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    if (!QTest::qWaitFor([&]() { return process.canReadLine(); }, 10000))
        return {};
    return QUrl(QString::fromUtf8(process.readLine().trimmed()));
}

void TestPnsim::stop(QProcess &process)
{
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestPnsim::servesSignedRequestsAndExitsCleanly()
{
    QList<QByteArray> callbacks;
    QHttpServer receiver;
    receiver.route(QStringLiteral("/cb"), [&](const QHttpServerRequest &request) {
        callbacks.append(request.body());
        return QStringLiteral("ok");
    });
    const quint16 cbPort = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(cbPort != 0);

    QProcess process;
    const QUrl base = start(
        process,
        accountArgs() + QStringList{QStringLiteral("--callback-url"),
                                    QStringLiteral("http://127.0.0.1:%1/cb").arg(cbPort),
                                    QStringLiteral("--callback-format"), QStringLiteral("json")});
    QVERIFY2(base.isValid() && base.port() > 0, qPrintable(base.toString()));
    QCOMPARE(base.scheme(), QStringLiteral("http"));
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));

    RawClient client(base);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const HttpResult status =
        client.signedSend("GET", QStringLiteral("/api/v1/account/status"), {}, now);
    QCOMPARE(status.platformError(), 0);
    QVERIFY(!status.date.isEmpty());
    const HttpResult created =
        client.signedSend("PUT", QStringLiteral("/igw/service/uc/interline/17000000001"),
                          "appid=app2&anum=13800000001&bnum=13800000002&reqid=p1&ttl=60", now);
    QCOMPARE(created.platformError(), 0);
    const QString subid = created.json.value(QStringLiteral("subid")).toString();
    QCOMPARE(client.signedSend("GET", QStringLiteral("/api/v1/account/status"), {}, now - 200'000)
                 .status,
             401);

    const HttpResult call = client.send("POST", QStringLiteral("/sandbox/calls"),
                                        "subid=" + subid.toUtf8() + "&duration=5", {});
    QCOMPARE(call.status, 200);
    QTRY_COMPARE(callbacks.size(), 2);
    QVERIFY(callbacks.at(1).contains("\"subid\":\"" + subid.toUtf8() + '"'));

    stop(process);
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY(!output.contains(Key)); // the key is never echoed
}

void TestPnsim::faultFlags_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("error");
    QTest::newRow("--fail-every 1")
        << QStringList{QStringLiteral("--fail-every"), QStringLiteral("1")} << 200 << 1500;
    QTest::newRow("--unauthorized-every 1")
        << QStringList{QStringLiteral("--unauthorized-every"), QStringLiteral("1")} << 401 << 1101;
    QTest::newRow("--maintenance") << QStringList{QStringLiteral("--maintenance")} << 200 << 1501;
    QTest::newRow("--rate-limit 0.001 (the second request)")
        << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0.001")} << 200 << 1105;
    QTest::newRow("--bad-json-every 1")
        << QStringList{QStringLiteral("--bad-json-every"), QStringLiteral("1")} << 200 << -1;
    QTest::newRow("--delay-ms 200")
        << QStringList{QStringLiteral("--delay-ms"), QStringLiteral("200")} << 200 << 0;
    QTest::newRow("--drop-after-commit 1")
        << QStringList{QStringLiteral("--drop-after-commit"), QStringLiteral("1")} << 0 << -1;
}

void TestPnsim::faultFlags()
{
    QFETCH(QStringList, flags);
    QFETCH(int, httpStatus);
    QFETCH(int, error);
    QProcess process;
    const QUrl base = start(process, accountArgs() + flags);
    QVERIFY(base.isValid());
    const bool second = flags.contains(QStringLiteral("--rate-limit"));
    bool closed = false;
    RawResponse r;
    QElapsedTimer timer;
    for (int i = 0; i < (second ? 2 : 1); ++i) {
        timer.start();
        r = parseRawResponse(
            rawExchange(quint16(base.port()),
                        rawRequest("PUT", QStringLiteral("/igw/service/uc/interline/17000000001"),
                                   authorization(Devid, Key, QDateTime::currentMSecsSinceEpoch()),
                                   "appid=app1&anum=13800000001&bnum=13800000002&reqid=f" +
                                       QByteArray::number(i) + "&ttl=60"),
                        &closed));
    }
    QCOMPARE(r.status, httpStatus);
    if (httpStatus == 0)
        QVERIFY(closed);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("error")).toInt(-1), error);
    if (flags.contains(QStringLiteral("--delay-ms")))
        QVERIFY(timer.elapsed() >= 190);
    stop(process);
}

void TestPnsim::stateFileSurvivesRestart()
{
    const QStringList args =
        accountArgs() +
        QStringList{QStringLiteral("--state"), m_dir->filePath(QStringLiteral("pnsim.sqlite"))};
    const QByteArray body = "appid=app1&anum=13800000001&bnum=13800000002&reqid=keep&ttl=600";
    QString subid;
    {
        QProcess process;
        const QUrl base = start(process, args);
        RawClient client(base);
        subid = client
                    .signedSend("PUT", QStringLiteral("/igw/service/uc/interline/17000000001"),
                                body, QDateTime::currentMSecsSinceEpoch())
                    .json.value(QStringLiteral("subid"))
                    .toString();
        QVERIFY(!subid.isEmpty());
        stop(process);
    }
    QProcess process;
    const QUrl base = start(process, args);
    RawClient client(base);
    const HttpResult replay =
        client.signedSend("PUT", QStringLiteral("/igw/service/uc/interline/17000000001"), body,
                          QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(replay.json.value(QStringLiteral("subid")).toString(), subid);
    const HttpResult list = client.send("GET", QStringLiteral("/sandbox/bindings"), {}, {});
    QCOMPARE(list.json.value(QStringLiteral("bindings")).toArray().size(), 1);
    stop(process);
}

void TestPnsim::tls()
{
    QString cert, key;
    QVERIFY(makeCertificate(m_dir->path(), &cert, &key));
    QProcess process;
    const QUrl base = start(process, accountArgs() + QStringList{QStringLiteral("--tls-cert"), cert,
                                                                 QStringLiteral("--tls-key"), key});
    QCOMPARE(base.scheme(), QStringLiteral("https"));
    RawClient client(base);
    client.setCaCertificates(QSslCertificate::fromPath(cert));
    const HttpResult r = client.signedSend("GET", QStringLiteral("/api/v1/account/status"), {},
                                           QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.platformError(), 0);
    stop(process);
}

void TestPnsim::accountFile()
{
    QFile file(m_dir->filePath(QStringLiteral("accounts.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# devid:key:appids\n7000:" + Key + ":app7\n");
    file.close();
    QProcess process;
    const QUrl base = start(process, {QStringLiteral("--account-file"), file.fileName()});
    RawClient client(base);
    const HttpResult r =
        client.signedSend("GET", QStringLiteral("/api/v1/account/status"), {},
                          QDateTime::currentMSecsSinceEpoch(), QStringLiteral("7000"));
    QCOMPARE(r.platformError(), 0);
    stop(process);
}

void TestPnsim::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no account") << QStringList{};
    QTest::newRow("bad account") << QStringList{QStringLiteral("--account"),
                                                QStringLiteral("1000:key")};
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--account"), QStringLiteral("1:k:a"),
                                               QStringLiteral("--listen"),
                                               QStringLiteral("nowhere")};
    QTest::newRow("all interfaces without --insecure-open")
        << QStringList{QStringLiteral("--account"), QStringLiteral("1:k:a"),
                       QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")};
    QTest::newRow("[::] without --insecure-open")
        << QStringList{QStringLiteral("--account"), QStringLiteral("1:k:a"),
                       QStringLiteral("--listen"), QStringLiteral("[::]:0")};
    QTest::newRow("IPv6 without brackets")
        << QStringList{QStringLiteral("--account"), QStringLiteral("1:k:a"),
                       QStringLiteral("--listen"), QStringLiteral("::1:0")};
    QTest::newRow("bad callback format")
        << QStringList{QStringLiteral("--account"), QStringLiteral("1:k:a"),
                       QStringLiteral("--callback-format"), QStringLiteral("xml")};
    QTest::newRow("tls key without cert")
        << QStringList{QStringLiteral("--account"), QStringLiteral("1:k:a"),
                       QStringLiteral("--tls-key"), QStringLiteral("k.pem")};
}

void TestPnsim::usageErrors()
{
    QFETCH(QStringList, args);
    QProcess process;
    process.start(pnsim(), args);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().startsWith("pnsim: "));
}

void TestPnsim::listenAddresses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("host");     // as printed: the address really listened on
    QTest::addColumn<QString>("loopback"); // where this test reaches it
    QTest::addColumn<bool>("warned");
    QTest::newRow("[::1]:0") << QStringList{QStringLiteral("--listen"), QStringLiteral("[::1]:0")}
                             << QStringLiteral("::1") << QStringLiteral("::1") << false;
    QTest::newRow("[::]:0, insecure-open")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("[::]:0"),
                       QStringLiteral("--insecure-open")}
        << QStringLiteral("::") << QStringLiteral("::1") << true;
    QTest::newRow("0.0.0.0:0, insecure-open")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                       QStringLiteral("--insecure-open")}
        << QStringLiteral("0.0.0.0") << QStringLiteral("127.0.0.1") << true;
}

void TestPnsim::listenAddresses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, host);
    QFETCH(QString, loopback);
    QFETCH(bool, warned);
    QProcess process;
    const QUrl url = start(process, accountArgs() + args);
    QCOMPARE(url.host(), host);
    QVERIFY(url.port() > 0);
    QUrl status = url;
    status.setHost(loopback);
    status.setPath(QStringLiteral("/sandbox/status"));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(status));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
    stop(process);
    QCOMPARE(process.readAllStandardError().contains("WARNING"), warned);
}

QTEST_GUILESS_MAIN(TestPnsim)
#include "tst_pnsim.moc"

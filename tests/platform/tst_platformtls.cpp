#include "fixtureserver.h"
#include "platform/platformclient.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {

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
    return result.value_or(PlatformResult{});
}

} // namespace

// Real TLS on loopback with a certificate made by `openssl req` for the name "localhost" only.
class TestPlatformTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost")});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(m_cert);
        QFile keyFile(m_key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        m_tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QVERIFY(!m_tls.localCertificate().isNull());
        QVERIFY(!m_tls.privateKey().isNull());
    }

    void verifiesTheCertificate_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("why");
        QTest::newRow("trusted CA, right name") << "localhost" << true << true << "";
        QTest::newRow("trusted CA, wrong host name") << "127.0.0.1" << true << false << "host name";
        QTest::newRow("untrusted certificate") << "localhost" << false << false << "untrusted";
    }
    void verifiesTheCertificate()
    {
        QFETCH(QString, host);
        QFETCH(bool, withCa);
        QFETCH(bool, accepted);
        QFETCH(QString, why);
        FixtureServer server([](const SeenRequest &, int) {
            return ScriptedReply{200, "{\"error\":0,\"state\":1}", 0};
        });
        QVERIFY(server.start(&m_tls));
        PlatformClient client(SystemClock::instance());
        ClientConfig c;
        c.baseUrl = server.url(host, true);
        c.devid = QStringLiteral("D1");
        c.key = QByteArrayLiteral("key");
        c.backoffInitialMs = 10;
        if (withCa)
            c.caFile = m_cert;
        client.setConfig(c);
        QVERIFY(!client.configError());
        QVERIFY(client.securityWarning().isEmpty());
        const PlatformResult r = wait([&](auto done) { client.status(done); });
        if (accepted) {
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(server.seen().size(), 1);
            return;
        }
        QCOMPARE(r.kind, PlatformResult::Kind::Tls);
        QCOMPARE(r.attempts, 1);          // a refused certificate is not retried
        QVERIFY(server.seen().isEmpty()); // nothing, not even the signature, was sent
        QVERIFY2(r.message.contains(why, Qt::CaseInsensitive), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("CA file")), qPrintable(r.message));
    }

    void unreadableCaFileIsAConfigurationError()
    {
        PlatformClient client(SystemClock::instance());
        ClientConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://localhost:1"));
        c.devid = QStringLiteral("D1");
        c.key = QByteArrayLiteral("key");
        c.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
        client.setConfig(c);
        QVERIFY(client.configError());
        QVERIFY(client.configError()->contains(QStringLiteral("missing.pem")));
    }

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    QSslConfiguration m_tls;
};

QTEST_GUILESS_MAIN(TestPlatformTls)
#include "tst_platformtls.moc"

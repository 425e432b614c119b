// A keychain daemon that is installed but does not start: a private dbus-daemon (a real
// process) knows an activatable org.freedesktop.secrets whose Exec never registers. The
// automatic choice must give up within KeychainSecretStore::kReachableBudgetMs (2 s) and take
// the vault, where D-Bus alone would wait 25 s.
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstorefactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stuckDaemonDecidesWithinBudget();

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
};

void TestKeychainTimeout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString services = m_dir.filePath(QStringLiteral("services"));
    QVERIFY(QDir().mkpath(services));
    {
        QFile f(services + QStringLiteral("/org.freedesktop.secrets.service"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=/bin/sleep 8\n");
    }
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The system's session bus configuration, with our service directory first (the
        // first directory that has a service wins).
        f.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                               "Configuration 1.0//EN\" "
                               "\"http://www.freedesktop.org/standards/dbus/1.0/"
                               "busconfig.dtd\">\n<busconfig><servicedir>%1</servicedir>"
                               "<include>/usr/share/dbus-1/session.conf</include></busconfig>\n")
                    .arg(services)
                    .toUtf8());
    }
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + config, QStringLiteral("--print-address"),
                 QStringLiteral("--nofork")});
    QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon is not installed");
    QVERIFY(m_bus.waitForReadyRead(10000));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY2(!address.isEmpty(), m_bus.readAllStandardError().constData());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
}

void TestKeychainTimeout::cleanupTestCase()
{
    m_bus.kill();
    m_bus.waitForFinished(5000);
}

void TestKeychainTimeout::stuckDaemonDecidesWithinBudget()
{
    QElapsedTimer t;
    t.start();
    QString why;
    QVERIFY(!KeychainSecretStore::isReachable(&why));
    const qint64 ms = t.elapsed();
    qInfo("undecided keychain answered \"no\" after %lld ms (budget %d ms): %s", ms,
          KeychainSecretStore::kReachableBudgetMs, qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("did not start")), qPrintable(why));
    QVERIFY2(ms <= KeychainSecretStore::kReachableBudgetMs + 250, qPrintable(QString::number(ms)));

    // The automatic choice then takes the vault, as quickly.
    t.restart();
    SecretStoreFactory::Options options;
    options.dataDir = m_dir.path();
    QString reason;
    QString error;
    const auto store = SecretStoreFactory::create(options, &reason, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->backendId(), QStringLiteral("vault"));
    QVERIFY(t.elapsed() <= KeychainSecretStore::kReachableBudgetMs + 500);
}

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychaintimeout.moc"

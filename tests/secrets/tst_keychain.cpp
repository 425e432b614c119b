#include "secrets/keychainsecretstore.h"
#include "secrets/secretstorefactory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

// Runs under run_keychain_test.sh: a private D-Bus session with gnome-keyring-daemon unlocked.
// Nothing here is mocked; an unreachable keychain is a failure.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void notFoundAndRemove();
    void servicesAreSeparate();
    void factoryChoosesKeychain();
    void keyringFilesHoldNoPlaintext();

private:
    QString m_service = QStringLiteral("PrivacyNumberConsole-test");
    QByteArray m_marker = "pn-keychain-plaintext-marker-4b1d";
};

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run this test through run_keychain_test.sh (dbus-run-session)");
    QString why;
    QVERIFY2(KeychainSecretStore::isReachable(&why), qPrintable(why));
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("ascii") << QStringLiteral("profile/a/authkey") << QByteArray("abcdef0123456789");
    QTest::newRow("binary") << QStringLiteral("profile/b/authkey")
                            << QByteArray("\x00\x01\xff\n\r", 5);
    QTest::newRow("utf8") << QStringLiteral("profile/c/authkey")
                          << QStringLiteral("密钥-ключ").toUtf8();
    QTest::newRow("long") << QStringLiteral("profile/d/authkey") << QByteArray(4096, 'k');
    QTest::newRow("marker") << QStringLiteral("profile/e/authkey") << m_marker;
}

void TestKeychain::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, secret);
    KeychainSecretStore store(m_service);
    QCOMPARE(store.backendId(), QStringLiteral("keychain"));
    QString error;
    QVERIFY2(store.write(name, secret, &error), qPrintable(error));
    // A second store object (as another process would) reads it back.
    KeychainSecretStore other(m_service);
    QByteArray value;
    QCOMPARE(other.read(name, &value, &error), SecretStore::Status::Ok);
    QCOMPARE(value, secret);
    QVERIFY2(other.write(name, secret + "-2", &error), qPrintable(error));
    QCOMPARE(store.read(name, &value, &error), SecretStore::Status::Ok);
    QCOMPARE(value, secret + "-2");
}

void TestKeychain::notFoundAndRemove()
{
    KeychainSecretStore store(m_service);
    QString error;
    QByteArray value = "stale";
    QCOMPARE(store.read(QStringLiteral("profile/none/authkey"), &value, &error),
             SecretStore::Status::NotFound);
    QVERIFY(value.isEmpty());
    QVERIFY(store.write(QStringLiteral("profile/gone/authkey"), "bye", &error));
    QVERIFY2(store.remove(QStringLiteral("profile/gone/authkey"), &error), qPrintable(error));
    QCOMPARE(store.read(QStringLiteral("profile/gone/authkey"), &value, &error),
             SecretStore::Status::NotFound);
    QVERIFY2(store.remove(QStringLiteral("profile/gone/authkey"), &error), qPrintable(error));
}

void TestKeychain::servicesAreSeparate()
{
    KeychainSecretStore a(m_service + QStringLiteral("-a"));
    KeychainSecretStore b(m_service + QStringLiteral("-b"));
    QString error;
    QVERIFY(a.write(QStringLiteral("same"), "for a", &error));
    QByteArray value;
    QCOMPARE(b.read(QStringLiteral("same"), &value, &error), SecretStore::Status::NotFound);
    QCOMPARE(a.read(QStringLiteral("same"), &value, &error), SecretStore::Status::Ok);
    QCOMPARE(value, QByteArray("for a"));
}

void TestKeychain::factoryChoosesKeychain()
{
    QTemporaryDir dir;
    SecretStoreFactory::Options options;
    options.dataDir = dir.path();
    options.keychainService = m_service;
    QString reason;
    QString error;
    auto store = SecretStoreFactory::create(options, &reason, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->backendId(), QStringLiteral("keychain"));
    QVERIFY(!store->backendName().isEmpty());
    options.backend = QStringLiteral("vault");
    store = SecretStoreFactory::create(options, &reason, &error);
    QVERIFY(store);
    QCOMPARE(store->backendId(), QStringLiteral("vault"));
    options.backend = QStringLiteral("bogus");
    QVERIFY(!SecretStoreFactory::create(options, &reason, &error));
    QVERIFY(error.contains(QStringLiteral("bogus")));
}

void TestKeychain::keyringFilesHoldNoPlaintext()
{
    // The entry from roundTrip("marker") is stored encrypted by gnome-keyring.
    const QString dir = qEnvironmentVariable("PN_KEYRING_DIR");
    QVERIFY(!dir.isEmpty());
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY2(!data.contains(m_marker), qPrintable(f.fileName()));
        QVERIFY(!data.contains(m_marker.toBase64()));
        QVERIFY(!data.contains(m_marker.toHex()));
        ++files;
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

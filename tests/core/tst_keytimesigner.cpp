#include "core/clock.h"
#include "core/keytimesigner.h"

#include <QTest>

using namespace pn;

class TestKeytimeSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signature_data();
    void signature();
    void headerFormat();
    void usesClockAndOffset();
    void rejectsEmptyInput_data();
    void rejectsEmptyInput();
    void parse_data();
    void parse();
    void constantTimeEquals();
};

void TestKeytimeSigner::signature_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<qint64>("ts");
    QTest::addColumn<QByteArray>("expected");
    // Each vector was computed outside the project with the shell command in its comment.
    // printf %s "secret1622020210513" | sha256sum | cut -c25-40
    QTest::newRow("plain") << QByteArray("secret") << qint64(1622020210513)
                           << QByteArray("bf69d093f3a8f35b");
    // printf %s "abc1700000000000" | sha256sum | cut -c25-40
    QTest::newRow("short key") << QByteArray("abc") << qint64(1700000000000)
                               << QByteArray("283d6c16f2818aaa");
    // printf %s "my key with spaces1700000000123" | sha256sum | cut -c25-40
    QTest::newRow("key with spaces") << QByteArray("my key with spaces") << qint64(1700000000123)
                                     << QByteArray("db7ad4d292bdd9fd");
    // printf %s "密钥🔑key1699999999999" | sha256sum | cut -c25-40
    QTest::newRow("utf-8 key") << QStringLiteral("密钥🔑key").toUtf8() << qint64(1699999999999)
                               << QByteArray("b1ed327243b0501e");
    // printf %s "K1" | sha256sum | cut -c25-40
    QTest::newRow("one-digit timestamp")
        << QByteArray("K") << qint64(1) << QByteArray("077a25f5db85ea46");
    // printf %s "0123456789abcdef0123456789abcdef1622020210513" | sha256sum | cut -c25-40
    QTest::newRow("hex-looking key") << QByteArray("0123456789abcdef0123456789abcdef")
                                     << qint64(1622020210513) << QByteArray("423229af203fb21f");
    // printf %s "x y z 1234567890123" | sha256sum | cut -c25-40
    QTest::newRow("trailing space in key")
        << QByteArray("x y z ") << qint64(1234567890123) << QByteArray("9560309d3d0c9aab");
}

void TestKeytimeSigner::signature()
{
    QFETCH(QByteArray, key);
    QFETCH(qint64, ts);
    QFETCH(QByteArray, expected);
    QCOMPARE(KeytimeSigner::signature(key, ts), expected);
}

void TestKeytimeSigner::headerFormat()
{
    QString error;
    const auto h =
        KeytimeSigner::header(QStringLiteral("10000000"), "secret", 1622020210513, &error);
    QVERIFY2(h.has_value(), qPrintable(error));
    QCOMPARE(*h, QByteArray("Keytime 10000000,1622020210513,bf69d093f3a8f35b"));
}

void TestKeytimeSigner::usesClockAndOffset()
{
    ManualClock clock(1700000000000);
    KeytimeSigner signer(clock);
    QCOMPARE(signer.timestampMs(), qint64(1700000000000));
    signer.setClockOffsetMs(123);
    QCOMPARE(signer.timestampMs(), qint64(1700000000123));
    const auto h = signer.authorization(QStringLiteral("dev"), "my key with spaces");
    QVERIFY(h.has_value());
    QCOMPARE(*h, QByteArray("Keytime dev,1700000000123,db7ad4d292bdd9fd"));
    signer.setClockOffsetMs(0);
    QCOMPARE(signer.authorization(QStringLiteral("dev"), "abc")->split(',').at(2),
             QByteArray("283d6c16f2818aaa"));
}

void TestKeytimeSigner::rejectsEmptyInput_data()
{
    QTest::addColumn<QString>("devid");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty devid") << QString() << QByteArray("k") << QStringLiteral("devid");
    QTest::newRow("blank devid") << QStringLiteral("  ") << QByteArray("k")
                                 << QStringLiteral("devid");
    QTest::newRow("comma devid") << QStringLiteral("a,b") << QByteArray("k")
                                 << QStringLiteral("commas");
    QTest::newRow("empty key") << QStringLiteral("dev") << QByteArray() << QStringLiteral("key");
}

void TestKeytimeSigner::rejectsEmptyInput()
{
    QFETCH(QString, devid);
    QFETCH(QByteArray, key);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!KeytimeSigner::header(devid, key, 1700000000000, &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestKeytimeSigner::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::newRow("spec example") << QByteArray("Keytime 10000000,1622020210513,afc1b805b6d7fb21")
                                  << true;
    QTest::newRow("wrong scheme") << QByteArray("Bearer 10000000,1622020210513,afc1b805b6d7fb21")
                                  << false;
    QTest::newRow("two parts") << QByteArray("Keytime 10000000,1622020210513") << false;
    QTest::newRow("bad ts") << QByteArray("Keytime 1,12x,afc1b805b6d7fb21") << false;
    QTest::newRow("short sig") << QByteArray("Keytime 1,12,afc1") << false;
    QTest::newRow("upper hex") << QByteArray("Keytime 1,12,AFC1B805B6D7FB21") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestKeytimeSigner::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    const auto p = KeytimeSigner::parse(header);
    QCOMPARE(p.has_value(), valid);
    if (valid) {
        QCOMPARE(p->devid, QStringLiteral("10000000"));
        QCOMPARE(p->timestampMs, qint64(1622020210513));
        QCOMPARE(p->signature, QByteArray("afc1b805b6d7fb21"));
    }
}

void TestKeytimeSigner::constantTimeEquals()
{
    QVERIFY(KeytimeSigner::constantTimeEquals("abc", "abc"));
    QVERIFY(!KeytimeSigner::constantTimeEquals("abc", "abd"));
    QVERIFY(!KeytimeSigner::constantTimeEquals("abc", "abcd"));
    QByteArray secret("wipe me");
    secureWipe(secret);
    QVERIFY(secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeytimeSigner)
#include "tst_keytimesigner.moc"

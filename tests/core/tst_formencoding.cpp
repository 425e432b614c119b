#include "core/formencoding.h"

#include <QTest>

using namespace pn;

class TestFormEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void roundTrip();
    void rejectsInvalidUtf8();
};

void TestFormEncoding::encode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plus") << QStringLiteral("+8613800138000") << QByteArray("v=%2B8613800138000");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("v=a%20b");
    QTest::newRow("ampersand") << QStringLiteral("a&b=c") << QByteArray("v=a%26b%3Dc");
    QTest::newRow("utf-8") << QStringLiteral("张三") << QByteArray("v=%E5%BC%A0%E4%B8%89");
    QTest::newRow("base64") << QStringLiteral("aGk+/w==") << QByteArray("v=aGk%2B%2Fw%3D%3D");
    QTest::newRow("comma list") << QStringLiteral("0,1") << QByteArray("v=0%2C1");
}

void TestFormEncoding::encode()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(formEncode({{QStringLiteral("v"), value}}), encoded);
}

void TestFormEncoding::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("value");
    QTest::newRow("plus is space") << QByteArray("v=a+b") << QStringLiteral("a b");
    QTest::newRow("%2B is plus") << QByteArray("v=%2B86") << QStringLiteral("+86");
    QTest::newRow("utf-8") << QByteArray("v=%E5%BC%A0") << QStringLiteral("张");
    QTest::newRow("empty value") << QByteArray("v=") << QString();
    QTest::newRow("first wins") << QByteArray("v=1&v=2") << QStringLiteral("1");
}

void TestFormEncoding::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, value);
    const auto fields = formDecode(body);
    QVERIFY(fields.has_value());
    QCOMPARE(formValue(*fields, QStringLiteral("v")), value);
}

void TestFormEncoding::roundTrip()
{
    const FormFields in{{QStringLiteral("appid"), QStringLiteral("app 1")},
                        {QStringLiteral("userData"), QStringLiteral("x+y/z= 中文 & ;")},
                        {QStringLiteral("anum"), QStringLiteral("+8613800138000")}};
    const auto out = formDecode(formEncode(in));
    QVERIFY(out.has_value());
    QCOMPARE(*out, in);
}

void TestFormEncoding::rejectsInvalidUtf8()
{
    QVERIFY(!formDecode("v=%FF%FE").has_value());
    // A sequence cut at the end of a field is invalid too, and never joins the next field.
    QVERIFY(!formDecode("v=%E4").has_value());
    QVERIFY(!formDecode("v=%E4%BD").has_value());
    QVERIFY(!formDecode("k=%E4&%BD%A0=v").has_value());
    QVERIFY(!formDecode("%E4=v").has_value());
    QCOMPARE(formDecode("k=%E4%BD%A0&v=1")->at(0).second, QStringLiteral("你"));
}

QTEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"

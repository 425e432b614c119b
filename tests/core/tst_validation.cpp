#include "core/formencoding.h"
#include "core/language.h"
#include "core/requests.h"
#include "core/validation.h"

#include <QSet>
#include <QTest>

using namespace pn;

namespace {
BindingRequest goodBinding()
{
    BindingRequest r;
    r.appid = QStringLiteral("app1");
    r.x = QStringLiteral("17000000001");
    r.anum = QStringLiteral("13800138000");
    r.bnum = QStringLiteral("13900139000");
    r.reqid = generateReqid();
    r.ttl = 300;
    return r;
}

TransferRequest goodTransfer()
{
    TransferRequest r;
    r.appid = QStringLiteral("app1");
    r.x = QStringLiteral("17000000001");
    r.anum = QStringLiteral("13800138000");
    r.reqid = generateReqid();
    return r;
}

QStringList fields(const ValidationErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binding_data();
    void binding();
    void transfer_data();
    void transfer();
    void messagesInBothLanguages();
    void numbersNormalized();
    void formFieldsOrderAndOptional();
    void reqidsUnique();
    void userDataBase64_data();
    void userDataBase64();
};

void TestValidation::binding_data()
{
    QTest::addColumn<BindingRequest>("request");
    QTest::addColumn<QString>("badField"); // empty = valid
    auto row = [](const char *name, auto change, const char *field) {
        BindingRequest r = goodBinding();
        change(r);
        QTest::newRow(name) << r << QString::fromLatin1(field);
    };
    row(
        "valid", [](BindingRequest &) {}, "");
    row(
        "valid with options",
        [](BindingRequest &r) {
            r.record = 1;
            r.display = QStringLiteral("1,0");
            r.anucode = QStringLiteral("11,12,13");
            r.ansanu = QStringLiteral("21,22");
            r.userData = QStringLiteral("aGk=");
        },
        "");
    row(
        "anucode only A->X", [](BindingRequest &r) { r.anucode = QStringLiteral(",12,"); }, "");
    row(
        "spaces and dashes", [](BindingRequest &r) { r.anum = QStringLiteral("138 0013-8000"); },
        "");
    row(
        "leading plus", [](BindingRequest &r) { r.bnum = QStringLiteral("+8613900139000"); }, "");
    row(
        "missing appid", [](BindingRequest &r) { r.appid.clear(); }, "appid");
    row(
        "missing x", [](BindingRequest &r) { r.x.clear(); }, "x");
    row(
        "missing anum", [](BindingRequest &r) { r.anum.clear(); }, "anum");
    row(
        "missing bnum", [](BindingRequest &r) { r.bnum.clear(); }, "bnum");
    row(
        "missing reqid", [](BindingRequest &r) { r.reqid.clear(); }, "reqid");
    row(
        "letters in anum", [](BindingRequest &r) { r.anum = QStringLiteral("138abc"); }, "anum");
    row(
        "plus inside", [](BindingRequest &r) { r.anum = QStringLiteral("138+00"); }, "anum");
    row(
        "only plus", [](BindingRequest &r) { r.anum = QStringLiteral("+"); }, "anum");
    row(
        "25 digits", [](BindingRequest &r) { r.bnum = QString(25, u'1'); }, "bnum");
    row(
        "24 digits ok", [](BindingRequest &r) { r.bnum = QString(24, u'1'); }, "");
    row(
        "full-width digits", [](BindingRequest &r) { r.anum = QStringLiteral("１３８"); }, "anum");
    row(
        "same a and b", [](BindingRequest &r) { r.bnum = r.anum; }, "bnum");
    row(
        "ttl zero", [](BindingRequest &r) { r.ttl = 0; }, "ttl");
    row(
        "ttl negative", [](BindingRequest &r) { r.ttl = -5; }, "ttl");
    row(
        "record 2", [](BindingRequest &r) { r.record = 2; }, "record");
    row(
        "display 2,0", [](BindingRequest &r) { r.display = QStringLiteral("2,0"); }, "display");
    row(
        "display single", [](BindingRequest &r) { r.display = QStringLiteral("1"); }, "display");
    row(
        "four anucodes", [](BindingRequest &r) { r.anucode = QStringLiteral("1,2,3,4"); },
        "anucode");
    row(
        "anucode junk", [](BindingRequest &r) { r.anucode = QStringLiteral("1;2"); }, "anucode");
    row(
        "three ansanu", [](BindingRequest &r) { r.ansanu = QStringLiteral("1,2,3"); }, "ansanu");
    row(
        "huge userData", [](BindingRequest &r) { r.userData = QString(2000, u'a'); }, "userData");
}

void TestValidation::binding()
{
    QFETCH(BindingRequest, request);
    QFETCH(QString, badField);
    const ValidationErrors errors = Validation::validate(request);
    if (badField.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    } else {
        QCOMPARE(fields(errors), QStringList{badField});
        QVERIFY2(errors.first().message.contains(badField), qPrintable(errors.first().message));
    }
}

void TestValidation::transfer_data()
{
    QTest::addColumn<TransferRequest>("request");
    QTest::addColumn<QString>("badField");
    auto row = [](const char *name, auto change, const char *field) {
        TransferRequest r = goodTransfer();
        change(r);
        QTest::newRow(name) << r << QString::fromLatin1(field);
    };
    row(
        "valid forever", [](TransferRequest &) {}, "");
    row(
        "valid with options",
        [](TransferRequest &r) {
            r.ttl = 600;
            r.record = 1;
            r.display = 1;
            r.anucode = QStringLiteral("7");
        },
        "");
    row(
        "missing anum", [](TransferRequest &r) { r.anum.clear(); }, "anum");
    row(
        "bad x", [](TransferRequest &r) { r.x = QStringLiteral("x17"); }, "x");
    row(
        "negative ttl", [](TransferRequest &r) { r.ttl = -1; }, "ttl");
    row(
        "display 2", [](TransferRequest &r) { r.display = 2; }, "display");
    row(
        "record -1", [](TransferRequest &r) { r.record = -1; }, "record");
    row(
        "two anucodes", [](TransferRequest &r) { r.anucode = QStringLiteral("1,2"); }, "anucode");
}

void TestValidation::transfer()
{
    QFETCH(TransferRequest, request);
    QFETCH(QString, badField);
    const ValidationErrors errors = Validation::validate(request);
    if (badField.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    } else {
        QCOMPARE(fields(errors), QStringList{badField});
        QVERIFY(errors.first().message.contains(badField));
    }
}

void TestValidation::messagesInBothLanguages()
{
    BindingRequest r = goodBinding();
    r.anum = QStringLiteral("abc");
    r.ttl = 0;
    QVERIFY(Language::install(QStringLiteral("en")));
    const ValidationErrors en = Validation::validate(r);
    QCOMPARE(en.size(), 2);
    QVERIFY(en.at(0).message.contains(QStringLiteral("digits")));
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    const ValidationErrors zh = Validation::validate(r);
    QCOMPARE(zh.size(), 2);
    QVERIFY2(zh.at(0).message.contains(QStringLiteral("数字")), qPrintable(zh.at(0).message));
    QVERIFY(zh.at(0).message.contains(QStringLiteral("anum")));
    QVERIFY2(zh.at(1).message.contains(QStringLiteral("ttl")), qPrintable(zh.at(1).message));
    Language::install(QStringLiteral("en"));
}

void TestValidation::numbersNormalized()
{
    QCOMPARE(normalizedNumber(QStringLiteral(" 138 0013-8000 ")), QStringLiteral("13800138000"));
    BindingRequest r = goodBinding();
    r.anum = QStringLiteral("138-0013-8000");
    QCOMPARE(formValue(r.formFields(), QStringLiteral("anum")), QStringLiteral("13800138000"));
}

void TestValidation::formFieldsOrderAndOptional()
{
    BindingRequest r = goodBinding();
    QStringList keys;
    for (const auto &f : r.formFields())
        keys << f.first;
    QCOMPARE(keys,
             (QStringList{QStringLiteral("appid"), QStringLiteral("anum"), QStringLiteral("bnum"),
                          QStringLiteral("reqid"), QStringLiteral("ttl")}));
    r.record = 1;
    r.display = QStringLiteral("0,1");
    QCOMPARE(formValue(r.formFields(), QStringLiteral("display")), QStringLiteral("0,1"));
    QCOMPARE(formValue(r.formFields(), QStringLiteral("record")), QStringLiteral("1"));
    TransferRequest t = goodTransfer();
    QVERIFY(formValue(t.formFields(), QStringLiteral("ttl")).isNull());
    t.ttl = 60;
    QCOMPARE(formValue(t.formFields(), QStringLiteral("ttl")), QStringLiteral("60"));
}

void TestValidation::reqidsUnique()
{
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i) {
        const QString id = generateReqid();
        QCOMPARE(id.size(), 36);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
    }
}

void TestValidation::userDataBase64_data()
{
    QTest::addColumn<QString>("plain");
    QTest::newRow("ascii") << QStringLiteral("order=42");
    QTest::newRow("chinese") << QStringLiteral("订单 42");
    QTest::newRow("symbols") << QStringLiteral("a+b/c=d");
}

void TestValidation::userDataBase64()
{
    QFETCH(QString, plain);
    const QString enc = Validation::encodeUserData(plain);
    QCOMPARE(Validation::decodeUserData(enc), std::optional<QString>(plain));
    QVERIFY(!Validation::decodeUserData(QStringLiteral("not base64!")).has_value());
    QVERIFY(!Validation::decodeUserData(QStringLiteral("/w==")).has_value()); // 0xFF: not UTF-8
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

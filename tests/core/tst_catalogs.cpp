#include "core/callresultcatalog.h"
#include "core/errorcatalog.h"
#include "core/language.h"

#include <QTest>

using namespace pn;

namespace {
bool hasCjk(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// The codes exactly as the specification lists them (platform-api.zh.md sections 1 and 5.2).
const QList<int> specErrorCodes = {0,    1000, 1001, 1002, 1003, 1004, 1100, 1101,
                                   1102, 1103, 1104, 1105, 1110, 1200, 1201, 1300,
                                   1301, 1302, 1400, 1401, 1500, 1501, 1502};
const QStringList specCallResults = {
    QStringLiteral("answered"), QStringLiteral("1"),   QStringLiteral("2"),
    QStringLiteral("3"),        QStringLiteral("4"),   QStringLiteral("16"),
    QStringLiteral("17"),       QStringLiteral("18"),  QStringLiteral("19"),
    QStringLiteral("20"),       QStringLiteral("21"),  QStringLiteral("22"),
    QStringLiteral("27"),       QStringLiteral("28"),  QStringLiteral("29"),
    QStringLiteral("31"),       QStringLiteral("34"),  QStringLiteral("42"),
    QStringLiteral("50"),       QStringLiteral("53"),  QStringLiteral("55"),
    QStringLiteral("57"),       QStringLiteral("58"),  QStringLiteral("65"),
    QStringLiteral("69"),       QStringLiteral("87"),  QStringLiteral("88"),
    QStringLiteral("90"),       QStringLiteral("91"),  QStringLiteral("95"),
    QStringLiteral("97"),       QStringLiteral("99"),  QStringLiteral("102"),
    QStringLiteral("103"),      QStringLiteral("110"), QStringLiteral("111"),
    QStringLiteral("127"),      QStringLiteral("202"), QStringLiteral("203"),
    QStringLiteral("204"),      QStringLiteral("205"), QStringLiteral("206"),
    QStringLiteral("207"),      QStringLiteral("209")};
} // namespace

class TestCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Language::install(QStringLiteral("en")); }
    void specCounts();
    void errorCodesInBothLanguages_data();
    void errorCodesInBothLanguages();
    void callResultsInBothLanguages_data();
    void callResultsInBothLanguages();
    void retryable();
    void classification();
    void unknownCodesShownRaw();
};

void TestCatalogs::specCounts()
{
    QCOMPARE(specErrorCodes.size(), 23);
    QCOMPARE(specCallResults.size(), 44);
    QCOMPARE(ErrorCatalog::entries().size(), 23);
    QCOMPARE(CallResultCatalog::entries().size(), 44);
}

void TestCatalogs::errorCodesInBothLanguages_data()
{
    QTest::addColumn<int>("code");
    for (int code : specErrorCodes)
        QTest::addRow("%d", code) << code;
}

void TestCatalogs::errorCodesInBothLanguages()
{
    QFETCH(int, code);
    QVERIFY(ErrorCatalog::find(code));
    QVERIFY(Language::install(QStringLiteral("en")));
    const QString en = ErrorCatalog::text(code);
    QVERIFY(!en.isEmpty());
    QVERIFY(!hasCjk(en));
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    const QString zh = ErrorCatalog::text(code);
    QVERIFY2(hasCjk(zh), qPrintable(zh));
    QVERIFY(ErrorCatalog::describe(code).startsWith(QString::number(code)));
}

void TestCatalogs::callResultsInBothLanguages_data()
{
    QTest::addColumn<QString>("result");
    for (const QString &r : specCallResults)
        QTest::newRow(qPrintable(r)) << r;
}

void TestCatalogs::callResultsInBothLanguages()
{
    QFETCH(QString, result);
    QVERIFY(CallResultCatalog::find(result));
    QVERIFY(Language::install(QStringLiteral("en")));
    QVERIFY(!CallResultCatalog::text(result).isEmpty());
    QVERIFY(!CallResultCatalog::advice(result).isEmpty());
    QVERIFY(!hasCjk(CallResultCatalog::advice(result)));
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QVERIFY2(hasCjk(CallResultCatalog::text(result)), qPrintable(CallResultCatalog::text(result)));
    QVERIFY2(hasCjk(CallResultCatalog::advice(result)),
             qPrintable(CallResultCatalog::advice(result)));
    QVERIFY(hasCjk(CallResultCatalog::outcomeName(CallResultCatalog::outcome(result))));
}

void TestCatalogs::retryable()
{
    for (int code : specErrorCodes) {
        const bool expected = code == 1105 || code == 1500 || code == 1401;
        QVERIFY2(ErrorCatalog::isRetryable(code) == expected, qPrintable(QString::number(code)));
    }
    QVERIFY(!ErrorCatalog::isRetryable(4242));
}

void TestCatalogs::classification()
{
    using O = CallResultCatalog::Outcome;
    QCOMPARE(CallResultCatalog::outcome(QStringLiteral("answered")), O::Answered);
    QCOMPARE(CallResultCatalog::outcome(QStringLiteral("17")), O::CalleeProblem);
    QCOMPARE(CallResultCatalog::outcome(QStringLiteral("1")), O::NumberProblem);
    QCOMPARE(CallResultCatalog::outcome(QStringLiteral("34")), O::Network);
    QCOMPARE(CallResultCatalog::outcome(QStringLiteral("207")), O::Platform);
    QVERIFY(CallResultCatalog::advice(QStringLiteral("17")).contains(QStringLiteral("busy")));
    QVERIFY(CallResultCatalog::advice(QStringLiteral("207")).contains(QStringLiteral("own")));
}

void TestCatalogs::unknownCodesShownRaw()
{
    QVERIFY(ErrorCatalog::text(4242).contains(QStringLiteral("4242")));
    QVERIFY(CallResultCatalog::text(QStringLiteral("321")).contains(QStringLiteral("321")));
    QVERIFY(CallResultCatalog::advice(QStringLiteral("321")).contains(QStringLiteral("321")));
    QCOMPARE(CallResultCatalog::outcome(QStringLiteral("321")),
             CallResultCatalog::Outcome::Unknown);
    QCOMPARE(CallResultCatalog::outcome(QString()), CallResultCatalog::Outcome::Unknown);
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QVERIFY(ErrorCatalog::text(4242).contains(QStringLiteral("4242")));
}

QTEST_GUILESS_MAIN(TestCatalogs)
#include "tst_catalogs.moc"

#include "core/csvreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

namespace {

QList<QStringList> readAll(const QByteArray &bytes,
                           CsvReader::Encoding enc = CsvReader::Encoding::Auto,
                           QString *error = nullptr, CsvReader::Encoding *detected = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, enc);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(&fields))
        rows << fields;
    if (error)
        *error = reader.errorString();
    if (detected)
        *detected = reader.encoding();
    return rows;
}

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> list)
{
    QList<QStringList> out;
    for (const auto &row : list) {
        QStringList fields;
        for (const char *f : row)
            fields << QString::fromUtf8(f);
        out << fields;
    }
    return out;
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder enc("GB18030");
    return enc.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void bomAndLineEnds();
    void zeroWidthNoBreakSpaceInFields();
    void gb18030Detected();
    void gb18030Forced();
    void brokenByteNamesTheRow();
    void unclosedQuote();
    void writerRoundTrip();
    void hundredThousandRowsStream();
};

void TestCsvReader::quoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n")
                           << rows({{"a", "b", "c"}, {"1", "2", "3"}});
    QTest::newRow("comma in quotes") << QByteArray("x,\"1,2\",y\n") << rows({{"x", "1,2", "y"}});
    QTest::newRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",z\n") << rows({{"say \"hi\"", "z"}});
    QTest::newRow("line break in field") << QByteArray("\"line1\r\nline2\",b\r\nc,d\r\n")
                                         << rows({{"line1\r\nline2", "b"}, {"c", "d"}});
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n")
                                  << rows({{"", "", ""}, {"", "x", ""}});
    QTest::newRow("no final newline") << QByteArray("a,b\nc,d") << rows({{"a", "b"}, {"c", "d"}});
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << rows({{"a"}, {"b"}});
    QTest::newRow("stray quote kept") << QByteArray("ab\"c,d\n") << rows({{"ab\"c", "d"}});
}

void TestCsvReader::quoting()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    QString error;
    QCOMPARE(readAll(input, CsvReader::Encoding::Auto, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCsvReader::bomAndLineEnds()
{
    const QByteArray body =
        QStringLiteral("x,anum,备注\r\n17000000001,13800138000,客户甲\r\n").toUtf8();
    CsvReader::Encoding detected = CsvReader::Encoding::Auto;
    const auto withBom =
        readAll("\xEF\xBB\xBF" + body, CsvReader::Encoding::Auto, nullptr, &detected);
    QCOMPARE(detected, CsvReader::Encoding::Utf8);
    QCOMPARE(withBom.size(), 2);
    QCOMPARE(withBom.at(0).at(0), QStringLiteral("x")); // BOM not part of the first header
    QCOMPARE(withBom.at(1).at(2), QStringLiteral("客户甲"));
    const auto without = readAll(body, CsvReader::Encoding::Auto, nullptr, &detected);
    QCOMPARE(detected, CsvReader::Encoding::Utf8);
    QCOMPARE(without, withBom);
    QByteArray lf = body;
    lf.replace("\r\n", "\n");
    QCOMPARE(readAll(lf), withBom);
}

void TestCsvReader::zeroWidthNoBreakSpaceInFields()
{
    // U+FEFF inside the data is a character like any other; only the file's first bytes are a
    // BOM (the per-field decoder dropped it from the start of every field; found by fuzz_csv).
    QString error;
    const QString feff(QChar(0xFEFF));
    const auto utf8 = readAll("a,\xEF\xBB\xBF"
                              "b\n\xEF\xBB\xBF,c\n",
                              CsvReader::Encoding::Auto, &error);
    QCOMPARE(utf8,
             (QList<QStringList>{{QStringLiteral("a"), feff + u'b'}, {feff, QStringLiteral("c")}}));
    const auto gb = readAll("x,\x84\x31\x95\x33"
                            "y\n",
                            CsvReader::Encoding::Gb18030, &error);
    QCOMPARE(gb, (QList<QStringList>{{QStringLiteral("x"), feff + u'y'}}));
}

void TestCsvReader::gb18030Detected()
{
    QVERIFY2(QStringDecoder("GB18030").isValid(), "Qt was built without GB18030 (ICU)");
    const QString text = QStringLiteral("x 号码,a 方真实号码,备注\r\n17000000001,13800138000,"
                                        "\"客户，甲\"\r\n17000000001,13800138001,𠀀字\r\n");
    const QByteArray bytes = gb18030(text);
    QVERIFY(bytes != text.toUtf8());
    CsvReader::Encoding detected = CsvReader::Encoding::Auto;
    QString error;
    const auto got = readAll(bytes, CsvReader::Encoding::Auto, &error, &detected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(detected, CsvReader::Encoding::Gb18030);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0).at(1), QStringLiteral("a 方真实号码"));
    QCOMPARE(got.at(1).at(2), QStringLiteral("客户，甲"));
    QCOMPARE(got.at(2).at(2), QStringLiteral("𠀀字")); // a four-byte GB18030 sequence
}

void TestCsvReader::gb18030Forced()
{
    // Pure ASCII looks like UTF-8; forcing GB18030 still reads it the same.
    QString error;
    QCOMPARE(readAll("a,b\n", CsvReader::Encoding::Gb18030, &error), (rows({{"a", "b"}})));
    QVERIFY(error.isEmpty());
    QCOMPARE(CsvReader::encodingFromOption(QStringLiteral("GB18030")),
             CsvReader::Encoding::Gb18030);
    QCOMPARE(CsvReader::encodingFromOption(QStringLiteral("utf-8")), CsvReader::Encoding::Utf8);
    QCOMPARE(CsvReader::encodingFromOption(QStringLiteral("latin1")), std::nullopt);
}

void TestCsvReader::brokenByteNamesTheRow()
{
    // UTF-8 file (BOM), row 4 has a lone 0xFF.
    QByteArray bytes = "\xEF\xBB\xBFx,anum\n1,2\n\"a\nb\",3\n5,\xFF\n7,8\n";
    QString error;
    const auto got = readAll(bytes, CsvReader::Encoding::Auto, &error);
    QCOMPARE(got.size(), 3);
    QVERIFY2(error.contains(QLatin1StringView("4")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView("line 5")), qPrintable(error));
    QVERIFY(error.contains(QLatin1StringView("UTF-8")));
    // GB18030 file: 0x81 followed by a quote is not a GB18030 character.
    const QByteArray gb = gb18030(QStringLiteral("备注\n甲\n")) + "\x81\n";
    const auto gbRows = readAll(gb, CsvReader::Encoding::Auto, &error);
    QCOMPARE(gbRows.size(), 2);
    QVERIFY2(error.contains(QLatin1StringView("Row 3")), qPrintable(error));
    QVERIFY(error.contains(QLatin1StringView("GB18030")));
}

void TestCsvReader::unclosedQuote()
{
    QString error;
    const auto got = readAll("a,b\n\"open,c\n", CsvReader::Encoding::Auto, &error);
    QCOMPARE(got.size(), 1);
    QVERIFY2(error.contains(QLatin1StringView("Row 2")), qPrintable(error));
}

void TestCsvReader::writerRoundTrip()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QList<QStringList> expected = rows({{"subid", "reason", "note"},
                                              {"abc", "the \"x\", busy", "line1\nline2"},
                                              {"", "原因：号码已绑定", ""}});
    {
        CsvWriter writer(&buffer);
        for (const QStringList &r : expected)
            QVERIFY(writer.writeRecord(r));
    }
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
    QVERIFY(buffer.data().contains("\"the \"\"x\"\", busy\""));
    QCOMPARE(readAll(buffer.data()), expected);
}

void TestCsvReader::hundredThousandRowsStream()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk;
        chunk += gb18030(QStringLiteral("x 号码,a 方真实号码,b 方真实号码,有效期,备注\r\n"));
        for (int i = 0; i < 100'000; ++i) {
            chunk += QByteArray("17000000001,138") + QByteArray::number(10'000'000 + i) + ",139" +
                     QByteArray::number(10'000'000 + i) + ",3600," +
                     gb18030(QStringLiteral("\"订单 %1, 第二行\n完\"").arg(i)) + "\r\n";
            if (chunk.size() > 1 << 20) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const qint64 size = f.size();
    CsvReader reader(&f);
    QStringList fields;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Gb18030);
    QCOMPARE(fields.at(1), QStringLiteral("a 方真实号码"));
    // Streaming: after the header, only the first chunk has been read from the file.
    QVERIFY2(f.pos() <= 128 * 1024, qPrintable(QString::number(f.pos())));
    QVERIFY(size > 5 * 1024 * 1024);
    qint64 n = 0;
    while (reader.readRecord(&fields)) {
        QCOMPARE(fields.size(), 5);
        if (n == 99'999) {
            QCOMPARE(fields.at(1), QStringLiteral("13810099999"));
            QCOMPARE(fields.at(4), QStringLiteral("订单 99999, 第二行\n完"));
        }
        ++n;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(n, 100'000);
    QCOMPARE(reader.recordNumber(), 100'001);
    QCOMPARE(reader.bytesRead(), size);
    qInfo("100,000 GB18030 rows (%lld bytes) read in %lld ms", size, timer.elapsed());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

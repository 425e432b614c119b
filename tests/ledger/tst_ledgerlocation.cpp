// LedgerLocation (what --ledger, $PN_LEDGER and File → Open ledger… give) and the redaction of
// URL passwords every program applies to what it prints and logs.

#include "core/logging.h"
#include "ledger/ledger.h"
#include "ledger/ledgerlocation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pn;

class TestLedgerLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderIsTheSqliteFileInIt()
    {
        QTemporaryDir dir;
        QString error;
        const auto l = LedgerLocation::parse(dir.path(), &error);
        QVERIFY(l && !l->isServer());
        QCOMPARE(l->connectionString(), Ledger::pathInDataDir(dir.path()));
        QCOMPARE(LedgerLocation::localDataDir(*l, {}), dir.path());
    }

    void serverAddressParts()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        const auto l = LedgerLocation::parse(
            QStringLiteral(
                "postgres://desk1@db.example:6543/team?sslmode=verify-full&sslrootcert=") +
                ca,
            &error);
        QVERIFY2(l, qPrintable(error));
        QVERIFY(l->isServer());
        QCOMPARE(l->host(), QStringLiteral("db.example"));
        QCOMPARE(l->port(), 6543);
        QCOMPARE(l->database(), QStringLiteral("team"));
        QCOMPARE(l->user(), QStringLiteral("desk1"));
        QCOMPARE(l->sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(l->caFile(), ca);
        QCOMPARE(l->secretName(), QStringLiteral("ledger/desk1@db.example:6543/team"));
        // The password goes into the connection string only, percent-encoded.
        const QString conn = l->connectionString(QStringLiteral("p@ss:w/rd"));
        QVERIFY(!l->display().contains(QLatin1StringView("p@ss")));
        QCOMPARE(QUrl(conn).password(), QStringLiteral("p@ss:w/rd"));
        QVERIFY(!Logging::redactUrlPasswords(conn).contains(QLatin1StringView("p%40ss")));
        // A server ledger keeps the desk's files in the default folder, or --data-dir.
        QCOMPARE(LedgerLocation::localDataDir(*l, dir.path()), dir.path());
    }

    void badAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("password") << QStringLiteral("postgresql://u:hunter2@h/db")
                                  << QStringLiteral("contains a password");
        QTest::newRow("no host") << QStringLiteral("postgresql://u@/db") << QStringLiteral("host");
        QTest::newRow("no user") << QStringLiteral("postgresql://h/db") << QStringLiteral("user");
        QTest::newRow("no db") << QStringLiteral("postgresql://u@h") << QStringLiteral("database");
        QTest::newRow("sslmode") << QStringLiteral("postgresql://u@h/db?sslmode=maybe")
                                 << QStringLiteral("sslmode");
        QTest::newRow("ca") << QStringLiteral("postgresql://u@h/db?sslrootcert=/nope/ca.pem")
                            << QStringLiteral("/nope/ca.pem");
        QTest::newRow("option") << QStringLiteral("postgresql://u@h/db?host=evil")
                                << QStringLiteral("host");
        QTest::newRow("empty") << QString() << QStringLiteral("No ledger");
    }

    void badAddressesAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!LedgerLocation::parse(text, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(!error.contains(QLatin1StringView("hunter2")));
    }

    void environmentAndOptionOrder()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        qputenv("PN_LEDGER", a.path().toLocal8Bit());
        QString error;
        QCOMPARE(LedgerLocation::resolve({}, b.path(), &error)->folderPath(), a.path());
        QCOMPARE(LedgerLocation::resolve(b.path(), {}, &error)->folderPath(), b.path());
        qunsetenv("PN_LEDGER");
        QCOMPARE(LedgerLocation::resolve({}, b.path(), &error)->folderPath(), b.path());
    }

    void redaction()
    {
        QCOMPARE(Logging::redactUrlPasswords(
                     QStringLiteral("ledger postgresql://pn:s3cr3t@127.0.0.1:5432/db failed")),
                 QStringLiteral("ledger postgresql://pn@127.0.0.1:5432/db failed"));
        // A port is not a password.
        QCOMPARE(Logging::redactUrlPasswords(QStringLiteral("http://127.0.0.1:8080/cdr")),
                 QStringLiteral("http://127.0.0.1:8080/cdr"));
        QCOMPARE(Logging::scrub(QStringLiteral("postgres://a:b@h/db")),
                 QStringLiteral("postgres://a@h/db"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerLocation)
#include "tst_ledgerlocation.moc"

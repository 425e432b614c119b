// `pnctl listen`: the receiver headless, as a server collecting callbacks for desks.
#include "callbacks/callstore.h"
#include "callbacktesthelpers.h"
#include "core/clock.h"
#include "ledger/ledgerschema.h"
#include "profiles/profilestore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pn;
using namespace pn::test;

class TestPnctlListen : public QObject
{
    Q_OBJECT

private slots:
    void receivesAndStopsCleanly_data();
    void receivesAndStopsCleanly();
    void tokenAndAllowList_data();
    void tokenAndAllowList();
    void badArguments_data();
    void badArguments();
    void profileSettings();

private:
    QUrl start(QProcess &p, const QStringList &args);
    QNetworkAccessManager m_nam;
};

QUrl TestPnctlListen::start(QProcess &p, const QStringList &args)
{
    p.start(QStringLiteral(PNCTL_PATH),
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("listen")} +
                args);
    if (!p.waitForStarted(5000))
        return {};
    if (!QTest::qWaitFor([&] { return p.canReadLine(); }, 10'000))
        return {};
    return QUrl(QString::fromUtf8(p.readLine().trimmed()));
}

void TestPnctlListen::receivesAndStopsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestPnctlListen::receivesAndStopsCleanly()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    QProcess p;
    const QUrl url = start(p, {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"),
                               QStringLiteral("0")});
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(post(m_nam, url.resolved(QUrl(QStringLiteral("cdr"))),
                  formEncode(sampleCdr(QStringLiteral("cli-1"))))
                 .status,
             200);
    QCOMPARE(post(m_nam, url.resolved(QUrl(QStringLiteral("callback"))),
                  formEncode(sampleCallStart(QStringLiteral("cli-1"))))
                 .status,
             200);
    QCOMPARE(post(m_nam, url.resolved(QUrl(QStringLiteral("cdr"))), "devid=1").status, 400);
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Required field appid is missing")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("Stopped.")));

    CallStore store(dir.filePath(QStringLiteral("ledger.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.countCalls(), 1);
    QCOMPARE(store.countCallStarts(), 1);
    QCOMPARE(store.countRejected(), 1);
}

void TestPnctlListen::tokenAndAllowList_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("token given") << QStringList{QStringLiteral("--token-file"),
                                                QStringLiteral("TOKEN")}
                                 << QByteArray("tok-123") << 200;
    QTest::newRow("token missing")
        << QStringList{QStringLiteral("--token-file"), QStringLiteral("TOKEN")} << QByteArray()
        << 401;
    QTest::newRow("allowed") << QStringList{QStringLiteral("--allow"),
                                            QStringLiteral("127.0.0.0/8")}
                             << QByteArray() << 200;
    QTest::newRow("not allowed") << QStringList{QStringLiteral("--allow"),
                                                QStringLiteral("10.0.0.0/8")}
                                 << QByteArray() << 403;
}

void TestPnctlListen::tokenAndAllowList()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QTemporaryDir dir;
    QFile tokenFile(dir.filePath(QStringLiteral("token.txt")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write("tok-123\n");
    tokenFile.close();
    args.replaceInStrings(QStringLiteral("TOKEN"), tokenFile.fileName());
    QProcess p;
    const QUrl url = start(p, QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
    QVERIFY(url.port() > 0);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"X-PN-Token", token});
    QCOMPARE(post(m_nam, url.resolved(QUrl(QStringLiteral("cdr"))),
                  formEncode(sampleCdr(QStringLiteral("t"))), "application/x-www-form-urlencoded",
                  headers)
                 .status,
             status);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitCode(), 0);
    // The token never reaches the output.
    QVERIFY(!p.readAll().contains("tok-123"));
    QVERIFY(!p.readAllStandardError().contains("tok-123"));
}

void TestPnctlListen::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("address") << QStringList{QStringLiteral("--address"), QStringLiteral("nowhere")};
    QTest::newRow("allow") << QStringList{QStringLiteral("--allow"), QStringLiteral("banana")};
    QTest::newRow("token file") << QStringList{QStringLiteral("--token-file"),
                                               QStringLiteral("/nonexistent/t")};
}

void TestPnctlListen::badArguments()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(PNCTL_PATH),
            QStringList{QStringLiteral("listen"), QStringLiteral("--data-dir"), dir.path()} + args);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitCode(), 2);
}

void TestPnctlListen::profileSettings()
{
    QTemporaryDir dir;
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    qint64 profileId = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
        db.setDatabaseName(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(LedgerSchema::configureConnection(db, &error) && LedgerSchema::migrate(db, &error),
                 qPrintable(error));
        ProfileStore profiles(db, SystemClock::instance());
        Profile p;
        p.name = QStringLiteral("Desk A");
        p.baseUrl = QUrl(QStringLiteral("https://platform.example"));
        p.devid = QStringLiteral("1000");
        p.appids = {QStringLiteral("app1")};
        p.callbackPort = port;
        p.callbackAllowList = {QStringLiteral("127.0.0.0/8")};
        const auto added = profiles.add(p, &error);
        QVERIFY2(added, qPrintable(error));
        profileId = added->id;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("p"));

    QProcess p;
    const QUrl url = start(p, {QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--profile"), QStringLiteral("Desk A")});
    QCOMPARE(url.port(), int(port));
    QCOMPARE(post(m_nam, url.resolved(QUrl(QStringLiteral("cdr"))),
                  formEncode(sampleCdr(QStringLiteral("desk-a"))))
                 .status,
             200);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitCode(), 0);
    CallStore store(dir.filePath(QStringLiteral("ledger.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    const auto c = store.cdr(QStringLiteral("desk-a"));
    QVERIFY(c);
    QCOMPARE(c->profileId, std::optional<qint64>(profileId));

    QProcess unknown;
    unknown.start(QStringLiteral(PNCTL_PATH),
                  {QStringLiteral("listen"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--profile"), QStringLiteral("nobody")});
    QVERIFY(unknown.waitForFinished(10'000));
    QCOMPARE(unknown.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestPnctlListen)
#include "tst_pnctllisten.moc"

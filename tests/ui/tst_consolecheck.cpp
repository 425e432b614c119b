// pnconsole's non-interactive paths, with the real program: under --check (and without a real
// display) a ledger that cannot be opened is said on stderr and the program exits 1 at once,
// instead of waiting for a click on a modal error box that nobody can see.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenLedgerExitsNonZero_data();
    void brokenLedgerExitsNonZero();

private:
    QTemporaryDir m_dir;
};

void TestConsoleCheck::brokenLedgerExitsNonZero_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("--check") << QStringList{QStringLiteral("--check")};
    QTest::newRow("offscreen, no --check") << QStringList{};
}

void TestConsoleCheck::brokenLedgerExitsNonZero()
{
    QFETCH(QStringList, extra);
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u',').remove(u'-'));
    QVERIFY(QDir().mkpath(data));
    {
        // Not an SQLite database: the ledger cannot open it.
        QFile f(data + QStringLiteral("/ledger.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.path()); // its settings stay in the test folder
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    console.setProcessEnvironment(env);
    QStringList args = {QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--no-sandbox"), QStringLiteral("--data-dir"), data};
    args += extra;
    QElapsedTimer t;
    t.start();
    console.start(QStringLiteral(PNCONSOLE_PATH), args);
    QVERIFY(console.waitForStarted(10000));
    const bool finished = console.waitForFinished(15000);
    if (!finished) {
        console.kill();
        console.waitForFinished(5000);
    }
    const QByteArray err = console.readAllStandardError();
    QVERIFY2(finished, "pnconsole waited (a modal box?) instead of exiting");
    qInfo("exited %d after %lld ms", console.exitCode(), t.elapsed());
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QCOMPARE(console.exitCode(), 1);
    QVERIFY2(err.contains("The console cannot start"), err.constData());
}

QTEST_GUILESS_MAIN(TestConsoleCheck)
#include "tst_consolecheck.moc"

// One GUI writer per data folder, with real pnconsole processes: a second start on the same
// folder (also through a symbolic link) raises the first console's window and exits; a start on
// another folder opens normally; the socket's name tells nothing about the folder.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QString binary(const char *name)
{
    return qEnvironmentVariable("PN_BINARY_DIR") + u'/' + QLatin1StringView(name);
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartRaisesTheFirst();
};

void TestSingleInstance::secondStartRaisesTheFirst()
{
    QTemporaryDir dir;
    const QString runtime = dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString secretName = QStringLiteral("desk-of-customer-A");
    const QString d1 = dir.filePath(secretName);
    const QString d2 = dir.filePath(QStringLiteral("other-desk"));
    const QString link = dir.filePath(QStringLiteral("link-to-d1"));
    QVERIFY(QDir().mkpath(d1));
    QVERIFY(QFile::link(d1, link));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));

    // The first console on d1.
    const QString logA = dir.filePath(QStringLiteral("a.log"));
    QProcess a;
    a.setProcessEnvironment(env);
    a.start(binary("pnconsole"),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), d1,
             QStringLiteral("--log-file"), logA});
    QVERIFY(a.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return readAll(logA).contains(QStringLiteral("window shown")); },
                             30'000),
             qPrintable(readAll(logA) + QString::fromUtf8(a.readAllStandardError())));

    // Its socket: named by a hash of the user and the canonical folder, in the runtime folder.
    const QStringList sockets = QDir(runtime).entryList(QDir::System | QDir::Files);
    QCOMPARE(sockets.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^pnconsole-[0-9a-f]{32}$"))
                 .match(sockets.constFirst())
                 .hasMatch(),
             qPrintable(sockets.constFirst()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(qulonglong(::getuid())));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QFileInfo(d1).canonicalFilePath().toUtf8());
    QCOMPARE(sockets.constFirst(),
             QStringLiteral("pnconsole-") + QString::fromLatin1(hash.result().toHex().left(32)));
    QVERIFY(!sockets.constFirst().contains(secretName));

    // A second start on the same folder, through a link: raises the first and exits 0.
    for (const QString &path : {d1, link}) {
        QProcess b;
        b.setProcessEnvironment(env);
        const QString logB = dir.filePath(QStringLiteral("b.log"));
        b.start(binary("pnconsole"),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), path,
                 QStringLiteral("--log-file"), logB});
        QVERIFY(b.waitForFinished(20'000));
        QCOMPARE(b.exitStatus(), QProcess::NormalExit);
        const QString out = QString::fromUtf8(b.readAllStandardOutput());
        QVERIFY2(b.exitCode() == 0, qPrintable(out + QString::fromUtf8(b.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("already open on this data folder")), qPrintable(out));
        QVERIFY(!readAll(logB).contains(QStringLiteral("window shown")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        readAll(logA).count(QStringLiteral("another start on this data folder asked for the "
                                           "window")),
        2, 5000);
    QCOMPARE(a.state(), QProcess::Running);

    // Another folder opens a console of its own while the first runs.
    QProcess c;
    c.setProcessEnvironment(env);
    c.start(binary("pnconsole"), {QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("--data-dir"), d2, QStringLiteral("--check")});
    QVERIFY(c.waitForFinished(60'000));
    const QString out = QString::fromUtf8(c.readAllStandardOutput());
    QVERIFY2(c.exitCode() == 0, qPrintable(out + QString::fromUtf8(c.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("account ok")), qPrintable(out));
    QCOMPARE(a.state(), QProcess::Running);

    // Once the first is gone (even killed), the folder opens normally again.
    a.kill();
    QVERIFY(a.waitForFinished(10'000));
    QProcess d;
    d.setProcessEnvironment(env);
    d.start(binary("pnconsole"), {QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("--data-dir"), link, QStringLiteral("--check")});
    QVERIFY(d.waitForFinished(60'000));
    const QString outD = QString::fromUtf8(d.readAllStandardOutput());
    QVERIFY2(d.exitCode() == 0, qPrintable(outD + QString::fromUtf8(d.readAllStandardError())));
    QVERIFY2(outD.contains(QStringLiteral("account ok")), qPrintable(outD));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

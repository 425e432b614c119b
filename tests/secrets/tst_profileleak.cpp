#include "sandbox/sandboxplatform.h"
#include "secrets/vaultsecretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

// The end-to-end proof that no key leaks: profiles are created with pnctl, used against a real
// sandbox platform on 127.0.0.1 (so the request log fills), switched, edited and exported; then
// the console runs on the same folder; every file under the temporary HOME (data folder,
// settings, XDG folders) and everything pnctl and pnconsole printed is searched for each secret in
// raw, base64, base64url and hex form. $PN_LEAK_BACKEND chooses the secret backend pnctl must use:
// "vault" (default) or "keychain" (run under run_keychain_test.sh).
class TestProfileLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretAnywhere();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run pnctl(const QStringList &args, const QByteArray &stdinData = {});
    QByteArray randomKey();
    void expectOk(const Run &run, const char *what);

    QString m_pnctl;
    QString m_backend;
    QTemporaryDir m_root;   // HOME of the pnctl runs; searched
    QTemporaryDir m_inputs; // key files given to pnctl; not searched
    QString m_dataDir;
    QByteArray m_printed;
    QList<QByteArray> m_secrets;
};

QByteArray TestProfileLeak::randomKey()
{
    QByteArray bytes(18, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 18 / 4);
    const QByteArray key =
        "k" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_secrets << key;
    return key;
}

void TestProfileLeak::initTestCase()
{
    m_pnctl = qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnctl");
    QVERIFY2(QFile::exists(m_pnctl), qPrintable(m_pnctl));
    m_backend = qEnvironmentVariable("PN_LEAK_BACKEND", QStringLiteral("vault"));
    QVERIFY(m_root.isValid() && m_inputs.isValid());
    m_dataDir = m_root.filePath(QStringLiteral("data"));
}

TestProfileLeak::Run TestProfileLeak::pnctl(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = m_root.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(dir);
        env.insert(QString::fromLatin1(name), dir);
    }
    env.insert(QStringLiteral("PN_SECRET_BACKEND"), m_backend);
    env.insert(QStringLiteral("PN_VAULT_PASSWORD_FILE"), m_inputs.filePath(QStringLiteral("pw")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PN_AUTH_KEY"));
    p.setProcessEnvironment(env);
    p.start(m_pnctl, QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    // The sandbox answers from this thread's event loop: keep it running while pnctl works.
    QDeadlineTimer deadline(60000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(5);
    }
    Run run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    m_printed += run.out + run.err;
    return run;
}

void TestProfileLeak::expectOk(const Run &run, const char *what)
{
    QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("%1 failed (%2): %3")
                                               .arg(QLatin1StringView(what))
                                               .arg(run.exitCode)
                                               .arg(QString::fromUtf8(run.out + run.err))));
}

void TestProfileLeak::noSecretAnywhere()
{
    const QByteArray master = randomKey();
    {
        QFile pw(m_inputs.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(master + '\n');
    }
    if (m_backend == QLatin1StringView("vault")) {
        // Cheap scrypt parameters (pnctl keeps a vault's own), so each run unlocks quickly.
        QDir().mkpath(m_dataDir);
        VaultSecretStore vault(
            m_dataDir + QStringLiteral("/secrets.vault"),
            [master](auto, const QString &) { return std::optional<QByteArray>(master); },
            vault::KdfParams::scrypt(1 << 10));
        QString error;
        QVERIFY2(vault.write(QStringLiteral("test/marker"), "x", &error), qPrintable(error));
    }
    const QByteArray keyA = randomKey();
    const QByteArray keyB = randomKey();
    const QByteArray tokenA = randomKey();

    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    SandboxPlatform sandbox(SystemClock::instance());
    QString error;
    QVERIFY2(sandbox.open(QStringLiteral(":memory:"), &error), qPrintable(error));
    sandbox.addAccount({QStringLiteral("20000001"),
                        keyA,
                        {QStringLiteral("appA")},
                        1,
                        QStringLiteral("developer"),
                        500,
                        0,
                        0,
                        0,
                        {QStringLiteral("17000000001")}});
    sandbox.addAccount({QStringLiteral("20000002"),
                        keyB,
                        {QStringLiteral("appB")},
                        1,
                        QStringLiteral("developer"),
                        500,
                        0,
                        0,
                        0,
                        {QStringLiteral("17000000002")}});
    QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QString url = sandbox.baseUrl().toString();

    const QString keyFileB = m_inputs.filePath(QStringLiteral("b.key"));
    const QString tokenFileA = m_inputs.filePath(QStringLiteral("a.token"));
    for (const auto &[file, data] : {std::pair{keyFileB, keyB}, std::pair{tokenFileA, tokenA}}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    // Two accounts, one key through stdin, one through a file.
    expectOk(
        pnctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Account A"),
               QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("--url"), url,
               QStringLiteral("--allow-plain-http"), QStringLiteral("--devid"),
               QStringLiteral("20000001"), QStringLiteral("--appid"), QStringLiteral("appA"),
               QStringLiteral("--x"), QStringLiteral("17000000001"),
               QStringLiteral("--callback-token-file"), tokenFileA, QStringLiteral("--key-stdin")},
              keyA + '\n'),
        "profile add A");
    expectOk(pnctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Account B"),
                    QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("--url"), url,
                    QStringLiteral("--allow-plain-http"), QStringLiteral("--devid"),
                    QStringLiteral("20000002"), QStringLiteral("--appid"), QStringLiteral("appB"),
                    QStringLiteral("--key-file"), keyFileB}),
             "profile add B");
    const Run list =
        pnctl({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    expectOk(list, "profile list");
    const QJsonObject listed = QJsonDocument::fromJson(list.out).object();
    QCOMPARE(listed.value(QStringLiteral("secret_backend")).toString(), m_backend);
    QCOMPARE(listed.value(QStringLiteral("profiles")).toArray().size(), 2);

    // Use them, switching back and forth, so the request log and the ledger fill.
    int binds = 0;
    for (int round = 0; round < 2; ++round) {
        for (const auto &[profile, x] :
             {std::pair{QStringLiteral("Account A"), QStringLiteral("17000000001")},
              std::pair{QStringLiteral("Account B"), QStringLiteral("17000000002")}}) {
            expectOk(pnctl({QStringLiteral("--profile"), profile, QStringLiteral("status")}),
                     "status");
            const Run bind =
                pnctl({QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                       QStringLiteral("bind"), x, QStringLiteral("1390000%1").arg(1000 + round),
                       QStringLiteral("1380000%1").arg(2000 + round), QStringLiteral("--ttl"),
                       QStringLiteral("600")});
            expectOk(bind, "bind");
            ++binds;
        }
    }
    expectOk(
        pnctl({QStringLiteral("--profile"), QStringLiteral("Account A"), QStringLiteral("log")}),
        "log");
    QCOMPARE(sandbox.bindings().size(), binds); // the keys really signed the requests
    QVERIFY(sandbox.requestCount() >= 8);

    // A wrong profile key is refused by the platform; the message must not show the key either.
    const QByteArray keyB2 = randomKey();
    expectOk(
        pnctl({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Account B"),
               QStringLiteral("--key-stdin"), QStringLiteral("--rate-limit"), QStringLiteral("5")},
              keyB2),
        "profile edit");
    const Run refused =
        pnctl({QStringLiteral("--profile"), QStringLiteral("Account B"),
               QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("status")});
    QVERIFY(refused.exitCode != 0);

    expectOk(
        pnctl({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Account A")}),
        "show");
    expectOk(pnctl({QStringLiteral("profile"), QStringLiteral("export")}), "export stdout");
    const QString exportFile = m_root.filePath(QStringLiteral("profiles.json"));
    expectOk(pnctl({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--out"),
                    exportFile}),
             "export file");
    QVERIFY(QFile::exists(exportFile));

    // The folder remembers its backend: asking pnctl for the other one is refused in words.
    {
        const QString other = m_backend == QLatin1StringView("vault") ? QStringLiteral("keychain")
                                                                      : QStringLiteral("vault");
        const Run mismatch = pnctl({QStringLiteral("profile"), QStringLiteral("list"),
                                    QStringLiteral("--secret-backend"), other});
        QVERIFY(mismatch.exitCode != 0);
        QVERIFY2(mismatch.err.contains("keeps its keys in"), mismatch.err.constData());
    }

    // The console on the same data folder: it starts its sandbox, adds the "Sandbox" profile and
    // signs its own requests; it runs offscreen for a few seconds and is then stopped.
    {
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(name),
                       m_root.filePath(QString::fromLatin1(name).toLower()));
        env.insert(QStringLiteral("PN_SECRET_BACKEND"), m_backend);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(env);
        console.start(qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnconsole"),
                      {QStringLiteral("--data-dir"), m_dataDir});
        QVERIFY(console.waitForStarted(10000));
        QTest::qWait(4000);
        const bool stillRunning = console.state() == QProcess::Running;
        console.kill();
        console.waitForFinished(10000);
        const QByteArray printed = console.readAllStandardOutput() + console.readAllStandardError();
        m_printed += printed;
        QVERIFY2(stillRunning, printed.constData());
    }

    // The request log has rows (else this test would prove little).
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("leak"));
        db.setDatabaseName(m_dataDir + QStringLiteral("/ledger.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM request_log")) && q.next());
        QVERIFY2(q.value(0).toInt() >= 8, qPrintable(q.value(0).toString()));
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM profiles WHERE environment = 'sandbox'")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the console really used this data folder
        // The one remembered choice, and nothing else, in the folder's settings table.
        QVERIFY(q.exec(QStringLiteral("SELECT name, value FROM ledger_meta")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("secret_backend"));
        QCOMPARE(q.value(1).toString(), m_backend);
        QVERIFY(!q.next());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("leak"));

    // Search.
    QList<QByteArray> needles;
    for (const QByteArray &s : std::as_const(m_secrets)) {
        needles << s << s.toBase64() << s.toBase64(QByteArray::Base64UrlEncoding)
                << s.toBase64(QByteArray::OmitTrailingEquals) << s.toHex() << s.toHex().toUpper();
    }
    QStringList hits;
    int files = 0;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        ++files;
        for (const QByteArray &n : std::as_const(needles)) {
            if (data.contains(n))
                hits << path;
        }
    }
    for (const QByteArray &n : std::as_const(needles)) {
        if (m_printed.contains(n))
            hits << QStringLiteral("pnctl output");
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY(files >= 2); // at least the ledger and the export
    QVERIFY(m_printed.size() > 500);
    if (m_backend == QLatin1StringView("vault"))
        QVERIFY(QFile::exists(m_dataDir + QStringLiteral("/secrets.vault")));
    else
        QVERIFY(!QFile::exists(m_dataDir + QStringLiteral("/secrets.vault")));
}

QTEST_GUILESS_MAIN(TestProfileLeak)
#include "tst_profileleak.moc"

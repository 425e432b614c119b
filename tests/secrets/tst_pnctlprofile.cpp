#include "ledger/ledgerschema.h"
#include "profiles/credentials.h"
#include "profiles/profilestore.h"
#include "secrets/vaultsecretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pn;

// `pnctl profile …` as a user runs it: a separate process, its own data folder, keys from files
// and stdin, the vault's password from a file. No terminal (setsid), so nothing can prompt.
class TestPnctlProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusals_data();
    void refusals();
    void addShowListEdit();
    void removeRules();
    void exportImport();
    void wrongVaultPassword();
    void changeVaultPassword();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run pnctl(const QString &dataDir, const QStringList &args, const QByteArray &input = {},
              const QString &passwordFile = {});
    QString file(const QString &name, const QByteArray &content);
    QStringList addArgs(const QString &name, const QString &keyFile) const;

    QTemporaryDir m_dir;
    QString m_pnctl;
    QString m_password;
};

void TestPnctlProfile::initTestCase()
{
    m_pnctl = qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnctl");
    QVERIFY(QFile::exists(m_pnctl));
    m_password = file(QStringLiteral("pw"), "a master password\n");
}

QString TestPnctlProfile::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

QStringList TestPnctlProfile::addArgs(const QString &name, const QString &keyFile) const
{
    return {QStringLiteral("profile"),
            QStringLiteral("add"),
            name,
            QStringLiteral("--url"),
            QStringLiteral("https://api.example.com"),
            QStringLiteral("--devid"),
            QStringLiteral("10000001"),
            QStringLiteral("--appid"),
            QStringLiteral("app1,app2"),
            QStringLiteral("--key-file"),
            keyFile};
}

// A vault made with cheap scrypt parameters: pnctl keeps a vault's own parameters, so each
// run unlocks in milliseconds. (addShowListEdit lets pnctl create one with the real defaults.)
QString fastVault(const QString &dataDir, const QByteArray &password = "a master password")
{
    QDir().mkpath(dataDir);
    VaultSecretStore vault(
        dataDir + QStringLiteral("/secrets.vault"),
        [password](auto, const QString &) { return std::optional<QByteArray>(password); },
        vault::KdfParams::scrypt(1 << 10));
    QString error;
    vault.write(QStringLiteral("test/marker"), "x", &error);
    vault.remove(QStringLiteral("test/marker"), &error);
    return dataDir;
}

TestPnctlProfile::Run TestPnctlProfile::pnctl(const QString &dataDir, const QStringList &args,
                                              const QByteArray &input, const QString &passwordFile)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PN_SECRET_BACKEND"), QStringLiteral("vault"));
    env.insert(QStringLiteral("PN_VAULT_PASSWORD_FILE"),
               passwordFile.isEmpty() ? m_password : passwordFile);
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([] { ::setsid(); }); // no controlling terminal: never a prompt
    p.start(m_pnctl, QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestPnctlProfile::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString key = m_dir.filePath(QStringLiteral("k"));
    const QStringList base = {
        QStringLiteral("profile"), QStringLiteral("add"),       QStringLiteral("P"),
        QStringLiteral("--url"),   QStringLiteral("https://h"), QStringLiteral("--devid"),
        QStringLiteral("1"),       QStringLiteral("--appid"),   QStringLiteral("a")};
    QTest::newRow("key on the command line")
        << base + QStringList{QStringLiteral("--key"), QStringLiteral("abc")} << 2 << "--key-file";
    QTest::newRow("key= on the command line")
        << base + QStringList{QStringLiteral("--key=abc")} << 2 << "process list";
    QTest::newRow("no key") << base << 2 << "--key-stdin";
    QTest::newRow("both key sources")
        << base + QStringList{QStringLiteral("--key-stdin"), QStringLiteral("--key-file"), key} << 2
        << "not both";
    QTest::newRow("plain http") << QStringList{QStringLiteral("profile"),
                                               QStringLiteral("add"),
                                               QStringLiteral("P"),
                                               QStringLiteral("--url"),
                                               QStringLiteral("http://h"),
                                               QStringLiteral("--devid"),
                                               QStringLiteral("1"),
                                               QStringLiteral("--appid"),
                                               QStringLiteral("a"),
                                               QStringLiteral("--key-file"),
                                               key}
                                << 2 << "(base_url)";
    QTest::newRow("no appid") << QStringList{QStringLiteral("profile"),
                                             QStringLiteral("add"),
                                             QStringLiteral("P"),
                                             QStringLiteral("--url"),
                                             QStringLiteral("https://h"),
                                             QStringLiteral("--devid"),
                                             QStringLiteral("1"),
                                             QStringLiteral("--key-file"),
                                             key}
                              << 2 << "(appids)";
    QTest::newRow("bad env") << base + QStringList{QStringLiteral("--env"),
                                                   QStringLiteral("staging"),
                                                   QStringLiteral("--key-file"), key}
                             << 2 << "--env";
    QTest::newRow("unknown profile")
        << QStringList{QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Nobody")}
        << 2 << "Nobody";
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("profile"), QStringLiteral("rename")} << 2 << "rename";
    QTest::newRow("--profile unknown")
        << QStringList{QStringLiteral("--profile"), QStringLiteral("Ghost"),
                       QStringLiteral("status")}
        << 2 << "Ghost";
}

void TestPnctlProfile::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    file(QStringLiteral("k"), "some-key");
    const QString dataDir = fastVault(m_dir.filePath(QStringLiteral("refusals")));
    const Run run = pnctl(dataDir, args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("some-key")));
    // Nothing was stored.
    const Run list = pnctl(dataDir, {QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("No profiles.")), qPrintable(list.out));
}

void TestPnctlProfile::addShowListEdit()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("crud"));
    const QString key = file(QStringLiteral("crud.key"), "crud-key-1\n");
    Run run = pnctl(dataDir, addArgs(QStringLiteral("Customer"), key) +
                                 QStringList{QStringLiteral("--env"), QStringLiteral("production"),
                                             QStringLiteral("--x"), QStringLiteral("17000000001"),
                                             QStringLiteral("--x"), QStringLiteral("17000000002")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = pnctl(dataDir, {QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("encrypted vault file")));
    QVERIFY(run.out.contains(QStringLiteral("Customer")));
    run = pnctl(dataDir, {QStringLiteral("profile"), QStringLiteral("show"),
                          QStringLiteral("Customer"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(o.value(QStringLiteral("environment_name")).toString(), QStringLiteral("Production"));
    QVERIFY(!o.contains(QStringLiteral("color"))); // colours are the console's (ui/)
    QCOMPARE(o.value(QStringLiteral("x_numbers")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("default_appid")).toString(), QStringLiteral("app1"));

    // Edit fields only: no key needed, no vault access.
    run = pnctl(dataDir,
                {QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Customer"),
                 QStringLiteral("--default-appid"), QStringLiteral("app2"),
                 QStringLiteral("--timeout-ms"), QStringLiteral("5000"), QStringLiteral("--rename"),
                 QStringLiteral("Customer 2")},
                {}, m_dir.filePath(QStringLiteral("no-such-password-file")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Replace the key through stdin, then read it back as the console would.
    run = pnctl(dataDir,
                {QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Customer 2"),
                 QStringLiteral("--key-stdin")},
                "crud-key-2\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = pnctl(dataDir,
                {QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Customer 2"),
                 QStringLiteral("--timeout-ms"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("(timeout_ms)")));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crud"));
    db.setDatabaseName(dataDir + QStringLiteral("/ledger.sqlite"));
    QVERIFY(db.open());
    {
        ProfileStore profiles(db, SystemClock::instance());
        VaultSecretStore vault(
            dataDir + QStringLiteral("/secrets.vault"),
            [](auto, const QString &) { return std::optional<QByteArray>("a master password"); });
        QString error;
        const auto creds = loadCredentials(profiles, vault, QStringLiteral("Customer 2"), &error);
        QVERIFY2(creds, qPrintable(error));
        QCOMPARE(creds->authKey, QByteArray("crud-key-2"));
        QCOMPARE(creds->profile.defaultAppid, QStringLiteral("app2"));
        QCOMPARE(creds->profile.timeoutMs, 5000);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("crud"));

    // In Chinese, the message still names the field.
    run = pnctl(dataDir,
                {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("profile"),
                 QStringLiteral("edit"), QStringLiteral("Customer 2"), QStringLiteral("--devid"),
                 QStringLiteral("a,b")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("开发者 ID (devid)")), qPrintable(run.err));
}

void TestPnctlProfile::removeRules()
{
    const QString dataDir = fastVault(m_dir.filePath(QStringLiteral("remove")));
    const QString key = file(QStringLiteral("remove.key"), "remove-key");
    QCOMPARE(pnctl(dataDir, addArgs(QStringLiteral("Busy"), key)).exitCode, 0);
    QCOMPARE(pnctl(dataDir, addArgs(QStringLiteral("Idle"), key)).exitCode, 0);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rm"));
        db.setDatabaseName(dataDir + QStringLiteral("/ledger.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, state, "
            "created_at, "
            "updated_at) SELECT id, 'r1', 'app1', '1', '2', '3', 60, 'active', 0, 0 FROM profiles "
            "WHERE name = 'Busy'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rm"));
    Run run = pnctl(dataDir,
                    {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Busy")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("force")), qPrintable(run.err));
    QCOMPARE(pnctl(dataDir,
                   {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Idle")})
                 .exitCode,
             0);
    QCOMPARE(pnctl(dataDir, {QStringLiteral("profile"), QStringLiteral("remove"),
                             QStringLiteral("Busy"), QStringLiteral("--force")})
                 .exitCode,
             0);
    run = pnctl(dataDir, {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(run.out.contains(QStringLiteral("No profiles.")));
    // Their keys went with them.
    VaultSecretStore vault(dataDir + QStringLiteral("/secrets.vault"), [](auto, const QString &) {
        return std::optional<QByteArray>("a master password");
    });
    QString error;
    const auto names = vault.names(&error);
    QVERIFY2(names, qPrintable(error));
    QVERIFY(names->isEmpty());
}

void TestPnctlProfile::exportImport()
{
    const QString from = fastVault(m_dir.filePath(QStringLiteral("export-from")));
    const QString to = fastVault(m_dir.filePath(QStringLiteral("export-to")));
    const QString key = file(QStringLiteral("exp.key"), "export-key-XYZ");
    const QString token = file(QStringLiteral("exp.token"), "export-token-XYZ");
    QCOMPARE(pnctl(from, addArgs(QStringLiteral("One"), key) +
                             QStringList{QStringLiteral("--callback-token-file"), token})
                 .exitCode,
             0);
    QCOMPARE(pnctl(from, addArgs(QStringLiteral("Two"), key)).exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("profiles.json"));
    Run run = pnctl(
        from, {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(!json.contains("export-key-XYZ") && !json.contains("export-token-XYZ"));

    // No terminal and no --keys-dir: the import cannot ask, so it stops and adds nothing.
    run = pnctl(to, {QStringLiteral("profile"), QStringLiteral("import"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("One")), qPrintable(run.err));
    QVERIFY(pnctl(to, {QStringLiteral("profile"), QStringLiteral("list")})
                .out.contains(QStringLiteral("No profiles.")));

    // With a keys folder: NAME.key and NAME.token.
    QDir().mkpath(m_dir.filePath(QStringLiteral("keys")));
    file(QStringLiteral("keys/One.key"), "imported-one");
    file(QStringLiteral("keys/One.token"), "imported-token");
    file(QStringLiteral("keys/Two.key"), "imported-two");
    run = pnctl(to, {QStringLiteral("profile"), QStringLiteral("import"), out,
                     QStringLiteral("--keys-dir"), m_dir.filePath(QStringLiteral("keys"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("2")));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("imp"));
    db.setDatabaseName(to + QStringLiteral("/ledger.sqlite"));
    QVERIFY(db.open());
    {
        ProfileStore profiles(db, SystemClock::instance());
        VaultSecretStore vault(to + QStringLiteral("/secrets.vault"), [](auto, const QString &) {
            return std::optional<QByteArray>("a master password");
        });
        QString error;
        auto one = loadCredentials(profiles, vault, QStringLiteral("One"), &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->authKey, QByteArray("imported-one"));
        QCOMPARE(one->callbackToken, QByteArray("imported-token"));
        auto two = loadCredentials(profiles, vault, QStringLiteral("Two"), &error);
        QVERIFY2(two, qPrintable(error));
        QCOMPARE(two->authKey, QByteArray("imported-two"));
        QVERIFY(two->callbackToken.isEmpty());
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("imp"));
}

void TestPnctlProfile::wrongVaultPassword()
{
    const QString dataDir = fastVault(m_dir.filePath(QStringLiteral("wrongpw")));
    const QString key = file(QStringLiteral("w.key"), "wrongpw-key");
    QCOMPARE(pnctl(dataDir, addArgs(QStringLiteral("A"), key)).exitCode, 0);
    const QString other = file(QStringLiteral("otherpw"), "not the password");
    Run run = pnctl(dataDir, addArgs(QStringLiteral("B"), key), {}, other);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("Wrong master password")), qPrintable(run.err));
    run =
        pnctl(dataDir, {QStringLiteral("--profile"), QStringLiteral("A"), QStringLiteral("status")},
              {}, other);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("Wrong master password")), qPrintable(run.err));
    // B was not added half-way (no row without a key).
    run = pnctl(dataDir, {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(!run.out.contains(QStringLiteral("\nB ")));
    QCOMPARE(run.out.count(QStringLiteral("[Test]")), 1);
}

void TestPnctlProfile::changeVaultPassword()
{
    const QString dataDir = fastVault(m_dir.filePath(QStringLiteral("rekey")));
    const QString key = file(QStringLiteral("rekey.key"), "rekey-key");
    QCOMPARE(pnctl(dataDir, addArgs(QStringLiteral("A"), key)).exitCode, 0);
    const QString newPw = file(QStringLiteral("newpw"), "the new master password");
    Run run = pnctl(dataDir, {QStringLiteral("profile"), QStringLiteral("vault-password"),
                              QStringLiteral("--new-password-file"), newPw});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The old password no longer opens it; the new one does, and the key is intact.
    run = pnctl(dataDir, addArgs(QStringLiteral("B"), key));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("Wrong master password")), qPrintable(run.err));
    run = pnctl(dataDir, addArgs(QStringLiteral("B"), key), {}, newPw);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    VaultSecretStore vault(dataDir + QStringLiteral("/secrets.vault"), [](auto, const QString &) {
        return std::optional<QByteArray>("the new master password");
    });
    QString error;
    const auto names = vault.names(&error);
    QVERIFY2(names, qPrintable(error));
    QCOMPARE(names->size(), 2);
}

QTEST_GUILESS_MAIN(TestPnctlProfile)
#include "tst_pnctlprofile.moc"

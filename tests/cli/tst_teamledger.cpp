// A team ledger on a real PostgreSQL server (started here, password authentication): pnctl
// reaches it with --ledger / $PN_LEDGER, the password comes from PGPASSFILE or the desk's secret
// store and never from the command line, three desks bind at once while `pnctl listen` stores
// the CDRs the sandbox posts, and afterwards every desk lists the same bindings and calls. The
// password appears in no output and no file name.

#include "../ledger/pgserver.h"
#include "core/keytimesigner.h"
#include "ledger/ledger.h"
#include "ledger/ledgerlocation.h"
#include "sandbox/sandboxplatform.h"
#include "secrets/vaultsecretstore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("team ledger key");
const QString kDevid = QStringLiteral("D16");
const QString kAppid = QStringLiteral("APP16");
const QString kPassword = QStringLiteral("Team-s3cret-9f2");
const QByteArray kVaultPassword = QByteArrayLiteral("vault master 16");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestTeamLedger : public QObject
{
    Q_OBJECT

private:
    QString m_pnctl;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_pgpass;
    std::unique_ptr<PgServer> m_pg;
    std::unique_ptr<SandboxPlatform> m_sandbox;
    QList<QByteArray> m_outputs; // everything any pnctl printed, checked for the password

    QString url(const QString &db) const
    {
        return QStringLiteral("postgresql://pn@127.0.0.1:%1/%2?sslmode=disable")
            .arg(m_pg->port())
            .arg(db);
    }

    QStringList account(const QString &dataDir, const QString &ledger) const
    {
        return {QStringLiteral("--lang"),
                QStringLiteral("en"),
                QStringLiteral("--data-dir"),
                dataDir,
                QStringLiteral("--ledger"),
                ledger,
                QStringLiteral("--base-url"),
                m_sandbox->baseUrl().toString(),
                QStringLiteral("--devid"),
                kDevid,
                QStringLiteral("--appid"),
                kAppid,
                QStringLiteral("--key-file"),
                m_keyFile,
                QStringLiteral("--allow-plain-http")};
    }

    // No controlling terminal (setsid), so a missing password can never wait at a prompt.
    QProcessEnvironment environment(bool withPgpass) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.remove(QStringLiteral("PN_LEDGER"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("PN_SECRET_BACKEND"), QStringLiteral("vault"));
        if (withPgpass)
            env.insert(QStringLiteral("PGPASSFILE"), m_pgpass);
        else
            env.remove(QStringLiteral("PGPASSFILE"));
        return env;
    }

    void start(QProcess &p, const QStringList &args, const QProcessEnvironment &env) const
    {
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("setsid"), QStringList{QStringLiteral("-w"), m_pnctl} + args);
    }

    Run pnctl(const QStringList &args, bool withPgpass = true,
              const QProcessEnvironment *env = nullptr)
    {
        QProcess p;
        start(p, args, env ? *env : environment(withPgpass));
        Run r;
        // An event loop, not waitForFinished(): the sandbox answers from this thread.
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_outputs << r.out << r.err;
        return r;
    }

    // Runs SQL as `role` (default the superuser): the first line of the result, or nullopt when
    // psql failed.
    std::optional<QString> psql(const QString &db, const QString &sql,
                                const QString &role = QStringLiteral("pn"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), kPassword);
        p.setProcessEnvironment(env);
        p.start(m_pg->binDir() + QStringLiteral("/psql"),
                {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                 QString::number(m_pg->port()), QStringLiteral("-U"), role, QStringLiteral("-d"),
                 db, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-tAc"), sql});
        if (!p.waitForFinished(30'000) || p.exitCode() != 0) {
            qInfo("psql: %s", p.readAllStandardError().constData());
            return std::nullopt;
        }
        return QString::fromUtf8(p.readAllStandardOutput().trimmed()).section(u'\n', 0, 0);
    }

    QString createDb(const QString &name)
    {
        QString error;
        const QString created = m_pg->createDatabase(name, &error);
        if (created.isEmpty())
            qWarning("%s", qPrintable(error));
        return created.isEmpty() ? QString() : url(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pnctl = qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnctl");
        QVERIFY2(QFile::exists(m_pnctl), qPrintable(m_pnctl));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kKey + '\n');
        key.close();

        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        m_pg->setPassword(kPassword);
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
        m_pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QVERIFY(m_pg->writePassFile(m_pgpass));

        m_sandbox = std::make_unique<SandboxPlatform>(SystemClock::instance());
        QVERIFY2(m_sandbox->open(QStringLiteral(":memory:"), &error), qPrintable(error));
        SandboxAccount a;
        a.devid = kDevid;
        a.key = kKey;
        a.appids = {kAppid};
        for (int i = 0; i < 30; ++i)
            a.xpool << QStringLiteral("1391600%1").arg(i, 4, 10, QLatin1Char('0'));
        a.balance = 1e9;
        m_sandbox->addAccount(a);
        QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        // The password is in no output of any run and in no file name.
        for (const QByteArray &o : std::as_const(m_outputs))
            QVERIFY2(!o.contains(kPassword.toUtf8()), o.constData());
        QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!path.contains(kPassword), qPrintable(path));
            // Only the pgpass file the test wrote holds it in clear text.
            if (QFileInfo(path).isFile() && path != m_pgpass) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(kPassword.toUtf8()), qPrintable(path));
            }
        }
    }

    // A password in the address given on the command line or in $PN_LEDGER is refused, and the
    // refusal does not repeat it.
    void passwordInTheAddressIsRefused()
    {
        const QString db = createDb(QStringLiteral("refuse"));
        QVERIFY(!db.isEmpty());
        const QString withPassword = QStringLiteral("postgresql://pn:%1@127.0.0.1:%2/refuse")
                                         .arg(kPassword)
                                         .arg(m_pg->port());
        const QString data = m_dir.filePath(QStringLiteral("refuse"));
        Run r = pnctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--ledger"),
                       withPassword, QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("contains a password"), r.err.constData());
        r = pnctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                   data, QStringLiteral("listen"), QStringLiteral("--ledger"), withPassword,
                   QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("PN_LEDGER"), withPassword);
        r = pnctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list")}, true,
                  &env);
        QCOMPARE(r.code, 2);
        // Nothing was created in a folder named after the address.
        QVERIFY(!QFileInfo::exists(data));
    }

    // PGPASSFILE gives the password; without any, the error says where it may come from.
    void passwordFromPgpassfileOrExplained()
    {
        const QString db = createDb(QStringLiteral("pgpass"));
        QVERIFY(!db.isEmpty());
        const QString data = m_dir.filePath(QStringLiteral("pgpass-desk"));
        Run r = pnctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                       data, QStringLiteral("--ledger"), db, QStringLiteral("list"),
                       QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().contains(QStringLiteral("bindings")));
        // The ledger is on the server: no SQLite file in the desk's folder.
        QVERIFY(!QFileInfo::exists(Ledger::pathInDataDir(data)));

        r = pnctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                   data, QStringLiteral("--ledger"), db, QStringLiteral("list")},
                  false);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("PGPASSFILE") && r.err.contains("Open ledger"), r.err.constData());
        QVERIFY2(r.err.contains("postgresql://pn@127.0.0.1"), r.err.constData());
    }

    // The password the console saved in the desk's secret store (here: its vault) is used.
    void passwordFromTheSecretStore()
    {
        const QString db = createDb(QStringLiteral("secretstore"));
        QVERIFY(!db.isEmpty());
        const QString data = m_dir.filePath(QStringLiteral("vault-desk"));
        QVERIFY(QDir().mkpath(data));
        const QString passwordFile = m_dir.filePath(QStringLiteral("vault-password"));
        {
            QFile f(passwordFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kVaultPassword + '\n');
        }
        {
            const vault::KdfParams fast = vault::KdfParams::scrypt(quint64(1) << 10);
            VaultSecretStore store(
                data + QStringLiteral("/secrets.vault"),
                [](VaultSecretStore::PasswordPurpose, const QString &) {
                    return std::optional<QByteArray>(kVaultPassword);
                },
                fast);
            QString error;
            const auto location = LedgerLocation::parse(db, &error);
            QVERIFY2(location, qPrintable(error));
            QVERIFY2(store.write(location->secretName(), kPassword.toUtf8(), &error),
                     qPrintable(error));
        }
        QProcessEnvironment env = environment(false);
        env.insert(QStringLiteral("PN_VAULT_PASSWORD_FILE"), passwordFile);
        env.insert(QStringLiteral("PN_LEDGER"), db); // the environment instead of --ledger
        const Run r = pnctl({QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--data-dir"), data, QStringLiteral("list")},
                            false, &env);
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // Desks starting at once on a fresh server ledger migrate it once (advisory lock), and
    // `pnctl ledger migrate` reports the version.
    void migrationRaceMigratesOnce()
    {
        const QString db = createDb(QStringLiteral("race"));
        QVERIFY(!db.isEmpty());
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto p = std::make_unique<QProcess>();
            start(*p,
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                   m_dir.filePath(QStringLiteral("race%1").arg(i)), QStringLiteral("--ledger"), db,
                   QStringLiteral("list")},
                  environment(true));
            processes.push_back(std::move(p));
        }
        for (const auto &p : processes) {
            QVERIFY(p->waitForFinished(60'000));
            const QByteArray err = p->readAllStandardError();
            m_outputs << err;
            QVERIFY2(p->exitCode() == 0, err.constData());
        }
        const Run r =
            pnctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                   m_dir.filePath(QStringLiteral("race0")), QStringLiteral("--ledger"), db,
                   QStringLiteral("ledger"), QStringLiteral("migrate"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("schema")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("schema")).toInt(),
                 o.value(QStringLiteral("program")).toInt());
        QVERIFY(o.value(QStringLiteral("ledger"))
                    .toString()
                    .startsWith(QLatin1StringView("postgresql://pn@")));
        QCOMPARE(psql(QStringLiteral("race"), QStringLiteral("SELECT count(*) FROM pn_schema")),
                 std::optional<QString>(QStringLiteral("1")));
    }

    // The documented roles: the owner migrates, a desk role with data rights only works on the
    // migrated ledger and is told clearly that it may not create the schema.
    void deskRoleWithDataRightsOnly()
    {
        QVERIFY(psql(QStringLiteral("postgres"),
                     QStringLiteral("CREATE ROLE pnadmin LOGIN PASSWORD '%1'; CREATE ROLE desk "
                                    "LOGIN PASSWORD '%1'")
                         .arg(kPassword)));
        QVERIFY(psql(QStringLiteral("postgres"),
                     QStringLiteral("CREATE DATABASE roles OWNER pnadmin")));
        QVERIFY(psql(QStringLiteral("roles"),
                     QStringLiteral("GRANT USAGE ON SCHEMA public TO desk; ALTER DEFAULT "
                                    "PRIVILEGES FOR ROLE pnadmin GRANT SELECT, INSERT, UPDATE, "
                                    "DELETE ON TABLES TO desk; ALTER DEFAULT PRIVILEGES FOR ROLE "
                                    "pnadmin GRANT USAGE, SELECT ON SEQUENCES TO desk")));
        const auto as = [this](const QString &role) {
            return QStringLiteral("postgresql://%1@127.0.0.1:%2/roles?sslmode=disable")
                .arg(role)
                .arg(m_pg->port());
        };
        const QString deskDir = m_dir.filePath(QStringLiteral("role-desk"));
        // Before the owner migrated: the desk role cannot create the schema.
        Run r = pnctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                       deskDir, QStringLiteral("--ledger"), as(QStringLiteral("desk")),
                       QStringLiteral("list")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("permission denied"), r.err.constData());
        r = pnctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                   m_dir.filePath(QStringLiteral("role-admin")), QStringLiteral("--ledger"),
                   as(QStringLiteral("pnadmin")), QStringLiteral("ledger"),
                   QStringLiteral("migrate")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("schema version"), r.out.constData());
        r = pnctl(account(deskDir, as(QStringLiteral("desk"))) +
                  QStringList{QStringLiteral("bind"), QStringLiteral("13916000029"),
                              QStringLiteral("13816009999"), QStringLiteral("13716009999"),
                              QStringLiteral("--ttl"), QStringLiteral("600"),
                              QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = pnctl(account(deskDir, as(QStringLiteral("desk"))) +
                  QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("bindings"))
                     .toArray()
                     .size(),
                 1);
        // The desk role still may not change the schema.
        QVERIFY(!psql(QStringLiteral("roles"), QStringLiteral("DROP TABLE pn_schema"),
                      QStringLiteral("desk")));
    }

    // Three desks bind at once on one server ledger while `pnctl listen` on it stores the CDRs
    // the sandbox posts; then every desk lists the same bindings and the same calls.
    void threeDesksAndTheReceiverShareOneLedger()
    {
        const QString db = createDb(QStringLiteral("team"));
        QVERIFY(!db.isEmpty());
        const QStringList desks{m_dir.filePath(QStringLiteral("desk1")),
                                m_dir.filePath(QStringLiteral("desk2")),
                                m_dir.filePath(QStringLiteral("desk3"))};
        // The first run creates the schema.
        Run r = pnctl(account(desks.at(0), db) + QStringList{QStringLiteral("list")});
        QVERIFY2(r.code == 0, r.err.constData());

        QProcess listen;
        listen.setProcessChannelMode(QProcess::SeparateChannels);
        start(listen,
              {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
               m_dir.filePath(QStringLiteral("receiver")), QStringLiteral("listen"),
               QStringLiteral("--ledger"), db, QStringLiteral("--port"), QStringLiteral("0")},
              environment(true));
        QVERIFY(listen.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(listen.canReadLine(), 20'000);
        const QUrl receiverUrl(QString::fromUtf8(listen.readLine().trimmed()));
        QVERIFY2(receiverUrl.port() > 0, qPrintable(receiverUrl.toString()));
        m_sandbox->setCallbackUrl(receiverUrl.resolved(QUrl(QStringLiteral("callback"))),
                                  CallbackFormat::Form);

        constexpr int kPerDesk = 4;
        std::vector<std::unique_ptr<QProcess>> processes;
        int running = 0;
        QEventLoop loop;
        for (int d = 0; d < desks.size(); ++d) {
            for (int i = 0; i < kPerDesk; ++i) {
                const int n = d * kPerDesk + i;
                auto p = std::make_unique<QProcess>();
                connect(p.get(), &QProcess::finished, &loop, [&running, &loop] {
                    if (--running == 0)
                        loop.quit();
                });
                start(*p,
                      account(desks.at(d), db) +
                          QStringList{QStringLiteral("bind"),
                                      QStringLiteral("1391600%1").arg(n, 4, 10, QLatin1Char('0')),
                                      QStringLiteral("1381600%1").arg(n, 4, 10, QLatin1Char('0')),
                                      QStringLiteral("1371600%1").arg(n, 4, 10, QLatin1Char('0')),
                                      QStringLiteral("--ttl"), QStringLiteral("3600"),
                                      QStringLiteral("--json")},
                      environment(true));
                ++running;
                processes.push_back(std::move(p));
            }
        }
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(running, 0);
        QSet<QString> subids;
        for (const auto &p : processes) {
            const QByteArray out = p->readAllStandardOutput();
            const QByteArray err = p->readAllStandardError();
            m_outputs << out << err;
            QVERIFY2(p->exitCode() == 0, err.constData());
            subids
                << QJsonDocument::fromJson(out).object().value(QStringLiteral("subid")).toString();
        }
        QCOMPARE(subids.size(), desks.size() * kPerDesk);

        // One call on each binding; the receiver stores them in the server ledger.
        for (const QString &subid : std::as_const(subids)) {
            SimulatedCall call;
            call.subid = subid;
            QString error;
            QVERIFY2(!m_sandbox->simulateCall(call, &error).isEmpty(), qPrintable(error));
        }

        QList<QSet<QString>> bindingSets;
        QList<QSet<QString>> callSets;
        for (const QString &desk : desks) {
            r = pnctl(account(desk, db) +
                      QStringList{QStringLiteral("list"), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, r.err.constData());
            QSet<QString> seen;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out)
                                           .object()
                                           .value(QStringLiteral("bindings"))
                                           .toArray())
                seen << v.toObject().value(QStringLiteral("subid")).toString();
            bindingSets << seen;
            QSet<QString> calls;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const Run c =
                        pnctl({QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--data-dir"), desk, QStringLiteral("--ledger"), db,
                               QStringLiteral("calls"), QStringLiteral("--json")});
                    calls.clear();
                    for (const QJsonValue &v : QJsonDocument::fromJson(c.out)
                                                   .object()
                                                   .value(QStringLiteral("calls"))
                                                   .toArray())
                        calls << v.toObject().value(QStringLiteral("subid")).toString();
                    return calls.size() == subids.size();
                }(),
                20'000);
            callSets << calls;
        }
        m_sandbox->setCallbackUrl({}, CallbackFormat::Form);
        listen.terminate();
        QVERIFY(listen.waitForFinished(20'000));
        const QByteArray listenErr = listen.readAllStandardError();
        m_outputs << listen.readAllStandardOutput() << listenErr;
        // The receiver names its ledger without the password.
        QVERIFY2(listenErr.contains("ledger postgresql://pn@127.0.0.1"), listenErr.constData());
        for (int d = 0; d < desks.size(); ++d) {
            QCOMPARE(bindingSets.at(d), subids);
            QCOMPARE(callSets.at(d), subids);
            // No desk and not the receiver kept a local SQLite ledger.
            QVERIFY(!QFileInfo::exists(Ledger::pathInDataDir(desks.at(d))));
        }
        QVERIFY(
            !QFileInfo::exists(Ledger::pathInDataDir(m_dir.filePath(QStringLiteral("receiver")))));
    }
};

QTEST_GUILESS_MAIN(TestTeamLedger)
#include "tst_teamledger.moc"

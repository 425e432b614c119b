// pnctl audit: who did what. Two desks (PN_DESK) run real pnctl processes against the sandbox on
// one ledger (tst_pnctlaudit: an SQLite file; tst_pnctlaudit_pg: a real PostgreSQL server
// started here), and `pnctl audit` names the right desk on every row, filters by desk, action,
// time and profile, and prints {"audit":[…]} with --json.

#include "ledger/ledger.h"
#include "sandbox/sandboxplatform.h"

#ifdef PN_AUDIT_PG
#include "../ledger/pgserver.h"
#endif

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("audit key");
const QString kDevid = QStringLiteral("DAUD");
const QString kAppid = QStringLiteral("APPAUD");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestPnctlAudit : public QObject
{
    Q_OBJECT

private:
    QString m_pnctl;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_ledger;
    std::unique_ptr<SandboxPlatform> m_sandbox;
#ifdef PN_AUDIT_PG
    std::unique_ptr<PgServer> m_pg;
#endif

    QStringList account() const
    {
        return {QStringLiteral("--lang"),
                QStringLiteral("en"),
                QStringLiteral("--data-dir"),
                m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("--ledger"),
                m_ledger,
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

    QStringList reader() const
    {
        return {QStringLiteral("--lang"),     QStringLiteral("en"),
                QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("--ledger"),   m_ledger};
    }

    Run pnctl(const QStringList &args, const QString &desk,
              const QProcessEnvironment &extra = QProcessEnvironment())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : extra.keys())
            env.insert(name, extra.value(name));
        env.remove(QStringLiteral("PN_LEDGER"));
        if (desk.isEmpty())
            env.remove(QStringLiteral("PN_DESK"));
        else
            env.insert(QStringLiteral("PN_DESK"), desk);
        p.setProcessEnvironment(env);
        p.start(m_pnctl, args);
        // An event loop, not waitForFinished(): the sandbox answers from this thread.
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QString bind(const QString &desk, const QString &x, const QString &a, const QString &b)
    {
        const Run r =
            pnctl(account() + QStringList{QStringLiteral("--json"), QStringLiteral("bind"), x, a, b,
                                          QStringLiteral("--ttl"), QStringLiteral("600")},
                  desk);
        if (r.code != 0)
            qWarning("bind failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("subid")).toString();
    }

    QJsonArray audit(const QStringList &filters, int *code = nullptr,
                     const QStringList &ledger = {})
    {
        const Run r =
            pnctl((ledger.isEmpty() ? reader() : ledger) +
                      QStringList{QStringLiteral("audit"), QStringLiteral("--json")} + filters,
                  QStringLiteral("someone@reader"));
        if (code)
            *code = r.code;
        if (r.code != 0)
            qWarning("audit failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("audit")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pnctl = qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnctl");
        QVERIFY2(QFile::exists(m_pnctl), qPrintable(m_pnctl));
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kKey + '\n');
        key.close();
        QString error;
#ifdef PN_AUDIT_PG
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        QVERIFY2(m_pg->start(&error), qPrintable(error));
        m_ledger = m_pg->createDatabase(QStringLiteral("audit"), &error);
        QVERIFY2(!m_ledger.isEmpty(), qPrintable(error));
        m_ledger += QStringLiteral("?sslmode=disable");
#else
        m_ledger = m_dir.filePath(QStringLiteral("ledger"));
#endif
        m_sandbox = std::make_unique<SandboxPlatform>(SystemClock::instance());
        QVERIFY2(m_sandbox->open(QStringLiteral(":memory:"), &error), qPrintable(error));
        SandboxAccount a;
        a.devid = kDevid;
        a.key = kKey;
        a.appids = {kAppid};
        a.xpool = {QStringLiteral("17000000001"), QStringLiteral("17000000002"),
                   QStringLiteral("17000000003"), QStringLiteral("17000000004")};
        a.balance = 1e9;
        m_sandbox->addAccount(a);
        QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void twoDesksEachRowNamesItsDesk()
    {
        const QString anna = QStringLiteral("anna@desk1");
        const QString bob = QStringLiteral("bob@desk2");
        const QString s1 = bind(anna, QStringLiteral("17000000001"), QStringLiteral("13800138001"),
                                QStringLiteral("13900139001"));
        const QString s2 = bind(anna, QStringLiteral("17000000002"), QStringLiteral("13800138002"),
                                QStringLiteral("13900139002"));
        const QString s3 = bind(bob, QStringLiteral("17000000003"), QStringLiteral("13800138003"),
                                QStringLiteral("13900139003"));
        QVERIFY(!s1.isEmpty() && !s2.isEmpty() && !s3.isEmpty());
        // Bob releases one of Anna's bindings; the row is Bob's.
        Run r = pnctl(account() + QStringList{QStringLiteral("release"), s1}, bob);
        QVERIFY2(r.code == 0, r.err.constData());
        r = pnctl(account() + QStringList{QStringLiteral("transfer"), QStringLiteral("17000000004"),
                                          QStringLiteral("13800138004"), QStringLiteral("--ttl"),
                                          QStringLiteral("600")},
                  bob);
        QVERIFY2(r.code == 0, r.err.constData());
        r = pnctl(account() +
                      QStringList{QStringLiteral("untransfer"), QStringLiteral("17000000004")},
                  anna);
        QVERIFY2(r.code == 0, r.err.constData());

        const QJsonArray all = audit({});
        QHash<QString, QString> deskOf; // "action detail" → desk
        QString profile;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("desk")).toString().isEmpty());
            QCOMPARE(o.value(QStringLiteral("program")).toString(), QStringLiteral("pnctl"));
            profile = o.value(QStringLiteral("profile")).toString();
            QVERIFY(!profile.isEmpty());
            deskOf.insert(o.value(QStringLiteral("action")).toString() + u' ' +
                              o.value(QStringLiteral("detail")).toString(),
                          o.value(QStringLiteral("desk")).toString());
        }
        QCOMPARE(all.size(), 6);
        QCOMPARE(deskOf.value(QStringLiteral("bind subid=") + s1), anna);
        QCOMPARE(deskOf.value(QStringLiteral("bind subid=") + s2), anna);
        QCOMPARE(deskOf.value(QStringLiteral("bind subid=") + s3), bob);
        QCOMPARE(deskOf.value(QStringLiteral("release subid=") + s1), bob);
        QCOMPARE(deskOf.value(QStringLiteral("untransfer x=17000000004")), anna);
        // Newest first, with times.
        QCOMPARE(all.first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("untransfer"));
        QVERIFY(all.first().toObject().value(QStringLiteral("at")).toInteger() >=
                all.last().toObject().value(QStringLiteral("at")).toInteger());

        // Filters.
        QCOMPARE(audit({QStringLiteral("--desk"), anna}).size(), 3);
        QCOMPARE(audit({QStringLiteral("--desk"), QStringLiteral("bob")}).size(), 3);
        QCOMPARE(audit({QStringLiteral("--desk"), QStringLiteral("carol@desk3")}).size(), 0);
        const QJsonArray releases = audit({QStringLiteral("--action"), QStringLiteral("release")});
        QCOMPARE(releases.size(), 1);
        QCOMPARE(releases.first().toObject().value(QStringLiteral("desk")).toString(), bob);
        QCOMPARE(audit({QStringLiteral("--action"), QStringLiteral("bind,release"),
                        QStringLiteral("--desk"), anna})
                     .size(),
                 2);
        QCOMPARE(audit({QStringLiteral("--since"), QStringLiteral("1h")}).size(), 6);
        QCOMPARE(audit({QStringLiteral("--until"), QStringLiteral("1h")}).size(), 0);
        const qint64 future = QDateTime::currentSecsSinceEpoch() + 3600;
        QCOMPARE(audit({QStringLiteral("--since"), QString::number(future)}).size(), 0);
        QCOMPARE(audit({QStringLiteral("--profile"), profile}).size(), 6);
        QCOMPARE(audit({QStringLiteral("--profile"), QStringLiteral("nobody")}).size(), 0);
        QCOMPARE(audit({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);

        // Bad input: exit 2 with a message, nothing printed on stdout.
        int code = 0;
        audit({QStringLiteral("--since"), QStringLiteral("yesterday-ish")}, &code);
        QCOMPARE(code, 2);

        // The table form: a header and one tab-separated line per row.
        r = pnctl(reader() + QStringList{QStringLiteral("audit"), QStringLiteral("--desk"), bob},
                  QString());
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith("time\tdesk\tprofile\taction"));
        for (qsizetype i = 1; i < lines.size(); ++i)
            QCOMPARE(lines.at(i).split('\t').value(1), bob.toUtf8());
    }

    void defaultDeskIsUserAtHost()
    {
        // Without PN_DESK the row names the OS user at this host.
        const QString s = bind(QString(), QStringLiteral("17000000002"),
                               QStringLiteral("13800138009"), QStringLiteral("13900139009"));
        QVERIFY(!s.isEmpty());
        const QJsonArray rows = audit({QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(rows.size(), 1);
        const QString desk = rows.first().toObject().value(QStringLiteral("desk")).toString();
        QVERIFY2(desk.endsWith(u'@' + QSysInfo::machineHostName()), qPrintable(desk));
        QVERIFY(desk.size() > QSysInfo::machineHostName().size() + 1);
    }

    void bulkJobIsAudited()
    {
        // A bulk job as such: started (file, rows, rows to send) and ended (counts), by the desk
        // that ran it, around the job's own bind rows.
        const QString carol = QStringLiteral("carol@desk3");
        const QString in = m_dir.filePath(QStringLiteral("audit-bulk.csv"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x,anum,bnum,ttl\r\n"
                   "17000000001,13800138101,13900139101,600\r\n"
                   "17000000002,13800138102,13900139102,600\r\n"
                   "17000000003,138abc,13900139103,600\r\n");
        file.close();
        const Run r = pnctl(account() + QStringList{QStringLiteral("bulk"), QStringLiteral("bind"),
                                                    in, QStringLiteral("--out"),
                                                    m_dir.filePath(QStringLiteral("out.csv"))},
                            carol);
        QVERIFY2(r.code == 1, r.err.constData()); // one row invalid
        const QJsonArray rows = audit({QStringLiteral("--desk"), carol});
        QCOMPARE(rows.size(), 4); // newest first: end, bind, bind, start
        const QJsonObject end = rows.first().toObject();
        const QJsonObject start = rows.last().toObject();
        QCOMPARE(start.value(QStringLiteral("action")).toString(), QStringLiteral("bulk-start"));
        QCOMPARE(end.value(QStringLiteral("action")).toString(), QStringLiteral("bulk-end"));
        const QString job = start.value(QStringLiteral("detail")).toString().section(u':', 0, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^job [0-9]+ bind audit-bulk\\.csv$"))
                     .match(job)
                     .hasMatch(),
                 qPrintable(job));
        QCOMPARE(start.value(QStringLiteral("detail")).toString(),
                 job + QStringLiteral(": 3 rows, 2 to send"));
        QCOMPARE(end.value(QStringLiteral("detail")).toString(),
                 job + QStringLiteral(": 2 done, 0 refused, 1 invalid, 0 left"));
        for (const QJsonObject &o : {start, end}) {
            QCOMPARE(o.value(QStringLiteral("program")).toString(), QStringLiteral("pnctl"));
            QVERIFY(!o.value(QStringLiteral("profile")).toString().isEmpty());
        }
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("bind"));
        QCOMPARE(audit({QStringLiteral("--action"), QStringLiteral("bulk-start,bulk-end")}).size(),
                 2);
    }

    void ledgerMigrateIsAudited()
    {
        // pnctl ledger migrate on a fresh ledger: from 0 to this program's version, by the
        // administrator's desk; run again, it records that there was nothing to do.
        QString fresh;
#ifdef PN_AUDIT_PG
        QString error;
        fresh = m_pg->createDatabase(QStringLiteral("fresh"), &error);
        QVERIFY2(!fresh.isEmpty(), qPrintable(error));
        fresh += QStringLiteral("?sslmode=disable");
#else
        fresh = m_dir.filePath(QStringLiteral("fresh"));
#endif
        const QStringList ledger{
            QStringLiteral("--lang"),     QStringLiteral("en"),
            QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("--ledger"),   fresh};
        const QString admin = QStringLiteral("admin@server");
        Run r = pnctl(ledger + QStringList{QStringLiteral("--json"), QStringLiteral("ledger"),
                                           QStringLiteral("migrate")},
                      admin);
        QVERIFY2(r.code == 0, r.err.constData());
        const int version =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("schema")).toInt();
        QVERIFY(version >= 11);
        r = pnctl(ledger + QStringList{QStringLiteral("ledger"), QStringLiteral("migrate")}, admin);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray rows =
            audit({QStringLiteral("--action"), QStringLiteral("ledger-migrate")}, nullptr, ledger);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("schema 0 → %1").arg(version));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("schema %1, nothing to do").arg(version));
        for (const QJsonValue &v : rows) {
            QCOMPARE(v.toObject().value(QStringLiteral("desk")).toString(), admin);
            QCOMPARE(v.toObject().value(QStringLiteral("program")).toString(),
                     QStringLiteral("pnctl"));
        }
        // Nothing of this on the team's ledger.
        QCOMPARE(audit({QStringLiteral("--action"), QStringLiteral("ledger-migrate")}).size(), 0);
    }

    void profileChangesAreAudited()
    {
        // pnctl profile add / edit / remove / import write the rows the console writes.
        const QString dana = QStringLiteral("dana@desk4");
        const QString password = m_dir.filePath(QStringLiteral("vault-password"));
        QFile pw(password);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("audit vault password\n");
        pw.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("PN_SECRET_BACKEND"), QStringLiteral("vault"));
        env.insert(QStringLiteral("PN_VAULT_PASSWORD_FILE"), password);
        const QStringList profile = reader() + QStringList{QStringLiteral("profile")};
        Run r = pnctl(profile + QStringList{QStringLiteral("add"), QStringLiteral("Customer B"),
                                            QStringLiteral("--url"),
                                            QStringLiteral("https://api.example.com"),
                                            QStringLiteral("--devid"), QStringLiteral("10000002"),
                                            QStringLiteral("--appid"), QStringLiteral("app1"),
                                            QStringLiteral("--key-file"), m_keyFile},
                      dana, env);
        QVERIFY2(r.code == 0, r.err.constData());
        r = pnctl(profile + QStringList{QStringLiteral("edit"), QStringLiteral("Customer B"),
                                        QStringLiteral("--rename"), QStringLiteral("Customer C"),
                                        QStringLiteral("--key-file"), m_keyFile},
                  dana, env);
        QVERIFY2(r.code == 0, r.err.constData());
        const QString exported = m_dir.filePath(QStringLiteral("profiles.json"));
        r = pnctl(profile + QStringList{QStringLiteral("export"), QStringLiteral("Customer C"),
                                        QStringLiteral("--out"), exported},
                  dana, env);
        QVERIFY2(r.code == 0, r.err.constData());
        r = pnctl(profile + QStringList{QStringLiteral("remove"), QStringLiteral("Customer C")},
                  dana, env);
        QVERIFY2(r.code == 0, r.err.constData());
        const QString keys = m_dir.filePath(QStringLiteral("keys"));
        QVERIFY(QDir().mkpath(keys));
        QVERIFY(QFile::copy(m_keyFile, keys + QStringLiteral("/Customer C.key")));
        r = pnctl(profile + QStringList{QStringLiteral("import"), exported,
                                        QStringLiteral("--keys-dir"), keys},
                  dana, env);
        QVERIFY2(r.code == 0, r.err.constData());

        const QJsonArray rows = audit({QStringLiteral("--desk"), dana});
        QStringList got; // oldest first: "action|detail|profile"
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("program")).toString(), QStringLiteral("pnctl"));
            got.prepend(o.value(QStringLiteral("action")).toString() + u'|' +
                        o.value(QStringLiteral("detail")).toString() + u'|' +
                        o.value(QStringLiteral("profile")).toString());
        }
        QCOMPARE(got, (QStringList{
                          QStringLiteral("profile-add|profile Customer B|Customer B"),
                          QStringLiteral("profile-edit|profile Customer C, new key|Customer C"),
                          QStringLiteral("profile-remove|profile Customer C|Customer C"),
                          QStringLiteral("profile-import|1 profile(s)|"),
                      }));
        // A refused change writes nothing.
        r = pnctl(profile + QStringList{QStringLiteral("remove"), QStringLiteral("nobody")}, dana,
                  env);
        QVERIFY(r.code != 0);
        QCOMPARE(audit({QStringLiteral("--desk"), dana}).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPnctlAudit)
#include "tst_pnctlaudit.moc"

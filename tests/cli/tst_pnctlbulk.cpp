// pnctl bulk and export, as separate processes against an in-process sandbox: CSV forms and
// encodings, dry runs, result files, resuming, and a 2,000-row job killed with SIGKILL at random
// moments under every fault at once.

#include "core/csvreader.h"
#include "ledger/ledger.h"
#include "ledger/ledgerjobs.h"
#include "sandbox/sandboxplatform.h"
#ifdef PN_PNCTLBULK_PG
#include "../ledger/pgserver.h"
#endif

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace pn;

namespace {

#ifdef PN_PNCTLBULK_PG
using PgServerType = PgServer;
#else
struct PgServerType
{
};
#endif

const QByteArray kKey = QByteArrayLiteral("bulk test key");
const QString kDevid = QStringLiteral("D15");
const QString kAppid = QStringLiteral("APP15");

struct Run
{
    int code = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

QStringList xPool()
{
    QStringList xs;
    for (int i = 0; i < 40; ++i)
        xs << QStringLiteral("1710000%1").arg(i, 4, 10, QLatin1Char('0'));
    return xs;
}

QList<QStringList> readCsv(const QString &path, bool *bom = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&f);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(&fields))
        rows << fields;
    if (bom)
        *bom = reader.hadBom() && reader.encoding() == CsvReader::Encoding::Utf8;
    return rows;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestPnctlBulk : public QObject
{
    Q_OBJECT

private:
    QString m_pnctl;
    QTemporaryDir m_dir;
    QString m_keyFile;
    std::unique_ptr<SandboxPlatform> m_sandbox;
    std::unique_ptr<PgServerType> m_pg; // tst_pnctlbulk_pg: a real PostgreSQL server
    QString m_pgLedger;                 // its ledger's postgresql:// address

    // The ledger of the shared-pace test: the data dir's SQLite file, or PostgreSQL.
    QStringList ledgerArgs() const
    {
        return m_pgLedger.isEmpty() ? QStringList()
                                    : QStringList{QStringLiteral("--ledger"), m_pgLedger};
    }

    QStringList account(const QString &dataDir) const
    {
        return {QStringLiteral("--data-dir"),
                dataDir,
                QStringLiteral("--base-url"),
                m_sandbox->baseUrl().toString(),
                QStringLiteral("--devid"),
                kDevid,
                QStringLiteral("--appid"),
                kAppid,
                QStringLiteral("--key-file"),
                m_keyFile,
                QStringLiteral("--allow-plain-http"),
                QStringLiteral("--retries"),
                QStringLiteral("6")};
    }

    Run pnctl(const QStringList &args, int killAfterMs = -1)
    {
        QProcess p;
        Run run;
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        p.start(m_pnctl, args);
        if (killAfterMs >= 0)
            QTimer::singleShot(killAfterMs, &p, [&p] {
                if (p.state() != QProcess::NotRunning)
                    p.kill(); // SIGKILL
            });
        QTimer::singleShot(240'000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        p.waitForFinished(1000);
        run.crashed = p.exitStatus() == QProcess::CrashExit;
        run.code = p.exitCode();
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    // pnctl bulk with its answers held in one batch ($PN_BULK_ANSWER_BATCH_MS): true once its
    // first window of 8 rows is on the platform (their answers unwritten, nothing more sent).
    bool startHoldingAnswers(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PN_BULK_ANSWER_BATCH_MS"), QStringLiteral("600000"));
        p.setProcessEnvironment(env);
        p.start(m_pnctl, args);
        return p.waitForStarted() &&
               QTest::qWaitFor([this] { return m_sandbox->bindings().size() >= 8; }, 60'000) &&
               m_sandbox->bindings().size() == 8;
    }

    // Rows `from`..`to`-1 of a bind file: X cycles through the pool, A and B unique.
    static QByteArray bindRows(int from, int to, const char *aPrefix = "138",
                               const char *bPrefix = "139")
    {
        QByteArray out;
        for (int i = from; i < to; ++i)
            out += xPool().at(i % xPool().size()).toLatin1() + ',' + aPrefix +
                   QByteArray::number(10'000'000 + i) + ',' + bPrefix +
                   QByteArray::number(10'000'000 + i) + ",3600,\"order " + QByteArray::number(i) +
                   ", ok\"\r\n";
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pnctl = qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnctl");
        QVERIFY2(QFile::exists(m_pnctl), qPrintable(m_pnctl));
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        QVERIFY(writeFile(m_keyFile, kKey + '\n'));
        m_sandbox = std::make_unique<SandboxPlatform>(SystemClock::instance());
        QString error;
#ifdef PN_PNCTLBULK_PG
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        QVERIFY2(m_pg->start(&error), qPrintable(error));
        m_pgLedger = m_pg->createDatabase(QStringLiteral("sharedpace"), &error);
        QVERIFY2(!m_pgLedger.isEmpty(), qPrintable(error));
#endif
        QVERIFY2(m_sandbox->open(QStringLiteral(":memory:"), &error), qPrintable(error));
        SandboxAccount a;
        a.devid = kDevid;
        a.key = kKey;
        a.appids = {kAppid};
        a.xpool = xPool();
        a.balance = 1e9;
        m_sandbox->addAccount(a);
        QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void init()
    {
        m_sandbox->reset();
        m_sandbox->setFaults({});
    }

    void dryRunGb18030ChineseHeaders()
    {
        // What Chinese Excel saves: GB18030, the spec's Chinese headers, a quoted comma, an
        // unknown column, a bad row and two conflicts (same A twice on one X; a B already bound
        // in the ledger).
        const QString data = m_dir.filePath(QStringLiteral("dry"));
        const QString x0 = xPool().at(0);
        const QString x1 = xPool().at(1);
        QVERIFY(pnctl(account(data) + QStringList{QStringLiteral("bind"), x1,
                                                  QStringLiteral("13600000001"),
                                                  QStringLiteral("13700000001"),
                                                  QStringLiteral("--ttl"), QStringLiteral("600")})
                    .code == 0);
        const QString text =
            QStringLiteral(
                "x 号码,a 方真实号码 (最长 24 字节),b 方真实号码,有效期,录音标识,备注\r\n"
                "%1,13800000001,13900000001,600,1,\"客户甲，加急\"\r\n"
                "%1,13800000001,13900000002,600,0,同一个 A\r\n"
                "%2,13800000003,13700000001,600,0,B 已绑定\r\n"
                "%1,138abc,13900000004,600,0,坏号码\r\n"
                "%2,13800000005,13900000005,六百,0,坏有效期\r\n")
                .arg(x0, x1);
        const QString in = m_dir.filePath(QStringLiteral("dry.csv"));
        QVERIFY(writeFile(in, QStringEncoder("GB18030").encode(text)));
        const QString out = m_dir.filePath(QStringLiteral("dry-result.csv"));
        const int before = int(m_sandbox->bindings().size());
        const Run r = pnctl(account(data) +
                            QStringList{QStringLiteral("bulk"), QStringLiteral("bind"), in,
                                        QStringLiteral("--out"), out, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 1); // some rows invalid
        QVERIFY2(r.err.contains("GB18030"), r.err.constData());
        QCOMPARE(int(m_sandbox->bindings().size()), before); // nothing sent
        bool bom = false;
        const QList<QStringList> rows = readCsv(out, &bom);
        QVERIFY(bom);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0).mid(6),
                 (QStringList{QStringLiteral("subid"), QStringLiteral("state"),
                              QStringLiteral("error"), QStringLiteral("reason")}));
        QCOMPARE(rows.at(0).at(5), QStringLiteral("备注")); // unknown column kept
        QCOMPARE(rows.at(1).at(5), QStringLiteral("客户甲，加急"));
        QCOMPARE(rows.at(1).at(7), QStringLiteral("valid"));
        QCOMPARE(rows.at(2).at(7), QStringLiteral("invalid"));
        QCOMPARE(rows.at(2).at(8), QStringLiteral("1302"));
        QVERIFY2(rows.at(2).at(9).contains(QLatin1StringView("row 1")),
                 qPrintable(rows.at(2).at(9)));
        QCOMPARE(rows.at(3).at(8), QStringLiteral("1302")); // against the ledger
        QCOMPARE(rows.at(4).at(8), QStringLiteral("1002"));
        QVERIFY(rows.at(4).at(9).contains(QLatin1StringView("anum")));
        QCOMPARE(rows.at(5).at(8), QStringLiteral("1002"));
        QVERIFY(rows.at(5).at(9).contains(QLatin1StringView("ttl")));
        // In Chinese, the reasons are Chinese.
        const Run zh =
            pnctl(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + account(data) +
                  QStringList{QStringLiteral("bulk"), QStringLiteral("bind"), in,
                              QStringLiteral("--out"), out, QStringLiteral("--dry-run")});
        QCOMPARE(zh.code, 1);
        const QList<QStringList> zhRows = readCsv(out);
        QVERIFY2(zhRows.at(2).at(9).contains(QStringLiteral("第 1 行")),
                 qPrintable(zhRows.at(2).at(9)));
    }

    void usageErrors()
    {
        const QString data = m_dir.filePath(QStringLiteral("usage"));
        QCOMPARE(pnctl(account(data) + QStringList{QStringLiteral("bulk"), QStringLiteral("bind"),
                                                   QStringLiteral("x.csv")})
                     .code,
                 2); // no --out
        QCOMPARE(pnctl(account(data) + QStringList{QStringLiteral("bulk"), QStringLiteral("bind"),
                                                   m_dir.filePath(QStringLiteral("none.csv")),
                                                   QStringLiteral("--out"),
                                                   m_dir.filePath(QStringLiteral("o.csv"))})
                     .code,
                 2); // no such file
        const QString noColumns = m_dir.filePath(QStringLiteral("nocol.csv"));
        QVERIFY(writeFile(noColumns, "x,anum\n1,2\n"));
        const Run r =
            pnctl(account(data) + QStringList{QStringLiteral("bulk"), QStringLiteral("bind"),
                                              noColumns, QStringLiteral("--out"),
                                              m_dir.filePath(QStringLiteral("o.csv"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bnum"), r.err.constData());
    }

    void bindThenReleaseTheResult()
    {
        const QString data = m_dir.filePath(QStringLiteral("br"));
        const QString in = m_dir.filePath(QStringLiteral("br.csv"));
        QVERIFY(writeFile(in, "\xEF\xBB\xBFx,anum,bnum,ttl,note\r\n" + bindRows(0, 120)));
        const QString out = m_dir.filePath(QStringLiteral("br-result.csv"));
        const QStringList bind =
            account(data) + QStringList{QStringLiteral("bulk"), QStringLiteral("bind"), in,
                                        QStringLiteral("--out"), out};
        Run r = pnctl(bind);
        QVERIFY2(r.code == 0, r.err.constData());
        QHash<QString, SandboxBinding> bySubid;
        for (const SandboxBinding &s : m_sandbox->bindings())
            bySubid.insert(s.subid, s);
        QCOMPARE(bySubid.size(), 120);
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 121);
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(6), QStringLiteral("created"));
            QVERIFY(bySubid.contains(rows.at(i).at(5)));
            QCOMPARE(bySubid.value(rows.at(i).at(5)).anum, rows.at(i).at(1));
        }
        // The same command again: the job is finished, only the result file is rewritten.
        QVERIFY(QFile::remove(out));
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const qint64 logged = ledger.log().requestLog(1).value(0).id;
        r = pnctl(bind);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("finished before"), r.err.constData());
        QCOMPARE(readCsv(out), rows);
        QCOMPARE(ledger.log().requestLog(1).value(0).id, logged); // nothing sent
        QCOMPARE(m_sandbox->bindings().size(), 120);

        // Release what the bind run created, from its result file.
        const QString released = m_dir.filePath(QStringLiteral("br-released.csv"));
        r = pnctl(account(data) + QStringList{QStringLiteral("bulk"), QStringLiteral("release"),
                                              out, QStringLiteral("--out"), released});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const SandboxBinding &s : m_sandbox->bindings())
            QCOMPARE(s.state, SandboxState::Released);
        const QList<QStringList> relRows = readCsv(released);
        QCOMPARE(relRows.size(), 121);
        QCOMPARE(relRows.at(0).count(QStringLiteral("subid")), 1); // replaced, not repeated
        for (int i = 1; i < relRows.size(); ++i)
            QCOMPARE(relRows.at(i).at(relRows.at(0).indexOf(QStringLiteral("state"))),
                     QStringLiteral("released"));

        // Export: masked by default, real numbers only with --reveal, which is audited.
        const QString exported = m_dir.filePath(QStringLiteral("br-export.csv"));
        r = pnctl(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                              QStringLiteral("bindings"), QStringLiteral("--state"),
                              QStringLiteral("released"), QStringLiteral("--since"),
                              QStringLiteral("2020-01-01"), QStringLiteral("--out"), exported});
        QVERIFY2(r.code == 0, r.err.constData());
        bool bom = false;
        QList<QStringList> exp = readCsv(exported, &bom);
        QVERIFY(bom);
        QCOMPARE(exp.size(), 121);
        QCOMPARE(exp.at(0).at(1), QStringLiteral("anum"));
        QCOMPARE(exp.at(1).at(1), QStringLiteral("138****0000"));
        QCOMPARE(exp.at(1).at(12), QStringLiteral("released"));
        r = pnctl(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                              QStringLiteral("bindings"), QStringLiteral("--until"),
                              QStringLiteral("2020-01-01"), QStringLiteral("--out"), exported});
        QCOMPARE(r.code, 0);
        QCOMPARE(readCsv(exported).size(), 1); // nothing before 2020: the header only
        r = pnctl(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                              QStringLiteral("bindings"), QStringLiteral("--reveal"),
                              QStringLiteral("--out"), exported});
        QCOMPARE(r.code, 0);
        exp = readCsv(exported);
        QCOMPARE(exp.size(), 121);
        QCOMPARE(exp.at(1).at(1), QStringLiteral("13810000000"));
        bool audited = false;
        for (const AuditEntry &a : ledger.log().auditLog(20))
            audited = audited || a.action == QLatin1StringView("export-reveal");
        QVERIFY(audited);
        QCOMPARE(pnctl(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                                   QStringLiteral("bindings"), QStringLiteral("--since"),
                                   QStringLiteral("yesterday"), QStringLiteral("--out"), exported})
                     .code,
                 2);
        r = pnctl(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                              QStringLiteral("calls"), QStringLiteral("--out"), exported});
        QCOMPARE(r.code, 0);
        QCOMPARE(readCsv(exported).value(0).value(2), QStringLiteral("caller"));

        r = pnctl(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("bulk"),
                              QStringLiteral("jobs"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject newest = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("release"));
        QCOMPARE(newest.value(QStringLiteral("done")).toInt(), 120);
        QCOMPARE(newest.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    }

    void resumeRowsTheLedgerRefusedButTheJobDidNot()
    {
        // A run killed between the ledger's "failed" (a 1501: not now) and the job's record of
        // it, or a run whose every fresh reqid met a 1501, leaves queued rows whose reqid the
        // ledger calls failed. Failed means the platform
        // surely did not create them, so the next run sends them again under a fresh reqid
        // instead of copying a refusal that said "not now".
        const QString data = m_dir.filePath(QStringLiteral("nr"));
        const QString in = m_dir.filePath(QStringLiteral("nr.csv"));
        QVERIFY(writeFile(in, "x,anum,bnum,ttl\n" + bindRows(0, 6)));
        const QString out = m_dir.filePath(QStringLiteral("nr-result.csv"));
        const QStringList bind =
            account(data) + QStringList{QStringLiteral("bulk"), QStringLiteral("bind"), in,
                                        QStringLiteral("--out"), out};
        SandboxFaults down;
        down.maintenance = true;
        m_sandbox->setFaults(down);
        Run r = pnctl(bind);
        QCOMPARE(r.code, 1);
        // "Not now" to every fresh reqid of the run is no refusal: the rows stay to be sent.
        QVERIFY2(r.err.contains("0 of 6 rows done, 0 refused, 0 invalid, 6 without a definite"),
                 r.err.constData());
        QVERIFY(m_sandbox->bindings().isEmpty());
        QStringList failedReqids;
        {
            Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
            QString error;
            QVERIFY2(ledger.open(&error), qPrintable(error));
            for (const BulkJobRow &row : BulkJobStore(ledger).rows(1)) {
                const auto b = ledger.bindings().bindingByReqid(row.reqid);
                QVERIFY(b);
                QCOMPARE(b->state, RecordState::Failed);
                failedReqids << row.reqid;
            }
            QCOMPARE(failedReqids.size(), 6);
            // What the killed run would have left: the job still thinks the rows are queued.
            QSqlQuery q(ledger.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE bulk_job_rows SET state = 'queued', "
                                          "error_code = NULL, reason = ''")));
            QVERIFY(q.exec(QStringLiteral("UPDATE bulk_jobs SET state = 'running'")));
        }
        m_sandbox->setFaults(SandboxFaults{});
        r = pnctl(bind);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("6 of 6 rows done, 0 refused"), r.err.constData());
        QCOMPARE(m_sandbox->bindings().size(), 6);
        for (const SandboxBinding &s : m_sandbox->bindings())
            QVERIFY(!failedReqids.contains(s.reqid)); // each under its fresh reqid
    }

    void aJobRunsInOneProgramAtATime()
    {
        // The same file and result file started again while a first pnctl still runs it: the
        // second is refused up front (who runs it, that process's number), sends nothing and
        // writes nothing of the job; once the first is killed, a third run takes the job over
        // at once (its holder's process on this computer is gone) and finishes it.
        const QString data = m_dir.filePath(QStringLiteral("onerun"));
        const QString in = m_dir.filePath(QStringLiteral("onerun.csv"));
        QVERIFY(writeFile(in, "x,anum,bnum,ttl,note\n" + bindRows(0, 20, "136", "137")));
        const QString out = m_dir.filePath(QStringLiteral("onerun-result.csv"));
        const QStringList bind = account(data) + QStringList{QStringLiteral("bulk"),
                                                             QStringLiteral("bind"),
                                                             in,
                                                             QStringLiteral("--out"),
                                                             out,
                                                             QStringLiteral("--concurrency"),
                                                             QStringLiteral("8")};
        QProcess first;
        QVERIFY(startHoldingAnswers(first, bind));
        QCOMPARE(first.state(), QProcess::Running);

        const Run second = pnctl(bind);
        QVERIFY2(!second.crashed && second.code == 2, second.err.constData());
        QVERIFY2(second.err.contains("is being run by"), second.err.constData());
        qInfo("%s", second.err.trimmed().constData());
        QVERIFY2(
            second.err.contains(QStringLiteral("pnctl process %1").arg(first.processId()).toUtf8()),
            second.err.constData());
        QCOMPARE(m_sandbox->bindings().size(), 8);
        QVERIFY(!QFile::exists(out));
        {
            Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
            QString error;
            QVERIFY2(ledger.open(&error), qPrintable(error));
            AuditQuery bulk;
            bulk.actions = {QStringLiteral("bulk-start"), QStringLiteral("bulk-interrupted")};
            const QList<AuditEntry> runs = ledger.log().auditEntries(bulk);
            QCOMPARE(runs.size(), 1); // the first run's start only
            QCOMPARE(runs.first().action, QStringLiteral("bulk-start"));
        }

        first.kill(); // SIGKILL: its claim stays in the ledger, its process is gone
        QVERIFY(first.waitForFinished(10'000));
        const Run third = pnctl(bind);
        QVERIFY2(third.code == 0, third.err.constData());
        QVERIFY2(third.err.contains("20 of 20 rows done, 0 refused"), third.err.constData());
        QCOMPARE(m_sandbox->bindings().size(), 20);
    }

    void killedWithAnswersBatchedButNotWritten()
    {
        // A bulk job writes the answers of its rows in batches (one transaction for many).
        // pnctl killed after the platform answered but before the batch was committed: the
        // ledger has each intent pending with its reqid (written before the send), and the
        // re-run sends it again with the same reqid and learns the same subid; each row once.
        // The batch is held open here ($PN_BULK_ANSWER_BATCH_MS) so the kill surely meets it.
        const QString data = m_dir.filePath(QStringLiteral("batched"));
        const QString in = m_dir.filePath(QStringLiteral("batched.csv"));
        QVERIFY(writeFile(in, "x,anum,bnum,ttl,note\n" + bindRows(0, 20)));
        const QString out = m_dir.filePath(QStringLiteral("batched-result.csv"));
        const QStringList bind = account(data) + QStringList{QStringLiteral("bulk"),
                                                             QStringLiteral("bind"),
                                                             in,
                                                             QStringLiteral("--out"),
                                                             out,
                                                             QStringLiteral("--concurrency"),
                                                             QStringLiteral("8")};
        QProcess p;
        // The first window of 8 rows is sent and answered; the answers wait in the batch, so
        // their rows stay in flight and nothing more is sent.
        QVERIFY(startHoldingAnswers(p, bind));
        QTest::qWait(700);
        QCOMPARE(m_sandbox->bindings().size(), 8);
        QCOMPARE(p.state(), QProcess::Running);
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QHash<QString, QString> subidOf; // reqid → the platform's subid
        for (const SandboxBinding &s : m_sandbox->bindings())
            subidOf.insert(s.reqid, s.subid);
        {
            Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
            QString error;
            QVERIFY2(ledger.open(&error), qPrintable(error));
            QCOMPARE(ledger.bindings().pendingBindings().size(), 8);
            for (auto it = subidOf.cbegin(); it != subidOf.cend(); ++it) {
                const auto b = ledger.bindings().bindingByReqid(it.key());
                QVERIFY2(b, qPrintable(it.key()));
                QCOMPARE(b->state, RecordState::Pending);
                QVERIFY(b->firstSentAt);
            }
            // The answers had come (the platform has the rows) but none was written.
            QVERIFY(ledger.log().requestLog(100).isEmpty());
            for (const AuditEntry &e : ledger.log().auditLog(100))
                QVERIFY2(e.action != QLatin1StringView("bind"), qPrintable(e.detail));
        }
        const Run r = pnctl(bind);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("20 of 20 rows done, 0 refused"), r.err.constData());
        QCOMPARE(m_sandbox->bindings().size(), 20); // the 8 were not bound twice
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        // The audit log tells the killed run from the one that finished: the first run's end
        // is written by the second when it resumes the job (what was left then), then its own.
        AuditQuery bulk;
        bulk.actions = {QStringLiteral("bulk-start"), QStringLiteral("bulk-interrupted"),
                        QStringLiteral("bulk-end"), QStringLiteral("bulk-cancel")};
        QStringList actions;
        QList<AuditEntry> runs = ledger.log().auditEntries(bulk);
        std::reverse(runs.begin(), runs.end()); // oldest first
        for (const AuditEntry &e : std::as_const(runs))
            actions << e.action;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("bulk-start"), QStringLiteral("bulk-interrupted"),
                              QStringLiteral("bulk-start"), QStringLiteral("bulk-end")}));
        // What the killed run left, as the resuming run found it (the pending intents its
        // start-up reconciliation settled already count as done).
        const QRegularExpressionMatch left =
            QRegularExpression(
                QStringLiteral(": ([0-9]+) done, 0 refused, 0 invalid, ([0-9]+) left$"))
                .match(runs.at(1).detail);
        QVERIFY2(left.hasMatch(), qPrintable(runs.at(1).detail));
        QCOMPARE(left.captured(1).toInt() + left.captured(2).toInt(), 20);
        QVERIFY(left.captured(2).toInt() >= 12); // at most the 8 answered were settled
        QVERIFY2(runs.at(2).detail.endsWith(QStringLiteral(" (resumed)")),
                 qPrintable(runs.at(2).detail));
        for (auto it = subidOf.cbegin(); it != subidOf.cend(); ++it) {
            const auto b = ledger.bindings().bindingByReqid(it.key());
            QVERIFY(b);
            QCOMPARE(b->state, RecordState::Active);
            QCOMPARE(b->subid, it.value()); // the same subid, learnt by the same reqid
        }
        QVERIFY(ledger.bindings().pendingBindings().isEmpty());
        int created = 0;
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 21);
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).value(6), QStringLiteral("created"));
            const auto b = ledger.bindings().bindingBySubid(rows.at(i).value(5));
            QVERIFY(b);
            QCOMPARE(b->state, RecordState::Active);
            ++created;
        }
        QCOMPARE(created, 20);
    }

    void exportTransfersAndRequests()
    {
        // pnctl export transfers|requests: the ledger's rows, masked unless --reveal (audited).
        const QString data = m_dir.filePath(QStringLiteral("export-more"));
        const QString x = xPool().at(7);
        Run r = pnctl(account(data) + QStringList{QStringLiteral("transfer"), x,
                                                  QStringLiteral("13612345678"),
                                                  QStringLiteral("--ttl"), QStringLiteral("600")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = pnctl(account(data) + QStringList{QStringLiteral("bind"), xPool().at(8),
                                              QStringLiteral("13512345678"),
                                              QStringLiteral("13412345678"),
                                              QStringLiteral("--ttl"), QStringLiteral("600")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString out = m_dir.filePath(QStringLiteral("export-more.csv"));
        const auto exportRun = [&](const QStringList &args) {
            return pnctl(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("export")} +
                         args + QStringList{QStringLiteral("--out"), out});
        };

        r = exportRun({QStringLiteral("transfers")});
        QVERIFY2(r.code == 0, r.err.constData());
        bool bom = false;
        QList<QStringList> rows = readCsv(out, &bom);
        QVERIFY(bom);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).mid(0, 2), (QStringList{QStringLiteral("x"), QStringLiteral("anum")}));
        QCOMPARE(rows.at(1).at(0), x);
        QCOMPARE(rows.at(1).at(1), QStringLiteral("136****5678"));
        QCOMPARE(rows.at(1).at(rows.at(0).indexOf(QStringLiteral("state"))),
                 QStringLiteral("active"));
        QCOMPARE(rows.at(1).at(rows.at(0).indexOf(QStringLiteral("ttl"))), QStringLiteral("600"));
        r = exportRun(
            {QStringLiteral("transfers"), QStringLiteral("--state"), QStringLiteral("released")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readCsv(out).size(), 1); // the header only
        r = exportRun({QStringLiteral("transfers"), QStringLiteral("--reveal")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readCsv(out).value(1).value(1), QStringLiteral("13612345678"));

        // The request log: one line per HTTP attempt, the numbers in the parameters masked and
        // the platform's raw answer left out unless revealed.
        r = exportRun({QStringLiteral("requests")});
        QVERIFY2(r.code == 0, r.err.constData());
        rows = readCsv(out, &bom);
        QVERIFY(bom);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("time"), QStringLiteral("method"),
                                          QStringLiteral("path"), QStringLiteral("reqid"),
                                          QStringLiteral("http"), QStringLiteral("error"),
                                          QStringLiteral("reason"), QStringLiteral("latencyMs"),
                                          QStringLiteral("attempt"), QStringLiteral("params"),
                                          QStringLiteral("response")}));
        QVERIFY(rows.size() >= 3); // the transfer and the binding at least
        const QByteArray masked = [&] {
            QFile f(out);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QVERIFY(!masked.contains("13612345678"));
        QVERIFY(!masked.contains("13512345678"));
        QVERIFY(!masked.contains("13412345678"));
        QVERIFY2(masked.contains("anum=135****5678"), masked.constData());
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(10), QString()); // no raw answer
            QCOMPARE(rows.at(i).at(4), QStringLiteral("200"));
        }
        const qsizetype all = rows.size();
        r = exportRun(
            {QStringLiteral("requests"), QStringLiteral("--state"), QStringLiteral("ok")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readCsv(out).size(), all); // every request succeeded
        r = exportRun(
            {QStringLiteral("requests"), QStringLiteral("--state"), QStringLiteral("1105")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readCsv(out).size(), 1);
        r = exportRun(
            {QStringLiteral("requests"), QStringLiteral("--until"), QStringLiteral("2020-01-01")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readCsv(out).size(), 1);
        r = exportRun({QStringLiteral("requests"), QStringLiteral("--reveal")});
        QCOMPARE(r.code, 0);
        rows = readCsv(out);
        QCOMPARE(rows.size(), all);
        bool sawNumber = false;
        bool sawAnswer = false;
        for (int i = 1; i < rows.size(); ++i) {
            sawNumber = sawNumber || rows.at(i).at(9).contains(QStringLiteral("13512345678"));
            sawAnswer = sawAnswer || !rows.at(i).at(10).isEmpty();
        }
        QVERIFY(sawNumber);
        QVERIFY(sawAnswer);
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        int reveals = 0;
        for (const AuditEntry &a : ledger.log().auditLog(20))
            reveals += a.action == QLatin1StringView("export-reveal") ? 1 : 0;
        QCOMPARE(reveals, 2); // the transfers' and the requests' reveal

        // Usage errors.
        QCOMPARE(exportRun({QStringLiteral("requests"), QStringLiteral("--state"),
                            QStringLiteral("weird")})
                     .code,
                 2);
        QCOMPARE(exportRun({QStringLiteral("transfers"), QStringLiteral("--state"),
                            QStringLiteral("weird")})
                     .code,
                 2);
        QCOMPARE(exportRun({QStringLiteral("everything")}).code, 2);
    }

    void threeProcessesShareOneRateLimit()
    {
        // Three pnctl bulk bind processes on one ledger (SQLite, or PostgreSQL in
        // tst_pnctlbulk_pg), one account, against a platform that
        // allows 40 requests/s: the ledger's shared rate paces all three together, so the
        // platform sees about its limit per second (not three times it), few 1105s, and every
        // row is bound exactly once.
        constexpr double kLimit = 40;
        constexpr int kProcesses = 3;
        constexpr int kRows = 80; // per process
        SandboxFaults faults;
        faults.rateLimit = kLimit;
        m_sandbox->setFaults(faults);
        const QString data = m_dir.filePath(QStringLiteral("shared-pace"));
        const QStringList ledger = ledgerArgs(); // tst_pnctlbulk_pg: one PostgreSQL ledger
        QVERIFY(pnctl(account(data) + ledger +
                      QStringList{QStringLiteral("bulk"), QStringLiteral("jobs")})
                    .code == 0); // the ledger exists before the three start
        const qint64 requestsBefore = m_sandbox->requestCount();
        const qint64 refusedBefore = m_sandbox->faultCounts().rateLimited;

        // The platform's requests per quarter second while the three run.
        QList<qint64> samples{m_sandbox->requestCount()};
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { samples << m_sandbox->requestCount(); });
        sampler.start(250);

        std::vector<std::unique_ptr<QProcess>> processes;
        QEventLoop loop;
        int running = 0;
        for (int p = 0; p < kProcesses; ++p) {
            const QString in = m_dir.filePath(QStringLiteral("shared%1.csv").arg(p));
            QVERIFY(writeFile(in, "x,anum,bnum,ttl,note\r\n" +
                                      bindRows(1000 * (p + 1), 1000 * (p + 1) + kRows)));
            auto process = std::make_unique<QProcess>();
            connect(process.get(), &QProcess::finished, &loop, [&] {
                if (--running == 0)
                    loop.quit();
            });
            process->start(
                m_pnctl,
                account(data) + ledger +
                    QStringList{QStringLiteral("bulk"), QStringLiteral("bind"), in,
                                QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("shared%1-out.csv").arg(p))});
            QVERIFY(process->waitForStarted(10'000));
            ++running;
            processes.push_back(std::move(process));
        }
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        loop.exec();
        sampler.stop();
        samples << m_sandbox->requestCount();
        for (auto &process : processes) {
            QCOMPARE(process->state(), QProcess::NotRunning);
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }

        if (!m_pgLedger.isEmpty()) // the three wrote to PostgreSQL, not to a file of their own
            QVERIFY(!QFile::exists(Ledger::pathInDataDir(data)));

        // Every row bound exactly once on the platform.
        QHash<QString, int> perA;
        for (const SandboxBinding &b : m_sandbox->bindings(kDevid))
            ++perA[b.anum];
        QCOMPARE(int(perA.size()), kProcesses * kRows);
        for (auto it = perA.cbegin(); it != perA.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));

        // Paced together: the requests stay within a bound (each row once, plus the 1105s of
        // finding the limit and a few re-sends), and no second saw much more than the limit.
        const qint64 requests = m_sandbox->requestCount() - requestsBefore;
        const qint64 refused = m_sandbox->faultCounts().rateLimited - refusedBefore;
        qInfo("%lld requests for %d rows, %lld answered 1105", requests, kProcesses * kRows,
              refused);
        QVERIFY2(requests <= qint64(kProcesses * kRows * 1.5 + 2 * kLimit),
                 qPrintable(QString::number(requests)));
        // Per second (4 samples), after the first two seconds (the limit is not known before
        // the first 1105): at most the limit plus half of it for timing and retries. Three
        // unpaced processes would send three times the limit.
        double worst = 0;
        for (int i = 8; i + 4 < samples.size(); ++i)
            worst = qMax(worst, double(samples.at(i + 4) - samples.at(i)));
        qInfo("the busiest second after the first two: %.0f requests (limit %.0f/s)", worst,
              kLimit);
        QVERIFY2(worst <= kLimit * 1.5, qPrintable(QString::number(worst)));
        // And the limit was used: the accepted rate over the run is near it.
        const double seconds = samples.size() / 4.0;
        const double accepted = kProcesses * kRows / seconds;
        qInfo("%.1f rows/s accepted over %.1f s", accepted, seconds);
        QVERIFY2(accepted >= kLimit * 0.6, qPrintable(QString::number(accepted)));
        m_sandbox->setFaults({});
    }

    void killedAtRandomMomentsUnderEveryFault()
    {
        // 2,000 valid rows and 10 invalid ones, every fault on; pnctl killed with SIGKILL at
        // random moments and run again until a run finishes. Each valid row is bound exactly
        // once, and the result file agrees with the platform and the ledger row by row.
        SandboxFaults faults;
        faults.dropAfterCommitEvery = 3;
        faults.failEvery = 5;
        faults.rateLimit = 300;
        faults.badJsonEvery = 7;
        faults.unauthorizedEvery = 11;
        m_sandbox->setFaults(faults);
        const QString data = m_dir.filePath(QStringLiteral("kill"));
        const QString in = m_dir.filePath(QStringLiteral("kill.csv"));
        QByteArray csv = "x,anum,bnum,ttl,note\n" + bindRows(0, 1000);
        for (int i = 0; i < 10; ++i)
            csv += xPool().at(i).toLatin1() + ",13x,139,3600,bad\n";
        csv += bindRows(1000, 2000);
        QVERIFY(writeFile(in, csv));
        const QString out = m_dir.filePath(QStringLiteral("kill-result.csv"));
        const QStringList args =
            account(data) + QStringList{QStringLiteral("bulk"), QStringLiteral("bind"), in,
                                        QStringLiteral("--out"), out};
        auto *rng = QRandomGenerator::global();
        int killed = 0;
        int runs = 0;
        Run r;
        for (;;) {
            ++runs;
            QVERIFY2(runs < 40, "the job did not finish in 40 runs");
            // Ten runs are killed: the first three early (while writing the job, at the first
            // requests), the others anywhere within 5 s. Then the runs are left alone.
            const int killAfter = runs > 10 ? -1 : int(rng->bounded(runs < 4 ? 400 : 5000));
            r = pnctl(args, killAfter);
            if (r.crashed) {
                ++killed;
                continue;
            }
            if (r.code == 0 || r.code == 1) {
                if (!r.err.contains("without a definite answer yet") ||
                    r.err.contains(" 0 without a definite answer"))
                    break;
            } else {
                QFAIL(r.err.constData());
            }
        }
        qInfo("%d runs, %d killed with SIGKILL", runs, killed);
        QVERIFY(killed >= 8);
        QCOMPARE(r.code, 1); // the 10 invalid rows
        if (!r.err.contains("2000 of 2010 rows done, 0 refused, 10 invalid")) {
            // Name the rows that did not end as expected, with the reason the runner gave.
            QByteArray odd = r.err;
            for (const QStringList &f : readCsv(out)) {
                if (f.value(6) != QLatin1StringView("created") &&
                    f.value(6) != QLatin1StringView("invalid"))
                    odd += '\n' + f.join(u'|').toUtf8();
            }
            QFAIL(odd.constData());
        }

        // Each valid row exactly once on the platform.
        QHash<QString, SandboxBinding> byNumbers;
        for (const SandboxBinding &s : m_sandbox->bindings()) {
            const QString key = s.x + u'|' + s.anum + u'|' + s.bnum;
            QVERIFY2(!byNumbers.contains(key), qPrintable(key)); // no duplicate
            byNumbers.insert(key, s);
        }
        QCOMPARE(byNumbers.size(), 2000);
        // The result file: complete, and equal to the platform and the ledger.
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 2011);
        int created = 0;
        int invalid = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &f = rows.at(i);
            if (f.at(6) == QLatin1StringView("invalid")) {
                ++invalid;
                QCOMPARE(f.at(7), QStringLiteral("1002"));
                continue;
            }
            QCOMPARE(f.at(6), QStringLiteral("created"));
            ++created;
            const SandboxBinding s = byNumbers.value(f.at(0) + u'|' + f.at(1) + u'|' + f.at(2));
            QCOMPARE(f.at(5), s.subid);
            const auto b = ledger.bindings().bindingBySubid(s.subid);
            QVERIFY(b);
            QCOMPARE(b->state, RecordState::Active);
            QCOMPARE(b->request.reqid, s.reqid);
        }
        QCOMPARE(created, 2000);
        QCOMPARE(invalid, 10);
        const QList<BulkJob> jobs = BulkJobStore(ledger).jobs();
        QCOMPARE(jobs.size(), 1); // every run resumed the same job
        QCOMPARE(jobs.at(0).state, BulkJob::State::Done);
        QCOMPARE(jobs.at(0).done, 2000);
        QVERIFY(ledger.bindings().pendingBindings().isEmpty());
    }
};

#ifdef PN_PNCTLBULK_PG
// tst_pnctlbulk_pg: the shared-pace test on a PostgreSQL ledger (the other tests are the
// SQLite build's).
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestPnctlBulk test;
    QStringList args = app.arguments();
    if (args.size() == 1)
        args << QStringLiteral("threeProcessesShareOneRateLimit");
    return QTest::qExec(&test, args);
}
#else
QTEST_GUILESS_MAIN(TestPnctlBulk)
#endif
#include "tst_pnctlbulk.moc"

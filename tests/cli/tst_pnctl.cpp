// pnctl end to end, as a separate process against an in-process sandbox platform: the commands,
// their exit codes and output, and crash safety (SIGKILL at random moments).

#include "callbacks/callbackreceiver.h"
#include "ledger/ledger.h"
#include "sandbox/sandboxplatform.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("pnctl test key");
const QString kDevid = QStringLiteral("D7");
const QString kAppid = QStringLiteral("APP7");

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
    for (int i = 0; i < 20; ++i)
        xs << QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
    return xs;
}

} // namespace

class TestPnctl : public QObject
{
    Q_OBJECT

private:
    QString m_pnctl;
    QTemporaryDir m_dir;
    QString m_keyFile;
    std::unique_ptr<SandboxPlatform> m_sandbox;

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

    // Runs pnctl while this process keeps serving the sandbox; kills it after `killAfterMs`.
    Run pnctl(const QStringList &args, int killAfterMs = -1,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
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
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        p.waitForFinished(1000);
        run.crashed = p.exitStatus() == QProcess::CrashExit;
        run.code = p.exitCode();
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
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
        m_sandbox = std::make_unique<SandboxPlatform>(SystemClock::instance());
        QString error;
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

    void bindListReleaseAndLog()
    {
        const QString data = m_dir.filePath(QStringLiteral("flow"));
        Run r = pnctl(account(data) +
                      QStringList{QStringLiteral("bind"), xPool().at(0),
                                  QStringLiteral("13800000001"), QStringLiteral("13800000002"),
                                  QStringLiteral("--ttl"), QStringLiteral("600"),
                                  QStringLiteral("--record"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const QString subid = created.value(QStringLiteral("subid")).toString();
        QVERIFY2(!subid.isEmpty(), r.out.constData());
        QCOMPARE(m_sandbox->bindings().size(), 1);
        QCOMPARE(m_sandbox->bindings().first().subid, subid);
        QCOMPARE(m_sandbox->bindings().first().record, 1);

        // list --find matches any number; the ledger can be read without credentials.
        r = pnctl({QStringLiteral("--data-dir"), data, QStringLiteral("list"),
                   QStringLiteral("--find"), QStringLiteral("0000002"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("bindings")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("subid")).toString(), subid);

        r = pnctl(account(data) + QStringList{QStringLiteral("release"), subid});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(subid.toLatin1()));
        QCOMPARE(m_sandbox->binding(subid)->state, SandboxState::Released);
        r = pnctl({QStringLiteral("--data-dir"), data, QStringLiteral("list"),
                   QStringLiteral("--state"), QStringLiteral("active"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("bindings"))
                     .toArray()
                     .size(),
                 0);

        r = pnctl({QStringLiteral("--data-dir"), data, QStringLiteral("log"),
                   QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("PUT /igw/service/uc/interline/"));
        QVERIFY(r.out.contains("DELETE /igw/service/uc/interline"));
        // The key appears nowhere: not in output, not in the ledger file.
        QFile ledger(Ledger::pathInDataDir(data));
        QVERIFY(ledger.open(QIODevice::ReadOnly));
        QVERIFY(!ledger.readAll().contains(kKey));
        QVERIFY(!r.out.contains(kKey) && !r.err.contains(kKey));
    }

    void transferAndUntransfer()
    {
        const QString data = m_dir.filePath(QStringLiteral("transfer"));
        Run r =
            pnctl(account(data) + QStringList{QStringLiteral("transfer"), xPool().at(5),
                                              QStringLiteral("13800000009"),
                                              QStringLiteral("--display"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_sandbox->transfers().size(), 1);
        QCOMPARE(m_sandbox->transfers().first().display, 1);
        r = pnctl(account(data) + QStringList{QStringLiteral("untransfer"), xPool().at(5)});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_sandbox->transfers().first().state, SandboxState::Released);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("withAccount");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("status ok") << QStringList{QStringLiteral("status")} << true << 0 << "";
        QTest::newRow("validation")
            << QStringList{QStringLiteral("bind"), QStringLiteral("139"),   QStringLiteral("1"),
                           QStringLiteral("1"),    QStringLiteral("--ttl"), QStringLiteral("0")}
            << true << 2 << "ttl";
        QTest::newRow("no ttl") << QStringList{QStringLiteral("bind"), QStringLiteral("1"),
                                               QStringLiteral("2"), QStringLiteral("3")}
                                << true << 2 << "--ttl";
        QTest::newRow("no account")
            << QStringList{QStringLiteral("status")} << false << 2 << "--profile";
        QTest::newRow("platform error")
            << QStringList{QStringLiteral("bind"),        QStringLiteral("13911111111"),
                           QStringLiteral("13800000001"), QStringLiteral("13800000002"),
                           QStringLiteral("--ttl"),       QStringLiteral("60")}
            << true << 1 << "1300";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << false << 2 << "Unknown command";
    }
    void exitCodes()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, withAccount);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString data = m_dir.filePath(QStringLiteral("codes"));
        const QStringList args =
            (withAccount ? account(data) : QStringList{QStringLiteral("--data-dir"), data}) +
            command;
        const Run r = pnctl(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void networkErrorsAreExitCodeThree()
    {
        const QString data = m_dir.filePath(QStringLiteral("net"));
        const Run r =
            pnctl({QStringLiteral("--data-dir"), data, QStringLiteral("--base-url"),
                   QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--devid"), kDevid,
                   QStringLiteral("--appid"), kAppid, QStringLiteral("--allow-plain-http"),
                   QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("status")},
                  -1, [] {
                      auto env = QProcessEnvironment::systemEnvironment();
                      env.insert(QStringLiteral("PN_AUTH_KEY"), QStringLiteral("from env"));
                      return env;
                  }());
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.contains("from env"));
    }

    void messagesFollowTheLanguage()
    {
        const Run r =
            pnctl({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--data-dir"),
                   m_dir.filePath(QStringLiteral("zh")), QStringLiteral("list"),
                   QStringLiteral("--state"), QStringLiteral("bogus")});
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("状态")), r.err.constData());
    }

    void recoveredBindingExpiresNoLaterThanThePlatformsOne()
    {
        // Issue 13: pnctl killed while its create is in flight (the answer is 3 s late), the
        // platform's binding expires, then the next run learns the subid by reconciliation. The
        // ledger must count down from the first send, not from the moment it learnt the subid:
        // otherwise a binding the platform has already expired shows as active.
        const QString data = m_dir.filePath(QStringLiteral("recovered"));
        SandboxFaults slow;
        slow.delayMs = 3000;
        m_sandbox->setFaults(slow);
        const qint64 ttlS = 4;
        const Run killed =
            pnctl(account(data) + QStringList{QStringLiteral("bind"), xPool().at(7),
                                              QStringLiteral("13800000071"),
                                              QStringLiteral("13800000072"),
                                              QStringLiteral("--ttl"), QString::number(ttlS)},
                  1000);
        QVERIFY(killed.crashed);
        QCOMPARE(m_sandbox->bindings().size(), 1); // the platform did create it
        const SandboxBinding created = m_sandbox->bindings().first();
        // Wait until the platform's binding is past its expiry.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > created.expiresAtMs + 200,
                                 (ttlS + 5) * 1000);

        const Run listed =
            pnctl(account(data) + QStringList{QStringLiteral("list"), QStringLiteral("--state"),
                                              QStringLiteral("all"), QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out)
                                    .object()
                                    .value(QStringLiteral("bindings"))
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("subid")).toString(), created.subid);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("expired"));
        QCOMPARE(row.value(QStringLiteral("secondsLeft")).toInteger(), 0);
        // Never later than the platform's expiry, and marked as approximate with the window.
        const qint64 expiresAt = row.value(QStringLiteral("expiresAt")).toInteger();
        QVERIFY2(expiresAt <= created.expiresAtMs,
                 qPrintable(QStringLiteral("%1 > %2").arg(expiresAt).arg(created.expiresAtMs)));
        QVERIFY(expiresAt > created.expiresAtMs - 1000);
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const auto record = ledger.bindings().bindingBySubid(created.subid);
        QVERIFY(record);
        QVERIFY(record->expiryApproximate());
        QVERIFY(*record->expiresLatestAt >= created.expiresAtMs);
        QVERIFY(record->firstSentAt && *record->firstSentAt <= created.createdAtMs);
    }

    // pnctl calls: the CDRs in the ledger, masked unless --reveal (audited), filters, JSON.
    void callsListsTheLedgersCallRecords()
    {
        const QString data = m_dir.filePath(QStringLiteral("calls"));
        Run r =
            pnctl(account(data) +
                  QStringList{QStringLiteral("bind"), xPool().at(9), QStringLiteral("13800000091"),
                              QStringLiteral("13800000092"), QStringLiteral("--ttl"),
                              QStringLiteral("600"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QString subid =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("subid")).toString();
        // The platform's callbacks reach a receiver writing into the same ledger.
        CallbackReceiver receiver(Ledger::pathInDataDir(data), SystemClock::instance(), {});
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        m_sandbox->setCallbackUrl(receiver.callbackUrl(), CallbackFormat::Form);
        QSignalSpy stored(&receiver, &CallbackReceiver::cdrReceived);
        SimulatedCall answered;
        answered.subid = subid;
        answered.durationSecs = 42;
        QVERIFY2(!m_sandbox->simulateCall(answered, &error).isEmpty(), qPrintable(error));
        SimulatedCall busy;
        busy.subid = subid;
        busy.caller = QStringLiteral("13800000092");
        busy.result = QStringLiteral("17");
        QVERIFY2(!m_sandbox->simulateCall(busy, &error).isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 15000);
        receiver.stop();
        m_sandbox->setCallbackUrl({}, CallbackFormat::Form);

        const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--data-dir"), data, QStringLiteral("calls")};
        r = pnctl(base + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonArray calls =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("calls")).toArray();
        QCOMPARE(calls.size(), 2);
        for (const QJsonValue &v : calls) {
            QCOMPARE(v.toObject().value(QStringLiteral("subid")).toString(), subid);
            QVERIFY(v.toObject().value(QStringLiteral("caller")).toString().contains(u'*'));
        }
        QVERIFY(!r.out.contains("13800000091"));
        r = pnctl(base + QStringList{QStringLiteral("--result"), QStringLiteral("17"),
                                     QStringLiteral("--json")});
        calls = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("calls")).toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().toObject().value(QStringLiteral("resultText")).toString(),
                 QStringLiteral("user busy"));
        r = pnctl(base + QStringList{QStringLiteral("--subid"), QStringLiteral("nope")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count('\n'), 1); // the header line only
        r = pnctl(base + QStringList{QStringLiteral("--since"), QStringLiteral("1h")});
        QCOMPARE(r.out.count('\n'), 3);
        QVERIFY2(r.out.contains("user busy") && r.out.contains("42 s"), r.out.constData());
        r = pnctl(base + QStringList{QStringLiteral("--since"), QStringLiteral("tomorrow-ish")});
        QCOMPARE(r.code, 2);
        // --reveal shows the numbers and is audited.
        r = pnctl(base + QStringList{QStringLiteral("--reveal"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("13800000091"));
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QVERIFY2(ledger.open(&error), qPrintable(error));
        bool audited = false;
        for (const AuditEntry &e : ledger.log().auditLog(50))
            audited = audited || (e.action == QLatin1StringView("reveal") &&
                                  e.detail.contains(QStringLiteral("pnctl calls")));
        QVERIFY(audited);
    }

    // pnctl retention: set a profile's policy, count what is due, erase it (the hash key comes
    // from the secret store), audited with counts; the binding is masked afterwards.
    void retentionShowSetAndApply()
    {
        const QString data = m_dir.filePath(QStringLiteral("retention"));
        Run r =
            pnctl(account(data) +
                  QStringList{QStringLiteral("bind"), xPool().at(11), QStringLiteral("13800000081"),
                              QStringLiteral("13800000082"), QStringLiteral("--ttl"),
                              QStringLiteral("600"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QString subid =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("subid")).toString();
        r = pnctl(account(data) + QStringList{QStringLiteral("release"), subid});
        QCOMPARE(r.code, 0);
        QString error;
        {
            // It ended 40 days ago.
            Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
            QVERIFY2(ledger.open(&error), qPrintable(error));
            QSqlQuery q(ledger.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE bindings SET updated_at = updated_at - %1")
                               .arg(40LL * 86'400'000)));
        }
        const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--data-dir"), data, QStringLiteral("retention")};
        r = pnctl(base + QStringList{QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("180 days") && r.out.contains("Due now: 0 bindings"),
                 r.out.constData());
        r = pnctl(base + QStringList{QStringLiteral("set"), QStringLiteral("30")});
        QCOMPARE(r.code, 2); // needs --profile
        r = pnctl(base + QStringList{QStringLiteral("apply"), QStringLiteral("--older-than"),
                                     QStringLiteral("30"), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Would erase the real numbers of 1 bindings"), r.out.constData());
        const QString password = m_dir.filePath(QStringLiteral("vault-password"));
        QFile pw(password);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("correct horse battery staple\n");
        pw.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PN_SECRET_BACKEND"), QStringLiteral("vault"));
        env.insert(QStringLiteral("PN_VAULT_PASSWORD_FILE"), password);
        r = pnctl(base + QStringList{QStringLiteral("apply"), QStringLiteral("--older-than"),
                                     QStringLiteral("30"), QStringLiteral("--json")},
                  -1, env);
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("bindings")).toInt(),
                 1);
        QVERIFY(!r.out.contains("13800000081"));
        r = pnctl(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("list"),
                              QStringLiteral("--state"), QStringLiteral("all"),
                              QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains("13800000081") && !r.out.contains("13800000082"),
                 r.out.constData());
        QVERIFY(r.out.contains(subid.toUtf8()));
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QVERIFY2(ledger.open(&error), qPrintable(error));
        bool audited = false;
        for (const AuditEntry &e : ledger.log().auditLog(50))
            audited = audited || (e.action == QLatin1StringView("retention-apply") &&
                                  e.detail.startsWith(QStringLiteral("1 bindings")));
        QVERIFY(audited);
    }

    void killedAtRandomMomentsLosesNothing()
    {
        // 200 binds, most of them killed with SIGKILL at a random moment (while starting,
        // writing the intent, waiting for the platform, or writing the answer). The next
        // run reconciles what the previous one left pending.
        const QString data = m_dir.filePath(QStringLiteral("crash"));
        auto *rng = QRandomGenerator::global();
        int killed = 0;
        // Kill moments are drawn over the length of a whole run, measured on this machine
        // (every fourth run is never killed), so the kills land inside the run however fast
        // or loaded the machine is.
        qint64 runMs = 120;
        for (int i = 0; i < 200; ++i) {
            const QStringList args =
                account(data) +
                QStringList{QStringLiteral("bind"),
                            xPool().at(i % 20),
                            QStringLiteral("1380%1").arg(i, 7, 10, QLatin1Char('0')),
                            QStringLiteral("1370%1").arg(i, 7, 10, QLatin1Char('0')),
                            QStringLiteral("--ttl"),
                            QStringLiteral("3600")};
            const int killAfter =
                i % 4 == 3 ? -1 : int(rng->bounded(qBound(qint64(5), runMs, qint64(5000))));
            QElapsedTimer timer;
            timer.start();
            const Run r = pnctl(args, killAfter);
            if (killAfter < 0 && !r.crashed)
                runMs = timer.elapsed();
            killed += r.crashed ? 1 : 0;
            if (!r.crashed)
                QVERIFY2(r.code == 0, r.err.constData());
        }
        qInfo("%d of 200 runs were killed", killed);
        QVERIFY(killed > 50);
        // A last run reconciles; then the ledger and the platform agree.
        const Run last =
            pnctl(account(data) + QStringList{QStringLiteral("list"), QStringLiteral("--state"),
                                              QStringLiteral("all"), QStringLiteral("--json")});
        QCOMPARE(last.code, 0);
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QVERIFY(ledger.bindings().pendingBindings().isEmpty());
        QHash<QString, BindingRecord> byReqid;
        int ledgerActive = 0;
        for (const BindingRecord &b : ledger.bindings().list()) {
            byReqid.insert(b.request.reqid, b);
            ledgerActive += b.state == RecordState::Active ? 1 : 0;
        }
        const QList<SandboxBinding> platform = m_sandbox->bindings();
        for (const SandboxBinding &s : platform) {
            QVERIFY2(byReqid.contains(s.reqid), qPrintable(s.reqid)); // 0 lost subids
            QCOMPARE(byReqid.value(s.reqid).subid, s.subid);
            QCOMPARE(byReqid.value(s.reqid).state, RecordState::Active);
        }
        QCOMPARE(ledgerActive, int(platform.size()));
        qInfo("%lld bindings on the platform, %lld intents in the ledger", qint64(platform.size()),
              qint64(byReqid.size()));

        // Releases killed at random moments too: a release the platform did is never left
        // active in the ledger (the release-requested mark is re-sent and 1300 means gone).
        int releasesKilled = 0;
        for (int i = 0; i < 40 && i < platform.size(); ++i) {
            const Run r =
                pnctl(account(data) + QStringList{QStringLiteral("release"), platform.at(i).subid},
                      i % 4 == 3 ? -1 : int(rng->bounded(25, 90)));
            releasesKilled += r.crashed ? 1 : 0;
        }
        const Run again = pnctl(account(data) + QStringList{QStringLiteral("list")});
        QCOMPARE(again.code, 0);
        QVERIFY(ledger.bindings().releaseRequestedBindings().isEmpty());
        for (const SandboxBinding &s : m_sandbox->bindings()) {
            const auto b = ledger.bindings().bindingBySubid(s.subid);
            QVERIFY(b);
            QCOMPARE(b->state,
                     s.state == SandboxState::Active ? RecordState::Active : RecordState::Released);
        }
        qInfo("%d of 40 releases were killed", releasesKilled);
    }
};

QTEST_GUILESS_MAIN(TestPnctl)
#include "tst_pnctl.moc"

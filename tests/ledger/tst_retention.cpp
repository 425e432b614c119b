// Retention: real numbers of bindings that ended more than N days ago (and of their calls and
// request-log lines) are replaced by the masked form plus a keyed hash, and are gone from every
// byte of the ledger files, while recent and active rows stay intact. The same on PostgreSQL
// (where "every byte" is VACUUM's business: see README).

#include "core/phonemask.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#ifdef PN_LEDGER_PG
#include "pgserver.h"
#endif

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

namespace {

constexpr qint64 kDay = 86'400'000;

BindingRequest request(int i)
{
    BindingRequest r;
    r.appid = QStringLiteral("APP1");
    r.x = QStringLiteral("13900000001");
    r.anum = QStringLiteral("1381234%1").arg(i, 4, 10, QLatin1Char('0'));
    r.bnum = QStringLiteral("1375678%1").arg(i, 4, 10, QLatin1Char('0'));
    r.reqid = QStringLiteral("req-%1").arg(i);
    r.ttl = 60;
    return r;
}

// Occurrences of `needle` in the ledger's files (main file, WAL, journal).
[[maybe_unused]] int hitsInFiles(const QString &dir, const QString &needle)
{
    int hits = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form : {needle.toUtf8(), needle.toLatin1()}) {
            for (qsizetype at = bytes.indexOf(form); at >= 0; at = bytes.indexOf(form, at + 1))
                ++hits;
            break;
        }
    }
    return hits;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
#ifdef PN_LEDGER_PG
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
    }
#endif

    void erasesOldNumbersFromEveryByteKeepsRecentOnes()
    {
        QTemporaryDir dir;
        ManualClock clock(1'800'000'000'000);
        const qint64 now = clock.nowMs();
#ifdef PN_LEDGER_PG
        QString setupError;
        const QString location = m_pg->createDatabase(QStringLiteral("r1"), &setupError);
        QVERIFY2(!location.isEmpty(), qPrintable(setupError));
#else
        const QString location = Ledger::pathInDataDir(dir.path());
#endif
        auto ledger = std::make_unique<Ledger>(location, clock);
        QString error;
        QVERIFY2(ledger->open(&error), qPrintable(error));
        const qint64 profile = *ledger->ensureAdhocProfile(
            QStringLiteral("https://h"), QStringLiteral("D"), QStringLiteral("APP1"), &error);
        QCOMPARE(ledger->retentionPolicies().value(0).days, std::optional<int>(180));
        QVERIFY(ledger->setRetentionDays(profile, 30, &error));

        // Bindings 0-4 ended 40 days ago (to erase), 5-6 ended 2 days ago, 7-8 active; each
        // with a call record and a request-log line holding its numbers.
        auto add = [&](int i, qint64 at, bool end) -> qint64 {
            clock.setMs(at);
            const auto id = ledger->bindings().addBindingIntent(profile, request(i), &error);
            ledger->bindings().markBindingActive(*id, QStringLiteral("SUB-%1").arg(i), at + 60'000);
            RequestLogEntry log;
            log.method = QStringLiteral("PUT");
            log.path = QStringLiteral("/bind");
            log.reqid = request(i).reqid;
            log.params = QStringLiteral("anum=%1&bnum=%2").arg(request(i).anum, request(i).bnum);
            log.response = QStringLiteral("{\"subid\":\"SUB-%1\"}").arg(i);
            ledger->log().appendRequestLog(log);
            QSqlQuery q(ledger->database());
            q.prepare(QStringLiteral(
                "INSERT INTO calls (taskid, profile_id, devid, appid, subid, caller, rcaller, "
                "callee, result, begin_time, recording, extra, received_at) "
                "VALUES (?, ?, 'D', 'APP1', ?, ?, ?, ?, 'answered', ?, ?, ?, ?)"));
            q.addBindValue(QStringLiteral("task-%1").arg(i));
            q.addBindValue(profile);
            q.addBindValue(QStringLiteral("SUB-%1").arg(i));
            q.addBindValue(request(i).anum);
            q.addBindValue(request(i).anum);
            q.addBindValue(request(i).bnum);
            q.addBindValue(at / 1000);
            q.addBindValue(QStringLiteral("https://rec.example/%1.wav").arg(i));
            q.addBindValue(QStringLiteral("{\"caller\":\"%1\"}").arg(request(i).anum));
            q.addBindValue(at);
            if (!q.exec()) {
                qWarning("%s", qPrintable(q.lastError().text()));
                return -1;
            }
            if (end && !ledger->bindings().markBindingReleased(*id))
                return -1;
            return *id;
        };
        QList<qint64> old, recent, active;
        for (int i = 0; i < 5; ++i)
            old << add(i, now - 40 * kDay, true);
        for (int i = 5; i < 7; ++i)
            recent << add(i, now - 2 * kDay, true);
        for (int i = 7; i < 9; ++i)
            active << add(i, now - 3 * kDay, false);
        clock.setMs(now);
        for (const qint64 id : old + recent + active)
            QVERIFY(id > 0);

        // A dry run counts and changes nothing; without the key a real run refuses.
        RetentionRun dry;
        dry.dryRun = true;
        auto counted = ledger->applyRetention(dry, &error);
        QVERIFY2(counted, qPrintable(error));
        QCOMPARE(counted->bindings, 5);
        QCOMPARE(counted->calls, 5);
        QCOMPARE(ledger->bindings().bindingById(old.at(0))->request.anum, request(0).anum);
        QVERIFY(!ledger->applyRetention({}, &error));

        ledger->setNumberHashKey(QByteArray(32, 'k'));
        RetentionRun run;
        run.actor = QStringLiteral("test");
        const auto report = ledger->applyRetention(run, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->bindings, 5);
        QCOMPARE(report->calls, 5);
        QCOMPARE(report->logLines, 5);
        // A second run has nothing left to do.
        QCOMPARE(ledger->applyRetention(run, &error)->bindings, 0);

        for (int i = 0; i < 5; ++i) {
            const BindingRecord b = *ledger->bindings().bindingById(old.at(i));
            QCOMPARE(b.request.anum, maskNumber(request(i).anum));
            QCOMPARE(b.request.bnum, maskNumber(request(i).bnum));
            QCOMPARE(b.subid, QStringLiteral("SUB-%1").arg(i)); // still findable by subid
            // Found by its full number through the keyed hash, not the number.
            BindingQuery q;
            q.number = request(i).bnum;
            const QList<BindingRecord> found = ledger->bindings().list(q);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().id, old.at(i));
        }
        for (const qint64 id : recent + active) {
            const BindingRecord b = *ledger->bindings().bindingById(id);
            QVERIFY(!b.request.anum.contains(u'*'));
        }
        {
            QSqlQuery q(ledger->database());
            QVERIFY(q.exec(QStringLiteral("SELECT caller, callee, recording FROM calls WHERE "
                                          "subid = 'SUB-1'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), maskNumber(request(1).anum));
            QCOMPARE(q.value(1).toString(), maskNumber(request(1).bnum));
            QCOMPARE(q.value(2).toString(), QString());
            QVERIFY(q.exec(QStringLiteral("SELECT recording FROM calls WHERE subid = 'SUB-6'")));
            QVERIFY(q.next());
            QVERIFY(!q.value(0).toString().isEmpty());
        }
        // Audited with counts, never numbers.
        const QList<AuditEntry> audit = ledger->log().auditLog(10);
        bool audited = false;
        for (const AuditEntry &e : audit) {
            if (e.action == QLatin1StringView("retention-apply") && e.detail.contains(u'5')) {
                audited = true;
                QVERIFY(!e.detail.contains(QStringLiteral("138")));
            }
        }
        QVERIFY(audited);
#ifndef PN_LEDGER_PG
        // Every byte of the files: the erased numbers appear nowhere, the kept ones do.
        ledger.reset();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(hitsInFiles(dir.path(), request(i).anum), 0);
            QCOMPARE(hitsInFiles(dir.path(), request(i).bnum), 0);
        }
        for (int i = 5; i < 9; ++i)
            QVERIFY(hitsInFiles(dir.path(), request(i).anum) > 0);
#endif
    }

    // Migration 12 narrows the hashes of a ledger erased before it (64 hex characters of the
    // HMAC) to the 64-bit integer of their first 8 bytes: the binding stays findable by its
    // full number, and no other number finds it.
    void narrowHashesMigrationKeepsErasedBindingsFindable()
    {
        QTemporaryDir dir;
        ManualClock clock(1'800'000'000'000);
#ifdef PN_LEDGER_PG
        QString setupError;
        const QString location = m_pg->createDatabase(QStringLiteral("r2"), &setupError);
        QVERIFY2(!location.isEmpty(), qPrintable(setupError));
#else
        const QString location = Ledger::pathInDataDir(dir.path());
#endif
        Ledger ledger(location, clock);
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const qint64 profile = *ledger.ensureAdhocProfile(
            QStringLiteral("https://h"), QStringLiteral("D"), QStringLiteral("APP1"), &error);
        const auto id = ledger.bindings().addBindingIntent(profile, request(1), &error);
        QVERIFY(id);
        const auto other = ledger.bindings().addBindingIntent(profile, request(2), &error);
        QVERIFY(other);
        // The erased binding as an older program left it: masked numbers, hex hashes.
        const QByteArray key(32, 'k');
        QSqlDatabase db = ledger.database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE erased_numbers")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE erased_numbers (hash TEXT NOT NULL, binding_id BIGINT NOT NULL "
            "REFERENCES bindings(id) ON DELETE CASCADE, PRIMARY KEY (hash, binding_id))")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX bindings_retention")));
        for (const QString &n : {request(1).anum, request(1).bnum}) {
            q.prepare(
                QStringLiteral("INSERT INTO erased_numbers (hash, binding_id) VALUES (?, ?)"));
            q.addBindValue(QString::fromLatin1(
                QMessageAuthenticationCode::hash(n.toUtf8(), key, QCryptographicHash::Sha256)
                    .toHex()));
            q.addBindValue(*id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.prepare(
            QStringLiteral("UPDATE bindings SET anum = ?, bnum = ?, erased_at = 1 WHERE id = ?"));
        q.addBindValue(maskNumber(request(1).anum));
        q.addBindValue(maskNumber(request(1).bnum));
        q.addBindValue(*id);
        QVERIFY(q.exec());
        QVERIFY2(LedgerSchema::applyMigration(db, LedgerSchema::narrowHashesVersion(), &error),
                 qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM erased_numbers")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        ledger.setNumberHashKey(key);
        BindingQuery find;
        find.number = request(1).bnum;
        QList<BindingRecord> found = ledger.bindings().list(find);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, *id);
        HistoryQuery page;
        page.number = request(1).anum;
        found = ledger.bindings().historyBindings(page);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, *id);
        find.number = QStringLiteral("13812349999"); // a full number never erased
        QCOMPARE(ledger.bindings().list(find).size(), 0);
        find.number = request(2).anum; // a kept one, by its digits
        QCOMPARE(ledger.bindings().list(find).size(), 1);
    }

private:
#ifdef PN_LEDGER_PG
    std::unique_ptr<PgServer> m_pg;
#endif
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"

// Who did what: the desk identity and the audit log's rows, filters and paging, on SQLite and
// (tst_audit_pg) on a real PostgreSQL server.

#include "core/clock.h"
#include "core/deskidentity.h"
#include "ledger/auditmodel.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#ifdef PN_LEDGER_PG
#include "pgserver.h"
#endif

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <pwd.h>
#include <unistd.h>

using namespace pn;

// The schema version just before migration 9 (the desk on audit rows).
constexpr int kBeforeDesks = 8;

class TestAudit : public QObject
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
    void cleanupTestCase()
    {
        m_pg.reset();
    }
#endif

    void init()
    {
        qunsetenv("PN_DESK");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
#ifdef PN_LEDGER_PG
        m_location = m_pg->createDatabase(QStringLiteral("a%1").arg(++m_databases), &error);
        QVERIFY2(!m_location.isEmpty(), qPrintable(error));
#else
        m_location = Ledger::pathInDataDir(m_dir->path());
#endif
        m_ledger = std::make_unique<Ledger>(m_location, m_clock);
        QVERIFY2(m_ledger->open(&error), qPrintable(error));
        const auto id =
            m_ledger->ensureAdhocProfile(QStringLiteral("https://h.example:8443"),
                                         QStringLiteral("D1"), QStringLiteral("A1"), &error);
        QVERIFY2(id, qPrintable(error));
        m_profile = *id;
    }

    void cleanup()
    {
        m_ledger.reset();
        qunsetenv("PN_DESK");
    }

    void deskIsUserAtHost()
    {
        const passwd *pw = ::getpwuid(::geteuid());
        QVERIFY(pw);
        const QString expected =
            QString::fromLocal8Bit(pw->pw_name) + u'@' + QSysInfo::machineHostName();
        QCOMPARE(deskUserName(), QString::fromLocal8Bit(pw->pw_name));
        QCOMPARE(deskIdentity(), expected);
        QCOMPARE(m_ledger->log().desk(), expected); // a Ledger writes the desk it was made on
    }

    void pnDeskOverridesAndIsCleaned()
    {
        qputenv("PN_DESK", "anna@desk3");
        QCOMPARE(deskIdentity(), QStringLiteral("anna@desk3"));
        qputenv("PN_DESK", "  bo\tb\n@desk\x1b"
                           "4  ");
        QCOMPARE(deskIdentity(), QStringLiteral("bob@desk4"));
        qputenv("PN_DESK", QByteArray(500, 'x'));
        QCOMPARE(deskIdentity().size(), kMaxDeskLength);
        qputenv("PN_DESK", "   ");
        QVERIFY(deskIdentity().contains(u'@')); // blank = not set
        QVERIFY(deskIdentity() != QStringLiteral("   "));
        qputenv("PN_DESK", "陈静@前台二号");
        QCOMPARE(deskIdentity(), QStringLiteral("陈静@前台二号"));
        Ledger other(m_location, m_clock); // read when the Ledger is made
        QCOMPARE(other.log().desk(), QStringLiteral("陈静@前台二号"));
    }

    void everyRowCarriesDeskAndProfile()
    {
        m_ledger->log().setDesk(QStringLiteral("anna@desk1"));
        QVERIFY(m_ledger->log().appendAudit(m_profile, QStringLiteral("pnctl"),
                                            QStringLiteral("bind"), QStringLiteral("subid=S1")));
        QVERIFY(m_ledger->log().appendAudit(std::nullopt, QStringLiteral("pnctl"),
                                            QStringLiteral("ledger-migrate"),
                                            QStringLiteral("v8")));
        const QList<AuditEntry> rows = m_ledger->log().auditLog(10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).action, QStringLiteral("ledger-migrate"));
        QCOMPARE(rows.at(0).desk, QStringLiteral("anna@desk1"));
        QCOMPARE(rows.at(0).profileName, QString());
        QVERIFY(!rows.at(0).profileId);
        QCOMPARE(rows.at(1).desk, QStringLiteral("anna@desk1"));
        QCOMPARE(rows.at(1).profileId, std::optional<qint64>(m_profile));
        QCOMPARE(rows.at(1).profileName, QStringLiteral("pnctl D1@h.example:8443"));
        QCOMPARE(rows.at(1).actor, QStringLiteral("pnctl"));
        QCOMPARE(rows.at(1).detail, QStringLiteral("subid=S1"));
        QCOMPARE(rows.at(1).at, m_clock.nowMs());

        // A second program on the same ledger writes its own desk, not the first one's.
        Ledger second(m_location, m_clock);
        QString error;
        QVERIFY2(second.open(&error), qPrintable(error));
        second.log().setDesk(QStringLiteral("bob@desk2"));
        QVERIFY(second.log().appendAudit(m_profile, QStringLiteral("pnconsole"),
                                         QStringLiteral("release"), QStringLiteral("subid=S1")));
        QCOMPARE(m_ledger->log().auditLog(1).first().desk, QStringLiteral("bob@desk2"));
        // setDesk("") falls back to the identity; the desk is never empty.
        second.log().setDesk(QStringLiteral("  "));
        QCOMPARE(second.log().desk(), deskIdentity());
    }

    void theProfileNameOutlivesTheProfile()
    {
        QVERIFY(m_ledger->log().appendAudit(m_profile, QStringLiteral("t"), QStringLiteral("bind"),
                                            {}));
        QSqlQuery q(m_ledger->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET profile_id = NULL")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM profiles")));
        QVERIFY(m_ledger->log().appendAudit(
            QStringLiteral("Customer A"), QStringLiteral("pnconsole"),
            QStringLiteral("profile-remove"), QStringLiteral("profile Customer A")));
        const QList<AuditEntry> rows = m_ledger->log().auditLog(5);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).profileName, QStringLiteral("Customer A"));
        QCOMPARE(rows.at(1).profileName, QStringLiteral("pnctl D1@h.example:8443"));
        AuditQuery byName;
        byName.profileName = QStringLiteral("Customer A");
        QCOMPARE(m_ledger->log().auditEntries(byName).size(), 1);
    }

    void filtersAndPaging()
    {
        // 3 desks × 4 actions × 25 rows, one second apart.
        const QStringList desks{QStringLiteral("anna@desk1"), QStringLiteral("anna@desk9"),
                                QStringLiteral("bob@desk2")};
        const QStringList actions{QStringLiteral("bind"), QStringLiteral("release"),
                                  QStringLiteral("transfer"), QStringLiteral("reveal-numbers")};
        const qint64 start = m_clock.nowMs();
        int n = 0;
        for (int i = 0; i < 25; ++i) {
            for (const QString &desk : desks) {
                m_ledger->log().setDesk(desk);
                for (const QString &action : actions) {
                    m_clock.advanceMs(1000);
                    QVERIFY(m_ledger->log().appendAudit(m_profile, QStringLiteral("t"), action,
                                                        QString::number(++n)));
                }
            }
        }
        QCOMPARE(m_ledger->log().auditCount({}), 300);
        QCOMPARE(m_ledger->log().auditDesks(), desks);
        QStringList sortedActions = actions;
        sortedActions.sort();
        QCOMPARE(m_ledger->log().auditActions(), sortedActions);
        QCOMPARE(m_ledger->log().auditProfileNames(),
                 QStringList{QStringLiteral("pnctl D1@h.example:8443")});

        AuditQuery q;
        q.desk = QStringLiteral("bob@desk2");
        QCOMPARE(m_ledger->log().auditCount(q), 100);
        for (const AuditEntry &e : m_ledger->log().auditEntries(q))
            QCOMPARE(e.desk, QStringLiteral("bob@desk2"));
        q.desk = QStringLiteral("anna"); // the user at any host
        QCOMPARE(m_ledger->log().auditCount(q), 200);
        q.desk = QStringLiteral("ann"); // not a prefix search
        QCOMPARE(m_ledger->log().auditCount(q), 0);
        q.desk = QStringLiteral("an%"); // LIKE characters are literal
        QCOMPARE(m_ledger->log().auditCount(q), 0);

        q = {};
        q.actions = {QStringLiteral("release"), QStringLiteral("transfer")};
        QCOMPARE(m_ledger->log().auditCount(q), 150);
        q.desk = QStringLiteral("anna@desk9");
        QCOMPARE(m_ledger->log().auditCount(q), 50);

        // Time range, both ends inclusive: rows 11..20 (the n-th row is at start + n s).
        q = {};
        q.fromMs = start + 11'000;
        q.toMs = start + 20'000;
        const QList<AuditEntry> range = m_ledger->log().auditEntries(q);
        QCOMPARE(range.size(), 10);
        QCOMPARE(range.first().detail, QStringLiteral("20"));
        QCOMPARE(range.last().detail, QStringLiteral("11"));
        q.profileId = m_profile + 1000;
        QCOMPARE(m_ledger->log().auditCount(q), 0);

        // Keyset paging, newest first: every row once, in order.
        q = {};
        q.actions = {QStringLiteral("bind")};
        q.limit = 7;
        QSet<qint64> seen;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (;;) {
            const QList<AuditEntry> page = m_ledger->log().auditEntries(q);
            if (page.isEmpty())
                break;
            QVERIFY(page.size() <= 7);
            for (const AuditEntry &e : page) {
                QVERIFY(e.id < previous);
                previous = e.id;
                QVERIFY(!seen.contains(e.id));
                seen.insert(e.id);
                QCOMPARE(e.action, QStringLiteral("bind"));
            }
            q.beforeId = page.last().id;
        }
        QCOMPARE(seen.size(), 75);

        // What arrived since a known id.
        const qint64 last = m_ledger->log().lastAuditId();
        m_ledger->log().setDesk(QStringLiteral("carol@desk3"));
        QVERIFY(m_ledger->log().appendAudit(m_profile, QStringLiteral("t"), QStringLiteral("bind"),
                                            {}));
        AuditQuery since;
        since.afterId = last;
        const QList<AuditEntry> fresh = m_ledger->log().auditEntries(since);
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.first().desk, QStringLiteral("carol@desk3"));
    }

#ifndef PN_LEDGER_PG
    void olderRowsSurviveTheMigration()
    {
        // A ledger at the schema before desks were recorded with an audit row: migration 9 adds
        // the columns, keeps the row (empty desk) and fills in its profile's name.
        m_ledger.reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(m_location);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"DROP INDEX audit_log_at", "DROP INDEX audit_log_desk",
                  "DROP INDEX audit_log_action", "ALTER TABLE audit_log DROP COLUMN desk",
                  "ALTER TABLE audit_log DROP COLUMN profile_name",
                  // and what migration 11 adds (the recordings archive, rejected callbacks'
                  // profile), which runs again after 9
                  "DROP INDEX rejected_callbacks_at",
                  "ALTER TABLE rejected_callbacks DROP COLUMN profile_id",
                  // and migration 12's partial index (its erased_numbers table is rebuilt)
                  "DROP INDEX bindings_retention",
                  // and migration 15's claim of a bulk job's run
                  "ALTER TABLE bulk_jobs DROP COLUMN runner",
                  "ALTER TABLE bulk_jobs DROP COLUMN runner_host",
                  "ALTER TABLE bulk_jobs DROP COLUMN runner_pid",
                  "ALTER TABLE bulk_jobs DROP COLUMN runner_until"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kBeforeDesks)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, profile_id, actor, action, "
                                          "detail) VALUES (1, %1, 'root', 'bind', 'old')")
                               .arg(m_profile)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        m_ledger = std::make_unique<Ledger>(m_location, m_clock);
        QString error;
        QVERIFY2(m_ledger->open(&error), qPrintable(error));
        QSqlDatabase db = m_ledger->database();
        QCOMPARE(LedgerSchema::currentVersion(db), LedgerSchema::latestVersion());
        const QList<AuditEntry> rows = m_ledger->log().auditLog(5);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().detail, QStringLiteral("old"));
        QCOMPARE(rows.first().desk, QString());
        QCOMPARE(rows.first().profileName, QStringLiteral("pnctl D1@h.example:8443"));
    }
#endif

    void auditModelPagesFiltersAndCatchesUp()
    {
        // AuditModel (the Audit tab's model): pages newest first, filters, exports every
        // matching row, and picks up rows of another connection, also one committed late with
        // a smaller id (PostgreSQL hands ids out before commit).
        for (int i = 1; i <= 25; ++i) {
            m_ledger->log().setDesk(i % 5 == 0 ? QStringLiteral("bob@desk2")
                                               : QStringLiteral("anna@desk1"));
            m_clock.advanceMs(1000);
            QVERIFY(m_ledger->log().appendAudit(m_profile, QStringLiteral("t"),
                                                QStringLiteral("bind"), QString::number(i)));
        }
        // (No QAbstractItemModelTester here: it calls fetchMore() itself, which would load
        // every page; tst_audittab runs it on the tab's model.)
        AuditModel model(*m_ledger);
        model.setPollInterval(0);
        model.setPageSize(10);
        model.setQuery({}); // the first page of the new size
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.totalCount(), 25);
        QCOMPARE(model.entry(0).detail, QStringLiteral("25"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.entry(r - 1).id > model.entry(r).id);
        AuditQuery bob;
        bob.desk = QStringLiteral("bob");
        model.setQuery(bob);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.totalCount(), 5);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 10); // a new filter starts at the first page
        // Export: every matching row, not only the page loaded.
        const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
        QString error;
        QCOMPARE(model.exportCsv(csv, &error), 25);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 26);

        // Another connection's row arrives by refresh().
        Ledger other(m_location, m_clock);
        QVERIFY2(other.open(&error), qPrintable(error));
        other.log().setDesk(QStringLiteral("carol@desk3"));
        QVERIFY(other.log().appendAudit(m_profile, QStringLiteral("t"), QStringLiteral("release"),
                                        QStringLiteral("26")));
        QCOMPARE(model.refresh(), 1);
        QCOMPARE(model.entry(0).desk, QStringLiteral("carol@desk3"));
        QCOMPARE(model.totalCount(), 26);
#ifdef PN_LEDGER_PG
        // A row whose id was handed out first but committed last.
        QSqlDatabase db = other.database();
        QVERIFY(db.transaction());
        QSqlQuery late(db);
        QVERIFY(late.exec(QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, detail, desk, profile_name) VALUES "
            "(1, 't', 'reveal', 'late', 'carol@desk3', '')")));
        QVERIFY(m_ledger->log().appendAudit(m_profile, QStringLiteral("t"), QStringLiteral("bind"),
                                            QStringLiteral("after")));
        QCOMPARE(model.refresh(), 1);
        QCOMPARE(model.entry(0).detail, QStringLiteral("after"));
        QVERIFY(db.commit());
        QCOMPARE(model.refresh(), 1); // found through the count, though its id is smaller
        QStringList details;
        for (int r = 0; r < 3; ++r)
            details << model.entry(r).detail;
        QCOMPARE(details, (QStringList{QStringLiteral("after"), QStringLiteral("late"),
                                       QStringLiteral("26")}));
        QCOMPARE(model.totalCount(), 28);
#endif
    }

private:
#ifdef PN_LEDGER_PG
    std::unique_ptr<PgServer> m_pg;
    int m_databases = 0;
#endif
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    ManualClock m_clock;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_profile = 0;
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

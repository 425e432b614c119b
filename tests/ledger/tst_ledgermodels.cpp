#include "ledger/bindingsfiltermodel.h"
#include "ledger/bindingsmodel.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"
#include "ledger/requestlogmodel.h"
#include "ledger/transfersmodel.h"

#ifdef PN_LEDGER_PG
#include "pgserver.h"
#endif

#include <QAbstractItemModelTester>
#include <QDebug>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pn;

namespace {

BindingRequest request(int i)
{
    BindingRequest r;
    r.appid = QStringLiteral("APP1");
    r.x = QStringLiteral("1390000%1").arg(i % 3, 4, 10, QLatin1Char('0'));
    r.anum = QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0'));
    r.bnum = QStringLiteral("1370000%1").arg(i, 4, 10, QLatin1Char('0'));
    r.reqid = QStringLiteral("req-%1").arg(i);
    r.ttl = 10 * (i + 1);
    return r;
}

} // namespace

class TestLedgerModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
#ifdef PN_LEDGER_PG
    // The same model tests on a PostgreSQL ledger.
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
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.setMs(1'700'000'000'000);
#ifdef PN_LEDGER_PG
        QString setupError;
        const QString location =
            m_pg->createDatabase(QStringLiteral("m%1").arg(++m_databases), &setupError);
        QVERIFY2(!location.isEmpty(), qPrintable(setupError));
#else
        const QString location = Ledger::pathInDataDir(m_dir->path());
#endif
        m_ledger = std::make_unique<Ledger>(location, m_clock);
        QString error;
        QVERIFY2(m_ledger->open(&error), qPrintable(error));
        m_profile = *m_ledger->ensureAdhocProfile(QStringLiteral("https://h"), QStringLiteral("D"),
                                                  QStringLiteral("APP1"), &error);
    }
    void cleanup()
    {
        m_ledger.reset();
    }

    void bindingsModelFollowsTheLedgerWithoutResets()
    {
        QString error;
        for (int i = 0; i < 3; ++i) {
            const auto id = m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
            m_ledger->bindings().markBindingActive(*id, QStringLiteral("SUB%1").arg(i),
                                                   m_clock.nowMs() + request(i).ttl * 1000);
        }
        BindingsModel model(*m_ledger, m_clock);
        model.setPollInterval(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 3); // the first load is deferred to the event loop
        QCOMPARE(model.data(model.index(0, BindingsModel::ColTimeLeft)).toString(),
                 QStringLiteral("0:10"));
        QCOMPARE(model.data(model.index(2, BindingsModel::ColTimeLeft), BindingsModel::RawRole)
                     .toLongLong(),
                 30'000);
        QCOMPARE(model.data(model.index(1, BindingsModel::ColSubid)).toString(),
                 QStringLiteral("SUB1"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A new intent, then its activation: one insert, then a row update.
        const auto id = m_ledger->bindings().addBindingIntent(m_profile, request(7), &error);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(
            model.data(model.index(3, BindingsModel::ColState), BindingsModel::RawRole).toInt(),
            int(RecordState::Pending));
        m_ledger->bindings().markBindingActive(*id, QStringLiteral("SUB7"), m_clock.nowMs() + 5000);
        QTRY_COMPARE(model.data(model.index(3, BindingsModel::ColSubid)).toString(),
                     QStringLiteral("SUB7"));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(reset.size(), 0);

        // A write by another program (another Ledger on the file) arrives by refresh().
        Ledger other(m_ledger->path(), m_clock);
        QVERIFY(other.open(&error));
        QVERIFY(other.bindings().markBindingReleased(*id, QStringLiteral("x")));
        model.refresh();
        QCOMPARE(
            model.data(model.index(3, BindingsModel::ColState), BindingsModel::RawRole).toInt(),
            int(RecordState::Released));
        QCOMPARE(reset.size(), 0);
    }

    void loadsInChunksFromAWorkerThread()
    {
        QString error;
        for (int i = 0; i < 95; ++i)
            m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
        BindingsModel model(*m_ledger, m_clock);
        model.setPollInterval(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&model, &BindingsModel::loadingFinished);
        model.setLoadChunks(7, 10);
        model.reload();
        QCOMPARE(model.rowCount(), 7); // first data at once
        QVERIFY(model.isLoading());
        // A change while loading is not lost and not duplicated.
        const auto late = m_ledger->bindings().addBindingIntent(m_profile, request(500), &error);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(finished.size(), 1);
        QTRY_COMPARE(model.rowCount(), 96);
        QVERIFY(inserted.size() >= 9);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.record(row).id);
        QCOMPARE(ids.size(), 96);
        QVERIFY(model.rowOfId(*late) >= 0);
        // Destroying a model while it loads is safe.
        auto *again = new BindingsModel(*m_ledger, m_clock);
        again->setLoadChunks(3, 5);
        again->reload();
        delete again;
    }

    void tickChangesOnlyTheTimeLeftColumn()
    {
        QString error;
        for (int i = 0; i < 2; ++i) {
            const auto id = m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
            m_ledger->bindings().markBindingActive(*id, QStringLiteral("S%1").arg(i),
                                                   m_clock.nowMs() + (i + 1) * 10'000);
        }
        BindingsModel model(*m_ledger, m_clock);
        model.setPollInterval(0);
        model.setTickInterval(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_clock.advanceMs(4000);
        model.tick();
        QCOMPARE(changed.size(), 1);
        auto topLeft = changed.at(0).at(0).toModelIndex();
        auto bottomRight = changed.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.column(), int(BindingsModel::ColTimeLeft));
        QCOMPARE(bottomRight.column(), int(BindingsModel::ColTimeLeft));
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(model.data(model.index(0, BindingsModel::ColTimeLeft)).toString(),
                 QStringLiteral("0:06"));

        // Passing the first expiry: that row's state reads "expired" and is signalled.
        changed.clear();
        m_clock.advanceMs(7000);
        model.tick();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(BindingsModel::ColState));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(
            model.data(model.index(0, BindingsModel::ColState), BindingsModel::StateRole).toInt(),
            int(RecordState::Expired));
        QCOMPARE(model.data(model.index(0, BindingsModel::ColTimeLeft)).toString(), QString());
    }

    void firstLoadIsDeferredAndOnceForTheProfile()
    {
        QString error;
        const auto other = m_ledger->ensureAdhocProfile(
            QStringLiteral("https://h2"), QStringLiteral("D2"), QStringLiteral("APP2"), &error);
        QVERIFY2(other, qPrintable(error));
        for (int i = 0; i < 3; ++i)
            m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
        m_ledger->bindings().addBindingIntent(*other, request(9), &error);
        BindingsModel model(*m_ledger, m_clock);
        model.setPollInterval(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0); // nothing read in the constructor
        model.setProfileId(*other);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        // The deferred load does not run again once a profile was set.
        QCoreApplication::processEvents();
        QCOMPARE(reset.size(), 1);
        // Without a setter, the deferred load reads every profile's rows once.
        BindingsModel all(*m_ledger, m_clock);
        all.setPollInterval(0);
        QSignalSpy allReset(&all, &QAbstractItemModel::modelReset);
        QTRY_COMPARE(all.rowCount(), 4);
        QCoreApplication::processEvents();
        QCOMPARE(allReset.size(), 1);
    }

    void tickSignalsOnlyTheRowsInViewButEveryExpiry()
    {
        QString error;
        for (int i = 0; i < 8; ++i) {
            const auto id = m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
            m_ledger->bindings().markBindingActive(*id, QStringLiteral("S%1").arg(i),
                                                   m_clock.nowMs() + (i == 6 ? 2'000 : 60'000));
        }
        BindingsModel model(*m_ledger, m_clock);
        model.setPollInterval(0);
        model.setTickInterval(0);
        model.reload();
        BindingsFilterModel filter;
        filter.setSourceModel(&model);
        filter.setStates({RecordState::Active});
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 8);
        // Rows 1, 2, 3 and 5 on screen (any order, one out of range): two runs.
        model.setTickRows({5, 2, 1, 3, 99});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_clock.advanceMs(1000);
        model.tick();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 5);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 5);
        for (const QList<QVariant> &args : std::as_const(changed))
            QCOMPARE(args.at(0).toModelIndex().column(), int(BindingsModel::ColTimeLeft));
        // Row 6 is off screen; its expiry is still signalled and the state filter drops it.
        changed.clear();
        m_clock.advanceMs(1500);
        model.tick();
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 6);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(BindingsModel::ColState));
        QCOMPARE(filter.rowCount(), 7);
        // Nothing on screen: no time-left signals at all; clearTickRows(): every row again.
        model.setTickRows({});
        changed.clear();
        model.tick();
        QCOMPARE(changed.size(), 0);
        model.clearTickRows();
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 7);
    }

    void filterMatchesFullNumbersSubidStateAndX_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("x");
        QTest::addColumn<bool>("activeOnly");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << ""
                             << "" << false << 10;
        QTest::newRow("A middle digits") << "00000"
                                         << "" << false << 10;
        QTest::newRow("A exact") << "13800000004"
                                 << "" << false << 1;
        QTest::newRow("B typed with spaces") << "137 0000 0004"
                                             << "" << false << 1;
        QTest::newRow("subid any case") << "sub-0007"
                                        << "" << false << 1;
        QTest::newRow("X") << ""
                           << "13900000001" << false << 3;
        QTest::newRow("active only") << ""
                                     << "" << true << 8;
        QTest::newRow("active on X") << ""
                                     << "13900000000" << true << 3;
        QTest::newRow("no match") << "99999"
                                  << "" << false << 0;
    }
    void filterMatchesFullNumbersSubidStateAndX()
    {
        QFETCH(QString, text);
        QFETCH(QString, x);
        QFETCH(bool, activeOnly);
        QFETCH(int, rows);
        QString error;
        for (int i = 0; i < 10; ++i) {
            const auto id = m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
            if (i < 8)
                m_ledger->bindings().markBindingActive(
                    *id, QStringLiteral("SUB-%1").arg(i, 4, 10, QLatin1Char('0')),
                    m_clock.nowMs() + 60'000);
            else
                m_ledger->bindings().markBindingFailed(*id, QStringLiteral("no"));
        }
        BindingsModel model(*m_ledger, m_clock);
        model.setPollInterval(0);
        model.reload();
        BindingsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSearchText(text);
        filter.setXNumber(x);
        if (activeOnly)
            filter.setStates({RecordState::Active});
        QCOMPARE(filter.rowCount(), rows);
        // Sorting on the raw role: time left ascending.
        filter.sort(BindingsModel::ColA, Qt::DescendingOrder);
        if (rows > 1)
            QVERIFY(filter.index(0, BindingsModel::ColA).data().toString() >
                    filter.index(1, BindingsModel::ColA).data().toString());
        // The ticking clock does not disturb the filter.
        m_clock.advanceMs(1000);
        model.tick();
        QCOMPARE(filter.rowCount(), rows);
    }

    // The model holds the working set (open rows, the recently ended); older history is paged
    // from the ledger on demand, and a row that ended leaves the working set later.
    void workingSetInMemoryHistoryPagedFromTheLedger()
    {
        QString error;
        const qint64 start = m_clock.nowMs();
        // Six bindings released 10 days ago (history), one failed 2 h ago, three active now.
        m_clock.setMs(start - 10LL * 86'400'000);
        QList<qint64> old;
        for (int i = 0; i < 6; ++i) {
            const auto id = m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
            m_ledger->bindings().markBindingActive(*id, QStringLiteral("OLD-%1").arg(i),
                                                   m_clock.nowMs() + 60'000);
            QVERIFY(m_ledger->bindings().markBindingReleased(*id));
            old << *id;
        }
        m_clock.setMs(start - 2 * 3'600'000);
        const auto failed = m_ledger->bindings().addBindingIntent(m_profile, request(20), &error);
        QVERIFY(m_ledger->bindings().markBindingFailed(*failed, QStringLiteral("no")));
        m_clock.setMs(start);
        QList<qint64> live;
        for (int i = 30; i < 33; ++i) {
            const auto id = m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
            m_ledger->bindings().markBindingActive(*id, QStringLiteral("NEW-%1").arg(i),
                                                   m_clock.nowMs() + 3'600'000);
            live << *id;
        }
        BindingsModel model(*m_ledger, m_clock);
        model.setPollInterval(0);
        model.setTickInterval(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfileId(m_profile);
        QCOMPARE(model.rowCount(), 4); // three active, the recently failed; no old history
        for (const qint64 id : std::as_const(old))
            QCOMPARE(model.rowOfId(id), -1);
        QVERIFY(model.rowOfId(*failed) >= 0);
        QVERIFY(!model.canFetchMore());

        // Choosing "released": pages of history, newest first, two rows a page, by fetchMore.
        model.setHistoryPageSize(2);
        model.setHistory(BindingsModel::historyFor(m_profile, {RecordState::Released}, {}));
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.isHistoryRow(4));
        QCOMPARE(model.record(4).id, old.last());
        QVERIFY(model.canFetchMore());
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 10);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.record(row).id);
        QCOMPARE(ids.size(), 10);
        // Same columns and roles as the live rows (the view masks A and B itself).
        const int row = model.rowOfId(old.at(2));
        QCOMPARE(model.data(model.index(row, BindingsModel::ColA)).toString(), request(2).anum);
        QCOMPARE(
            model.data(model.index(row, BindingsModel::ColState), BindingsModel::StateRole).toInt(),
            int(RecordState::Released));
        QCOMPARE(model.data(model.index(row, 0), BindingsModel::IdRole).toLongLong(), old.at(2));

        // A search: by a number's middle digits and by subid, from the index.
        model.setHistory(BindingsModel::historyFor(m_profile, {}, QStringLiteral("0000003")));
        while (model.canFetchMore()) // newest first: the live rows 30-32 match too
            model.fetchMore();
        QVERIFY(model.rowOfId(old.at(3)) >= 0);
        QCOMPARE(model.rowOfId(old.at(2)), -1); // the previous history's rows left
        model.setHistory(BindingsModel::historyFor(m_profile, {}, QStringLiteral("old-4")));
        QVERIFY(model.rowOfId(old.at(4)) >= 0);
        QCOMPARE(model.rowCount(), 5);
        model.setHistory(BindingsModel::historyFor(m_profile, {}, QStringLiteral("no-such")));
        QCOMPARE(model.rowCount(), 4);
        model.setHistory(std::nullopt);
        QCOMPARE(model.rowCount(), 4);

        // An active row released now stays (recently ended) until the window has passed.
        QVERIFY(m_ledger->bindings().markBindingReleased(live.at(0)));
        model.refresh();
        model.pruneWorkingSet();
        QVERIFY(model.rowOfId(live.at(0)) >= 0);
        m_clock.advanceMs(25LL * 3'600'000);
        model.pruneWorkingSet();
        QCOMPARE(model.rowOfId(live.at(0)), -1);
        QCOMPARE(model.rowOfId(*failed), -1);
        QVERIFY(model.rowOfId(live.at(1)) >= 0); // active rows stay whatever their age
        QCOMPARE(model.rowCount(), 2);
        // A write to an old row (e.g. retention) does not pull it back in.
        QVERIFY(m_ledger->bindings().markBindingReleased(live.at(0)).settledElsewhere() ||
                true); // (already released: settled)
        model.refresh();
        QCOMPARE(model.rowOfId(live.at(0)), -1);
    }

    // Search by any number or subid is answered from the trigram index, kept in step by the
    // ledger's own writes; the same path serves LedgerBindings::list() (pnctl list --find).
    void numberSearchUsesTheTrigramIndex()
    {
        QString error;
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i) {
            const auto id = m_ledger->bindings().addBindingIntent(m_profile, request(i), &error);
            ids << *id;
        }
        // The subid arrives later (an UPDATE): the index follows.
        m_ledger->bindings().markBindingActive(ids.at(17), QStringLiteral("Sub-Seventeen"),
                                               m_clock.nowMs() + 60'000);
        BindingQuery q;
        q.number = QStringLiteral("seventeen");
        QCOMPARE(m_ledger->bindings().list(q).size(), 1);
        q.number = QStringLiteral("138 0000 0017");
        QCOMPARE(m_ledger->bindings().list(q).size(), 1);
        // What a substring search must find, worked out here by brute force.
        auto expected = [&](const QString &needle) {
            QList<qint64> out;
            for (int i = 0; i < 40; ++i) {
                const BindingRequest r = request(i);
                if (r.x.contains(needle) || r.anum.contains(needle) || r.bnum.contains(needle))
                    out << ids.at(i);
            }
            return out;
        };
        auto idsOf = [](const QList<BindingRecord> &rows) {
            QList<qint64> out;
            for (const BindingRecord &b : rows)
                out << b.id;
            return out;
        };
        q.number = QStringLiteral("00001");
        QVERIFY(expected(q.number).size() > 10);
        QCOMPARE(idsOf(m_ledger->bindings().list(q)), expected(q.number));
        q.number = QStringLiteral("nothing-here");
        QCOMPARE(m_ledger->bindings().list(q).size(), 0);
        q.number = QStringLiteral("17"); // two characters: a scan, same answer
        QCOMPARE(m_ledger->bindings().list(q).size(), 1);
        HistoryQuery h;
        h.number = QStringLiteral("0000001");
        h.limit = 4;
        QList<qint64> want = expected(h.number);
        std::reverse(want.begin(), want.end()); // newest first
        QList<qint64> got;
        for (;;) {
            const QList<BindingRecord> page = m_ledger->bindings().historyBindings(h);
            got += idsOf(page);
            if (page.size() < h.limit)
                break;
            h.beforeId = page.last().id;
        }
        QCOMPARE(got, want);

        // The plan reads the index, not the table.
        QSqlQuery plan(m_ledger->database());
#ifdef PN_LEDGER_PG
        QVERIFY(plan.exec(QStringLiteral("SET enable_seqscan = off")));
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN SELECT id FROM bindings WHERE %1 ILIKE "
                                         "'%%13800000017%%'")
                              .arg(LedgerSchema::searchTextExpression())));
        QString text;
        while (plan.next())
            text += plan.value(0).toString();
        QVERIFY2(text.contains(QStringLiteral("bindings_trgm")), qPrintable(text));
#else
        QVERIFY(plan.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM bindings WHERE id IN (SELECT rowid FROM "
            "bindings_fts WHERE bindings_fts MATCH '\"13800000017\"')")));
        QString text;
        while (plan.next())
            text += plan.value(3).toString() + u'\n';
        QVERIFY2(text.contains(QStringLiteral("VIRTUAL TABLE INDEX")), qPrintable(text));
#endif
        // A deleted row leaves the index too (the triggers follow every write).
        QSqlQuery del(m_ledger->database());
        QVERIFY(del.exec(QStringLiteral("DELETE FROM bindings WHERE id = %1").arg(ids.at(17))));
        q.number = QStringLiteral("seventeen");
        QCOMPARE(m_ledger->bindings().list(q).size(), 0);
    }

    // A long needle is looked up by its tail (the prefix trigrams are in nearly every row)
    // and confirmed whole on the row: rows that share only the tail are not answers. Full and
    // partial numbers, the subid in any case, masked (erased) rows by their keyed hash; through
    // pnctl's path (bindings()) and the console's (historyBindings(), paged).
    void longNeedlesAreConfirmedWhole()
    {
        QString error;
        const qint64 start = m_clock.nowMs();
        struct Row
        {
            const char *x, *anum, *bnum, *subid;
        };
        const Row rows[] = {
            {"13900000001", "13812340004", "13700000001", "SUB-A"},          // 0: A is the number
            {"13900000001", "13912340004", "13700000002", "SUB-B"},          // 1: the tail only
            {"13900000001", "13700000003", "13712340004", "SUB12340004"},    // 2: tail in B, subid
            {"13812340004", "13700000004", "13700000005", "SUB-D"},          // 3: X is the number
            {"13900000001", "13700000006", "13700000007", "Sub-AbCdEfGh12"}, // 4: subid
            {"13900000001", "13700000008", "13812340004", "SUB-F"},          // 5: B, to be erased
        };
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            m_clock.setMs(i == 5 ? start - 40LL * 86'400'000 : start);
            BindingRequest r = request(i);
            r.x = QString::fromLatin1(rows[i].x);
            r.anum = QString::fromLatin1(rows[i].anum);
            r.bnum = QString::fromLatin1(rows[i].bnum);
            const auto id = m_ledger->bindings().addBindingIntent(m_profile, r, &error);
            QVERIFY2(id, qPrintable(error));
            m_ledger->bindings().markBindingActive(*id, QString::fromLatin1(rows[i].subid),
                                                   m_clock.nowMs() + 60'000);
            if (i == 5)
                QVERIFY(m_ledger->bindings().markBindingReleased(*id));
            ids << *id;
        }
        m_clock.setMs(start);
        auto viaList = [&](const QString &needle) {
            BindingQuery q;
            q.number = needle;
            QList<qint64> out;
            for (const BindingRecord &b : m_ledger->bindings().list(q))
                out << b.id;
            std::sort(out.begin(), out.end());
            return out;
        };
        auto viaHistory = [&](const QString &needle) { // one row a page: keyset and merge
            HistoryQuery h;
            h.number = needle;
            h.limit = 1;
            QList<qint64> out;
            for (int guard = 0; guard < 20; ++guard) {
                const QList<BindingRecord> page = m_ledger->bindings().historyBindings(h);
                for (const BindingRecord &b : page)
                    out << b.id;
                if (page.size() < h.limit)
                    break;
                h.beforeId = page.last().id;
            }
            std::sort(out.begin(), out.end());
            return out;
        };
        auto both = [&](const QString &needle, const QList<qint64> &want) {
            const QList<qint64> list = viaList(needle), history = viaHistory(needle);
            if (list != want || history != want)
                qWarning() << needle << "list" << list << "history" << history << "want" << want;
            return list == want && history == want;
        };
        const QString full = QStringLiteral("13812340004");
        QVERIFY(both(full, {ids[0], ids[3], ids[5]}));
        QVERIFY(both(QStringLiteral("138 1234 0004"), {ids[0], ids[3], ids[5]}));
        QVERIFY(both(QStringLiteral("+8613812340004"), {}));
        QVERIFY(both(QStringLiteral("812340004"), {ids[0], ids[3], ids[5]}));
        QVERIFY(both(QStringLiteral("12340004"),
                     {ids[0], ids[1], ids[2], ids[3], ids[5]})); // in A, B, X or the subid
        QVERIFY(both(QStringLiteral("912340004"), {ids[1]}));
        QVERIFY(both(QStringLiteral("abcdefgh12"), {ids[4]})); // the subid, in any case
        QVERIFY(both(QStringLiteral("ABCDEFGH13"), {}));
        QVERIFY(both(QStringLiteral("sub12340004"), {ids[2]}));

        // Retention masks row 5's numbers: the number is no longer in the row, so without the
        // key it is not found; with the key, by its hash, on every page path.
        QVERIFY(m_ledger->setRetentionDays(m_profile, 30, &error));
        m_ledger->setNumberHashKey(QByteArray(32, 'k'));
        RetentionRun run;
        run.actor = QStringLiteral("test");
        const auto report = m_ledger->applyRetention(run, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->bindings, 1);
        QCOMPARE(m_ledger->bindings().bindingById(ids[5])->request.bnum,
                 QStringLiteral("138****0004"));
        QVERIFY(both(full, {ids[0], ids[3], ids[5]}));
        QVERIFY(both(QStringLiteral("12340004"), {ids[0], ids[1], ids[2], ids[3]}));
        QVERIFY(both(QStringLiteral("****0004"), {ids[5]}));
        m_ledger->setNumberHashKey({});
        QVERIFY(both(full, {ids[0], ids[3]}));
    }

    void transfersModel()
    {
        TransfersModel model(*m_ledger, m_clock);
        model.setPollInterval(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TransferRequest t;
        t.appid = QStringLiteral("APP1");
        t.x = QStringLiteral("13900000001");
        t.anum = QStringLiteral("13800000001");
        t.reqid = QStringLiteral("t1");
        QString error;
        const auto id = m_ledger->transfers().addTransferIntent(m_profile, t, &error);
        QTRY_COMPARE(model.rowCount(), 1);
        m_ledger->transfers().markTransferActive(*id);
        QTRY_COMPARE(
            model.data(model.index(0, TransfersModel::ColState), TransfersModel::RawRole).toInt(),
            int(RecordState::Active));
        QCOMPARE(model.data(model.index(0, TransfersModel::ColExpires)).toString(),
                 model.tr("never"));
        model.tick();
    }

    void requestLogModelIsBoundedNewestFirst()
    {
        RequestLogModel model(*m_ledger, 5);
        model.setPollInterval(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 8; ++i) {
            RequestLogEntry e;
            e.method = QStringLiteral("GET");
            e.path = QStringLiteral("/api/v1/account/status");
            e.reqid = QStringLiteral("r%1").arg(i);
            e.httpStatus = 200;
            e.errorCode = 0;
            m_ledger->log().appendRequestLog(e);
            if (i % 3 == 0)
                QTRY_COMPARE(model.data(model.index(0, RequestLogModel::ColReqid)).toString(),
                             QStringLiteral("r%1").arg(i));
        }
        QTRY_COMPARE(model.data(model.index(0, RequestLogModel::ColReqid)).toString(),
                     QStringLiteral("r8"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(4, RequestLogModel::ColReqid)).toString(),
                 QStringLiteral("r4"));
        model.setMaxRows(2);
        QCOMPARE(model.rowCount(), 2);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }

private:
#ifdef PN_LEDGER_PG
    std::unique_ptr<PgServer> m_pg;
    int m_databases = 0;
#endif
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_profile = 0;
};

QTEST_GUILESS_MAIN(TestLedgerModels)
#include "tst_ledgermodels.moc"

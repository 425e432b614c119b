#include "ledger/bindingsfiltermodel.h"
#include "ledger/bindingsmodel.h"
#include "ledger/ledger.h"
#include "ledger/requestlogmodel.h"
#include "ledger/transfersmodel.h"

#ifdef PN_LEDGER_PG
#include "pgserver.h"
#endif

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
            const auto id = m_ledger->addBindingIntent(m_profile, request(i), &error);
            m_ledger->markBindingActive(*id, QStringLiteral("SUB%1").arg(i),
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
        const auto id = m_ledger->addBindingIntent(m_profile, request(7), &error);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(
            model.data(model.index(3, BindingsModel::ColState), BindingsModel::RawRole).toInt(),
            int(RecordState::Pending));
        m_ledger->markBindingActive(*id, QStringLiteral("SUB7"), m_clock.nowMs() + 5000);
        QTRY_COMPARE(model.data(model.index(3, BindingsModel::ColSubid)).toString(),
                     QStringLiteral("SUB7"));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(reset.size(), 0);

        // A write by another program (another Ledger on the file) arrives by refresh().
        Ledger other(m_ledger->path(), m_clock);
        QVERIFY(other.open(&error));
        QVERIFY(other.markBindingReleased(*id, QStringLiteral("x")));
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
            m_ledger->addBindingIntent(m_profile, request(i), &error);
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
        const auto late = m_ledger->addBindingIntent(m_profile, request(500), &error);
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
            const auto id = m_ledger->addBindingIntent(m_profile, request(i), &error);
            m_ledger->markBindingActive(*id, QStringLiteral("S%1").arg(i),
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
            m_ledger->addBindingIntent(m_profile, request(i), &error);
        m_ledger->addBindingIntent(*other, request(9), &error);
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
            const auto id = m_ledger->addBindingIntent(m_profile, request(i), &error);
            m_ledger->markBindingActive(*id, QStringLiteral("S%1").arg(i),
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
            const auto id = m_ledger->addBindingIntent(m_profile, request(i), &error);
            if (i < 8)
                m_ledger->markBindingActive(
                    *id, QStringLiteral("SUB-%1").arg(i, 4, 10, QLatin1Char('0')),
                    m_clock.nowMs() + 60'000);
            else
                m_ledger->markBindingFailed(*id, QStringLiteral("no"));
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
        const auto id = m_ledger->addTransferIntent(m_profile, t, &error);
        QTRY_COMPARE(model.rowCount(), 1);
        m_ledger->markTransferActive(*id);
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
            m_ledger->appendRequestLog(e);
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

#include "callbacks/callbackreceiver.h"
#include "callbacks/callsmodel.h"
#include "callbacks/callstore.h"
#include "callbacks/calltimelinemodel.h"
#include "callbacks/inboxmodel.h"
#include "callbacktesthelpers.h"
#include "core/callresultcatalog.h"
#include "core/clock.h"
#include "ledger/ledger.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

namespace {

CdrRecord cdr(const QString &taskid, const QString &result, qint64 begin,
              const QString &caller = QStringLiteral("13800138000"),
              const QString &x = QStringLiteral("17000000001"),
              const QString &subid = QStringLiteral("sub-1"))
{
    CdrRecord c;
    c.devid = QStringLiteral("10000000");
    c.appid = QStringLiteral("app");
    c.taskid = taskid;
    c.subid = subid;
    c.caller = caller;
    c.rcaller = x;
    c.callee = QStringLiteral("13900139000");
    c.result = result;
    c.beginTime = begin;
    c.ringTime = begin + 2;
    if (result == QLatin1StringView("answered")) {
        c.answerTime = begin + 7;
        c.releaseTime = begin + 67;
        c.duration = 60;
        c.releasedir = QStringLiteral("1");
        c.recording = QStringLiteral("http://rec.example/%1.mp3").arg(taskid);
    } else {
        c.releaseTime = begin + 30;
        c.releasedir = QStringLiteral("2");
    }
    c.receivedAtMs = (begin + 70) * 1000;
    return c;
}

CallStartRecord callStart(const QString &taskid, qint64 t,
                          const QString &subid = QStringLiteral("sub-1"))
{
    CallStartRecord s;
    s.devid = QStringLiteral("10000000");
    s.appid = QStringLiteral("app");
    s.taskid = taskid;
    s.subid = subid;
    s.caller = QStringLiteral("13800138000");
    s.rcaller = QStringLiteral("17000000001");
    s.callee = QStringLiteral("13900139000");
    s.callTime = t;
    s.receivedAtMs = t * 1000;
    return s;
}

} // namespace

class TestCallsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storeWorksOnTheLedgersConnection();
    void callsModelShowsDecodedRows();
    void revealNumbers();
    void liveRowsAndDuplicates();
    void pollsRowsOfOtherWriters();
    void limitBoundsRows();
    void filters_data();
    void filters();
    void inboxIsBounded();
    void inboxFlagsAndCuts();
    void modelsRetranslate();
    void timelineOrdersStartThenCdr();
    void stats();
    void receiverFeedsModels();

private:
    void store(const CdrRecord &c)
    {
        QString error;
        QCOMPARE(m_store->storeCdr(c, &error), CallStore::Stored::Inserted);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CallStore> m_store;
};

// A CallStore on an open Ledger opens no connection of its own: it writes and reads on the
// ledger's connection for this thread, so its rows are the ledger's rows.
void TestCallsModels::storeWorksOnTheLedgersConnection()
{
    Ledger ledger(m_dir->filePath(QStringLiteral("shared.sqlite")), SystemClock::instance());
    QString error;
    QVERIFY2(ledger.open(&error), qPrintable(error));
    const QStringList before = QSqlDatabase::connectionNames();
    CallStore store(ledger);
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.path(), ledger.path());
    QVERIFY(store.begin(&error));
    QCOMPARE(
        store.storeCdr(cdr(QStringLiteral("shared-1"), QStringLiteral("answered"), 1000), &error),
        CallStore::Stored::Inserted);
    QCOMPARE(
        store.storeCdr(cdr(QStringLiteral("shared-1"), QStringLiteral("answered"), 1000), &error),
        CallStore::Stored::Duplicate);
    QVERIFY2(store.commit(&error), qPrintable(error));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    QSqlQuery q(ledger.database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM calls")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(store.countCalls(), 1);
    QCOMPARE(store.cdr(QStringLiteral("shared-1"))->result, QStringLiteral("answered"));
}

void TestCallsModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CallStore>(m_dir->filePath(QStringLiteral("ledger.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    const qint64 t0 = 1'700'000'000; // 2023-11-14 22:13:20 UTC
    store(cdr(QStringLiteral("t1"), QStringLiteral("answered"), t0));
    store(cdr(QStringLiteral("t2"), QStringLiteral("17"), t0 + 100,
              QStringLiteral("+8613700137000")));
    store(cdr(QStringLiteral("t3"), QStringLiteral("1"), t0 + 4000, QStringLiteral("13600136000"),
              QStringLiteral("17000000002"), QStringLiteral("sub-2")));
    CdrRecord odd = cdr(QStringLiteral("t4"), QStringLiteral("999"), t0 + 8000);
    odd.userData = QStringLiteral("b3JkZXItNDI="); // "order-42"
    odd.extra.insert(QStringLiteral("province"), QStringLiteral("广东"));
    store(odd);
}

void TestCallsModels::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCallsModels::callsModelShowsDecodedRows()
{
    CallsModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(CallsModel::ColumnCount));
    // Newest first.
    QCOMPARE(model.record(0).taskid, QStringLiteral("t4"));
    const int answered = *model.rowOf(QStringLiteral("t1"));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(answered, CallsModel::ResultColumn).toString(),
             CallResultCatalog::describe(QStringLiteral("answered")));
    QCOMPARE(cell(answered, CallsModel::RingColumn).toString(), QStringLiteral("5 s"));
    QCOMPARE(cell(answered, CallsModel::TalkColumn).toString(), QStringLiteral("1:00"));
    QCOMPARE(cell(answered, CallsModel::HungUpColumn).toString(), QStringLiteral("caller hung up"));
    QCOMPARE(cell(answered, CallsModel::RecordingColumn).toString(),
             QStringLiteral("http://rec.example/t1.mp3"));
    const int busy = *model.rowOf(QStringLiteral("t2"));
    QVERIFY(cell(busy, CallsModel::ResultColumn).toString().contains(QStringLiteral("user busy")));
    QCOMPARE(cell(busy, CallsModel::ResultColumn, Qt::ToolTipRole).toString(),
             CallResultCatalog::advice(QStringLiteral("17")));
    QCOMPARE(cell(busy, CallsModel::TalkColumn).toString(), QString());
    QCOMPARE(cell(busy, CallsModel::HungUpColumn).toString(), QStringLiteral("callee hung up"));
    QCOMPARE(cell(busy, 0, CallsModel::OutcomeRole).toInt(),
             int(CallResultCatalog::Outcome::CalleeProblem));
    // Unknown codes are shown raw, never fail; base64 userData is decoded.
    QVERIFY(cell(0, CallsModel::ResultColumn).toString().contains(QStringLiteral("999")));
    QCOMPARE(cell(0, 0, CallsModel::OutcomeRole).toInt(), int(CallResultCatalog::Outcome::Unknown));
    QCOMPARE(cell(0, CallsModel::UserDataColumn).toString(), QStringLiteral("order-42"));
    QCOMPARE(cell(0, CallsModel::UserDataColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("b3JkZXItNDI="));
    QCOMPARE(model.record(0).extra.value(QStringLiteral("province")).toString(),
             QStringLiteral("广东"));
}

void TestCallsModels::revealNumbers()
{
    CallsModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const int row = *model.rowOf(QStringLiteral("t1"));
    const QModelIndex caller = model.index(row, CallsModel::CallerColumn);
    QCOMPARE(caller.data().toString(), QStringLiteral("138****8000"));
    QCOMPARE(model.index(row, CallsModel::XColumn).data().toString(),
             QStringLiteral("17000000001"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRevealNumbers(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(caller.data().toString(), QStringLiteral("13800138000"));
    model.setRevealNumbers(false);
    QCOMPARE(caller.data().toString(), QStringLiteral("138****8000"));
}

void TestCallsModels::liveRowsAndDuplicates()
{
    CallsModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addRecord(cdr(QStringLiteral("t5"), QStringLiteral("answered"), 1'700'009'000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.record(0).taskid, QStringLiteral("t5"));
    model.addRecord(cdr(QStringLiteral("t5"), QStringLiteral("answered"), 1'700'009'000));
    model.addRecord(cdr(QStringLiteral("t1"), QStringLiteral("answered"), 1'700'000'000), true);
    QCOMPARE(model.rowCount(), 5);
    // A record outside the filter does not appear.
    CallFilter f;
    f.subid = QStringLiteral("sub-2");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    model.addRecord(cdr(QStringLiteral("t6"), QStringLiteral("17"), 1'700'009'500));
    QCOMPARE(model.rowCount(), 1);
}

void TestCallsModels::pollsRowsOfOtherWriters()
{
    CallsModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.pollNew(), 0);
    // Another connection (as another program would) stores two CDRs.
    CallStore other(m_store->path());
    QString error;
    QVERIFY(other.open(&error));
    QCOMPARE(other.storeCdr(cdr(QStringLiteral("o1"), QStringLiteral("answered"), 1'700'030'000),
                            &error),
             CallStore::Stored::Inserted);
    const CdrRecord o2 = cdr(QStringLiteral("o2"), QStringLiteral("17"), 1'700'030'100);
    QCOMPARE(other.storeCdr(o2, &error), CallStore::Stored::Inserted);
    model.addRecord(o2); // the in-process receiver told us about this one already
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.pollNew(), 1);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.rowOf(QStringLiteral("o1")));
    QVERIFY(model.record(*model.rowOf(QStringLiteral("o1"))).rowId > 0);
    QCOMPARE(model.pollNew(), 0);
}

void TestCallsModels::limitBoundsRows()
{
    CallsModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CallFilter f;
    f.limit = 3;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 3);
    model.addRecord(cdr(QStringLiteral("n1"), QStringLiteral("answered"), 1'700'020'000));
    model.addRecord(cdr(QStringLiteral("n2"), QStringLiteral("answered"), 1'700'020'001));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.record(0).taskid, QStringLiteral("n2"));
    QCOMPARE(model.record(1).taskid, QStringLiteral("n1"));
}

void TestCallsModels::filters_data()
{
    QTest::addColumn<int>("outcome"); // -1 = any
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("subid");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("taskids");
    const QStringList all{QStringLiteral("t4"), QStringLiteral("t3"), QStringLiteral("t2"),
                          QStringLiteral("t1")};
    QTest::newRow("none") << -1 << QString() << QString() << qint64(0) << qint64(0) << all;
    QTest::newRow("answered") << int(CallResultCatalog::Outcome::Answered) << QString() << QString()
                              << qint64(0) << qint64(0) << QStringList{QStringLiteral("t1")};
    QTest::newRow("number problem")
        << int(CallResultCatalog::Outcome::NumberProblem) << QString() << QString() << qint64(0)
        << qint64(0) << QStringList{QStringLiteral("t3")};
    // The search matches the full number even though the view shows it masked.
    QTest::newRow("full caller") << -1 << QStringLiteral("13700137000") << QString() << qint64(0)
                                 << qint64(0) << QStringList{QStringLiteral("t2")};
    QTest::newRow("middle digits") << -1 << QStringLiteral("0013 6") << QString() << qint64(0)
                                   << qint64(0) << QStringList{QStringLiteral("t3")};
    QTest::newRow("X number") << -1 << QStringLiteral("17000000002") << QString() << qint64(0)
                              << qint64(0) << QStringList{QStringLiteral("t3")};
    QTest::newRow("masked text finds nothing") << -1 << QStringLiteral("138****8000") << QString()
                                               << qint64(0) << qint64(0) << QStringList{};
    QTest::newRow("subid") << -1 << QString() << QStringLiteral("sub-2") << qint64(0) << qint64(0)
                           << QStringList{QStringLiteral("t3")};
    QTest::newRow("time range") << -1 << QString() << QString() << qint64(1'700'000'050)
                                << qint64(1'700'004'001)
                                << QStringList{QStringLiteral("t3"), QStringLiteral("t2")};
}

void TestCallsModels::filters()
{
    QFETCH(int, outcome);
    QFETCH(QString, number);
    QFETCH(QString, subid);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, taskids);
    CallsModel model(*m_store);
    CallsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    proxy.sort(CallsModel::TimeColumn, Qt::DescendingOrder);
    if (outcome >= 0)
        proxy.setOutcome(CallResultCatalog::Outcome(outcome));
    proxy.setNumber(number);
    proxy.setSubid(subid);
    proxy.setTimeRange(from ? std::optional<qint64>(from) : std::nullopt,
                       to ? std::optional<qint64>(to) : std::nullopt);
    QStringList got;
    for (int r = 0; r < proxy.rowCount(); ++r)
        got << proxy.index(r, 0).data(CallsModel::TaskidRole).toString();
    QCOMPARE(got, taskids);
}

void TestCallsModels::inboxIsBounded()
{
    InboxModel model(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 12; ++i) {
        CallbackEvent e;
        e.receivedAtMs = 1'700'000'000'000 + i;
        e.kind = CallbackKind::Cdr;
        e.taskid = QStringLiteral("e%1").arg(i);
        e.path = QStringLiteral("/cdr");
        e.remote = QStringLiteral("127.0.0.1");
        if (i % 3 == 0) {
            e.httpStatus = 400;
            e.reason = QStringLiteral("Required field subid is missing.");
            e.kind.reset();
        } else {
            e.summary = QStringLiteral("answered");
        }
        model.add(e);
    }
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.event(0).taskid, QStringLiteral("e11"));
    QCOMPARE(model.event(4).taskid, QStringLiteral("e7"));
    const int rejectedRow = 2; // e9
    QCOMPARE(model.index(rejectedRow, InboxModel::DetailColumn).data().toString(),
             QStringLiteral("Required field subid is missing."));
    QCOMPARE(model.index(rejectedRow, InboxModel::StatusColumn).data().toString(),
             QStringLiteral("rejected (400)"));
    QCOMPARE(model.index(rejectedRow, 0).data(InboxModel::AcceptedRole).toBool(), false);
    QCOMPARE(model.index(0, InboxModel::StatusColumn).data().toString(), QStringLiteral("stored"));
    model.setCapacity(2);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCallsModels::inboxFlagsAndCuts()
{
    // An implausible record is shown stored and flagged; the receiver's cut counters become
    // one line, and only changes are signalled.
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CallbackEvent e;
    e.kind = CallbackKind::Cdr;
    e.taskid = QStringLiteral("odd");
    e.result = QStringLiteral("17");
    e.anomalies = {QStringLiteral("releaseTime-window"), QStringLiteral("duration")};
    model.add(e);
    QCOMPARE(model.index(0, InboxModel::StatusColumn).data().toString(),
             QStringLiteral("stored, flagged"));
    const QString detail = model.index(0, InboxModel::DetailColumn).data().toString();
    QVERIFY2(detail.contains(QStringLiteral("implausible")) &&
                 detail.contains(QStringLiteral("negative duration")) &&
                 detail.contains(QStringLiteral("releaseTime outside the plausible window")),
             qPrintable(detail));

    QSignalSpy changed(&model, &InboxModel::connectionCountersChanged);
    QVERIFY(model.cutSummary().isEmpty());
    ConnectionCounters c;
    c.headerTimeouts = 2;
    c.evicted = 140;
    c.oversized = 1;
    model.setConnectionCounters(c);
    model.setConnectionCounters(c);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.cutSummary(), QStringLiteral("143 connections cut: 2 too slow, 140 closed at "
                                                "the cap, 1 too large"));
}

void TestCallsModels::modelsRetranslate()
{
    // The inbox keeps raw values and translates in data(): a summary written in the language of
    // arrival is not what it shows, and retranslate() asks the views for every cell again.
    InboxModel inbox;
    QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CallbackEvent e;
    e.kind = CallbackKind::Cdr;
    e.taskid = QStringLiteral("t1");
    e.result = QStringLiteral("answered");
    e.summary = QStringLiteral("stale text of another language");
    inbox.add(e);
    CallbackEvent s;
    s.kind = CallbackKind::CallStart;
    s.taskid = QStringLiteral("t2");
    s.summary = QStringLiteral("stale call start");
    inbox.add(s);
    QCOMPARE(inbox.index(1, InboxModel::DetailColumn).data().toString(),
             CallResultCatalog::describe(QStringLiteral("answered")));
    QCOMPARE(inbox.index(1, InboxModel::DetailColumn).data(InboxModel::RawRole).toString(),
             QStringLiteral("answered"));
    QCOMPARE(inbox.index(0, InboxModel::DetailColumn).data().toString(),
             CallWords::kindName(CallbackKind::CallStart));

    CallsModel calls(*m_store);
    CallTimelineModel timeline(*m_store);
    QList<QAbstractItemModel *> models{&inbox, &calls, &timeline};
    for (QAbstractItemModel *m : models) {
        QSignalSpy data(m, &QAbstractItemModel::dataChanged);
        QSignalSpy header(m, &QAbstractItemModel::headerDataChanged);
        if (auto *i = qobject_cast<InboxModel *>(m))
            i->retranslate();
        else if (auto *c = qobject_cast<CallsModel *>(m))
            c->retranslate();
        else
            qobject_cast<CallTimelineModel *>(m)->retranslate();
        QCOMPARE(header.size(), 1);
        QCOMPARE(header.at(0).at(2).toInt(), m->columnCount() - 1);
        QCOMPARE(data.size(), m->rowCount() > 0 ? 1 : 0);
    }
    QCOMPARE(models.at(0)->rowCount(), 2);
}

void TestCallsModels::timelineOrdersStartThenCdr()
{
    QString error;
    QCOMPARE(m_store->storeCallStart(callStart(QStringLiteral("t2"), 1'700'000'100), &error),
             CallStore::Stored::Inserted);
    QCOMPARE(m_store->storeCallStart(callStart(QStringLiteral("t1"), 1'699'999'999), &error),
             CallStore::Stored::Inserted);
    QCOMPARE(m_store->storeCallStart(callStart(QStringLiteral("t9"), 1'700'000'050), &error),
             CallStore::Stored::Inserted);
    QCOMPARE(
        m_store->storeCallStart(
            callStart(QStringLiteral("other"), 1'700'000'060, QStringLiteral("sub-2")), &error),
        CallStore::Stored::Inserted);
    CallTimelineModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubid(QStringLiteral("sub-1"));
    QStringList got;
    for (int r = 0; r < model.rowCount(); ++r)
        got << model.entry(r).taskid + QLatin1Char(':') +
                   model.index(r, CallTimelineModel::EventColumn).data().toString();
    QCOMPARE(got, (QStringList{QStringLiteral("t1:call start"), QStringLiteral("t1:CDR"),
                               QStringLiteral("t9:call start"), QStringLiteral("t2:call start"),
                               QStringLiteral("t2:CDR"), QStringLiteral("t4:CDR")}));
    QVERIFY(model.index(0, CallTimelineModel::PartiesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("138****8000")));
    model.setRevealNumbers(true);
    QVERIFY(model.index(0, CallTimelineModel::PartiesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("13800138000")));
    QVERIFY(model.index(1, CallTimelineModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("caller hung up")));
    // A new callback for the binding shows up.
    const CdrRecord late = cdr(QStringLiteral("t9"), QStringLiteral("19"), 1'700'000'050);
    QCOMPARE(m_store->storeCdr(late, &error), CallStore::Stored::Inserted);
    model.onCdr(late, false);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.entry(3).taskid, QStringLiteral("t9"));
    QCOMPARE(model.entry(3).kind, CallbackKind::Cdr);
}

void TestCallsModels::stats()
{
    CallFilter f;
    CallStats s = m_store->stats(f);
    QCOMPARE(s.total, 4);
    QCOMPARE(s.byOutcome.value(CallResultCatalog::Outcome::Answered), 1);
    QCOMPARE(s.byOutcome.value(CallResultCatalog::Outcome::CalleeProblem), 1);
    QCOMPARE(s.byOutcome.value(CallResultCatalog::Outcome::NumberProblem), 1);
    QCOMPARE(s.byOutcome.value(CallResultCatalog::Outcome::Unknown), 1);
    QCOMPARE(s.perHour.size(), 3); // 22:00 (t1, t2), 23:00 (t3), 00:00 (t4)
    QCOMPARE(s.perHour.value(1'699'999'200), 2);
    QCOMPARE(s.perX.size(), 2);
    QCOMPARE(s.perX.at(0).x, QStringLiteral("17000000001"));
    QCOMPARE(s.perX.at(0).total, 3);
    QCOMPARE(s.perX.at(0).answered, 1);
    QCOMPARE(s.perX.at(1).answerRate(), 0.0);
    f.fromSecs = 1'700'000'050;
    f.toSecs = 1'700'004'001;
    s = m_store->stats(f);
    QCOMPARE(s.total, 2);
}

void TestCallsModels::receiverFeedsModels()
{
    ManualClock clock;
    CallbackReceiver receiver(m_store->path(), clock, {});
    QString error;
    QVERIFY2(receiver.start(&error), qPrintable(error));
    CallsModel calls(*m_store);
    InboxModel inbox(100);
    CallTimelineModel timeline(*m_store);
    QAbstractItemModelTester t1(&calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    calls.reload();
    timeline.setSubid(QStringLiteral("sub-live"));
    connect(&receiver, &CallbackReceiver::cdrReceived, &calls, &CallsModel::addRecord);
    connect(&receiver, &CallbackReceiver::cdrReceived, &timeline, &CallTimelineModel::onCdr);
    connect(&receiver, &CallbackReceiver::callStartReceived, &timeline,
            &CallTimelineModel::onCallStart);
    connect(&receiver, &CallbackReceiver::callbackReceived, &inbox, &InboxModel::add);
    connect(&receiver, &CallbackReceiver::callbackRejected, &inbox, &InboxModel::add);

    QNetworkAccessManager nam;
    FormFields start = test::sampleCallStart(QStringLiteral("live-1"));
    start.replace(3, {QStringLiteral("subid"), QStringLiteral("sub-live")});
    FormFields record = test::sampleCdr(QStringLiteral("live-1"));
    record.replace(3, {QStringLiteral("subid"), QStringLiteral("sub-live")});
    QCOMPARE(test::post(nam, receiver.callStartUrl(), formEncode(start)).status, 200);
    QCOMPARE(test::post(nam, receiver.cdrUrl(), formEncode(record)).status, 200);
    QCOMPARE(test::post(nam, receiver.cdrUrl(), "devid=1").status, 400);
    QCOMPARE(calls.rowCount(), 5);
    QCOMPARE(calls.record(0).taskid, QStringLiteral("live-1"));
    QCOMPARE(timeline.rowCount(), 2);
    QCOMPARE(inbox.rowCount(), 3);
    QCOMPARE(inbox.event(0).httpStatus, 400);
    QVERIFY(inbox.event(1).summary.contains(QStringLiteral("user busy")));
}

QTEST_GUILESS_MAIN(TestCallsModels)
#include "tst_callsmodels.moc"

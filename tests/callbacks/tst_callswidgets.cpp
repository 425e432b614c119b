#include "callbacks/callbackreceiver.h"
#include "callbacks/callsmodel.h"
#include "callbacks/callstore.h"
#include "callbacks/calltimelinemodel.h"
#include "callbacks/inboxmodel.h"
#include "callbacktesthelpers.h"
#include "core/clock.h"
#include "ui/callchartswidget.h"
#include "ui/callspanel.h"
#include "ui/calltimelinewidget.h"
#include "ui/inboxwidget.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPieSeries>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

namespace {

CdrRecord cdr(const QString &taskid, const QString &result, qint64 begin, const QString &caller)
{
    CdrRecord c;
    c.devid = QStringLiteral("10000000");
    c.appid = QStringLiteral("app");
    c.taskid = taskid;
    c.subid = QStringLiteral("sub-") + taskid;
    c.caller = caller;
    c.rcaller = QStringLiteral("17000000001");
    c.callee = QStringLiteral("13900139000");
    c.result = result;
    c.beginTime = begin;
    c.ringTime = begin + 1;
    if (result == QLatin1StringView("answered")) {
        c.answerTime = begin + 4;
        c.duration = 65;
        c.recording = QStringLiteral("http://127.0.0.1:9/rec/%1.wav").arg(taskid);
    }
    c.receivedAtMs = (begin + 100) * 1000;
    return c;
}

} // namespace

class TestCallsWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void callsPanelFiltersAndDetails();
    void callsPanelLiveRows();
    void inboxShowsRejected();
    void charts();
    void timeline();

private:
    ManualClock m_clock{1'700'010'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CallStore> m_store;
};

void TestCallsWidgets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CallStore>(m_dir->filePath(QStringLiteral("ledger.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    const qint64 t = m_clock.nowSecs() - 7200;
    CdrRecord a =
        cdr(QStringLiteral("a"), QStringLiteral("answered"), t, QStringLiteral("13800138000"));
    a.extra.insert(QStringLiteral("province"), QStringLiteral("广东"));
    a.userData = QStringLiteral("b3JkZXItNDI=");
    for (const CdrRecord &c :
         {a, cdr(QStringLiteral("b"), QStringLiteral("17"), t + 60, QStringLiteral("13700137000")),
          cdr(QStringLiteral("c"), QStringLiteral("1"), t + 3700, QStringLiteral("13600136000"))})
        QCOMPARE(m_store->storeCdr(c, &error), CallStore::Stored::Inserted);
}

void TestCallsWidgets::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCallsWidgets::callsPanelFiltersAndDetails()
{
    CallsPanel panel(*m_store);
    QList<QUrl> opened;
    panel.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    panel.resize(1200, 600);
    panel.show();
    QTableView *view = panel.view();
    QCOMPARE(view->model()->rowCount(), 3);
    // Masked by default; the search still finds the full number.
    const QModelIndex first = view->model()->index(0, CallsModel::CallerColumn);
    QVERIFY(first.data().toString().contains(QStringLiteral("****")));
    auto *number = panel.findChild<QLineEdit *>(QStringLiteral("numberEdit"));
    QVERIFY(number);
    QTest::keyClicks(number, QStringLiteral("13700137000"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!view->model()->index(0, CallsModel::ResultColumn).data(Qt::DecorationRole).isNull());
    number->clear();
    QCOMPARE(view->model()->rowCount(), 3);
    auto *outcome = panel.findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(outcome->findData(int(CallResultCatalog::Outcome::Answered)));
    QCOMPARE(view->model()->rowCount(), 1);

    // Details: every field, the unknown ones too; userData decoded; the recording plays.
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString detail = panel.detailText();
    QVERIFY2(detail.contains(QStringLiteral("province")) && detail.contains(QStringLiteral("广东")),
             qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("order-42")));
    QVERIFY(detail.contains(QStringLiteral("138****8000")));
    auto *reveal = panel.findChild<QCheckBox *>(QStringLiteral("revealCheck"));
    reveal->setChecked(true);
    QVERIFY(panel.detailText().contains(QStringLiteral("13800138000")));
    QCOMPARE(view->model()->index(0, CallsModel::CallerColumn).data().toString(),
             QStringLiteral("13800138000"));
    auto *play = panel.findChild<QPushButton *>(QStringLiteral("playButton"));
    QVERIFY(play->isEnabled());
    QTest::mouseClick(play, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("http://127.0.0.1:9/rec/a.wav"))});
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("copyLinkButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1:9/rec/a.wav"));

    // A call without a recording cannot be played; subid filter.
    outcome->setCurrentIndex(0);
    panel.showSubid(QStringLiteral("sub-b"));
    QCOMPARE(view->model()->rowCount(), 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(!play->isEnabled());
    QVERIFY(panel.detailText().contains(CallResultCatalog::advice(QStringLiteral("17"))));
}

void TestCallsWidgets::callsPanelLiveRows()
{
    CallbackReceiver receiver(m_store->path(), m_clock, {});
    QString error;
    QVERIFY2(receiver.start(&error), qPrintable(error));
    CallsPanel panel(*m_store);
    panel.connectReceiver(&receiver);
    QNetworkAccessManager nam;
    QCOMPARE(test::post(nam, receiver.cdrUrl(), formEncode(test::sampleCdr(QStringLiteral("live"))))
                 .status,
             200);
    QTRY_COMPARE(panel.view()->model()->rowCount(), 4);
    QVERIFY(panel.model()->rowOf(QStringLiteral("live")));
}

void TestCallsWidgets::inboxShowsRejected()
{
    InboxModel model(3);
    InboxWidget widget(model);
    CallbackReceiver receiver(m_store->path(), m_clock, {});
    QString error;
    QVERIFY2(receiver.start(&error), qPrintable(error));
    widget.connectReceiver(&receiver);
    QNetworkAccessManager nam;
    QCOMPARE(test::post(nam, receiver.cdrUrl(), formEncode(test::sampleCdr(QStringLiteral("in"))))
                 .status,
             200);
    QCOMPARE(test::post(nam, receiver.cdrUrl(), "taskid=x").status, 400);
    QTableView *view = widget.view();
    QCOMPARE(view->model()->rowCount(), 2);
    const QModelIndex rejected = view->model()->index(0, InboxModel::DetailColumn);
    QVERIFY(rejected.data().toString().contains(QStringLiteral("devid")));
    QVERIFY(rejected.data(Qt::ForegroundRole).isValid());
    QVERIFY(!view->model()->index(1, 0).data(Qt::ForegroundRole).isValid());
    for (int i = 0; i < 5; ++i)
        test::post(nam, receiver.cdrUrl(), "taskid=y");
    QCOMPARE(view->model()->rowCount(), 3);
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("clearButton")),
                      Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestCallsWidgets::charts()
{
    CallChartsWidget charts(*m_store, m_clock);
    charts.setPeriod(CallChartsWidget::Period::Day);
    QCOMPARE(charts.stats().total, 3);
    auto *pie = qobject_cast<QPieSeries *>(charts.outcomeChart()->series().value(0));
    QVERIFY(pie);
    QCOMPARE(pie->count(), 3); // answered, callee problem, number problem
    auto *hours = qobject_cast<QBarSeries *>(charts.hourlyChart()->series().value(0));
    QVERIFY(hours);
    double sum = 0;
    for (int i = 0; i < hours->barSets().at(0)->count(); ++i)
        sum += hours->barSets().at(0)->at(i);
    QCOMPARE(sum, 3.0);
    QVERIFY(hours->barSets().at(0)->count() >= 24);
    auto *rates = qobject_cast<QBarSeries *>(charts.answerRateChart()->series().value(0));
    QVERIFY(rates);
    QCOMPARE(rates->barSets().at(0)->count(), 1);
    QCOMPARE(qRound(rates->barSets().at(0)->at(0)), 33);
    // Another profile has no calls.
    charts.setProfileId(42);
    QCOMPARE(charts.stats().total, 0);
    charts.setProfileId(std::nullopt);
    m_clock.advanceMs(qint64(3) * 24 * 3600 * 1000);
    charts.refresh();
    QCOMPARE(charts.stats().total, 0);
    charts.setPeriod(CallChartsWidget::Period::Week);
    QCOMPARE(charts.stats().total, 3);
}

void TestCallsWidgets::timeline()
{
    CallStartRecord s;
    s.devid = QStringLiteral("1");
    s.appid = QStringLiteral("a");
    s.taskid = QStringLiteral("a");
    s.subid = QStringLiteral("sub-a");
    s.caller = QStringLiteral("13800138000");
    s.rcaller = QStringLiteral("17000000001");
    s.callee = QStringLiteral("13900139000");
    s.callTime = m_clock.nowSecs() - 7201;
    QString error;
    QCOMPARE(m_store->storeCallStart(s, &error), CallStore::Stored::Inserted);
    CallTimelineWidget widget(*m_store);
    QCOMPARE(widget.view()->model()->rowCount(), 0);
    widget.setSubid(QStringLiteral("sub-a"));
    QCOMPARE(widget.view()->model()->rowCount(), 2);
    QCOMPARE(widget.model()->entry(0).kind, CallbackKind::CallStart);
    QVERIFY(!widget.view()
                 ->model()
                 ->index(1, CallTimelineModel::EventColumn)
                 .data(Qt::DecorationRole)
                 .isNull());
}

QTEST_MAIN(TestCallsWidgets)
#include "tst_callswidgets.moc"

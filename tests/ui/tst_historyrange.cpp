// Issue 14: the Bindings tab's "Created:" period under the real console window (offscreen):
// choosing a period pages history from the ledger (keyset pages, fetchMore) with the same
// columns, masking and reveal as live rows; rows created outside the period do not appear,
// rows inside do, whatever their state; QAbstractItemModelTester watches the BindingsModel,
// the filter and the masking proxy.
#include "consolefixture.h"
#include "ui/periodfilter.h"

#include <QDateEdit>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace pn;
using namespace pn::test;

namespace {

constexpr qint64 kDayMs = 86'400'000;

} // namespace

class TestHistoryRange : public QObject, public ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication(); }
    void init();
    void cleanup()
    {
        m_modelTester.reset();
        tearDownConsole();
    }

    void customRangePagesHistoryInsideOnly();
    void presetsAndSearchWithinThePeriod();
    void presetsFollowTheClockPastMidnight();

private:
    // A released binding created `daysAgo` days ago (ended an hour later), written straight
    // into the ledger as an old row is; returns its id.
    qint64 insertOld(int n, int daysAgo, const QString &state = QStringLiteral("released"));
    QSet<qint64> shownIds() const;
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date(); }

    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    qint64 m_live = 0;
};

void TestHistoryRange::init()
{
    setUpConsole();
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_window->bindingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_live = createDirect(QStringLiteral("13900001111"), QStringLiteral("13700001111"), 0);
    QVERIFY(m_live > 0);
}

qint64 TestHistoryRange::insertOld(int n, int daysAgo, const QString &state)
{
    const qint64 created = m_clock->nowMs() - qint64(daysAgo) * kDayMs;
    QSqlQuery q(m_console->ledger().database());
    q.prepare(QStringLiteral(
        "INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, record, display, "
        "user_data, state, subid, created_at, expires_at, released_at, updated_at, rev) "
        "VALUES (?, ?, 'app', ?, ?, ?, 3600, 0, '0,0', '', ?, ?, ?, ?, ?, ?, 1)"));
    q.addBindValue(m_console->currentProfile()->id);
    q.addBindValue(QStringLiteral("old-%1").arg(n));
    q.addBindValue(m_console->currentProfile()->xNumbers.at(0));
    q.addBindValue(QStringLiteral("1381234%1").arg(n, 4, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("1371234%1").arg(n, 4, 10, QLatin1Char('0')));
    q.addBindValue(state);
    q.addBindValue(QStringLiteral("subid-old-%1").arg(n));
    q.addBindValue(created);
    q.addBindValue(created + 3'600'000);
    q.addBindValue(state == QLatin1StringView("released") ? QVariant(created + 60'000)
                                                          : QVariant());
    q.addBindValue(created + 3'600'000);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QSet<qint64> TestHistoryRange::shownIds() const
{
    QSet<qint64> out;
    const QAbstractItemModel *view = m_window->bindingsTab()->view()->model();
    for (int r = 0; r < view->rowCount(); ++r)
        out.insert(view->index(r, 0).data(BindingsModel::IdRole).toLongLong());
    return out;
}

void TestHistoryRange::customRangePagesHistoryInsideOnly()
{
    // Inside [50, 30] days ago: 5 rows (released and expired); outside: 3 older, 2 newer.
    QSet<qint64> inside;
    QSet<qint64> outside;
    for (int i = 0; i < 5; ++i)
        inside.insert(insertOld(i, 32 + 4 * i,
                                i % 2 ? QStringLiteral("expired") : QStringLiteral("released")));
    for (int i = 5; i < 8; ++i)
        outside.insert(insertOld(i, 60 + i));
    for (int i = 8; i < 10; ++i)
        outside.insert(insertOld(i, 10 + i));
    QVERIFY(!inside.contains(0) && !outside.contains(0));
    BindingsModel *model = m_window->bindingsModel();
    model->reload();
    QTreeView *view = m_window->bindingsTab()->view();
    // The working set: only the live row; the history stays in the ledger.
    QTRY_COMPARE(shownIds(), QSet<qint64>({m_live}));
    for (qint64 id : inside)
        QCOMPARE(model->rowOfId(id), -1);

    // Small pages, so the range needs several fetchMore()s (the view asks when scrolled).
    model->setHistoryPageSize(2);
    m_window->bindingsTab()->periodFilter()->setCustomRange(today().addDays(-50),
                                                            today().addDays(-30));
    QTRY_VERIFY(!shownIds().isEmpty());
    for (int k = 0; k < 10 && model->canFetchMore(); ++k) {
        view->scrollToBottom();
        model->fetchMore();
    }
    QVERIFY(!model->canFetchMore());
    QTRY_COMPARE(shownIds(), inside);
    for (qint64 id : outside)
        QCOMPARE(model->rowOfId(id), -1); // not even read from the ledger
    // Same columns and masking as live rows; the reveal is audited.
    const QAbstractItemModel *shown = view->model();
    int row = -1;
    const qint64 first = *std::min_element(inside.begin(), inside.end());
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, 0).data(BindingsModel::IdRole).toLongLong() == first)
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(model->isHistoryRow(model->rowOfId(first)));
    const QModelIndex a = shown->index(row, BindingsModel::ColA);
    QCOMPARE(text(a), QStringLiteral("138****0000"));
    QCOMPARE(text(shown->index(row, BindingsModel::ColState)),
             RecordStates::displayName(RecordState::Released));
    QCOMPARE(text(shown->index(row, BindingsModel::ColSubid)), QStringLiteral("subid-old-0"));
    m_window->bindingsTab()->masking()->revealRow(a);
    QCOMPARE(text(a), QStringLiteral("13812340000"));
    bool audited = false;
    for (const AuditEntry &e : m_console->ledger().log().auditLog(10))
        audited = audited || e.action == QLatin1StringView("reveal-numbers");
    QVERIFY(audited);

    // A range around the live row shows it and none of the old ones.
    m_window->bindingsTab()->periodFilter()->setCustomRange(today(), today());
    QTRY_COMPARE(shownIds(), QSet<qint64>({m_live}));
    // Back to any time: the history rows leave, the working set stays.
    m_window->bindingsTab()->periodFilter()->setPeriod(PeriodFilter::AnyTime);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(shownIds(), QSet<qint64>({m_live}));
}

void TestHistoryRange::presetsAndSearchWithinThePeriod()
{
    const qint64 d20 = insertOld(1, 20);
    const qint64 d45 = insertOld(2, 45);
    const qint64 d200 = insertOld(3, 200);
    m_window->bindingsModel()->reload();
    QTRY_COMPARE(shownIds(), QSet<qint64>({m_live}));
    PeriodFilter *period = m_window->bindingsTab()->periodFilter();
    // Through the combo box, as a user picks it.
    auto *combo = m_window->bindingsTab()->findChild<QComboBox *>(QStringLiteral("periodCombo"));
    QVERIFY(combo && combo->isVisible());
    combo->setCurrentIndex(combo->findData(int(PeriodFilter::Last7Days)));
    QTRY_COMPARE(shownIds(), QSet<qint64>({m_live}));
    combo->setCurrentIndex(combo->findData(int(PeriodFilter::Last30Days)));
    QTRY_COMPARE(shownIds(), QSet<qint64>({m_live, d20}));
    combo->setCurrentIndex(combo->findData(int(PeriodFilter::Last90Days)));
    QTRY_COMPARE(shownIds(), QSet<qint64>({m_live, d20, d45}));
    combo->setCurrentIndex(combo->findData(int(PeriodFilter::Last365Days)));
    QTRY_COMPARE(shownIds(), QSet<qint64>({m_live, d20, d45, d200}));
    // The custom fields appear only for a custom range.
    auto *from = m_window->bindingsTab()->findChild<QDateEdit *>(QStringLiteral("periodFromEdit"));
    QVERIFY(from && !from->isVisible());
    combo->setCurrentIndex(combo->findData(int(PeriodFilter::Custom)));
    QVERIFY(from->isVisible());
    // A search inside the period: the number of the 200-day-old row finds nothing in the last
    // 90 days, and finds it in the last 365.
    combo->setCurrentIndex(combo->findData(int(PeriodFilter::Last90Days)));
    QTest::keyClicks(m_window->bindingsTab()->searchEdit(), QStringLiteral("13812340003"));
    QTRY_COMPARE(shownIds(), QSet<qint64>());
    period->setPeriod(PeriodFilter::Last365Days);
    QTRY_COMPARE(shownIds(), QSet<qint64>({d200}));
    // "Released" in the last 90 days without a search: only the ended rows in it.
    m_window->bindingsTab()->searchEdit()->clear();
    period->setPeriod(PeriodFilter::Last90Days);
    auto *state = m_window->bindingsTab()->findChild<QComboBox *>(QStringLiteral("stateCombo"));
    state->setCurrentIndex(state->findData(QStringLiteral("released")));
    QTRY_COMPARE(shownIds(), QSet<qint64>({d20, d45}));
}

void TestHistoryRange::presetsFollowTheClockPastMidnight()
{
    // A console left open overnight: "Today" and "Last 7 days" move to the new day by
    // themselves; "Any time" and a custom range do not move.
    const QDate day(2026, 3, 9);
    qint64 now = day.startOfDay().addMSecs(86'400'000 - 700).toMSecsSinceEpoch(); // 23:59:59.3
    PeriodFilter filter;
    filter.setNowFunction([&now] { return now; });
    QSignalSpy changed(&filter, &PeriodFilter::rangeChanged);
    filter.setPeriod(PeriodFilter::Today);
    QCOMPARE(filter.fromMs(), day.startOfDay().toMSecsSinceEpoch());
    QCOMPARE(changed.size(), 1);
    now += 1'000; // 00:00:00.3 of the next day
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5'000);
    QCOMPARE(filter.fromMs(), day.addDays(1).startOfDay().toMSecsSinceEpoch());
    filter.setPeriod(PeriodFilter::Last7Days);
    QCOMPARE(filter.fromMs(), day.addDays(-5).startOfDay().toMSecsSinceEpoch());
    filter.setPeriod(PeriodFilter::AnyTime);
    const qsizetype before = changed.size();
    now += 86'400'000;
    QTest::qWait(1'500);
    QCOMPARE(changed.size(), before);
    QVERIFY(!filter.fromMs());
}

QTEST_MAIN(TestHistoryRange)
#include "tst_historyrange.moc"

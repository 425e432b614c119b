#include "ui/callsarchivetab.h"

#include "callbacks/callbackreceiver.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "ui/callchartswidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <QValueAxis>
#include <cmath>

namespace pn {

namespace {

QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(new QChart(), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Whole-number ticks on a count axis (0, 1 for a maximum of 1; at most 6 ticks).
void integerTicks(QValueAxis *axis, double top)
{
    const int max = std::max(1, int(std::ceil(top)));
    const int step = std::max(1, (max + 4) / 5);
    axis->setRange(0, double(step * ((max + step - 1) / step)));
    axis->setTickCount((max + step - 1) / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString bucketLabel(qint64 secs, ArchiveStats::Granularity g)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs).toLocalTime();
    return t.toString(g == ArchiveStats::Granularity::Hour ? QStringLiteral("MM-dd HH:00")
                                                           : QStringLiteral("MM-dd"));
}

// Room for one x-axis label: "MM-dd HH:00" or "MM-dd".
int labelWidth(ArchiveStats::Granularity g)
{
    return g == ArchiveStats::Granularity::Hour ? 100 : 60;
}

// Shows a bar's value in a tool tip while the pointer is on it.
void showValuesOnHover(QBarSet *set, const QStringList &categories)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories](bool on, int index) {
        if (!on || index < 0 || index >= set->count()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2: %3")
                                               .arg(categories.value(index), set->label())
                                               .arg(set->at(index), 0, 'g', 6));
    });
}

QString priceKey(std::optional<qint64> profileId)
{
    return QStringLiteral("statistics/pricePerMinute/%1").arg(profileId ? *profileId : 0);
}

} // namespace

CallsArchiveTab::CallsArchiveTab(Ledger &ledger, CallStore &store, const Clock &clock,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_appidLabel(new QLabel(this))
    , m_appid(new QComboBox(this))
    , m_groupLabel(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_priceLabel(new QLabel(this))
    , m_price(new QDoubleSpinBox(this))
    , m_unusedLabel(new QLabel(this))
    , m_unusedDays(new QSpinBox(this))
    , m_refresh(new QPushButton(this))
    , m_png(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_pages(new QTabWidget(this))
    , m_charts(new CallChartsWidget(store, clock))
    , m_calls(makeView(nullptr))
    , m_bindings(makeView(nullptr))
    , m_poolPage(new QWidget)
    , m_poolSummary(new QLabel(m_poolPage))
    , m_pool(new QTableWidget(m_poolPage))
{
    setObjectName(QStringLiteral("statisticsTab"));
    m_period->setObjectName(QStringLiteral("statisticsPeriod"));
    m_group->setObjectName(QStringLiteral("statisticsGroup"));
    m_appid->setObjectName(QStringLiteral("statisticsAppid"));
    m_appid->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_charts->setLedger(&ledger);
    m_price->setObjectName(QStringLiteral("statisticsPrice"));
    m_pages->setObjectName(QStringLiteral("statisticsPages"));
    m_charts->setControlsVisible(false);
    m_price->setRange(0, 100);
    m_price->setDecimals(3);
    m_price->setSingleStep(0.01);
    m_unusedDays->setRange(1, 365);
    m_unusedDays->setValue(7);
    m_periodLabel->setBuddy(m_period);
    m_groupLabel->setBuddy(m_group);
    m_appidLabel->setBuddy(m_appid);
    m_priceLabel->setBuddy(m_price);
    m_unusedLabel->setBuddy(m_unusedDays);

    auto *top = new QHBoxLayout;
    top->addWidget(m_periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_appidLabel);
    top->addWidget(m_appid);
    top->addWidget(m_groupLabel);
    top->addWidget(m_group);
    top->addWidget(m_priceLabel);
    top->addWidget(m_price);
    top->addStretch(1);
    top->addWidget(m_refresh);
    top->addWidget(m_png);
    top->addWidget(m_csv);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *poolLayout = new QVBoxLayout(m_poolPage);
    auto *unusedRow = new QHBoxLayout;
    unusedRow->addWidget(m_unusedLabel);
    unusedRow->addWidget(m_unusedDays);
    unusedRow->addStretch(1);
    poolLayout->addLayout(unusedRow);
    m_poolSummary->setWordWrap(true);
    m_poolSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    poolLayout->addWidget(m_poolSummary);
    poolLayout->addWidget(m_pool, 1);
    m_pool->setColumnCount(4);
    m_pool->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pool->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pool->verticalHeader()->setVisible(false);
    m_pool->horizontalHeader()->setStretchLastSection(true);
    m_pool->setSortingEnabled(true);

    m_pages->addTab(m_charts, QString());
    m_pages->addTab(m_calls, QString());
    m_pages->addTab(m_bindings, QString());
    m_pages->addTab(m_poolPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_pages, 1);
    retranslate();
    m_period->setCurrentIndex(1);
    m_group->setCurrentIndex(1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &CallsArchiveTab::refresh);
    connect(m_group, &QComboBox::currentIndexChanged, this, &CallsArchiveTab::refresh);
    connect(m_appid, &QComboBox::currentIndexChanged, this, &CallsArchiveTab::refresh);
    connect(m_price, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        QSettings().setValue(priceKey(m_profileId), v);
        m_summary->setText(summaryText());
    });
    connect(m_unusedDays, &QSpinBox::valueChanged, this, &CallsArchiveTab::fillPool);
    connect(m_refresh, &QPushButton::clicked, this, &CallsArchiveTab::refresh);
    connect(m_png, &QPushButton::clicked, this, &CallsArchiveTab::choosePng);
    connect(m_csv, &QPushButton::clicked, this, &CallsArchiveTab::chooseCsv);
    refresh();
}

QChart *CallsArchiveTab::callsChart() const
{
    return m_calls->chart();
}

QChart *CallsArchiveTab::bindingsChart() const
{
    return m_bindings->chart();
}

void CallsArchiveTab::retranslate()
{
    auto fill = [](QComboBox *combo, const QList<QPair<QString, int>> &items, int fallback) {
        const int current = combo->currentIndex() >= 0 ? combo->currentIndex() : fallback;
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(current);
    };
    fill(m_period,
         {{tr("Last 24 hours"), int(Period::Day)},
          {tr("Last 7 days"), int(Period::Week)},
          {tr("Last 30 days"), int(Period::Month)},
          {tr("Last 365 days"), int(Period::Year)},
          {tr("All time"), int(Period::All)}},
         1);
    fill(m_group,
         {{tr("per hour"), int(ArchiveStats::Granularity::Hour)},
          {tr("per day"), int(ArchiveStats::Granularity::Day)},
          {tr("per week"), int(ArchiveStats::Granularity::Week)}},
         1);
    m_periodLabel->setText(tr("Period:"));
    m_groupLabel->setText(tr("Group:"));
    m_appidLabel->setText(tr("App ID:"));
    m_appid->setToolTip(tr("Figures of one appid only, or of every appid of the profile."));
    if (m_appid->count() > 0)
        m_appid->setItemText(0, tr("All"));
    m_priceLabel->setText(tr("Price per minute:"));
    m_price->setSuffix(tr(" yuan"));
    m_price->setToolTip(tr("What the platform charges per started talk minute, for the "
                           "estimated cost (kept per profile on this computer)."));
    m_unusedLabel->setText(tr("Unused for at least:"));
    m_unusedDays->setSuffix(tr(" days"));
    m_refresh->setText(tr("Refresh"));
    m_png->setText(tr("Export PNG…"));
    m_png->setToolTip(tr("Save the page shown as a picture."));
    m_csv->setText(tr("Export CSV…"));
    m_csv->setToolTip(tr("Save the figures of every period bucket as a CSV file."));
    m_pages->setTabText(0, tr("Outcomes"));
    m_pages->setTabText(1, tr("Calls and talk time"));
    m_pages->setTabText(2, tr("Bindings"));
    m_pages->setTabText(3, tr("Number pool"));
    m_pool->setHorizontalHeaderLabels(
        {tr("X number"), tr("Active bindings"), tr("Calls in period"), tr("Last call")});
}

void CallsArchiveTab::setProfile(std::optional<qint64> profileId, const QStringList &xNumbers)
{
    m_profileId = profileId;
    m_xNumbers = xNumbers;
    {
        const QSignalBlocker blocker(m_price);
        m_price->setValue(QSettings().value(priceKey(profileId), 0.0).toDouble());
    }
    m_charts->chooseProfile(profileId);
    refresh();
}

void CallsArchiveTab::setAppid(const QString &appid)
{
    fillAppids();
    int index = m_appid->findData(appid);
    if (index < 0 && !appid.isEmpty()) {
        m_appid->addItem(appid, appid);
        index = m_appid->count() - 1;
    }
    m_appid->setCurrentIndex(std::max(0, index));
}

QString CallsArchiveTab::appid() const
{
    return m_appid->currentData().toString();
}

// "All" and the appids with calls or bindings in the rollups of the chosen profile; the
// choice is kept when it is still there.
void CallsArchiveTab::fillAppids()
{
    const QString current = m_appid->currentData().toString();
    const QStringList appids = CallsArchive::appids(m_ledger.database(), m_profileId);
    QStringList shown;
    for (int i = 1; i < m_appid->count(); ++i)
        shown << m_appid->itemData(i).toString();
    if (m_appid->count() > 0 && shown == appids)
        return;
    const QSignalBlocker blocker(m_appid);
    m_appid->clear();
    m_appid->addItem(tr("All"), QString());
    for (const QString &a : appids)
        m_appid->addItem(a, a);
    m_appid->setCurrentIndex(std::max(0, m_appid->findData(current)));
}

void CallsArchiveTab::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void CallsArchiveTab::setGranularity(ArchiveStats::Granularity granularity)
{
    m_group->setCurrentIndex(m_group->findData(int(granularity)));
}

void CallsArchiveTab::setPricePerMinute(double yuan)
{
    m_price->setValue(yuan);
}

void CallsArchiveTab::connectReceiver(CallbackReceiver *receiver)
{
    // Not m_charts->connectReceiver(): refresh() below redraws the charts too, so connecting
    // both would read the calls twice per CDR.
    if (!receiver)
        return;
    connect(receiver, &CallbackReceiver::cdrReceived, this, [this](const CdrRecord &, bool dup) {
        if (dup || m_refreshQueued || !isVisible())
            return;
        m_refreshQueued = true;
        QTimer::singleShot(1000, this, [this] {
            m_refreshQueued = false;
            refresh();
        });
    });
}

ArchiveQuery CallsArchiveTab::query() const
{
    ArchiveQuery q;
    q.profileId = m_profileId;
    q.appid = m_appid->currentData().toString();
    q.granularity = ArchiveStats::Granularity(m_group->currentData().toInt());
    const qint64 now = m_clock.nowSecs();
    q.toSecs = now + 1;
    q.utcOffsetSecs = QDateTime::fromSecsSinceEpoch(now).offsetFromUtc();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Day:
        q.fromSecs = now - 24 * 3600;
        break;
    case Period::Week:
        q.fromSecs = now - 7 * 24 * 3600;
        break;
    case Period::Month:
        q.fromSecs = now - 30 * 24 * 3600;
        break;
    case Period::Year:
        q.fromSecs = now - 365 * 24 * 3600;
        break;
    case Period::All:
        q.fromSecs = 0;
        break;
    }
    // Hours over more than a month would be thousands of bars: days instead.
    if (q.granularity == ArchiveStats::Granularity::Hour && now - q.fromSecs > 31 * 86400)
        q.granularity = ArchiveStats::Granularity::Day;
    return q;
}

void CallsArchiveTab::refresh()
{
    if (!m_ledger.isAvailable()) { // a team server that is away: keep what is drawn
        m_summary->setText(tr("The team ledger is not reachable: these figures are from before "
                              "it went away."));
        return;
    }
    fillAppids();
    m_charts->setAppid(appid());
    const Period period = Period(m_period->currentData().toInt());
    const CallChartsWidget::Period charts =
        period == Period::Day     ? CallChartsWidget::Period::Day
        : period == Period::Week  ? CallChartsWidget::Period::Week
        : period == Period::Month ? CallChartsWidget::Period::Month
        : period == Period::Year  ? CallChartsWidget::Period::Year
                                  : CallChartsWidget::Period::All;
    m_charts->choosePeriod(charts);
    // One read of the ledger for both: the charts' hours of the day, outcomes and calls per X
    // come with this tab's buckets and pool. Up to a day the charts draw UTC hour by hour,
    // which they read themselves (24 hourly rows).
    ArchiveQuery q = query();
    q.hourOfDay = !m_charts->hourByHour();
    QString error;
    m_stats = CallsArchive::compute(m_ledger.database(), q, &error);
    if (q.hourOfDay)
        m_charts->showStats(CallsArchive::callStatsOf(m_stats, true));
    else
        m_charts->refresh();
    m_summary->setText(error.isEmpty() ? summaryText()
                                       : tr("Cannot read the statistics: %1").arg(error));
    drawCalls();
    drawBindings();
    fillPool();
}

QString CallsArchiveTab::summaryLabelText() const
{
    return m_summary->text();
}

QString CallsArchiveTab::summaryText() const
{
    if (m_stats.calls == 0)
        return tr("No calls in this period.");
    return tr("%n call(s), %1 answered (%2%), %3 talk minutes (%4 billed), estimated cost %5 yuan",
              nullptr, int(m_stats.calls))
        .arg(m_stats.answered)
        .arg(100.0 * m_stats.answerRate(), 0, 'f', 1)
        .arg(double(m_stats.talkSeconds) / 60.0, 0, 'f', 1)
        .arg(m_stats.billedMinutes)
        .arg(m_stats.estimatedCost(m_price->value()), 0, 'f', 2);
}

void CallsArchiveTab::drawCalls()
{
    const ArchiveStats::Granularity g = query().granularity;
    QChart *chart = m_calls->chart();
    clearChart(chart);
    chart->setTitle(g == ArchiveStats::Granularity::Hour  ? tr("Calls and talk minutes per hour")
                    : g == ArchiveStats::Granularity::Day ? tr("Calls and talk minutes per day")
                                                          : tr("Calls and talk minutes per week"));
    auto *calls = new QBarSet(tr("Calls"));
    auto *answered = new QBarSet(tr("Answered"));
    auto *minutes = new QLineSeries();
    minutes->setName(tr("Talk minutes"));
    QStringList categories;
    double top = 1, topMinutes = 1;
    for (int i = 0; i < m_stats.buckets.size(); ++i) {
        const ArchiveStats::Bucket &b = m_stats.buckets.at(i);
        *calls << double(b.calls);
        *answered << double(b.answered);
        const double m = double(b.talkSeconds) / 60.0;
        minutes->append(i, m);
        top = std::max(top, double(b.calls));
        topMinutes = std::max(topMinutes, m);
        categories << bucketLabel(b.startSecs, g);
    }
    showValuesOnHover(calls, categories);
    showValuesOnHover(answered, categories);
    auto *bars = new QBarSeries();
    bars->append(calls);
    bars->append(answered);
    chart->addSeries(bars);
    chart->addSeries(minutes);
    QAbstractAxis *x = CallChartsWidget::bucketAxis(
        categories, CallChartsWidget::labelsFor(m_calls->width() - 60, labelWidth(g)));
    auto *y = new QValueAxis();
    integerTicks(y, top);
    y->setTitleText(tr("Calls"));
    auto *y2 = new QValueAxis();
    y2->setRange(0, topMinutes);
    y2->setLabelFormat(QStringLiteral("%.1f"));
    y2->setTitleText(tr("Minutes"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(y2, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    minutes->attachAxis(x);
    minutes->attachAxis(y2);
    connect(minutes, &QLineSeries::hovered, minutes, [minutes](const QPointF &p, bool on) {
        if (on)
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1: %2").arg(minutes->name()).arg(p.y(), 0, 'f', 1));
        else
            QToolTip::hideText();
    });
}

void CallsArchiveTab::drawBindings()
{
    const ArchiveStats::Granularity g = query().granularity;
    QChart *chart = m_bindings->chart();
    clearChart(chart);
    chart->setTitle(tr("Bindings created, released and expired"));
    auto *created = new QBarSet(tr("Created"));
    auto *released = new QBarSet(tr("Released"));
    auto *expired = new QBarSet(tr("Expired"));
    QStringList categories;
    double top = 1;
    for (const ArchiveStats::Bucket &b : m_stats.buckets) {
        *created << double(b.bindingsCreated);
        *released << double(b.bindingsReleased);
        *expired << double(b.bindingsExpired);
        top = std::max({top, double(b.bindingsCreated), double(b.bindingsReleased),
                        double(b.bindingsExpired)});
        categories << bucketLabel(b.startSecs, g);
    }
    auto *series = new QBarSeries();
    for (QBarSet *set : {created, released, expired}) {
        showValuesOnHover(set, categories);
        series->append(set);
    }
    chart->addSeries(series);
    QAbstractAxis *x = CallChartsWidget::bucketAxis(
        categories, CallChartsWidget::labelsFor(m_bindings->width(), labelWidth(g)));
    auto *y = new QValueAxis();
    integerTicks(y, top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void CallsArchiveTab::fillPool()
{
    const bool sorting = m_pool->isSortingEnabled();
    m_pool->setSortingEnabled(false);
    QList<ArchiveStats::PoolX> pool = m_stats.pool;
    // The profile's X numbers without any call or binding are part of the pool too.
    for (const QString &x : m_xNumbers) {
        if (std::none_of(pool.cbegin(), pool.cend(), [&](const auto &p) { return p.x == x; }))
            pool << ArchiveStats::PoolX{x, 0, 0, 0};
    }
    m_pool->setRowCount(int(pool.size()));
    auto number = [](qint64 n) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::DisplayRole, n);
        return item;
    };
    for (int row = 0; row < pool.size(); ++row) {
        const ArchiveStats::PoolX &p = pool.at(row);
        m_pool->setItem(row, 0, new QTableWidgetItem(p.x));
        m_pool->setItem(row, 1, number(p.activeBindings));
        m_pool->setItem(row, 2, number(p.calls));
        m_pool->setItem(row, 3,
                        new QTableWidgetItem(p.lastCallSecs > 0
                                                 ? QDateTime::fromSecsSinceEpoch(p.lastCallSecs)
                                                       .toLocalTime()
                                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                 : tr("never")));
    }
    m_pool->setSortingEnabled(sorting);
    m_pool->resizeColumnsToContents();
    const qint64 since = m_clock.nowSecs() - qint64(m_unusedDays->value()) * 86400;
    QStringList unused;
    for (const ArchiveStats::PoolX &p : pool) {
        if (p.lastCallSecs < since && p.activeBindings == 0)
            unused << p.x;
    }
    qint64 active = 0;
    for (const ArchiveStats::PoolX &p : pool)
        active += p.activeBindings;
    QString text =
        tr("%n active binding(s) on %1 X number(s).", nullptr, int(active)).arg(pool.size());
    if (!pool.isEmpty() && pool.first().activeBindings > 0)
        text += u' ' +
                tr("Busiest: %1 (%2 active).").arg(pool.first().x).arg(pool.first().activeBindings);
    text += u' ' + (unused.isEmpty()
                        ? tr("Every X number had a call or a binding in the last %n day(s).",
                             nullptr, m_unusedDays->value())
                        : tr("Without a call or binding for %n day(s): %1.", nullptr,
                             m_unusedDays->value())
                              .arg(unused.join(QStringLiteral(", "))));
    m_poolSummary->setText(text);
}

bool CallsArchiveTab::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(CallsArchive::toCsv(m_stats, query().granularity, m_price->value()).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool CallsArchiveTab::exportPng(const QString &path, QString *error) const
{
    QWidget *page = m_pages->currentWidget();
    const QPixmap pixmap = page ? page->grab() : QPixmap();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void CallsArchiveTab::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export statistics"), QStringLiteral("statistics.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export statistics"), error);
}

void CallsArchiveTab::choosePng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QStringLiteral("statistics.png"), tr("PNG pictures (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void CallsArchiveTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace pn

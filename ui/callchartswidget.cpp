#include "ui/callchartswidget.h"

#include "callbacks/callbackreceiver.h"
#include "callbacks/callsarchive.h"
#include "core/clock.h"
#include "ledger/ledger.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

namespace pn {

namespace {

constexpr int MaxXBars = 12;

QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(new QChart(), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

CallChartsWidget::CallChartsWidget(CallStore &store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_periodCombo(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_outcomes(makeView(this))
    , m_hours(makeView(this))
    , m_rates(makeView(this))
{
    setObjectName(QStringLiteral("CallChartsWidget"));
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    fillPeriods();
    auto *top = new QHBoxLayout;
    top->addWidget(m_periodCombo);
    top->addWidget(m_refresh);
    top->addWidget(m_summary, 1);
    auto *grid = new QGridLayout(this);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addWidget(m_outcomes, 1, 0);
    grid->addWidget(m_rates, 1, 1);
    grid->addWidget(m_hours, 2, 0, 1, 2);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &CallChartsWidget::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &CallChartsWidget::refresh);
    refresh();
}

QChart *CallChartsWidget::outcomeChart() const
{
    return m_outcomes->chart();
}

QChart *CallChartsWidget::hourlyChart() const
{
    return m_hours->chart();
}

QChart *CallChartsWidget::answerRateChart() const
{
    return m_rates->chart();
}

void CallChartsWidget::fillPeriods()
{
    const int current = std::max(0, m_periodCombo->currentIndex());
    const QSignalBlocker blocker(m_periodCombo);
    m_periodCombo->clear();
    m_periodCombo->addItem(tr("Last 24 hours"), int(Period::Day));
    m_periodCombo->addItem(tr("Last 7 days"), int(Period::Week));
    m_periodCombo->addItem(tr("Last 30 days"), int(Period::Month));
    m_periodCombo->addItem(tr("Last 365 days"), int(Period::Year));
    m_periodCombo->addItem(tr("All time"), int(Period::All));
    m_periodCombo->setCurrentIndex(current);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Draw the charts again from the ledger's call records"));
}

void CallChartsWidget::setProfileId(std::optional<qint64> profileId)
{
    m_profileId = profileId;
    refresh();
}

void CallChartsWidget::setLedger(Ledger *ledger)
{
    m_ledger = ledger;
}

void CallChartsWidget::setAppid(const QString &appid)
{
    m_appid = appid;
}

void CallChartsWidget::setPeriod(Period period)
{
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(period)));
}

void CallChartsWidget::choosePeriod(Period period)
{
    const QSignalBlocker blocker(m_periodCombo);
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(period)));
}

bool CallChartsWidget::hourByHour() const
{
    return isDayPeriod(filter());
}

void CallChartsWidget::setControlsVisible(bool visible)
{
    m_periodCombo->setVisible(visible);
    m_refresh->setVisible(visible);
}

CallChartsWidget::Period CallChartsWidget::period() const
{
    return Period(m_periodCombo->currentData().toInt());
}

void CallChartsWidget::connectReceiver(CallbackReceiver *receiver)
{
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

CallFilter CallChartsWidget::filter() const
{
    CallFilter f;
    f.profileId = m_profileId;
    const qint64 now = m_clock.nowSecs();
    switch (period()) {
    case Period::Day:
        f.fromSecs = now - 24 * 3600;
        break;
    case Period::Week:
        f.fromSecs = now - 7 * 24 * 3600;
        break;
    case Period::Month:
        f.fromSecs = now - 30 * 24 * 3600;
        break;
    case Period::Year:
        f.fromSecs = now - 365 * 24 * 3600;
        break;
    case Period::All:
        break;
    }
    if (f.fromSecs)
        f.toSecs = now + 3600;
    return f;
}

void CallChartsWidget::refresh()
{
    if (m_ledger && !m_ledger->isAvailable())
        return; // a team server that is away: keep what is drawn
    const CallFilter f = filter();
    if (m_ledger) {
        ArchiveQuery q;
        q.profileId = f.profileId;
        q.appid = m_appid;
        q.fromSecs = f.fromSecs.value_or(0);
        q.toSecs = f.toSecs.value_or(m_clock.nowSecs() + 3600);
        if (!isDayPeriod(f)) { // the hour-of-day chart: 24 sums straight from SQL
            q.granularity = ArchiveStats::Granularity::HourOfDay;
            q.utcOffsetSecs = QDateTime::fromSecsSinceEpoch(m_clock.nowSecs()).offsetFromUtc();
        }
        m_stats = CallsArchive::callStats(m_ledger->database(), q);
        m_hourOfDay = !isDayPeriod(f);
    } else {
        m_stats = m_store.stats(f);
        m_hourOfDay = false;
    }
    draw(f);
}

void CallChartsWidget::showStats(const CallStats &stats)
{
    const CallFilter f = filter();
    m_stats = stats;
    m_hourOfDay = !isDayPeriod(f);
    draw(f);
}

void CallChartsWidget::draw(const CallFilter &f)
{
    qint64 answered = m_stats.byOutcome.value(CallResultCatalog::Outcome::Answered);
    m_summary->setText(m_stats.total == 0
                           ? tr("No calls in this period.")
                           : tr("%1 calls, %2 answered (%3%)")
                                 .arg(m_stats.total)
                                 .arg(answered)
                                 .arg(100.0 * double(answered) / double(m_stats.total), 0, 'f', 1));
    drawOutcomes();
    drawHours(f);
    drawAnswerRates();
}

void CallChartsWidget::drawOutcomes()
{
    QChart *chart = m_outcomes->chart();
    clearChart(chart);
    chart->setTitle(tr("Outcomes by class"));
    auto *series = new QPieSeries();
    for (CallResultCatalog::Outcome o : CallResultCatalog::outcomes()) {
        const qint64 n = m_stats.byOutcome.value(o);
        if (n > 0)
            series->append(QStringLiteral("%1 (%2)").arg(CallResultCatalog::outcomeName(o)).arg(n),
                           double(n));
    }
    chart->addSeries(series);
}

QAbstractAxis *CallChartsWidget::bucketAxis(const QStringList &labels, int maxLabels,
                                            const QStringList &prefixes)
{
    auto *axis = new QCategoryAxis();
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype n = labels.size();
    const qsizetype step =
        std::max<qsizetype>(1, (n + std::max(1, maxLabels) - 1) / std::max(1, maxLabels));
    QSet<QString> used;
    for (qsizetype i = 0; i < n; i += step) {
        QString label = labels.at(i);
        if (used.contains(label) && i < prefixes.size())
            label = prefixes.at(i) + u' ' + label;
        if (used.contains(label))
            continue; // QCategoryAxis needs unique labels
        used.insert(label);
        axis->append(label, double(i));
    }
    axis->setRange(-0.5, double(std::max<qsizetype>(n, 1)) - 0.5);
    axis->setGridLineVisible(false);
    return axis;
}

bool CallChartsWidget::isDayPeriod(const CallFilter &f)
{
    return f.fromSecs && f.toSecs && *f.toSecs - *f.fromSecs <= 26 * 3600;
}

int CallChartsWidget::labelsFor(int widthPixels, int labelPixels)
{
    return std::max(2, (widthPixels - 80) / std::max(1, labelPixels));
}

void CallChartsWidget::drawHours(const CallFilter &f)
{
    QChart *chart = m_hours->chart();
    clearChart(chart);
    auto *set = new QBarSet(tr("Calls"));
    QStringList categories, prefixes;
    qint64 top = 0;
    if (isDayPeriod(f)) {
        // The last 24 hours, hour by hour (empty hours too).
        chart->setTitle(tr("Calls per hour"));
        QMap<qint64, qint64> hours = m_stats.perHour;
        for (qint64 h = (*f.fromSecs / 3600) * 3600; h < *f.toSecs; h += 3600)
            hours.insert(h, hours.value(h));
        for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
            *set << double(it.value());
            top = std::max(top, it.value());
            const QDateTime t = QDateTime::fromSecsSinceEpoch(it.key()).toLocalTime();
            categories << t.toString(QStringLiteral("HH:00"));
            prefixes << t.toString(QStringLiteral("MM-dd"));
        }
    } else {
        // Longer periods: when in the day calls come, summed per local hour of day.
        chart->setTitle(tr("Calls by hour of day"));
        QList<qint64> byHour(24, 0);
        for (auto it = m_stats.perHour.cbegin(); it != m_stats.perHour.cend(); ++it) {
            const int hour =
                m_hourOfDay ? int(it.key() / 3600) % 24
                            : QDateTime::fromSecsSinceEpoch(it.key()).toLocalTime().time().hour();
            byHour[hour] += it.value();
        }
        for (int h = 0; h < 24; ++h) {
            *set << double(byHour.at(h));
            top = std::max(top, byHour.at(h));
            categories << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        }
    }
    auto *series = new QBarSeries();
    series->append(set);
    chart->addSeries(series);
    QAbstractAxis *x = bucketAxis(categories, labelsFor(m_hours->width(), 56), prefixes);
    auto *y = new QValueAxis();
    y->setRange(0, double(std::max<qint64>(top, 1)));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(int(std::min<qint64>(std::max<qint64>(top, 1), 5)) + 1); // whole numbers
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
}

void CallChartsWidget::drawAnswerRates()
{
    QChart *chart = m_rates->chart();
    clearChart(chart);
    chart->setTitle(tr("Answer rate per X number"));
    auto *set = new QBarSet(tr("Answered %"));
    QStringList categories;
    const QList<CallStats::PerX> shown = m_stats.perX.mid(0, MaxXBars);
    // The X numbers by their last four digits ("…5678"), which fit under a bar; in full when
    // two shown share them. The tooltip has every figure.
    QSet<QString> tails, twice;
    for (const CallStats::PerX &x : shown) {
        const QString tail = x.x.right(4);
        if (tails.contains(tail))
            twice.insert(tail);
        tails.insert(tail);
    }
    QStringList full;
    for (const CallStats::PerX &x : shown) {
        *set << 100.0 * x.answerRate();
        const QString tail = x.x.right(4);
        categories << (x.x.size() > 4 && !twice.contains(tail) ? QStringLiteral("…") + tail : x.x);
        full << tr("%1: %2 of %n call(s) answered", nullptr, int(x.total)).arg(x.x).arg(x.answered);
    }
    connect(set, &QBarSet::hovered, set, [full](bool on, int index) {
        if (on && index >= 0 && index < full.size())
            QToolTip::showText(QCursor::pos(), full.at(index));
        else
            QToolTip::hideText();
    });
    auto *series = new QBarSeries();
    series->append(set);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis();
    axisX->append(categories);
    auto *axisY = new QValueAxis();
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setVisible(false);
}

void CallChartsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillPeriods();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace pn

#include "ui/periodfilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace pn {

namespace {

qint64 startOfDayMs(QDate day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace

PeriodFilter::PeriodFilter(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("periodCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(6); // the window must fit 1024 px at its narrowest
    m_caption->setBuddy(m_combo);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("periodFromEdit"));
    m_dash = new QLabel(QStringLiteral("–"), this);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("periodToEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->hide();
    }
    m_dash->hide();
    layout->addWidget(m_caption);
    layout->addWidget(m_combo);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_dash);
    layout->addWidget(m_toEdit);
    fillPeriods();
    retranslate();
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &PeriodFilter::recompute);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = period() == Custom;
        if (custom) {
            // Start from today (the clock's), one week back.
            const QDate today = QDateTime::fromMSecsSinceEpoch(m_now()).date();
            const QSignalBlocker a(m_fromEdit);
            const QSignalBlocker b(m_toEdit);
            m_fromEdit->setDate(today.addDays(-6));
            m_toEdit->setDate(today);
        }
        for (QWidget *w : std::initializer_list<QWidget *>{m_fromEdit, m_dash, m_toEdit})
            w->setVisible(custom);
        recompute();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this](QDate from) {
        if (from > m_toEdit->date()) {
            const QSignalBlocker block(m_toEdit);
            m_toEdit->setDate(from);
        }
        recompute();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this](QDate to) {
        if (to < m_fromEdit->date()) {
            const QSignalBlocker block(m_fromEdit);
            m_fromEdit->setDate(to);
        }
        recompute();
    });
}

void PeriodFilter::setNowFunction(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void PeriodFilter::setTexts(std::function<QString()> caption, std::function<QString()> toolTip)
{
    m_captionText = std::move(caption);
    m_toolTipText = std::move(toolTip);
    retranslate();
}

PeriodFilter::Period PeriodFilter::period() const
{
    return Period(qMax(0, m_combo->currentData().toInt()));
}

void PeriodFilter::setPeriod(Period period)
{
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(int(period))));
}

void PeriodFilter::setCustomRange(QDate from, QDate to)
{
    {
        const QSignalBlocker c(m_combo);
        const QSignalBlocker a(m_fromEdit);
        const QSignalBlocker b(m_toEdit);
        setPeriod(Custom);
        m_fromEdit->setDate(qMin(from, to));
        m_toEdit->setDate(qMax(from, to));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromEdit, m_dash, m_toEdit})
        w->show();
    recompute();
}

void PeriodFilter::armMidnight()
{
    // Checked again at the clock's next midnight, and at least every minute (a suspended
    // computer's timers run late, a test's clock jumps).
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_now());
    const qint64 untilMidnight = now.msecsTo(now.date().addDays(1).startOfDay());
    m_midnight.start(int(qBound(qint64(100), qint64(untilMidnight + 200), qint64(60000))));
}

void PeriodFilter::recompute()
{
    std::optional<qint64> from;
    std::optional<qint64> to;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now()).date();
    if (period() == AnyTime || period() == Custom)
        m_midnight.stop();
    else
        armMidnight();
    switch (period()) {
    case AnyTime:
        break;
    case Today:
        from = startOfDayMs(today);
        break;
    case Last7Days:
        from = startOfDayMs(today.addDays(-6));
        break;
    case Last30Days:
        from = startOfDayMs(today.addDays(-29));
        break;
    case Last90Days:
        from = startOfDayMs(today.addDays(-89));
        break;
    case Last365Days:
        from = startOfDayMs(today.addDays(-364));
        break;
    case Custom:
        from = startOfDayMs(m_fromEdit->date());
        to = startOfDayMs(m_toEdit->date().addDays(1));
        break;
    }
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    Q_EMIT rangeChanged();
}

void PeriodFilter::fillPeriods()
{
    const QSignalBlocker block(m_combo);
    const int current = m_combo->currentIndex();
    m_combo->clear();
    m_combo->addItem(tr("Any time"), int(AnyTime));
    m_combo->addItem(tr("Today"), int(Today));
    m_combo->addItem(tr("Last 7 days"), int(Last7Days));
    m_combo->addItem(tr("Last 30 days"), int(Last30Days));
    m_combo->addItem(tr("Last 90 days"), int(Last90Days));
    m_combo->addItem(tr("Last 365 days"), int(Last365Days));
    m_combo->addItem(tr("Custom range…"), int(Custom));
    m_combo->setCurrentIndex(qMax(0, current));
}

void PeriodFilter::retranslate()
{
    m_caption->setText(m_captionText ? m_captionText() : tr("Created:"));
    const QString tip = m_toolTipText ? m_toolTipText()
                                      : tr("Only bindings created in this period. Older history "
                                           "is read from the ledger page by page as you scroll.");
    m_combo->setToolTip(tip);
    m_fromEdit->setToolTip(tr("First day (included)"));
    m_toEdit->setToolTip(tr("Last day (included)"));
}

void PeriodFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillPeriods();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pn

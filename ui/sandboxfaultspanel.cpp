#include "ui/sandboxfaultspanel.h"

#include "sandbox/sandboxplatform.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace pn {

SandboxFaultsPanel::SandboxFaultsPanel(SandboxPlatform &sandbox, QWidget *parent)
    : QWidget(parent)
    , m_sandbox(sandbox)
    , m_maintenance(new QCheckBox(this))
    , m_unauthorizedEvery(new QSpinBox(this))
    , m_rateLimit(new QDoubleSpinBox(this))
    , m_failEvery(new QSpinBox(this))
    , m_dropEvery(new QSpinBox(this))
    , m_badJsonEvery(new QSpinBox(this))
    , m_delayMs(new QSpinBox(this))
    , m_intro(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("sandboxFaultsPanel"));
    m_maintenance->setObjectName(QStringLiteral("maintenanceCheck"));
    m_unauthorizedEvery->setObjectName(QStringLiteral("unauthorizedEverySpin"));
    m_rateLimit->setObjectName(QStringLiteral("rateLimitSpin"));
    m_failEvery->setObjectName(QStringLiteral("failEverySpin"));
    m_dropEvery->setObjectName(QStringLiteral("dropAfterCommitEverySpin"));
    m_badJsonEvery->setObjectName(QStringLiteral("badJsonEverySpin"));
    m_delayMs->setObjectName(QStringLiteral("delayMsSpin"));
    for (QSpinBox *spin : {m_unauthorizedEvery, m_failEvery, m_dropEvery, m_badJsonEvery})
        spin->setRange(0, 1000);
    m_delayMs->setRange(0, 60'000);
    m_delayMs->setSingleStep(250);
    m_rateLimit->setRange(0, 10'000);
    m_rateLimit->setDecimals(1);
    m_intro->setWordWrap(true);

    // Each fault: its caption across the whole panel (it wraps there, in full lines), under it
    // the control and how often it fired. The panel's minimum width is that of the widest
    // control row, so the dock never needs a horizontal scroll.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    const QList<QWidget *> fields = {m_maintenance, m_unauthorizedEvery, m_rateLimit, m_failEvery,
                                     m_dropEvery,   m_badJsonEvery,      m_delayMs};
    static const char *const countNames[] = {
        "maintenanceCount", "unauthorizedCount", "rateLimitedCount", "failedCount",
        "droppedCount",     "badJsonCount",      "delayedCount"};
    for (int i = 0; i < fields.size(); ++i) {
        auto *caption = new QLabel(this);
        caption->setWordWrap(true);
        caption->setBuddy(fields[i]);
        auto *count = new QLabel(this);
        count->setObjectName(QString::fromLatin1(countNames[i]));
        m_captions << caption;
        m_counts << count;
        auto *row = new QHBoxLayout;
        row->setSpacing(12);
        row->addWidget(fields[i]);
        row->addWidget(count, 1);
        layout->addWidget(caption);
        layout->addLayout(row);
        if (i + 1 < fields.size())
            layout->addSpacing(8);
    }
    layout->addStretch(1);

    connect(m_maintenance, &QCheckBox::toggled, this, &SandboxFaultsPanel::apply);
    for (QSpinBox *spin :
         {m_unauthorizedEvery, m_failEvery, m_dropEvery, m_badJsonEvery, m_delayMs})
        connect(spin, &QSpinBox::valueChanged, this, &SandboxFaultsPanel::apply);
    connect(m_rateLimit, &QDoubleSpinBox::valueChanged, this, &SandboxFaultsPanel::apply);
    // Faults set elsewhere (the /sandbox/ admin API, tests) show here too.
    connect(&m_sandbox, &SandboxPlatform::faultsChanged, this,
            [this] { showFaults(m_sandbox.faults()); });
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &SandboxFaultsPanel::refreshCounts);
    m_timer->start();
    showFaults(m_sandbox.faults());
    retranslate();
}

SandboxFaultsPanel *SandboxFaultsPanel::install(QMainWindow *window, QMenu *viewMenu,
                                                SandboxPlatform &sandbox)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(QStringLiteral("sandboxFaultsDock"));
    // In a scroll area: it gives the wrapped captions the height they need at the dock's width
    // (a dock alone does not, and the wrapped Chinese captions were drawn over each other);
    // a short dock scrolls instead.
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(QStringLiteral("sandboxFaultsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The panel is never narrower than its controls (see its layout): no sideways scrolling.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *panel = new SandboxFaultsPanel(sandbox, scroll);
    panel->m_dock = dock;
    scroll->setWidget(panel);
    panel->m_scroll = scroll;
    panel->fitScroll();
    dock->setWidget(scroll);
    dock->setWindowTitle(tr("Sandbox faults"));
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    // A tab beside the account panel: the whole height of the dock area, and the width the
    // panel needs (it shared the area with the account panel and opened short and narrow).
    if (auto *account = window->findChild<QDockWidget *>(QStringLiteral("accountDock"));
        account && window->dockWidgetArea(account) == Qt::RightDockWidgetArea)
        window->tabifyDockWidget(account, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionSandboxFaults"));
    viewMenu->addAction(toggle);
    // Shown from the View menu: in front of its tab.
    QObject::connect(toggle, &QAction::triggered, dock, [dock](bool on) {
        if (on)
            dock->raise();
    });
    return panel;
}

QSize SandboxFaultsPanel::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    const int narrow = qMax(minimumSizeHint().width(), fontMetrics().averageCharWidth() * 44);
    if (hint.width() > narrow) {
        hint.setWidth(narrow);
        if (layout() && layout()->hasHeightForWidth())
            hint.setHeight(layout()->totalHeightForWidth(narrow));
    }
    return hint;
}

SandboxFaults SandboxFaultsPanel::faults() const
{
    SandboxFaults f;
    f.maintenance = m_maintenance->isChecked();
    f.unauthorizedEvery = m_unauthorizedEvery->value();
    f.rateLimit = m_rateLimit->value();
    f.failEvery = m_failEvery->value();
    f.dropAfterCommitEvery = m_dropEvery->value();
    f.badJsonEvery = m_badJsonEvery->value();
    f.delayMs = m_delayMs->value();
    return f;
}

void SandboxFaultsPanel::showFaults(const SandboxFaults &f)
{
    m_showing = true;
    m_maintenance->setChecked(f.maintenance);
    m_unauthorizedEvery->setValue(f.unauthorizedEvery);
    m_rateLimit->setValue(f.rateLimit);
    m_failEvery->setValue(f.failEvery);
    m_dropEvery->setValue(f.dropAfterCommitEvery);
    m_badJsonEvery->setValue(f.badJsonEvery);
    m_delayMs->setValue(f.delayMs);
    m_showing = false;
}

void SandboxFaultsPanel::apply()
{
    if (m_showing)
        return;
    const SandboxFaults f = faults();
    if (!(f == m_sandbox.faults()))
        m_sandbox.setFaults(f);
}

void SandboxFaultsPanel::refreshCounts()
{
    const SandboxFaultCounts c = m_sandbox.faultCounts();
    const qint64 values[] = {c.maintenance, c.unauthorized, c.rateLimited, c.failed,
                             c.dropped,     c.badJson,      c.delayed};
    for (int i = 0; i < m_counts.size(); ++i)
        m_counts[i]->setText(tr("fired %n time(s)", nullptr, int(values[i])));
}

void SandboxFaultsPanel::retranslate()
{
    m_intro->setText(tr("Faults of the built-in sandbox platform, applied at once (0 = off). "
                        "Every subid must survive them: compare the ledger with the sandbox "
                        "afterwards."));
    const QStringList captions = {
        tr("Maintenance: every request answers 1501"),
        tr("Every Nth request answers HTTP 401"),
        tr("Rate limit (requests per second; over it → 1105)"),
        tr("Every Nth request answers 1500 (temporary failure)"),
        tr("Every Nth create or release is committed, then the answer is dropped"),
        tr("Every Nth answer is malformed JSON (after commit)"),
        tr("Every answer waits (ms)")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions[i]->setText(captions.value(i));
    m_maintenance->setText(tr("on"));
    m_delayMs->setSuffix(tr(" ms"));
    m_rateLimit->setSpecialValueText(tr("no limit"));
    for (QSpinBox *spin : {m_unauthorizedEvery, m_failEvery, m_dropEvery, m_badJsonEvery})
        spin->setSpecialValueText(tr("off"));
    m_delayMs->setSpecialValueText(tr("off"));
    if (m_dock)
        m_dock->setWindowTitle(tr("Sandbox faults"));
    refreshCounts();
    // The controls in one column, the counters beside them with room for large counts.
    int fieldWidth = 0;
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_maintenance, m_unauthorizedEvery, m_rateLimit,
                                          m_failEvery, m_dropEvery, m_badJsonEvery, m_delayMs}) {
        field->setMinimumWidth(0);
        fieldWidth = qMax(fieldWidth, field->sizeHint().width());
    }
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_maintenance, m_unauthorizedEvery, m_rateLimit,
                                          m_failEvery, m_dropEvery, m_badJsonEvery, m_delayMs})
        field->setMinimumWidth(fieldWidth);
    for (QLabel *count : std::as_const(m_counts))
        count->setMinimumWidth(
            count->fontMetrics().horizontalAdvance(tr("fired %n time(s)", nullptr, 999999)));
    fitScroll();
}

void SandboxFaultsPanel::fitScroll()
{
    if (!m_scroll || !layout())
        return;
    layout()->activate();
    m_scroll->setMinimumWidth(minimumSizeHint().width() +
                              m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

void SandboxFaultsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pn

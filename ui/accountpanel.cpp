#include "ui/accountpanel.h"
#include "ui_accountpanel.h"

#include "core/clock.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>

namespace pn {

AccountPanel::AccountPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::AccountPanel>())
{
    m_ui->setupUi(this);
    m_soonTimer = new QTimer(this);
    m_soonTimer->setSingleShot(true);
    m_soonTimer->setInterval(500);
    connect(m_soonTimer, &QTimer::timeout, this, &AccountPanel::refreshRequested);
    m_autoTimer = new QTimer(this);
    connect(m_autoTimer, &QTimer::timeout, this, &AccountPanel::refreshRequested);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AccountPanel::refreshRequested);
    fillAutoRefresh();
    connect(m_ui->autoRefreshCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int secs = autoRefreshSeconds();
        if (secs > 0)
            m_autoTimer->start(secs * 1000);
        else
            m_autoTimer->stop();
        Q_EMIT autoRefreshChanged(secs);
    });
    render();
}

AccountPanel::~AccountPanel() = default;

void AccountPanel::fillAutoRefresh()
{
    const int current = m_ui->autoRefreshCombo->count() ? autoRefreshSeconds() : 0;
    const QSignalBlocker block(m_ui->autoRefreshCombo);
    m_ui->autoRefreshCombo->clear();
    m_ui->autoRefreshCombo->addItem(tr("Off"), 0);
    m_ui->autoRefreshCombo->addItem(tr("Every minute"), 60);
    m_ui->autoRefreshCombo->addItem(tr("Every 5 minutes"), 300);
    m_ui->autoRefreshCombo->addItem(tr("Every 15 minutes"), 900);
    const int idx = m_ui->autoRefreshCombo->findData(current);
    m_ui->autoRefreshCombo->setCurrentIndex(idx < 0 ? 0 : idx);
}

void AccountPanel::refreshSoon()
{
    m_soonTimer->start();
}

int AccountPanel::autoRefreshSeconds() const
{
    return m_ui->autoRefreshCombo->currentData().toInt();
}

void AccountPanel::setAutoRefreshSeconds(int seconds)
{
    int idx = m_ui->autoRefreshCombo->findData(seconds);
    if (idx < 0) {
        m_ui->autoRefreshCombo->addItem(tr("Every %n second(s)", nullptr, seconds), seconds);
        idx = m_ui->autoRefreshCombo->count() - 1;
    }
    m_ui->autoRefreshCombo->setCurrentIndex(idx);
}

void AccountPanel::setStatus(const AccountStatus &status)
{
    m_status = status;
    m_fetchedAtMs = m_clock.nowMs();
    m_failure.clear();
    render();
}

void AccountPanel::setFailure(const QString &message)
{
    m_failure = message;
    render();
}

void AccountPanel::setThreshold(double yuan)
{
    m_threshold = yuan;
    render();
}

void AccountPanel::setBusy(bool busy)
{
    m_ui->refreshButton->setEnabled(!busy);
    m_ui->refreshButton->setText(busy ? tr("Refreshing…") : tr("Refresh"));
}

void AccountPanel::clear()
{
    m_status.reset();
    m_failure.clear();
    m_fetchedAtMs = 0;
    render();
}

QString AccountPanel::warningText() const
{
    return m_warning;
}

QString AccountPanel::stateName(int state)
{
    switch (state) {
    case int(AccountState::Trial):
        return tr("Trial");
    case int(AccountState::Active):
        return tr("Active");
    case int(AccountState::Suspended):
        return tr("Suspended");
    case int(AccountState::Closed):
        return tr("Closed");
    default:
        return tr("Unknown state %1").arg(state);
    }
}

QString AccountPanel::roleName(const QString &role)
{
    // The spec names the field ("role / identity", 身份) but not its values: the ones seen are
    // put in words; anything else is shown as the platform sent it, marked as such.
    const QString r = role.trimmed().toLower();
    if (r == QLatin1StringView("developer") || r == QLatin1StringView("dev"))
        return tr("Developer");
    if (r == QLatin1StringView("admin") || r == QLatin1StringView("administrator"))
        return tr("Administrator");
    if (r == QLatin1StringView("enterprise") || r == QLatin1StringView("company"))
        return tr("Enterprise");
    if (r == QLatin1StringView("personal") || r == QLatin1StringView("individual"))
        return tr("Individual");
    if (r == QLatin1StringView("reseller") || r == QLatin1StringView("agent"))
        return tr("Reseller");
    if (r == QLatin1StringView("trial") || r == QLatin1StringView("test"))
        return tr("Trial user");
    return tr("%1 (not a role this console knows)").arg(role);
}

QString AccountPanel::money(std::optional<double> yuan) const
{
    if (!yuan)
        return QStringLiteral("—");
    return tr("¥%1").arg(locale().toString(*yuan, 'f', 2));
}

QString AccountPanel::localTime(std::optional<qint64> ms) const
{
    if (!ms || *ms <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime(),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void AccountPanel::render()
{
    const QString dash = QStringLiteral("—");
    m_ui->thresholdValue->setText(m_threshold > 0 ? money(m_threshold) : tr("not set"));
    QStringList warnings;
    if (m_status) {
        const AccountStatus &s = *m_status;
        m_ui->stateValue->setText(s.state ? stateName(*s.state) : dash);
        m_ui->roleValue->setText(s.role.isEmpty() ? dash : roleName(s.role));
        m_ui->roleValue->setToolTip(s.role.isEmpty() ? QString()
                                                     : tr("The platform says: %1").arg(s.role));
        m_ui->balanceValue->setText(money(s.balance));
        m_ui->overdraftValue->setText(money(s.overdraft));
        std::optional<double> available;
        if (s.balance)
            available = *s.balance + s.overdraft.value_or(0.0);
        m_ui->availableValue->setText(money(available));
        m_ui->createdValue->setText(localTime(s.createTimeMs));
        m_ui->updatedValue->setText(localTime(s.updateTimeMs));
        m_ui->fetchedValue->setText(localTime(m_fetchedAtMs));
        if (s.state && *s.state != int(AccountState::Active)) {
            if (*s.state == int(AccountState::Trial))
                warnings << tr("The account is on trial: the platform may limit what it does.");
            else
                warnings << tr("The account is %1: new bindings will be refused.")
                                .arg(stateName(*s.state).toLower());
        }
        if (available && m_threshold > 0 && *available < m_threshold)
            warnings << tr("Available funds %1 are below the warning threshold %2.")
                            .arg(money(available), money(m_threshold));
    } else {
        for (QLabel *l :
             {m_ui->stateValue, m_ui->roleValue, m_ui->balanceValue, m_ui->overdraftValue,
              m_ui->availableValue, m_ui->createdValue, m_ui->updatedValue, m_ui->fetchedValue})
            l->setText(dash);
    }
    const QString warning = warnings.join(u'\n');
    m_ui->warningLabel->setText(warning);
    m_ui->warningLabel->setVisible(!warning.isEmpty());
    m_ui->errorLabel->setText(m_failure.isEmpty() ? QString()
                                                  : tr("Refresh failed: %1").arg(m_failure));
    m_ui->errorLabel->setVisible(!m_failure.isEmpty());
    if (warning != m_warning) {
        m_warning = warning;
        Q_EMIT warningChanged(m_warning);
    }
}

void AccountPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillAutoRefresh();
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace pn

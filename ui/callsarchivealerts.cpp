#include "ui/callsarchivealerts.h"

#include "callbacks/recordings.h"
#include "core/clock.h"
#include "ledger/ledger.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace pn {

namespace {

QString key(qint64 profileId, const char *name)
{
    return QStringLiteral("alerts/%1/%2").arg(profileId).arg(QLatin1StringView(name));
}

} // namespace

AlertSettings AlertSettings::load(qint64 profileId)
{
    const QSettings s;
    AlertSettings a;
    a.pendingEnabled = s.value(key(profileId, "pendingEnabled"), a.pendingEnabled).toBool();
    a.pendingMinutes = s.value(key(profileId, "pendingMinutes"), a.pendingMinutes).toInt();
    a.rejectedEnabled = s.value(key(profileId, "rejectedEnabled"), a.rejectedEnabled).toBool();
    a.rejectedCount = s.value(key(profileId, "rejectedCount"), a.rejectedCount).toInt();
    a.rejectedMinutes = s.value(key(profileId, "rejectedMinutes"), a.rejectedMinutes).toInt();
    a.silenceEnabled = s.value(key(profileId, "silenceEnabled"), a.silenceEnabled).toBool();
    a.silenceHours = s.value(key(profileId, "silenceHours"), a.silenceHours).toInt();
    a.recordingEnabled = s.value(key(profileId, "recordingEnabled"), a.recordingEnabled).toBool();
    a.expiringEnabled = s.value(key(profileId, "expiringEnabled"), a.expiringEnabled).toBool();
    a.expiringMinutes = s.value(key(profileId, "expiringMinutes"), a.expiringMinutes).toInt();
    a.balanceEnabled = s.value(key(profileId, "balanceEnabled"), a.balanceEnabled).toBool();
    return a;
}

void AlertSettings::save(qint64 profileId) const
{
    QSettings s;
    s.setValue(key(profileId, "pendingEnabled"), pendingEnabled);
    s.setValue(key(profileId, "pendingMinutes"), pendingMinutes);
    s.setValue(key(profileId, "rejectedEnabled"), rejectedEnabled);
    s.setValue(key(profileId, "rejectedCount"), rejectedCount);
    s.setValue(key(profileId, "rejectedMinutes"), rejectedMinutes);
    s.setValue(key(profileId, "silenceEnabled"), silenceEnabled);
    s.setValue(key(profileId, "silenceHours"), silenceHours);
    s.setValue(key(profileId, "recordingEnabled"), recordingEnabled);
    s.setValue(key(profileId, "expiringEnabled"), expiringEnabled);
    s.setValue(key(profileId, "expiringMinutes"), expiringMinutes);
    s.setValue(key(profileId, "balanceEnabled"), balanceEnabled);
}

AlertsMonitor::AlertsMonitor(Ledger &ledger, RecordingArchive *archive, const Clock &clock,
                             QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_archive(archive)
    , m_clock(clock)
    , m_button(new QToolButton)
    , m_timer(new QTimer(this))
{
    m_button->setObjectName(QStringLiteral("alertsButton"));
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(new QMenu(m_button));
    m_button->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->hide();
    if (statusBar)
        statusBar->addPermanentWidget(m_button);
    m_timer->setInterval(60'000);
    connect(m_timer, &QTimer::timeout, this, &AlertsMonitor::check);
    m_timer->start();
    if (archive)
        connect(archive, &RecordingArchive::recordingFailed, this, &AlertsMonitor::check);
}

AlertsMonitor::~AlertsMonitor()
{
    delete m_button.data();
}

void AlertsMonitor::setAccountWarning(const QString &warning)
{
    if (warning == m_accountWarning)
        return;
    m_accountWarning = warning;
    check();
}

void AlertsMonitor::setProfileId(std::optional<qint64> profileId)
{
    if (profileId != m_profileId)
        m_accountWarning.clear(); // the panel tells again for the new profile
    m_profileId = profileId;
    m_settings = profileId ? AlertSettings::load(*profileId) : AlertSettings{};
    check();
}

void AlertsMonitor::setSettings(const AlertSettings &settings)
{
    m_settings = settings;
    if (m_profileId)
        settings.save(*m_profileId);
    check();
}

bool AlertsMonitor::has(Alert::Kind kind) const
{
    return std::any_of(m_alerts.cbegin(), m_alerts.cend(),
                       [kind](const Alert &a) { return a.kind == kind; });
}

qint64 AlertsMonitor::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return 0;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void AlertsMonitor::check()
{
    if (!m_ledger.isAvailable())
        return; // the alerts raised stay; the next check after the server's return decides
    QList<Alert> alerts;
    const qint64 now = m_clock.nowMs();
    if (m_profileId) {
        const qint64 id = *m_profileId;
        if (m_settings.pendingEnabled) {
            const qint64 before = now - qint64(m_settings.pendingMinutes) * 60'000;
            const qint64 n =
                scalar(QStringLiteral("SELECT COUNT(*) FROM bindings WHERE profile_id = ? AND "
                                      "state = 'pending' AND created_at < ?"),
                       {id, before}) +
                scalar(QStringLiteral("SELECT COUNT(*) FROM transfers WHERE profile_id = ? AND "
                                      "state = 'pending' AND created_at < ?"),
                       {id, before});
            if (n > 0)
                alerts << Alert{
                    Alert::Kind::PendingIntent,
                    tr("%n request(s) pending for more than %1 minutes", nullptr, int(n))
                        .arg(m_settings.pendingMinutes),
                    n};
        }
        if (m_settings.rejectedEnabled) {
            // This profile's, and those no profile can be told for (no receiver profile, no
            // known subid or devid in the body: they may be this profile's too).
            const qint64 n =
                scalar(QStringLiteral("SELECT COUNT(*) FROM rejected_callbacks WHERE received_at "
                                      ">= ? AND (profile_id = ? OR profile_id IS NULL)"),
                       {now - qint64(m_settings.rejectedMinutes) * 60'000, id});
            if (n >= m_settings.rejectedCount)
                alerts << Alert{
                    Alert::Kind::RejectedSpike,
                    tr("%n callback(s) rejected in the last %1 minutes", nullptr, int(n))
                        .arg(m_settings.rejectedMinutes),
                    n};
        }
        if (m_settings.silenceEnabled) {
            const qint64 since = now - qint64(m_settings.silenceHours) * 3600'000;
            // Bindings active for the whole window, and not one CDR received in it.
            const qint64 active = scalar(
                QStringLiteral("SELECT COUNT(*) FROM bindings WHERE profile_id = ? AND state = "
                               "'active' AND created_at < ? AND (expires_at IS NULL OR "
                               "expires_at > ?)"),
                {id, since, now});
            if (active > 0 &&
                scalar(QStringLiteral("SELECT COUNT(*) FROM calls WHERE profile_id = ? AND "
                                      "received_at >= ?"),
                       {id, since}) == 0)
                alerts << Alert{Alert::Kind::NoCdr,
                                tr("No call record for %n hour(s) while %1 binding(s) are "
                                   "active: is the callback URL still reachable?",
                                   nullptr, m_settings.silenceHours)
                                    .arg(active),
                                active};
        }
        if (m_settings.expiringEnabled) {
            const qint64 n = scalar(
                QStringLiteral("SELECT COUNT(*) FROM bindings WHERE profile_id = ? AND state = "
                               "'active' AND expires_at > ? AND expires_at <= ?"),
                {id, now, now + qint64(m_settings.expiringMinutes) * 60'000});
            if (n > 0)
                alerts << Alert{Alert::Kind::BindingsExpiring,
                                tr("%n binding(s) expire within %1 minutes", nullptr, int(n))
                                    .arg(m_settings.expiringMinutes),
                                n};
        }
        if (m_settings.balanceEnabled && !m_accountWarning.isEmpty())
            alerts << Alert{Alert::Kind::BalanceLow, m_accountWarning, 1};
        if (m_settings.recordingEnabled && m_archive) {
            const qint64 n = m_archive->failedCount(id);
            if (n > 0)
                alerts << Alert{Alert::Kind::RecordingFailed,
                                tr("%n recording(s) could not be downloaded", nullptr, int(n)), n};
        }
    }
    bool fresh = false;
    for (const Alert &a : std::as_const(alerts))
        fresh = fresh || !has(a.kind);
    m_alerts = alerts;
    rebuildMenu();
    if (fresh && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("Privacy Number Console"), m_alerts.first().text,
                            QSystemTrayIcon::Warning);
    }
    Q_EMIT alertsChanged();
}

void AlertsMonitor::rebuildMenu()
{
    QMenu *menu = m_button->menu();
    menu->clear();
    for (const Alert &a : std::as_const(m_alerts)) {
        QAction *show = menu->addAction(tr("%1 — show the rows").arg(a.text));
        show->setData(int(a.kind));
        const Alert::Kind kind = a.kind;
        connect(show, &QAction::triggered, this, [this, kind] { Q_EMIT showRequested(kind); });
    }
    menu->addSeparator();
    QAction *settings = menu->addAction(tr("Alert settings…"));
    settings->setObjectName(QStringLiteral("actionAlertSettings"));
    connect(settings, &QAction::triggered, this, &AlertsMonitor::editSettings);
    m_button->setText(tr("%n alert(s)", nullptr, int(m_alerts.size())));
    m_button->setToolTip(m_alerts.isEmpty() ? tr("No alerts now. Click for the alert settings.")
                                            : m_alerts.first().text);
    m_button->setVisible(!m_alerts.isEmpty());
}

void AlertsMonitor::retranslate()
{
    check();
}

int AlertsMonitor::editSettings()
{
    AlertSettingsDialog dialog(m_settings, QApplication::activeWindow());
    if (dialog.exec() != QDialog::Accepted)
        return QDialog::Rejected;
    setSettings(dialog.settings());
    return QDialog::Accepted;
}

AlertSettingsDialog::AlertSettingsDialog(const AlertSettings &s, QWidget *parent)
    : QDialog(parent)
    , m_pending(new QCheckBox(this))
    , m_pendingMinutes(new QSpinBox(this))
    , m_rejected(new QCheckBox(this))
    , m_rejectedCount(new QSpinBox(this))
    , m_rejectedMinutes(new QSpinBox(this))
    , m_silence(new QCheckBox(this))
    , m_silenceHours(new QSpinBox(this))
    , m_recording(new QCheckBox(this))
    , m_expiring(new QCheckBox(this))
    , m_expiringMinutes(new QSpinBox(this))
    , m_balance(new QCheckBox(this))
{
    setObjectName(QStringLiteral("alertSettingsDialog"));
    setWindowTitle(tr("Alerts of this profile"));
    m_pending->setText(tr("A request pending for more than"));
    m_pending->setChecked(s.pendingEnabled);
    m_pendingMinutes->setRange(1, 1440);
    m_pendingMinutes->setSuffix(tr(" min"));
    m_pendingMinutes->setValue(s.pendingMinutes);
    m_rejected->setText(tr("At least this many rejected callbacks"));
    m_rejected->setChecked(s.rejectedEnabled);
    m_rejectedCount->setRange(1, 100000);
    m_rejectedCount->setValue(s.rejectedCount);
    m_rejectedMinutes->setRange(1, 1440);
    m_rejectedMinutes->setPrefix(tr("within "));
    m_rejectedMinutes->setSuffix(tr(" min"));
    m_rejectedMinutes->setValue(s.rejectedMinutes);
    m_silence->setText(tr("No call record while bindings are active for"));
    m_silence->setChecked(s.silenceEnabled);
    m_silenceHours->setRange(1, 720);
    m_silenceHours->setSuffix(tr(" h"));
    m_silenceHours->setValue(s.silenceHours);
    m_recording->setText(tr("A recording that could not be downloaded"));
    m_recording->setChecked(s.recordingEnabled);
    m_expiring->setText(tr("Active bindings that expire within"));
    m_expiring->setChecked(s.expiringEnabled);
    m_expiringMinutes->setRange(1, 1440);
    m_expiringMinutes->setSuffix(tr(" min"));
    m_expiringMinutes->setValue(s.expiringMinutes);
    m_balance->setText(tr("Available funds below the profile's warning threshold"));
    m_balance->setChecked(s.balanceEnabled);
    auto *form = new QFormLayout(this);
    form->addRow(m_pending, m_pendingMinutes);
    auto *rejectedRow = new QHBoxLayout;
    rejectedRow->addWidget(m_rejectedCount);
    rejectedRow->addWidget(m_rejectedMinutes);
    form->addRow(m_rejected, rejectedRow);
    form->addRow(m_silence, m_silenceHours);
    form->addRow(m_recording);
    form->addRow(m_expiring, m_expiringMinutes);
    form->addRow(m_balance);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AlertSettings AlertSettingsDialog::settings() const
{
    AlertSettings s;
    s.pendingEnabled = m_pending->isChecked();
    s.pendingMinutes = m_pendingMinutes->value();
    s.rejectedEnabled = m_rejected->isChecked();
    s.rejectedCount = m_rejectedCount->value();
    s.rejectedMinutes = m_rejectedMinutes->value();
    s.silenceEnabled = m_silence->isChecked();
    s.silenceHours = m_silenceHours->value();
    s.recordingEnabled = m_recording->isChecked();
    s.expiringEnabled = m_expiring->isChecked();
    s.expiringMinutes = m_expiringMinutes->value();
    s.balanceEnabled = m_balance->isChecked();
    return s;
}

} // namespace pn

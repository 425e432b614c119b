#pragma once

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QToolButton>

#include <optional>

class QCheckBox;
class QSpinBox;
class QStatusBar;
class QSystemTrayIcon;
class QTimer;

namespace pn {

class Clock;
class Ledger;
class RecordingArchive;

// The conditions the alerts watch, per profile (QSettings "alerts/<profile id>/…"; never a
// secret).
struct AlertSettings
{
    bool pendingEnabled = true;
    int pendingMinutes = 5; // a pending intent older than this
    bool rejectedEnabled = true;
    int rejectedCount = 10;   // at least this many rejected callbacks …
    int rejectedMinutes = 10; // … within this many minutes
    bool silenceEnabled = true;
    int silenceHours = 6;         // no CDR for this long while bindings are active
    bool recordingEnabled = true; // a recording that could not be downloaded
    bool expiringEnabled = true;
    int expiringMinutes = 15;   // active bindings that expire within this many minutes
    bool balanceEnabled = true; // the account panel's warning (funds below the threshold)

    static AlertSettings load(qint64 profileId);
    void save(qint64 profileId) const;
};

struct Alert
{
    enum class Kind {
        PendingIntent,
        RejectedSpike,
        NoCdr,
        RecordingFailed,
        BalanceLow,
        BindingsExpiring
    };
    Kind kind;
    QString text;
    qint64 count = 0;
};

// The alerts area: a button in the status bar ("⚠ 2 alerts") whose menu lists each alert with
// its "show the rows" action and the settings; a tray message (where there is a tray) when an
// alert appears. Checks the ledger every minute and when asked. The low balance comes from the
// account panel (setAccountWarning); bindings about to expire, rejected callbacks (those of this
// profile and those no profile can be told for) and the rest from the ledger.
class AlertsMonitor final : public QObject
{
    Q_OBJECT

public:
    AlertsMonitor(Ledger &ledger, RecordingArchive *archive, const Clock &clock,
                  QStatusBar *statusBar, QObject *parent = nullptr);
    ~AlertsMonitor() override;

    void setProfileId(std::optional<qint64> profileId);
    void setSettings(const AlertSettings &settings); // for the current profile, saved
    // The account panel's warning for the current profile (empty: none).
    void setAccountWarning(const QString &warning);
    AlertSettings settings() const { return m_settings; }
    QList<Alert> alerts() const { return m_alerts; }
    bool has(Alert::Kind kind) const;
    QToolButton *button() const { return m_button; }
    void retranslate();

public Q_SLOTS:
    void check();
    int editSettings();

Q_SIGNALS:
    void showRequested(pn::Alert::Kind kind);
    void alertsChanged();

private:
    void rebuildMenu();
    qint64 scalar(const QString &sql, const QVariantList &values) const;

    Ledger &m_ledger;
    RecordingArchive *m_archive;
    const Clock &m_clock;
    std::optional<qint64> m_profileId;
    AlertSettings m_settings;
    QList<Alert> m_alerts;
    QString m_accountWarning;
    QPointer<QToolButton> m_button; // in the status bar, which may go first
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
};

class AlertSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AlertSettingsDialog(const AlertSettings &settings, QWidget *parent = nullptr);
    AlertSettings settings() const;

private:
    QCheckBox *m_pending;
    QSpinBox *m_pendingMinutes;
    QCheckBox *m_rejected;
    QSpinBox *m_rejectedCount;
    QSpinBox *m_rejectedMinutes;
    QCheckBox *m_silence;
    QSpinBox *m_silenceHours;
    QCheckBox *m_recording;
    QCheckBox *m_expiring;
    QSpinBox *m_expiringMinutes;
    QCheckBox *m_balance;
};

} // namespace pn

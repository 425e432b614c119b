#pragma once

#include "core/requests.h"

#include <QWidget>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class AccountPanel;
}

namespace pn {

class Clock;

// The account's state in words (spec 3.1): state, role, balance, overdraft, available funds,
// created/updated in local time, a refresh button with an auto-refresh interval, and a warning
// when the funds fall below the profile's threshold or the account is not active.
class AccountPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPanel(const Clock &clock, QWidget *parent = nullptr);
    ~AccountPanel() override;

    void setStatus(const AccountStatus &status);
    // A failed refresh: the message is shown, the last good figures stay.
    void setFailure(const QString &message);
    void setThreshold(double yuan);
    void setBusy(bool busy);
    void clear();

    // 0 = off.
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

    // The warning currently shown (empty if none): for tests and the status bar.
    QString warningText() const;
    std::optional<AccountStatus> status() const { return m_status; }

    // Asks for a refresh soon (a charged call's CDR arrived): bursts coalesce into one.
    void refreshSoon();

    static QString stateName(int state);
    // The account's role in words; a value the console does not know is shown as sent, marked.
    static QString roleName(const QString &role);
    // A sensible default for auto-refresh: every 5 minutes (a CDR also refreshes at once).
    static constexpr int DefaultAutoRefreshSeconds = 300;

Q_SIGNALS:
    void refreshRequested();
    void warningChanged(const QString &warning);
    void autoRefreshChanged(int seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillAutoRefresh();
    void render();
    QString money(std::optional<double> yuan) const;
    QString localTime(std::optional<qint64> ms) const;

    const Clock &m_clock;
    std::unique_ptr<Ui::AccountPanel> m_ui;
    QTimer *m_soonTimer = nullptr;
    QTimer *m_autoTimer = nullptr;
    std::optional<AccountStatus> m_status;
    qint64 m_fetchedAtMs = 0;
    double m_threshold = 0;
    QString m_failure;
    QString m_warning;
};

} // namespace pn

#pragma once

#include <QIcon>
#include <QObject>
#include <QSet>
#include <QStringList>

class QSystemTrayIcon;

namespace pn {

class BindingsModel;
class Clock;

// The expiry warnings of the Bindings tab: on each check() (the window's timer, every 5 s) the
// live rows of the model whose expiry is within the window are announced once each — a tray message
// where the desktop has a tray, and always `warned` (the window puts it in the status bar).
class ExpiryNotifier final : public QObject
{
    Q_OBJECT

public:
    ExpiryNotifier(BindingsModel &bindings, const Clock &clock, QObject *parent = nullptr);

    // The warning window in seconds (0 or less: no warnings).
    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    int windowSeconds() const { return m_windowSeconds; }
    // The icon of the tray entry shown with the first warning.
    void setTrayIcon(const QIcon &icon) { m_trayIcon = icon; }
    // Announces the rows that entered the window since the last check; returns their subids.
    QStringList check();
    // Ledger ids of the bindings already announced.
    QSet<qint64> warned() const { return m_warned; }

Q_SIGNALS:
    // `text` names how many, the window in minutes and the first subids.
    void warnedAbout(const QString &text, const QStringList &subids);

private:
    BindingsModel &m_bindings;
    const Clock &m_clock;
    int m_windowSeconds = 0;
    QIcon m_trayIcon;
    QSet<qint64> m_warned;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace pn

#include "ui/expirynotifier.h"

#include "core/clock.h"
#include "ledger/bindingsmodel.h"

#include <QSystemTrayIcon>

namespace pn {

ExpiryNotifier::ExpiryNotifier(BindingsModel &bindings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_bindings(bindings)
    , m_clock(clock)
{}

QStringList ExpiryNotifier::check()
{
    const qint64 window = qint64(m_windowSeconds) * 1000;
    if (window <= 0)
        return {};
    const qint64 now = m_clock.nowMs();
    QStringList fresh;
    for (int row = 0; row < m_bindings.rowCount(); ++row) {
        const BindingRecord &b = m_bindings.record(row);
        if (!b.isLiveAt(now) || !b.expiresAt || *b.expiresAt - now > window ||
            m_warned.contains(b.id))
            continue;
        m_warned.insert(b.id);
        fresh << b.subid;
    }
    if (fresh.isEmpty())
        return {};
    const QString text =
        tr("%n binding(s) expire within %1 minutes: %2", nullptr, int(fresh.size()))
            .arg(window / 60000)
            .arg(fresh.mid(0, 3).join(QStringLiteral(", ")));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_trayIcon, this);
            m_tray->show();
        }
        m_tray->showMessage(tr("Bindings about to expire"), text, QSystemTrayIcon::Warning);
    }
    Q_EMIT warnedAbout(text, fresh);
    return fresh;
}

} // namespace pn

#include "ledger/releasedesk.h"

#include "ledger/ledger.h"

#include <QSqlQuery>

namespace pn {

QString releasingDesk(const Ledger &ledger, const BindingRecord &binding)
{
    if (binding.state != RecordState::Released || !binding.releasedAt || binding.subid.isEmpty())
        return {};
    // The releasing program stamps both rows with its own clock, the audit row after the
    // binding's, so the row is at or just after released_at; a little slack either way.
    constexpr qint64 kBeforeMs = 1'000;
    constexpr qint64 kAfterMs = 300'000;
    const QString detail = QStringLiteral("subid=%1").arg(binding.subid);
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT desk FROM audit_log WHERE at >= ? AND at <= ? AND "
                             "action = 'release' AND (detail = ? OR detail = ?) "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(*binding.releasedAt - kBeforeMs);
    q.addBindValue(*binding.releasedAt + kAfterMs);
    q.addBindValue(detail);
    q.addBindValue(detail + QStringLiteral(" (already gone)"));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace pn

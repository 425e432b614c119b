#include "ledger/releasedesk.h"

#include "ledger/ledger.h"

#include <QSqlQuery>

namespace pn {

namespace {

QString deskOfRow(const Ledger &ledger, const QString &action, const QString &detail,
                  qint64 releasedAt)
{
    // The releasing program stamps both rows with its own clock, the audit row after the
    // record's, so the row is at or just after released_at; a little slack either way.
    constexpr qint64 kBeforeMs = 1'000;
    constexpr qint64 kAfterMs = 300'000;
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT desk FROM audit_log WHERE at >= ? AND at <= ? AND "
                             "action = ? AND (detail = ? OR detail = ?) ORDER BY id LIMIT 1"));
    q.addBindValue(releasedAt - kBeforeMs);
    q.addBindValue(releasedAt + kAfterMs);
    q.addBindValue(action);
    q.addBindValue(detail);
    q.addBindValue(detail + QStringLiteral(" (already gone)"));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

QString releasingDesk(const Ledger &ledger, const BindingRecord &binding)
{
    if (binding.state != RecordState::Released || !binding.releasedAt || binding.subid.isEmpty())
        return {};
    return deskOfRow(ledger, QStringLiteral("release"),
                     QStringLiteral("subid=%1").arg(binding.subid), *binding.releasedAt);
}

QString releasingDesk(const Ledger &ledger, const TransferRecord &transfer)
{
    if (transfer.state != RecordState::Released || !transfer.releasedAt)
        return {};
    return deskOfRow(ledger, QStringLiteral("untransfer"),
                     QStringLiteral("x=%1").arg(transfer.request.x), *transfer.releasedAt);
}

} // namespace pn

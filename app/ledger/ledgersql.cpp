#include "ledger/ledgersql_p.h"

#include "core/logging.h"
#include "ledger/ledgerschema.h"

#include <QSqlError>

namespace pn::ledgersql {

const QString kBindingColumns = QStringLiteral(
    "id, profile_id, reqid, appid, x, anum, bnum, ttl, record, display, anucode, ansanu, "
    "user_data, state, subid, created_at, expires_at, released_at, release_requested_at, "
    "last_error, attempts, updated_at, rev, sending_by, lease_until, first_sent_at, "
    "expires_latest_at");
const QString kTransferColumns = QStringLiteral(
    "id, profile_id, reqid, appid, x, anum, ttl, record, display, anucode, user_data, state, "
    "created_at, expires_at, released_at, release_requested_at, last_error, attempts, "
    "updated_at, rev, sending_by, lease_until");
const QString kLogColumns = QStringLiteral("id, at, profile_id, method, path, reqid, params, "
                                           "http_status, error_code, reason, response, "
                                           "latency_ms, attempt");

void bind(QSqlQuery &q, const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QStringLiteral(""));
    else
        q.addBindValue(v);
}

QVariant nullable(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QString nextRev(const QSqlDatabase &db, const QString &table)
{
    return LedgerSchema::nextRevExpression(db, table);
}

BindingRecord readBinding(const QSqlQuery &q)
{
    BindingRecord r;
    r.id = q.value(0).toLongLong();
    r.profileId = q.value(1).toLongLong();
    r.request.reqid = q.value(2).toString();
    r.request.appid = q.value(3).toString();
    r.request.x = q.value(4).toString();
    r.request.anum = q.value(5).toString();
    r.request.bnum = q.value(6).toString();
    r.request.ttl = q.value(7).toLongLong();
    r.request.record = q.value(8).toInt();
    r.request.display = q.value(9).toString();
    r.request.anucode = q.value(10).toString();
    r.request.ansanu = q.value(11).toString();
    r.request.userData = q.value(12).toString();
    r.state = RecordStates::fromSql(q.value(13).toString()).value_or(RecordState::Failed);
    r.subid = q.value(14).toString();
    r.createdAt = q.value(15).toLongLong();
    r.expiresAt = optionalInt(q.value(16));
    r.releasedAt = optionalInt(q.value(17));
    r.releaseRequestedAt = optionalInt(q.value(18));
    r.lastError = q.value(19).toString();
    r.attempts = q.value(20).toInt();
    r.updatedAt = q.value(21).toLongLong();
    r.rev = q.value(22).toLongLong();
    r.sendingBy = q.value(23).toString();
    r.leaseUntil = optionalInt(q.value(24));
    r.firstSentAt = optionalInt(q.value(25));
    r.expiresLatestAt = optionalInt(q.value(26));
    return r;
}

TransferRecord readTransfer(const QSqlQuery &q)
{
    TransferRecord r;
    r.id = q.value(0).toLongLong();
    r.profileId = q.value(1).toLongLong();
    r.request.reqid = q.value(2).toString();
    r.request.appid = q.value(3).toString();
    r.request.x = q.value(4).toString();
    r.request.anum = q.value(5).toString();
    r.request.ttl = q.value(6).toLongLong();
    r.request.record = q.value(7).toInt();
    r.request.display = q.value(8).toInt();
    r.request.anucode = q.value(9).toString();
    r.request.userData = q.value(10).toString();
    r.state = RecordStates::fromSql(q.value(11).toString()).value_or(RecordState::Failed);
    r.createdAt = q.value(12).toLongLong();
    r.expiresAt = optionalInt(q.value(13));
    r.releasedAt = optionalInt(q.value(14));
    r.releaseRequestedAt = optionalInt(q.value(15));
    r.lastError = q.value(16).toString();
    r.attempts = q.value(17).toInt();
    r.updatedAt = q.value(18).toLongLong();
    r.rev = q.value(19).toLongLong();
    r.sendingBy = q.value(20).toString();
    r.leaseUntil = optionalInt(q.value(21));
    return r;
}

RequestLogEntry readLog(const QSqlQuery &q)
{
    RequestLogEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.profileId = optionalInt(q.value(2));
    e.method = q.value(3).toString();
    e.path = q.value(4).toString();
    e.reqid = q.value(5).toString();
    e.params = q.value(6).toString();
    e.httpStatus = q.value(7).toInt();
    if (!q.value(8).isNull())
        e.errorCode = q.value(8).toInt();
    e.reason = q.value(9).toString();
    e.response = q.value(10).toString();
    e.latencyMs = q.value(11).toLongLong();
    e.attempt = q.value(12).toInt();
    return e;
}

QString statesIn(const QList<RecordState> &states)
{
    QStringList quoted;
    for (RecordState s : states)
        quoted << u'\'' + RecordStates::toSql(s) + u'\'';
    return quoted.join(u',');
}

QString profileClause(std::optional<qint64> profileId)
{
    return profileId ? QStringLiteral(" AND profile_id = %1").arg(*profileId) : QString();
}

QList<BindingRecord> selectBindings(const QSqlDatabase &db, const QString &where,
                                    const QVariantList &values, const QString &tail)
{
    QList<BindingRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM bindings WHERE %2 %3").arg(kBindingColumns, where, tail));
    for (const QVariant &v : values)
        bind(q, v);
    if (!q.exec()) {
        qCWarning(lcLedger, "%s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(readBinding(q));
    return out;
}

QList<TransferRecord> selectTransfers(const QSqlDatabase &db, const QString &where,
                                      const QVariantList &values, const QString &tail)
{
    QList<TransferRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM transfers WHERE %2 %3").arg(kTransferColumns, where, tail));
    for (const QVariant &v : values)
        bind(q, v);
    if (!q.exec()) {
        qCWarning(lcLedger, "%s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(readTransfer(q));
    return out;
}

} // namespace pn::ledgersql

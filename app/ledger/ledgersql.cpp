#include "ledger/ledgersql_p.h"

#include "core/logging.h"
#include "ledger/ledgerschema.h"

#include <QHash>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

namespace pn::ledgersql {

namespace {

QString joined(const auto &names)
{
    QStringList out;
    for (const QLatin1StringView n : names)
        out << n;
    return out.join(QStringLiteral(", "));
}

// Where each name is in this query's result (-1 if the SELECT did not ask for it).
template<std::size_t N>
std::array<int, N> positions(const QSqlQuery &q, const std::array<QLatin1StringView, N> &names)
{
    const QSqlRecord record = q.record();
    std::array<int, N> at{};
    for (std::size_t i = 0; i < N; ++i) {
        at[i] = record.indexOf(names[i]);
        // A driver may name "b.id" so: the column of that name in any table.
        for (int f = 0; at[i] < 0 && f < record.count(); ++f) {
            if (record.fieldName(f).endsWith(u'.' + names[i]))
                at[i] = f;
        }
    }
    return at;
}

} // namespace

const QString kBindingColumns = joined(kBindingNames);
const QString kTransferColumns = joined(kTransferNames);
const QString kLogColumns = joined(kLogNames);

void bind(QSqlQuery &q, const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QStringLiteral(""));
    else
        q.addBindValue(v);
}

CachedQuery cachedQuery(const QSqlDatabase &db, const QString &sql)
{
    const auto fresh = [&] {
        auto q = std::make_shared<QSqlQuery>(db);
        q->setForwardOnly(true);
        q->prepare(sql);
        return q;
    };
    if (db.driverName() != QLatin1StringView("QSQLITE"))
        return CachedQuery(fresh());
    // Per thread, as the ledger's connections are; a connection removed and added again under
    // the same name has a new driver, so its old statements are dropped, not reused.
    struct Connection
    {
        QPointer<QSqlDriver> driver;
        QHash<QString, std::shared_ptr<QSqlQuery>> queries;
    };
    thread_local QHash<QString, Connection> cache;
    Connection &c = cache[db.connectionName()];
    if (c.driver != db.driver() || c.driver.isNull()) {
        c.queries.clear();
        c.driver = db.driver();
    }
    if (const auto it = c.queries.constFind(sql); it != c.queries.cend())
        return CachedQuery(*it);
    auto q = fresh();
    if (!q->lastError().isValid()) { // a statement that does not prepare is not kept
        if (c.queries.size() >= 64)
            c.queries.clear();
        c.queries.insert(sql, q);
    }
    return CachedQuery(q);
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

BindingReader::BindingReader(const QSqlQuery &q)
    : m_at(positions(q, kBindingNames))
{}

BindingRecord BindingReader::operator()(const QSqlQuery &q) const
{
    const auto v = [&](int c) { return m_at[c] >= 0 ? q.value(m_at[c]) : QVariant(); };
    BindingRecord r;
    r.id = v(BindingColumn::Id).toLongLong();
    r.profileId = v(BindingColumn::ProfileId).toLongLong();
    r.request.reqid = v(BindingColumn::Reqid).toString();
    r.request.appid = v(BindingColumn::Appid).toString();
    r.request.x = v(BindingColumn::X).toString();
    r.request.anum = v(BindingColumn::Anum).toString();
    r.request.bnum = v(BindingColumn::Bnum).toString();
    r.request.ttl = v(BindingColumn::Ttl).toLongLong();
    r.request.record = v(BindingColumn::Record).toInt();
    r.request.display = v(BindingColumn::Display).toString();
    r.request.anucode = v(BindingColumn::Anucode).toString();
    r.request.ansanu = v(BindingColumn::Ansanu).toString();
    r.request.userData = v(BindingColumn::UserData).toString();
    r.state =
        RecordStates::fromSql(v(BindingColumn::State).toString()).value_or(RecordState::Failed);
    r.subid = v(BindingColumn::Subid).toString();
    r.createdAt = v(BindingColumn::CreatedAt).toLongLong();
    r.expiresAt = optionalInt(v(BindingColumn::ExpiresAt));
    r.releasedAt = optionalInt(v(BindingColumn::ReleasedAt));
    r.releaseRequestedAt = optionalInt(v(BindingColumn::ReleaseRequestedAt));
    r.lastError = v(BindingColumn::LastError).toString();
    r.attempts = v(BindingColumn::Attempts).toInt();
    r.updatedAt = v(BindingColumn::UpdatedAt).toLongLong();
    r.rev = v(BindingColumn::Rev).toLongLong();
    r.sendingBy = v(BindingColumn::SendingBy).toString();
    r.leaseUntil = optionalInt(v(BindingColumn::LeaseUntil));
    r.firstSentAt = optionalInt(v(BindingColumn::FirstSentAt));
    r.expiresLatestAt = optionalInt(v(BindingColumn::ExpiresLatestAt));
    return r;
}

TransferReader::TransferReader(const QSqlQuery &q)
    : m_at(positions(q, kTransferNames))
{}

TransferRecord TransferReader::operator()(const QSqlQuery &q) const
{
    const auto v = [&](int c) { return m_at[c] >= 0 ? q.value(m_at[c]) : QVariant(); };
    TransferRecord r;
    r.id = v(TransferColumn::Id).toLongLong();
    r.profileId = v(TransferColumn::ProfileId).toLongLong();
    r.request.reqid = v(TransferColumn::Reqid).toString();
    r.request.appid = v(TransferColumn::Appid).toString();
    r.request.x = v(TransferColumn::X).toString();
    r.request.anum = v(TransferColumn::Anum).toString();
    r.request.ttl = v(TransferColumn::Ttl).toLongLong();
    r.request.record = v(TransferColumn::Record).toInt();
    r.request.display = v(TransferColumn::Display).toInt();
    r.request.anucode = v(TransferColumn::Anucode).toString();
    r.request.userData = v(TransferColumn::UserData).toString();
    r.state =
        RecordStates::fromSql(v(TransferColumn::State).toString()).value_or(RecordState::Failed);
    r.createdAt = v(TransferColumn::CreatedAt).toLongLong();
    r.expiresAt = optionalInt(v(TransferColumn::ExpiresAt));
    r.releasedAt = optionalInt(v(TransferColumn::ReleasedAt));
    r.releaseRequestedAt = optionalInt(v(TransferColumn::ReleaseRequestedAt));
    r.lastError = v(TransferColumn::LastError).toString();
    r.attempts = v(TransferColumn::Attempts).toInt();
    r.updatedAt = v(TransferColumn::UpdatedAt).toLongLong();
    r.rev = v(TransferColumn::Rev).toLongLong();
    r.sendingBy = v(TransferColumn::SendingBy).toString();
    r.leaseUntil = optionalInt(v(TransferColumn::LeaseUntil));
    return r;
}

LogReader::LogReader(const QSqlQuery &q)
    : m_at(positions(q, kLogNames))
{}

RequestLogEntry LogReader::operator()(const QSqlQuery &q) const
{
    const auto v = [&](int c) { return m_at[c] >= 0 ? q.value(m_at[c]) : QVariant(); };
    RequestLogEntry e;
    e.id = v(LogColumn::Id).toLongLong();
    e.at = v(LogColumn::At).toLongLong();
    e.profileId = optionalInt(v(LogColumn::ProfileId));
    e.method = v(LogColumn::Method).toString();
    e.path = v(LogColumn::Path).toString();
    e.reqid = v(LogColumn::Reqid).toString();
    e.params = v(LogColumn::Params).toString();
    e.httpStatus = v(LogColumn::HttpStatus).toInt();
    if (!v(LogColumn::ErrorCode).isNull())
        e.errorCode = v(LogColumn::ErrorCode).toInt();
    e.reason = v(LogColumn::Reason).toString();
    e.response = v(LogColumn::Response).toString();
    e.latencyMs = v(LogColumn::LatencyMs).toLongLong();
    e.attempt = v(LogColumn::Attempt).toInt();
    return e;
}

BindingRecord readBinding(const QSqlQuery &q)
{
    return BindingReader(q)(q);
}

TransferRecord readTransfer(const QSqlQuery &q)
{
    return TransferReader(q)(q);
}

RequestLogEntry readLog(const QSqlQuery &q)
{
    return LogReader(q)(q);
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
    // Parameterised queries are the repeated ones; a list of ids written into the SQL is not.
    const QString sql =
        QStringLiteral("SELECT %1 FROM bindings WHERE %2 %3").arg(kBindingColumns, where, tail);
    std::optional<CachedQuery> held;
    QSqlQuery once(db);
    if (values.isEmpty()) {
        once.setForwardOnly(true);
        once.prepare(sql);
    } else
        held.emplace(cachedQuery(db, sql));
    QSqlQuery &q = held ? **held : once;
    for (const QVariant &v : values)
        bind(q, v);
    if (!q.exec()) {
        qCWarning(lcLedger, "%s", qUtf8Printable(q.lastError().text()));
        q.finish();
        return out;
    }
    // Every query here selects kBindingColumns, so the columns' positions are the same each
    // time: found once per thread, not once per query (QSqlRecord::indexOf per column).
    thread_local const BindingReader read(q);
    while (q.next())
        out.append(read(q));
    q.finish();
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
    const TransferReader read(q);
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace pn::ledgersql

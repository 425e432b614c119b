#pragma once

// SQL helpers shared by the files of Ledger and its parts (ledger.cpp, ledgerbindings.cpp,
// ledgertransfers.cpp, ledgerlog.cpp, ...).
// Private to pn_ledger.

#include "ledger/ledgerrecords.h"

#include <QLatin1StringView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>
#include <memory>
#include <optional>

namespace pn::ledgersql {

// The columns each record is read from, by name: every SELECT of a record asks for the
// k*Columns list (joined from these names), and the readers find each name's position in the
// query's result once (QSqlRecord::indexOf), as qBittorrent's dbresumedatastorage.cpp reads by
// column name. A column added to or moved in a SELECT cannot shift the others.
namespace BindingColumn {
enum : int {
    Id,
    ProfileId,
    Reqid,
    Appid,
    X,
    Anum,
    Bnum,
    Ttl,
    Record,
    Display,
    Anucode,
    Ansanu,
    UserData,
    State,
    Subid,
    CreatedAt,
    ExpiresAt,
    ReleasedAt,
    ReleaseRequestedAt,
    LastError,
    Attempts,
    UpdatedAt,
    Rev,
    SendingBy,
    LeaseUntil,
    FirstSentAt,
    ExpiresLatestAt,
    Count
};
} // namespace BindingColumn
inline constexpr std::array<QLatin1StringView, BindingColumn::Count> kBindingNames = {
    QLatin1StringView("id"),
    QLatin1StringView("profile_id"),
    QLatin1StringView("reqid"),
    QLatin1StringView("appid"),
    QLatin1StringView("x"),
    QLatin1StringView("anum"),
    QLatin1StringView("bnum"),
    QLatin1StringView("ttl"),
    QLatin1StringView("record"),
    QLatin1StringView("display"),
    QLatin1StringView("anucode"),
    QLatin1StringView("ansanu"),
    QLatin1StringView("user_data"),
    QLatin1StringView("state"),
    QLatin1StringView("subid"),
    QLatin1StringView("created_at"),
    QLatin1StringView("expires_at"),
    QLatin1StringView("released_at"),
    QLatin1StringView("release_requested_at"),
    QLatin1StringView("last_error"),
    QLatin1StringView("attempts"),
    QLatin1StringView("updated_at"),
    QLatin1StringView("rev"),
    QLatin1StringView("sending_by"),
    QLatin1StringView("lease_until"),
    QLatin1StringView("first_sent_at"),
    QLatin1StringView("expires_latest_at"),
};

namespace TransferColumn {
enum : int {
    Id,
    ProfileId,
    Reqid,
    Appid,
    X,
    Anum,
    Ttl,
    Record,
    Display,
    Anucode,
    UserData,
    State,
    CreatedAt,
    ExpiresAt,
    ReleasedAt,
    ReleaseRequestedAt,
    LastError,
    Attempts,
    UpdatedAt,
    Rev,
    SendingBy,
    LeaseUntil,
    Count
};
} // namespace TransferColumn
inline constexpr std::array<QLatin1StringView, TransferColumn::Count> kTransferNames = {
    QLatin1StringView("id"),          QLatin1StringView("profile_id"),
    QLatin1StringView("reqid"),       QLatin1StringView("appid"),
    QLatin1StringView("x"),           QLatin1StringView("anum"),
    QLatin1StringView("ttl"),         QLatin1StringView("record"),
    QLatin1StringView("display"),     QLatin1StringView("anucode"),
    QLatin1StringView("user_data"),   QLatin1StringView("state"),
    QLatin1StringView("created_at"),  QLatin1StringView("expires_at"),
    QLatin1StringView("released_at"), QLatin1StringView("release_requested_at"),
    QLatin1StringView("last_error"),  QLatin1StringView("attempts"),
    QLatin1StringView("updated_at"),  QLatin1StringView("rev"),
    QLatin1StringView("sending_by"),  QLatin1StringView("lease_until"),
};

namespace LogColumn {
enum : int {
    Id,
    At,
    ProfileId,
    Method,
    Path,
    Reqid,
    Params,
    HttpStatus,
    ErrorCode,
    Reason,
    Response,
    LatencyMs,
    Attempt,
    Count
};
} // namespace LogColumn
inline constexpr std::array<QLatin1StringView, LogColumn::Count> kLogNames = {
    QLatin1StringView("id"),      QLatin1StringView("at"),          QLatin1StringView("profile_id"),
    QLatin1StringView("method"),  QLatin1StringView("path"),        QLatin1StringView("reqid"),
    QLatin1StringView("params"),  QLatin1StringView("http_status"), QLatin1StringView("error_code"),
    QLatin1StringView("reason"),  QLatin1StringView("response"),    QLatin1StringView("latency_ms"),
    QLatin1StringView("attempt"),
};

extern const QString kBindingColumns;
extern const QString kTransferColumns;
extern const QString kLogColumns;

// Reads records from the rows of one query: construct after exec(), call per row.
class BindingReader
{
public:
    explicit BindingReader(const QSqlQuery &q);
    BindingRecord operator()(const QSqlQuery &q) const;

private:
    std::array<int, BindingColumn::Count> m_at;
};

class TransferReader
{
public:
    explicit TransferReader(const QSqlQuery &q);
    TransferRecord operator()(const QSqlQuery &q) const;

private:
    std::array<int, TransferColumn::Count> m_at;
};

class LogReader
{
public:
    explicit LogReader(const QSqlQuery &q);
    RequestLogEntry operator()(const QSqlQuery &q) const;

private:
    std::array<int, LogColumn::Count> m_at;
};

// Binds a value; a null QString becomes '' (the text columns are NOT NULL).
void bind(QSqlQuery &q, const QVariant &v);
// A forward-only query prepared once per SQLite connection and SQL text and kept: parsing a
// statement (with the FTS and statistics triggers it compiles) is most of what a small ledger
// write costs, and a bulk job writes several per row. The handle finishes the query when it
// goes (the kept statement must not hold a read open). PostgreSQL gets a freshly prepared
// query (its server-side statements would not survive a reconnection). Only for statements
// read to the end before the same SQL runs again.
class CachedQuery final
{
public:
    explicit CachedQuery(std::shared_ptr<QSqlQuery> query)
        : m_query(std::move(query))
    {}
    ~CachedQuery()
    {
        if (m_query)
            m_query->finish();
    }
    CachedQuery(CachedQuery &&) = default;
    CachedQuery &operator=(CachedQuery &&) = delete;
    Q_DISABLE_COPY(CachedQuery)
    QSqlQuery &operator*() const { return *m_query; }

private:
    std::shared_ptr<QSqlQuery> m_query;
};
CachedQuery cachedQuery(const QSqlDatabase &db, const QString &sql);
QVariant nullable(std::optional<qint64> v);
std::optional<qint64> optionalInt(const QVariant &v);
// The next value of a table's change counter, as an SQL expression.
QString nextRev(const QSqlDatabase &db, const QString &table);
// One record from the current row (finds the positions again: in a loop, use the readers).
BindingRecord readBinding(const QSqlQuery &q);
TransferRecord readTransfer(const QSqlQuery &q);
RequestLogEntry readLog(const QSqlQuery &q);
QString statesIn(const QList<RecordState> &states);
QString profileClause(std::optional<qint64> profileId);
QList<BindingRecord> selectBindings(const QSqlDatabase &db, const QString &where,
                                    const QVariantList &values, const QString &tail = {});
QList<TransferRecord> selectTransfers(const QSqlDatabase &db, const QString &where,
                                      const QVariantList &values, const QString &tail = {});

// The condition "X, A, B or subid contain `needle`" (numbers: spaces and dashes ignored; subid:
// any case) on the columns of `bindings`, answered from the trigram index where the needle is
// long enough (3 characters), else by LIKE. Appends its values. `hash`: the keyed hash of the
// needle as a full number (retention), or empty.
QString numberSearchClause(const QSqlDatabase &db, const QString &needle, const QString &hash,
                           QVariantList *values);

template<typename T> std::optional<T> first(const QList<T> &list)
{
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

} // namespace pn::ledgersql

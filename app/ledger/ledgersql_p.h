#pragma once

// SQL helpers shared by the files of Ledger (ledger.cpp, ledgertransfers.cpp, ledgerlogs.cpp).
// Private to pn_ledger.

#include "ledger/ledgerrecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace pn::ledgersql {

extern const QString kBindingColumns;
extern const QString kTransferColumns;
extern const QString kLogColumns;

// Binds a value; a null QString becomes '' (the text columns are NOT NULL).
void bind(QSqlQuery &q, const QVariant &v);
QVariant nullable(std::optional<qint64> v);
std::optional<qint64> optionalInt(const QVariant &v);
// The next value of a table's change counter, as an SQL expression.
QString nextRev(const QSqlDatabase &db, const QString &table);
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

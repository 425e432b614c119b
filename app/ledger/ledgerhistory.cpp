// History at scale: the console's working set (open and recently ended bindings), pages of
// older history, and number search answered from the trigram index (migration 7).

#include "ledger/ledger.h"

#include "core/validation.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>

namespace pn {

using namespace ledgersql;

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return LedgerSchema::dialectOf(db) == LedgerSchema::Dialect::SQLite;
}

// " AND profile_id = N"; on SQLite with a unary plus, so the planner keeps the index the query
// was written for instead of walking every row of the profile.
QString profileTerm(const QSqlDatabase &db, std::optional<qint64> profileId,
                    const QString &prefix = {})
{
    if (!profileId)
        return {};
    return QStringLiteral(" AND %1%2profile_id = %3")
        .arg(isSqlite(db) ? QStringLiteral("+") : QString(), prefix)
        .arg(*profileId);
}

QString statesTerm(const QSqlDatabase &db, const QList<RecordState> &states,
                   const QString &prefix = {})
{
    if (states.isEmpty())
        return {};
    return QStringLiteral(" AND %1%2state IN (%3)")
        .arg(isSqlite(db) ? QStringLiteral("+") : QString(), prefix, statesIn(states));
}

QString ftsPhrase(QString text)
{
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

// "b.id, b.profile_id, ..."
QString qualifiedColumns(const QString &alias)
{
    QStringList columns = kBindingColumns.split(QStringLiteral(", "));
    for (QString &c : columns)
        c.prepend(alias + u'.');
    return columns.join(QStringLiteral(", "));
}

} // namespace

namespace ledgersql {

QString numberSearchClause(const QSqlDatabase &db, const QString &needle, const QString &hash,
                           QVariantList *values)
{
    const QString text = needle.trimmed();
    const QString number = normalizedNumber(text);
    QString clause;
    if (!isSqlite(db)) {
        // The pg_trgm index covers exactly this expression (ILIKE, any case, as SQLite's LIKE).
        clause = LedgerSchema::searchTextExpression() + QStringLiteral(" ILIKE ?");
        *values << u'%' + number + u'%';
        if (number != text) {
            clause += QStringLiteral(" OR COALESCE(subid, '') ILIKE ?");
            *values << u'%' + text + u'%';
        }
    } else if (number.size() >= 3 && text.size() >= 3) {
        // The trigram tokenizer matches a phrase as a substring, in any case (as LIKE does).
        clause =
            QStringLiteral("id IN (SELECT rowid FROM bindings_fts WHERE bindings_fts MATCH ?)");
        *values << (number == text ? ftsPhrase(number)
                                   : QStringLiteral("{x anum bnum} : %1 OR subid : %2")
                                         .arg(ftsPhrase(number), ftsPhrase(text)));
    } else {
        // Fewer than three characters: a trigram index cannot answer; scan.
        const QString like = u'%' + number + u'%';
        clause = QStringLiteral("x LIKE ? OR anum LIKE ? OR bnum LIKE ? OR subid LIKE ?");
        *values << like << like << like << u'%' + text + u'%';
    }
    if (!hash.isEmpty()) {
        clause +=
            QStringLiteral(" OR id IN (SELECT binding_id FROM erased_numbers WHERE hash = ?)");
        *values << hash;
    }
    return u'(' + clause + u')';
}

} // namespace ledgersql

QList<BindingRecord> Ledger::openBindings(std::optional<qint64> profileId, qint64 afterId,
                                          int limit) const
{
    const QSqlDatabase db = database();
    QString where = LedgerSchema::openBindingsClause() + profileTerm(db, profileId) +
                    QStringLiteral(" AND id > ?");
    QString tail = QStringLiteral("ORDER BY id");
    if (limit > 0)
        tail += QStringLiteral(" LIMIT %1").arg(limit);
    if (isSqlite(db)) {
        // The partial index holds exactly the open rows, in id order.
        QList<BindingRecord> out;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM bindings INDEXED BY bindings_open WHERE %2 %3")
                      .arg(kBindingColumns, where, tail));
        q.addBindValue(afterId);
        if (!q.exec()) {
            setError(q.lastError().text());
            return out;
        }
        const BindingReader read(q);
        while (q.next())
            out.append(read(q));
        return out;
    }
    return selectBindings(db, where, {afterId}, tail);
}

QList<BindingRecord> Ledger::bindingsEndedSince(std::optional<qint64> profileId,
                                                qint64 sinceMs) const
{
    const QSqlDatabase db = database();
    const QString where =
        QStringLiteral("updated_at >= ?") +
        statesTerm(db, {RecordState::Released, RecordState::Expired, RecordState::Failed}) +
        profileTerm(db, profileId);
    return selectBindings(db, where, {sinceMs}, QStringLiteral("ORDER BY updated_at, id"));
}

QList<BindingRecord> Ledger::historyBindings(const HistoryQuery &query) const
{
    const QSqlDatabase db = database();
    const bool sqlite = isSqlite(db);
    const int limit = query.limit > 0 ? query.limit : 200;
    QVariantList values;
    QString range;
    auto addRange = [&](const QString &prefix) {
        if (query.createdFrom) {
            range += QStringLiteral(" AND %1created_at >= ?").arg(prefix);
            values << *query.createdFrom;
        }
        if (query.createdTo) {
            range += QStringLiteral(" AND %1created_at < ?").arg(prefix);
            values << *query.createdTo;
        }
    };
    const QString hash = numberHash(query.number);
    const QString text = query.number.trimmed();
    const QString number = normalizedNumber(text);
    if (!text.isEmpty() && sqlite && hash.isEmpty() && number == text && number.size() >= 3) {
        // Walk the index's matches newest first and stop at a page: a needle that matches
        // millions of rows costs one page, not a sort of them all.
        QString sql = QStringLiteral("SELECT %1 FROM bindings_fts f CROSS JOIN bindings b "
                                     "ON b.id = f.rowid WHERE bindings_fts MATCH ?")
                          .arg(qualifiedColumns(QStringLiteral("b")));
        values << ftsPhrase(number);
        if (query.beforeId > 0) {
            sql += QStringLiteral(" AND f.rowid < ?");
            values << query.beforeId;
        }
        addRange(QStringLiteral("b."));
        sql += range + statesTerm(db, query.states, QStringLiteral("b.")) +
               profileTerm(db, query.profileId, QStringLiteral("b.")) +
               QStringLiteral(" ORDER BY f.rowid DESC LIMIT %1").arg(limit);
        QList<BindingRecord> out;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : std::as_const(values))
            bind(q, v);
        if (!q.exec()) {
            setError(q.lastError().text());
            return out;
        }
        const BindingReader read(q);
        while (q.next())
            out.append(read(q));
        return out;
    }
    QString where = QStringLiteral("1 = 1");
    if (!text.isEmpty()) {
        // By id, newest first (the match set of a full number is small).
        where += QStringLiteral(" AND ") + numberSearchClause(db, query.number, hash, &values);
        if (query.beforeId > 0) {
            where += QStringLiteral(" AND id < ?");
            values << query.beforeId;
        }
        addRange(QString());
        where += range + statesTerm(db, query.states) + profileTerm(db, query.profileId);
        return selectBindings(db, where, values,
                              QStringLiteral("ORDER BY id DESC LIMIT %1").arg(limit));
    }
    // By (created_at, id), newest first, from the index bindings_created.
    if (query.beforeId > 0) {
        where += QStringLiteral(" AND (created_at, id) < (?, ?)");
        values << query.beforeCreatedAt << query.beforeId;
    }
    addRange(QString());
    where += range + statesTerm(db, query.states) + profileTerm(db, query.profileId);
    return selectBindings(db, where, values,
                          QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT %1").arg(limit));
}

void Ledger::setNumberHashKey(const QByteArray &key)
{
    m_hashKey = key;
}

QString Ledger::numberHash(const QString &number) const
{
    const QString n = normalizedNumber(number.trimmed());
    // Only a full number is worth a hash lookup (retention hashes whole numbers).
    if (m_hashKey.isEmpty() || n.size() < 5)
        return {};
    for (const QChar c : n) {
        if (!c.isDigit() && c != u'+')
            return {};
    }
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(n.toUtf8(), m_hashKey, QCryptographicHash::Sha256)
            .toHex());
}

} // namespace pn

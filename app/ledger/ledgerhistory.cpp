// History at scale: the console's working set (open and recently ended bindings), pages of
// older history, and number search answered from the trigram index (migration 7).

#include "ledger/ledger.h"
#include "ledger/ledgerbindings.h"

#include "core/validation.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QMessageAuthenticationCode>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

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

// The part of a needle the trigram index is asked for. A number's first characters (country
// code, carrier prefix such as 138, an X's 1390) are the same in nearly every row, so their
// trigrams' doclists hold nearly every rowid, and FTS5 walks a doclist newest first by
// loading it whole: a phrase with them costs a read of the whole index at 10,000,000 rows.
// From eight characters on, the first three are dropped and at most the last eight kept
// (at least five characters, three trigrams, stay); the whole needle is then confirmed on
// the row (confirmClause), so the answer is the same substring match.
QString indexedPart(const QString &needle)
{
    if (needle.size() < 8)
        return needle;
    return needle.right(qMin<qsizetype>(8, needle.size() - 3));
}

// "instr(lower(x), ?) > 0 OR ..." over the columns the phrase was asked in, each bound to the
// lower-cased needle: a substring in one column, in any (ASCII) case, as the trigram
// tokenizer and LIKE match. `number` for x/A/B, `text` for the subid.
QString confirmClause(const QString &alias, const QString &number, const QString &text,
                      QVariantList *values)
{
    QStringList terms;
    for (const char *column : {"x", "anum", "bnum"}) {
        terms << QStringLiteral("instr(lower(%1%2), ?) > 0").arg(alias, QLatin1StringView(column));
        *values << number.toLower();
    }
    terms << QStringLiteral("instr(lower(%1subid), ?) > 0").arg(alias);
    *values << text.toLower();
    return u'(' + terms.join(QStringLiteral(" OR ")) + u')';
}

// The MATCH expression for a needle (number: with spaces and dashes taken out; text: as
// typed, for the subid) and whether the whole needle must still be confirmed on the row.
QString ftsMatch(const QString &number, const QString &text, bool *confirm)
{
    const QString n = indexedPart(number), t = indexedPart(text);
    *confirm = n != number || t != text;
    return number == text
               ? ftsPhrase(n)
               : QStringLiteral("{x anum bnum} : %1 OR subid : %2").arg(ftsPhrase(n), ftsPhrase(t));
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
        bool confirm = false;
        clause =
            QStringLiteral("id IN (SELECT rowid FROM bindings_fts WHERE bindings_fts MATCH ?)");
        *values << ftsMatch(number, text, &confirm);
        if (confirm)
            clause += QStringLiteral(" AND ") + confirmClause({}, number, text, values);
    } else {
        // Fewer than three characters: a trigram index cannot answer; scan.
        const QString like = u'%' + number + u'%';
        clause = QStringLiteral("x LIKE ? OR anum LIKE ? OR bnum LIKE ? OR subid LIKE ?");
        *values << like << like << like << u'%' + text + u'%';
    }
    if (!hash.isEmpty()) {
        clause +=
            QStringLiteral(" OR id IN (SELECT binding_id FROM erased_numbers WHERE hash = ?)");
        *values << hash.toLongLong();
    }
    return u'(' + clause + u')';
}

} // namespace ledgersql

QList<BindingRecord> LedgerBindings::openBindings(std::optional<qint64> profileId, qint64 afterId,
                                                  int limit) const
{
    const QSqlDatabase db = m_ledger.database();
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
            m_ledger.setError(q.lastError().text());
            return out;
        }
        const BindingReader read(q);
        while (q.next())
            out.append(read(q));
        return out;
    }
    return selectBindings(db, where, {afterId}, tail);
}

QList<BindingRecord> LedgerBindings::bindingsEndedSince(std::optional<qint64> profileId,
                                                        qint64 sinceMs) const
{
    const QSqlDatabase db = m_ledger.database();
    const QString where =
        QStringLiteral("updated_at >= ?") +
        statesTerm(db, {RecordState::Released, RecordState::Expired, RecordState::Failed}) +
        profileTerm(db, profileId);
    return selectBindings(db, where, {sinceMs}, QStringLiteral("ORDER BY updated_at, id"));
}

QList<BindingRecord> LedgerBindings::historyBindings(const HistoryQuery &query) const
{
    const QSqlDatabase db = m_ledger.database();
    const bool sqlite = isSqlite(db);
    const int limit = query.limit > 0 ? query.limit : 200;
    // " AND id < ? AND created_at >= ? ..." for the page's keyset, period, states and profile.
    auto filters = [&](const QString &prefix, const QString &idColumn, QVariantList *values) {
        QString sql;
        if (query.beforeId > 0) {
            sql += QStringLiteral(" AND %1 < ?").arg(idColumn);
            *values << query.beforeId;
        }
        if (query.createdFrom) {
            sql += QStringLiteral(" AND %1created_at >= ?").arg(prefix);
            *values << *query.createdFrom;
        }
        if (query.createdTo) {
            sql += QStringLiteral(" AND %1created_at < ?").arg(prefix);
            *values << *query.createdTo;
        }
        return sql + statesTerm(db, query.states, prefix) +
               profileTerm(db, query.profileId, prefix);
    };
    const QString hash = m_ledger.numberHash(query.number);
    const QString text = query.number.trimmed();
    const QString number = normalizedNumber(text);
    if (!text.isEmpty() && sqlite && number == text && number.size() >= 3) {
        // Walk the index's matches newest first and stop at a page: a needle that matches
        // millions of rows costs one page, not a sort of them all.
        QVariantList values;
        QString sql = QStringLiteral("SELECT %1 FROM bindings_fts f CROSS JOIN bindings b "
                                     "ON b.id = f.rowid WHERE bindings_fts MATCH ?")
                          .arg(qualifiedColumns(QStringLiteral("b")));
        bool confirm = false;
        values << ftsMatch(number, text, &confirm);
        if (confirm)
            sql += QStringLiteral(" AND ") +
                   confirmClause(QStringLiteral("b."), number, text, &values);
        sql += filters(QStringLiteral("b."), QStringLiteral("f.rowid"), &values) +
               QStringLiteral(" ORDER BY f.rowid DESC LIMIT %1").arg(limit);
        QList<BindingRecord> out;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : std::as_const(values))
            bind(q, v);
        if (!q.exec()) {
            m_ledger.setError(q.lastError().text());
            return out;
        }
        const BindingReader read(q);
        while (q.next())
            out.append(read(q));
        q.finish();
        if (hash.isEmpty())
            return out;
        // Bindings whose numbers retention erased, found by the keyed hash: the newest page of
        // them, merged with the index's page by id (the page of the union).
        QVariantList hashValues{hash.toLongLong()};
        const QList<BindingRecord> erased = selectBindings(
            db,
            QStringLiteral("id IN (SELECT binding_id FROM erased_numbers WHERE hash = ?)") +
                filters(QString(), QStringLiteral("id"), &hashValues),
            hashValues, QStringLiteral("ORDER BY id DESC LIMIT %1").arg(limit));
        if (erased.isEmpty())
            return out;
        QSet<qint64> seen;
        for (const BindingRecord &b : std::as_const(out))
            seen.insert(b.id);
        for (const BindingRecord &b : erased) {
            if (!seen.contains(b.id))
                out.append(b);
        }
        std::sort(out.begin(), out.end(),
                  [](const BindingRecord &l, const BindingRecord &r) { return l.id > r.id; });
        if (out.size() > limit)
            out.resize(limit);
        return out;
    }
    QVariantList values;
    QString where = QStringLiteral("1 = 1");
    if (!text.isEmpty()) {
        // By id, newest first (the match set of a full number is small).
        where += QStringLiteral(" AND ") + numberSearchClause(db, query.number, hash, &values);
        where += filters(QString(), QStringLiteral("id"), &values);
        return selectBindings(db, where, values,
                              QStringLiteral("ORDER BY id DESC LIMIT %1").arg(limit));
    }
    // By (created_at, id), newest first, from the index bindings_created.
    if (query.beforeId > 0) {
        where += QStringLiteral(" AND (created_at, id) < (?, ?)");
        values << query.beforeCreatedAt << query.beforeId;
    }
    if (query.createdFrom) {
        where += QStringLiteral(" AND created_at >= ?");
        values << *query.createdFrom;
    }
    if (query.createdTo) {
        where += QStringLiteral(" AND created_at < ?");
        values << *query.createdTo;
    }
    where += statesTerm(db, query.states) + profileTerm(db, query.profileId);
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
    // erased_numbers.hash (migration 12): the HMAC's first 8 bytes as a signed big-endian
    // 64-bit integer, handed around in its decimal form.
    const QByteArray mac =
        QMessageAuthenticationCode::hash(n.toUtf8(), m_hashKey, QCryptographicHash::Sha256);
    return QString::number(qFromBigEndian<qint64>(mac.constData()));
}

} // namespace pn

#include "callbacks/callstore.h"

#include "ledger/ledgerschema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace pn {

namespace {

const QStringList &cdrColumns()
{
    static const QStringList cols = {
        QStringLiteral("taskid"),       QStringLiteral("profile_id"), QStringLiteral("devid"),
        QStringLiteral("appid"),        QStringLiteral("subid"),      QStringLiteral("caller"),
        QStringLiteral("rcaller"),      QStringLiteral("callee"),     QStringLiteral("result"),
        QStringLiteral("begin_time"),   QStringLiteral("ring_time"),  QStringLiteral("answer_time"),
        QStringLiteral("release_time"), QStringLiteral("duration"),   QStringLiteral("recording"),
        QStringLiteral("user_data"),    QStringLiteral("releasedir"), QStringLiteral("extra"),
        QStringLiteral("received_at"),  QStringLiteral("anomalies")};
    return cols;
}

const QStringList &callStartColumns()
{
    static const QStringList cols = {
        QStringLiteral("taskid"),      QStringLiteral("profile_id"), QStringLiteral("devid"),
        QStringLiteral("appid"),       QStringLiteral("subid"),      QStringLiteral("caller"),
        QStringLiteral("rcaller"),     QStringLiteral("callee"),     QStringLiteral("call_time"),
        QStringLiteral("sms_content"), QStringLiteral("user_data"),  QStringLiteral("extra"),
        QStringLiteral("received_at"), QStringLiteral("anomalies")};
    return cols;
}

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

// Text columns are NOT NULL: an absent optional field is stored as ''.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

std::optional<qint64> optFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

QString selectCdr()
{
    return QStringLiteral("SELECT %1, id FROM calls").arg(cdrColumns().join(u','));
}

QString selectCallStart()
{
    return QStringLiteral("SELECT %1 FROM call_starts").arg(callStartColumns().join(u','));
}

CdrRecord cdrFrom(const QSqlQuery &q)
{
    CdrRecord c;
    c.taskid = q.value(0).toString();
    c.profileId = optFrom(q.value(1));
    c.devid = q.value(2).toString();
    c.appid = q.value(3).toString();
    c.subid = q.value(4).toString();
    c.caller = q.value(5).toString();
    c.rcaller = q.value(6).toString();
    c.callee = q.value(7).toString();
    c.result = q.value(8).toString();
    c.beginTime = q.value(9).toLongLong();
    c.ringTime = optFrom(q.value(10));
    c.answerTime = optFrom(q.value(11));
    c.releaseTime = optFrom(q.value(12));
    c.duration = q.value(13).toLongLong();
    c.recording = q.value(14).toString();
    c.userData = q.value(15).toString();
    c.releasedir = q.value(16).toString();
    c.extra = fromJson(q.value(17).toString());
    c.receivedAtMs = q.value(18).toLongLong();
    c.anomalies = q.value(19).toString().split(u',', Qt::SkipEmptyParts);
    c.rowId = q.value(20).toLongLong();
    return c;
}

CallStartRecord callStartFrom(const QSqlQuery &q)
{
    CallStartRecord s;
    s.taskid = q.value(0).toString();
    s.profileId = optFrom(q.value(1));
    s.devid = q.value(2).toString();
    s.appid = q.value(3).toString();
    s.subid = q.value(4).toString();
    s.caller = q.value(5).toString();
    s.rcaller = q.value(6).toString();
    s.callee = q.value(7).toString();
    s.callTime = q.value(8).toLongLong();
    s.smsContent = q.value(9).toString();
    s.userData = q.value(10).toString();
    s.extra = fromJson(q.value(11).toString());
    s.receivedAtMs = q.value(12).toLongLong();
    s.anomalies = q.value(13).toString().split(u',', Qt::SkipEmptyParts);
    return s;
}

// WHERE clause and bound values for a filter on a time column.
QString where(const CallFilter &f, const char *timeColumn, QVariantList *values)
{
    QStringList parts;
    if (f.fromSecs) {
        parts << QStringLiteral("%1 >= ?").arg(QLatin1StringView(timeColumn));
        *values << *f.fromSecs;
    }
    if (f.toSecs) {
        parts << QStringLiteral("%1 < ?").arg(QLatin1StringView(timeColumn));
        *values << *f.toSecs;
    }
    if (f.profileId) {
        parts << QStringLiteral("profile_id = ?");
        *values << *f.profileId;
    }
    if (!f.subid.isEmpty()) {
        parts << QStringLiteral("subid = ?");
        *values << f.subid;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

struct CallStore::Prepared
{
    explicit Prepared(const QSqlDatabase &db)
        : cdr(db)
        , callStart(db)
        , rejected(db)
    {}
    QSqlQuery cdr;
    QSqlQuery callStart;
    QSqlQuery rejected;
    bool ready = false;
};

CallStore::CallStore(QString ledgerPath)
    : m_path(std::move(ledgerPath))
    , m_connection(QStringLiteral("pn_calls_%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

CallStore::~CallStore()
{
    m_prepared.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase CallStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool CallStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

bool CallStore::open(QString *error, Durability durability)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(m_path);
    if (!d.open()) {
        if (error)
            *error = tr("Cannot open the ledger %1: %2").arg(m_path, d.lastError().text());
        return false;
    }
    if (!LedgerSchema::configureConnection(d, error) || !LedgerSchema::migrate(d, error))
        return false;
    if (durability == Durability::Full) {
        QSqlQuery q(d);
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    m_prepared = std::make_unique<Prepared>(d);
    const QStringList key{QStringLiteral("taskid")};
    bool ok = m_prepared->cdr.prepare(
                  LedgerSchema::insertIgnoring(QStringLiteral("calls"), cdrColumns(), key)) &&
              m_prepared->callStart.prepare(LedgerSchema::insertIgnoring(
                  QStringLiteral("call_starts"), callStartColumns(), key)) &&
              m_prepared->rejected.prepare(QStringLiteral(
                  "INSERT INTO rejected_callbacks (received_at, remote, path, content_type, "
                  "http_status, reason, body) VALUES (?,?,?,?,?,?,?)"));
    if (!ok) {
        if (error)
            *error =
                tr("Cannot prepare the ledger's call statements: %1").arg(d.lastError().text());
        return false;
    }
    m_prepared->ready = true;
    return true;
}

bool CallStore::begin(QString *error)
{
    QSqlQuery q(db());
    // IMMEDIATE takes the write lock at once, so a busy ledger waits in busy_timeout here
    // rather than failing at the first insert.
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool CallStore::commit(QString *error)
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    if (error)
        *error = q.lastError().text();
    rollback();
    return false;
}

void CallStore::rollback()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("ROLLBACK"));
}

CallStore::Stored CallStore::storeCdr(const CdrRecord &c, QString *error)
{
    if (!m_prepared || !m_prepared->ready)
        return Stored::Failed;
    QSqlQuery &q = m_prepared->cdr;
    const QVariantList values = {
        text(c.taskid),     opt(c.profileId), text(c.devid),     text(c.appid),
        text(c.subid),      text(c.caller),   text(c.rcaller),   text(c.callee),
        text(c.result),     c.beginTime,      opt(c.ringTime),   opt(c.answerTime),
        opt(c.releaseTime), c.duration,       text(c.recording), text(c.userData),
        text(c.releasedir), toJson(c.extra),  c.receivedAtMs,    text(c.anomalies.join(u','))};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return Stored::Failed;
    }
    return q.numRowsAffected() > 0 ? Stored::Inserted : Stored::Duplicate;
}

CallStore::Stored CallStore::storeCallStart(const CallStartRecord &s, QString *error)
{
    if (!m_prepared || !m_prepared->ready)
        return Stored::Failed;
    QSqlQuery &q = m_prepared->callStart;
    const QVariantList values = {text(s.taskid),   opt(s.profileId),
                                 text(s.devid),    text(s.appid),
                                 text(s.subid),    text(s.caller),
                                 text(s.rcaller),  text(s.callee),
                                 s.callTime,       text(s.smsContent),
                                 text(s.userData), toJson(s.extra),
                                 s.receivedAtMs,   text(s.anomalies.join(u','))};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return Stored::Failed;
    }
    return q.numRowsAffected() > 0 ? Stored::Inserted : Stored::Duplicate;
}

bool CallStore::storeRejected(const RejectedCallback &r, QString *error)
{
    if (!m_prepared || !m_prepared->ready)
        return false;
    QSqlQuery &q = m_prepared->rejected;
    const QVariantList values = {r.receivedAtMs, text(r.remote), text(r.path), text(r.contentType),
                                 r.httpStatus,   text(r.reason), text(r.body)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool CallStore::pruneRejected(int keep, QString *error)
{
    QSqlQuery q(db());
    if (run(q,
            QStringLiteral("DELETE FROM rejected_callbacks WHERE id <= "
                           "(SELECT MAX(id) FROM rejected_callbacks) - ?"),
            {qint64(keep)}))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QList<CdrRecord> CallStore::calls(const CallFilter &filter) const
{
    QVariantList values;
    const QString sql = selectCdr() + where(filter, "begin_time", &values) +
                        QStringLiteral(" ORDER BY begin_time DESC, id DESC LIMIT %1")
                            .arg(std::max(0, filter.limit));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<CdrRecord> out;
    if (!run(q, sql, values))
        return out;
    while (q.next())
        out << cdrFrom(q);
    return out;
}

QList<CdrRecord> CallStore::callsAfter(qint64 rowId, const CallFilter &filter) const
{
    QVariantList values;
    QString w = where(filter, "begin_time", &values);
    w += (w.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
         QStringLiteral("id > ?");
    values << rowId;
    const QString sql =
        selectCdr() + w + QStringLiteral(" ORDER BY id LIMIT %1").arg(std::max(0, filter.limit));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<CdrRecord> out;
    if (!run(q, sql, values))
        return out;
    while (q.next())
        out << cdrFrom(q);
    return out;
}

qint64 CallStore::lastCallRowId() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM calls")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<CdrRecord> CallStore::cdr(const QString &taskid) const
{
    QSqlQuery q(db());
    if (run(q, selectCdr() + QStringLiteral(" WHERE taskid = ?"), {taskid}) && q.next())
        return cdrFrom(q);
    return std::nullopt;
}

QList<CallStartRecord> CallStore::callStarts(const CallFilter &filter) const
{
    QVariantList values;
    const QString sql =
        selectCallStart() + where(filter, "call_time", &values) +
        QStringLiteral(" ORDER BY call_time DESC, id DESC LIMIT %1").arg(std::max(0, filter.limit));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<CallStartRecord> out;
    if (!run(q, sql, values))
        return out;
    while (q.next())
        out << callStartFrom(q);
    return out;
}

QList<TimelineEntry> CallStore::timeline(const QString &subid) const
{
    CallFilter f;
    f.subid = subid;
    QList<TimelineEntry> out;
    for (const CallStartRecord &s : callStarts(f)) {
        TimelineEntry e;
        e.kind = CallbackKind::CallStart;
        e.timeSecs = s.callTime;
        e.taskid = s.taskid;
        e.callStart = s;
        out << e;
    }
    for (const CdrRecord &c : calls(f)) {
        TimelineEntry e;
        e.kind = CallbackKind::Cdr;
        e.timeSecs = c.beginTime;
        e.taskid = c.taskid;
        e.cdr = c;
        out << e;
    }
    // Per taskid: the call-start, then its CDR; calls in the order they began.
    QHash<QString, qint64> callTime;
    for (const TimelineEntry &e : std::as_const(out)) {
        auto it = callTime.find(e.taskid);
        if (it == callTime.end() || e.timeSecs < *it)
            callTime.insert(e.taskid, e.timeSecs);
    }
    std::stable_sort(out.begin(), out.end(), [&](const TimelineEntry &a, const TimelineEntry &b) {
        const qint64 ta = callTime.value(a.taskid), tb = callTime.value(b.taskid);
        if (ta != tb)
            return ta < tb;
        if (a.taskid != b.taskid)
            return a.taskid < b.taskid;
        return a.kind == CallbackKind::CallStart && b.kind == CallbackKind::Cdr;
    });
    return out;
}

QList<RejectedCallback> CallStore::rejected(int limit) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<RejectedCallback> out;
    if (!run(q,
             QStringLiteral("SELECT id, received_at, remote, path, content_type, http_status, "
                            "reason, body FROM rejected_callbacks ORDER BY id DESC LIMIT %1")
                 .arg(std::max(0, limit)),
             {}))
        return out;
    while (q.next()) {
        RejectedCallback r;
        r.id = q.value(0).toLongLong();
        r.receivedAtMs = q.value(1).toLongLong();
        r.remote = q.value(2).toString();
        r.path = q.value(3).toString();
        r.contentType = q.value(4).toString();
        r.httpStatus = q.value(5).toInt();
        r.reason = q.value(6).toString();
        r.body = q.value(7).toString();
        out << r;
    }
    return out;
}

qint64 CallStore::count(const char *table) const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 CallStore::countCalls() const
{
    return count("calls");
}

qint64 CallStore::countCallStarts() const
{
    return count("call_starts");
}

qint64 CallStore::countRejected() const
{
    return count("rejected_callbacks");
}

CallStats CallStore::stats(const CallFilter &filter) const
{
    CallStats s;
    QVariantList values;
    const QString w = where(filter, "begin_time", &values);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (run(q, QStringLiteral("SELECT result, COUNT(*) FROM calls%1 GROUP BY result").arg(w),
            values)) {
        while (q.next()) {
            const qint64 n = q.value(1).toLongLong();
            s.byOutcome[CallResultCatalog::outcome(q.value(0).toString())] += n;
            s.total += n;
        }
    }
    if (run(q,
            QStringLiteral("SELECT (begin_time / 3600) * 3600 AS hour, COUNT(*) FROM calls%1 "
                           "GROUP BY hour ORDER BY hour")
                .arg(w),
            values)) {
        while (q.next())
            s.perHour.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    if (run(q,
            QStringLiteral("SELECT rcaller, COUNT(*) AS n, SUM(CASE WHEN result = 'answered' "
                           "THEN 1 ELSE 0 END) FROM calls%1 GROUP BY rcaller ORDER BY n DESC, "
                           "rcaller")
                .arg(w),
            values)) {
        while (q.next())
            s.perX << CallStats::PerX{q.value(0).toString(), q.value(1).toLongLong(),
                                      q.value(2).toLongLong()};
    }
    return s;
}

} // namespace pn

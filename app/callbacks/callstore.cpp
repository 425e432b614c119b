#include "callbacks/callstore.h"

#include "core/clock.h"
#include "ledger/ledger.h"
#include "ledger/ledgerschema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrlQuery>
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

// The positions of a result's columns, looked up by name once per query (the order of the
// SELECT list does not matter to the readers below).
class Columns
{
public:
    explicit Columns(const QSqlQuery &q)
        : m_record(q.record())
    {}
    int operator()(const char *name) const { return m_record.indexOf(QLatin1StringView(name)); }

private:
    QSqlRecord m_record;
};

struct CdrColumns
{
    explicit CdrColumns(const Columns &c)
        : taskid(c("taskid"))
        , profileId(c("profile_id"))
        , devid(c("devid"))
        , appid(c("appid"))
        , subid(c("subid"))
        , caller(c("caller"))
        , rcaller(c("rcaller"))
        , callee(c("callee"))
        , result(c("result"))
        , beginTime(c("begin_time"))
        , ringTime(c("ring_time"))
        , answerTime(c("answer_time"))
        , releaseTime(c("release_time"))
        , duration(c("duration"))
        , recording(c("recording"))
        , userData(c("user_data"))
        , releasedir(c("releasedir"))
        , extra(c("extra"))
        , receivedAt(c("received_at"))
        , anomalies(c("anomalies"))
        , id(c("id"))
    {}
    int taskid, profileId, devid, appid, subid, caller, rcaller, callee, result, beginTime,
        ringTime, answerTime, releaseTime, duration, recording, userData, releasedir, extra,
        receivedAt, anomalies, id;
};

CdrRecord cdrFrom(const QSqlQuery &q, const CdrColumns &k)
{
    CdrRecord c;
    c.taskid = q.value(k.taskid).toString();
    c.profileId = optFrom(q.value(k.profileId));
    c.devid = q.value(k.devid).toString();
    c.appid = q.value(k.appid).toString();
    c.subid = q.value(k.subid).toString();
    c.caller = q.value(k.caller).toString();
    c.rcaller = q.value(k.rcaller).toString();
    c.callee = q.value(k.callee).toString();
    c.result = q.value(k.result).toString();
    c.beginTime = q.value(k.beginTime).toLongLong();
    c.ringTime = optFrom(q.value(k.ringTime));
    c.answerTime = optFrom(q.value(k.answerTime));
    c.releaseTime = optFrom(q.value(k.releaseTime));
    c.duration = q.value(k.duration).toLongLong();
    c.recording = q.value(k.recording).toString();
    c.userData = q.value(k.userData).toString();
    c.releasedir = q.value(k.releasedir).toString();
    c.extra = fromJson(q.value(k.extra).toString());
    c.receivedAtMs = q.value(k.receivedAt).toLongLong();
    c.anomalies = q.value(k.anomalies).toString().split(u',', Qt::SkipEmptyParts);
    c.rowId = q.value(k.id).toLongLong();
    return c;
}

QList<CdrRecord> readCdrs(QSqlQuery &q)
{
    QList<CdrRecord> out;
    const CdrColumns k{Columns(q)};
    while (q.next())
        out << cdrFrom(q, k);
    return out;
}

QList<CallStartRecord> readCallStarts(QSqlQuery &q)
{
    const Columns c(q);
    const int taskid = c("taskid"), profileId = c("profile_id"), devid = c("devid"),
              appid = c("appid"), subid = c("subid"), caller = c("caller"), rcaller = c("rcaller"),
              callee = c("callee"), callTime = c("call_time"), smsContent = c("sms_content"),
              userData = c("user_data"), extra = c("extra"), receivedAt = c("received_at"),
              anomalies = c("anomalies");
    QList<CallStartRecord> out;
    while (q.next()) {
        CallStartRecord s;
        s.taskid = q.value(taskid).toString();
        s.profileId = optFrom(q.value(profileId));
        s.devid = q.value(devid).toString();
        s.appid = q.value(appid).toString();
        s.subid = q.value(subid).toString();
        s.caller = q.value(caller).toString();
        s.rcaller = q.value(rcaller).toString();
        s.callee = q.value(callee).toString();
        s.callTime = q.value(callTime).toLongLong();
        s.smsContent = q.value(smsContent).toString();
        s.userData = q.value(userData).toString();
        s.extra = fromJson(q.value(extra).toString());
        s.receivedAtMs = q.value(receivedAt).toLongLong();
        s.anomalies = q.value(anomalies).toString().split(u',', Qt::SkipEmptyParts);
        out << s;
    }
    return out;
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

CallStore::CallStore(Ledger &ledger)
    : m_ledger(&ledger)
{}

CallStore::CallStore(const QString &ledgerPath)
    : m_ownLedger(std::make_unique<Ledger>(ledgerPath, SystemClock::instance()))
    , m_ledger(m_ownLedger.get())
{}

CallStore::~CallStore()
{
    // The prepared statements go before the connection they were prepared on.
    m_prepared.reset();
    if (m_ownLedger)
        m_ownLedger->closeThreadConnection();
}

QSqlDatabase CallStore::db() const
{
    return m_ledger->database();
}

QString CallStore::path() const
{
    return m_ledger->path();
}

bool CallStore::isOpen() const
{
    return m_prepared && m_prepared->ready && db().isOpen();
}

bool CallStore::open(QString *error, Durability durability)
{
    if (m_ownLedger && !m_ownLedger->open(error))
        return false;
    QSqlDatabase d = db();
    if (!d.isOpen()) {
        if (error)
            *error = m_ledger->lastError();
        return false;
    }
    if (durability == Durability::Full &&
        LedgerSchema::dialectOf(d) == LedgerSchema::Dialect::SQLite) {
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
                  "http_status, reason, body, profile_id) VALUES (?,?,?,?,?,?,?,?)"));
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
    // On SQLite, BEGIN IMMEDIATE takes the write lock at once, so a busy ledger waits in
    // busy_timeout here rather than failing at the first insert.
    QSqlDatabase d = db();
    return LedgerSchema::beginWrite(d, error);
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
    const std::optional<qint64> profile = r.profileId ? r.profileId : attributeRejected(r.body);
    const QVariantList values = {
        r.receivedAtMs, text(r.remote),
        text(r.path),   text(r.contentType),
        r.httpStatus,   text(r.reason),
        text(r.body),   profile ? QVariant(*profile) : QVariant(QMetaType(QMetaType::LongLong))};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

std::optional<qint64> CallStore::attributeRejected(const QString &body) const
{
    if (body.isEmpty())
        return std::nullopt;
    QString subid, devid;
    const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8());
    if (json.isObject()) {
        subid = json.object().value(QLatin1StringView("subid")).toVariant().toString();
        devid = json.object().value(QLatin1StringView("devid")).toVariant().toString();
    } else {
        const QUrlQuery form(body);
        subid = form.queryItemValue(QStringLiteral("subid"), QUrl::FullyDecoded);
        devid = form.queryItemValue(QStringLiteral("devid"), QUrl::FullyDecoded);
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!subid.isEmpty() &&
        run(q, QStringLiteral("SELECT profile_id FROM bindings WHERE subid = ? LIMIT 1"),
            {subid.left(128)}) &&
        q.next())
        return q.value(0).toLongLong();
    if (!devid.isEmpty() &&
        run(q, QStringLiteral("SELECT id FROM profiles WHERE devid = ? LIMIT 2"),
            {devid.left(128)})) {
        std::optional<qint64> found;
        int rows = 0;
        while (q.next()) {
            found = q.value(0).toLongLong();
            ++rows;
        }
        if (rows == 1)
            return found;
    }
    return std::nullopt;
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
    if (!run(q, sql, values))
        return {};
    return readCdrs(q);
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
    if (!run(q, sql, values))
        return {};
    return readCdrs(q);
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
    if (!run(q, selectCdr() + QStringLiteral(" WHERE taskid = ?"), {taskid}))
        return std::nullopt;
    const QList<CdrRecord> found = readCdrs(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CallStartRecord> CallStore::callStarts(const CallFilter &filter) const
{
    QVariantList values;
    const QString sql =
        selectCallStart() + where(filter, "call_time", &values) +
        QStringLiteral(" ORDER BY call_time DESC, id DESC LIMIT %1").arg(std::max(0, filter.limit));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return {};
    return readCallStarts(q);
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
                            "reason, body, profile_id FROM rejected_callbacks ORDER BY id DESC "
                            "LIMIT %1")
                 .arg(std::max(0, limit)),
             {}))
        return out;
    const Columns c(q);
    const int id = c("id"), receivedAt = c("received_at"), remote = c("remote"), path = c("path"),
              contentType = c("content_type"), httpStatus = c("http_status"), reason = c("reason"),
              body = c("body"), profile = c("profile_id");
    while (q.next()) {
        RejectedCallback r;
        r.id = q.value(id).toLongLong();
        r.receivedAtMs = q.value(receivedAt).toLongLong();
        r.remote = q.value(remote).toString();
        r.path = q.value(path).toString();
        r.contentType = q.value(contentType).toString();
        r.httpStatus = q.value(httpStatus).toInt();
        r.reason = q.value(reason).toString();
        r.body = q.value(body).toString();
        if (!q.value(profile).isNull())
            r.profileId = q.value(profile).toLongLong();
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
    if (run(q, QStringLiteral("SELECT result, COUNT(*) AS n FROM calls%1 GROUP BY result").arg(w),
            values)) {
        const Columns c(q);
        const int result = c("result"), n = c("n");
        while (q.next()) {
            const qint64 count = q.value(n).toLongLong();
            s.byOutcome[CallResultCatalog::outcome(q.value(result).toString())] += count;
            s.total += count;
        }
    }
    if (run(q,
            QStringLiteral("SELECT (begin_time / 3600) * 3600 AS hour, COUNT(*) AS n FROM calls%1 "
                           "GROUP BY hour ORDER BY hour")
                .arg(w),
            values)) {
        const Columns c(q);
        const int hour = c("hour"), n = c("n");
        while (q.next())
            s.perHour.insert(q.value(hour).toLongLong(), q.value(n).toLongLong());
    }
    if (run(q,
            QStringLiteral("SELECT rcaller, COUNT(*) AS n, SUM(CASE WHEN result = 'answered' "
                           "THEN 1 ELSE 0 END) AS answered FROM calls%1 GROUP BY rcaller "
                           "ORDER BY n DESC, rcaller")
                .arg(w),
            values)) {
        const Columns c(q);
        const int rcaller = c("rcaller"), n = c("n"), answered = c("answered");
        while (q.next())
            s.perX << CallStats::PerX{q.value(rcaller).toString(), q.value(n).toLongLong(),
                                      q.value(answered).toLongLong()};
    }
    return s;
}

} // namespace pn

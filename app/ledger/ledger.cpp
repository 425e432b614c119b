#include "ledger.h"

#include "ledgerschema.h"
#include "validation.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace pn {

namespace {

const QString kBindingColumns = QStringLiteral(
    "id, profile_id, reqid, appid, x, anum, bnum, ttl, record, display, anucode, ansanu, "
    "user_data, state, subid, created_at, expires_at, released_at, release_requested_at, "
    "last_error, attempts, updated_at, rev");
const QString kTransferColumns = QStringLiteral(
    "id, profile_id, reqid, appid, x, anum, ttl, record, display, anucode, user_data, state, "
    "created_at, expires_at, released_at, release_requested_at, last_error, attempts, "
    "updated_at, rev");
const QString kLogColumns = QStringLiteral("id, at, profile_id, method, path, reqid, params, "
                                           "http_status, error_code, reason, response, "
                                           "latency_ms, attempt");

// Binds a value; a null QString becomes '' (the text columns are NOT NULL).
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

QString nextRev(const QString &table)
{
    return QStringLiteral("(SELECT COALESCE(MAX(rev), 0) + 1 FROM %1)").arg(table);
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

} // namespace

// --- RecordStates ---

QString RecordStates::toSql(RecordState state)
{
    switch (state) {
    case RecordState::Pending:
        return QStringLiteral("pending");
    case RecordState::Active:
        return QStringLiteral("active");
    case RecordState::Released:
        return QStringLiteral("released");
    case RecordState::Expired:
        return QStringLiteral("expired");
    case RecordState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

std::optional<RecordState> RecordStates::fromSql(const QString &text)
{
    for (RecordState s : all()) {
        if (toSql(s) == text)
            return s;
    }
    return std::nullopt;
}

QString RecordStates::displayName(RecordState state)
{
    switch (state) {
    case RecordState::Pending:
        return tr("pending");
    case RecordState::Active:
        return tr("active");
    case RecordState::Released:
        return tr("released");
    case RecordState::Expired:
        return tr("expired");
    case RecordState::Failed:
        break;
    }
    return tr("failed");
}

QList<RecordState> RecordStates::all()
{
    return {RecordState::Pending, RecordState::Active, RecordState::Released, RecordState::Expired,
            RecordState::Failed};
}

// --- Ledger ---

Ledger::Ledger(const QString &path, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(clock)
{}

Ledger::~Ledger()
{
    QMutexLocker lock(&m_mutex);
    // Connections of threads that have ended are removed too (closing happens in the driver).
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QString Ledger::defaultPath()
{
    // One folder for every program of the project (not AppDataLocation, which differs between
    // pnconsole and pnctl), so the console and the CLI share the ledger by default.
    return pathInDataDir(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                             .filePath(QStringLiteral("PrivacyNumberConsole")));
}

QString Ledger::pathInDataDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("ledger.sqlite"));
}

QString Ledger::resolvePath(const QString &dataDirOption)
{
    if (!dataDirOption.isEmpty())
        return pathInDataDir(dataDirOption);
    const QString env = qEnvironmentVariable("PN_DATA_DIR");
    if (!env.isEmpty())
        return pathInDataDir(env);
    return defaultPath();
}

QString Ledger::connectionName() const
{
    // A number per thread that is never reused (thread ids are, once a thread has ended).
    static std::atomic<quint64> counter{0};
    static thread_local const quint64 thread = ++counter;
    return QStringLiteral("pn_ledger_%1_%2").arg(quintptr(this), 0, 16).arg(thread);
}

void Ledger::closeThreadConnection()
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.remove(name))
            return;
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Ledger::database() const
{
    const QString name = connectionName();
    QSqlDatabase db = QSqlDatabase::database(name, true);
    if (db.isValid())
        return db;
    if (isPostgres()) {
        // postgresql://user:password@host:port/database (a shared, team ledger)
        const QUrl url(m_path);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name);
    }
    QString error;
    if (!db.open())
        setError(tr("Cannot open the ledger %1: %2").arg(displayLocation(), db.lastError().text()));
    else if (!LedgerSchema::configureConnection(db, &error))
        setError(error);
    return db;
}

bool Ledger::isPostgres() const
{
    return m_path.startsWith(QLatin1StringView("postgresql://")) ||
           m_path.startsWith(QLatin1StringView("postgres://"));
}

QString Ledger::displayLocation() const
{
    return isPostgres() ? QUrl(m_path).toDisplayString(QUrl::RemovePassword) : m_path;
}

bool Ledger::open(QString *error)
{
    const QFileInfo info(m_path);
    if (!isPostgres() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1 for the ledger.").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        if (error)
            *error = lastError();
        return false;
    }
    QString e;
    if (!LedgerSchema::configureConnection(db, &e) || !LedgerSchema::migrate(db, &e)) {
        setError(e);
        if (error)
            *error = e;
        return false;
    }
    return true;
}

QString Ledger::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

bool Ledger::setError(const QString &text) const
{
    QMutexLocker lock(&m_mutex);
    m_lastError = text;
    qWarning("%s", qUtf8Printable(text));
    return false;
}

std::optional<qint64> Ledger::ensureAdhocProfile(const QString &baseUrl, const QString &devid,
                                                 const QString &appid, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM profiles WHERE base_url = ? AND devid = ? "
                             "ORDER BY id LIMIT 1"));
    bind(q, baseUrl);
    bind(q, devid);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    const QString host = QUrl(baseUrl).authority();
    const QString name = QStringLiteral("pnctl %1@%2").arg(devid, host);
    const qint64 now = m_clock.nowMs();
    QSqlQuery ins(db);
    ins.prepare(LedgerSchema::insertIgnoring(
        QStringLiteral("profiles"),
        {QStringLiteral("name"), QStringLiteral("environment"), QStringLiteral("base_url"),
         QStringLiteral("devid"), QStringLiteral("appids"), QStringLiteral("default_appid"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")},
        {QStringLiteral("name")}));
    bind(ins, name);
    bind(ins, QStringLiteral("test"));
    bind(ins, baseUrl);
    bind(ins, devid);
    bind(ins, appid.isEmpty() ? QStringLiteral("[]") : QStringLiteral("[\"%1\"]").arg(appid));
    bind(ins, appid);
    bind(ins, now);
    bind(ins, now);
    if (!ins.exec()) {
        if (error)
            *error = tr("Cannot record the profile: %1").arg(ins.lastError().text());
        return std::nullopt;
    }
    QSqlQuery again(db);
    again.prepare(QStringLiteral("SELECT id FROM profiles WHERE name = ?"));
    bind(again, name);
    if (again.exec() && again.next())
        return again.value(0).toLongLong();
    if (error)
        *error = tr("Cannot record the profile: %1").arg(again.lastError().text());
    return std::nullopt;
}

// --- bindings ---

std::optional<qint64> Ledger::addBindingIntent(qint64 profileId, const BindingRequest &r,
                                               QString *error)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
                  "INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, "
                  "record, display, anucode, ansanu, user_data, state, created_at, "
                  "updated_at, rev) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'pending',?,?,%1) RETURNING id")
                  .arg(nextRev(QStringLiteral("bindings"))));
    for (const QVariant &v :
         QVariantList{profileId, r.reqid, r.appid, normalizedNumber(r.x), normalizedNumber(r.anum),
                      normalizedNumber(r.bnum), r.ttl, r.record, r.display, r.anucode, r.ansanu,
                      r.userData, now, now})
        bind(q, v);
    // RETURNING (SQLite >= 3.35, PostgreSQL) instead of lastInsertId(), which QPSQL lacks.
    if (!q.exec() || !q.next()) {
        const QString text =
            tr("Cannot write the binding intent to the ledger: %1").arg(q.lastError().text());
        setError(text);
        if (error)
            *error = text;
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Q_EMIT bindingChanged(id);
    return id;
}

bool Ledger::execUpdate(const QString &table, qint64 id, const QString &assignments,
                        const QVariantList &values)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, rev = %3 WHERE id = ?")
                  .arg(table, assignments, nextRev(table)));
    for (const QVariant &v : values)
        bind(q, v);
    bind(q, m_clock.nowMs());
    bind(q, id);
    if (!q.exec())
        return setError(tr("Cannot update the ledger: %1").arg(q.lastError().text()));
    if (table == QLatin1StringView("bindings"))
        Q_EMIT bindingChanged(id);
    else
        Q_EMIT transferChanged(id);
    return true;
}

bool Ledger::markBindingActive(qint64 id, const QString &subid, qint64 expiresAt)
{
    return execUpdate(QStringLiteral("bindings"), id,
                      QStringLiteral("state = 'active', subid = ?, expires_at = ?, "
                                     "last_error = '', attempts = attempts + 1"),
                      {subid, expiresAt});
}

bool Ledger::markBindingFailed(qint64 id, const QString &lastError)
{
    return execUpdate(QStringLiteral("bindings"), id,
                      QStringLiteral("state = 'failed', last_error = ?, attempts = attempts + 1"),
                      {lastError});
}

bool Ledger::noteBindingAttempt(qint64 id, const QString &lastError)
{
    return execUpdate(QStringLiteral("bindings"), id,
                      QStringLiteral("last_error = ?, attempts = attempts + 1"), {lastError});
}

bool Ledger::markReleaseRequested(qint64 id)
{
    return execUpdate(QStringLiteral("bindings"), id, QStringLiteral("release_requested_at = ?"),
                      {m_clock.nowMs()});
}

bool Ledger::clearReleaseRequested(qint64 id, const QString &lastError)
{
    return execUpdate(QStringLiteral("bindings"), id,
                      QStringLiteral("release_requested_at = NULL, last_error = ?"), {lastError});
}

bool Ledger::markBindingReleased(qint64 id, const QString &note)
{
    return execUpdate(QStringLiteral("bindings"), id,
                      QStringLiteral("state = 'released', released_at = ?, last_error = ?"),
                      {m_clock.nowMs(), note});
}

QList<qint64> Ledger::sweepExpiredBindings()
{
    QList<qint64> ids;
    QSqlDatabase db = database();
    QString error;
    if (!LedgerSchema::beginWrite(db, &error)) {
        setError(error);
        return ids;
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM bindings WHERE state = 'active' AND expires_at <= ? "
                             "AND release_requested_at IS NULL"));
    bind(q, now);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE bindings SET state = 'expired', updated_at = ?, rev = %1 "
                             "WHERE id = ?")
                  .arg(nextRev(QStringLiteral("bindings"))));
    for (qint64 id : std::as_const(ids)) {
        bind(u, now);
        bind(u, id);
        if (!u.exec()) {
            setError(u.lastError().text());
            db.rollback();
            return {};
        }
    }
    if (!db.commit()) {
        setError(db.lastError().text());
        return {};
    }
    for (qint64 id : std::as_const(ids))
        Q_EMIT bindingChanged(id);
    return ids;
}

namespace {

QList<BindingRecord> selectBindings(const QSqlDatabase &db, const QString &where,
                                    const QVariantList &values, const QString &tail = {})
{
    QList<BindingRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM bindings WHERE %2 %3").arg(kBindingColumns, where, tail));
    for (const QVariant &v : values)
        bind(q, v);
    if (!q.exec()) {
        qWarning("ledger: %s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(readBinding(q));
    return out;
}

QList<TransferRecord> selectTransfers(const QSqlDatabase &db, const QString &where,
                                      const QVariantList &values, const QString &tail = {})
{
    QList<TransferRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM transfers WHERE %2 %3").arg(kTransferColumns, where, tail));
    for (const QVariant &v : values)
        bind(q, v);
    if (!q.exec()) {
        qWarning("ledger: %s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(readTransfer(q));
    return out;
}

template<typename T> std::optional<T> first(const QList<T> &list)
{
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

} // namespace

std::optional<BindingRecord> Ledger::bindingById(qint64 id) const
{
    return first(selectBindings(database(), QStringLiteral("id = ?"), {id}));
}

std::optional<BindingRecord> Ledger::bindingByReqid(const QString &reqid) const
{
    return first(selectBindings(database(), QStringLiteral("reqid = ?"), {reqid}));
}

std::optional<BindingRecord> Ledger::bindingBySubid(const QString &subid) const
{
    return first(selectBindings(database(), QStringLiteral("subid = ?"), {subid},
                                QStringLiteral("ORDER BY id DESC")));
}

QList<BindingRecord> Ledger::bindings(const BindingQuery &query) const
{
    QString where = QStringLiteral("1 = 1") + profileClause(query.profileId);
    QVariantList values;
    if (!query.states.isEmpty())
        where += QStringLiteral(" AND state IN (%1)").arg(statesIn(query.states));
    if (!query.x.isEmpty()) {
        where += QStringLiteral(" AND x = ?");
        values << normalizedNumber(query.x);
    }
    if (query.afterId > 0) {
        where += QStringLiteral(" AND id > ?");
        values << query.afterId;
    }
    if (!query.number.isEmpty()) {
        const QString like = u'%' + normalizedNumber(query.number) + u'%';
        where += QStringLiteral(" AND (x LIKE ? OR anum LIKE ? OR bnum LIKE ? OR subid LIKE ?)");
        values << like << like << like << u'%' + query.number.trimmed() + u'%';
    }
    QString tail = QStringLiteral("ORDER BY id");
    if (query.limit > 0)
        tail += QStringLiteral(" LIMIT %1").arg(query.limit);
    return selectBindings(database(), where, values, tail);
}

QList<BindingRecord> Ledger::pendingBindings(std::optional<qint64> profileId) const
{
    return selectBindings(database(),
                          QStringLiteral("state = 'pending'") + profileClause(profileId), {},
                          QStringLiteral("ORDER BY id"));
}

QList<BindingRecord> Ledger::releaseRequestedBindings(std::optional<qint64> profileId) const
{
    return selectBindings(database(),
                          QStringLiteral("state IN ('active','expired') AND "
                                         "release_requested_at IS NOT NULL") +
                              profileClause(profileId),
                          {}, QStringLiteral("ORDER BY id"));
}

QList<BindingRecord> Ledger::bindingsChangedSince(qint64 rev) const
{
    return selectBindings(database(), QStringLiteral("rev > ?"), {rev},
                          QStringLiteral("ORDER BY rev"));
}

qint64 Ledger::bindingsRev() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(rev), 0) FROM bindings")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 Ledger::transfersRev() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(rev), 0) FROM transfers")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// --- transfers ---

std::optional<qint64> Ledger::addTransferIntent(qint64 profileId, const TransferRequest &r,
                                                QString *error)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("INSERT INTO transfers (profile_id, reqid, appid, x, anum, ttl, record, "
                       "display, anucode, user_data, state, created_at, updated_at, rev) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,'pending',?,?,%1) RETURNING id")
            .arg(nextRev(QStringLiteral("transfers"))));
    for (const QVariant &v :
         QVariantList{profileId, r.reqid, r.appid, normalizedNumber(r.x), normalizedNumber(r.anum),
                      r.ttl, r.record, r.display, r.anucode, r.userData, now, now})
        bind(q, v);
    if (!q.exec() || !q.next()) {
        const QString text =
            tr("Cannot write the transfer intent to the ledger: %1").arg(q.lastError().text());
        setError(text);
        if (error)
            *error = text;
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Q_EMIT transferChanged(id);
    return id;
}

bool Ledger::markTransferActive(qint64 id)
{
    const auto t = transferById(id);
    if (!t)
        return setError(tr("No transfer %1 in the ledger.").arg(id));
    const QVariant expires = t->request.ttl > 0 ? QVariant(m_clock.nowMs() + t->request.ttl * 1000)
                                                : QVariant(QMetaType::fromType<qint64>());
    return execUpdate(QStringLiteral("transfers"), id,
                      QStringLiteral("state = 'active', expires_at = ?, last_error = '', "
                                     "attempts = attempts + 1"),
                      {expires});
}

bool Ledger::markTransferFailed(qint64 id, const QString &lastError)
{
    return execUpdate(QStringLiteral("transfers"), id,
                      QStringLiteral("state = 'failed', last_error = ?, attempts = attempts + 1"),
                      {lastError});
}

bool Ledger::noteTransferAttempt(qint64 id, const QString &lastError)
{
    return execUpdate(QStringLiteral("transfers"), id,
                      QStringLiteral("last_error = ?, attempts = attempts + 1"), {lastError});
}

bool Ledger::markTransferReleaseRequested(qint64 id)
{
    return execUpdate(QStringLiteral("transfers"), id, QStringLiteral("release_requested_at = ?"),
                      {m_clock.nowMs()});
}

bool Ledger::clearTransferReleaseRequested(qint64 id, const QString &lastError)
{
    return execUpdate(QStringLiteral("transfers"), id,
                      QStringLiteral("release_requested_at = NULL, last_error = ?"), {lastError});
}

bool Ledger::markTransferReleased(qint64 id, const QString &note)
{
    return execUpdate(QStringLiteral("transfers"), id,
                      QStringLiteral("state = 'released', released_at = ?, last_error = ?"),
                      {m_clock.nowMs(), note});
}

QList<qint64> Ledger::sweepExpiredTransfers()
{
    QList<qint64> ids;
    const qint64 now = m_clock.nowMs();
    for (const TransferRecord &t :
         selectTransfers(database(),
                         QStringLiteral("state = 'active' AND expires_at IS NOT NULL AND "
                                        "expires_at <= ? AND release_requested_at IS NULL"),
                         {now})) {
        if (execUpdate(QStringLiteral("transfers"), t.id, QStringLiteral("state = 'expired'"), {}))
            ids << t.id;
    }
    return ids;
}

std::optional<TransferRecord> Ledger::transferById(qint64 id) const
{
    return first(selectTransfers(database(), QStringLiteral("id = ?"), {id}));
}

std::optional<TransferRecord> Ledger::transferByReqid(const QString &reqid) const
{
    return first(selectTransfers(database(), QStringLiteral("reqid = ?"), {reqid}));
}

std::optional<TransferRecord> Ledger::activeTransfer(const QString &appid, const QString &x) const
{
    return first(selectTransfers(database(),
                                 QStringLiteral("appid = ? AND x = ? AND state = 'active'"),
                                 {appid, normalizedNumber(x)}, QStringLiteral("ORDER BY id DESC")));
}

QList<TransferRecord> Ledger::transfers(std::optional<qint64> profileId,
                                        const QList<RecordState> &states) const
{
    QString where = QStringLiteral("1 = 1") + profileClause(profileId);
    if (!states.isEmpty())
        where += QStringLiteral(" AND state IN (%1)").arg(statesIn(states));
    return selectTransfers(database(), where, {}, QStringLiteral("ORDER BY id"));
}

QList<TransferRecord> Ledger::pendingTransfers(std::optional<qint64> profileId) const
{
    return selectTransfers(database(),
                           QStringLiteral("state = 'pending'") + profileClause(profileId), {},
                           QStringLiteral("ORDER BY id"));
}

QList<TransferRecord> Ledger::releaseRequestedTransfers(std::optional<qint64> profileId) const
{
    return selectTransfers(database(),
                           QStringLiteral("state IN ('active','expired') AND "
                                          "release_requested_at IS NOT NULL") +
                               profileClause(profileId),
                           {}, QStringLiteral("ORDER BY id"));
}

QList<TransferRecord> Ledger::transfersChangedSince(qint64 rev) const
{
    return selectTransfers(database(), QStringLiteral("rev > ?"), {rev},
                           QStringLiteral("ORDER BY rev"));
}

// --- logs ---

bool Ledger::appendRequestLog(RequestLogEntry e)
{
    if (e.at == 0)
        e.at = m_clock.nowMs();
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("INSERT INTO request_log (at, profile_id, method, path, reqid, params, "
                       "http_status, error_code, reason, response, latency_ms, attempt) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    bind(q, e.at);
    bind(q, nullable(e.profileId));
    bind(q, e.method);
    bind(q, e.path);
    bind(q, e.reqid);
    bind(q, e.params);
    bind(q, e.httpStatus);
    bind(q, e.errorCode ? QVariant(*e.errorCode) : QVariant(QMetaType::fromType<int>()));
    bind(q, e.reason);
    bind(q, e.response.left(4000));
    bind(q, e.latencyMs);
    bind(q, e.attempt);
    if (!q.exec())
        return setError(tr("Cannot write the request log: %1").arg(q.lastError().text()));
    e.id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    Q_EMIT requestLogged(e);
    return true;
}

QList<RequestLogEntry> Ledger::requestLog(int limit, std::optional<qint64> profileId) const
{
    QList<RequestLogEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM request_log WHERE 1 = 1 %2 ORDER BY id DESC LIMIT %3")
                  .arg(kLogColumns, profileClause(profileId))
                  .arg(qMax(limit, 1)));
    if (q.exec()) {
        while (q.next())
            out.append(readLog(q));
    }
    return out;
}

QList<RequestLogEntry> Ledger::requestLogSince(qint64 id) const
{
    QList<RequestLogEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM request_log WHERE id > ? ORDER BY id").arg(kLogColumns));
    bind(q, id);
    if (q.exec()) {
        while (q.next())
            out.append(readLog(q));
    }
    return out;
}

bool Ledger::appendAudit(std::optional<qint64> profileId, const QString &actor,
                         const QString &action, const QString &detail)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, profile_id, actor, action, detail) VALUES (?,?,?,?,?)"));
    bind(q, m_clock.nowMs());
    bind(q, nullable(profileId));
    bind(q, actor);
    bind(q, action);
    bind(q, detail);
    if (!q.exec())
        return setError(tr("Cannot write the audit log: %1").arg(q.lastError().text()));
    return true;
}

QList<AuditEntry> Ledger::auditLog(int limit) const
{
    QList<AuditEntry> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, at, profile_id, actor, action, detail FROM audit_log "
                             "ORDER BY id DESC LIMIT %1")
                  .arg(qMax(limit, 1)));
    if (q.exec()) {
        while (q.next()) {
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), optionalInt(q.value(2)),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        }
    }
    return out;
}

} // namespace pn

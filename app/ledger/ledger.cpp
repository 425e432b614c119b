#include "ledger/ledger.h"

#include "core/validation.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

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

using namespace ledgersql;

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
                  .arg(nextRev(database(), QStringLiteral("bindings"))));
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
                  .arg(table, assignments, nextRev(database(), table)));
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
                  .arg(nextRev(database(), QStringLiteral("bindings"))));
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

} // namespace pn

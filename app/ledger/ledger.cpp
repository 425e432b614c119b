#include "ledger/ledger.h"

#include "core/logging.h"
#include "core/privatefiles.h"
#include "core/validation.h"
#include "ledger/ledgerschema.h"
#include "ledger/ledgersql_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <atomic>
#include <cmath>

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
    , m_leaseOwner(QStringLiteral("%1:%2:%3")
                       .arg(QSysInfo::machineHostName().left(64))
                       .arg(QCoreApplication::applicationPid())
                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{}

Ledger::~Ledger()
{
    stopWatching();
    const QString listener = QStringLiteral("pn_ledger_listen_%1").arg(quintptr(this), 0, 16);
    if (QSqlDatabase::contains(listener))
        QSqlDatabase::removeDatabase(listener);
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
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (m_generation.load() != 0)
            refreshConnection(db, name);
        // Opened again on use, as QSqlDatabase::database() does, unless the server is known
        // to be away (then a query fails at once instead of waiting for a connect timeout).
        if (!db.isOpen() && m_available.load() && db.open())
            LedgerSchema::configureConnection(db, nullptr);
        return db;
    }
    QSqlDatabase db = addConnection(name, 10);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name);
        m_connectionGeneration.insert(name, m_generation.load());
    }
    QString error;
    if (!m_available.load())
        return db; // the server is away: opened on a use after it is back
    if (!db.open())
        setError(tr("Cannot open the ledger %1: %2").arg(displayLocation(), db.lastError().text()));
    else if (!LedgerSchema::configureConnection(db, &error))
        setError(error);
    return db;
}

QSqlDatabase Ledger::addConnection(const QString &name, int connectTimeoutS) const
{
    QSqlDatabase db;
    if (isPostgres()) {
        // postgresql://user:password@host:port/database (a shared, team ledger)
        const QUrl url(m_path);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password()); // empty: libpq's own PGPASSFILE (~/.pgpass)
        // TLS as the address asks (sslmode=verify-full&sslrootcert=CA), and no endless wait for
        // a server that is down.
        QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutS),
                            QStringLiteral("application_name=pnconsole")};
        const QUrlQuery query(url);
        for (const QString &key : {QStringLiteral("sslmode"), QStringLiteral("sslrootcert")}) {
            const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
            if (!value.isEmpty() && !value.contains(u';') && !value.contains(u'\''))
                options << key + u'=' + value;
        }
        db.setConnectOptions(options.join(u';'));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
    }
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

QString Ledger::dataDir() const
{
    if (!m_dataDir.isEmpty())
        return m_dataDir;
    return QFileInfo(isPostgres() ? defaultPath() : m_path).absolutePath();
}

bool Ledger::open(QString *error)
{
    const QFileInfo info(m_path);
    if (!isPostgres()) {
        // Personal numbers: 0600 in a 0700 folder, created so before SQLite writes a byte.
        if (!PrivateFiles::makeFolder(info.absolutePath())) {
            if (error)
                *error = tr("Cannot create the folder %1 for the ledger.").arg(info.absolutePath());
            return false;
        }
        if (!PrivateFiles::prepareDatabase(m_path)) {
            if (error)
                *error = tr("Cannot make the ledger %1 private to this user.").arg(m_path);
            return false;
        }
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
    m_lastError = Logging::redactUrlPasswords(text);
    qCWarning(lcLedger, "%s", qUtf8Printable(m_lastError));
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

// --- the shared rate limit ---
//
// One row per platform account in rate_buckets, shared by every program on this ledger: the
// next free send slot and the gap between slots (AIMD on the rate). interval_ms is the gap set
// at slowed_at, the last 1105; since then the rate grows by 3 % per second (the effective gap
// shrinks), so accepted requests need no write. On 1105 (at most once per 300 ms, however many
// programs and calls meet it) the rate drops to 95 % of what the platform accepted over the
// last second, counted in the request log of every program on the ledger. 0 = not limited
// beyond the clients' own limit. Wall-clock times on purpose: the slots are shared with other
// programs, whose clocks (unlike a test's fake clock) are the system's.

namespace {

constexpr double kRateGrowthPerSecond = 1.03;
constexpr double kRateDecrease = 0.95;
constexpr qint64 kRateDecreaseEveryMs = 300;

// The gap in force at `now` (fractional ms); 0 when not limited beyond `baseIntervalMs`.
double effectiveInterval(qint64 interval, qint64 slowedAt, qint64 baseIntervalMs, qint64 now)
{
    double gap = 0;
    if (interval > 0) {
        gap = double(interval) *
              std::pow(kRateGrowthPerSecond, -double(qMax<qint64>(0, now - slowedAt)) / 1000.0);
        if (gap < 0.2) // above 5,000 requests/s: no limit any more
            gap = 0;
    }
    return qMax(gap, double(baseIntervalMs));
}

// Whole milliseconds whose mean is `gap`: 10.4 ms is 10 ms six times in ten and 11 ms four.
qint64 roundedGap(double gap)
{
    const double whole = std::floor(gap);
    return qint64(whole) + (QRandomGenerator::global()->generateDouble() < gap - whole ? 1 : 0);
}

} // namespace

qint64 Ledger::takeRateSlot(const QString &bucket, qint64 baseIntervalMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = database();
    {
        // Not limited and nothing booked ahead (the common case without a platform limit): a
        // read, no write.
        const CachedQuery heldR =
            cachedQuery(db, QStringLiteral("SELECT interval_ms, next_slot_ms, slowed_at "
                                           "FROM rate_buckets WHERE bucket = ?"));
        QSqlQuery &r = *heldR;
        bind(r, bucket);
        const bool free =
            baseIntervalMs <= 0 && r.exec() && r.next() &&
            effectiveInterval(r.value(0).toLongLong(), r.value(2).toLongLong(), 0, now) <= 0 &&
            r.value(1).toLongLong() <= now;
        r.finish();
        if (free)
            return 0;
    }
    QString error;
    if (!LedgerSchema::beginWrite(db, &error)) {
        setError(error);
        return -1;
    }
    const bool pg = LedgerSchema::dialectOf(db) == LedgerSchema::Dialect::PostgreSQL;
    QSqlQuery ins(db);
    ins.prepare(LedgerSchema::insertIgnoring(
        QStringLiteral("rate_buckets"),
        {QStringLiteral("bucket"), QStringLiteral("interval_ms"),
         QStringLiteral("base_interval_ms"), QStringLiteral("next_slot_ms"),
         QStringLiteral("slowed_at"), QStringLiteral("updated_at")},
        {QStringLiteral("bucket")}));
    for (const QVariant &v : QVariantList{bucket, 0, baseIntervalMs, 0, 0, now})
        bind(ins, v);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT interval_ms, next_slot_ms, slowed_at FROM rate_buckets "
                             "WHERE bucket = ?%1")
                  .arg(pg ? QStringLiteral(" FOR UPDATE") : QString()));
    bind(q, bucket);
    if (!ins.exec() || !q.exec() || !q.next()) {
        setError(tr("Cannot read the shared rate limit: %1")
                     .arg(ins.lastError().text() + q.lastError().text()));
        db.rollback();
        return -1;
    }
    const double gap =
        effectiveInterval(q.value(0).toLongLong(), q.value(2).toLongLong(), baseIntervalMs, now);
    const qint64 slot = qMax(now, q.value(1).toLongLong());
    q.finish();
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE rate_buckets SET next_slot_ms = ?, base_interval_ms = ?, "
                             "updated_at = ? WHERE bucket = ?"));
    for (const QVariant &v : QVariantList{slot + roundedGap(gap), baseIntervalMs, now, bucket})
        bind(u, v);
    if (!u.exec() || !db.commit()) {
        setError(tr("Cannot update the shared rate limit: %1").arg(u.lastError().text()));
        db.rollback();
        return -1;
    }
    return slot - now;
}

double Ledger::acceptedRate(const QString &bucket, qint64 now) const
{
    // Answers other than 1105 sent within the last second, by every program of this account
    // (profiles of the bucket's devid) on this ledger.
    const QString devid = bucket.section(u'@', 0, -2);
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), MIN(at) FROM request_log WHERE at > ? AND http_status > 0 AND "
        "(error_code IS NULL OR error_code <> 1105) AND profile_id IN "
        "(SELECT id FROM profiles WHERE devid = ?)"));
    bind(q, now - 1000);
    bind(q, devid);
    if (!q.exec() || !q.next() || q.value(0).toLongLong() == 0)
        return 0;
    // Over the last second, or since the first of them when that is more recent (a job that
    // meets 1105 in its first 300 ms must not take its short start for the platform's rate).
    const qint64 span = qBound(qint64(200), now - q.value(1).toLongLong(), qint64(1000));
    return double(q.value(0).toLongLong()) * 1000.0 / double(span);
}

void Ledger::noteRateLimited(const QString &bucket, qint64 baseIntervalMs, qint64 maxIntervalMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = database();
    QString error;
    if (!LedgerSchema::beginWrite(db, &error)) {
        setError(error);
        return;
    }
    const bool pg = LedgerSchema::dialectOf(db) == LedgerSchema::Dialect::PostgreSQL;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT interval_ms, next_slot_ms, slowed_at FROM rate_buckets "
                             "WHERE bucket = ?%1")
                  .arg(pg ? QStringLiteral(" FOR UPDATE") : QString()));
    bind(q, bucket);
    if (!q.exec() || !q.next()) {
        db.rollback();
        return;
    }
    const qint64 interval = q.value(0).toLongLong();
    const qint64 nextSlot = q.value(1).toLongLong();
    const qint64 slowedAt = q.value(2).toLongLong();
    q.finish();
    // The calls in flight that all meet 1105 slow everyone down once, not once per call.
    if (now - slowedAt < kRateDecreaseEveryMs) {
        db.rollback();
        return;
    }
    const double gap = effectiveInterval(interval, slowedAt, baseIntervalMs, now);
    const double accepted = acceptedRate(bucket, now);
    double rate = gap > 0 ? 1000.0 / gap : 0;
    if (accepted > 0)
        rate = rate > 0 ? qMin(rate, accepted) : accepted;
    // Nothing known of the rate (no answer logged in the last second): 4 requests/s.
    const qint64 slower =
        rate > 0 ? qBound(qMax<qint64>(1, baseIntervalMs),
                          qint64(std::llround(1000.0 / (rate * kRateDecrease))), maxIntervalMs)
                 : qMin(qMax<qint64>(baseIntervalMs, 250), maxIntervalMs);
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE rate_buckets SET interval_ms = ?, slowed_at = ?, "
                             "next_slot_ms = ?, updated_at = ? WHERE bucket = ?"));
    for (const QVariant &v : QVariantList{slower, now, qMax(nextSlot, now), now, bucket})
        bind(u, v);
    if (!u.exec() || !db.commit()) {
        setError(tr("Cannot update the shared rate limit: %1").arg(u.lastError().text()));
        db.rollback();
    }
}

void Ledger::noteRateAccepted(const QString &bucket, qint64 baseIntervalMs)
{
    // The rate grows with time since the last 1105 (see effectiveInterval): nothing to write.
    Q_UNUSED(bucket)
    Q_UNUSED(baseIntervalMs)
}

double Ledger::rateInterval(const QString &bucket) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT interval_ms, slowed_at, base_interval_ms FROM rate_buckets WHERE bucket = ?"));
    bind(q, bucket);
    if (q.exec() && q.next())
        return effectiveInterval(q.value(0).toLongLong(), q.value(1).toLongLong(),
                                 q.value(2).toLongLong(), QDateTime::currentMSecsSinceEpoch());
    return 0;
}

} // namespace pn

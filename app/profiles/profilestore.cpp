#include "profiles/profilestore.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace pn {

QString environmentId(Environment env)
{
    switch (env) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Test:
        return QStringLiteral("test");
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    }
    return QStringLiteral("test");
}

std::optional<Environment> environmentFromId(const QString &id)
{
    for (Environment env : {Environment::Production, Environment::Test, Environment::Sandbox}) {
        if (id.compare(environmentId(env), Qt::CaseInsensitive) == 0)
            return env;
    }
    return std::nullopt;
}

QString environmentName(Environment env)
{
    switch (env) {
    case Environment::Production:
        return ProfileStore::tr("Production");
    case Environment::Test:
        return ProfileStore::tr("Test");
    case Environment::Sandbox:
        return ProfileStore::tr("Sandbox");
    }
    return {};
}

namespace {

const QStringList &columns()
{
    static const QStringList list = {QStringLiteral("name"),
                                     QStringLiteral("environment"),
                                     QStringLiteral("base_url"),
                                     QStringLiteral("devid"),
                                     QStringLiteral("appids"),
                                     QStringLiteral("default_appid"),
                                     QStringLiteral("x_numbers"),
                                     QStringLiteral("ca_file"),
                                     QStringLiteral("allow_plain_http"),
                                     QStringLiteral("timeout_ms"),
                                     QStringLiteral("rate_limit"),
                                     QStringLiteral("low_balance_threshold"),
                                     QStringLiteral("retention_days"),
                                     QStringLiteral("callback_address"),
                                     QStringLiteral("callback_port"),
                                     QStringLiteral("callback_allow_list"),
                                     QStringLiteral("secret_backend"),
                                     QStringLiteral("extra"),
                                     QStringLiteral("updated_at")};
    return list;
}

QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QStringList parseJsonArray(const QString &text)
{
    return stringList(QJsonDocument::fromJson(text.toUtf8()).array());
}

// The columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariantList bindValues(const Profile &p)
{
    QJsonObject extra;
    extra.insert(QStringLiteral("secret_ref"), p.secretRef);
    extra.insert(QStringLiteral("callback_token"), p.hasCallbackToken);
    return {text(p.name),
            environmentId(p.environment),
            text(p.baseUrl.toString()),
            text(p.devid),
            jsonArray(p.appids),
            text(p.effectiveDefaultAppid()),
            jsonArray(p.xNumbers),
            text(p.caFile),
            int(p.allowPlainHttp),
            p.timeoutMs,
            p.rateLimit,
            p.lowBalanceThreshold,
            p.retentionDays ? QVariant(*p.retentionDays) : QVariant(QMetaType::fromType<int>()),
            text(p.callbackAddress),
            int(p.callbackPort),
            text(p.callbackAllowList.join(u',')),
            text(p.secretBackend),
            QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)),
            p.updatedAt};
}

Profile fromRecord(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char *name) { return r.value(QString::fromLatin1(name)); };
    Profile p;
    p.id = v("id").toLongLong();
    p.name = v("name").toString();
    p.environment = environmentFromId(v("environment").toString()).value_or(Environment::Test);
    p.baseUrl = QUrl(v("base_url").toString());
    p.devid = v("devid").toString();
    p.appids = parseJsonArray(v("appids").toString());
    p.defaultAppid = v("default_appid").toString();
    p.xNumbers = parseJsonArray(v("x_numbers").toString());
    p.caFile = v("ca_file").toString();
    p.allowPlainHttp = v("allow_plain_http").toInt() != 0;
    p.timeoutMs = v("timeout_ms").toInt();
    p.rateLimit = v("rate_limit").toDouble();
    p.lowBalanceThreshold = v("low_balance_threshold").toDouble();
    p.retentionDays = v("retention_days").isNull()
                          ? std::nullopt
                          : std::optional<int>(v("retention_days").toInt());
    p.callbackAddress = v("callback_address").toString();
    p.callbackPort = quint16(v("callback_port").toUInt());
    p.callbackAllowList = v("callback_allow_list").toString().split(u',', Qt::SkipEmptyParts);
    p.secretBackend = v("secret_backend").toString();
    const QJsonObject extra = QJsonDocument::fromJson(v("extra").toString().toUtf8()).object();
    p.secretRef = extra.value(QStringLiteral("secret_ref")).toString();
    p.hasCallbackToken = extra.value(QStringLiteral("callback_token")).toBool();
    p.createdAt = v("created_at").toLongLong();
    p.updatedAt = v("updated_at").toLongLong();
    return p;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isPlainToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.isSpace() || c == u',' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

ProfileStore::ProfileStore(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

ValidationErrors ProfileStore::validate(const Profile &p)
{
    ValidationErrors errors;
    auto fail = [&](const char *field, const QString &message) {
        errors.append({QString::fromLatin1(field), message});
    };
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        fail("name", tr("Name (name) is required."));
    else if (name.size() > 64)
        fail("name", tr("Name (name) is longer than 64 characters."));
    else if (name != p.name)
        fail("name", tr("Name (name) must not begin or end with spaces."));
    else if (name.compare(sandboxName(), Qt::CaseInsensitive) == 0 && !p.isSandbox())
        fail("name", tr("Name (name): \"%1\" is reserved for the built-in sandbox.").arg(name));

    const QUrl &url = p.baseUrl;
    const QString scheme = url.scheme().toLower();
    if (url.isEmpty())
        fail("base_url", tr("Base URL (base_url) is required."));
    else if (!url.isValid() || url.host().isEmpty() ||
             (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")))
        fail("base_url", tr("Base URL (base_url) must be an http:// or https:// address with a "
                            "host, such as https://api.example.com."));
    else if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        fail("base_url", tr("Base URL (base_url) must not contain a user name, query or "
                            "fragment."));
    else if (scheme == QLatin1StringView("http") && !p.allowPlainHttp)
        fail("base_url", tr("Base URL (base_url) uses plain HTTP; allow plain HTTP "
                            "(allow_plain_http) explicitly or use https://."));
    else if (p.isSandbox() && !isLoopbackHost(url.host()))
        fail("base_url", tr("Base URL (base_url): a sandbox profile must point at this computer "
                            "(127.0.0.1)."));

    if (p.devid.isEmpty())
        fail("devid", tr("Developer ID (devid) is required."));
    else if (!isPlainToken(p.devid) || p.devid.size() > 64)
        fail("devid", tr("Developer ID (devid) must not contain spaces or commas and must be at "
                         "most 64 characters."));

    if (p.appids.isEmpty())
        fail("appids", tr("APP IDs (appids): at least one is required."));
    for (const QString &appid : p.appids) {
        if (!isPlainToken(appid)) {
            fail("appids",
                 tr("APP IDs (appids): \"%1\" is empty or contains spaces or commas.").arg(appid));
            break;
        }
        if (p.appids.count(appid) > 1) {
            fail("appids", tr("APP IDs (appids): \"%1\" is listed twice.").arg(appid));
            break;
        }
    }
    if (!p.defaultAppid.isEmpty() && !p.appids.contains(p.defaultAppid))
        fail("default_appid", tr("Default APP ID (default_appid) \"%1\" is not one of the APP IDs.")
                                  .arg(p.defaultAppid));
    for (const QString &x : p.xNumbers) {
        if (auto e = Validation::checkNumber(QStringLiteral("x_numbers"), tr("X number"), x)) {
            errors.append(*e);
            break;
        }
    }
    if (!p.caFile.isEmpty() && !QFileInfo(p.caFile).isReadable())
        fail("ca_file", tr("CA file (ca_file) %1 cannot be read.").arg(p.caFile));
    if (p.timeoutMs < 1000 || p.timeoutMs > 300000)
        fail("timeout_ms", tr("Timeout (timeout_ms) must be between 1000 and 300000 ms."));
    if (!(p.rateLimit >= 0) || p.rateLimit > 10000)
        fail("rate_limit", tr("Rate limit (rate_limit) must be between 0 (no limit) and 10000 "
                              "requests per second."));
    if (p.retentionDays && *p.retentionDays < 1)
        fail("retention_days",
             tr("Retention (retention_days) must be at least 1 day, or forever."));
    if (!(p.lowBalanceThreshold >= 0))
        fail("low_balance_threshold",
             tr("Low-balance threshold (low_balance_threshold) must not be negative."));
    if (QHostAddress(p.callbackAddress).isNull())
        fail("callback_address",
             tr("Callback address (callback_address) must be an IP address such as 127.0.0.1."));
    for (const QString &entry : p.callbackAllowList) {
        const QString e = entry.trimmed();
        if (QHostAddress(e).isNull() && QHostAddress::parseSubnet(e).first.isNull()) {
            fail("callback_allow_list", tr("Callback allow-list (callback_allow_list): \"%1\" is "
                                           "not an address or a subnet.")
                                            .arg(entry));
            break;
        }
    }
    return errors;
}

QList<Profile> ProfileStore::list(QString *error) const
{
    QList<Profile> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT * FROM profiles ORDER BY name"))) {
        setError(error, tr("Cannot read the profiles: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(fromRecord(q));
    return out;
}

std::optional<Profile> ProfileStore::byId(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, tr("Cannot read the profiles: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next()) {
        setError(error, tr("There is no profile with id %1.").arg(id));
        return std::nullopt;
    }
    return fromRecord(q);
}

std::optional<Profile> ProfileStore::byName(const QString &name, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        setError(error, tr("Cannot read the profiles: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next()) {
        setError(error, tr("There is no profile named \"%1\".").arg(name));
        return std::nullopt;
    }
    return fromRecord(q);
}

std::optional<Profile> ProfileStore::add(Profile profile, QString *error)
{
    if (const ValidationErrors errors = validate(profile); !errors.isEmpty()) {
        setError(error, errors.first().message);
        return std::nullopt;
    }
    if (byName(profile.name)) {
        setError(error, tr("A profile named \"%1\" already exists.").arg(profile.name));
        return std::nullopt;
    }
    if (profile.secretRef.isEmpty())
        profile.secretRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.defaultAppid = profile.effectiveDefaultAppid();
    profile.createdAt = profile.updatedAt = m_clock.nowMs();
    QStringList marks;
    for (qsizetype i = 0; i <= columns().size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO profiles (%1, created_at) VALUES (%2)")
                  .arg(columns().join(u','), marks.join(u',')));
    for (const QVariant &value : bindValues(profile))
        q.addBindValue(value);
    q.addBindValue(profile.createdAt);
    if (!q.exec()) {
        setError(error,
                 tr("Cannot save the profile \"%1\": %2").arg(profile.name, q.lastError().text()));
        return std::nullopt;
    }
    const QVariant id = q.lastInsertId();
    if (id.isValid())
        profile.id = id.toLongLong();
    else if (auto stored = byName(profile.name, error))
        profile.id = stored->id;
    else
        return std::nullopt;
    return profile;
}

bool ProfileStore::update(const Profile &profile, QString *error)
{
    if (const ValidationErrors errors = validate(profile); !errors.isEmpty()) {
        setError(error, errors.first().message);
        return false;
    }
    const std::optional<Profile> old = byId(profile.id, error);
    if (!old)
        return false;
    if (old->isSandbox() != profile.isSandbox()) {
        setError(error, tr("The environment of a profile cannot change between sandbox and a "
                           "real account; create a new profile instead."));
        return false;
    }
    if (const auto other = byName(profile.name); other && other->id != profile.id) {
        setError(error, tr("A profile named \"%1\" already exists.").arg(profile.name));
        return false;
    }
    Profile p = profile;
    // The secrets' names never change; a row made without one (pnctl's ad-hoc profiles) gets
    // one now.
    p.secretRef = !old->secretRef.isEmpty() ? old->secretRef
                  : !profile.secretRef.isEmpty()
                      ? profile.secretRef
                      : QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.updatedAt = m_clock.nowMs();
    QStringList sets;
    for (const QString &c : columns())
        sets << c + QStringLiteral(" = ?");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE profiles SET %1 WHERE id = ?").arg(sets.join(u',')));
    for (const QVariant &value : bindValues(p))
        q.addBindValue(value);
    q.addBindValue(p.id);
    if (!q.exec()) {
        setError(error, tr("Cannot save the profile \"%1\": %2").arg(p.name, q.lastError().text()));
        return false;
    }
    return true;
}

int ProfileStore::activeRecordCount(qint64 id, QString *error) const
{
    int count = 0;
    for (const char *table : {"bindings", "transfers"}) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE profile_id = ? AND state IN "
                                 "('pending','active')")
                      .arg(QLatin1StringView(table)));
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            setError(error, tr("Cannot read the profiles: %1").arg(q.lastError().text()));
            return -1;
        }
        count += q.value(0).toInt();
    }
    return count;
}

int ProfileStore::unfinishedJobCount(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM bulk_jobs WHERE profile_id = ? AND state IN "
                             "('running','paused')"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        setError(error, tr("Cannot read the profiles: %1").arg(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

QString ProfileStore::removalBlockedText(const QString &name, int activeRecords, int unfinishedJobs)
{
    if (activeRecords > 0 && unfinishedJobs > 0)
        return tr("The profile \"%1\" still has %2 and %3. Release them and finish or stop the "
                  "bulk jobs first, or force the removal.")
            .arg(name, tr("%n pending or active binding(s) or transfer(s)", nullptr, activeRecords),
                 tr("%n unfinished bulk job(s)", nullptr, unfinishedJobs));
    if (activeRecords > 0)
        return tr("The profile \"%1\" still has %n pending or active binding(s) or "
                  "transfer(s). Release them first, or force the removal.",
                  nullptr, activeRecords)
            .arg(name);
    if (unfinishedJobs > 0)
        return tr("The profile \"%1\" still has %n unfinished bulk job(s) (running, paused or "
                  "interrupted). Finish or stop them in the bulk dialog first, or force the "
                  "removal.",
                  nullptr, unfinishedJobs)
            .arg(name);
    return {};
}

bool ProfileStore::remove(qint64 id, RemoveMode mode, QString *error)
{
    const std::optional<Profile> profile = byId(id, error);
    if (!profile)
        return false;
    const int active = activeRecordCount(id, error);
    if (active < 0)
        return false;
    const int jobs = unfinishedJobCount(id, error);
    if (jobs < 0)
        return false;
    if ((active > 0 || jobs > 0) && mode != RemoveMode::Force) {
        setError(error, removalBlockedText(profile->name, active, jobs));
        return false;
    }
    if (!m_db.transaction()) {
        setError(error, tr("Cannot remove the profile: %1").arg(m_db.lastError().text()));
        return false;
    }
    // Everything that references the profile goes with it (bulk_jobs and the record tables
    // reference profiles ON DELETE RESTRICT; the job rows are removed explicitly too, whether
    // or not the connection enforces the cascade).
    for (const char *sql :
         {"DELETE FROM bulk_job_rows WHERE job_id IN (SELECT id FROM bulk_jobs WHERE "
          "profile_id = ?)",
          "DELETE FROM bulk_jobs WHERE profile_id = ?", "DELETE FROM bindings WHERE profile_id = ?",
          "DELETE FROM transfers WHERE profile_id = ?", "DELETE FROM profiles WHERE id = ?"}) {
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (!q.exec()) {
            setError(error, tr("Cannot remove the profile: %1").arg(q.lastError().text()));
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        setError(error, tr("Cannot remove the profile: %1").arg(m_db.lastError().text()));
        m_db.rollback();
        return false;
    }
    return true;
}

std::optional<Profile> ProfileStore::ensureSandboxProfile(const QUrl &baseUrl, const QString &devid,
                                                          const QStringList &appids,
                                                          const QStringList &xNumbers,
                                                          bool *created, QString *error)
{
    if (created)
        *created = false;
    for (const Profile &existing : list(error)) {
        if (!existing.isSandbox())
            continue;
        Profile p = existing;
        p.baseUrl = baseUrl;
        p.allowPlainHttp = baseUrl.scheme() == QLatin1StringView("http");
        if (p.baseUrl == existing.baseUrl && p.allowPlainHttp == existing.allowPlainHttp)
            return existing;
        if (!update(p, error))
            return std::nullopt;
        return byId(p.id, error);
    }
    Profile p;
    p.name = sandboxName();
    p.environment = Environment::Sandbox;
    p.baseUrl = baseUrl;
    p.allowPlainHttp = baseUrl.scheme() == QLatin1StringView("http");
    p.devid = devid;
    p.appids = appids;
    p.xNumbers = xNumbers;
    std::optional<Profile> added = add(p, error);
    if (added && created)
        *created = true;
    return added;
}

QJsonObject ProfileStore::toJson(const Profile &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("environment"), environmentId(p.environment));
    o.insert(QStringLiteral("base_url"), p.baseUrl.toString());
    o.insert(QStringLiteral("devid"), p.devid);
    o.insert(QStringLiteral("appids"), QJsonArray::fromStringList(p.appids));
    o.insert(QStringLiteral("default_appid"), p.effectiveDefaultAppid());
    o.insert(QStringLiteral("x_numbers"), QJsonArray::fromStringList(p.xNumbers));
    o.insert(QStringLiteral("ca_file"), p.caFile);
    o.insert(QStringLiteral("allow_plain_http"), p.allowPlainHttp);
    o.insert(QStringLiteral("timeout_ms"), p.timeoutMs);
    o.insert(QStringLiteral("rate_limit"), p.rateLimit);
    o.insert(QStringLiteral("low_balance_threshold"), p.lowBalanceThreshold);
    o.insert(QStringLiteral("retention_days"),
             p.retentionDays ? QJsonValue(*p.retentionDays) : QJsonValue());
    o.insert(QStringLiteral("callback_address"), p.callbackAddress);
    o.insert(QStringLiteral("callback_port"), int(p.callbackPort));
    o.insert(QStringLiteral("callback_allow_list"),
             QJsonArray::fromStringList(p.callbackAllowList));
    o.insert(QStringLiteral("callback_token"), p.hasCallbackToken);
    return o;
}

std::optional<Profile> ProfileStore::fromJson(const QJsonObject &o, QString *error)
{
    Profile p;
    auto str = [&](const char *key, const QString &fallback = {}) {
        return o.value(QLatin1StringView(key)).toString(fallback);
    };
    p.name = str("name");
    const auto env = environmentFromId(str("environment", QStringLiteral("test")));
    if (!env) {
        setError(error, tr("Profile \"%1\": environment (environment) must be production, test "
                           "or sandbox.")
                            .arg(p.name));
        return std::nullopt;
    }
    p.environment = *env;
    p.baseUrl = QUrl(str("base_url"));
    p.devid = str("devid");
    p.appids = stringList(o.value(QStringLiteral("appids")));
    p.defaultAppid = str("default_appid");
    p.xNumbers = stringList(o.value(QStringLiteral("x_numbers")));
    p.caFile = str("ca_file");
    p.allowPlainHttp = o.value(QStringLiteral("allow_plain_http")).toBool();
    p.timeoutMs = o.value(QStringLiteral("timeout_ms")).toInt(p.timeoutMs);
    p.rateLimit = o.value(QStringLiteral("rate_limit")).toDouble(0);
    p.lowBalanceThreshold = o.value(QStringLiteral("low_balance_threshold")).toDouble(0);
    if (const QJsonValue days = o.value(QStringLiteral("retention_days")); days.isNull())
        p.retentionDays = std::nullopt;
    else if (days.isDouble())
        p.retentionDays = days.toInt();
    p.callbackAddress = str("callback_address", p.callbackAddress);
    const int port = o.value(QStringLiteral("callback_port")).toInt(0);
    if (port < 0 || port > 65535) {
        setError(error, tr("Profile \"%1\": callback port (callback_port) must be between 0 and "
                           "65535.")
                            .arg(p.name));
        return std::nullopt;
    }
    p.callbackPort = quint16(port);
    p.callbackAllowList = stringList(o.value(QStringLiteral("callback_allow_list")));
    p.hasCallbackToken = o.value(QStringLiteral("callback_token")).toBool();
    if (const ValidationErrors errors = validate(p); !errors.isEmpty()) {
        setError(error, tr("Profile \"%1\": %2").arg(p.name, errors.first().message));
        return std::nullopt;
    }
    return p;
}

QByteArray ProfileStore::exportJson(const QList<Profile> &profiles) const
{
    QJsonArray array;
    for (const Profile &p : profiles)
        array.append(toJson(p));
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("pnconsole-profiles"));
    root.insert(QStringLiteral("version"), ExportFormatVersion);
    root.insert(QStringLiteral("profiles"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<Profile>> ProfileStore::parseExport(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (doc.isNull() || root.value(QStringLiteral("format")).toString() !=
                            QLatin1StringView("pnconsole-profiles")) {
        setError(error, tr("This is not a profile export of this program."));
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt() > ExportFormatVersion) {
        setError(error, tr("The profile export was written by a newer version of this program."));
        return std::nullopt;
    }
    QList<Profile> out;
    QStringList names;
    for (const QJsonValue &v : root.value(QStringLiteral("profiles")).toArray()) {
        std::optional<Profile> p = fromJson(v.toObject(), error);
        if (!p)
            return std::nullopt;
        if (names.contains(p->name)) {
            setError(error, tr("The profile \"%1\" appears twice in the export.").arg(p->name));
            return std::nullopt;
        }
        names << p->name;
        out.append(*p);
    }
    return out;
}

} // namespace pn

#include "sandbox/sandboxapi.h"

#include "core/formencoding.h"
#include "core/keytimesigner.h"
#include "sandbox/sandboxengine.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>

namespace pn {

namespace {

const QString apiPrefix = QStringLiteral("/igw/service/uc/interline");
const QString transferSuffix = QStringLiteral("/transfer");

} // namespace

SandboxApi::SandboxApi(const Clock &clock, SandboxEngine &engine)
    : m_clock(clock)
    , m_engine(engine)
{}

void SandboxApi::setFaults(const SandboxFaults &faults)
{
    m_faults = faults;
    m_requests = 0;
    m_mutations = 0;
    m_responses = 0;
    m_tokens = std::max(1.0, faults.rateLimit);
    m_lastRefillMs = m_clock.nowMs();
}

SandboxReply SandboxApi::json(const QJsonObject &body, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

QByteArray SandboxApi::header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SandboxApi::rateLimited()
{
    if (m_faults.rateLimit <= 0)
        return false;
    const qint64 now = m_clock.nowMs();
    const double capacity = std::max(1.0, m_faults.rateLimit);
    if (now > m_lastRefillMs) {
        m_tokens = std::min(capacity,
                            m_tokens + double(now - m_lastRefillMs) / 1000.0 * m_faults.rateLimit);
        m_lastRefillMs = now;
    }
    if (m_tokens < 1.0)
        return true;
    m_tokens -= 1.0;
    return false;
}

std::optional<QString> SandboxApi::authenticate(const QHttpServerRequest &request,
                                                SandboxReply *reply)
{
    auto deny = [reply](int code, const QString &reason) {
        *reply = json(SandboxEngine::error(code, reason), 401);
        return std::nullopt;
    };
    const QByteArray value = header(request, QByteArrayLiteral("Authorization"));
    if (value.isEmpty())
        return deny(1101, tr("The Authorization header is missing."));
    const auto parsed = KeytimeSigner::parse(value);
    if (!parsed)
        return deny(1101, tr("The Authorization header is not well-formed Keytime "
                             "(Keytime devid,timestamp,signature)."));
    const SandboxAccount *account = m_engine.account(parsed->devid);
    if (!account || account->key.isEmpty())
        return deny(1100, tr("The developer ID %1 is unknown.").arg(parsed->devid));
    const QByteArray expected = KeytimeSigner::signature(account->key, parsed->timestampMs);
    if (!KeytimeSigner::constantTimeEquals(expected, parsed->signature))
        return deny(1101, tr("The signature does not match."));
    const qint64 skew = parsed->timestampMs - m_clock.nowMs();
    if (skew > MaxSkewMs || skew < -MaxSkewMs)
        return deny(1101, tr("The timestamp is %1 s away from the platform's clock (at most "
                             "180 s are allowed).")
                              .arg(skew / 1000));
    return parsed->devid;
}

SandboxReply SandboxApi::handle(const QHttpServerRequest &request)
{
    ++m_totalRequests;
    const qint64 n = ++m_requests;
    SandboxReply reply;
    auto finish = [this](SandboxReply r) {
        r.delayMs = m_faults.delayMs;
        m_counts.delayed += m_faults.delayMs > 0 ? 1 : 0;
        return r;
    };
    if (m_faults.maintenance) {
        ++m_counts.maintenance;
        return finish(json(SandboxEngine::error(1501, tr("The system is under maintenance."))));
    }
    if (every(m_faults.unauthorizedEvery, n)) {
        ++m_counts.unauthorized;
        return finish(
            json(SandboxEngine::error(1101, tr("Authentication failed (injected fault).")), 401));
    }
    const std::optional<QString> devid = authenticate(request, &reply);
    if (!devid)
        return finish(reply);
    if (rateLimited()) {
        ++m_counts.rateLimited;
        return finish(json(SandboxEngine::error(
            1105,
            tr("Too many requests: the rate limit is %1 per second.").arg(m_faults.rateLimit))));
    }
    if (every(m_faults.failEvery, n)) {
        ++m_counts.failed;
        return finish(
            json(SandboxEngine::error(1500, tr("Temporary system failure (injected fault)."))));
    }

    bool mutating = false;
    reply = route(request, *devid, &mutating);
    if (mutating && every(m_faults.dropAfterCommitEvery, ++m_mutations)) {
        reply.drop = true;
        ++m_counts.dropped;
    } else if (every(m_faults.badJsonEvery, ++m_responses)) {
        reply.body.chop(std::max<qsizetype>(1, reply.body.size() / 2)); // cut mid-object
        ++m_counts.badJson;
    }
    return finish(reply);
}

SandboxReply SandboxApi::route(const QHttpServerRequest &request, const QString &devid,
                               bool *mutating)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const Method method = request.method();
    auto unknown = [&]() {
        return json(SandboxEngine::error(
            1001,
            tr("No API matches %1 %2.")
                .arg(QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(method)))
                         .toUpper(),
                     path)));
    };
    auto formBody = [&](std::optional<FormFields> *fields) -> std::optional<SandboxReply> {
        const QByteArray type = header(request, QByteArrayLiteral("Content-Type"));
        if (!type.trimmed().toLower().startsWith("application/x-www-form-urlencoded"))
            return json(SandboxEngine::error(
                1002, tr("The request body must be application/x-www-form-urlencoded.")));
        *fields = formDecode(request.body());
        if (!*fields)
            return json(SandboxEngine::error(1002, tr("The request body is not valid UTF-8.")));
        return std::nullopt;
    };
    auto queryFields = [&](std::optional<FormFields> *fields) -> std::optional<SandboxReply> {
        *fields = formDecode(request.url().query(QUrl::FullyEncoded).toUtf8());
        if (!*fields)
            return json(SandboxEngine::error(1002, tr("The query string is not valid UTF-8.")));
        return std::nullopt;
    };

    if (path == QLatin1StringView("/api/v1/account/status")) {
        if (method != Method::Get)
            return unknown();
        return json(m_engine.accountStatus(devid));
    }
    if (path == apiPrefix) {
        if (method != Method::Delete)
            return unknown();
        *mutating = true;
        std::optional<FormFields> fields;
        if (auto bad = queryFields(&fields))
            return *bad;
        return json(m_engine.releaseBinding(devid, *fields));
    }
    if (!path.startsWith(apiPrefix + u'/'))
        return unknown();
    QString x = path.mid(apiPrefix.size() + 1);
    const bool transfer = x.endsWith(transferSuffix);
    if (transfer)
        x.chop(transferSuffix.size());
    if (x.isEmpty() || x.contains(u'/'))
        return unknown();
    std::optional<FormFields> fields;
    if (!transfer) {
        if (method != Method::Put)
            return unknown();
        *mutating = true;
        if (auto bad = formBody(&fields))
            return *bad;
        return json(m_engine.createBinding(devid, x, *fields));
    }
    if (method == Method::Put) {
        *mutating = true;
        if (auto bad = formBody(&fields))
            return *bad;
        return json(m_engine.createTransfer(devid, x, *fields));
    }
    if (method == Method::Delete) {
        *mutating = true;
        if (auto bad = queryFields(&fields))
            return *bad;
        return json(m_engine.releaseTransfer(devid, x, *fields));
    }
    return unknown();
}

} // namespace pn

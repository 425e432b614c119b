// The admin API under /sandbox/, for loopback peers only: what QA and the tests use to steer the
// sandbox from outside (pnsim) with curl. See README "Sandbox platform".
#include "sandbox/sandboxplatform.h"

#include "core/formencoding.h"
#include "sandbox/sandboxplatform_p.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QUrlQuery>

namespace pn {

namespace {

QJsonObject bindingJson(const SandboxBinding &b)
{
    return QJsonObject{{QStringLiteral("subid"), b.subid},
                       {QStringLiteral("devid"), b.devid},
                       {QStringLiteral("appid"), b.appid},
                       {QStringLiteral("reqid"), b.reqid},
                       {QStringLiteral("x"), b.x},
                       {QStringLiteral("anum"), b.anum},
                       {QStringLiteral("bnum"), b.bnum},
                       {QStringLiteral("ttl"), b.ttl},
                       {QStringLiteral("record"), b.record},
                       {QStringLiteral("display"), b.display},
                       {QStringLiteral("anucode"), b.anucode},
                       {QStringLiteral("ansanu"), b.ansanu},
                       {QStringLiteral("userData"), b.userData},
                       {QStringLiteral("state"), sandboxStateName(b.state)},
                       {QStringLiteral("createdAt"), b.createdAtMs},
                       {QStringLiteral("expiresAt"), b.expiresAtMs},
                       {QStringLiteral("releasedAt"), b.releasedAtMs}};
}

QJsonObject transferJson(const SandboxTransfer &t)
{
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("devid"), t.devid},
                       {QStringLiteral("appid"), t.appid},
                       {QStringLiteral("reqid"), t.reqid},
                       {QStringLiteral("x"), t.x},
                       {QStringLiteral("anum"), t.anum},
                       {QStringLiteral("ttl"), t.ttl},
                       {QStringLiteral("record"), t.record},
                       {QStringLiteral("display"), t.display},
                       {QStringLiteral("anucode"), t.anucode},
                       {QStringLiteral("userData"), t.userData},
                       {QStringLiteral("state"), sandboxStateName(t.state)},
                       {QStringLiteral("createdAt"), t.createdAtMs},
                       {QStringLiteral("expiresAt"), t.expiresAtMs},
                       {QStringLiteral("releasedAt"), t.releasedAtMs}};
}

QJsonObject callJson(const SandboxCall &c)
{
    return QJsonObject{{QStringLiteral("taskid"), c.taskid},
                       {QStringLiteral("devid"), c.devid},
                       {QStringLiteral("appid"), c.appid},
                       {QStringLiteral("subid"), c.subid},
                       {QStringLiteral("x"), c.x},
                       {QStringLiteral("caller"), c.caller},
                       {QStringLiteral("callee"), c.callee},
                       {QStringLiteral("result"), c.result},
                       {QStringLiteral("beginTime"), c.beginTime},
                       {QStringLiteral("ringTime"), c.ringTime},
                       {QStringLiteral("answerTime"), c.answerTime},
                       {QStringLiteral("releaseTime"), c.releaseTime},
                       {QStringLiteral("duration"), c.duration},
                       {QStringLiteral("releasedir"), c.releasedir},
                       {QStringLiteral("cost"), c.cost}};
}

QJsonObject faultsJson(const SandboxFaults &f)
{
    return QJsonObject{{QStringLiteral("failEvery"), f.failEvery},
                       {QStringLiteral("rateLimit"), f.rateLimit},
                       {QStringLiteral("dropAfterCommitEvery"), f.dropAfterCommitEvery},
                       {QStringLiteral("delayMs"), f.delayMs},
                       {QStringLiteral("badJsonEvery"), f.badJsonEvery},
                       {QStringLiteral("unauthorizedEvery"), f.unauthorizedEvery},
                       {QStringLiteral("maintenance"), f.maintenance}};
}

// The request's parameters as JSON: a JSON body, or form fields (body, then query string).
QJsonObject params(const QHttpServerRequest &request)
{
    const QByteArray type = SandboxApi::header(request, QByteArrayLiteral("Content-Type"));
    if (type.contains("json")) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        if (doc.isObject())
            return doc.object();
    }
    QJsonObject o;
    for (const QByteArray &source :
         {request.url().query(QUrl::FullyEncoded).toUtf8(), request.body()}) {
        if (const auto fields = formDecode(source)) {
            for (const auto &[k, v] : *fields)
                o.insert(k, v);
        }
    }
    return o;
}

double number(const QJsonObject &o, const QString &key, double fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    bool ok = false;
    const double n = v.toString().toDouble(&ok);
    return ok ? n : fallback;
}

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

SandboxReply fail(int status, const QString &reason)
{
    return SandboxApi::json(SandboxEngine::error(1002, reason), status);
}

// Names under which a client on this machine reaches the sandbox: a page of another site
// (Origin) or a DNS name re-bound to 127.0.0.1 (Host) is neither.
bool isOwnHost(const QString &host, const QHostAddress &listened)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && (a.isLoopback() || a == listened);
}

} // namespace

std::optional<SandboxReply> SandboxPlatform::refuseAdmin(const QHttpServerRequest &request) const
{
    using Method = QHttpServerRequest::Method;
    if (!request.remoteAddress().isLoopback())
        return fail(403, tr("The sandbox admin API answers only to loopback clients."));
    const int port = d->server ? d->server->port() : 0;
    const QByteArray host = SandboxApi::header(request, QByteArrayLiteral("Host"));
    if (!host.isEmpty()) { // HTTP/1.0 clients may leave it out; browsers never do
        const QUrl h(QStringLiteral("http://") + QString::fromLatin1(host) + u'/');
        if (!h.isValid() || !h.userInfo().isEmpty() || h.path() != QLatin1StringView("/") ||
            (h.port() != -1 && h.port() != port) || !isOwnHost(h.host(), d->address))
            return fail(403, tr("The sandbox admin API answers only to its own address, not to "
                                "Host %1.")
                                 .arg(QString::fromLatin1(host.left(100))));
    }
    const QByteArray origin = SandboxApi::header(request, QByteArrayLiteral("Origin"));
    if (!origin.isEmpty()) {
        const QUrl o(QString::fromLatin1(origin));
        const QString scheme = o.scheme();
        const bool own =
            (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) &&
            o.path().isEmpty() && o.port(scheme == QLatin1StringView("https") ? 443 : 80) == port &&
            isOwnHost(o.host(), d->address);
        if (!own)
            return fail(403, tr("The sandbox admin API refuses requests from web pages of "
                                "other origins (%1).")
                                 .arg(QString::fromLatin1(origin.left(100))));
    }
    const Method method = request.method();
    if (method != Method::Get && method != Method::Head && !request.body().isEmpty()) {
        const QByteArray type =
            SandboxApi::header(request, QByteArrayLiteral("Content-Type")).toLower();
        const QByteArray mime = type.split(';').first().trimmed();
        if (mime != "application/json" && mime != "application/x-www-form-urlencoded")
            return fail(415, tr("The sandbox admin API takes application/json or "
                                "application/x-www-form-urlencoded bodies, not %1.")
                                 .arg(QString::fromLatin1(type.left(100))));
    }
    return std::nullopt;
}

SandboxReply SandboxPlatform::handleAdmin(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    if (const auto refused = refuseAdmin(request))
        return *refused;
    const QString path = request.url().path();
    const Method method = request.method();
    const bool write = method == Method::Post || method == Method::Put;
    const QJsonObject p = params(request);
    const QString devid = text(p, QStringLiteral("devid"));
    auto ok = [](QJsonObject o = {}) {
        o.insert(QStringLiteral("error"), 0);
        return SandboxApi::json(o);
    };

    if (path == QLatin1StringView("/sandbox/status") && method == Method::Get) {
        QJsonArray accounts;
        for (const SandboxAccount &a : d->engine.accounts())
            accounts.append(
                QJsonObject{{QStringLiteral("devid"), a.devid},
                            {QStringLiteral("appids"), QJsonArray::fromStringList(a.appids)},
                            {QStringLiteral("state"), a.state},
                            {QStringLiteral("role"), a.role},
                            {QStringLiteral("balance"), a.balance},
                            {QStringLiteral("overdraft"), a.overdraft},
                            {QStringLiteral("xpool"), QJsonArray::fromStringList(a.xpool)}});
        return ok(QJsonObject{{QStringLiteral("accounts"), accounts},
                              {QStringLiteral("faults"), faultsJson(faults())},
                              {QStringLiteral("callbackUrl"), callbackUrl().toString()},
                              {QStringLiteral("callbackFormat"),
                               callbackFormat() == CallbackFormat::Json ? QStringLiteral("json")
                                                                        : QStringLiteral("form")},
                              {QStringLiteral("redeliverCdr"), redeliverCdr()},
                              {QStringLiteral("ratePerMinute"), ratePerMinute()},
                              {QStringLiteral("requests"), requestCount()},
                              {QStringLiteral("activeBindings"), d->engine.activeBindingCount()}});
    }
    if (path == QLatin1StringView("/sandbox/faults")) {
        if (write) {
            SandboxFaults f = faults();
            f.failEvery = int(number(p, QStringLiteral("failEvery"), f.failEvery));
            f.rateLimit = number(p, QStringLiteral("rateLimit"), f.rateLimit);
            f.dropAfterCommitEvery =
                int(number(p, QStringLiteral("dropAfterCommitEvery"), f.dropAfterCommitEvery));
            f.delayMs = int(number(p, QStringLiteral("delayMs"), f.delayMs));
            f.badJsonEvery = int(number(p, QStringLiteral("badJsonEvery"), f.badJsonEvery));
            f.unauthorizedEvery =
                int(number(p, QStringLiteral("unauthorizedEvery"), f.unauthorizedEvery));
            f.maintenance = number(p, QStringLiteral("maintenance"), f.maintenance) != 0;
            if (p.value(QStringLiteral("clear")).toBool() ||
                text(p, QStringLiteral("clear")) == QLatin1StringView("1"))
                f = SandboxFaults{};
            setFaults(f);
        } else if (method != Method::Get) {
            return fail(405, tr("Use GET or PUT."));
        }
        return ok(faultsJson(faults()));
    }
    if (path == QLatin1StringView("/sandbox/reset") && write) {
        reset();
        return ok();
    }
    if (path == QLatin1StringView("/sandbox/bindings") && method == Method::Get) {
        QJsonArray rows;
        for (const SandboxBinding &b : bindings(devid))
            rows.append(bindingJson(b));
        return ok(QJsonObject{{QStringLiteral("bindings"), rows}});
    }
    if (path == QLatin1StringView("/sandbox/transfers") && method == Method::Get) {
        QJsonArray rows;
        for (const SandboxTransfer &t : transfers(devid))
            rows.append(transferJson(t));
        return ok(QJsonObject{{QStringLiteral("transfers"), rows}});
    }
    if (path == QLatin1StringView("/sandbox/calls")) {
        if (method == Method::Get) {
            QJsonArray rows;
            for (const SandboxCall &c : calls(devid))
                rows.append(callJson(c));
            return ok(QJsonObject{{QStringLiteral("calls"), rows}});
        }
        if (!write)
            return fail(405, tr("Use GET or POST."));
        SimulatedCall call;
        call.subid = text(p, QStringLiteral("subid"));
        call.x = text(p, QStringLiteral("x"));
        call.caller = text(p, QStringLiteral("caller"));
        if (p.contains(QStringLiteral("result")))
            call.result = text(p, QStringLiteral("result"));
        call.durationSecs = int(number(p, QStringLiteral("duration"), call.durationSecs));
        call.releasedir = text(p, QStringLiteral("releasedir"));
        QString why;
        const QString taskid = simulateCall(call, &why);
        if (taskid.isEmpty())
            return fail(400, why);
        return ok(QJsonObject{{QStringLiteral("taskid"), taskid}});
    }
    if (path == QLatin1StringView("/sandbox/callback") && write) {
        if (p.contains(QStringLiteral("url"))) {
            const QString format = text(p, QStringLiteral("format"));
            setCallbackUrl(QUrl(text(p, QStringLiteral("url"))), format == QLatin1StringView("json")
                                                                     ? CallbackFormat::Json
                                                                     : CallbackFormat::Form);
        }
        if (p.contains(QStringLiteral("redeliverCdr")))
            setRedeliverCdr(number(p, QStringLiteral("redeliverCdr"), 0) != 0);
        if (p.contains(QStringLiteral("ratePerMinute")))
            setRatePerMinute(number(p, QStringLiteral("ratePerMinute"), ratePerMinute()));
        return ok();
    }
    if (path.startsWith(QLatin1StringView("/sandbox/accounts/")) && write) {
        const QString who = path.mid(int(qstrlen("/sandbox/accounts/")));
        if (!account(who))
            return fail(404, tr("No account has the developer ID %1.").arg(who));
        if (p.contains(QStringLiteral("state")) &&
            !setAccountState(who, int(number(p, QStringLiteral("state"), -1))))
            return fail(400, tr("The account state must be 0, 1, 2 or 3."));
        if (p.contains(QStringLiteral("balance")))
            setBalance(who, number(p, QStringLiteral("balance"), 0));
        return ok();
    }
    if (path.startsWith(QLatin1StringView("/sandbox/recordings/")) && method == Method::Get) {
        QString taskid = path.mid(int(qstrlen("/sandbox/recordings/")));
        if (taskid.endsWith(QLatin1StringView(".wav")))
            taskid.chop(4);
        const auto call = d->store.call(taskid);
        if (!call || call->record != 1 || call->answerTime <= 0)
            return fail(404, tr("No recording has the taskid %1.").arg(taskid));
        SandboxReply reply;
        reply.contentType = QByteArrayLiteral("audio/wav");
        reply.body = recordingWav();
        return reply;
    }
    return fail(404,
                tr("The sandbox admin API has no %1 %2.")
                    .arg(QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(method)))
                             .toUpper(),
                         path));
}

} // namespace pn

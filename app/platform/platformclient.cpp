#include "platform/platformclient.h"

#include "core/errorcatalog.h"
#include "core/formencoding.h"
#include "core/logging.h"
#include "core/validation.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <cmath>
#include <limits>

namespace pn {

namespace {

constexpr qint64 kSkewWarningMs = 60'000;
constexpr int kMaxIntervalMs = 2'000;
constexpr int kMaxOnWire = 6; // QNetworkAccessManager's connections per host (HTTP/1.1)

// What an attempt's outcome means for the retry loop.
enum class Verdict { Done, Retry };

std::optional<qint64> parseHttpDate(const QByteArray &value)
{
    // Every answer of one second has the same Date, and QLocale's format parsing costs more
    // than the rest of an answer: the last one is remembered.
    static thread_local QByteArray lastValue;
    static thread_local std::optional<qint64> lastParsed;
    if (!value.isEmpty() && value == lastValue)
        return lastParsed;
    lastValue = value;
    lastParsed.reset();
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(QLatin1StringView(" GMT")))
        text.chop(4);
    QDateTime dt = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeSpec(Qt::UTC);
    lastParsed = dt.toMSecsSinceEpoch();
    return lastParsed;
}

// An integer field of an answer (times, states): a JSON number with no fraction within the
// range of qint64, or a string of digits. Anything else is "not there" (never an undefined
// float → int conversion: 1e300 does not fit).
std::optional<qint64> jsonInt(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        // 2^63 is exactly representable; every double below it fits in qint64.
        if (std::isfinite(d) && d == std::floor(d) && d >= -9223372036854775808.0 &&
            d < 9223372036854775808.0)
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// The answer's `error`: a JSON integer within the range of int, nothing else (not a string,
// not 1e300, not 4294967296, not 4294968598 = 2^32 + 1302, which must not pass as 1302).
std::optional<int> jsonErrorCode(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(std::numeric_limits<int>::min()) ||
        d > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(d);
}

std::optional<double> jsonDouble(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QString encodePathSegment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

struct PlatformClient::Call
{
    enum class Op { Status, Bind, Release, Transfer, ReleaseTransfer };
    Op op;
    QByteArray method; // GET PUT DELETE
    QString path;      // below the base URL, starting with '/'
    QByteArray form;   // body (PUT) or query (DELETE)
    QString reqid;
    Callback done;
    int attempt = 0;
    bool uncertain = false;
    bool authRetried = false;
    PlatformResult last;
};

PlatformClient::PlatformClient(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_signer(clock)
    , m_nam(new QNetworkAccessManager(this))
{
    m_monotonic.start();
    m_nam->setAutoDeleteReplies(false);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool PlatformClient::isValidSubid(const QString &subid)
{
    if (subid.isEmpty() || subid.size() > 128)
        return false;
    for (const QChar c : subid) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.' ||
                        u == u':';
        if (!ok)
            return false;
    }
    return true;
}

PlatformClient::~PlatformClient()
{
    secureWipe(m_config.key);
}

void PlatformClient::setConfig(ClientConfig config)
{
    secureWipe(m_config.key);
    m_config = std::move(config);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_caError.clear();
    if (!m_config.caFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
        if (certs.isEmpty())
            m_caError = tr("The CA file %1 cannot be read or holds no PEM certificate.")
                            .arg(m_config.caFile);
        else
            m_ssl.addCaCertificates(certs);
    }
    m_baseIntervalMs = m_config.rateLimit > 0 ? int(std::ceil(1000.0 / m_config.rateLimit)) : 0;
    m_intervalMs = m_baseIntervalMs;
    if (!m_config.skewCompensation)
        m_signer.setClockOffsetMs(0);
}

ClientConfig PlatformClient::config() const
{
    ClientConfig c = m_config;
    c.key.clear();
    return c;
}

std::optional<QString> PlatformClient::configError() const
{
    const QUrl &url = m_config.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return tr("The platform address \"%1\" is not a valid URL.").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))
        return tr("The platform address must start with https://.");
    if (scheme == QLatin1StringView("http") && !m_config.allowPlainHttp)
        return tr("The platform address uses plain http://, which this profile does not allow. "
                  "Use https://, or allow plain HTTP in the profile if the platform has "
                  "allow-listed this computer's IP address.");
    if (m_config.devid.trimmed().isEmpty())
        return tr("The developer ID (devid) is missing.");
    if (m_config.key.isEmpty())
        return tr("The auth key is missing.");
    if (!m_caError.isEmpty())
        return m_caError;
    return std::nullopt;
}

QString PlatformClient::securityWarning() const
{
    if (m_config.baseUrl.scheme().toLower() == QLatin1StringView("http"))
        return tr("Plain HTTP: requests, numbers and signatures travel unencrypted. Use it only "
                  "on a network you trust, for an IP address the platform has allow-listed.");
    return {};
}

QString PlatformClient::describeOffset(qint64 offsetMs)
{
    const qint64 secs = (qAbs(offsetMs) + 500) / 1000;
    const QString amount =
        secs >= 60 ? tr("%1 min %2 s").arg(secs / 60).arg(secs % 60) : tr("%1 s").arg(secs);
    // offset = platform − local: positive means the local clock is behind.
    return offsetMs > 0 ? tr("this computer's clock is %1 behind the platform's").arg(amount)
                        : tr("this computer's clock is %1 ahead of the platform's").arg(amount);
}

// --- the five calls ---

void PlatformClient::status(Callback done)
{
    auto call = std::make_shared<Call>();
    call->op = Call::Op::Status;
    call->method = "GET";
    call->path = QStringLiteral("/api/v1/account/status");
    call->done = std::move(done);
    start(call);
}

void PlatformClient::bind(const BindingRequest &request, Callback done)
{
    auto call = std::make_shared<Call>();
    call->op = Call::Op::Bind;
    call->method = "PUT";
    call->path = QStringLiteral("/igw/service/uc/interline/%1")
                     .arg(encodePathSegment(normalizedNumber(request.x)));
    call->form = formEncode(request.formFields());
    call->reqid = request.reqid;
    call->done = std::move(done);
    start(call);
}

void PlatformClient::release(const QString &appid, const QString &subid, Callback done)
{
    auto call = std::make_shared<Call>();
    call->op = Call::Op::Release;
    call->method = "DELETE";
    call->path = QStringLiteral("/igw/service/uc/interline");
    call->form = formEncode({{QStringLiteral("appid"), appid}, {QStringLiteral("subid"), subid}});
    call->done = std::move(done);
    start(call);
}

void PlatformClient::transfer(const TransferRequest &request, Callback done)
{
    auto call = std::make_shared<Call>();
    call->op = Call::Op::Transfer;
    call->method = "PUT";
    call->path = QStringLiteral("/igw/service/uc/interline/%1/transfer")
                     .arg(encodePathSegment(normalizedNumber(request.x)));
    call->form = formEncode(request.formFields());
    call->reqid = request.reqid;
    call->done = std::move(done);
    start(call);
}

void PlatformClient::releaseTransfer(const QString &appid, const QString &x, Callback done)
{
    auto call = std::make_shared<Call>();
    call->op = Call::Op::ReleaseTransfer;
    call->method = "DELETE";
    call->path = QStringLiteral("/igw/service/uc/interline/%1/transfer")
                     .arg(encodePathSegment(normalizedNumber(x)));
    call->form = formEncode({{QStringLiteral("appid"), appid}});
    call->done = std::move(done);
    start(call);
}

// --- the retry loop ---

void PlatformClient::start(std::shared_ptr<Call> call)
{
    ++m_inFlight;
    if (const auto problem = configError()) {
        PlatformResult r;
        r.kind = PlatformResult::Kind::Config;
        r.message = *problem;
        // Deliver asynchronously like every other outcome.
        QTimer::singleShot(0, this, [this, call, r] { finish(call, r); });
        return;
    }
    QTimer::singleShot(scheduleDelayMs(), this, [this, call] { sendAttempt(call); });
}

int PlatformClient::scheduleDelayMs()
{
    const qint64 now = m_monotonic.elapsed();
    const qint64 slot = qMax(now, m_nextSlotMs);
    m_nextSlotMs = slot + m_intervalMs;
    const qint64 own = slot - now;
    if (m_rateGate) {
        // The shared slots (other programs on the same ledger send too), never faster than
        // this client's own limit.
        const qint64 shared = m_rateGate->takeSlotMs(m_baseIntervalMs);
        if (shared >= 0)
            return int(qMin<qint64>(qMax(own, shared), 10 * 60'000));
    }
    return int(own);
}

void PlatformClient::onRateLimited()
{
    // Multiplicative decrease of the request rate, at most once per interval: a burst of calls
    // in flight that all meet 1105 slows the client once, not once per call.
    const qint64 now = m_monotonic.elapsed();
    if (m_rateGate) {
        // The shared rate does the adapting (one AIMD for every program of the account); this
        // client only spares the ledger a write per call of the burst.
        if (now - m_lastSlowdownMs < 100)
            return;
        m_lastSlowdownMs = now;
        m_rateGate->rateLimited(m_baseIntervalMs, kMaxIntervalMs);
        return;
    }
    if (now - m_lastSlowdownMs < qMax(m_intervalMs, 50))
        return;
    m_lastSlowdownMs = now;
    m_intervalMs = qMin(kMaxIntervalMs, qMax(m_intervalMs * 2, qMax(m_baseIntervalMs, 10)));
}

void PlatformClient::onSuccess()
{
    // ... and a gentle increase again while the platform accepts.
    if (m_intervalMs > m_baseIntervalMs)
        m_intervalMs = qMax(m_baseIntervalMs, m_intervalMs * 19 / 20);
    if (m_rateGate)
        m_rateGate->accepted(m_baseIntervalMs);
}

void PlatformClient::sendAttempt(std::shared_ptr<Call> call)
{
    // At most as many requests on the wire as Qt opens connections to one host, so that the
    // timeout of an attempt measures the platform, not a queue inside Qt.
    if (m_onWire >= kMaxOnWire) {
        m_waiting.enqueue(call);
        return;
    }
    ++call->attempt;
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + call->path, QUrl::TolerantMode);
    if (call->method == "DELETE" || call->method == "GET") {
        if (!call->form.isEmpty())
            url.setQuery(QString::fromLatin1(call->form), QUrl::TolerantMode);
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    QString signError;
    auto authorization = m_signer.authorization(m_config.devid, m_config.key, &signError);
    if (!authorization) {
        PlatformResult r;
        r.kind = PlatformResult::Kind::Config;
        r.message = signError;
        finish(call, r);
        return;
    }
    request.setRawHeader("Authorization", *authorization);
    secureWipe(*authorization);
    ++m_onWire;

    // PUT and DELETE go out as "custom" verbs on purpose: Qt silently re-sends an idempotent
    // request (its PUT and DELETE) when a kept-alive connection closes before the answer. That
    // hidden second attempt would escape the request log and hide that the first one may have
    // been carried out. Every attempt must be ours, counted and logged.
    QNetworkReply *reply = nullptr;
    if (call->method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam->sendCustomRequest(request, call->method, call->form);
    } else if (call->method == "DELETE") {
        reply = m_nam->sendCustomRequest(request, call->method);
    } else {
        reply = m_nam->get(request);
    }
    const qint64 sentAt = m_clock.nowMs();
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto timedOut = std::make_shared<bool>(false);
    auto tlsProblem = std::make_shared<QString>();
    // Qt re-sends a request by itself when the connection closes before the answer (even a PUT
    // or DELETE, once the bytes went out). Counting the transmissions shows when that happened:
    // then an earlier, silent transmission may have been carried out.
    auto transmissions = std::make_shared<int>(0);
    connect(reply, &QNetworkReply::requestSent, this, [transmissions] { ++*transmissions; });
    // The body is read as it arrives and cut off past kMaxBodyBytes: a hostile or broken
    // platform cannot make this process hold a 50 MiB answer.
    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    reply->setReadBufferSize(kMaxBodyBytes);
    auto drain = [reply, body, tooLarge] {
        if (*tooLarge)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > kMaxBodyBytes) {
            *tooLarge = true;
            reply->abort();
            return;
        }
        const qint64 room = kMaxBodyBytes + 1 - body->size();
        body->append(reply->read(qMax<qint64>(room, 0)));
        if (body->size() > kMaxBodyBytes) {
            *tooLarge = true;
            body->truncate(kMaxBodyBytes);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, drain);
    connect(reply, &QNetworkReply::readyRead, this, drain);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_config.timeoutMs);
    connect(reply, &QNetworkReply::sslErrors, this, [tlsProblem](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        *tlsProblem = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply, sentAt, elapsed, timedOut, tlsProblem, transmissions, body,
             tooLarge, drain] {
                --m_onWire;
                if (!m_waiting.isEmpty()) {
                    auto next = m_waiting.dequeue();
                    QTimer::singleShot(0, this, [this, next] { sendAttempt(next); });
                }
                drain();
                handleReply(call, reply, *body, *tooLarge, sentAt, elapsed->elapsed(), *timedOut,
                            *tlsProblem, *transmissions);
                reply->deleteLater();
            });
}

void PlatformClient::learnClock(QNetworkReply *reply, qint64 sentAtMs, qint64 receivedAtMs)
{
    const auto date = parseHttpDate(reply->rawHeader("Date"));
    if (!date)
        return;
    // The Date header has a resolution of one second: take the middle of that second, and the
    // middle of the round trip on our side.
    const qint64 estimate = *date + 500 - (sentAtMs + receivedAtMs) / 2;
    if (qAbs(estimate - m_estimatedOffsetMs) <= 2000)
        return;
    m_estimatedOffsetMs = qAbs(estimate) <= 2000 ? 0 : estimate;
    if (m_config.skewCompensation)
        m_signer.setClockOffsetMs(m_estimatedOffsetMs);
    Q_EMIT clockSkewEstimated(m_estimatedOffsetMs);
    if (qAbs(m_estimatedOffsetMs) > kSkewWarningMs) {
        Q_EMIT warning(m_config.skewCompensation
                           ? tr("The clock differs from the platform's: %1. Requests are signed "
                                "with the platform's time; please correct the clock.")
                                 .arg(describeOffset(m_estimatedOffsetMs))
                           : tr("The clock differs from the platform's: %1. Requests will be "
                                "refused until the clock is corrected.")
                                 .arg(describeOffset(m_estimatedOffsetMs)));
    }
}

void PlatformClient::handleReply(std::shared_ptr<Call> call, QNetworkReply *reply,
                                 const QByteArray &received, bool tooLarge, qint64 sentAtMs,
                                 qint64 latencyMs, bool timedOut, const QString &tlsProblem,
                                 int transmissions)
{
    const qint64 receivedAt = m_clock.nowMs();
    const qint64 offsetBefore = m_signer.clockOffsetMs();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int http = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = http > 0 && !tooLarge ? received : QByteArray();
    if (http > 0)
        learnClock(reply, sentAtMs, receivedAt);

    PlatformResult r;
    r.httpStatus = http;
    r.attempts = call->attempt;
    Verdict verdict = Verdict::Done;
    bool uncertainNow = false;

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject obj = doc.isObject() ? doc.object() : QJsonObject();
    const auto code = jsonErrorCode(obj.value(QLatin1StringView("error")));
    r.body = obj;
    r.reason = obj.value(QLatin1StringView("reason")).toString().left(1000);

    if (tooLarge) {
        // Whatever it said, it is not the short JSON the spec promises, and what it did is
        // unknown: an intent stays pending.
        r.kind = PlatformResult::Kind::BadResponse;
        r.message = tr("The platform's answer is larger than %1 KiB and was cut off.")
                        .arg(kMaxBodyBytes / 1024);
        r.httpStatus = http;
        uncertainNow = true;
        verdict = Verdict::Retry;
    } else if (http == 0) {
        const auto err = reply->error();
        if (!tlsProblem.isEmpty() || err == QNetworkReply::SslHandshakeFailedError) {
            r.kind = PlatformResult::Kind::Tls;
            r.message = tr("The secure connection to %1 was refused: %2. Check the platform "
                           "address and the profile's CA file.")
                            .arg(m_config.baseUrl.host(),
                                 tlsProblem.isEmpty() ? reply->errorString() : tlsProblem);
        } else {
            r.kind = PlatformResult::Kind::Network;
            r.message = timedOut ? tr("No answer from the platform within %1 s.")
                                       .arg(m_config.timeoutMs / 1000.0)
                                 : tr("Network error: %1").arg(reply->errorString());
            const bool neverSent = err == QNetworkReply::ConnectionRefusedError ||
                                   err == QNetworkReply::HostNotFoundError;
            uncertainNow = !neverSent;
            verdict = Verdict::Retry;
        }
    } else if (http == 401) {
        r.kind = PlatformResult::Kind::AuthFailed;
        const bool skewed = qAbs(m_estimatedOffsetMs) > kSkewWarningMs;
        if (skewed && m_config.skewCompensation && m_signer.clockOffsetMs() != offsetBefore &&
            !call->authRetried) {
            // We just learnt that our clock is off: sign again with the platform's time.
            call->authRetried = true;
            verdict = Verdict::Retry;
        }
        QString why = r.reason.isEmpty() ? QString() : tr(" The platform says: %1").arg(r.reason);
        if (skewed)
            r.message = tr("Authentication failed (HTTP 401): %1, and the platform accepts "
                           "signatures only within 3 minutes of its own time. Correct the clock "
                           "or turn on clock-skew compensation.%2")
                            .arg(describeOffset(m_estimatedOffsetMs), why);
        else
            r.message = tr("Authentication failed (HTTP 401): check the developer ID and the "
                           "auth key.%1")
                            .arg(why);
    } else if (http >= 500) {
        r.kind = PlatformResult::Kind::BadResponse;
        r.message = tr("The platform answered HTTP %1.").arg(http);
        uncertainNow = true;
        verdict = Verdict::Retry;
    } else if (http != 200 && !code) {
        // No valid error code (missing, not an integer, out of range, not JSON at all): the
        // answer proves nothing, so it is malformed and what the platform did is unknown. An
        // intent stays pending and is sent again with the same reqid, never marked failed.
        r.kind = PlatformResult::Kind::BadResponse;
        r.message = tr("The platform answered HTTP %1; check the platform address.").arg(http);
        uncertainNow = true;
        verdict = Verdict::Retry;
    } else if (http != 200 && *code == 0) {
        // "Success" with a failure status contradicts itself: not a success, outcome unknown.
        r.kind = PlatformResult::Kind::BadResponse;
        r.message = tr("The platform answered HTTP %1 with error 0, which is not a valid "
                       "answer.")
                        .arg(http);
        uncertainNow = true;
        verdict = Verdict::Retry;
    } else if (!doc.isObject() || !code) {
        r.kind = PlatformResult::Kind::BadResponse;
        r.message = tr("The platform's answer is not the JSON it should be.");
        uncertainNow = true;
        verdict = Verdict::Retry;
    } else if (*code != 0) {
        r.kind = PlatformResult::Kind::PlatformError;
        r.errorCode = *code;
        r.message = ErrorCatalog::describe(*code);
        if (!r.reason.isEmpty())
            r.message += QStringLiteral(" (%1)").arg(r.reason);
        if (ErrorCatalog::isRetryable(*code)) {
            verdict = Verdict::Retry;
            uncertainNow = *code != 1105; // 1105 is refused before anything happens
            if (*code == 1105)
                onRateLimited();
        }
    } else {
        r.kind = PlatformResult::Kind::Ok;
        r.errorCode = 0;
        if (call->op == Call::Op::Bind) {
            // Only a JSON string of sane length and characters is a subid: the ledger keeps
            // it and every later release sends it back.
            const QJsonValue subid = obj.value(QLatin1StringView("subid"));
            if (subid.isString() && isValidSubid(subid.toString())) {
                r.subid = subid.toString();
            } else {
                r.kind = PlatformResult::Kind::BadResponse;
                r.message = subid.isUndefined()
                                ? tr("The platform's answer has no subid.")
                                : tr("The platform's answer has no valid subid (a text of 1 to "
                                     "128 letters, digits, -, _, . or : is expected).");
                uncertainNow = true;
                verdict = Verdict::Retry;
            }
        } else if (call->op == Call::Op::Status) {
            AccountStatus s;
            s.error = 0;
            s.reason = r.reason;
            if (const auto v = jsonErrorCode(obj.value(QLatin1StringView("state"))))
                s.state = *v;
            s.role = obj.value(QLatin1StringView("role")).toString();
            s.balance = jsonDouble(obj.value(QLatin1StringView("balance")));
            s.overdraft = jsonDouble(obj.value(QLatin1StringView("overdraft")));
            s.createTimeMs = jsonInt(obj.value(QLatin1StringView("createTime")));
            s.updateTimeMs = jsonInt(obj.value(QLatin1StringView("updateTime")));
            r.account = s;
        }
        if (r.ok())
            onSuccess();
    }
    if (transmissions > 1 && call->method != "GET")
        uncertainNow = true; // see sendAttempt(): a silent re-send happened
    call->uncertain = call->uncertain || uncertainNow;

    RequestLogEntry log;
    log.at = sentAtMs;
    log.profileId = m_config.profileId;
    log.method = QString::fromLatin1(call->method);
    log.path = call->path;
    log.reqid = call->reqid;
    log.params = QString::fromLatin1(call->form);
    log.httpStatus = http;
    log.errorCode = r.errorCode;
    log.reason = r.kind == PlatformResult::Kind::Ok ? r.reason : r.message;
    log.response = QString::fromUtf8(body.left(4000));
    log.latencyMs = latencyMs;
    log.attempt = call->attempt;
    if (transmissions > 1)
        log.reason += tr(" (sent %1 times on the wire: the connection closed before an answer)")
                          .arg(transmissions);
    Q_EMIT attemptFinished(log);
    qCDebug(lcPlatform).noquote() << log.method << log.path << "reqid" << log.reqid << "attempt"
                                  << log.attempt << "HTTP" << http << "error"
                                  << (r.errorCode ? QString::number(*r.errorCode)
                                                  : QStringLiteral("-"))
                                  << latencyMs << "ms";

    call->last = r;
    if (verdict == Verdict::Retry && call->attempt < m_config.maxAttempts) {
        retryLater(call, call->authRetried && r.kind == PlatformResult::Kind::AuthFailed ? -1 : 0);
        return;
    }
    finish(call, r);
}

void PlatformClient::retryLater(std::shared_ptr<Call> call, int extraDelayMs)
{
    int delay = 0;
    if (extraDelayMs >= 0) {
        const double base = double(m_config.backoffInitialMs) * std::pow(2.0, call->attempt - 1);
        const double capped = qMin(base, double(m_config.backoffMaxMs));
        // "Equal jitter": half fixed, half random, so retries of many calls spread out.
        delay = int(capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1));
    }
    QTimer::singleShot(delay, this, [this, call] {
        QTimer::singleShot(scheduleDelayMs(), this, [this, call] { sendAttempt(call); });
    });
}

void PlatformClient::finish(std::shared_ptr<Call> call, PlatformResult result)
{
    --m_inFlight;
    result.attempts = call->attempt;
    result.outcomeUncertain = call->uncertain && !result.ok();
    if (call->done)
        call->done(result);
}

} // namespace pn

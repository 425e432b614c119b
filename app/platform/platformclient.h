#pragma once

#include "core/clock.h"
#include "core/keytimesigner.h"
#include "core/requests.h"
#include "ledger/ledgerrecords.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pn {

// How to reach one account on the platform. The key lives only here, in memory; the client
// wipes its copy when it is destroyed or reconfigured.
struct ClientConfig
{
    QUrl baseUrl; // e.g. https://api.example.com (a path prefix is kept)
    QString devid;
    QByteArray key;                  // the auth key: never logged, never stored
    std::optional<qint64> profileId; // only copied into request-log entries
    int timeoutMs = 10'000;          // per attempt
    int maxAttempts = 5;             // first try included
    int backoffInitialMs = 500;      // exponential back-off with jitter between attempts
    int backoffMaxMs = 30'000;
    double rateLimit = 0;         // requests per second the client starts at; 0 = unlimited
    QString caFile;               // extra trusted CA certificates (PEM), e.g. a private CA
    bool allowPlainHttp = false;  // http:// only when the profile explicitly allows it
    bool skewCompensation = true; // sign with the platform's time learned from `Date`
};

// The outcome of one call after all its attempts.
struct PlatformResult
{
    enum class Kind {
        Ok,            // error 0
        PlatformError, // the platform answered with an error code
        AuthFailed,    // HTTP 401
        Network,       // timeout, connection refused or lost
        Tls,           // certificate not trusted, wrong host name ...
        BadResponse,   // not the JSON the spec promises
        Config         // nothing was sent: the configuration is incomplete or unsafe
    };
    Kind kind = Kind::Network;
    int httpStatus = 0;
    std::optional<int> errorCode;
    QString reason;  // the platform's own words, if any
    QString message; // translated, complete sentence for people
    QJsonObject body;
    int attempts = 0;
    // True when some attempt ended without a definite answer (a lost or malformed response, a
    // timeout, 1500 ...): the platform may have carried the request out even if this result
    // is an error. Bindings in that case stay pending until reconciliation learns the truth.
    bool outcomeUncertain = false;
    QString subid;                        // bind
    std::optional<AccountStatus> account; // status

    bool ok() const { return kind == Kind::Ok; }
};

// A send-rate limit shared beyond this client (BindingService keeps one in the ledger, so every
// program on that ledger shares it). Intervals are milliseconds between two requests.
class RateGate
{
public:
    virtual ~RateGate() = default;
    // Takes the next send slot and returns how long to wait for it (< 0: unavailable).
    virtual qint64 takeSlotMs(qint64 baseIntervalMs) = 0;
    virtual void rateLimited(qint64 baseIntervalMs, qint64 maxIntervalMs) = 0;
    virtual void accepted(qint64 baseIntervalMs) = 0;
};

// Signed, asynchronous calls to the five endpoints of the platform (spec sections 3 and 4).
// Retries with the same reqid and parameters and a fresh signature on timeouts, lost or
// malformed responses, 1500, 1105 and 1401; never on other codes. 1105 also slows the client
// down. Every attempt is reported through attemptFinished() for the request log.
class PlatformClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const pn::PlatformResult &)>;

    explicit PlatformClient(const Clock &clock, QObject *parent = nullptr);
    ~PlatformClient() override;
    Q_DISABLE_COPY_MOVE(PlatformClient)

    void setConfig(ClientConfig config);
    // Shares the rate limit through `gate` (not owned; nullptr = this client's own only).
    void setRateGate(RateGate *gate) { m_rateGate = gate; }
    RateGate *rateGate() const { return m_rateGate; }
    // The most of an answer's body that is read; a longer answer is cut off as malformed.
    static constexpr qint64 kMaxBodyBytes = 64 * 1024;
    // A subid the client accepts: 1-128 characters of letters, digits and -_.:
    static bool isValidSubid(const QString &subid);
    // The configuration without its key.
    ClientConfig config() const;
    // Why requests cannot be sent with this configuration (translated), if they cannot.
    std::optional<QString> configError() const;
    // A warning the UI shows while the configuration is unsafe (plain HTTP), else empty.
    QString securityWarning() const;

    void status(Callback done);
    void bind(const BindingRequest &request, Callback done);
    void release(const QString &appid, const QString &subid, Callback done);
    void transfer(const TransferRequest &request, Callback done);
    void releaseTransfer(const QString &appid, const QString &x, Callback done);

    // Platform time − local time as last estimated from a `Date` header (0 before any answer).
    qint64 estimatedClockOffsetMs() const { return m_estimatedOffsetMs; }
    // The offset the signer applies (0 when compensation is off).
    qint64 appliedClockOffsetMs() const { return m_signer.clockOffsetMs(); }
    // Current minimum gap between two requests (adapted after 1105), in milliseconds.
    int currentIntervalMs() const { return m_intervalMs; }
    int callsInFlight() const { return m_inFlight; }

    static QString describeOffset(qint64 offsetMs);

Q_SIGNALS:
    void attemptFinished(const pn::RequestLogEntry &entry);
    void clockSkewEstimated(qint64 offsetMs);
    void warning(const QString &text);

private:
    struct Call;
    void start(std::shared_ptr<Call> call);
    void sendAttempt(std::shared_ptr<Call> call);
    void handleReply(std::shared_ptr<Call> call, QNetworkReply *reply, const QByteArray &body,
                     bool tooLarge, qint64 sentAtMs, qint64 latencyMs, bool timedOut,
                     const QString &tlsProblem, int transmissions);
    void finish(std::shared_ptr<Call> call, PlatformResult result);
    void retryLater(std::shared_ptr<Call> call, int extraDelayMs = 0);
    void learnClock(QNetworkReply *reply, qint64 sentAtMs, qint64 receivedAtMs);
    int scheduleDelayMs();
    void onRateLimited();
    void onSuccess();

    const Clock &m_clock;
    KeytimeSigner m_signer;
    ClientConfig m_config;
    QSslConfiguration m_ssl;
    QString m_caError;
    QNetworkAccessManager *m_nam;
    QElapsedTimer m_monotonic;
    qint64 m_nextSlotMs = 0;
    qint64 m_lastSlowdownMs = -1'000'000;
    int m_baseIntervalMs = 0;
    int m_intervalMs = 0;
    int m_inFlight = 0;
    int m_onWire = 0;
    QQueue<std::shared_ptr<Call>> m_waiting;
    qint64 m_estimatedOffsetMs = 0;
    RateGate *m_rateGate = nullptr;
};

} // namespace pn

#pragma once

#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxtypes.h"

#include <QCoreApplication>
#include <QJsonObject>

class QHttpServerRequest;

namespace pn {

class SandboxEngine;

// The platform's HTTP API in front of the SandboxEngine: Keytime authentication, fault
// injection, routing (unknown URL or method → 1001), DELETE parameters from the query string,
// PUT bodies form-urlencoded only.
class SandboxApi final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxApi)

public:
    static constexpr qint64 MaxSkewMs = 180'000; // "within 3 minutes"

    SandboxApi(const Clock &clock, SandboxEngine &engine);
    Q_DISABLE_COPY_MOVE(SandboxApi)

    // Also restarts the "every Nth" counters and the rate limiter.
    void setFaults(const SandboxFaults &faults);
    const SandboxFaults &faults() const { return m_faults; }
    qint64 requestCount() const { return m_totalRequests; }
    const SandboxFaultCounts &faultCounts() const { return m_counts; }

    SandboxReply handle(const QHttpServerRequest &request);

    static SandboxReply json(const QJsonObject &body, int status = 200);
    static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

private:
    // Returns the devid, or fills *reply with the 401.
    std::optional<QString> authenticate(const QHttpServerRequest &request, SandboxReply *reply);
    SandboxReply route(const QHttpServerRequest &request, const QString &devid, bool *mutating);
    bool rateLimited();
    static bool every(int n, qint64 count) { return n > 0 && count % n == 0; }

    const Clock &m_clock;
    SandboxEngine &m_engine;
    SandboxFaults m_faults;
    qint64 m_requests = 0;  // API requests since the faults were set
    qint64 m_mutations = 0; // PUT/DELETE requests since the faults were set
    qint64 m_responses = 0; // answered JSON bodies since the faults were set
    qint64 m_totalRequests = 0;
    SandboxFaultCounts m_counts;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
};

} // namespace pn

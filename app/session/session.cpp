#include "session/session.h"

#include "ledger/ledger.h"

#include <QPointer>

namespace pn {

Session::Session(Ledger &ledger, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_clock(clock)
{
    connect(&m_sweepTimer, &QTimer::timeout, this, [this] {
        // Not while a team server is away (every statement would fail); the next tick after
        // its return sweeps what expired meanwhile.
        if (m_service && m_ledger.isAvailable())
            m_service->sweepExpired();
    });
}

Session::~Session()
{
    stop();
}

ClientConfig Session::clientConfig(const Profile &profile, const QByteArray &key)
{
    ClientConfig config;
    config.baseUrl = profile.baseUrl;
    config.devid = profile.devid;
    config.key = key;
    config.key.detach(); // whoever holds `key` wipes their own copy
    config.profileId = profile.id;
    config.timeoutMs = profile.timeoutMs;
    config.rateLimit = profile.rateLimit;
    config.caFile = profile.caFile;
    config.allowPlainHttp = profile.allowPlainHttp;
    return config;
}

QString Session::reconcileSummary(const ReconcileReport &report)
{
    if (report.resent <= 0)
        return {};
    return tr("Reconciled %1 earlier requests: %2 created, %3 released, %4 refused, %5 still "
              "without an answer.")
        .arg(report.resent)
        .arg(report.created)
        .arg(report.released)
        .arg(report.failed)
        .arg(report.unknown);
}

std::optional<QString> Session::start(const ClientConfig &config, qint64 profileId)
{
    stop();
    m_profileId = profileId;
    m_client = std::make_unique<PlatformClient>(m_clock);
    m_client->setConfig(config);
    connect(m_client.get(), &PlatformClient::clockSkewEstimated, this,
            &Session::clockSkewEstimated);
    m_service = std::make_unique<BindingService>(m_ledger, *m_client, profileId);
    return m_client->configError();
}

void Session::stop()
{
    // The service goes before the client it listens to.
    m_service.reset();
    m_client.reset();
    m_profileId = 0;
}

void Session::reconcile(std::function<void(const ReconcileReport &)> done)
{
    if (!m_service) {
        if (done)
            done({});
        return;
    }
    // Sweep before (an expired binding is not released again) and after (what reconciliation
    // learnt may already have run out).
    m_service->sweepExpired();
    m_service->reconcile([guard = QPointer<Session>(this), done](const ReconcileReport &report) {
        if (guard && guard->m_service)
            guard->m_service->sweepExpired();
        if (done)
            done(report);
    });
}

void Session::setSweepInterval(int ms)
{
    m_sweepTimer.stop();
    if (ms > 0) {
        m_sweepTimer.setInterval(ms);
        m_sweepTimer.start();
    }
}

} // namespace pn

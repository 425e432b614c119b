#pragma once

#include "platform/bindingservice.h"
#include "platform/platformclient.h"
#include "profiles/profilestore.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace pn {

class Ledger;

// The one place a working session is wired, for pnconsole (Console) and pnctl (CliSession)
// alike: a profile and its key → ClientConfig → PlatformClient → BindingService over one open
// ledger, then the expiry sweep and reconciliation of what earlier runs left pending.
//
//   Session session(ledger, clock);
//   session.start(Session::clientConfig(profile, key), profile.id);  // client + service
//   session.reconcile(done);                                         // sweep, then re-send
class Session final : public QObject
{
    Q_OBJECT

public:
    Session(Ledger &ledger, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    // A saved profile's client configuration, signing with `key`.
    static ClientConfig clientConfig(const Profile &profile, const QByteArray &key);
    // "Reconciled 3 earlier requests: …" for a report that re-sent anything, else empty.
    static QString reconcileSummary(const ReconcileReport &report);

    // Builds the client and the service of one profile (replacing those of an earlier one).
    // Returns the client's configuration problem (see PlatformClient::configError), if any: the
    // client and service exist even then, and answer every call with that problem.
    std::optional<QString> start(const ClientConfig &config, qint64 profileId);
    // Drops the client and the service (their answers still on the way are not awaited: the
    // ledger keeps every intent for reconciliation).
    void stop();

    Ledger &ledger() const { return m_ledger; }
    PlatformClient *client() const { return m_client.get(); }
    BindingService *service() const { return m_service.get(); }
    qint64 profileId() const { return m_profileId; }

    // Writes expired bindings and transfers as expired, then re-sends the profile's pending
    // intents and requested releases; `done` gets the report (at once without a service).
    void reconcile(std::function<void(const pn::ReconcileReport &)> done);
    // While the session runs, sweep expired records every `ms` (0 = never, the default).
    void setSweepInterval(int ms);

Q_SIGNALS:
    // The client's view of the platform clock moved (see PlatformClient::clockSkewEstimated).
    void clockSkewEstimated(qint64 offsetMs);

private:
    Ledger &m_ledger;
    const Clock &m_clock;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<BindingService> m_service;
    qint64 m_profileId = 0;
    QTimer m_sweepTimer;
};

} // namespace pn

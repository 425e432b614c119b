#pragma once

#include "ledger/ledger.h"
#include "platform/platformclient.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace pn {

// What became of one create/release operation, as the ledger now records it.
struct ServiceOutcome
{
    enum class Kind {
        Created,     // active with a subid (or an active transfer)
        Released,    // the platform released it
        AlreadyGone, // the platform no longer had it (1300): recorded as released, not an error
        Failed,      // the platform surely did not do it; the ledger says failed / still active
        Unknown      // no definite answer: stays pending (or release-requested) for reconciliation
    };
    Kind kind = Kind::Unknown;
    qint64 id = 0; // ledger row
    QString subid;
    QString message; // translated
    PlatformResult result;

    bool ok() const
    {
        return kind == Kind::Created || kind == Kind::Released || kind == Kind::AlreadyGone;
    }
};

struct ReconcileReport
{
    int resent = 0;   // intents and releases sent again
    int created = 0;  // pending intents now active
    int released = 0; // requested releases now done (or already gone)
    int failed = 0;   // intents the platform refused
    int unknown = 0;  // still without an answer (network down ...): left for next time
};

// Ties the ledger and the platform client together so that no subid is ever lost:
//   create:  validate → write the intent (pending, with its reqid) → send → active / failed,
//            or still pending when no definite answer came;
//   release: mark release-requested → send → released (1300 = already gone) / back to active;
//   start-up: reconcile() re-sends every pending intent with its own reqid (the platform answers
//            a repeated reqid with the same subid) and every requested release.
// Every HTTP attempt of the client is appended to the ledger's request log.
class BindingService final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const pn::ServiceOutcome &)>;

    BindingService(Ledger &ledger, PlatformClient &client, qint64 profileId,
                   QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BindingService)

    qint64 profileId() const { return m_profileId; }
    // Who acts, for the audit log (default: the operating-system user name).
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

    // Fills in a new reqid when the request has none. Returns the ledger id of the intent, or
    // std::nullopt with a translated *error (validation or ledger) — then nothing was sent.
    std::optional<qint64> createBinding(BindingRequest request, Done done, QString *error);
    bool releaseBinding(qint64 id, Done done, QString *error);
    std::optional<qint64> createTransfer(TransferRequest request, Done done, QString *error);
    bool releaseTransfer(qint64 id, Done done, QString *error);

    // Re-sends pending intents and requested releases of this profile (not those whose answer
    // is still on the way).
    void reconcile(std::function<void(const pn::ReconcileReport &)> done);
    // While the program runs, reconcile whatever is pending every `ms` (default 60 s; 0 = off),
    // so intents left by a network outage settle without a restart.
    void setAutoReconcileInterval(int ms);
    // Active bindings and transfers past their expiry become expired. Returns how many.
    int sweepExpired();

    // True when the platform surely did not carry out a create that ended with `result`.
    static bool surelyNotDone(const PlatformResult &result);

Q_SIGNALS:
    // An automatic reconciliation finished.
    void reconciled(const pn::ReconcileReport &report);

private:
    void autoReconcile();
    // `resend`: the request may have reached the platform before (a pending intent found at
    // start-up, possibly sent by a program that then died), so only an answer that judged the
    // request itself may mark it failed.
    void sendBind(qint64 id, const BindingRequest &request, bool resend, Done done);
    void sendRelease(qint64 id, const QString &appid, const QString &subid, bool resend, Done done);
    void sendTransfer(qint64 id, const TransferRequest &request, bool resend, Done done);
    void sendReleaseTransfer(qint64 id, const QString &appid, const QString &x, bool resend,
                             Done done);

    Ledger &m_ledger;
    PlatformClient &m_client;
    void audit(const QString &action, const QString &detail);

    const qint64 m_profileId;
    QString m_actor;
    QSet<qint64> m_busyBindings; // ledger ids with a request on the way
    QSet<qint64> m_busyTransfers;
    QTimer m_autoReconcile;
    bool m_reconciling = false;
};

} // namespace pn

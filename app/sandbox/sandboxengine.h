#pragma once

#include "core/clock.h"
#include "core/requests.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sandboxtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace pn {

// The business rules of the platform (spec sections 3 and 4), free of HTTP: every call takes
// the authenticated devid and the request's parameters and answers the JSON body the platform
// would send. State lives in memory (accounts with their keys, the index of active bindings
// and transfers) and in the SandboxStore, written before the answer is returned.
class SandboxEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxEngine)

public:
    // A hundred years: longer validities are refused rather than overflow the expiry time.
    static constexpr qint64 MaxTtlSecs = 100LL * 365 * 86'400;

    SandboxEngine(const Clock &clock, SandboxStore &store);
    Q_DISABLE_COPY_MOVE(SandboxEngine)

    // Reads the active bindings and transfers and the accounts from the store.
    void load();

    void addAccount(const SandboxAccount &account);
    // The account with its key, or nullptr.
    const SandboxAccount *account(const QString &devid) const;
    QList<SandboxAccount> accounts() const; // without keys
    bool setAccountState(const QString &devid, int state);
    bool setBalance(const QString &devid, double balance);

    QJsonObject accountStatus(const QString &devid) const;
    QJsonObject createBinding(const QString &devid, const QString &x, const FormFields &fields);
    QJsonObject releaseBinding(const QString &devid, const FormFields &fields);
    QJsonObject createTransfer(const QString &devid, const QString &x, const FormFields &fields);
    QJsonObject releaseTransfer(const QString &devid, const QString &x, const FormFields &fields);

    // Builds, charges and records a simulated call; std::nullopt with a reason if there is no
    // active binding or transfer to carry it.
    std::optional<SandboxCall> simulateCall(const SimulatedCall &call, double ratePerMinute,
                                            QString *error);

    // Marks every binding and transfer whose time is up as expired. Returns how many.
    int sweep();
    void reset();

    QList<SandboxBinding> bindings(const QString &devid) const;
    std::optional<SandboxBinding> binding(const QString &subid) const;
    QList<SandboxTransfer> transfers(const QString &devid) const;
    int activeBindingCount() const { return int(m_active.size()); }

    static QJsonObject error(int code, const QString &reason);

private:
    QJsonObject checkMutation(const SandboxAccount *account, const QString &appid) const;
    bool expireIfDue(const QString &subid);
    bool expireTransferIfDue(const QString &x);
    SandboxState effectiveState(SandboxState stored, qint64 expiresAtMs) const;
    QString newId() const;

    const Clock &m_clock;
    SandboxStore &m_store;
    QHash<QString, SandboxAccount> m_accounts;
    QHash<QString, SandboxBinding> m_active;     // subid → active binding
    QHash<QString, QStringList> m_activeByX;     // x → subids of its active bindings
    QHash<QString, SandboxTransfer> m_transfers; // x → its active transfer
};

} // namespace pn

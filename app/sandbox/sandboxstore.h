#pragma once

#include "sandbox/sandboxtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace pn {

// The sandbox's own SQLite state file: accounts (never their keys), bindings, transfers and
// simulated calls. WAL, synchronous=NORMAL and prepared statements keep a write in the tens of
// microseconds. The file is not the console's ledger: the two sides of the wire keep separate
// books, as the real platform and a customer do.
class SandboxStore final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)

public:
    SandboxStore();
    ~SandboxStore();
    Q_DISABLE_COPY_MOVE(SandboxStore)

    // ":memory:" keeps nothing after the process ends.
    bool open(const QString &path, QString *error);
    bool isOpen() const;

    // Inserts or updates an account (the key is ignored). An account already in the file keeps
    // its stored balance and creation time; everything else comes from `account`. Returns the
    // merged account.
    SandboxAccount saveAccount(const SandboxAccount &account);
    void updateAccount(const SandboxAccount &account);
    QList<SandboxAccount> accounts() const;

    // `params` is the canonical text of the request that created the row, for reqid replays.
    bool insertBinding(const SandboxBinding &binding, const QString &params);
    void setBindingState(const QString &subid, SandboxState state, qint64 atMs);
    std::optional<SandboxBinding> binding(const QString &subid) const;
    // All rows in state 'active' (some may have expired by the clock since).
    QList<SandboxBinding> activeBindings() const;
    QList<SandboxBinding> bindings(const QString &devid) const; // empty devid = all

    // What a reqid of this account was first used for: a binding (id = subid) or a transfer
    // (id = its internal id), with the canonical parameters of that request.
    struct ReqidUse
    {
        bool transfer = false;
        QString id;
        QString params;
    };
    std::optional<ReqidUse> reqidUse(const QString &devid, const QString &reqid) const;

    bool insertTransfer(const SandboxTransfer &transfer, const QString &params);
    void setTransferState(const QString &id, SandboxState state, qint64 atMs);
    QList<SandboxTransfer> activeTransfers() const;
    QList<SandboxTransfer> transfers(const QString &devid) const;

    void insertCall(const SandboxCall &call);
    std::optional<SandboxCall> call(const QString &taskid) const;
    QList<SandboxCall> calls(const QString &devid) const;

    // Forgets bindings, transfers and calls; accounts stay.
    void reset();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pn

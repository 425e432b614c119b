#pragma once

#include "cli/command.h"

#include <QStringList>

namespace pn::cli {

// Commands that talk to the platform. Each opens the ledger, reconciles the profile's pending
// intents and requested releases first, then does its work.
class StatusCommand final : public Command
{
public:
    StatusCommand()
        : Command("status", QT_TRANSLATE_NOOP("pnctl", "show the account's state and balance"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

class BindCommand final : public Command
{
public:
    BindCommand()
        : Command("bind", QT_TRANSLATE_NOOP("pnctl", "create an AXB binding: bind X A B --ttl N"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

class ReleaseCommand final : public Command
{
public:
    ReleaseCommand()
        : Command("release", QT_TRANSLATE_NOOP("pnctl", "release an AXB binding: release SUBID"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

class TransferCommand final : public Command
{
public:
    TransferCommand()
        : Command("transfer", QT_TRANSLATE_NOOP("pnctl", "create an XA transfer: transfer X A"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

class UntransferCommand final : public Command
{
public:
    UntransferCommand()
        : Command("untransfer", QT_TRANSLATE_NOOP("pnctl", "release an XA transfer: untransfer X"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

// Commands that read the ledger (and reconcile when an account is given).
class ListCommand final : public Command
{
public:
    ListCommand()
        : Command("list", QT_TRANSLATE_NOOP("pnctl", "list the bindings in the ledger"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

class LogCommand final : public Command
{
public:
    LogCommand()
        : Command("log", QT_TRANSLATE_NOOP("pnctl", "show the request log"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli

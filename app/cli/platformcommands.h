#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace pn::cli {

// Commands that talk to the platform. Each opens the ledger, reconciles the profile's pending
// intents and requested releases first, then does its work. `arguments[0]` is the program.
int runStatus(const QStringList &arguments, const GlobalOptions &globals);
int runBind(const QStringList &arguments, const GlobalOptions &globals);
int runRelease(const QStringList &arguments, const GlobalOptions &globals);
int runTransfer(const QStringList &arguments, const GlobalOptions &globals);
int runUntransfer(const QStringList &arguments, const GlobalOptions &globals);
// Commands that read the ledger (and reconcile when an account is given).
int runList(const QStringList &arguments, const GlobalOptions &globals);
int runLog(const QStringList &arguments, const GlobalOptions &globals);

} // namespace pn::cli

#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace pn::cli {

// `pnctl profile add|list|show|edit|remove|export|import`. Keys come from a file
// (--key-file F, '-' = stdin) or standard input (--key-stdin), never from an argument.
int runProfile(const QStringList &arguments, const GlobalOptions &globals);

// Makes `pnctl --profile NAME COMMAND` work: installs the resolver that loads the profile from
// the ledger and its key from the secret store (see setProfileResolver).
void installProfileResolver();

} // namespace pn::cli

#pragma once

#include "cli/command.h"

#include <QStringList>

namespace pn::cli {

// `pnctl profile add|list|show|edit|remove|export|import`. Keys come from a file
// (--key-file F, '-' = stdin) or standard input (--key-stdin), never from an argument.
class ProfileCommand final : public Command
{
public:
    ProfileCommand()
        : Command("profile", QT_TRANSLATE_NOOP(
                                 "pnctl", "manage credential profiles: profile "
                                          "list|show|add|edit|remove|export|import|vault-password"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

// Makes `pnctl --profile NAME COMMAND` work: installs the resolver that loads the profile from
// the ledger and its key from the secret store (see setProfileResolver).
void installProfileResolver();

} // namespace pn::cli

#pragma once

#include "cli/command.h"

namespace pn {
class Ledger;
}

namespace pn::cli {

// Before `pnctl list --find NUMBER`: a full number may belong to a binding whose numbers
// retention erased (only their keyed hash is left), so when the ledger holds such hashes the
// key is read from the secret store (as the console does; never created here). Prints a
// warning to stderr and returns false when it cannot be read; the search then runs without it.
bool loadHashKeyForSearch(Ledger &ledger, const QString &needle);

// pnctl retention show | apply [--older-than DAYS] [--dry-run] | set DAYS|forever:
// the profiles' retention policies (how long real numbers of ended bindings and their calls
// are kept), and applying them now. apply replaces those numbers with the masked form plus a
// keyed hash (key in the secret store) and erases them from the ledger files; it prints and
// audits counts, never numbers. set changes the policy of --profile.
class RetentionCommand final : public Command
{
public:
    RetentionCommand()
        : Command("retention",
                  QT_TRANSLATE_NOOP("pnctl", "show or apply how long real numbers are kept"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli

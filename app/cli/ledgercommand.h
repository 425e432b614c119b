#pragma once

#include "cli/command.h"

namespace pn::cli {

// pnctl ledger migrate [--json]: opens the ledger (--ledger, $PN_LEDGER, --data-dir), brings its
// schema up to this program's version (on PostgreSQL under an advisory lock, so two programs
// starting at once migrate once) and says where it stands. Run it as the schema owner's role
// before desks with data rights only start a newer program.
class LedgerCommand final : public Command
{
public:
    LedgerCommand()
        : Command("ledger",
                  QT_TRANSLATE_NOOP("pnctl", "migrate the ledger's schema (administrator)"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli

#pragma once

#include "cli/command.h"

namespace pn::cli {

// pnctl audit [--desk D] [--action A[,B]] [--since T] [--until T] [--profile P] [--limit N]
// [--json]: who did what, newest first (the audit log: time, desk, profile, action, detail,
// program). Numbers in the details are masked as in the console. --json prints
// {"audit":[…]}. Needs no credentials.
class AuditCommand final : public Command
{
public:
    AuditCommand()
        : Command("audit", QT_TRANSLATE_NOOP("pnctl", "show who did what (the audit log)"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli

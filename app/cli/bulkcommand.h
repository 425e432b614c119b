#pragma once

#include "cli/command.h"

namespace pn::cli {

// pnctl bulk bind|release FILE.csv --out RESULT.csv [--encoding E] [--concurrency N] [--dry-run]
// pnctl bulk jobs [--json]
// A CSV file applied row by row through BindingService as a resumable job in the ledger.
class BulkCommand final : public Command
{
public:
    BulkCommand()
        : Command("bulk", QT_TRANSLATE_NOOP("pnctl", "create or release bindings from a CSV file: "
                                                     "bulk bind|release FILE --out RESULT; "
                                                     "bulk jobs"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli

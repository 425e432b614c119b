#pragma once

#include "cli/command.h"

namespace pn::cli {

// pnctl export bindings|transfers|calls|requests [--state S] [--since T] [--until T]
//       [--profile P] [--reveal] --out FILE.csv
// Streams the ledger's bindings, transfers, call records or request log into a CSV file (UTF-8
// with BOM), real numbers masked unless --reveal (which is written to the audit log).
class ExportCommand final : public Command
{
public:
    ExportCommand()
        : Command("export",
                  QT_TRANSLATE_NOOP("pnctl", "write bindings, transfers, call records or the "
                                             "request log to a CSV file: export "
                                             "bindings|transfers|calls|requests --out FILE"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli

#pragma once

#include "cli/command.h"

namespace pn::cli {

// pnctl recordings fetch [--since TIME] | policy [--on|--off] [--max-size MB] [--keep-days N]
// | list [--json]: the team's own archive of call recordings (RecordingArchive). `fetch`
// downloads every recording due (queued, or whose back-off is over) of the profiles whose
// policy is on, applies their retention and exits: 0 when every download worked, 1 when some
// failed (they are retried later with back-off), 3 when none could be fetched.
class RecordingsCommand final : public Command
{
public:
    RecordingsCommand()
        : Command(
              "recordings",
              QT_TRANSLATE_NOOP("pnctl", "fetch, list and configure the call recordings archive"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli

#pragma once

#include "cli/command.h"

#include <QStringList>

namespace pn::cli {

// `pnctl listen [--address A] [--port P] [--data-dir DIR] [--token-file F] [--allow LIST]
// [--profile NAME] [--durable] [--verbose]`: runs the callback receiver headless, writing CDRs and
// call-starts into the ledger. The first line of stdout is the URL it listens on; SIGINT or SIGTERM
// stop it cleanly (what was acknowledged is committed, what was queued is committed and answered).
// With --profile, the profile's callback address, port, allow-list and token are the defaults
// and its id is stamped on every stored row.
class ListenCommand final : public Command
{
public:
    ListenCommand()
        : Command("listen", QT_TRANSLATE_NOOP(
                                "pnctl", "receive CDR and call-start callbacks into the ledger"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli

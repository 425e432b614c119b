#pragma once

#include <QStringList>

namespace pn::cli {

struct GlobalOptions;

// `pnctl listen [--address A] [--port P] [--data-dir DIR] [--token-file F] [--allow LIST]
// [--durable] [--verbose]`: runs the callback receiver headless, writing CDRs and call-starts
// into the ledger. The first line of stdout is the URL it listens on; SIGINT or SIGTERM stop it
// cleanly (what was acknowledged is committed, what was queued is committed and answered).
int runListen(const QStringList &arguments, const GlobalOptions &globals);

} // namespace pn::cli

#pragma once

#include <QStringList>

namespace pn::cli {

struct GlobalOptions;

// `pnctl listen [--address A] [--port P] [--data-dir DIR] [--token-file F] [--allow LIST]
// [--profile NAME] [--durable] [--verbose]`: runs the callback receiver headless, writing CDRs and
// call-starts into the ledger. The first line of stdout is the URL it listens on; SIGINT or SIGTERM
// stop it cleanly (what was acknowledged is committed, what was queued is committed and answered).
// With --profile, the profile's callback address, port, allow-list and token are the defaults
// and its id is stamped on every stored row.
int runListen(const QStringList &arguments, const GlobalOptions &globals);

} // namespace pn::cli

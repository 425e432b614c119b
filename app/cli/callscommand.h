#pragma once

#include "cli/command.h"

#include <optional>

namespace pn::cli {

// pnctl calls [--subid S] [--since TIME] [--result CODE] [--limit N] [--reveal] [--json]:
// the call records (CDRs) the ledger holds, newest first. Real numbers are masked unless
// --reveal, which is written to the audit log. --json prints {"calls":[…]} like list's
// {"bindings":[…]}.
class CallsCommand final : public Command
{
public:
    CallsCommand()
        : Command("calls", QT_TRANSLATE_NOOP("pnctl", "list the call records in the ledger"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;

    // "2026-12-02 10:00[:00]", "2026-12-02T10:00:00", "2026-12-02" (local time), epoch seconds,
    // or an age: "90s", "30m", "2h", "7d" before `nowSecs`. std::nullopt if unreadable.
    static std::optional<qint64> parseSince(const QString &text, qint64 nowSecs);
};

} // namespace pn::cli

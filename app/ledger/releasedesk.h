#pragma once

#include "ledger/ledgerrecords.h"

#include <QString>

namespace pn {

class Ledger;

// Who released a binding: the desk of the "release" audit row that the releasing program wrote
// right after it marked the row released (every audit row names its desk, migration 9). Looked
// up by the subid within the minutes after `released_at` (the audit log's time index), so it
// stays cheap on a long log. Empty when no such row exists: not released, a program that ended
// between its two writes (or has not written the row yet), or a row from before migration 9.
QString releasingDesk(const Ledger &ledger, const BindingRecord &binding);
// The same for a transfer: the "untransfer" row for its X.
QString releasingDesk(const Ledger &ledger, const TransferRecord &transfer);

} // namespace pn

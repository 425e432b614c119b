#pragma once

#include <QString>

namespace pn {

// Who works at this desk, for the audit log ("who did what") and for "released by whom": the
// OS user and the computer, "user@host". Every audit row a Ledger writes carries it.
//
// $PN_DESK overrides it, for tests and for desks that share one OS account (a shared login on a
// call-centre PC: set PN_DESK=anna@desk3 in each person's session). Control characters are
// dropped and it is cut to kMaxDeskLength characters; an empty value means "not set".
QString deskIdentity();

// The parts: the OS user (getpwuid of the effective uid, else $USER / $USERNAME, else "unknown")
// and the host (QSysInfo::machineHostName(), else "localhost").
QString deskUserName();
QString deskHostName();

// What a PN_DESK value (or any desk name read from outside) becomes: trimmed, control characters
// removed, at most kMaxDeskLength characters. Empty when nothing is left.
QString cleanDeskName(const QString &text);

inline constexpr int kMaxDeskLength = 128;

} // namespace pn

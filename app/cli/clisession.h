#pragma once

#include "cli/clicontext.h"
#include "ledger/ledger.h"
#include "platform/bindingservice.h"
#include "platform/platformclient.h"
#include "session/session.h"

#include <memory>

namespace pn::cli {

// The clock pnctl signs and counts with: the system clock, shifted by $PN_TEST_CLOCK_OFFSET_MS
// when set (for tests of clock-skew handling).
const Clock &cliClock();

// One pnctl run's ledger and its Session (the client and service, wired as the console does).
class CliSession final
{
public:
    CliSession() = default;
    ~CliSession();
    Q_DISABLE_COPY_MOVE(CliSession)

    // Opens the ledger; with `needClient` also builds the client (flags or profile). Prints the
    // error and returns false with *exitCode set on failure.
    bool open(const GlobalOptions &options, bool needClient, int *exitCode);
    // Re-sends pending intents and requested releases; reports on stderr when there were any.
    void reconcile();

    Ledger &ledger() { return *m_ledger; }
    PlatformClient &client() { return *m_session->client(); }
    BindingService &service() { return *m_session->service(); }
    const ClientSetup &setup() const { return m_setup; }
    bool hasClient() const { return m_session && m_session->client() != nullptr; }

private:
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Session> m_session;
    ClientSetup m_setup;
};

// Exit code for a platform outcome: 0 ok, 1 platform error, 2 configuration, 3 network/TLS/auth.
int exitCodeFor(const PlatformResult &result);

} // namespace pn::cli

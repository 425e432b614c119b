#include "cli/clisession.h"

#include "cli/signcommand.h"
#include "core/keytimesigner.h"
#include "session/ledgeraccess.h"

namespace pn::cli {

const Clock &cliClock()
{
    static const OffsetClock clock(SystemClock::instance(),
                                   qEnvironmentVariableIntValue("PN_TEST_CLOCK_OFFSET_MS"));
    return clock;
}

CliSession::~CliSession()
{
    secureWipe(m_setup.client.key);
    // The service and client go before the ledger they write to.
    m_session.reset();
    m_ledger.reset();
}

bool CliSession::open(const GlobalOptions &options, bool needClient, int *exitCode)
{
    QString error;
    const auto target = resolveLedgerTarget(options, &error);
    if (!target) {
        printError(error);
        *exitCode = ExitUsage;
        return false;
    }
    m_ledger = std::make_unique<Ledger>(target->connection, cliClock());
    m_ledger->setDataDir(target->dataDir);
    if (!m_ledger->open(&error)) {
        printError(LedgerAccess::explain(error));
        *exitCode = ExitPlatformError;
        return false;
    }
    if (!needClient)
        return true;
    auto setup = buildClientSetup(options, *m_ledger, &error, exitCode);
    if (!setup) {
        printError(error);
        return false;
    }
    m_setup = *setup;
    secureWipe(setup->client.key);
    m_session = std::make_unique<Session>(*m_ledger, cliClock());
    if (const auto problem = m_session->start(m_setup.client, m_setup.profileId)) {
        printError(*problem);
        *exitCode = ExitUsage;
        return false;
    }
    PlatformClient *client = m_session->client();
    if (const QString warning = client->securityWarning(); !warning.isEmpty())
        printError(warning);
    QObject::connect(client, &PlatformClient::warning, client,
                     [](const QString &text) { printError(text); });
    return true;
}

void CliSession::reconcile()
{
    if (!hasClient())
        return;
    ReconcileReport report;
    runAsync([&](std::function<void(int)> finish) {
        m_session->reconcile([&report, finish](const ReconcileReport &r) {
            report = r;
            finish(ExitOk);
        });
    });
    if (const QString summary = Session::reconcileSummary(report); !summary.isEmpty())
        printError(summary);
}

int exitCodeFor(const PlatformResult &result)
{
    switch (result.kind) {
    case PlatformResult::Kind::Ok:
        return ExitOk;
    case PlatformResult::Kind::PlatformError:
    case PlatformResult::Kind::BadResponse:
        return ExitPlatformError;
    case PlatformResult::Kind::Config:
        return ExitUsage;
    case PlatformResult::Kind::AuthFailed:
    case PlatformResult::Kind::Network:
    case PlatformResult::Kind::Tls:
        break;
    }
    return ExitNetwork;
}

} // namespace pn::cli

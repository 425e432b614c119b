#include "cli/clisession.h"

#include "cli/signcommand.h"
#include "core/keytimesigner.h"

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
    m_service.reset();
    m_client.reset();
    m_ledger.reset();
}

bool CliSession::open(const GlobalOptions &options, bool needClient, int *exitCode)
{
    m_ledger = std::make_unique<Ledger>(Ledger::resolvePath(options.dataDir), cliClock());
    QString error;
    if (!m_ledger->open(&error)) {
        printError(error);
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
    m_client = std::make_unique<PlatformClient>(cliClock());
    m_client->setConfig(m_setup.client);
    if (const auto problem = m_client->configError()) {
        printError(*problem);
        *exitCode = ExitUsage;
        return false;
    }
    if (const QString warning = m_client->securityWarning(); !warning.isEmpty())
        printError(warning);
    QObject::connect(m_client.get(), &PlatformClient::warning, m_client.get(),
                     [](const QString &text) { printError(text); });
    m_service = std::make_unique<BindingService>(*m_ledger, *m_client, m_setup.profileId);
    return true;
}

void CliSession::reconcile()
{
    if (!m_service)
        return;
    ReconcileReport report;
    runAsync([&](std::function<void(int)> finish) {
        m_service->reconcile([&report, finish](const ReconcileReport &r) {
            report = r;
            finish(ExitOk);
        });
    });
    m_service->sweepExpired();
    if (report.resent > 0)
        printError(CliText::tr("Reconciled %1 earlier requests: %2 created, %3 released, "
                               "%4 refused, %5 still without an answer.")
                       .arg(report.resent)
                       .arg(report.created)
                       .arg(report.released)
                       .arg(report.failed)
                       .arg(report.unknown));
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

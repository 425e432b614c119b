#include "session/bulkpacer.h"

#include "ledger/ledger.h"

namespace pn {

SharedRatePacer::SharedRatePacer(const Ledger &ledger, QString bucket)
    : m_ledger(ledger)
    , m_bucket(std::move(bucket))
{}

double SharedRatePacer::rate() const
{
    if (!m_readAt.isValid() || m_readAt.elapsed() >= 250) {
        m_readAt.start();
        const double gap = m_ledger.rateInterval(m_bucket);
        m_rate = gap > 0 ? 1000.0 / gap : 0;
    }
    return m_rate;
}

} // namespace pn

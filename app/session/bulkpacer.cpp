#include "session/bulkpacer.h"

#include <algorithm>
#include <cmath>

namespace pn {

namespace {
constexpr double kIncreasePerSecond = 1.03;
constexpr double kDecrease = 0.95;
constexpr qint64 kDecreaseEveryMs = 300;
} // namespace

AimdPacer::AimdPacer()
{
    m_clock.start();
}

double AimdPacer::currentRate(qint64 now) const
{
    if (m_rate <= 0)
        return 0;
    return m_rate * std::pow(kIncreasePerSecond, double(now - m_rateSetAt) / 1000.0);
}

double AimdPacer::rate() const
{
    return currentRate(m_clock.elapsed());
}

int AimdPacer::reserve()
{
    const qint64 now = m_clock.elapsed();
    const double r = currentRate(now);
    if (r <= 0)
        return 0;
    const double slot = std::max(double(now), m_nextSlot);
    m_nextSlot = slot + 1000.0 / r;
    return int(std::ceil(slot - double(now)));
}

double AimdPacer::acceptedRate(qint64 now)
{
    while (!m_accepted.isEmpty() && m_accepted.first() < now - 1000)
        m_accepted.removeFirst();
    // Over the last second, or since the first answer when that is more recent (a job that
    // meets 1105 in its first 300 ms must not take its short start for the platform's rate).
    const qint64 span = std::max<qint64>(200, now - std::max(now - 1000, m_firstAccepted));
    return double(m_accepted.size()) * 1000.0 / double(span);
}

void AimdPacer::rateLimited()
{
    const qint64 now = m_clock.elapsed();
    if (now - m_lastDecrease < kDecreaseEveryMs)
        return;
    m_lastDecrease = now;
    const double measured = acceptedRate(now);
    const double r = currentRate(now);
    const double base = r > 0 ? std::min(r, measured) : measured;
    m_rate = std::max(1.0, base * kDecrease);
    m_rateSetAt = now;
    m_nextSlot = double(now); // re-plan from the new rate
}

void AimdPacer::accepted()
{
    const qint64 now = m_clock.elapsed();
    if (m_firstAccepted < 0)
        m_firstAccepted = now;
    m_accepted.append(now);
    if (m_accepted.size() > 20'000)
        acceptedRate(now);
}

} // namespace pn

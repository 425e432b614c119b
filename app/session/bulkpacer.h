#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QtGlobal>

namespace pn {

// Decides when the next request of a bulk job may go out. The runner asks before each send and
// reports what the platform answered, so an implementation can share a rate with other programs
// (e.g. a token bucket kept in the ledger) or adapt on its own.
class RatePacer
{
public:
    virtual ~RatePacer() = default;
    // Books the next send; returns how many milliseconds to wait before it (0 = now).
    virtual int reserve() = 0;
    // The platform answered 1105 (too many requests).
    virtual void rateLimited() = 0;
    // The platform answered with anything but 1105.
    virtual void accepted() = 0;
    // The current rate in requests per second; 0 = not limited.
    virtual double rate() const = 0;
};

// AIMD on the request rate, in this process: unlimited until the first 1105; then the rate drops
// to 95 % of what the platform accepted over the last second (at most once per 300 ms) and grows
// again by 3 % per second while no 1105 comes. A platform limiting with a token bucket ends up
// served at 95–100 % of its limit.
class AimdPacer final : public RatePacer
{
public:
    AimdPacer();
    Q_DISABLE_COPY_MOVE(AimdPacer)

    int reserve() override;
    void rateLimited() override;
    void accepted() override;
    double rate() const override;

private:
    double currentRate(qint64 now) const;
    double acceptedRate(qint64 now);

    QElapsedTimer m_clock;
    double m_rate = 0; // at m_rateSetAt
    qint64 m_rateSetAt = 0;
    qint64 m_lastDecrease = -1'000'000;
    double m_nextSlot = 0;    // ms since m_clock started
    QList<qint64> m_accepted; // times of the last second's accepted answers
    qint64 m_firstAccepted = -1;
};

} // namespace pn

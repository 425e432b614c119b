#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

namespace pn {

class Ledger;

// Decides when the next request of a bulk job may go out. The runner asks before each send and
// reports what the platform answered.
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

// The pace of the platform account shared by every program on the ledger: the ledger's rate
// bucket (Ledger::takeRateSlot, AIMD on the rate: 95 % of what the platform accepted from all of
// them when it answers 1105, +3 % per second after). The client takes a slot of it for every
// request and reports 1105 to it (BindingService's LedgerRateGate), so a bulk job, other
// bulk jobs, pnctl and the console on the same ledger send no faster together than the
// account's limit. This pacer adds no wait of its own; it reports the shared rate.
class SharedRatePacer final : public RatePacer
{
public:
    SharedRatePacer(const Ledger &ledger, QString bucket);
    Q_DISABLE_COPY_MOVE(SharedRatePacer)

    int reserve() override { return 0; }
    void rateLimited() override {}
    void accepted() override {}
    double rate() const override;

private:
    const Ledger &m_ledger;
    QString m_bucket;
    mutable QElapsedTimer m_readAt; // the shared rate is read at most every 250 ms
    mutable double m_rate = 0;
};

} // namespace pn

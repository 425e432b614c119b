#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>
#include <optional>

namespace pn {

// Time source for everything that signs, expires or counts down. Injected through constructors
// so tests can move time by hand (see ManualClock).
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    qint64 nowSecs() const { return nowMs() / 1000; }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    // One process-wide instance is fine: it has no state.
    static const SystemClock &instance();
};

// A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_ms(startMs)
    {}
    qint64 nowMs() const override { return m_ms.load(); }
    void setMs(qint64 ms) { m_ms.store(ms); }
    void advanceMs(qint64 deltaMs) { m_ms.fetch_add(deltaMs); }

private:
    std::atomic<qint64> m_ms;
};

// A clock that runs with another one but is shifted by a fixed amount: a computer whose clock
// is wrong, for tests of skew compensation.
class OffsetClock final : public Clock
{
public:
    OffsetClock(const Clock &base, qint64 offsetMs)
        : m_base(base)
        , m_offsetMs(offsetMs)
    {}
    qint64 nowMs() const override { return m_base.nowMs() + m_offsetMs.load(); }
    void setOffsetMs(qint64 ms) { m_offsetMs.store(ms); }

private:
    const Clock &m_base;
    std::atomic<qint64> m_offsetMs;
};

// Epoch milliseconds as local time "yyyy-MM-dd HH:mm:ss"; empty for no value.
QString localDateTimeText(std::optional<qint64> ms);

} // namespace pn

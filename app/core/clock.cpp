#include "core/clock.h"

namespace pn {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

QString localDateTimeText(std::optional<qint64> ms)
{
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace pn

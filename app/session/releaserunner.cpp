#include "session/releaserunner.h"

#include "platform/bindingservice.h"

namespace pn {

ReleaseRunner::ReleaseRunner(QObject *parent)
    : QObject(parent)
{}

bool ReleaseRunner::start(BindingService &service, const QList<qint64> &ids)
{
    if (m_running || ids.isEmpty())
        return false;
    m_service = &service;
    m_queue = ids;
    m_total = int(ids.size());
    m_done = 0;
    m_failed = 0;
    m_releasedElsewhere.clear();
    m_inFlight = 0;
    m_cancelled = false;
    m_running = true;
    next();
    return true;
}

void ReleaseRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    if (m_inFlight == 0)
        next();
}

void ReleaseRunner::next()
{
    while (m_service && !m_queue.isEmpty() && m_inFlight < Concurrency) {
        const qint64 id = m_queue.takeFirst();
        ++m_inFlight;
        QString error;
        const bool started = m_service->releaseBinding(
            id,
            [self = QPointer<ReleaseRunner>(this)](const ServiceOutcome &o) {
                if (!self)
                    return;
                --self->m_inFlight;
                ++self->m_done;
                if (!o.ok())
                    ++self->m_failed;
                else if (o.settledElsewhere && o.kind == ServiceOutcome::Kind::Released)
                    self->m_releasedElsewhere << o.releasedBy;
                Q_EMIT self->progressed(self->m_done, self->m_total);
                self->next();
            },
            &error);
        if (!started) {
            --m_inFlight;
            ++m_done;
            ++m_failed;
            Q_EMIT progressed(m_done, m_total);
        }
    }
    if (m_inFlight > 0 || !m_queue.isEmpty() || !m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_done - m_failed, m_failed, m_cancelled);
}

} // namespace pn

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace pn {

class BindingService;

// Releases many bindings through a BindingService, at most Concurrency at a time, with
// progress and Cancel (what is on the wire finishes; nothing new is sent). No widgets: the
// console shows its signals in the Bindings tab, a script can drive it as well.
class ReleaseRunner final : public QObject
{
    Q_OBJECT

public:
    static constexpr int Concurrency = 4;

    explicit ReleaseRunner(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReleaseRunner)

    // Starts releasing the bindings with these ledger ids. False if a run is still going or
    // there is nothing to do.
    bool start(BindingService &service, const QList<qint64> &ids);
    void cancel();
    bool isRunning() const { return m_running; }

    int total() const { return m_total; }
    int done() const { return m_done; }
    int failed() const { return m_failed; }
    // The desks that released bindings of this run before this program could (another desk
    // was releasing them at the same moment, or already had): nothing was sent for those, and
    // they count as released. One entry per such binding; "" = a desk not known.
    QStringList releasedElsewhere() const { return m_releasedElsewhere; }

Q_SIGNALS:
    // One more release is settled (released, already gone, failed or unknown).
    void progressed(int done, int total);
    // Every release is settled; `released` = done - failed.
    void finished(int released, int failed, bool cancelled);

private:
    void next();

    QPointer<BindingService> m_service;
    QList<qint64> m_queue;
    QStringList m_releasedElsewhere;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_inFlight = 0;
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace pn

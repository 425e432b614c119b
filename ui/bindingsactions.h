#pragma once

#include "core/requests.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace pn {

class BindingDialog;
class BindingsModel;
class Console;
class ReleaseRunner;
class TransferDialog;
class TransfersModel;
struct ServiceOutcome;

// What the desk does to bindings and transfers through the platform: create (from the forms),
// release one or many bindings (one confirmation, progress, Cancel), release a transfer. It asks
// the confirmations, calls the console's BindingService and refreshes the models; the window
// shows its messages and progress. No layout here: tests drive it without a window.
class BindingsActions final : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` parents the confirmations (nullptr in tests).
    BindingsActions(Console &console, BindingsModel &bindings, TransfersModel &transfers,
                    QWidget *dialogParent, QObject *parent = nullptr);
    ~BindingsActions() override;

    // Whether the real numbers of a binding (by ledger id) are shown: the confirmation names
    // them masked otherwise. Default: masked.
    void setRevealedCheck(std::function<bool(qint64 bindingId)> revealed);

    // Releases the active bindings among `ids` after ONE confirmation, in the background.
    // Returns false if nothing was started (no service, busy, nothing releasable, declined).
    bool releaseBindings(const QList<qint64> &ids);
    void cancelRelease();
    bool releaseRunning() const;
    ReleaseRunner *releaseRunner() const { return m_runner; }

    // Releases the transfer with this ledger id after a confirmation; `revealed`: its number is
    // shown unmasked. Returns false if nothing was sent.
    bool releaseTransfer(qint64 id, bool revealed);

    // A form's request: asks about a numbers conflict the form found, then sends it through
    // the service (which keeps the reqid on Retry); the outcome goes back to the form.
    void submitBinding(BindingDialog *dialog, const BindingRequest &request);
    void submitTransfer(TransferDialog *dialog, const TransferRequest &request);

Q_SIGNALS:
    void message(const QString &text);
    void releaseStarted(int total);
    void releaseProgressed(int done);
    void releaseFinished(int released, int failed, bool cancelled);

private:
    void finishBindingOutcome(const ServiceOutcome &outcome);
    // " 1 of them released by anna@desk2." after a run's message, or empty.
    QString releasedElsewhereText() const;

    Console &m_console;
    BindingsModel &m_bindings;
    TransfersModel &m_transfers;
    QPointer<QWidget> m_dialogParent;
    std::function<bool(qint64)> m_revealed;
    ReleaseRunner *m_runner = nullptr;
    QPointer<BindingDialog> m_bindingDialog;
    QPointer<TransferDialog> m_transferDialog;
};

} // namespace pn

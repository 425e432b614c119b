#include "ui/bindingsactions.h"

#include "core/phonemask.h"
#include "ledger/bindingsmodel.h"
#include "ledger/transfersmodel.h"
#include "session/console.h"
#include "session/releaserunner.h"
#include "ui/bindingdialog.h"
#include "ui/confirm.h"
#include "ui/transferdialog.h"

#include <QStringList>

namespace pn {

BindingsActions::BindingsActions(Console &console, BindingsModel &bindings,
                                 TransfersModel &transfers, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_bindings(bindings)
    , m_transfers(transfers)
    , m_dialogParent(dialogParent)
{
    m_runner = new ReleaseRunner(this);
    connect(m_runner, &ReleaseRunner::progressed, this, [this](int done) {
        m_bindings.refresh();
        Q_EMIT releaseProgressed(done);
    });
    connect(
        m_runner, &ReleaseRunner::finished, this, [this](int released, int failed, bool cancelled) {
            m_bindings.refresh();
            if (cancelled)
                Q_EMIT message(tr("Release cancelled: %1 of %2 released, %3 failed.")
                                   .arg(released)
                                   .arg(m_runner->total())
                                   .arg(failed));
            else if (failed > 0)
                Q_EMIT message(
                    tr("%1 released, %2 failed: see the request log.").arg(released).arg(failed));
            else if (released == 1 && m_runner->releasedElsewhere().size() == 1)
                Q_EMIT message(
                    m_runner->releasedElsewhere().first().isEmpty()
                        ? tr("Released by another program.")
                        : tr("Released by %1.").arg(m_runner->releasedElsewhere().first()));
            else
                Q_EMIT message(tr("%n binding(s) released.", nullptr, released) +
                               releasedElsewhereText());
            Q_EMIT releaseFinished(released, failed, cancelled);
        });
}

BindingsActions::~BindingsActions() = default;

QString BindingsActions::releasedElsewhereText() const
{
    // Another desk released some of them at the same moment (or just before): only one request
    // went out for each, and the message says by whom.
    const QStringList desks = m_runner->releasedElsewhere();
    if (desks.isEmpty())
        return {};
    QStringList named;
    for (const QString &desk : desks) {
        const QString name = desk.isEmpty() ? tr("another program") : desk;
        if (!named.contains(name))
            named << name;
    }
    return u' ' + tr("%n of them released by %1.", nullptr, int(desks.size()))
                      .arg(named.join(QStringLiteral(", ")));
}

void BindingsActions::setRevealedCheck(std::function<bool(qint64)> revealed)
{
    m_revealed = std::move(revealed);
}

bool BindingsActions::releaseRunning() const
{
    return m_runner->isRunning();
}

// --- release ---

bool BindingsActions::releaseBindings(const QList<qint64> &ids)
{
    if (!m_console.service() || m_runner->isRunning())
        return false;
    QList<qint64> releasable;
    QStringList named; // "A and B on X (subid …)", masked unless revealed
    for (qint64 id : ids) {
        const int row = m_bindings.rowOfId(id);
        if (row < 0)
            continue;
        const BindingRecord &b = m_bindings.record(row);
        // Also one another desk is releasing right now: the service then waits for that
        // release instead of sending a second one, and says who released it.
        if (b.state == RecordState::Active) {
            releasable << id;
            const bool shown = m_revealed && m_revealed(id);
            const auto number = [shown](const QString &n) { return shown ? n : maskNumber(n); };
            named << tr("%1 and %2 on %3 (subid %4)")
                         .arg(number(b.request.anum), number(b.request.bnum), b.request.x, b.subid);
        }
    }
    if (releasable.isEmpty()) {
        Q_EMIT message(tr("Nothing to release: select active bindings."));
        return false;
    }
    const QString question =
        releasable.size() == 1
            ? tr("Release the binding of %1? Calls to its privacy number will no longer reach "
                 "the other party.")
                  .arg(named.first())
            : tr("Release %n bindings? Calls to their privacy numbers will no longer reach the "
                 "other party.",
                 nullptr, int(releasable.size())) +
                  u'\n' + named.mid(0, 5).join(u'\n') +
                  (named.size() > 5 ? u'\n' + tr("… and %n more", nullptr, int(named.size() - 5))
                                    : QString());
    if (!Confirm::ask(m_dialogParent, tr("Release bindings"), question, tr("Release")))
        return false;
    Q_EMIT releaseStarted(int(releasable.size()));
    m_runner->start(*m_console.service(), releasable);
    return true;
}

void BindingsActions::cancelRelease()
{
    m_runner->cancel();
}

bool BindingsActions::releaseTransfer(qint64 id, bool revealed)
{
    BindingService *service = m_console.service();
    if (!service)
        return false;
    const auto t = m_console.ledger().transfers().transferById(id);
    if (!t || t->state != RecordState::Active) {
        Q_EMIT message(tr("Nothing to release: select an active transfer."));
        return false;
    }
    if (!Confirm::ask(
            m_dialogParent, tr("Release transfer"),
            tr("Stop forwarding calls to %1 from the privacy number %2?")
                .arg(revealed ? t->request.anum : maskNumber(t->request.anum), t->request.x),
            tr("Release")))
        return false;
    QPointer<BindingsActions> self(this);
    QString error;
    if (!service->releaseTransfer(
            id,
            [self](const ServiceOutcome &o) {
                if (!self)
                    return;
                self->m_transfers.refresh();
                Q_EMIT self->message(o.ok() && !(o.settledElsewhere && !o.message.isEmpty())
                                         ? tr("Transfer released.")
                                         : o.message);
            },
            &error)) {
        Q_EMIT message(error);
        return false;
    }
    return true;
}

// --- creating ---

void BindingsActions::submitBinding(BindingDialog *dialog, const BindingRequest &request)
{
    BindingService *service = m_console.service();
    if (!dialog || !service)
        return;
    m_bindingDialog = dialog;
    if (!dialog->conflictWarning().isEmpty() &&
        !Confirm::ask(m_dialogParent, tr("Create binding"),
                      dialog->conflictWarning() + u'\n' + tr("Send the request anyway?"),
                      tr("Send anyway")))
        return;
    dialog->setSending(true);
    QPointer<BindingsActions> self(this);
    const auto done = [self](const ServiceOutcome &outcome) {
        if (self)
            self->finishBindingOutcome(outcome);
    };
    // The service keeps the reqid on Retry (the same intent is asked again) and starts a new
    // request when the old reqid is settled.
    QPointer<BindingDialog> form(dialog);
    QString error;
    if (!service->submitBinding(
            request,
            [form, request] {
                if (!form)
                    return request;
                form->renewReqid();
                return form->request();
            },
            done, &error))
        dialog->showNetworkError(error);
}

void BindingsActions::finishBindingOutcome(const ServiceOutcome &outcome)
{
    m_bindings.refresh();
    BindingDialog *dialog = m_bindingDialog;
    if (outcome.kind == ServiceOutcome::Kind::Created) {
        Q_EMIT message(tr("Binding created: subid %1.").arg(outcome.subid));
        if (dialog)
            dialog->accept();
        return;
    }
    if (!dialog)
        return;
    if (outcome.kind == ServiceOutcome::Kind::Failed) {
        if (outcome.result.errorCode)
            dialog->showPlatformError(*outcome.result.errorCode, outcome.result.reason);
        else
            dialog->showNetworkError(outcome.message);
        // The ledger holds this reqid as failed: the next attempt is a new request.
        dialog->renewReqid();
        return;
    }
    dialog->showNetworkError(outcome.message);
}

void BindingsActions::submitTransfer(TransferDialog *dialog, const TransferRequest &request)
{
    BindingService *service = m_console.service();
    if (!dialog || !service)
        return;
    m_transferDialog = dialog;
    dialog->setSending(true);
    QPointer<BindingsActions> self(this);
    QString error;
    const auto id = service->createTransfer(
        request,
        [self](const ServiceOutcome &o) {
            if (!self)
                return;
            self->m_transfers.refresh();
            TransferDialog *d = self->m_transferDialog;
            if (o.kind == ServiceOutcome::Kind::Created) {
                Q_EMIT self->message(tr("Transfer created."));
                if (d)
                    d->accept();
            } else if (d && o.result.errorCode) {
                d->showPlatformError(*o.result.errorCode, o.result.reason);
                d->renewReqid();
            } else if (d) {
                d->showNetworkError(o.message);
                d->renewReqid();
            }
        },
        &error);
    if (!id)
        dialog->showNetworkError(error);
}

} // namespace pn

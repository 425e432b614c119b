// ConsoleWindow: what the desk does with bindings that exist — release (one confirmation for
// any number, progress and Cancel), the context menu, copies, simulated calls, the request-log
// detail and copy as curl, and expiry warnings.
#include "ui/consolewindow.h"
#include "ui_mainwindow.h"

#include "core/errorcatalog.h"
#include "core/phonemask.h"
#include "ledger/bindingsfiltermodel.h"
#include "ledger/bindingsmodel.h"
#include "ledger/requestlogmodel.h"
#include "ledger/transfersmodel.h"
#include "session/console.h"
#include "session/releaserunner.h"
#include "ui/bindingstab.h"
#include "ui/callspanel.h"
#include "ui/confirm.h"
#include "ui/maskingproxymodel.h"
#include "ui/requestlogtab.h"
#include "ui/simulatecalldialog.h"
#include "ui/transferstab.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTreeView>

namespace pn {

qint64 ConsoleWindow::idAt(const QModelIndex &viewIndex) const
{
    return viewIndex.siblingAtColumn(0).data(BindingsModel::IdRole).toLongLong();
}

QList<qint64> ConsoleWindow::selectedBindingIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : bindingsTab()->selectedRows())
        ids << idAt(index);
    return ids;
}

QColor ConsoleWindow::bindingColor(const QModelIndex &viewIndex) const
{
    const int row = m_bindings->rowOfId(idAt(viewIndex));
    if (row < 0)
        return {};
    const BindingRecord &b = m_bindings->record(row);
    switch (m_bindings->effectiveState(b)) {
    case RecordState::Pending:
        return QColor(0xff, 0xf8, 0xe1);
    case RecordState::Active: {
        const qint64 window = qint64(bindingsTab()->expiringWithinSeconds()) * 1000;
        if (b.expiresAt && window > 0 && *b.expiresAt - clock().nowMs() <= window)
            return QColor(0xff, 0xd5, 0x9e); // about to expire
        return {};
    }
    case RecordState::Released:
    case RecordState::Expired:
        return QColor(0xee, 0xee, 0xee);
    case RecordState::Failed:
        return QColor(0xfd, 0xe7, 0xe9);
    }
    return {};
}

// --- release ---

void ConsoleWindow::releaseSelected()
{
    releaseBindings(selectedBindingIds());
}

bool ConsoleWindow::releaseBindings(const QList<qint64> &ids)
{
    if (!m_console.service() || bindingsTab()->bulkRunning() || m_releaseRunner->isRunning())
        return false;
    QList<qint64> releasable;
    QStringList named; // "A and B on X (subid …)", masked unless revealed
    for (qint64 id : ids) {
        const int row = m_bindings->rowOfId(id);
        if (row < 0)
            continue;
        const BindingRecord &b = m_bindings->record(row);
        if (b.state == RecordState::Active && !b.releaseRequestedAt) {
            releasable << id;
            const bool shown = bindingsTab()->masking()->isKeyRevealed(QString::number(id));
            const auto number = [shown](const QString &n) { return shown ? n : maskNumber(n); };
            named << tr("%1 and %2 on %3 (subid %4)")
                         .arg(number(b.request.anum), number(b.request.bnum), b.request.x, b.subid);
        }
    }
    if (releasable.isEmpty()) {
        message(tr("Nothing to release: select active bindings."));
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
    if (!Confirm::ask(this, tr("Release bindings"), question, tr("Release")))
        return false;
    bindingsTab()->startBulk(int(releasable.size()), tr("Releasing…"));
    m_releaseRunner->start(*m_console.service(), releasable);
    return true;
}

void ConsoleWindow::cancelBulk()
{
    m_releaseRunner->cancel();
}

void ConsoleWindow::onBulkProgress(int done)
{
    m_bindings->refresh();
    bindingsTab()->setBulkProgress(done);
}

void ConsoleWindow::onBulkFinished(int released, int failed, bool cancelled)
{
    m_bindings->refresh();
    bindingsTab()->finishBulk();
    if (cancelled)
        message(tr("Release cancelled: %1 of %2 released, %3 failed.")
                    .arg(released)
                    .arg(m_releaseRunner->total())
                    .arg(failed));
    else if (failed > 0)
        message(tr("%1 released, %2 failed: see the request log.").arg(released).arg(failed));
    else
        message(tr("%n binding(s) released.", nullptr, released));
    Q_EMIT bulkFinished(released, failed, cancelled);
}

void ConsoleWindow::releaseSelectedTransfer()
{
    BindingService *service = m_console.service();
    const QModelIndex index = transfersTab()->view()->currentIndex();
    if (!service || !index.isValid())
        return;
    const qint64 id = index.siblingAtColumn(0).data(TransfersModel::IdRole).toLongLong();
    const auto t = m_console.ledger().transferById(id);
    if (!t || t->state != RecordState::Active) {
        message(tr("Nothing to release: select an active transfer."));
        return;
    }
    if (!Confirm::ask(this, tr("Release transfer"),
                      tr("Stop forwarding calls to %1 from the privacy number %2?")
                          .arg(transfersTab()->masking()->isRevealed(index)
                                   ? t->request.anum
                                   : maskNumber(t->request.anum),
                               t->request.x),
                      tr("Release")))
        return;
    QPointer<ConsoleWindow> self(this);
    QString error;
    if (!service->releaseTransfer(
            id,
            [self](const ServiceOutcome &o) {
                if (!self)
                    return;
                self->m_transfers->refresh();
                self->message(o.ok() ? tr("Transfer released.") : o.message);
            },
            &error))
        message(error);
}

// --- context menu and copies ---

void ConsoleWindow::showBindingMenu(const QPoint &globalPos, const QModelIndex &index)
{
    if (QMenu *menu = bindingMenu(index)) {
        menu->exec(globalPos);
        delete menu;
    }
}

QMenu *ConsoleWindow::bindingMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    const qint64 id = idAt(index);
    const QList<qint64> selected = selectedBindingIds();
    const QList<qint64> ids = selected.contains(id) ? selected : QList<qint64>{id};
    const QPersistentModelIndex row(index);
    auto *menu = new QMenu(this);
    const auto add = [menu](const char *name, const QString &text, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    add("menuRelease",
        ids.size() > 1 ? tr("Release %n bindings…", nullptr, int(ids.size())) : tr("Release…"),
        [this, ids] { releaseBindings(ids); });
    add("menuCopySubid", tr("Copy subid"), [this, ids] { copySubids(ids); });
    add("menuReveal", tr("Reveal the real numbers of this row"), [this, row] {
        if (row.isValid())
            bindingsTab()->masking()->revealRow(row);
    });
    menu->addSeparator();
    add("menuShowCalls", tr("Show calls"), [this, id] { showCallsFor(id); });
    QAction *simulate = add("menuSimulate", tr("Simulate call…"), [this, id] { simulateCall(id); });
    simulate->setEnabled(m_console.sandbox() && m_console.currentProfile() &&
                         m_console.currentProfile()->isSandbox());
    add("menuCopyCurl", tr("Copy release as curl"), [this, id] { copyBindingCurl(id); });
    return menu;
}

void ConsoleWindow::copySubids(const QList<qint64> &ids)
{
    QStringList subids;
    for (qint64 id : ids) {
        const int row = m_bindings->rowOfId(id);
        if (row >= 0 && !m_bindings->record(row).subid.isEmpty())
            subids << m_bindings->record(row).subid;
    }
    if (subids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(subids.join(u'\n'));
    message(tr("Copied %n subid(s).", nullptr, int(subids.size())));
}

void ConsoleWindow::copyBindingCurl(qint64 id)
{
    const auto b = m_console.ledger().bindingById(id);
    if (!b || b->subid.isEmpty())
        return;
    QString error;
    const QString curl = m_console.curlForBinding(*b, &error);
    if (curl.isEmpty()) {
        message(error);
        return;
    }
    QGuiApplication::clipboard()->setText(curl);
    m_console.audit(QStringLiteral("copy-curl"),
                    QStringLiteral("release of subid %1").arg(b->subid));
    message(tr("Copied a curl command; its signature is valid for 3 minutes."));
}

void ConsoleWindow::simulateCall(qint64 id)
{
    const auto b = m_console.ledger().bindingById(id);
    if (!b)
        return;
    // Caller, result, ring and talk time, call-start: QA chooses (SimulateCallDialog).
    QPointer<ConsoleWindow> self(this);
    SimulateCallDialog::ask(
        m_console, SimulateCallDialog::forBinding(b->subid, b->request.anum, b->request.bnum, this),
        [self](const QString &text) {
            if (self)
                self->message(text);
        });
}

void ConsoleWindow::showCallsFor(qint64 id)
{
    const auto b = m_console.ledger().bindingById(id);
    if (!b)
        return;
    ui()->tabs->setCurrentWidget(m_callsPanel);
    m_callsPanel->showSubid(b->subid);
}

// --- request log ---

void ConsoleWindow::showLogDetail(const QModelIndex &index)
{
    if (!index.isValid()) {
        requestLogTab()->setDetail({});
        return;
    }
    const int row = m_requestLogSort->mapToSource(index).row();
    const RequestLogEntry &e = m_requestLog->entry(row);
    QStringList lines;
    lines << tr("Request (attempt %1, %2 ms)").arg(e.attempt).arg(e.latencyMs);
    lines << QStringLiteral("%1 %2").arg(e.method, e.path);
    if (!e.reqid.isEmpty())
        lines << QStringLiteral("reqid: %1").arg(e.reqid);
    lines << QStringLiteral("Authorization: Keytime …") << QString();
    const bool reveal = bindingsTab()->masking()->revealAll();
    if (!e.params.isEmpty()) {
        for (const QString &pair : e.params.split(u'&')) {
            const QString line = QUrl::fromPercentEncoding(pair.toUtf8());
            const QString key = line.section(u'=', 0, 0);
            // Real numbers are masked here as in the tables.
            if (!reveal && (key == QLatin1StringView("anum") || key == QLatin1StringView("bnum")))
                lines << key + u'=' + maskNumber(line.section(u'=', 1));
            else
                lines << line;
        }
    }
    lines << QString() << tr("Response: HTTP %1").arg(e.httpStatus);
    if (e.errorCode)
        lines << ErrorCatalog::describe(*e.errorCode);
    if (!e.reason.isEmpty())
        lines << e.reason;
    if (!e.response.isEmpty())
        lines << e.response;
    requestLogTab()->setDetail(lines.join(u'\n'));
}

void ConsoleWindow::copyLogCurl(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const RequestLogEntry &e = m_requestLog->entry(m_requestLogSort->mapToSource(index).row());
    QString error;
    const QString curl = m_console.curlFor(e, &error);
    if (curl.isEmpty()) {
        message(error);
        return;
    }
    QGuiApplication::clipboard()->setText(curl);
    m_console.audit(QStringLiteral("copy-curl"), QStringLiteral("%1 %2").arg(e.method, e.path));
    message(tr("Copied a curl command; its signature is valid for 3 minutes."));
}

// --- expiry warnings ---

void ConsoleWindow::checkExpiring()
{
    const qint64 window = qint64(bindingsTab()->expiringWithinSeconds()) * 1000;
    if (window <= 0)
        return;
    const qint64 now = clock().nowMs();
    QStringList fresh;
    for (int row = 0; row < m_bindings->rowCount(); ++row) {
        const BindingRecord &b = m_bindings->record(row);
        if (!b.isLiveAt(now) || !b.expiresAt || *b.expiresAt - now > window ||
            m_expiryWarned.contains(b.id))
            continue;
        m_expiryWarned.insert(b.id);
        fresh << b.subid;
    }
    if (fresh.isEmpty())
        return;
    bindingsTab()->view()->viewport()->update();
    const QString text =
        tr("%n binding(s) expire within %1 minutes: %2", nullptr, int(fresh.size()))
            .arg(window / 60000)
            .arg(fresh.mid(0, 3).join(QStringLiteral(", ")));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("Bindings about to expire"), text, QSystemTrayIcon::Warning);
    }
    message(text);
}

} // namespace pn

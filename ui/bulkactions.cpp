#include "ui/bulkactions.h"

#include "session/console.h"
#include "session/tableexport.h"
#include "ui/audittab.h"
#include "ui/bindingstab.h"
#include "ui/bulkdialog.h"
#include "ui/callspanel.h"
#include "ui/confirm.h"
#include "ui/consolewindow.h"
#include "ui/maskingproxymodel.h"
#include "ui/requestlogtab.h"
#include "ui/transferstab.h"
#include "ui_mainwindow.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace pn {

namespace {

QString &nextExportPath()
{
    static QString path;
    return path;
}

enum class Table { Current, Bindings, Transfers, Calls, RequestLog, Audit };

QAbstractItemView *tableView(ConsoleWindow &window, Table table)
{
    switch (table) {
    case Table::Bindings:
        return window.bindingsTab()->view();
    case Table::Transfers:
        return window.transfersTab()->view();
    case Table::Calls:
        return window.callsPanel() ? window.callsPanel()->view() : nullptr;
    case Table::RequestLog:
        return window.requestLogTab()->view();
    case Table::Current:
    case Table::Audit:
        break;
    }
    QWidget *tab = window.ui()->tabs->currentWidget();
    if (!tab)
        return nullptr;
    if (tab == window.bindingsTab())
        return window.bindingsTab()->view();
    if (tab == window.transfersTab())
        return window.transfersTab()->view();
    if (tab == window.requestLogTab())
        return window.requestLogTab()->view();
    if (auto *calls = tab->findChild<CallsPanel *>())
        return calls->view();
    if (auto *calls = qobject_cast<CallsPanel *>(tab))
        return calls->view();
    return nullptr;
}

QString tableName(ConsoleWindow &window, QAbstractItemView *view)
{
    if (view == window.bindingsTab()->view())
        return BulkActions::tr("Bindings");
    if (view == window.transfersTab()->view())
        return BulkActions::tr("Transfers");
    if (view == window.requestLogTab()->view())
        return BulkActions::tr("Request log");
    return BulkActions::tr("Calls");
}

QString defaultFileName(ConsoleWindow &window, QAbstractItemView *view)
{
    if (view == window.bindingsTab()->view())
        return QStringLiteral("bindings.csv");
    if (view == window.transfersTab()->view())
        return QStringLiteral("transfers.csv");
    if (view == window.requestLogTab()->view())
        return QStringLiteral("requests.csv");
    return QStringLiteral("calls.csv");
}

// How many of the rows the view's model shows have their real numbers revealed (a masking
// proxy somewhere below the view's model, e.g. under a filter).
int revealedRows(const QAbstractItemModel &model)
{
    QList<const QAbstractProxyModel *> chain;
    const MaskingProxyModel *masking = nullptr;
    for (const QAbstractItemModel *m = &model; m;) {
        if ((masking = qobject_cast<const MaskingProxyModel *>(m)))
            break;
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m);
        if (!proxy)
            return 0; // no masking: nothing real is shown masked or revealed
        chain << proxy;
        m = proxy->sourceModel();
    }
    if (!masking)
        return 0;
    if (masking->revealAll())
        return model.rowCount();
    int revealed = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        QModelIndex index = model.index(r, 0);
        for (const QAbstractProxyModel *proxy : std::as_const(chain))
            index = proxy->mapToSource(index);
        if (masking->isRevealed(masking->index(index.row(), 0)))
            ++revealed;
    }
    return revealed;
}

void exportView(ConsoleWindow &window, Console &console, QAbstractItemView *view)
{
    if (!view || !view->model()) {
        window.statusBar()->showMessage(
            BulkActions::tr("This tab has no table to export: choose Bindings, Transfers, Calls "
                            "or Request log."),
            8000);
        return;
    }
    QString path = nextExportPath();
    nextExportPath().clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            &window, BulkActions::tr("Export %1 to CSV").arg(tableName(window, view)),
            defaultFileName(window, view), BulkActions::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const int revealed = revealedRows(*view->model());
    const qint64 rows = exportModelToCsv(*view->model(), path, &error);
    if (rows >= 0 && revealed > 0)
        console.audit(QStringLiteral("export-reveal"),
                      QStringLiteral("%1 of %2 rows of %3 unmasked to %4")
                          .arg(revealed)
                          .arg(rows)
                          .arg(defaultFileName(window, view).chopped(4), path));
    window.statusBar()->showMessage(
        rows < 0 ? error
        : revealed > 0
            ? BulkActions::tr("%1 rows exported to %2, %3 of them with the real numbers you "
                              "revealed (recorded in the audit log).")
                  .arg(rows)
                  .arg(QFileInfo(path).fileName())
                  .arg(revealed)
            : BulkActions::tr("%1 rows exported to %2 (as shown: masked numbers stay masked).")
                  .arg(rows)
                  .arg(QFileInfo(path).fileName()),
        8000);
}

void exportTable(ConsoleWindow &window, Console &console, Table table)
{
    // The audit log is paged: its tab writes every matching row, not only the loaded ones.
    auto *audit = window.findChild<AuditTab *>();
    if (audit && (table == Table::Audit ||
                  (table == Table::Current && window.ui()->tabs->currentWidget() == audit))) {
        audit->exportInteractive();
        return;
    }
    exportView(window, console, tableView(window, table));
}

// A context menu with only "Export…", for the tables that have no menu of their own.
void installExportMenu(ConsoleWindow &window, Console &console, QAbstractItemView *view)
{
    if (!view)
        return;
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
                     [&window, &console, view](const QPoint &pos) {
                         auto *menu = new QMenu(view);
                         menu->setObjectName(QStringLiteral("tableContextMenu"));
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         BulkActions::addExportAction(menu, window, console, view);
                         menu->popup(view->viewport()->mapToGlobal(pos));
                     });
}

void openDialog(ConsoleWindow &window, Console &console, BulkJob::Kind kind,
                const std::optional<BulkJob> &resume)
{
    auto *dialog = new BulkDialog(console, kind, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (resume) {
        dialog->setResultFile(resume->outPath);
        dialog->setInputFile(resume->filePath);
    }
    dialog->show();
    if (resume)
        dialog->startJob();
}

} // namespace

void BulkActions::setNextExportPath(const QString &path)
{
    nextExportPath() = path;
}

QString BulkActions::takeNextExportPath()
{
    return std::exchange(nextExportPath(), QString());
}

QAction *BulkActions::addExportAction(QMenu *menu, ConsoleWindow &window, Console &console,
                                      QAbstractItemView *view)
{
    QAction *a = menu->addAction(tr("Export…"));
    a->setObjectName(QStringLiteral("menuExportTable"));
    a->setToolTip(tr("Write this table, as its filter shows it, to a CSV file (UTF-8 with BOM); "
                     "masked numbers stay masked"));
    const QPointer<QAbstractItemView> target(view);
    QObject::connect(a, &QAction::triggered, &window, [&window, &console, target] {
        if (target)
            exportView(window, console, target);
    });
    return a;
}

void BulkActions::install(ConsoleWindow &window, Console &console)
{
    QMenu *file = window.ui()->menuFile;
    QAction *before = window.ui()->actionQuit;
    auto *bulkBind = new QAction(tr("Bulk create from CSV…"), &window);
    bulkBind->setObjectName(QStringLiteral("actionBulkBind"));
    auto *bulkRelease = new QAction(tr("Bulk release from CSV…"), &window);
    bulkRelease->setObjectName(QStringLiteral("actionBulkRelease"));
    // File → Export ▸ the current table or a named one, each as its filter shows it.
    auto *exportMenu = new QMenu(tr("Export"), file);
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    struct Entry
    {
        const char *name;
        const char *text;
        Table table;
    };
    static const Entry entries[] = {
        {"actionExport", QT_TR_NOOP("Current table…"), Table::Current},
        {"actionExportBindings", QT_TR_NOOP("Bindings…"), Table::Bindings},
        {"actionExportTransfers", QT_TR_NOOP("Transfers…"), Table::Transfers},
        {"actionExportCalls", QT_TR_NOOP("Calls…"), Table::Calls},
        {"actionExportRequestLog", QT_TR_NOOP("Request log…"), Table::RequestLog},
        {"actionExportAudit", QT_TR_NOOP("Audit log…"), Table::Audit},
    };
    QList<QAction *> exportActions;
    for (const Entry &e : entries) {
        auto *a = exportMenu->addAction(tr(e.text));
        a->setObjectName(QString::fromLatin1(e.name));
        a->setToolTip(tr("Write the table, as its filter shows it, to a CSV file (UTF-8 with "
                         "BOM); masked numbers stay masked"));
        const Table table = e.table;
        QObject::connect(a, &QAction::triggered, &window,
                         [&window, &console, table] { exportTable(window, console, table); });
        exportActions << a;
        if (e.table == Table::Current)
            exportMenu->addSeparator();
    }
    // The same in each table's context menu (Bindings' and Transfers' menus add it themselves).
    QObject::connect(window.transfersTab(), &TransfersTab::exportRequested, &window,
                     [&window, &console] { exportTable(window, console, Table::Transfers); });
    installExportMenu(window, console, window.requestLogTab()->view());
    if (window.callsPanel())
        installExportMenu(window, console, window.callsPanel()->view());
    file->insertAction(before, bulkBind);
    file->insertAction(before, bulkRelease);
    file->insertMenu(before, exportMenu);
    file->insertSeparator(before);
    QObject::connect(bulkBind, &QAction::triggered, &window, [&window, &console] {
        openDialog(window, console, BulkJob::Kind::Bind, std::nullopt);
    });
    QObject::connect(bulkRelease, &QAction::triggered, &window, [&window, &console] {
        openDialog(window, console, BulkJob::Kind::Release, std::nullopt);
    });
    QObject::connect(&window, &MainWindow::languageChanged, bulkBind,
                     [bulkBind, bulkRelease, exportMenu, exportActions] {
                         bulkBind->setText(tr("Bulk create from CSV…"));
                         bulkRelease->setText(tr("Bulk release from CSV…"));
                         exportMenu->setTitle(tr("Export"));
                         for (int i = 0; i < exportActions.size(); ++i) {
                             exportActions.at(i)->setText(tr(entries[i].text));
                             exportActions.at(i)->setToolTip(
                                 tr("Write the table, as its filter shows it, to a CSV file "
                                    "(UTF-8 with BOM); masked numbers stay masked"));
                         }
                     });
    QTimer::singleShot(0, &window, [&window, &console] { offerResume(window, console); });
}

void BulkActions::offerResume(ConsoleWindow &window, Console &console)
{
    const auto profile = console.currentProfile();
    if (!profile || !console.service())
        return;
    for (const BulkJob &job : BulkJobStore(console.ledger()).unfinished(profile->id)) {
        if (!QFileInfo::exists(job.filePath))
            continue;
        const QString text =
            tr("The bulk job %1 (%2 → %3) was interrupted with %4 of %5 rows done. Resume it? "
               "Rows already done are not sent again.")
                .arg(job.id)
                .arg(QFileInfo(job.filePath).fileName(), QFileInfo(job.outPath).fileName())
                .arg(job.done)
                .arg(job.rowCount);
        if (Confirm::ask(&window, tr("Resume bulk job"), text, tr("Resume")))
            openDialog(window, console, job.kind, job);
        return; // one offer per start
    }
}

} // namespace pn

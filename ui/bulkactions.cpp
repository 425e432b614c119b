#include "ui/bulkactions.h"

#include "session/console.h"
#include "session/tableexport.h"
#include "ui/bindingstab.h"
#include "ui/bulkdialog.h"
#include "ui/callspanel.h"
#include "ui/confirm.h"
#include "ui/consolewindow.h"
#include "ui/requestlogtab.h"
#include "ui/transferstab.h"
#include "ui_mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
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

QAbstractItemView *currentTable(ConsoleWindow &window)
{
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

void exportCurrent(ConsoleWindow &window)
{
    QAbstractItemView *view = currentTable(window);
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
        path = QFileDialog::getSaveFileName(&window, BulkActions::tr("Export to CSV"), {},
                                            BulkActions::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const qint64 rows = exportModelToCsv(*view->model(), path, &error);
    window.statusBar()->showMessage(
        rows < 0 ? error
                 : BulkActions::tr("%1 rows exported to %2 (as shown: masked numbers stay masked).")
                       .arg(rows)
                       .arg(QFileInfo(path).fileName()),
        8000);
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

void BulkActions::install(ConsoleWindow &window, Console &console)
{
    QMenu *file = window.ui()->menuFile;
    QAction *before = window.ui()->actionQuit;
    auto *bulkBind = new QAction(tr("Bulk create from CSV…"), &window);
    bulkBind->setObjectName(QStringLiteral("actionBulkBind"));
    auto *bulkRelease = new QAction(tr("Bulk release from CSV…"), &window);
    bulkRelease->setObjectName(QStringLiteral("actionBulkRelease"));
    auto *exportTable = new QAction(tr("Export…"), &window);
    exportTable->setObjectName(QStringLiteral("actionExport"));
    exportTable->setToolTip(tr("Export the current table, as its filter shows it, to CSV"));
    file->insertAction(before, bulkBind);
    file->insertAction(before, bulkRelease);
    file->insertAction(before, exportTable);
    file->insertSeparator(before);
    QObject::connect(bulkBind, &QAction::triggered, &window, [&window, &console] {
        openDialog(window, console, BulkJob::Kind::Bind, std::nullopt);
    });
    QObject::connect(bulkRelease, &QAction::triggered, &window, [&window, &console] {
        openDialog(window, console, BulkJob::Kind::Release, std::nullopt);
    });
    QObject::connect(exportTable, &QAction::triggered, &window,
                     [&window] { exportCurrent(window); });
    QObject::connect(&window, &MainWindow::languageChanged, bulkBind,
                     [bulkBind, bulkRelease, exportTable] {
                         bulkBind->setText(tr("Bulk create from CSV…"));
                         bulkRelease->setText(tr("Bulk release from CSV…"));
                         exportTable->setText(tr("Export…"));
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

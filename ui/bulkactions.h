#pragma once

#include <QCoreApplication>

class QAbstractItemView;
class QAction;
class QMenu;

namespace pn {

class Console;
class ConsoleWindow;

// The console's bulk and export entries: File → Bulk create from CSV…, Bulk release from CSV…,
// File → Export ▸ Current table… / Bindings… / Transfers… / Calls… / Request log… / Audit log…
// (each table as its filter shows it; rows whose numbers were revealed are exported revealed,
// and that is written to the audit log; the audit log is AuditTab's export, every matching row),
// the same "Export…" in the context menus of Bindings, Transfers, Calls and Request log, and,
// once the window is up, the offer to resume a bulk job that a crash interrupted.
class BulkActions final
{
    Q_DECLARE_TR_FUNCTIONS(BulkActions)

public:
    static void install(ConsoleWindow &window, Console &console);
    // Asks whether to resume each unfinished job of the current profile (through Confirm).
    static void offerResume(ConsoleWindow &window, Console &console);
    // Adds "Export…" (object name menuExportTable) to a table's context menu: writes `view`'s
    // table as its filter shows it, as File → Export ▸ does.
    static QAction *addExportAction(QMenu *menu, ConsoleWindow &window, Console &console,
                                    QAbstractItemView *view);
    // Test hook: the file the next Export… writes to, instead of asking.
    static void setNextExportPath(const QString &path);
    // The path set by setNextExportPath(), once (empty: ask the user).
    static QString takeNextExportPath();
};

} // namespace pn

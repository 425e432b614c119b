#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QMenuBar;
class QPushButton;
class QSpinBox;

namespace pn {

class Console;
class RetentionScheduler;

// Tools → Retention…: how long the current profile keeps the real numbers of ended bindings
// and their calls (days, or forever by explicit choice), what a run would erase now, exporting
// that first (masked unless revealed, audited), and erasing it now (confirmed).
class RetentionDialog final : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(Console &console, RetentionScheduler &scheduler, QWidget *parent = nullptr);

    // Exports what a run would erase now: the bindings to `path`, and beside it their call
    // records ("…-calls.csv"), call starts ("…-call-starts.csv") and request-log lines
    // ("…-requests.csv", the create request's form and the answer), each CSV, 0600; numbers
    // masked unless `reveal`. Audited with the counts (and whether the real numbers were
    // written). Returns the binding count (and the others in *counts) or -1 with *error.
    struct ExportCounts
    {
        qint64 calls = 0;
        qint64 callStarts = 0;
        qint64 requestLines = 0;
    };
    static qint64 exportDue(Console &console, std::optional<qint64> profileId, bool reveal,
                            const QString &path, QString *error, ExportCounts *counts = nullptr);
    // `path` with "-<what>" before its .csv ending: callsPath(p) == siblingPath(p, "calls").
    static QString siblingPath(const QString &path, const QString &what);
    static QString callsPath(const QString &path)
    {
        return siblingPath(path, QStringLiteral("calls"));
    }
    // Test hook: the next "Export what will be erased…" writes here instead of asking.
    static QString &nextExportPath();

private:
    void load();
    void save();
    void refreshDue();
    void exportDue();
    void eraseNow();

    Console &m_console;
    RetentionScheduler &m_scheduler;
    std::optional<qint64> m_profileId;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_forever = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_last = nullptr;
    QCheckBox *m_reveal = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_erase = nullptr;
};

// Wires retention into the console window: the daily background run (its hash key from the
// data folder's secret store), a status-bar message per run, and Tools → Retention….
void installRetention(QWidget *window, Console &console, QMenuBar *menuBar);

} // namespace pn

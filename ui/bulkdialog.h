#pragma once

#include "ledger/ledgerjobs.h"
#include "session/bulkrunner.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace pn {

class Console;

// File → Bulk create from CSV… / Bulk release from CSV…: pick the file, see the first rows with
// their validation and the detected encoding, check every row (a dry run: valid, invalid,
// conflicts), then run it with a progress bar, rows/s and ETA, Pause/Resume and Cancel (in-flight
// rows finish). The result file is written at the end. Created rows appear in the Bindings tab
// as they go (the ledger signals every change).
class BulkDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkDialog(Console &console, BulkJob::Kind kind, QWidget *parent = nullptr);
    ~BulkDialog() override;
    Q_DISABLE_COPY_MOVE(BulkDialog)

    // Sets the input file (and, if empty, the result file next to it) and shows the preview.
    void setInputFile(const QString &path);
    void setResultFile(const QString &path);
    BulkRunner *runner() const { return m_runner.get(); }

    // The dry run's summary, the progress line and the final message, for tests.
    QString summaryText() const;
    QString progressText() const;

    void checkAll();
    void startJob();
    void togglePause();
    void cancelJob();

    // Closing while sending stops sending first (rows in flight finish).
    void reject() override;

Q_SIGNALS:
    void jobFinished();

private:
    void browse();
    void showPreview();
    void showProgress(const BulkProgress &p);
    void onFinished();
    void updateButtons();
    BulkOptions options(bool dryRun) const;

    Console &m_console;
    const BulkJob::Kind m_kind;
    std::unique_ptr<BulkRunner> m_runner;
    QLineEdit *m_fileEdit = nullptr;
    QLineEdit *m_outEdit = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QTableView *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rate = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace pn

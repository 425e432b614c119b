#pragma once

#include "callbacks/recordings.h"

#include <QDialog>
#include <QObject>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QSpinBox;
class QStatusBar;
class QTimer;

namespace pn {

class CallbackReceiver;
class Ledger;
class ProfileStore;

// The console's side of the recordings archive: fetches new recordings as CDRs arrive (and
// every minute: retries that are due, CDRs another program stored, the retention), shows the
// progress in the status bar and a failed download there too. Never blocks the window: the
// archive downloads asynchronously on the GUI thread's event loop.
class CallsArchiveAgent final : public QObject
{
    Q_OBJECT

public:
    CallsArchiveAgent(Ledger &ledger, ProfileStore &profiles, QStatusBar *statusBar,
                      QObject *parent = nullptr);
    ~CallsArchiveAgent() override;

    RecordingArchive *archive() const { return m_archive.get(); }
    void connectReceiver(CallbackReceiver *receiver);
    // "Recordings archive…" (the current profile's policy) at the end of `menu`.
    void addMenuAction(QMenu *menu, QAction *before);
    void setProfileId(std::optional<qint64> profileId) { m_profileId = profileId; }
    QAction *policyAction() const { return m_action; }
    QLabel *statusLabel() const { return m_label; }
    // Retention, new CDRs, retries due: then downloads.
    void poll();
    // Queues one call's recording and starts.
    void fetchNow(const QString &taskid);
    // Opens the policy editor of the current profile (modal; returns its result).
    int editPolicy();

    void retranslate();

Q_SIGNALS:
    void message(const QString &text);

private:
    void showProgress(const RecordingProgress &progress);

    Ledger &m_ledger;
    std::unique_ptr<RecordingArchive> m_archive;
    QStatusBar *m_statusBar;
    QLabel *m_label;
    QTimer *m_timer;
    QAction *m_action = nullptr;
    std::optional<qint64> m_profileId;
    bool m_pollQueued = false;
    bool m_opened = false;
};

// Edits a profile's RecordingPolicy: on/off, the largest file, days to keep.
class RecordingPolicyDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordingPolicyDialog(const QString &profileName, const RecordingPolicy &policy,
                          QWidget *parent = nullptr);
    RecordingPolicy policy() const;

private:
    QCheckBox *m_enabled;
    QSpinBox *m_maxMb;
    QSpinBox *m_keepDays;
};

} // namespace pn

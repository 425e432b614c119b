#pragma once

#include "sandbox/sandboxtypes.h"

#include <QWidget>

class QCheckBox;
class QDockWidget;
class QDoubleSpinBox;
class QLabel;
class QMainWindow;
class QMenu;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace pn {

class SandboxPlatform;

// View → Sandbox faults (QA): every fault of the sandbox platform (the same as pnsim's options)
// switchable live, each with how often it fired, so QA can watch the ledger survive them.
class SandboxFaultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxFaultsPanel)

public:
    explicit SandboxFaultsPanel(SandboxPlatform &sandbox, QWidget *parent = nullptr);

    // A dock (hidden at first) on `window` and its toggle at the end of `viewMenu`.
    static SandboxFaultsPanel *install(QMainWindow *window, QMenu *viewMenu,
                                       SandboxPlatform &sandbox);

    SandboxFaults faults() const;
    // Narrow (about 44 average characters, never less than its controls): the captions wrap
    // across the panel and the dock's scroll area gives them the height, so the tables beside
    // the dock keep their width.
    QSize sizeHint() const override;
    void refreshCounts();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFaults(const SandboxFaults &faults);
    void apply();
    // The dock's scroll area is as wide as the panel's controls need (no sideways scrolling).
    void fitScroll();

    SandboxPlatform &m_sandbox;
    QCheckBox *m_maintenance;
    QSpinBox *m_unauthorizedEvery;
    QDoubleSpinBox *m_rateLimit;
    QSpinBox *m_failEvery;
    QSpinBox *m_dropEvery;
    QSpinBox *m_badJsonEvery;
    QSpinBox *m_delayMs;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_counts;
    QLabel *m_intro;
    QTimer *m_timer;
    QDockWidget *m_dock = nullptr; // the View → Sandbox faults dock, when installed
    QScrollArea *m_scroll = nullptr;
    bool m_showing = false;
};

} // namespace pn

#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace pn {

class Console;
class ConsoleWindow;
class ProfilesDialog;
class VaultUnlockDialog;

// The profile parts of the console window: File → Profiles… (Ctrl+Shift+P), switching with the
// vault unlocked first (Cancel keeps the previous profile fully active), the lock button in the
// status bar, the secret-store banner with its fix, the welcome panel of the Bindings tab and
// the optional auto-lock after idle minutes.
class ProfileSwitcher final : public QObject
{
    Q_OBJECT

public:
    ProfileSwitcher(ConsoleWindow &window, Console &console);
    ~ProfileSwitcher() override;

    // Switches to the profile, unlocking the vault first when needed. Returns false when
    // nothing changed yet (an unlock dialog is open, or the switch failed).
    bool switchTo(qint64 profileId);
    // Runs `then` once the vault can be used (opens the unlock / create dialog if needed).
    void withVault(std::function<void()> then);
    ProfilesDialog *openProfilesDialog();
    ProfilesDialog *profilesDialog() const;
    VaultUnlockDialog *unlockDialog() const;
    void openChangePasswordDialog();
    void lockNow();
    // Locks the vault when the user has been idle for the configured minutes.
    void checkIdle();

    QAction *profilesAction() const { return m_action; }
    QToolButton *lockButton() const { return m_lockButton; }
    QFrame *banner() const { return m_banner; }
    QFrame *welcome() const { return m_welcome; }

    // Called by the window when the combo box is refilled: adds "Manage profiles…".
    void decorateCombo();
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLockButton();
    void updateBanner();
    void updateWelcome();

    ConsoleWindow &m_window;
    Console &m_console;
    QAction *m_action = nullptr;
    QToolButton *m_lockButton = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerFix = nullptr;
    QFrame *m_welcome = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_trySandbox = nullptr;
    bool m_welcomeDismissed = false;
    QTimer *m_idleTimer = nullptr;
    qint64 m_lastActivityMs = 0;
    QPointer<ProfilesDialog> m_dialog;
    QPointer<VaultUnlockDialog> m_unlock;
};

} // namespace pn

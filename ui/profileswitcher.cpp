#include "ui/profileswitcher.h"

#include "session/console.h"
#include "ui/bindingstab.h"
#include "ui/consolewindow.h"
#include "ui/profileeditor.h"
#include "ui/profilesdialog.h"
#include "ui/vaultunlockdialog.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pn {

namespace {
QFrame *bannerFrame(const char *name, const QString &style)
{
    auto *frame = new QFrame;
    frame->setObjectName(QString::fromLatin1(name));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("#%1 { %2 }").arg(QString::fromLatin1(name), style));
    return frame;
}
} // namespace

ProfileSwitcher::ProfileSwitcher(ConsoleWindow &window, Console &console)
    : QObject(&window)
    , m_window(window)
    , m_console(console)
{
    Ui::MainWindow *ui = window.ui();
    m_action = new QAction(&window);
    m_action->setObjectName(QStringLiteral("actionProfiles"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    ui->menuFile->insertAction(ui->menuFile->actions().value(0), m_action);
    ui->menuFile->insertSeparator(ui->menuFile->actions().value(1));
    window.addAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { openProfilesDialog(); });

    // The secret store's problem, in words, with its fix.
    m_banner = bannerFrame("secretBanner", QStringLiteral("background: #fff4ce; border: 1px solid "
                                                          "#c19c00;"));
    auto *bannerRow = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("secretBannerText"));
    m_bannerText->setWordWrap(true);
    bannerRow->addWidget(m_bannerText, 1);
    m_bannerFix = new QPushButton;
    m_bannerFix->setObjectName(QStringLiteral("secretBannerFix"));
    bannerRow->addWidget(m_bannerFix);
    ui->centralLayout->insertWidget(1, m_banner);
    connect(m_bannerFix, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_console.fixSecretProblem(&error))
            m_window.statusBar()->showMessage(error, 15000);
        updateBanner();
        updateLockButton();
    });

    // First start: connect a real account, or try the sandbox.
    m_welcome = bannerFrame("welcomePanel", QStringLiteral("background: #e8f1fb; border: 1px "
                                                           "solid #1565c0;"));
    auto *welcomeRow = new QHBoxLayout(m_welcome);
    m_welcomeText = new QLabel;
    m_welcomeText->setWordWrap(true);
    welcomeRow->addWidget(m_welcomeText, 1);
    m_connect = new QPushButton;
    m_connect->setObjectName(QStringLiteral("connectAccountButton"));
    welcomeRow->addWidget(m_connect);
    m_trySandbox = new QPushButton;
    m_trySandbox->setObjectName(QStringLiteral("trySandboxButton"));
    welcomeRow->addWidget(m_trySandbox);
    if (auto *tabLayout = qobject_cast<QVBoxLayout *>(window.bindingsTab()->layout()))
        tabLayout->insertWidget(0, m_welcome);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (ProfilesDialog *d = openProfilesDialog())
            d->openAddEditor();
    });
    connect(m_trySandbox, &QPushButton::clicked, this, [this] {
        for (const Profile &p : m_console.profileList()) {
            if (p.isSandbox())
                switchTo(p.id);
        }
        m_welcomeDismissed = true;
        updateWelcome();
    });

    m_lockButton = new QToolButton(&window);
    m_lockButton->setObjectName(QStringLiteral("vaultLockButton"));
    m_lockButton->setAutoRaise(true);
    window.statusBar()->addPermanentWidget(m_lockButton);
    connect(m_lockButton, &QToolButton::clicked, this, [this] {
        if (m_console.vaultState() == Console::VaultState::Unlocked) {
            lockNow();
            return;
        }
        withVault([this] {
            if (const auto p = m_console.currentProfile(); p && !p->isSandbox()) {
                QString error;
                if (!m_console.selectProfile(p->id, &error))
                    m_window.statusBar()->showMessage(error, 15000);
            }
        });
    });

    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(15000);
    connect(m_idleTimer, &QTimer::timeout, this, &ProfileSwitcher::checkIdle);
    m_idleTimer->start();
    m_lastActivityMs = m_console.clock().nowMs();
    qApp->installEventFilter(this);

    connect(&m_console, &Console::vaultStateChanged, this, &ProfileSwitcher::updateLockButton);
    connect(&m_console, &Console::secretProblemChanged, this, &ProfileSwitcher::updateBanner);
    connect(&m_console, &Console::profilesChanged, this, [this] {
        m_window.refreshProfileBox(); // added, renamed or removed profiles in the box at once
        updateWelcome();
    });
    connect(&m_console, &Console::profileChanged, this, [this] {
        updateWelcome();
        updateBanner();
    });
    retranslate();

    // The profile used last needs the vault: ask once the window is there.
    const auto last = m_console.rememberedProfileId();
    const auto current = m_console.currentProfile();
    if (last && (!current || current->id != *last)) {
        if (const auto p = m_console.profiles().byId(*last)) {
            const qint64 id = p->id;
            QTimer::singleShot(0, this, [this, id] { switchTo(id); });
        }
    }
}

ProfilesDialog *ProfileSwitcher::profilesDialog() const
{
    return m_dialog;
}

VaultUnlockDialog *ProfileSwitcher::unlockDialog() const
{
    return m_unlock;
}

ProfileSwitcher::~ProfileSwitcher()
{
    qApp->removeEventFilter(this);
}

bool ProfileSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_lastActivityMs = m_console.clock().nowMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ProfileSwitcher::checkIdle()
{
    const int minutes = QSettings().value(QStringLiteral("profiles/autoLockMinutes"), 0).toInt();
    if (minutes <= 0 || m_console.vaultState() != Console::VaultState::Unlocked)
        return;
    if (m_console.clock().nowMs() - m_lastActivityMs >= qint64(minutes) * 60000) {
        lockNow();
        m_window.statusBar()->showMessage(
            tr("The key vault was locked after %n idle minute(s).", nullptr, minutes), 15000);
    }
}

void ProfileSwitcher::lockNow()
{
    m_console.lockVault();
    updateLockButton();
}

void ProfileSwitcher::withVault(std::function<void()> then)
{
    const Console::VaultState state = m_console.vaultState();
    if (state == Console::VaultState::NotVault || state == Console::VaultState::Unlocked) {
        then();
        return;
    }
    if (m_unlock) {
        m_unlock->raise();
        return;
    }
    const auto mode = state == Console::VaultState::Missing ? VaultUnlockDialog::Mode::Create
                                                            : VaultUnlockDialog::Mode::Unlock;
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog.data()) : &m_window;
    if (m_dialog && m_dialog->editor())
        parent = m_dialog->editor();
    auto *dialog = new VaultUnlockDialog(
        mode, m_console.vaultPath(),
        [this](const QByteArray &password, const QByteArray &, QString *error, bool *wrong) {
            return m_console.unlockVault(password, error, wrong);
        },
        parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, then] {
        updateLockButton();
        then();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        // Nothing switched: the combo box shows the profile still in use.
        m_window.refreshProfileBox();
        m_window.statusBar()->showMessage(tr("The vault stays locked; nothing was changed."),
                                          10000);
    });
    m_unlock = dialog;
    dialog->open();
}

bool ProfileSwitcher::switchTo(qint64 profileId)
{
    const auto target = m_console.profiles().byId(profileId);
    if (!target)
        return false;
    if (m_console.currentProfile() && m_console.currentProfile()->id == profileId &&
        m_console.client())
        return true;
    bool done = false;
    const auto select = [this, profileId, &done] {
        QString error;
        done = m_console.selectProfile(profileId, &error);
        if (!done) {
            m_window.refreshProfileBox();
            m_window.statusBar()->showMessage(error, 15000);
        }
    };
    if (m_console.needsUnlock(*target)) {
        withVault([this, profileId] {
            QString error;
            if (!m_console.selectProfile(profileId, &error)) {
                m_window.refreshProfileBox();
                m_window.statusBar()->showMessage(error, 15000);
            }
        });
        m_window.refreshProfileBox(); // until unlocked, the box shows the current profile
        return false;
    }
    select();
    return done;
}

ProfilesDialog *ProfileSwitcher::openProfilesDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new ProfilesDialog(m_console, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVaultGate([this](std::function<void()> then) { withVault(std::move(then)); });
    connect(dialog, &ProfilesDialog::switchRequested, this, &ProfileSwitcher::switchTo);
    connect(dialog, &ProfilesDialog::changeMasterPasswordRequested, this,
            &ProfileSwitcher::openChangePasswordDialog);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void ProfileSwitcher::openChangePasswordDialog()
{
    if (m_unlock)
        return;
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog.data()) : &m_window;
    auto *dialog = new VaultUnlockDialog(
        VaultUnlockDialog::Mode::Change, m_console.vaultPath(),
        [this](const QByteArray &current, const QByteArray &next, QString *error, bool *wrong) {
            const bool ok = m_console.changeVaultPassword(current, next, error);
            if (!ok && wrong)
                *wrong = error && error->contains(m_console.vaultPath()) &&
                         m_console.vaultState() != Console::VaultState::Missing;
            return ok;
        },
        parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_window.statusBar()->showMessage(tr("The master password of the key vault was changed."),
                                          15000);
    });
    m_unlock = dialog;
    dialog->open();
}

void ProfileSwitcher::decorateCombo()
{
    QComboBox *combo = m_window.ui()->profileCombo;
    const QSignalBlocker block(combo);
    combo->insertSeparator(combo->count());
    combo->addItem(tr("Manage profiles…"), qint64(-1));
}

void ProfileSwitcher::retranslate()
{
    QComboBox *combo = m_window.ui()->profileCombo;
    if (const int last = combo->count() - 1; last >= 0 && combo->itemData(last).toLongLong() == -1)
        combo->setItemText(last, tr("Manage profiles…"));
    m_action->setText(tr("&Profiles…"));
    m_connect->setText(tr("Connect your account…"));
    m_trySandbox->setText(tr("Try the sandbox"));
    m_connect->setToolTip(tr("Open the profile editor for your platform account (developer ID, "
                             "auth key, APP IDs, X numbers)"));
    m_trySandbox->setToolTip(tr("Keep working on the built-in sandbox, which needs no account"));
    m_welcomeText->setText(
        tr("No account is connected yet. Connect your platform account with its developer ID "
           "and auth key, or try everything on the built-in sandbox first."));
    updateLockButton();
    updateBanner();
    updateWelcome();
}

void ProfileSwitcher::updateLockButton()
{
    const Console::VaultState state = m_console.vaultState();
    m_lockButton->setVisible(state != Console::VaultState::NotVault);
    const bool unlocked = state == Console::VaultState::Unlocked;
    m_lockButton->setText(unlocked ? tr("Vault: unlocked") : tr("Vault: locked"));
    m_lockButton->setToolTip(unlocked ? tr("Lock the key vault now (%1)").arg(m_console.vaultPath())
                                      : tr("Unlock the key vault (%1)").arg(m_console.vaultPath()));
}

void ProfileSwitcher::updateBanner()
{
    const auto problem = m_console.secretProblem();
    m_banner->setVisible(problem != SecretBackendChoice::Problem::None);
    m_bannerFix->setToolTip(problem == SecretBackendChoice::Problem::Mismatch
                                ? tr("Open the secret store this data folder already uses, "
                                     "for this session")
                                : tr("Look for the OS keychain again, after it was unlocked "
                                     "or started"));
    if (problem == SecretBackendChoice::Problem::None)
        return;
    m_bannerText->setText(m_console.secretProblemText());
    m_bannerFix->setText(
        problem == SecretBackendChoice::Problem::Mismatch
            ? tr("Use the %1")
                  .arg(SecretStore::backendDisplayName(m_console.rememberedSecretBackend()))
            : tr("Try the keychain again"));
}

void ProfileSwitcher::updateWelcome()
{
    // Not while the console waits for its team server: the profiles are there, unread yet.
    m_welcome->setVisible(!m_welcomeDismissed && !m_console.waitingForLedger() &&
                          !m_console.hasRealProfile());
}

} // namespace pn

#pragma once

#include "profiles/profilestore.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace pn {

class Console;
class ProfileEditor;

// File → Profiles… (Ctrl+Shift+P): the data folder's profiles with their environment badges,
// and Add, Edit, Duplicate, Remove, Import, Export, Use; the vault's master password and
// auto-lock. Everything goes through the Console (the same ProfileStore and Credentials calls
// as `pnctl profile`). Results and refusals are shown in the dialog, not in message boxes.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    // Asked for each imported profile's key (and token when `token`); std::nullopt cancels.
    using KeyPrompt =
        std::function<std::optional<QByteArray>(QWidget *parent, const Profile &, bool token)>;
    // Runs `then` once the vault is open (asking for its password if needed); the owner's.
    using VaultGate = std::function<void(std::function<void()> then)>;

    ProfilesDialog(Console &console, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    void setVaultGate(VaultGate gate) { m_vaultGate = std::move(gate); }
    void setKeyPrompt(KeyPrompt prompt) { m_keyPrompt = std::move(prompt); }
    // The test hook for import: every dialog's next imports use this prompt.
    static void setDefaultKeyPrompt(KeyPrompt prompt);

    QTreeWidget *list() const { return m_list; }
    QString statusText() const;
    void selectProfile(qint64 id);
    std::optional<Profile> selectedProfile() const;

    // The editor opened by Add / Edit / Duplicate (non-modal, deleted on close).
    ProfileEditor *openAddEditor();
    ProfileEditor *openEditEditor();
    ProfileEditor *openDuplicateEditor();
    ProfileEditor *editor() const { return m_editor; }
    // Remove with its confirmations (Confirm::ask; a forced removal asks a second time).
    void removeSelected();
    bool exportTo(const QString &path, const QList<qint64> &ids);
    bool importFrom(const QString &path);
    void useSelected();
    void changeMasterPassword();

Q_SIGNALS:
    void switchRequested(qint64 profileId);
    void changeMasterPasswordRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();
    void retranslate();
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    ProfileEditor *openEditor(const Profile &profile, bool edit);
    void saveEditor();

    Console &m_console;
    VaultGate m_vaultGate;
    KeyPrompt m_keyPrompt;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_secretsLabel = nullptr;
    QLabel *m_autoLockCaption = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<ProfileEditor> m_editor;
};

} // namespace pn

#pragma once

#include "secrets/secretstore.h"
#include "secrets/vaultformat.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace pn {

// An encrypted file of secrets for systems without a keychain (format in vaultformat.h).
// The master password is asked for through a callback the first time the vault is needed and
// wiped right after the key is derived; the derived key stays in memory until lock() or
// destruction. Every write takes a lock file, re-reads the vault, applies the one change and
// replaces the file atomically (QSaveFile), so concurrent writers in several processes or
// threads never lose each other's entries. The file is created with permissions 0600.
class VaultSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(VaultSecretStore)

public:
    enum class PasswordPurpose { Unlock, Create };
    // Returns the master password (the store wipes it), or std::nullopt to cancel.
    using PasswordProvider =
        std::function<std::optional<QByteArray>(PasswordPurpose purpose, const QString &path)>;

    static QString fileName() { return QStringLiteral("secrets.vault"); }

    VaultSecretStore(QString path, PasswordProvider passwordProvider,
                     vault::KdfParams newVaultParams = {});
    ~VaultSecretStore() override;
    Q_DISABLE_COPY_MOVE(VaultSecretStore)

    QString backendId() const override { return QStringLiteral("vault"); }
    QString backendName() const override;
    QString location() const override { return m_path; }

    bool exists() const;
    // Derives the key now (asking for the password), verifying it against the vault if it
    // exists. A wrong password fails with a clear message; nothing is cached then.
    bool unlock(QString *error);
    bool isUnlocked() const { return m_key != nullptr; }
    // Wipes the derived key; the next access asks for the password again.
    void lock();
    // The code of the last failure (wrong password, damaged, truncated, ...).
    vault::Error lastErrorCode() const { return m_lastCode; }

    Status read(const QString &name, QByteArray *secret, QString *error) override;
    bool write(const QString &name, const QByteArray &secret, QString *error) override;
    bool remove(const QString &name, QString *error) override;
    std::optional<QStringList> names(QString *error);
    // Re-encrypts the vault under a new master password (asked for with
    // PasswordPurpose::Create), a new salt and the current KDF parameters. The current password
    // is needed first (PasswordPurpose::Unlock) unless the store is unlocked.
    bool changePassword(QString *error);

private:
    enum class Change { Put, Remove, Rekey };
    bool change(Change what, const QString &name, const QByteArray &secret, QString *error);
    std::optional<QByteArray> readFile(QString *error) const;
    bool ensureKeyFor(const vault::Header &header, QString *error);
    bool ensureNewKey(QString *error);
    std::optional<QMap<QString, QByteArray>> decrypt(const QByteArray &file, QString *error);

    QString m_path;
    PasswordProvider m_passwordProvider;
    vault::KdfParams m_newVaultParams;
    std::unique_ptr<vault::DerivedKey> m_key;
    vault::Error m_lastCode = vault::Error::None;
};

} // namespace pn

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pn {

// Where auth keys and callback tokens live. Never SQLite, QSettings or a log: either the OS
// keychain (KeychainSecretStore) or an encrypted vault file (VaultSecretStore). Entries are
// named ("profile/<uuid>/authkey"); values are bytes. Callers wipe what they read with
// pn::secureWipe once they are done with it.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Status { Ok, NotFound, Failed };

    virtual ~SecretStore() = default;

    // A stable identifier recorded with each profile: "keychain" or "vault".
    virtual QString backendId() const = 0;
    // A translated name for the UI and `pnctl profile list`, e.g. "OS keychain (Secret Service)".
    virtual QString backendName() const = 0;
    // Where the secrets are, for the user (a service name or a file path); never a secret.
    virtual QString location() const = 0;

    // On NotFound and Failed, *secret is left empty and *error says why (translated).
    virtual Status read(const QString &name, QByteArray *secret, QString *error) = 0;
    virtual bool write(const QString &name, const QByteArray &secret, QString *error) = 0;
    // Removing an entry that does not exist succeeds.
    virtual bool remove(const QString &name, QString *error) = 0;

    static QString backendDisplayName(const QString &backendId);
};

} // namespace pn

#pragma once

#include "secrets/secretstore.h"
#include "secrets/vaultsecretstore.h"

#include <memory>

namespace pn {

// Chooses the secret backend: the OS keychain when it is reachable, otherwise the vault file
// in the data folder. A choice can be forced ("keychain" or "vault") by the caller, e.g. from
// `--secret-backend` or $PN_SECRET_BACKEND.
class SecretStoreFactory final
{
    Q_DECLARE_TR_FUNCTIONS(SecretStoreFactory)

public:
    struct Options
    {
        QString dataDir; // the vault lives in <dataDir>/secrets.vault
        QString backend; // "", "auto", "keychain" or "vault"
        QString keychainService = QStringLiteral("PrivacyNumberConsole");
        VaultSecretStore::PasswordProvider vaultPassword;
        vault::KdfParams vaultParams; // for a new vault
    };

    // The backend named by $PN_SECRET_BACKEND, or "auto".
    static QString backendFromEnvironment();
    static QString vaultPath(const QString &dataDir);

    // nullptr with *error on an unknown backend name or a forced keychain that is unreachable.
    // *reason (optional) says why this backend was chosen, for diagnostics.
    static std::unique_ptr<SecretStore> create(const Options &options, QString *reason,
                                               QString *error);
};

} // namespace pn

#include "secrets/secretstorefactory.h"

#include "secrets/keychainsecretstore.h"

#include <QDir>

namespace pn {

QString SecretStore::backendDisplayName(const QString &backendId)
{
    if (backendId == QLatin1StringView("keychain"))
        return tr("OS keychain");
    if (backendId == QLatin1StringView("vault"))
        return tr("encrypted vault file");
    if (backendId.isEmpty())
        return tr("none");
    return backendId;
}

QString SecretStoreFactory::backendFromEnvironment()
{
    const QString env = qEnvironmentVariable("PN_SECRET_BACKEND");
    return env.isEmpty() ? QStringLiteral("auto") : env;
}

QString SecretStoreFactory::vaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(VaultSecretStore::fileName());
}

std::unique_ptr<SecretStore> SecretStoreFactory::create(const Options &options, QString *reason,
                                                        QString *error)
{
    const QString wanted = options.backend.isEmpty() ? QStringLiteral("auto") : options.backend;
    auto makeVault = [&] {
        return std::make_unique<VaultSecretStore>(vaultPath(options.dataDir), options.vaultPassword,
                                                  options.vaultParams);
    };
    QString why;
    if (wanted == QLatin1StringView("vault")) {
        if (reason)
            *reason = tr("the vault was chosen explicitly");
        return makeVault();
    }
    if (wanted == QLatin1StringView("keychain")) {
        if (!KeychainSecretStore::isReachable(&why)) {
            if (error)
                *error = tr("The OS keychain is not reachable: %1").arg(why);
            return nullptr;
        }
        if (reason)
            *reason = tr("the keychain was chosen explicitly");
        return std::make_unique<KeychainSecretStore>(options.keychainService);
    }
    if (wanted != QLatin1StringView("auto")) {
        if (error)
            *error = tr("Unknown secret backend \"%1\"; use auto, keychain or vault.").arg(wanted);
        return nullptr;
    }
    if (KeychainSecretStore::isReachable(&why)) {
        if (reason)
            *reason = tr("the OS keychain is reachable");
        return std::make_unique<KeychainSecretStore>(options.keychainService);
    }
    if (reason)
        *reason = tr("no OS keychain (%1)").arg(why);
    return makeVault();
}

} // namespace pn

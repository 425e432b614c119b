#pragma once

#include "secrets/secretstore.h"

namespace pn {

// The OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on Linux,
// the Keychain on macOS, the Credential Manager on Windows. QtKeychain's jobs are asynchronous;
// this class runs each one in a local event loop with a timeout, so callers see a plain
// synchronous API. Never falls back to storing in plain text.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    static QString defaultService() { return QStringLiteral("PrivacyNumberConsole"); }

    explicit KeychainSecretStore(QString service = defaultService(), int timeoutMs = 20000);
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
    ~KeychainSecretStore() override = default;

    // True if a keychain can be used on this system right now: on Linux the Secret Service
    // (org.freedesktop.secrets) is running on the session bus, or is activatable and starts
    // within kReachableBudgetMs (a daemon that is installed but does not start is "no").
    static constexpr int kReachableBudgetMs = 2000;
    static bool isReachable(QString *why = nullptr);

    QString backendId() const override { return QStringLiteral("keychain"); }
    QString backendName() const override;
    QString location() const override { return m_service; }

    Status read(const QString &name, QByteArray *secret, QString *error) override;
    bool write(const QString &name, const QByteArray &secret, QString *error) override;
    bool remove(const QString &name, QString *error) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace pn

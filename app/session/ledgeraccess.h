#pragma once

#include "ledger/ledgerlocation.h"
#include "secrets/vaultsecretstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pn {

class SecretStore;

// The password of a team ledger, from where the issue allows it to come: the secret store of
// the desk's data folder (saved by the console's File → Open ledger…), libpq's own PGPASSFILE
// (~/.pgpass) or PGPASSWORD, or a prompt. Never from a command line, settings or a log.
class LedgerAccess final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerAccess)

public:
    // Asked when neither the secret store nor libpq has a password; std::nullopt = none.
    using Prompt = std::function<std::optional<QByteArray>(const QString &question)>;

    struct Options
    {
        QString dataDir;       // the desk's local folder (vault, logs)
        QString secretBackend; // "", "auto", "keychain", "vault"
        VaultSecretStore::PasswordProvider vaultPassword;
        Prompt prompt;
    };

    // The secret store of `dataDir` that holds ledger passwords (keychain if reachable, else
    // the vault file there); nullptr with *error when neither can be used.
    static std::unique_ptr<SecretStore> openStore(const Options &options, QString *error);
    // The string the Ledger class opens: the SQLite file, or the server URL with the password
    // from the store, else none (libpq then reads PGPASSFILE), else from the prompt when libpq
    // has no password file either.
    static QString connectionString(const LedgerLocation &location, const Options &options);
    static bool savePassword(const LedgerLocation &location, const QByteArray &password,
                             const Options &options, QString *error);
    static bool forgetPassword(const LedgerLocation &location, const Options &options,
                               QString *error);
    // True when libpq can find a password by itself (PGPASSWORD, PGPASSFILE or ~/.pgpass).
    static bool libpqHasPassword();
    // `error` with a hint when it is a server's "no password" or "authentication failed", and
    // the TLS refusals of libpq (whose text is English only) said first in the user's language:
    // a certificate no authority of the CA file signed, a certificate for another host name, a
    // CA file that is missing, a server without TLS where the address asks for it.
    static QString explain(const QString &error);
    // True when `error` (libpq's, from opening a server ledger) says the server did not answer
    // at all: the connection refused or timed out, no route, or a server starting up or
    // shutting down. False for a server that answered and refused (password, TLS, database or
    // role missing, a newer schema) and for a host name that does not resolve.
    static bool isUnreachable(const QString &error);
};

} // namespace pn

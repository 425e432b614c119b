#pragma once

#include "clicontext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pn {
class SecretStore;
}

namespace pn::cli {

// `pnctl profile add|list|show|edit|remove|export|import`. Keys come from a file
// (--key-file F, '-' = stdin) or standard input (--key-stdin), never from an argument.
int runProfile(const QStringList &arguments, const GlobalOptions &globals);

// Makes `pnctl --profile NAME COMMAND` work: installs the resolver that loads the profile from
// the ledger and its key from the secret store (see setProfileResolver).
void installProfileResolver();

class ProfileCli final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCli)

public:
    // The secret store for a data folder: the backend from `backend` (else
    // $PN_SECRET_BACKEND, else automatic); the vault's master password from `passwordFile`
    // (else $PN_VAULT_PASSWORD_FILE, else a prompt on the terminal without echo).
    static std::unique_ptr<SecretStore> openSecretStore(const QString &dataDir,
                                                        const QString &backend,
                                                        const QString &passwordFile,
                                                        QString *error);
    // Reads a line from the terminal with echo off; std::nullopt without a terminal.
    static std::optional<QByteArray> promptHidden(const QString &prompt);
};

} // namespace pn::cli

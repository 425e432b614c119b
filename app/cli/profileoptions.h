#pragma once

#include "profiles/profilestore.h"
#include "secrets/vaultsecretstore.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pn {
class SecretStore;
}

namespace pn::cli {

class ProfileCli final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCli)

public:
    // The secret store for a data folder: the backend the folder's ledger remembers
    // (SecretBackendChoice; decided on first use from `backend`, else $PN_SECRET_BACKEND, else
    // automatically; an explicit choice that differs is refused); the vault's master password
    // from `passwordFile` (else $PN_VAULT_PASSWORD_FILE, else a prompt without echo).
    static std::unique_ptr<SecretStore> openSecretStore(QSqlDatabase ledger, const QString &dataDir,
                                                        const QString &backend,
                                                        const QString &passwordFile,
                                                        QString *error);
    // The vault's passwords: from `passwordFile` (the current one; also a new vault's unless
    // `newPasswordFile` is given) or, without files, from no-echo prompts (a new one twice).
    static VaultSecretStore::PasswordProvider vaultPasswordProvider(const QString &passwordFile,
                                                                    const QString &newPasswordFile);
    // Reads a line from the terminal with echo off; std::nullopt without a terminal.
    static std::optional<QByteArray> promptHidden(const QString &prompt);
};

// The options of `profile add` and `profile edit`: one per Profile field, plus the key sources.
struct FieldOptions
{
    QCommandLineOption env{QStringLiteral("env"), ProfileCli::tr("production, test or sandbox."),
                           QStringLiteral("env")};
    QCommandLineOption url{{QStringLiteral("url"), QStringLiteral("base-url")},
                           ProfileCli::tr("Platform address, e.g. https://api.example.com."),
                           QStringLiteral("url")};
    QCommandLineOption devid{QStringLiteral("devid"), ProfileCli::tr("Developer ID."),
                             QStringLiteral("id")};
    QCommandLineOption appid{QStringLiteral("appid"),
                             ProfileCli::tr("APP ID (repeat or separate with commas)."),
                             QStringLiteral("app")};
    QCommandLineOption defaultAppid{QStringLiteral("default-appid"),
                                    ProfileCli::tr("Default APP ID."), QStringLiteral("app")};
    QCommandLineOption x{QStringLiteral("x"),
                         ProfileCli::tr("X number (repeat or separate with commas)."),
                         QStringLiteral("number")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              ProfileCli::tr("Extra trusted CA file (PEM)."),
                              QStringLiteral("file")};
    QCommandLineOption plainHttp{QStringLiteral("allow-plain-http"),
                                 ProfileCli::tr("Allow an http:// address.")};
    QCommandLineOption httpsOnly{QStringLiteral("https-only"),
                                 ProfileCli::tr("Refuse http:// again (edit).")};
    QCommandLineOption timeout{QStringLiteral("timeout-ms"), ProfileCli::tr("Timeout per request."),
                               QStringLiteral("ms")};
    QCommandLineOption rate{QStringLiteral("rate-limit"),
                            ProfileCli::tr("Client-side limit, requests per second (0 = none)."),
                            QStringLiteral("n")};
    QCommandLineOption lowBalance{QStringLiteral("low-balance"),
                                  ProfileCli::tr("Warn below this balance (yuan)."),
                                  QStringLiteral("yuan")};
    QCommandLineOption retention{
        QStringLiteral("retention-days"),
        ProfileCli::tr("Keep real numbers of ended bindings this many days (or \"forever\")."),
        QStringLiteral("days")};
    QCommandLineOption cbAddress{QStringLiteral("callback-address"),
                                 ProfileCli::tr("Callback receiver address."),
                                 QStringLiteral("ip")};
    QCommandLineOption cbPort{QStringLiteral("callback-port"),
                              ProfileCli::tr("Callback receiver port."), QStringLiteral("port")};
    QCommandLineOption cbAllow{
        QStringLiteral("callback-allow"),
        ProfileCli::tr("Addresses or subnets allowed to call back (commas)."),
        QStringLiteral("list")};
    QCommandLineOption keyFile{QStringLiteral("key-file"),
                               ProfileCli::tr("File holding the auth key ('-' for stdin)."),
                               QStringLiteral("file")};
    QCommandLineOption keyStdin{QStringLiteral("key-stdin"),
                                ProfileCli::tr("Read the auth key from standard input.")};
    QCommandLineOption tokenFile{QStringLiteral("callback-token-file"),
                                 ProfileCli::tr("File holding the callback shared-secret token."),
                                 QStringLiteral("file")};
    QCommandLineOption clearToken{QStringLiteral("clear-callback-token"),
                                  ProfileCli::tr("Remove the callback token (edit).")};
    QCommandLineOption rename{QStringLiteral("rename"), ProfileCli::tr("New name (edit)."),
                              QStringLiteral("name")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({env,        url,       devid,     appid,   defaultAppid, x,
                      caFile,     plainHttp, httpsOnly, timeout, rate,         lowBalance,
                      cbAddress,  cbPort,    cbAllow,   keyFile, keyStdin,     tokenFile,
                      clearToken, rename,    retention});
    }
};

// Applies the options that are set to `p`. Returns false with *error on a malformed value.
bool applyFields(const QCommandLineParser &parser, const FieldOptions &f, Profile &p,
                 QString *error);
// The auth key from --key-file or --key-stdin; std::nullopt when neither is set (and no
// error), or on error (*error set).
std::optional<QByteArray> readKeyOption(const QCommandLineParser &parser, const FieldOptions &f,
                                        QString *error);

} // namespace pn::cli

#include "session/ledgeraccess.h"

#include "core/keytimesigner.h"
#include "core/logging.h"
#include "secrets/secretstore.h"
#include "secrets/secretstorefactory.h"

#include <QDir>
#include <QFileInfo>

namespace pn {

std::unique_ptr<SecretStore> LedgerAccess::openStore(const Options &options, QString *error)
{
    SecretStoreFactory::Options o;
    o.dataDir = options.dataDir;
    o.backend = options.secretBackend.isEmpty() ? SecretStoreFactory::backendFromEnvironment()
                                                : options.secretBackend;
    o.vaultPassword = options.vaultPassword;
    return SecretStoreFactory::create(o, nullptr, error);
}

bool LedgerAccess::libpqHasPassword()
{
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return true;
    const QString file = qEnvironmentVariableIsSet("PGPASSFILE")
                             ? qEnvironmentVariable("PGPASSFILE")
                             : QDir::home().filePath(QStringLiteral(".pgpass"));
    return QFileInfo(file).isFile();
}

QString LedgerAccess::connectionString(const LedgerLocation &location, const Options &options)
{
    if (!location.isServer())
        return location.connectionString();
    if (!location.embeddedPassword().isEmpty())
        return location.connectionString(location.embeddedPassword());
    QString error;
    if (auto store = openStore(options, &error)) {
        // A vault that does not exist yet holds nothing: no master password asked for.
        const auto *vault = dynamic_cast<const VaultSecretStore *>(store.get());
        if (!vault || vault->exists()) {
            QByteArray password;
            if (store->read(location.secretName(), &password, &error) == SecretStore::Status::Ok) {
                const QString text = QString::fromUtf8(password);
                secureWipe(password);
                return location.connectionString(text);
            }
        }
    }
    if (libpqHasPassword() || !options.prompt)
        return location.connectionString();
    if (auto typed = options.prompt(
            tr("Password of %1 for the ledger %2: ").arg(location.user(), location.display()))) {
        const QString text = QString::fromUtf8(*typed);
        secureWipe(*typed);
        return location.connectionString(text);
    }
    return location.connectionString();
}

bool LedgerAccess::savePassword(const LedgerLocation &location, const QByteArray &password,
                                const Options &options, QString *error)
{
    auto store = openStore(options, error);
    return store && store->write(location.secretName(), password, error);
}

bool LedgerAccess::forgetPassword(const LedgerLocation &location, const Options &options,
                                  QString *error)
{
    auto store = openStore(options, error);
    return store && store->remove(location.secretName(), error);
}

QString LedgerAccess::explain(const QString &error)
{
    const QString text = Logging::redactUrlPasswords(error);
    // libpq's own words (PostgreSQL 15, fe-secure-openssl.c and fe-connect.c), kept after ours.
    if (text.contains(QLatin1StringView("certificate verify failed")))
        return tr("The team server's certificate is not signed by the authority in the CA file "
                  "(sslrootcert): choose the CA file that signed it in File → Open ledger…, or "
                  "ask the server's administrator for it.\n%1")
            .arg(text);
    if (text.contains(QLatin1StringView("does not match host name")))
        return tr("The team server's certificate is for another name than the host in the "
                  "ledger's address: connect by the name on the certificate (sslmode=verify-full "
                  "checks it), or use sslmode=verify-ca to check the authority only.\n%1")
            .arg(text);
    if (text.contains(QLatin1StringView("root certificate file")))
        return tr("The CA file (sslrootcert) of the ledger's address cannot be read: choose an "
                  "existing CA file in File → Open ledger….\n%1")
            .arg(text);
    if (text.contains(QLatin1StringView("server does not support SSL")))
        return tr("The team server does not offer TLS, but the ledger's address asks for it "
                  "(sslmode): turn TLS on at the server, or ask its administrator.\n%1")
            .arg(text);
    if (text.contains(QLatin1StringView("no password supplied")) ||
        text.contains(QLatin1StringView("password authentication failed")))
        return tr("%1\nThe ledger server wants a password: save it in the console (File → Open "
                  "ledger…), put it in PGPASSFILE (~/.pgpass), or run pnctl on a terminal to be "
                  "asked.")
            .arg(text);
    return text;
}

bool LedgerAccess::isUnreachable(const QString &error)
{
    // libpq's words (PostgreSQL 15: fe-connect.c and the server's startup refusals).
    static const char *const signs[] = {
        "Connection refused",
        "timeout expired",
        "No route to host",
        "Network is unreachable",
        "Connection timed out",
        "the database system is starting up",
        "the database system is shutting down",
        "the database system is in recovery mode",
        "server closed the connection unexpectedly",
    };
    for (const char *sign : signs) {
        if (error.contains(QLatin1StringView(sign)))
            return true;
    }
    return false;
}

} // namespace pn

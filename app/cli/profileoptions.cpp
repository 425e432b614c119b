#include "cli/profileoptions.h"

#include "cli/clicontext.h"
#include "cli/signcommand.h"
#include "core/keytimesigner.h"
#include "profiles/secretbackendchoice.h"
#include "secrets/secretstorefactory.h"

#include <QDateTime>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace pn::cli {

std::optional<QByteArray> ProfileCli::promptHidden(const QString &prompt)
{
#ifdef Q_OS_UNIX
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray text = prompt.toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), tty);
    std::fflush(tty);
    QByteArray line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.append(char(c));
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputc('\n', tty);
    std::fclose(tty);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
#else
    Q_UNUSED(prompt)
    return std::nullopt;
#endif
}

VaultSecretStore::PasswordProvider ProfileCli::vaultPasswordProvider(const QString &passwordFile,
                                                                     const QString &newPasswordFile)
{
    return [passwordFile, newPasswordFile](VaultSecretStore::PasswordPurpose purpose,
                                           const QString &path) -> std::optional<QByteArray> {
        const bool creating = purpose == VaultSecretStore::PasswordPurpose::Create;
        const QString file =
            creating && !newPasswordFile.isEmpty() ? newPasswordFile : passwordFile;
        QString why;
        if (!file.isEmpty()) {
            auto password = KeyInput::readKeyFile(file, &why);
            if (!password)
                printError(why);
            return password;
        }
        if (!creating)
            return promptHidden(tr("Master password for %1: ").arg(path));
        auto first = promptHidden(tr("New master password for %1: ").arg(path));
        if (!first)
            return std::nullopt;
        auto second = promptHidden(tr("Repeat the master password: "));
        const bool same = second && KeytimeSigner::constantTimeEquals(*first, *second);
        if (second)
            secureWipe(*second);
        if (!same) {
            secureWipe(*first);
            printError(tr("The passwords differ."));
            return std::nullopt;
        }
        return first;
    };
}

std::unique_ptr<SecretStore>
ProfileCli::openSecretStore(QSqlDatabase ledger, const QString &dataDir, const QString &backend,
                            const QString &passwordFile, QString *error)
{
    SecretStoreFactory::Options options;
    options.dataDir = dataDir;
    options.backend = backend.isEmpty() ? SecretStoreFactory::backendFromEnvironment() : backend;
    const QString file =
        passwordFile.isEmpty() ? qEnvironmentVariable("PN_VAULT_PASSWORD_FILE") : passwordFile;
    options.vaultPassword = vaultPasswordProvider(file, {});
    return SecretBackendChoice::open(std::move(ledger), options,
                                     QDateTime::currentMSecsSinceEpoch(), nullptr, error);
}

namespace {

QStringList listValues(const QCommandLineParser &p, const QCommandLineOption &o)
{
    QStringList out;
    for (const QString &v : p.values(o)) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

} // namespace

// Applies the options that are set to `p`. Returns false with *error on a malformed number.
bool applyFields(const QCommandLineParser &parser, const FieldOptions &f, Profile &p,
                 QString *error)
{
    auto number = [&](const QCommandLineOption &o, double *out) {
        bool ok = false;
        *out = parser.value(o).toDouble(&ok);
        if (!ok)
            *error = ProfileCli::tr("--%1 needs a number.").arg(o.names().constFirst());
        return ok;
    };
    if (parser.isSet(f.env)) {
        const auto env = environmentFromId(parser.value(f.env));
        if (!env) {
            *error = ProfileCli::tr("--env must be production, test or sandbox.");
            return false;
        }
        p.environment = *env;
    }
    if (parser.isSet(f.rename))
        p.name = parser.value(f.rename);
    if (parser.isSet(f.url))
        p.baseUrl = QUrl(parser.value(f.url), QUrl::StrictMode);
    if (parser.isSet(f.devid))
        p.devid = parser.value(f.devid);
    if (parser.isSet(f.appid))
        p.appids = listValues(parser, f.appid);
    if (parser.isSet(f.defaultAppid))
        p.defaultAppid = parser.value(f.defaultAppid);
    else if (parser.isSet(f.appid) && !p.appids.contains(p.defaultAppid))
        p.defaultAppid.clear();
    if (parser.isSet(f.x))
        p.xNumbers = listValues(parser, f.x);
    if (parser.isSet(f.caFile))
        p.caFile = parser.value(f.caFile);
    if (parser.isSet(f.plainHttp))
        p.allowPlainHttp = true;
    if (parser.isSet(f.httpsOnly))
        p.allowPlainHttp = false;
    double value = 0;
    if (parser.isSet(f.timeout)) {
        if (!number(f.timeout, &value))
            return false;
        p.timeoutMs = int(qBound(0.0, value, 1e9));
    }
    if (parser.isSet(f.rate)) {
        if (!number(f.rate, &value))
            return false;
        p.rateLimit = value;
    }
    if (parser.isSet(f.lowBalance)) {
        if (!number(f.lowBalance, &value))
            return false;
        p.lowBalanceThreshold = value;
    }
    if (parser.isSet(f.retention)) {
        const QString days = parser.value(f.retention).trimmed();
        bool ok = days == QLatin1StringView("forever");
        if (ok) {
            p.retentionDays = std::nullopt;
        } else {
            const int n = days.toInt(&ok);
            if (!ok || n < 1) {
                *error = ProfileCli::tr("--retention-days: a number of days (1 or more) or "
                                        "\"forever\".");
                return false;
            }
            p.retentionDays = n;
        }
    }
    if (parser.isSet(f.cbAddress))
        p.callbackAddress = parser.value(f.cbAddress);
    if (parser.isSet(f.cbPort)) {
        bool ok = false;
        const uint port = parser.value(f.cbPort).toUInt(&ok);
        if (!ok || port > 65535) {
            *error = ProfileCli::tr("--callback-port must be between 0 and 65535.");
            return false;
        }
        p.callbackPort = quint16(port);
    }
    if (parser.isSet(f.cbAllow))
        p.callbackAllowList = listValues(parser, f.cbAllow);
    return true;
}

// The auth key from --key-file or --key-stdin; std::nullopt when neither is set (and no
// error), or on error (*error set).
std::optional<QByteArray> readKeyOption(const QCommandLineParser &parser, const FieldOptions &f,
                                        QString *error)
{
    if (parser.isSet(f.keyFile) && parser.isSet(f.keyStdin)) {
        *error = ProfileCli::tr("Give either --key-file or --key-stdin, not both.");
        return std::nullopt;
    }
    if (parser.isSet(f.keyStdin))
        return KeyInput::readKeyFile(QStringLiteral("-"), error);
    if (parser.isSet(f.keyFile))
        return KeyInput::readKeyFile(parser.value(f.keyFile), error);
    return std::nullopt;
}

} // namespace pn::cli

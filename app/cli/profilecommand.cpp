#include "profilecommand.h"

#include "clisession.h"
#include "credentials.h"
#include "keytimesigner.h"
#include "ledger.h"
#include "profilestore.h"
#include "secretstorefactory.h"
#include "signcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

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

std::unique_ptr<SecretStore> ProfileCli::openSecretStore(const QString &dataDir,
                                                         const QString &backend,
                                                         const QString &passwordFile,
                                                         QString *error)
{
    SecretStoreFactory::Options options;
    options.dataDir = dataDir;
    options.backend = backend.isEmpty() ? SecretStoreFactory::backendFromEnvironment() : backend;
    const QString file =
        passwordFile.isEmpty() ? qEnvironmentVariable("PN_VAULT_PASSWORD_FILE") : passwordFile;
    options.vaultPassword = [file](VaultSecretStore::PasswordPurpose purpose,
                                   const QString &path) -> std::optional<QByteArray> {
        QString why;
        if (!file.isEmpty()) {
            auto password = KeyInput::readKeyFile(file, &why);
            if (!password)
                printError(why);
            return password;
        }
        if (purpose == VaultSecretStore::PasswordPurpose::Unlock)
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
    QString reason;
    return SecretStoreFactory::create(options, &reason, error);
}

namespace {

// Options shared by add and edit: one per Profile field.
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
        p.addOptions({env,       url,       devid,    appid,     defaultAppid, x,         caFile,
                      plainHttp, httpsOnly, timeout,  rate,      lowBalance,   cbAddress, cbPort,
                      cbAllow,   keyFile,   keyStdin, tokenFile, clearToken,   rename});
    }
};

QStringList listValues(const QCommandLineParser &p, const QCommandLineOption &o)
{
    QStringList out;
    for (const QString &v : p.values(o)) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

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

QJsonObject profileJson(const Profile &p)
{
    QJsonObject o = ProfileStore::toJson(p);
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("environment_name"), environmentName(p.environment));
    o.insert(QStringLiteral("color"), environmentColorName(p.environment));
    o.insert(QStringLiteral("secret_backend"), p.secretBackend);
    return o;
}

// One pnctl profile run: the ledger, the profile store and (on demand) the secret store.
class ProfileRun
{
public:
    ProfileRun(const GlobalOptions &globals, QString backend, QString passwordFile)
        : m_globals(globals)
        , m_backend(std::move(backend))
        , m_passwordFile(std::move(passwordFile))
    {}

    bool open()
    {
        m_ledger = std::make_unique<Ledger>(Ledger::resolvePath(m_globals.dataDir), cliClock());
        QString error;
        if (!m_ledger->open(&error))
            return fail(error);
        m_profiles = std::make_unique<ProfileStore>(m_ledger->database(), m_ledger->clock());
        return true;
    }
    SecretStore *secrets()
    {
        if (!m_secrets) {
            QString error;
            m_secrets = ProfileCli::openSecretStore(QFileInfo(m_ledger->path()).absolutePath(),
                                                    m_backend, m_passwordFile, &error);
            if (!m_secrets)
                fail(error);
        }
        return m_secrets.get();
    }
    ProfileStore &profiles() { return *m_profiles; }
    bool fail(const QString &message)
    {
        printError(message);
        return false;
    }
    int fail(const QString &message, int exitCode)
    {
        printError(message);
        return exitCode;
    }
    const GlobalOptions &globals() const { return m_globals; }

private:
    const GlobalOptions &m_globals;
    QString m_backend;
    QString m_passwordFile;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
};

int doList(ProfileRun &run, bool json)
{
    QString error;
    const QList<Profile> all = run.profiles().list(&error);
    if (!error.isEmpty())
        return run.fail(error, ExitPlatformError);
    SecretStore *secrets = run.secrets();
    if (!secrets)
        return ExitPlatformError;
    if (json) {
        QJsonArray array;
        for (const Profile &p : all)
            array.append(profileJson(p));
        printJson({{QStringLiteral("secret_backend"), secrets->backendId()},
                   {QStringLiteral("secret_backend_name"), secrets->backendName()},
                   {QStringLiteral("secret_location"), secrets->location()},
                   {QStringLiteral("profiles"), array}});
        return ExitOk;
    }
    printLine(ProfileCli::tr("Secrets are kept in: %1 (%2)")
                  .arg(secrets->backendName(), secrets->location()));
    if (all.isEmpty()) {
        printLine(ProfileCli::tr("No profiles."));
        return ExitOk;
    }
    for (const Profile &p : all) {
        printLine(QStringLiteral("%1  %2  %3  devid=%4  appid=%5  %6")
                      .arg(p.name, -24)
                      .arg(u'[' + environmentName(p.environment) + u']', -12)
                      .arg(p.baseUrl.toString(), p.devid, p.effectiveDefaultAppid(),
                           ProfileCli::tr("key: %1").arg(
                               SecretStore::backendDisplayName(p.secretBackend))));
    }
    return ExitOk;
}

int doShow(ProfileRun &run, const QString &name, bool json)
{
    QString error;
    const auto p = run.profiles().byName(name, &error);
    if (!p)
        return run.fail(error, ExitUsage);
    if (json) {
        printJson(profileJson(*p));
        return ExitOk;
    }
    const QString none = ProfileCli::tr("(none)");
    auto line = [](const QString &label, const QString &value) {
        printLine(QStringLiteral("%1 %2").arg(label + u':', -22).arg(value));
    };
    line(ProfileCli::tr("Name"), p->name);
    line(ProfileCli::tr("Environment"),
         QStringLiteral("%1 (%2)").arg(environmentName(p->environment),
                                       environmentColorName(p->environment)));
    line(ProfileCli::tr("Base URL"), p->baseUrl.toString());
    line(ProfileCli::tr("Developer ID"), p->devid);
    line(ProfileCli::tr("APP IDs"), p->appids.join(QStringLiteral(", ")));
    line(ProfileCli::tr("Default APP ID"), p->effectiveDefaultAppid());
    line(ProfileCli::tr("X numbers"),
         p->xNumbers.isEmpty() ? none : p->xNumbers.join(QStringLiteral(", ")));
    line(ProfileCli::tr("CA file"), p->caFile.isEmpty() ? none : p->caFile);
    line(ProfileCli::tr("Plain HTTP allowed"),
         p->allowPlainHttp ? ProfileCli::tr("yes") : ProfileCli::tr("no"));
    line(ProfileCli::tr("Timeout"), ProfileCli::tr("%1 ms").arg(p->timeoutMs));
    line(ProfileCli::tr("Rate limit"), p->rateLimit > 0
                                           ? ProfileCli::tr("%1 per second").arg(p->rateLimit)
                                           : ProfileCli::tr("none"));
    line(ProfileCli::tr("Low-balance warning"),
         p->lowBalanceThreshold > 0 ? QString::number(p->lowBalanceThreshold) : none);
    line(ProfileCli::tr("Callback receiver"),
         QStringLiteral("%1:%2").arg(p->callbackAddress).arg(p->callbackPort));
    line(ProfileCli::tr("Callback allow-list"),
         p->callbackAllowList.isEmpty() ? none : p->callbackAllowList.join(QStringLiteral(", ")));
    line(ProfileCli::tr("Callback token"),
         p->hasCallbackToken ? ProfileCli::tr("set (not shown)") : none);
    line(ProfileCli::tr("Auth key"), ProfileCli::tr("kept in the %1 (not shown)")
                                         .arg(SecretStore::backendDisplayName(p->secretBackend)));
    return ExitOk;
}

int doAddOrEdit(ProfileRun &run, const QCommandLineParser &parser, const FieldOptions &f,
                const QString &name, bool add)
{
    QString error;
    Profile p;
    if (add) {
        p.name = name;
    } else if (auto existing = run.profiles().byName(name, &error)) {
        p = *existing;
    } else {
        return run.fail(error, ExitUsage);
    }
    if (!applyFields(parser, f, p, &error))
        return run.fail(error, ExitUsage);
    std::optional<QByteArray> key = readKeyOption(parser, f, &error);
    if (!key && !error.isEmpty())
        return run.fail(error, ExitUsage);
    std::optional<QByteArray> token;
    if (parser.isSet(f.tokenFile)) {
        token = KeyInput::readKeyFile(parser.value(f.tokenFile), &error);
        if (!token) {
            if (key)
                secureWipe(*key);
            return run.fail(error, ExitUsage);
        }
    } else if (parser.isSet(f.clearToken)) {
        token = QByteArray();
    }
    auto wipe = [&] {
        if (key)
            secureWipe(*key);
        if (token)
            secureWipe(*token);
    };
    if (add && !key) {
        wipe();
        return run.fail(ProfileCli::tr("A new profile needs its auth key: --key-file FILE or "
                                       "--key-stdin."),
                        ExitUsage);
    }
    // Validate before asking for a vault password.
    if (const ValidationErrors errors = ProfileStore::validate(p); !errors.isEmpty()) {
        wipe();
        for (const ValidationError &e : errors)
            printError(e.message);
        return ExitUsage;
    }
    const bool needSecrets = key || token;
    SecretStore *secrets = needSecrets ? run.secrets() : nullptr;
    if (needSecrets && !secrets) {
        wipe();
        return ExitPlatformError;
    }
    bool ok = false;
    if (add) {
        ok = Credentials::addProfile(run.profiles(), *secrets, p, *key, token, &error).has_value();
    } else if (needSecrets) {
        ok = Credentials::setSecrets(run.profiles(), *secrets, p, key, token, &error);
    } else {
        ok = run.profiles().update(p, &error);
    }
    wipe();
    if (!ok)
        return run.fail(error, ExitUsage);
    if (!run.globals().json)
        printLine(add ? ProfileCli::tr("Profile \"%1\" added.").arg(p.name)
                      : ProfileCli::tr("Profile \"%1\" saved.").arg(p.name));
    else if (const auto saved = run.profiles().byName(p.name))
        printJson(profileJson(*saved));
    return ExitOk;
}

int doRemove(ProfileRun &run, const QString &name, bool force)
{
    QString error;
    const auto p = run.profiles().byName(name, &error);
    if (!p)
        return run.fail(error, ExitUsage);
    const int active = run.profiles().activeRecordCount(p->id, &error);
    if (active > 0 && !force) {
        run.profiles().remove(p->id, ProfileStore::RemoveMode::RefuseIfActive, &error);
        return run.fail(error, ExitUsage);
    }
    SecretStore *secrets = run.secrets();
    if (!secrets)
        return ExitPlatformError;
    const auto mode =
        force ? ProfileStore::RemoveMode::Force : ProfileStore::RemoveMode::RefuseIfActive;
    if (!Credentials::removeProfile(run.profiles(), *secrets, *p, mode, &error))
        return run.fail(error, ExitPlatformError);
    printLine(ProfileCli::tr("Profile \"%1\" removed.").arg(name));
    return ExitOk;
}

int doExport(ProfileRun &run, const QStringList &names, const QString &outFile)
{
    QString error;
    QList<Profile> chosen;
    for (const Profile &p : run.profiles().list(&error)) {
        if (names.isEmpty() ? !p.isSandbox() : names.contains(p.name))
            chosen.append(p);
    }
    for (const QString &n : names) {
        if (!run.profiles().byName(n, &error))
            return run.fail(error, ExitUsage);
    }
    const QByteArray json = run.profiles().exportJson(chosen);
    if (outFile.isEmpty() || outFile == u'-') {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return ExitOk;
    }
    QSaveFile file(outFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return run.fail(ProfileCli::tr("Cannot write %1: %2").arg(outFile, file.errorString()),
                        ExitPlatformError);
    printError(
        ProfileCli::tr("%n profile(s) exported to %1 (without keys).", nullptr, int(chosen.size()))
            .arg(outFile));
    return ExitOk;
}

int doImport(ProfileRun &run, const QString &inFile, const QString &keysDir)
{
    QFile file(inFile);
    if (!file.open(QIODevice::ReadOnly))
        return run.fail(ProfileCli::tr("Cannot read %1: %2").arg(inFile, file.errorString()),
                        ExitUsage);
    SecretStore *secrets = run.secrets();
    if (!secrets)
        return ExitPlatformError;
    auto ask = [&](const Profile &p, const QString &suffix, const QString &prompt,
                   QString *error) -> std::optional<QByteArray> {
        if (!keysDir.isEmpty())
            return KeyInput::readKeyFile(QDir(keysDir).filePath(p.name + suffix), error);
        auto value = ProfileCli::promptHidden(prompt);
        if (!value || value->isEmpty())
            *error =
                ProfileCli::tr("No key was given for profile \"%1\"; import stopped.").arg(p.name);
        return value && !value->isEmpty() ? value : std::nullopt;
    };
    QString error;
    const auto added = run.profiles().importJson(
        file.readAll(),
        [&](const Profile &p, QString *err) {
            auto key =
                ask(p, QStringLiteral(".key"),
                    ProfileCli::tr("Auth key for profile \"%1\" (not shown): ").arg(p.name), err);
            if (!key)
                return false;
            std::optional<QByteArray> token;
            if (p.hasCallbackToken) {
                token = ask(
                    p, QStringLiteral(".token"),
                    ProfileCli::tr("Callback token for profile \"%1\" (not shown): ").arg(p.name),
                    err);
                if (!token) {
                    secureWipe(*key);
                    return false;
                }
            }
            const bool ok = Credentials::setSecrets(run.profiles(), *secrets, p, key, token, err);
            secureWipe(*key);
            if (token)
                secureWipe(*token);
            return ok;
        },
        &error);
    if (!added)
        return run.fail(error, ExitUsage);
    printLine(ProfileCli::tr("%n profile(s) imported.", nullptr, int(added->size())));
    return ExitOk;
}

QString profileUsage()
{
    return ProfileCli::tr(
        "Usage: pnctl [--data-dir DIR] profile SUBCOMMAND [options]\n"
        "  list [--json]                 profiles and the secret backend in use\n"
        "  show NAME [--json]            one profile (never its key)\n"
        "  add NAME --url URL --devid ID --appid APP [--env test] (--key-file F | "
        "--key-stdin)\n"
        "  edit NAME [field options] [--key-file F | --key-stdin] [--rename NEW]\n"
        "  remove NAME [--force]         also removes its key\n"
        "  export [NAME...] [--out FILE] JSON without any secret\n"
        "  import FILE [--keys-dir DIR]  asks for each key (or reads DIR/NAME.key)\n"
        "Secret options: --secret-backend auto|keychain|vault, --vault-password-file "
        "F\n(or $PN_SECRET_BACKEND, $PN_VAULT_PASSWORD_FILE). Keys are never accepted "
        "as arguments.\n");
}

} // namespace

int runProfile(const QStringList &arguments, const GlobalOptions &globalsIn)
{
    // A key on the command line would be visible to every user in the process list.
    for (const QString &a : arguments) {
        if (a == QLatin1StringView("--key") || a.startsWith(QLatin1StringView("--key=")) ||
            a == QLatin1StringView("--auth-key") ||
            a.startsWith(QLatin1StringView("--auth-key="))) {
            printError(
                ProfileCli::tr("Keys are never accepted on the command line (other users can see "
                               "it in the process list). Use --key-file FILE or --key-stdin."));
            return ExitUsage;
        }
    }
    if (arguments.size() < 2 || arguments.at(1) == QLatin1StringView("--help") ||
        arguments.at(1) == QLatin1StringView("-h")) {
        printLine(profileUsage());
        return arguments.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = arguments.at(1);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), ProfileCli::tr("Folder of the ledger."), QStringLiteral("dir"));
    const QCommandLineOption json(QStringLiteral("json"), ProfileCli::tr("Print JSON."));
    const QCommandLineOption backend(QStringLiteral("secret-backend"),
                                     ProfileCli::tr("auto, keychain or vault."),
                                     QStringLiteral("name"));
    const QCommandLineOption passwordFile(
        QStringLiteral("vault-password-file"),
        ProfileCli::tr("File holding the vault's master password."), QStringLiteral("file"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   ProfileCli::tr("Remove even with active bindings."));
    const QCommandLineOption out(QStringLiteral("out"), ProfileCli::tr("Write to this file."),
                                 QStringLiteral("file"));
    const QCommandLineOption keysDir(QStringLiteral("keys-dir"),
                                     ProfileCli::tr("Folder with NAME.key (and NAME.token) files."),
                                     QStringLiteral("dir"));
    parser.addOptions({dataDir, json, backend, passwordFile});
    const FieldOptions fields;
    const bool addOrEdit = sub == QLatin1StringView("add") || sub == QLatin1StringView("edit");
    if (addOrEdit)
        fields.addTo(parser);
    if (sub == QLatin1StringView("remove"))
        parser.addOption(force);
    if (sub == QLatin1StringView("export"))
        parser.addOption(out);
    if (sub == QLatin1StringView("import"))
        parser.addOption(keysDir);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!parser.parse(rest)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(profileUsage() + u'\n' + parser.helpText());
        return ExitOk;
    }
    GlobalOptions globals = globalsIn;
    if (parser.isSet(dataDir))
        globals.dataDir = parser.value(dataDir);
    if (parser.isSet(json))
        globals.json = true;
    const QStringList positional = parser.positionalArguments();
    const qsizetype wanted = sub == QLatin1StringView("list")     ? 0
                             : sub == QLatin1StringView("export") ? -1
                                                                  : 1;
    if (wanted >= 0 && positional.size() != wanted) {
        printError(ProfileCli::tr("Wrong number of arguments.") + u'\n' + profileUsage());
        return ExitUsage;
    }
    ProfileRun run(globals, parser.value(backend), parser.value(passwordFile));
    if (!run.open())
        return ExitPlatformError;
    if (sub == QLatin1StringView("list"))
        return doList(run, globals.json);
    if (sub == QLatin1StringView("show"))
        return doShow(run, positional.at(0), globals.json);
    if (addOrEdit)
        return doAddOrEdit(run, parser, fields, positional.at(0), sub == QLatin1StringView("add"));
    if (sub == QLatin1StringView("remove"))
        return doRemove(run, positional.at(0), parser.isSet(force));
    if (sub == QLatin1StringView("export"))
        return doExport(run, positional, parser.value(out));
    if (sub == QLatin1StringView("import"))
        return doImport(run, positional.at(0), parser.value(keysDir));
    printError(ProfileCli::tr("Unknown profile subcommand: %1").arg(sub) + u'\n' + profileUsage());
    return ExitUsage;
}

void installProfileResolver()
{
    setProfileResolver([](const QString &name, const GlobalOptions &, Ledger &ledger,
                          QString *error) -> std::optional<ClientSetup> {
        ProfileStore profiles(ledger.database(), ledger.clock());
        auto secrets =
            ProfileCli::openSecretStore(QFileInfo(ledger.path()).absolutePath(), {}, {}, error);
        if (!secrets)
            return std::nullopt;
        std::optional<ProfileCredentials> creds = loadCredentials(profiles, *secrets, name, error);
        if (!creds)
            return std::nullopt;
        ClientSetup setup;
        const Profile &p = creds->profile;
        setup.client.baseUrl = p.baseUrl;
        setup.client.devid = p.devid;
        setup.client.key = creds->authKey;
        setup.client.key.detach(); // the credentials wipe their own copy
        setup.client.timeoutMs = p.timeoutMs;
        setup.client.rateLimit = p.rateLimit;
        setup.client.caFile = p.caFile;
        setup.client.allowPlainHttp = p.allowPlainHttp;
        setup.client.profileId = p.id;
        setup.appid = p.effectiveDefaultAppid();
        setup.profileId = p.id;
        return setup;
    });
}

} // namespace pn::cli

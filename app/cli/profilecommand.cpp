#include "cli/profilecommand.h"
#include "session/session.h"

#include "cli/clisession.h"
#include "cli/profileoptions.h"
#include "cli/signcommand.h"
#include "core/keytimesigner.h"
#include "ledger/ledger.h"
#include "profiles/credentials.h"
#include "profiles/profilestore.h"
#include "secrets/secretstorefactory.h"
#include "secrets/vaultsecretstore.h"
#include "session/ledgeraccess.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <cstdio>

namespace pn::cli {

namespace {

QJsonObject profileJson(const Profile &p)
{
    QJsonObject o = ProfileStore::toJson(p);
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("environment_name"), environmentName(p.environment));
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
        QString error;
        const auto target = resolveLedgerTarget(m_globals, &error);
        if (!target)
            return fail(error);
        m_ledger = std::make_unique<Ledger>(target->connection, cliClock());
        m_ledger->setDataDir(target->dataDir);
        if (!m_ledger->open(&error))
            return fail(LedgerAccess::explain(error));
        m_profiles = std::make_unique<ProfileStore>(m_ledger->database(), m_ledger->clock());
        return true;
    }
    SecretStore *secrets()
    {
        if (!m_secrets) {
            QString error;
            m_secrets = ProfileCli::openSecretStore(m_ledger->database(), m_ledger->dataDir(),
                                                    m_backend, m_passwordFile, &error);
            if (!m_secrets) {
                fail(error);
                return nullptr;
            }
            // Finish what a killed `profile add` or `remove` left (secrets no row names).
            if (Credentials::pendingSecretNotes(*m_profiles) > 0 &&
                Credentials::sweepAbandonedSecrets(*m_profiles, *m_secrets, &error) < 0)
                printError(error);
        }
        return m_secrets.get();
    }
    ProfileStore &profiles() { return *m_profiles; }
    // The same audit rows as the console's profile changes (Console::addProfile & co.), with
    // this desk (Ledger::desk()).
    void audit(std::optional<qint64> profileId, const QString &action, const QString &detail)
    {
        if (!m_ledger->log().appendAudit(profileId, QStringLiteral("pnctl"), action, detail))
            printError(m_ledger->lastError());
    }
    void auditRemoved(const QString &profileName, const QString &detail)
    {
        if (!m_ledger->log().appendAudit(profileName, QStringLiteral("pnctl"),
                                         QStringLiteral("profile-remove"), detail))
            printError(m_ledger->lastError());
    }
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
    line(ProfileCli::tr("Environment"), environmentName(p->environment));
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
    const bool newKey = key.has_value();
    if (add) {
        const auto added =
            Credentials::addProfile(run.profiles(), *secrets, p, *key, token, &error);
        ok = added.has_value();
        if (added)
            p.id = added->id;
    } else if (needSecrets) {
        ok = Credentials::setSecrets(run.profiles(), *secrets, p, key, token, &error);
    } else {
        ok = run.profiles().update(p, &error);
    }
    wipe();
    if (!ok)
        return run.fail(error, ExitUsage);
    if (add)
        run.audit(p.id, QStringLiteral("profile-add"), QStringLiteral("profile %1").arg(p.name));
    else
        run.audit(p.id, QStringLiteral("profile-edit"),
                  QStringLiteral("profile %1%2")
                      .arg(p.name, newKey ? QStringLiteral(", new key") : QString()));
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
    run.auditRemoved(p->name, QStringLiteral("profile %1%2")
                                  .arg(p->name, mode == ProfileStore::RemoveMode::Force
                                                    ? QStringLiteral(" (forced)")
                                                    : QString()));
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
        printBytes(json);
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
    QList<Profile> beforeStop;
    // Each profile is asked for its key first and then added with it atomically (see
    // Credentials::importProfiles): a kill never leaves an imported row without its key.
    const std::optional<QList<Profile>> added = Credentials::importProfiles(
        run.profiles(), *secrets, file.readAll(),
        [&](const Profile &p, bool token, QString *error) {
            return token ? ask(p, QStringLiteral(".token"),
                               ProfileCli::tr("Callback token for profile \"%1\" (not shown): ")
                                   .arg(p.name),
                               error)
                         : ask(p, QStringLiteral(".key"),
                               ProfileCli::tr("Auth key for profile \"%1\" (not shown): ")
                                   .arg(p.name),
                               error);
        },
        &error, &beforeStop);
    // What was imported, also when the import stopped part-way (as the console does).
    if (const qsizetype count = added ? added->size() : beforeStop.size(); count > 0)
        run.audit(std::nullopt, QStringLiteral("profile-import"),
                  QStringLiteral("%1 profile(s)").arg(count));
    if (!added)
        return run.fail(error, ExitUsage);
    printLine(ProfileCli::tr("%n profile(s) imported.", nullptr, int(added->size())));
    return ExitOk;
}

int doVaultPassword(ProfileRun &run, const QString &passwordFile, const QString &newPasswordFile)
{
    SecretStore *secrets = run.secrets();
    if (!secrets)
        return ExitPlatformError;
    if (secrets->backendId() != QLatin1StringView("vault"))
        return run.fail(ProfileCli::tr("The secrets are kept in the %1; it has no master password "
                                       "to change here.")
                            .arg(secrets->backendName()),
                        ExitUsage);
    const QString current =
        passwordFile.isEmpty() ? qEnvironmentVariable("PN_VAULT_PASSWORD_FILE") : passwordFile;
    VaultSecretStore vault(secrets->location(),
                           ProfileCli::vaultPasswordProvider(current, newPasswordFile));
    QString error;
    if (!vault.changePassword(&error))
        return run.fail(error, ExitPlatformError);
    printLine(ProfileCli::tr("The master password of %1 was changed.").arg(vault.location()));
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
        "  vault-password [--new-password-file F]  change the vault's master password\n"
        "Secret options: --secret-backend auto|keychain|vault, --vault-password-file "
        "F\n(or $PN_SECRET_BACKEND, $PN_VAULT_PASSWORD_FILE). Keys are never accepted "
        "as arguments.\n");
}

} // namespace

int ProfileCommand::run(const QStringList &arguments, const GlobalOptions &globalsIn)
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
    const QCommandLineOption newPasswordFile(
        QStringLiteral("new-password-file"),
        ProfileCli::tr("File holding the vault's new master password."), QStringLiteral("file"));
    const QCommandLineOption ledgerOption(QStringLiteral("ledger"),
                                          ProfileCli::tr("The ledger: a folder or postgresql://…"),
                                          QStringLiteral("url"));
    parser.addOptions({dataDir, ledgerOption, json, backend, passwordFile});
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
    const bool vaultPassword = sub == QLatin1StringView("vault-password");
    if (vaultPassword)
        parser.addOption(newPasswordFile);
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
    if (parser.isSet(ledgerOption))
        globals.ledger = parser.value(ledgerOption);
    if (parser.isSet(json))
        globals.json = true;
    const QStringList positional = parser.positionalArguments();
    const qsizetype wanted = sub == QLatin1StringView("list") || vaultPassword ? 0
                             : sub == QLatin1StringView("export")              ? -1
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
    if (vaultPassword)
        return doVaultPassword(run, parser.value(passwordFile), parser.value(newPasswordFile));
    printError(ProfileCli::tr("Unknown profile subcommand: %1").arg(sub) + u'\n' + profileUsage());
    return ExitUsage;
}

void installProfileResolver()
{
    setProfileResolver([](const QString &name, const GlobalOptions &, Ledger &ledger,
                          QString *error) -> std::optional<ClientSetup> {
        ProfileStore profiles(ledger.database(), ledger.clock());
        auto secrets =
            ProfileCli::openSecretStore(ledger.database(), ledger.dataDir(), {}, {}, error);
        if (!secrets)
            return std::nullopt;
        std::optional<ProfileCredentials> creds = loadCredentials(profiles, *secrets, name, error);
        if (!creds)
            return std::nullopt;
        ClientSetup setup;
        const Profile &p = creds->profile;
        setup.client = Session::clientConfig(p, creds->authKey);
        setup.appid = p.effectiveDefaultAppid();
        setup.profileId = p.id;
        return setup;
    });
}

} // namespace pn::cli

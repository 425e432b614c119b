#include "cli/clicontext.h"

#include "cli/profileoptions.h"
#include "cli/signcommand.h"
#include "core/keytimesigner.h"
#include "core/logging.h"
#include "ledger/ledger.h"
#include "session/ledgeraccess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace pn::cli {

namespace {

ProfileResolver &resolverSlot()
{
    static ProfileResolver resolver;
    return resolver;
}

struct OptionSpec
{
    const char *name;
    bool takesValue;
};

constexpr OptionSpec kGlobalOptions[] = {
    {"data-dir", true},
    {"ledger", true},
    {"profile", true},
    {"base-url", true},
    {"devid", true},
    {"appid", true},
    {"key-file", true},
    {"ca-file", true},
    {"timeout", true},
    {"retries", true},
    {"allow-plain-http", false},
    {"no-skew-compensation", false},
    {"json", false},
};

bool apply(GlobalOptions &o, const QString &name, const QString &value, QString *error)
{
    if (name == QLatin1StringView("data-dir"))
        o.dataDir = value;
    else if (name == QLatin1StringView("ledger"))
        o.ledger = value;
    else if (name == QLatin1StringView("profile"))
        o.profile = value;
    else if (name == QLatin1StringView("base-url"))
        o.baseUrl = value;
    else if (name == QLatin1StringView("devid"))
        o.devid = value;
    else if (name == QLatin1StringView("appid"))
        o.appid = value;
    else if (name == QLatin1StringView("key-file"))
        o.keyFile = value;
    else if (name == QLatin1StringView("ca-file"))
        o.caFile = value;
    else if (name == QLatin1StringView("allow-plain-http"))
        o.allowPlainHttp = true;
    else if (name == QLatin1StringView("no-skew-compensation"))
        o.skewCompensation = false;
    else if (name == QLatin1StringView("json"))
        o.json = true;
    else if (name == QLatin1StringView("timeout") || name == QLatin1StringView("retries")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        const bool isTimeout = name == QLatin1StringView("timeout");
        if (!ok || n < (isTimeout ? 1 : 0)) {
            *error = isTimeout ? CliText::tr("--timeout must be a whole number of seconds, at "
                                             "least 1.")
                               : CliText::tr("--retries must be a whole number, 0 or more.");
            return false;
        }
        if (isTimeout)
            o.timeoutMs = n * 1000;
        else
            o.retries = n;
    }
    return true;
}

} // namespace

void GlobalOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("data-dir"),
         CliText::tr("Folder of this desk's files (and of the ledger without --ledger)."),
         QStringLiteral("dir")},
        {QStringLiteral("ledger"),
         CliText::tr("The ledger: a folder or postgresql://USER@HOST:PORT/DB?sslmode=…; else "
                     "$PN_LEDGER. No password in it."),
         QStringLiteral("url")},
        {QStringLiteral("profile"), CliText::tr("Saved profile to use."), QStringLiteral("name")},
        {QStringLiteral("base-url"), CliText::tr("Platform address, e.g. https://host."),
         QStringLiteral("url")},
        {QStringLiteral("devid"), CliText::tr("Developer ID."), QStringLiteral("id")},
        {QStringLiteral("appid"), CliText::tr("App ID."), QStringLiteral("app")},
        {QStringLiteral("key-file"),
         CliText::tr("File holding the auth key ('-' for stdin); else $PN_AUTH_KEY."),
         QStringLiteral("file")},
        {QStringLiteral("ca-file"), CliText::tr("Extra trusted CA certificates (PEM)."),
         QStringLiteral("file")},
        {QStringLiteral("timeout"), CliText::tr("Seconds to wait for each answer (default 10)."),
         QStringLiteral("s")},
        {QStringLiteral("retries"), CliText::tr("Retries after the first attempt (default 4)."),
         QStringLiteral("n")},
        {QStringLiteral("allow-plain-http"), CliText::tr("Allow an http:// platform address.")},
        {QStringLiteral("no-skew-compensation"),
         CliText::tr("Sign with this computer's clock even if it differs from the platform's.")},
        {QStringLiteral("json"), CliText::tr("Print the result as JSON.")},
    });
}

void GlobalOptions::mergeFrom(const QCommandLineParser &parser)
{
    QString ignored;
    for (const OptionSpec &spec : kGlobalOptions) {
        const QString name = QString::fromLatin1(spec.name);
        if (parser.isSet(name))
            apply(*this, name, spec.takesValue ? parser.value(name) : QString(), &ignored);
    }
}

bool GlobalOptions::takeLeading(QStringList &args, QString *error)
{
    // args[0] is the program; options stop at the first word that is not one of ours.
    qsizetype i = 1;
    while (i < args.size()) {
        QString word = args.at(i);
        if (!word.startsWith(QLatin1StringView("--")))
            break;
        QString name = word.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        const OptionSpec *spec = nullptr;
        for (const OptionSpec &s : kGlobalOptions) {
            if (name == QLatin1StringView(s.name))
                spec = &s;
        }
        if (!spec)
            break;
        qsizetype used = 1;
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= args.size()) {
                *error = CliText::tr("The option --%1 needs a value.").arg(name);
                return false;
            }
            value = args.at(i + 1);
            used = 2;
        }
        if (!apply(*this, name, value, error))
            return false;
        args.remove(i, used);
    }
    return true;
}

void setProfileResolver(ProfileResolver resolver)
{
    resolverSlot() = std::move(resolver);
}

std::optional<ClientSetup> buildClientSetup(const GlobalOptions &o, Ledger &ledger, QString *error,
                                            int *exitCode)
{
    *exitCode = ExitUsage;
    std::optional<ClientSetup> setup;
    if (!o.profile.isEmpty()) {
        if (!resolverSlot()) {
            *error = CliText::tr("Profiles cannot be used by this pnctl; give --base-url, "
                                 "--devid, --appid and --key-file instead.");
            return std::nullopt;
        }
        setup = resolverSlot()(o.profile, o, ledger, error);
        if (!setup)
            return std::nullopt;
    } else {
        if (o.baseUrl.isEmpty() || o.devid.isEmpty()) {
            *error = CliText::tr("Say which account to use: --profile NAME, or --base-url, "
                                 "--devid, --appid and --key-file (or $PN_AUTH_KEY).");
            return std::nullopt;
        }
        setup = ClientSetup{};
        setup->client.baseUrl = QUrl(o.baseUrl, QUrl::StrictMode);
        setup->client.devid = o.devid;
        setup->appid = o.appid;
        if (!o.keyFile.isEmpty()) {
            auto key = KeyInput::readKeyFile(o.keyFile, error);
            if (!key)
                return std::nullopt;
            setup->client.key = *key;
            secureWipe(*key);
        } else {
            QByteArray key = qgetenv("PN_AUTH_KEY");
            if (key.isEmpty()) {
                *error = CliText::tr("No auth key: give --key-file FILE or set PN_AUTH_KEY.");
                return std::nullopt;
            }
            setup->client.key = key;
            secureWipe(key);
        }
        const auto id = ledger.ensureAdhocProfile(o.baseUrl, o.devid, o.appid, error);
        if (!id) {
            *exitCode = ExitPlatformError;
            secureWipe(setup->client.key);
            return std::nullopt;
        }
        setup->profileId = *id;
    }
    // Flags given on the command line refine a profile too.
    if (!o.appid.isEmpty())
        setup->appid = o.appid;
    if (!o.caFile.isEmpty())
        setup->client.caFile = o.caFile;
    if (o.allowPlainHttp)
        setup->client.allowPlainHttp = true;
    if (!o.skewCompensation)
        setup->client.skewCompensation = false;
    if (o.timeoutMs)
        setup->client.timeoutMs = *o.timeoutMs;
    if (o.retries)
        setup->client.maxAttempts = *o.retries + 1;
    setup->client.profileId = setup->profileId;
    *exitCode = ExitOk;
    return setup;
}

namespace {

OutputStreams &streams()
{
    static OutputStreams current{stdout, stderr};
    return current;
}

void write(std::FILE *to, const QByteArray &bytes, bool newline)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    if (newline)
        std::fputc('\n', to);
    std::fflush(to);
}

} // namespace

OutputStreams setOutputStreams(OutputStreams next)
{
    const OutputStreams previous = streams();
    streams() = next;
    return previous;
}

void printJson(const QJsonObject &object)
{
    write(streams().out, QJsonDocument(object).toJson(QJsonDocument::Compact), true);
}

// No program prints a URL with its password (a ledger address, an error quoting one).
void printLine(const QString &text)
{
    write(streams().out, Logging::redactUrlPasswords(text).toUtf8(), true);
}

void printText(const QString &text)
{
    write(streams().out, Logging::redactUrlPasswords(text).toUtf8(), false);
}

void printBytes(const QByteArray &bytes)
{
    write(streams().out, bytes, false);
}

void printError(const QString &text)
{
    write(streams().err, Logging::redactUrlPasswords(text).toUtf8(), true);
}

std::optional<LedgerTarget> resolveLedgerTarget(const GlobalOptions &options, QString *error)
{
    const auto location = LedgerLocation::resolve(options.ledger, options.dataDir, error);
    if (!location)
        return std::nullopt;
    LedgerTarget target{*location, {}, LedgerLocation::localDataDir(*location, options.dataDir)};
    LedgerAccess::Options access;
    access.dataDir = target.dataDir;
    const QString file = qEnvironmentVariable("PN_VAULT_PASSWORD_FILE");
    access.vaultPassword = ProfileCli::vaultPasswordProvider(file, {});
    access.prompt = [](const QString &question) { return ProfileCli::promptHidden(question); };
    target.connection = LedgerAccess::connectionString(*location, access);
    return target;
}

int runAsync(const std::function<void(std::function<void(int)> finish)> &body)
{
    QEventLoop loop;
    int code = ExitOk;
    bool finished = false;
    QTimer::singleShot(0, &loop, [&] {
        body([&](int c) {
            if (finished)
                return;
            finished = true;
            code = c;
            loop.quit();
        });
    });
    loop.exec();
    return code;
}

} // namespace pn::cli

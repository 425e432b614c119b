#pragma once

#include "ledger/ledgerlocation.h"
#include "platform/platformclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <optional>

namespace pn {
class Ledger;
}

namespace pn::cli {

// Options every command may use: given before the command word (main.cpp), and accepted again
// after it by the commands that talk to the platform.
struct GlobalOptions
{
    QString dataDir;              // --data-dir, else $PN_DATA_DIR, else the standard location
    QString ledger;               // --ledger FOLDER|postgresql://…, else $PN_LEDGER, else dataDir
    QString profile;              // --profile NAME
    QString baseUrl;              // --base-url
    QString devid;                // --devid
    QString appid;                // --appid
    QString keyFile;              // --key-file (else $PN_AUTH_KEY)
    QString caFile;               // --ca-file
    bool allowPlainHttp = false;  // --allow-plain-http
    bool skewCompensation = true; // --no-skew-compensation turns it off
    bool json = false;            // --json
    std::optional<int> timeoutMs; // --timeout SECONDS
    std::optional<int> retries;   // --retries N (attempts after the first)

    // Adds the options above to a command's own parser.
    static void addTo(QCommandLineParser &parser);
    // Takes the values the parser saw (later values win over earlier ones).
    void mergeFrom(const QCommandLineParser &parser);
    // Removes the options above from the front of `args` (before the command word). Returns
    // false with *error on a malformed option.
    bool takeLeading(QStringList &args, QString *error);
};

// What a platform command needs: the client's configuration, the appid and the ledger profile.
struct ClientSetup
{
    ClientConfig client;
    QString appid;
    qint64 profileId = 0;
};

class CliText final
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

// Builds the client setup from the flags (--base-url, --devid, --appid, --key-file or
// $PN_AUTH_KEY) or from a saved profile (--profile NAME, see setProfileResolver). On failure
// returns std::nullopt with a translated *error and the exit code in *exitCode.
std::optional<ClientSetup> buildClientSetup(const GlobalOptions &options, Ledger &ledger,
                                            QString *error, int *exitCode);

// --profile NAME is resolved by whoever owns profiles and secrets (the profile store): it fills
// the setup (base URL, devid, key from the secret store, appid, CA file, ...) and its profileId.
// Without a resolver, --profile is refused with a clear message.
using ProfileResolver = std::function<std::optional<ClientSetup>(
    const QString &name, const GlobalOptions &options, Ledger &ledger, QString *error)>;
void setProfileResolver(ProfileResolver resolver);

// Output helpers: JSON goes to stdout as one compact object per line; messages to stderr.
void printJson(const QJsonObject &object);
void printLine(const QString &text);
void printText(const QString &text); // no line break added
void printBytes(const QByteArray &bytes);
void printError(const QString &text);
// Where the helpers above write (stdout and stderr unless changed; in-process tests point them at
// temporary files). Returns the previous pair.
struct OutputStreams
{
    std::FILE *out = nullptr;
    std::FILE *err = nullptr;
};
OutputStreams setOutputStreams(OutputStreams streams);

// Where this run's ledger is (--ledger, $PN_LEDGER, --data-dir, $PN_DATA_DIR, the default),
// the string the Ledger opens (with the server's password from the secret store or a prompt,
// else none so that libpq reads PGPASSFILE) and the desk's local folder.
struct LedgerTarget
{
    LedgerLocation location;
    QString connection; // may hold a password: give it to Ledger only, never print it
    QString dataDir;
};
std::optional<LedgerTarget> resolveLedgerTarget(const GlobalOptions &options, QString *error);

// Runs an event loop until `body` calls its finish(exitCode) argument; returns that code.
int runAsync(const std::function<void(std::function<void(int)> finish)> &body);

} // namespace pn::cli

#include "cli/retentioncommand.h"

#include "cli/clisession.h"
#include "cli/profileoptions.h"
#include "cli/signcommand.h"
#include "core/clock.h"
#include "core/validation.h"
#include "ledger/ledger.h"
#include "profiles/profilestore.h"
#include "secrets/secretstore.h"
#include "session/retention.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace pn::cli {

namespace {

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1);
}

} // namespace

bool loadHashKeyForSearch(Ledger &ledger, const QString &needle)
{
    const QString number = normalizedNumber(needle.trimmed());
    if (number.size() < 5 || !std::all_of(number.begin(), number.end(),
                                          [](QChar c) { return c.isDigit() || c == u'+'; }))
        return true;
    {
        QSqlQuery q(ledger.database());
        if (!q.exec(QStringLiteral("SELECT 1 FROM erased_numbers LIMIT 1")) || !q.next())
            return true; // nothing was ever erased: the number itself is searched
    }
    QString error;
    auto secrets = ProfileCli::openSecretStore(ledger.database(), ledger.dataDir(), {}, {}, &error);
    QByteArray key;
    if (secrets && RetentionKey::read(*secrets, &key, &error)) {
        ledger.setNumberHashKey(key);
        return true;
    }
    if (error.isEmpty())
        error = CliText::tr("the secret store holds no hash key");
    printError(CliText::tr("Warning: bindings whose real numbers retention erased are found by "
                           "their full number only with the key of the number hashes, which "
                           "could not be read (%1); they are left out. Give the vault password "
                           "(PN_VAULT_PASSWORD_FILE) or unlock the keychain, or search by subid.")
                   .arg(error));
    return false;
}

int RetentionCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("retention show | apply [--older-than DAYS] [--dry-run] | set DAYS|forever\n"
                    "How long real numbers of ended bindings and their calls are kept, per "
                    "profile; apply erases older ones now (masked form and a keyed hash stay)."));
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("older-than"),
         CliText::tr("apply: erase what ended more than DAYS ago, whatever the policies say."),
         QStringLiteral("DAYS")},
        {QStringLiteral("dry-run"), CliText::tr("apply: only count what would be erased.")},
        {QStringLiteral("vault-password-file"),
         CliText::tr("The vault's master password, from this file (apply)."),
         QStringLiteral("file")},
    });
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    options.mergeFrom(parser);
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    if (!(sub == QLatin1StringView("show") && args.size() == 1) &&
        !(sub == QLatin1StringView("apply") && args.size() == 1) &&
        !(sub == QLatin1StringView("set") && args.size() == 2)) {
        printError(CliText::tr("Use: pnctl retention show | apply [--older-than DAYS] "
                               "[--dry-run] | set DAYS|forever (with --profile)."));
        return ExitUsage;
    }
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, false, &exitCode))
        return exitCode;
    Ledger &ledger = session.ledger();
    QString error;
    std::optional<qint64> profileId;
    if (!options.profile.isEmpty()) {
        ProfileStore profiles(ledger.database(), SystemClock::instance());
        const auto p = profiles.byName(options.profile, &error);
        if (!p) {
            printError(error.isEmpty() ? CliText::tr("No profile called %1.").arg(options.profile)
                                       : error);
            return ExitUsage;
        }
        profileId = p->id;
    }

    if (sub == QLatin1StringView("set")) {
        if (!profileId) {
            printError(CliText::tr("retention set needs --profile NAME."));
            return ExitUsage;
        }
        std::optional<int> days;
        if (args.at(1) != QLatin1StringView("forever")) {
            bool ok = false;
            days = args.at(1).toInt(&ok);
            if (!ok || *days < 1) {
                printError(CliText::tr("Retention: a number of days (1 or more) or \"forever\"."));
                return ExitUsage;
            }
        }
        if (!ledger.setRetentionDays(*profileId, days, &error)) {
            printError(error);
            return ExitPlatformError;
        }
        ledger.log().appendAudit(
            profileId, QStringLiteral("pnctl"), QStringLiteral("retention-set"),
            days ? QStringLiteral("%1 days").arg(*days) : QStringLiteral("forever"));
        if (!options.json)
            printLine(
                days ? CliText::tr("Real numbers of ended bindings are kept %1 days.").arg(*days)
                     : CliText::tr("Real numbers of ended bindings are kept forever."));
        return ExitOk;
    }

    RetentionRun run;
    run.profileId = profileId;
    run.actor = QStringLiteral("pnctl");
    if (parser.isSet(QStringLiteral("older-than"))) {
        bool ok = false;
        run.olderThanDays = parser.value(QStringLiteral("older-than")).toInt(&ok);
        if (!ok || *run.olderThanDays < 0) {
            printError(CliText::tr("--older-than must be a number of days."));
            return ExitUsage;
        }
    }
    run.dryRun = sub == QLatin1StringView("show") || parser.isSet(QStringLiteral("dry-run"));
    if (!run.dryRun) {
        auto secrets = ProfileCli::openSecretStore(
            ledger.database(), QFileInfo(ledger.path()).absolutePath(), {},
            parser.value(QStringLiteral("vault-password-file")), &error);
        QByteArray key;
        if (!secrets || !RetentionKey::load(*secrets, &key, &error)) {
            printError(CliText::tr("Cannot read the key of the number hashes: %1").arg(error));
            return ExitUsage;
        }
        ledger.setNumberHashKey(key);
    }
    const std::optional<RetentionReport> report = RetentionRecordings::apply(ledger, run, &error);
    if (!report) {
        printError(error);
        return ExitPlatformError;
    }
    if (options.json) {
        QJsonArray policies;
        for (const RetentionPolicy &p : ledger.retentionPolicies()) {
            if (profileId && p.profileId != *profileId)
                continue;
            policies.append(
                QJsonObject{{QStringLiteral("profile"), p.profileName},
                            {QStringLiteral("days"), p.days ? QJsonValue(*p.days) : QJsonValue()}});
        }
        printJson({{QStringLiteral("policies"), policies},
                   {QStringLiteral("dryRun"), run.dryRun},
                   {QStringLiteral("bindings"), report->bindings},
                   {QStringLiteral("calls"), report->calls},
                   {QStringLiteral("requestLogLines"), report->logLines},
                   {QStringLiteral("recordings"), report->recordings},
                   {QStringLiteral("fileBytesBefore"), report->fileBytesBefore},
                   {QStringLiteral("fileBytesAfter"), report->fileBytesAfter}});
        return ExitOk;
    }
    if (sub == QLatin1StringView("show")) {
        printLine(CliText::tr("profile\tkeeps real numbers"));
        for (const RetentionPolicy &p : ledger.retentionPolicies()) {
            if (profileId && p.profileId != *profileId)
                continue;
            printLine(QStringLiteral("%1\t%2").arg(p.profileName,
                                                   p.days ? CliText::tr("%1 days").arg(*p.days)
                                                          : CliText::tr("forever")));
        }
        printLine(CliText::tr("Due now: %1 bindings, %2 call records.")
                      .arg(report->bindings)
                      .arg(report->calls));
        return ExitOk;
    }
    if (run.dryRun) {
        printLine(CliText::tr("Would erase the real numbers of %1 bindings and %2 call records.")
                      .arg(report->bindings)
                      .arg(report->calls));
        return ExitOk;
    }
    printLine(CliText::tr("Erased the real numbers of %1 bindings, %2 call records and %3 "
                          "request-log lines. Ledger file: %4 MB before, %5 MB after.")
                  .arg(report->bindings)
                  .arg(report->calls)
                  .arg(report->logLines)
                  .arg(mb(report->fileBytesBefore), mb(report->fileBytesAfter)));
    if (report->recordings > 0)
        printLine(CliText::tr("Deleted %n recording file(s) of erased calls.", nullptr,
                              int(report->recordings)));
    if (report->bindings > 0 && !report->walTruncated)
        printError(CliText::tr("The write-ahead log could not be truncated (another program has "
                               "the ledger open); it is truncated at its next checkpoint."));
    return ExitOk;
}

} // namespace pn::cli

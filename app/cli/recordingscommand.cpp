#include "cli/recordingscommand.h"

#include "callbacks/recordings.h"
#include "cli/callscommand.h"
#include "cli/clisession.h"
#include "cli/signcommand.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace pn::cli {

namespace {

QString usageText()
{
    return CliText::tr("Usage: pnctl recordings fetch [--since TIME] | policy [--on|--off] "
                       "[--max-size MB] [--keep-days N] | list");
}

} // namespace

int RecordingsCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("The team's own archive of call recordings.\n"
                    "  fetch   download the recordings of stored call records (profiles whose "
                    "policy is on), resuming partial files, and apply the retention\n"
                    "  policy  show or change the current profile's policy (--profile NAME)\n"
                    "  list    the recordings in the archive and their state"));
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("fetch|policy|list"));
    parser.addOptions({
        {QStringLiteral("since"),
         CliText::tr("fetch: only calls that began at or after TIME: \"2026-12-02 10:00\", "
                     "epoch seconds, or an age such as 30m, 2h, 7d."),
         QStringLiteral("TIME")},
        {QStringLiteral("on"), CliText::tr("policy: keep this profile's recordings.")},
        {QStringLiteral("off"), CliText::tr("policy: stop downloading this profile's recordings.")},
        {QStringLiteral("max-size"),
         CliText::tr("policy: refuse recordings larger than MB megabytes."), QStringLiteral("MB")},
        {QStringLiteral("keep-days"),
         CliText::tr("policy: remove recordings of calls older than N days (0 = keep for ever)."),
         QStringLiteral("N")},
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
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 ||
        !QStringList{QStringLiteral("fetch"), QStringLiteral("policy"), QStringLiteral("list")}
             .contains(action)) {
        printError(usageText());
        return ExitUsage;
    }
    std::optional<qint64> since;
    if (parser.isSet(QStringLiteral("since"))) {
        since =
            CallsCommand::parseSince(parser.value(QStringLiteral("since")), cliClock().nowSecs());
        if (!since) {
            printError(CliText::tr("--since: cannot read \"%1\"; use \"2026-12-02 10:00\", epoch "
                                   "seconds or an age such as 30m, 2h, 7d.")
                           .arg(parser.value(QStringLiteral("since"))));
            return ExitUsage;
        }
    }

    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, false, &exitCode))
        return exitCode;
    Ledger &ledger = session.ledger();
    ProfileStore profiles(ledger.database(), cliClock());
    RecordingArchive archive(ledger, RecordingArchive::defaultFolder(ledger));
    QString error;
    if (!archive.open(&error)) {
        printError(error);
        return ExitUsage;
    }

    if (action == QLatin1StringView("policy")) {
        if (options.profile.isEmpty()) {
            printError(CliText::tr("recordings policy needs --profile NAME."));
            return ExitUsage;
        }
        const std::optional<Profile> profile = profiles.byName(options.profile, &error);
        if (!profile) {
            printError(error.isEmpty()
                           ? CliText::tr("No profile is named \"%1\".").arg(options.profile)
                           : error);
            return ExitUsage;
        }
        RecordingPolicy policy = archive.policy(profile->id);
        const RecordingPolicy before = policy;
        if (parser.isSet(QStringLiteral("on")) && parser.isSet(QStringLiteral("off"))) {
            printError(CliText::tr("Give --on or --off, not both."));
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("on")))
            policy.enabled = true;
        if (parser.isSet(QStringLiteral("off")))
            policy.enabled = false;
        bool ok = true;
        if (parser.isSet(QStringLiteral("max-size"))) {
            const double mb = parser.value(QStringLiteral("max-size")).toDouble(&ok);
            if (!ok || mb <= 0 || mb > 4096) {
                printError(CliText::tr("--max-size must be a number of megabytes (up to 4096)."));
                return ExitUsage;
            }
            policy.maxBytes = qint64(mb * 1024 * 1024);
        }
        if (parser.isSet(QStringLiteral("keep-days"))) {
            const int days = parser.value(QStringLiteral("keep-days")).toInt(&ok);
            if (!ok || days < 0) {
                printError(CliText::tr("--keep-days must be 0 or a positive number of days."));
                return ExitUsage;
            }
            policy.keepDays = days;
        }
        if (!(policy == before) && !archive.setPolicy(profile->id, policy, &error)) {
            printError(error);
            return ExitUsage;
        }
        if (options.json) {
            printJson({{QStringLiteral("profile"), profile->name},
                       {QStringLiteral("enabled"), policy.enabled},
                       {QStringLiteral("maxBytes"), policy.maxBytes},
                       {QStringLiteral("keepDays"), policy.keepDays}});
        } else {
            printLine(
                CliText::tr("%1: recordings %2, at most %3 MB each, kept %4")
                    .arg(profile->name, policy.enabled ? CliText::tr("on") : CliText::tr("off"))
                    .arg(double(policy.maxBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                    .arg(policy.keepDays > 0 ? CliText::tr("%n day(s)", nullptr, policy.keepDays)
                                             : CliText::tr("for ever")));
        }
        return ExitOk;
    }

    if (action == QLatin1StringView("list")) {
        QJsonArray rows;
        if (!options.json)
            printLine(CliText::tr("taskid\tstate\tbytes\tattempts\tfile or error"));
        for (const RecordingEntry &e : archive.entries()) {
            if (options.json) {
                rows.append(
                    QJsonObject{{QStringLiteral("taskid"), e.taskid},
                                {QStringLiteral("profileId"), e.profileId},
                                {QStringLiteral("state"), RecordingEntry::stateName(e.state)},
                                {QStringLiteral("bytes"), e.bytes},
                                {QStringLiteral("attempts"), e.attempts},
                                {QStringLiteral("file"), e.file},
                                {QStringLiteral("error"), e.error}});
                continue;
            }
            printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(e.taskid, RecordingEntry::stateName(e.state))
                          .arg(e.bytes)
                          .arg(e.attempts)
                          .arg(e.file.isEmpty() ? e.error : e.file));
        }
        if (options.json)
            printJson({{QStringLiteral("recordings"), rows}});
        return ExitOk;
    }

    // fetch
    archive.setTransportProvider([&profiles](qint64 profileId) {
        RecordingArchive::Transport t;
        if (const auto p = profiles.byId(profileId)) {
            t.caFile = p->caFile;
            t.allowPlainHttp = p->allowPlainHttp;
        }
        return t;
    });
    const int removed = archive.applyRetention(&error);
    if (removed < 0) {
        printError(error);
        return ExitUsage;
    }
    if (archive.enqueueNew(since, &error) < 0) {
        printError(error);
        return ExitUsage;
    }
    QEventLoop loop;
    QObject::connect(&archive, &RecordingArchive::idle, &loop, &QEventLoop::quit);
    QObject::connect(&archive, &RecordingArchive::recordingStored, &loop,
                     [&options](const QString &taskid, const QString &file) {
                         if (!options.json)
                             printLine(CliText::tr("%1: stored %2").arg(taskid, file));
                     });
    QObject::connect(&archive, &RecordingArchive::recordingFailed, &loop,
                     [](const QString &taskid, const QString &reason, bool final) {
                         printError(
                             final ? CliText::tr("%1: %2 (final)").arg(taskid, reason)
                                   : CliText::tr("%1: %2 (will retry later)").arg(taskid, reason));
                     });
    archive.start();
    if (archive.progress().current.isEmpty() && !archive.isBusy()) {
        // start() found nothing due and already said idle.
    } else {
        loop.exec();
    }
    const RecordingProgress p = archive.progress();
    int waiting = 0;
    for (const RecordingEntry &e : archive.entries()) {
        if (e.state == RecordingEntry::State::Queued)
            ++waiting;
    }
    if (options.json) {
        printJson({{QStringLiteral("stored"), p.done},
                   {QStringLiteral("failed"), p.failed},
                   {QStringLiteral("waiting"), waiting},
                   {QStringLiteral("removed"), removed}});
    } else {
        printLine(CliText::tr("%1 stored, %2 failed, %3 waiting for a retry, %4 removed by "
                              "retention.")
                      .arg(p.done)
                      .arg(p.failed)
                      .arg(waiting)
                      .arg(removed));
    }
    if (p.failed == 0)
        return ExitOk;
    return p.done > 0 ? ExitPlatformError : ExitNetwork;
}

} // namespace pn::cli

#include "cli/auditcommand.h"

#include "cli/callscommand.h"
#include "cli/clisession.h"
#include "cli/signcommand.h"
#include "core/clock.h"
#include "ledger/auditmodel.h"
#include "ledger/ledger.h"

#include <QDateTime>
#include <QJsonArray>

namespace pn::cli {

int AuditCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Show who did what: the audit log of the ledger, newest first. Every row "
                    "names the desk (OS user @ host, or $PN_DESK) and the profile."));
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("desk"),
         CliText::tr("Only the rows of this desk (user@host), or of this user at any host."),
         QStringLiteral("D")},
        {QStringLiteral("action"),
         CliText::tr("Only these actions (comma-separated), e.g. bind,release."),
         QStringLiteral("A")},
        {QStringLiteral("since"),
         CliText::tr("Only rows at or after TIME: \"2026-12-02 10:00\", epoch seconds, or an age "
                     "such as 30m, 2h, 7d."),
         QStringLiteral("TIME")},
        {QStringLiteral("until"),
         CliText::tr("Only rows at or before TIME (same forms as --since)."),
         QStringLiteral("TIME")},
        {QStringLiteral("limit"), CliText::tr("At most N rows (default 1000; 0 = all)."),
         QStringLiteral("N"), QStringLiteral("1000")},
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
    if (!parser.positionalArguments().isEmpty()) {
        printError(CliText::tr("Wrong number of arguments.") + u'\n' + parser.helpText());
        return ExitUsage;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0) {
        printError(CliText::tr("--limit must be 0 or a positive number."));
        return ExitUsage;
    }
    AuditQuery query;
    query.desk = parser.value(QStringLiteral("desk")).trimmed();
    for (const QString &a : parser.value(QStringLiteral("action")).split(u',', Qt::SkipEmptyParts))
        query.actions << a.trimmed();
    // --profile names the profile as the rows recorded it (also one removed since).
    query.profileName = options.profile.trimmed();
    options.profile.clear(); // a filter here, not the account to use
    const qint64 nowSecs = SystemClock::instance().nowMs() / 1000;
    for (const char *name : {"since", "until"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const auto secs = CallsCommand::parseSince(parser.value(option), nowSecs);
        if (!secs) {
            printError(CliText::tr("--%1: cannot read \"%2\"; use \"2026-12-02 10:00\", epoch "
                                   "seconds or an age such as 30m, 2h, 7d.")
                           .arg(option, parser.value(option)));
            return ExitUsage;
        }
        if (option == QLatin1StringView("since"))
            query.fromMs = *secs * 1000;
        else // the whole last second counts
            query.toMs = *secs * 1000 + 999;
    }
    query.limit = limit;

    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, false, &exitCode))
        return exitCode;
    Ledger &ledger = session.ledger();
    const QList<AuditEntry> rows = ledger.log().auditEntries(query);
    if (rows.isEmpty() && !ledger.lastError().isEmpty() && ledger.log().auditCount({}) < 0) {
        printError(ledger.lastError());
        return ExitPlatformError;
    }
    if (options.json) {
        QJsonArray out;
        for (const AuditEntry &e : rows) {
            QJsonObject o{{QStringLiteral("id"), e.id},
                          {QStringLiteral("at"), e.at},
                          {QStringLiteral("time"),
                           QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODateWithMs)},
                          {QStringLiteral("desk"), e.desk},
                          {QStringLiteral("profile"), e.profileName},
                          {QStringLiteral("action"), e.action},
                          {QStringLiteral("detail"), AuditModel::maskedDetail(e.detail)},
                          {QStringLiteral("program"), e.actor}};
            o.insert(QStringLiteral("profileId"),
                     e.profileId ? QJsonValue(*e.profileId) : QJsonValue());
            out.append(o);
        }
        printJson({{QStringLiteral("audit"), out}});
        return ExitOk;
    }
    printLine(CliText::tr("time\tdesk\tprofile\taction\tdetail\tprogram"));
    for (const AuditEntry &e : rows) {
        printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                      .arg(QDateTime::fromMSecsSinceEpoch(e.at).toString(
                               QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           e.desk.isEmpty() ? QStringLiteral("-") : e.desk,
                           e.profileName.isEmpty() ? QStringLiteral("-") : e.profileName, e.action,
                           AuditModel::maskedDetail(e.detail), e.actor));
    }
    return ExitOk;
}

} // namespace pn::cli

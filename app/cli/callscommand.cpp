#include "cli/callscommand.h"

#include "callbacks/callstore.h"
#include "cli/clisession.h"
#include "cli/signcommand.h"
#include "core/callresultcatalog.h"
#include "core/clock.h"
#include "core/phonemask.h"
#include "ledger/ledger.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace pn::cli {

namespace {

QString secsText(std::optional<qint64> secs)
{
    if (!secs || *secs <= 0)
        return QStringLiteral("-");
    return localDateTimeText(*secs * 1000);
}

} // namespace

std::optional<qint64> CallsCommand::parseSince(const QString &text, qint64 nowSecs)
{
    const QString t = text.trimmed();
    static const QRegularExpression age(QStringLiteral("^(\\d+)\\s*([smhd])$"));
    if (const auto m = age.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
        return nowSecs - n * factor;
    }
    bool ok = false;
    const qint64 epoch = t.toLongLong(&ok);
    if (ok && epoch >= 0)
        return epoch;
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
          QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
          QStringLiteral("yyyy-MM-dd")}) {
        const QDateTime at = QDateTime::fromString(t, format);
        if (at.isValid())
            return at.toSecsSinceEpoch();
    }
    return std::nullopt;
}

int CallsCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("List the call records (CDRs) in the ledger, "
                                                 "newest first; numbers masked unless --reveal."));
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("subid"), CliText::tr("Only the calls of this binding (or transfer)."),
         QStringLiteral("S")},
        {QStringLiteral("since"),
         CliText::tr("Only calls that began at or after TIME: \"2026-12-02 10:00\", epoch "
                     "seconds, or an age such as 30m, 2h, 7d."),
         QStringLiteral("TIME")},
        {QStringLiteral("result"),
         CliText::tr("Only calls with this result: answered or a code such as 17."),
         QStringLiteral("CODE")},
        {QStringLiteral("limit"), CliText::tr("At most N calls (default 100)."),
         QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("reveal"),
         CliText::tr("Show the real numbers (written to the audit log).")},
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
    if (!ok || limit < 1) {
        printError(CliText::tr("--limit must be a positive number."));
        return ExitUsage;
    }
    CallFilter filter;
    filter.subid = parser.value(QStringLiteral("subid")).trimmed();
    if (parser.isSet(QStringLiteral("since"))) {
        const auto since = parseSince(parser.value(QStringLiteral("since")),
                                      SystemClock::instance().nowMs() / 1000);
        if (!since) {
            printError(CliText::tr("--since: cannot read \"%1\"; use \"2026-12-02 10:00\", epoch "
                                   "seconds or an age such as 30m, 2h, 7d.")
                           .arg(parser.value(QStringLiteral("since"))));
            return ExitUsage;
        }
        filter.fromSecs = *since;
    }
    const QString result = parser.value(QStringLiteral("result")).trimmed();
    const bool reveal = parser.isSet(QStringLiteral("reveal"));

    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, false, &exitCode))
        return exitCode;
    CallStore store(session.ledger()); // on the run's own ledger connection
    QString error;
    if (!store.open(&error)) {
        printError(error);
        return ExitUsage;
    }
    // The result filter is applied here, so the limit still counts matching calls.
    filter.limit = result.isEmpty() ? limit : 1'000'000;
    QList<CdrRecord> calls = store.calls(filter);
    if (!result.isEmpty()) {
        QList<CdrRecord> matching;
        for (const CdrRecord &c : std::as_const(calls)) {
            if (c.result.compare(result, Qt::CaseInsensitive) == 0 && matching.size() < limit)
                matching << c;
        }
        calls = matching;
    }
    if (reveal) {
        session.ledger().log().appendAudit(
            std::nullopt, QStringLiteral("pnctl"), QStringLiteral("reveal"),
            QStringLiteral("pnctl calls --reveal: %1 call record(s)%2")
                .arg(calls.size())
                .arg(filter.subid.isEmpty() ? QString()
                                            : QStringLiteral(", subid %1").arg(filter.subid)));
    }
    const auto number = [reveal](const QString &n) { return reveal ? n : maskNumber(n); };
    QJsonArray rows;
    if (!options.json)
        printLine(CliText::tr("began\tsubid\tX\tcaller\tcallee\tresult\ttalk time"));
    for (const CdrRecord &c : std::as_const(calls)) {
        if (options.json) {
            QJsonObject o{{QStringLiteral("taskid"), c.taskid},
                          {QStringLiteral("subid"), c.subid},
                          {QStringLiteral("appid"), c.appid},
                          {QStringLiteral("x"), c.rcaller},
                          {QStringLiteral("caller"), number(c.caller)},
                          {QStringLiteral("callee"), number(c.callee)},
                          {QStringLiteral("result"), c.result},
                          {QStringLiteral("resultText"), CallResultCatalog::text(c.result)},
                          {QStringLiteral("beginTime"), c.beginTime},
                          {QStringLiteral("duration"), c.duration},
                          {QStringLiteral("releasedir"), c.releasedir},
                          {QStringLiteral("recording"), c.recording},
                          {QStringLiteral("userData"), c.userData}};
            if (c.ringTime)
                o.insert(QStringLiteral("ringTime"), *c.ringTime);
            if (c.answerTime)
                o.insert(QStringLiteral("answerTime"), *c.answerTime);
            if (c.releaseTime)
                o.insert(QStringLiteral("releaseTime"), *c.releaseTime);
            rows.append(o);
            continue;
        }
        printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                      .arg(secsText(c.beginTime), c.subid, c.rcaller, number(c.caller),
                           number(c.callee), CallResultCatalog::describe(c.result),
                           CliText::tr("%1 s").arg(c.duration)));
    }
    if (options.json)
        printJson({{QStringLiteral("calls"), rows}});
    return ExitOk;
}

} // namespace pn::cli

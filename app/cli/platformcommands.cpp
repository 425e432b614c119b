#include "cli/platformcommands.h"

#include "cli/clisession.h"
#include "cli/retentioncommand.h"
#include "cli/signcommand.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace pn::cli {

namespace {

// Parses a command's own options plus the global ones. Returns -1 to go on, else an exit code.
int parse(QCommandLineParser &parser, const QStringList &arguments, GlobalOptions &options,
          const QString &description, int positionals)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    options.mergeFrom(parser);
    if (positionals >= 0 && parser.positionalArguments().size() != positionals) {
        printError(CliText::tr("Wrong number of arguments.") + u'\n' + parser.helpText());
        return ExitUsage;
    }
    return -1;
}

QString formatTime(std::optional<qint64> ms)
{
    return ms ? localDateTimeText(ms) : CliText::tr("never");
}

QJsonObject bindingJson(const BindingRecord &b, qint64 nowMs)
{
    QJsonObject o{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("reqid"), b.request.reqid},
        {QStringLiteral("subid"), b.subid},
        {QStringLiteral("appid"), b.request.appid},
        {QStringLiteral("x"), b.request.x},
        {QStringLiteral("anum"), b.request.anum},
        {QStringLiteral("bnum"), b.request.bnum},
        {QStringLiteral("ttl"), b.request.ttl},
        {QStringLiteral("record"), b.request.record},
        {QStringLiteral("display"), b.request.display},
        {QStringLiteral("userData"), b.request.userData},
        {QStringLiteral("state"), RecordStates::toSql(b.state)},
        {QStringLiteral("createdAt"), b.createdAt},
        {QStringLiteral("lastError"), b.lastError},
    };
    if (b.expiresAt) {
        o.insert(QStringLiteral("expiresAt"), *b.expiresAt);
        o.insert(QStringLiteral("secondsLeft"), qMax<qint64>(0, (*b.expiresAt - nowMs) / 1000));
    }
    if (b.releasedAt)
        o.insert(QStringLiteral("releasedAt"), *b.releasedAt);
    return o;
}

QJsonObject transferJson(const TransferRecord &t)
{
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("reqid"), t.request.reqid},
        {QStringLiteral("appid"), t.request.appid},
        {QStringLiteral("x"), t.request.x},
        {QStringLiteral("anum"), t.request.anum},
        {QStringLiteral("ttl"), t.request.ttl},
        {QStringLiteral("state"), RecordStates::toSql(t.state)},
        {QStringLiteral("createdAt"), t.createdAt},
        {QStringLiteral("lastError"), t.lastError},
    };
    if (t.expiresAt)
        o.insert(QStringLiteral("expiresAt"), *t.expiresAt);
    return o;
}

QJsonObject outcomeJson(const ServiceOutcome &o)
{
    static const char *kinds[] = {"created", "released", "already_gone", "failed", "unknown"};
    QJsonObject j{
        {QStringLiteral("ok"), o.ok()},
        {QStringLiteral("outcome"), QLatin1StringView(kinds[int(o.kind)])},
        {QStringLiteral("id"), o.id},
        {QStringLiteral("httpStatus"), o.result.httpStatus},
        {QStringLiteral("attempts"), o.result.attempts},
    };
    if (!o.subid.isEmpty())
        j.insert(QStringLiteral("subid"), o.subid);
    if (o.result.errorCode)
        j.insert(QStringLiteral("error"), *o.result.errorCode);
    if (!o.ok())
        j.insert(QStringLiteral("message"), o.message);
    if (o.settledElsewhere) {
        j.insert(QStringLiteral("settledElsewhere"), true);
        if (!o.releasedBy.isEmpty())
            j.insert(QStringLiteral("releasedBy"), o.releasedBy);
    }
    return j;
}

int outcomeExitCode(const ServiceOutcome &o)
{
    if (o.ok())
        return ExitOk;
    return exitCodeFor(o.result);
}

// Sends one service operation and waits for its outcome.
int await(const std::function<bool(BindingService::Done, QString *)> &send, ServiceOutcome *out)
{
    QString error;
    int code = runAsync([&](std::function<void(int)> finish) {
        const bool started = send(
            [out, finish](const ServiceOutcome &o) {
                *out = o;
                finish(outcomeExitCode(o));
            },
            &error);
        if (!started)
            finish(-1);
    });
    if (code == -1) {
        printError(error);
        return ExitUsage;
    }
    return code;
}

} // namespace

int StatusCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    if (int rc = parse(parser, arguments, options, CliText::tr("Show the account's state."), 0);
        rc >= 0)
        return rc;
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, true, &exitCode))
        return exitCode;
    session.reconcile();
    PlatformResult result;
    exitCode = runAsync([&](std::function<void(int)> finish) {
        session.client().status([&result, finish](const PlatformResult &r) {
            result = r;
            finish(exitCodeFor(r));
        });
    });
    if (!result.ok()) {
        if (options.json)
            printJson({{QStringLiteral("ok"), false}, {QStringLiteral("message"), result.message}});
        printError(result.message);
        return exitCode;
    }
    const AccountStatus &s = *result.account;
    if (options.json) {
        QJsonObject o = result.body;
        o.insert(QStringLiteral("ok"), true);
        printJson(o);
        return ExitOk;
    }
    static const char *states[] = {
        QT_TRANSLATE_NOOP("CliText", "trial"), QT_TRANSLATE_NOOP("CliText", "active"),
        QT_TRANSLATE_NOOP("CliText", "suspended"), QT_TRANSLATE_NOOP("CliText", "closed")};
    const QLocale locale;
    printLine(CliText::tr("State: %1")
                  .arg(s.state && *s.state >= 0 && *s.state <= 3 ? CliText::tr(states[*s.state])
                                                                 : CliText::tr("unknown")));
    if (!s.role.isEmpty())
        printLine(CliText::tr("Role: %1").arg(s.role));
    if (s.balance)
        printLine(CliText::tr("Balance: %1 yuan").arg(locale.toString(*s.balance, 'f', 2)));
    if (s.overdraft)
        printLine(
            CliText::tr("Overdraft limit: %1 yuan").arg(locale.toString(*s.overdraft, 'f', 2)));
    return ExitOk;
}

int BindCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("X"), CliText::tr("Privacy number X."));
    parser.addPositionalArgument(QStringLiteral("A"), CliText::tr("Number A."));
    parser.addPositionalArgument(QStringLiteral("B"), CliText::tr("Number B."));
    parser.addOptions({
        {QStringLiteral("ttl"), CliText::tr("Validity in seconds."), QStringLiteral("seconds")},
        {QStringLiteral("record"), CliText::tr("Record the calls.")},
        {QStringLiteral("display"), CliText::tr("Caller display: 0,0 0,1 1,0 or 1,1."),
         QStringLiteral("a,b")},
        {QStringLiteral("anucode"), CliText::tr("Announcement codes B→X,A→X,others→X."),
         QStringLiteral("c1,c2,c3")},
        {QStringLiteral("ansanu"), CliText::tr("After-answer announcement code(s)."),
         QStringLiteral("codes")},
        {QStringLiteral("user-data"), CliText::tr("Customer data returned in call records."),
         QStringLiteral("text")},
        {QStringLiteral("reqid"), CliText::tr("Request ID (default: a new UUID)."),
         QStringLiteral("id")},
    });
    if (int rc = parse(parser, arguments, options, CliText::tr("Create an AXB binding."), 3);
        rc >= 0)
        return rc;
    bool ok = false;
    const qint64 ttl = parser.value(QStringLiteral("ttl")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("ttl")) || !ok) {
        printError(CliText::tr("bind needs --ttl SECONDS."));
        return ExitUsage;
    }
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, true, &exitCode))
        return exitCode;
    session.reconcile();
    const QStringList pos = parser.positionalArguments();
    BindingRequest request;
    request.appid = session.setup().appid;
    request.x = pos.at(0);
    request.anum = pos.at(1);
    request.bnum = pos.at(2);
    request.ttl = ttl;
    request.record = parser.isSet(QStringLiteral("record")) ? 1 : 0;
    request.display = parser.value(QStringLiteral("display"));
    request.anucode = parser.value(QStringLiteral("anucode"));
    request.ansanu = parser.value(QStringLiteral("ansanu"));
    request.userData = parser.value(QStringLiteral("user-data"));
    request.reqid = parser.value(QStringLiteral("reqid"));
    ServiceOutcome outcome;
    exitCode = await(
        [&](BindingService::Done done, QString *error) {
            return session.service().createBinding(request, done, error).has_value();
        },
        &outcome);
    if (outcome.id == 0)
        return exitCode;
    const auto record = session.ledger().bindings().bindingById(outcome.id);
    if (options.json) {
        QJsonObject j = outcomeJson(outcome);
        if (record)
            j.insert(QStringLiteral("binding"), bindingJson(*record, cliClock().nowMs()));
        printJson(j);
    }
    if (outcome.ok() && record) {
        if (!options.json)
            printLine(CliText::tr("Binding created: subid %1 (X %2, A %3, B %4), expires %5.")
                          .arg(record->subid, record->request.x, record->request.anum,
                               record->request.bnum, formatTime(record->expiresAt)));
    } else {
        printError(outcome.message);
    }
    return exitCode;
}

int ReleaseCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SUBID"), CliText::tr("The binding's subid."));
    if (int rc = parse(parser, arguments, options, CliText::tr("Release an AXB binding."), 1);
        rc >= 0)
        return rc;
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, true, &exitCode))
        return exitCode;
    session.reconcile();
    const QString subid = parser.positionalArguments().at(0);
    ServiceOutcome outcome;
    const auto record = session.ledger().bindings().bindingBySubid(subid);
    if (record) {
        // Also when another desk released it, or is releasing it right now: then nothing is
        // sent and the outcome says by whom ("released by anna@desk2"), exit 0.
        exitCode = await(
            [&](BindingService::Done done, QString *error) {
                return session.service().releaseBinding(record->id, done, error);
            },
            &outcome);
        if (outcome.id == 0)
            return exitCode;
    } else {
        // Not in this ledger (made elsewhere): release it all the same.
        const QString appid = session.setup().appid;
        exitCode = runAsync([&](std::function<void(int)> finish) {
            session.client().release(appid, subid, [&outcome, finish](const PlatformResult &r) {
                outcome.result = r;
                outcome.message = r.message;
                outcome.kind = r.ok()                ? ServiceOutcome::Kind::Released
                               : r.errorCode == 1300 ? ServiceOutcome::Kind::AlreadyGone
                                                     : ServiceOutcome::Kind::Failed;
                finish(outcomeExitCode(outcome));
            });
        });
        outcome.subid = subid;
    }
    if (options.json)
        printJson(outcomeJson(outcome));
    if (outcome.kind == ServiceOutcome::Kind::Released) {
        if (!options.json)
            printLine(outcome.settledElsewhere && !outcome.message.isEmpty()
                          ? outcome.message
                          : CliText::tr("Binding %1 released.").arg(subid));
    } else if (outcome.kind == ServiceOutcome::Kind::AlreadyGone) {
        if (!options.json)
            printLine(outcome.message.isEmpty()
                          ? CliText::tr("Binding %1 was already gone.").arg(subid)
                          : outcome.message);
    } else {
        printError(outcome.message);
    }
    return exitCode;
}

int TransferCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("X"), CliText::tr("Privacy number X."));
    parser.addPositionalArgument(QStringLiteral("A"), CliText::tr("Number A."));
    parser.addOptions({
        {QStringLiteral("ttl"), CliText::tr("Validity in seconds (0 = forever)."),
         QStringLiteral("seconds"), QStringLiteral("0")},
        {QStringLiteral("record"), CliText::tr("Record the calls.")},
        {QStringLiteral("display"), CliText::tr("0 show X, 1 show the real caller."),
         QStringLiteral("0|1"), QStringLiteral("0")},
        {QStringLiteral("anucode"), CliText::tr("Incoming-call announcement code."),
         QStringLiteral("code")},
        {QStringLiteral("user-data"), CliText::tr("Customer data returned in call records."),
         QStringLiteral("text")},
        {QStringLiteral("reqid"), CliText::tr("Request ID (default: a new UUID)."),
         QStringLiteral("id")},
    });
    if (int rc = parse(parser, arguments, options, CliText::tr("Create an XA transfer."), 2);
        rc >= 0)
        return rc;
    bool ttlOk = false;
    bool displayOk = false;
    TransferRequest request;
    request.ttl = parser.value(QStringLiteral("ttl")).toLongLong(&ttlOk);
    request.display = parser.value(QStringLiteral("display")).toInt(&displayOk);
    if (!ttlOk || !displayOk) {
        printError(CliText::tr("--ttl and --display must be numbers."));
        return ExitUsage;
    }
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, true, &exitCode))
        return exitCode;
    session.reconcile();
    request.appid = session.setup().appid;
    request.x = parser.positionalArguments().at(0);
    request.anum = parser.positionalArguments().at(1);
    request.record = parser.isSet(QStringLiteral("record")) ? 1 : 0;
    request.anucode = parser.value(QStringLiteral("anucode"));
    request.userData = parser.value(QStringLiteral("user-data"));
    request.reqid = parser.value(QStringLiteral("reqid"));
    ServiceOutcome outcome;
    exitCode = await(
        [&](BindingService::Done done, QString *error) {
            return session.service().createTransfer(request, done, error).has_value();
        },
        &outcome);
    if (outcome.id == 0)
        return exitCode;
    if (options.json) {
        QJsonObject j = outcomeJson(outcome);
        if (const auto t = session.ledger().transfers().transferById(outcome.id))
            j.insert(QStringLiteral("transfer"), transferJson(*t));
        printJson(j);
    }
    if (outcome.ok()) {
        if (!options.json)
            printLine(CliText::tr("Transfer created: calls to %1 go to %2.")
                          .arg(request.x, request.anum));
    } else {
        printError(outcome.message);
    }
    return exitCode;
}

int UntransferCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("X"), CliText::tr("Privacy number X."));
    if (int rc = parse(parser, arguments, options, CliText::tr("Release an XA transfer."), 1);
        rc >= 0)
        return rc;
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, true, &exitCode))
        return exitCode;
    session.reconcile();
    const QString x = parser.positionalArguments().at(0);
    const QString appid = session.setup().appid;
    ServiceOutcome outcome;
    if (const auto t = session.ledger().transfers().activeTransfer(appid, x)) {
        exitCode = await(
            [&](BindingService::Done done, QString *error) {
                return session.service().releaseTransfer(t->id, done, error);
            },
            &outcome);
        if (outcome.id == 0)
            return exitCode;
    } else {
        exitCode = runAsync([&](std::function<void(int)> finish) {
            session.client().releaseTransfer(appid, x, [&outcome, finish](const PlatformResult &r) {
                outcome.result = r;
                outcome.message = r.message;
                outcome.kind = r.ok()                ? ServiceOutcome::Kind::Released
                               : r.errorCode == 1300 ? ServiceOutcome::Kind::AlreadyGone
                                                     : ServiceOutcome::Kind::Failed;
                finish(outcomeExitCode(outcome));
            });
        });
    }
    if (options.json)
        printJson(outcomeJson(outcome));
    if (outcome.kind == ServiceOutcome::Kind::Released ||
        outcome.kind == ServiceOutcome::Kind::AlreadyGone) {
        if (!options.json)
            printLine(outcome.settledElsewhere && !outcome.message.isEmpty()
                          ? outcome.message
                          : CliText::tr("Transfer on %1 released.").arg(x));
    } else {
        printError(outcome.message);
    }
    return exitCode;
}

int ListCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("state"),
         CliText::tr("active (default), all, pending, released, expired or failed."),
         QStringLiteral("state"), QStringLiteral("active")},
        {QStringLiteral("find"), CliText::tr("Only rows whose X, A, B or subid contain this."),
         QStringLiteral("number")},
        {QStringLiteral("transfers"), CliText::tr("List XA transfers instead of bindings.")},
    });
    if (int rc = parse(parser, arguments, options,
                       CliText::tr("List the bindings the ledger knows."), 0);
        rc >= 0)
        return rc;
    QList<RecordState> states;
    const QString state = parser.value(QStringLiteral("state"));
    if (state != QLatin1StringView("all")) {
        const auto s = RecordStates::fromSql(state);
        if (!s) {
            printError(CliText::tr("Unknown state \"%1\".").arg(state));
            return ExitUsage;
        }
        states << *s;
    }
    const bool withAccount = !options.profile.isEmpty() || !options.baseUrl.isEmpty();
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, withAccount, &exitCode))
        return exitCode;
    session.reconcile();
    session.ledger().bindings().sweepExpiredBindings();
    session.ledger().transfers().sweepExpiredTransfers();
    const std::optional<qint64> profile =
        session.hasClient() ? std::optional<qint64>(session.setup().profileId) : std::nullopt;
    const qint64 now = cliClock().nowMs();
    if (parser.isSet(QStringLiteral("transfers"))) {
        QJsonArray rows;
        if (!options.json)
            printLine(CliText::tr("X\tA\tstate\texpires"));
        for (const TransferRecord &t : session.ledger().transfers().list(profile, states)) {
            if (options.json)
                rows.append(transferJson(t));
            else
                printLine(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(t.request.x, t.request.anum, RecordStates::displayName(t.state),
                                   formatTime(t.expiresAt)));
        }
        if (options.json)
            printJson({{QStringLiteral("transfers"), rows}});
        return ExitOk;
    }
    BindingQuery query;
    query.profileId = profile;
    query.states = states;
    query.number = parser.value(QStringLiteral("find"));
    if (!query.number.isEmpty())
        loadHashKeyForSearch(session.ledger(), query.number);
    QJsonArray rows;
    if (!options.json)
        printLine(CliText::tr("subid\tX\tA\tB\tstate\texpires\ttime left"));
    for (const BindingRecord &b : session.ledger().bindings().list(query)) {
        if (options.json) {
            rows.append(bindingJson(b, now));
            continue;
        }
        const QString left =
            b.isLiveAt(now) ? CliText::tr("%1 s left").arg((*b.expiresAt - now) / 1000) : QString();
        printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                      .arg(b.subid.isEmpty() ? QStringLiteral("-") : b.subid, b.request.x,
                           b.request.anum, b.request.bnum, RecordStates::displayName(b.state),
                           formatTime(b.expiresAt), left));
    }
    if (options.json)
        printJson({{QStringLiteral("bindings"), rows}});
    return ExitOk;
}

int LogCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), CliText::tr("How many entries (default 20)."),
                      QStringLiteral("n"), QStringLiteral("20")});
    if (int rc = parse(parser, arguments, options, CliText::tr("Show the request log."), 0);
        rc >= 0)
        return rc;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        printError(CliText::tr("--limit must be a positive number."));
        return ExitUsage;
    }
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, false, &exitCode))
        return exitCode;
    QJsonArray rows;
    for (const RequestLogEntry &e : session.ledger().log().requestLog(limit)) {
        if (options.json) {
            QJsonObject o{
                {QStringLiteral("at"), e.at},          {QStringLiteral("method"), e.method},
                {QStringLiteral("path"), e.path},      {QStringLiteral("reqid"), e.reqid},
                {QStringLiteral("params"), e.params},  {QStringLiteral("httpStatus"), e.httpStatus},
                {QStringLiteral("reason"), e.reason},  {QStringLiteral("latencyMs"), e.latencyMs},
                {QStringLiteral("attempt"), e.attempt}};
            if (e.errorCode)
                o.insert(QStringLiteral("error"), *e.errorCode);
            rows.append(o);
            continue;
        }
        printLine(QStringLiteral("%1\t%2 %3\t%4\tHTTP %5\t%6\t%7 ms\t#%8\t%9")
                      .arg(formatTime(e.at), e.method, e.path, e.reqid)
                      .arg(e.httpStatus)
                      .arg(e.errorCode ? QString::number(*e.errorCode) : QStringLiteral("-"))
                      .arg(e.latencyMs)
                      .arg(e.attempt)
                      .arg(e.reason));
    }
    if (options.json)
        printJson({{QStringLiteral("log"), rows}});
    return ExitOk;
}

} // namespace pn::cli

#include "cli/exportcommand.h"

#include "cli/clisession.h"
#include "cli/signcommand.h"
#include "core/clock.h"
#include "core/csvreader.h"
#include "core/phonemask.h"
#include "core/privatefiles.h"
#include "ledger/ledger.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace pn::cli {

namespace {

class ExportText final
{
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

// "2026-12-01", "2026-12-01 08:30", "2026-12-01T08:30:00" (local time) or epoch milliseconds.
std::optional<qint64> parseTime(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms;
    for (const char *format : {"yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
                               "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"}) {
        const QDateTime t = QDateTime::fromString(text.trimmed(), QString::fromLatin1(format));
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

QString number(const QString &n, bool reveal)
{
    return reveal ? n : maskNumber(n);
}

// A request log line's form parameters with the real numbers in them masked.
QString maskedParams(const QString &params, bool reveal)
{
    if (reveal || params.isEmpty())
        return params;
    QUrlQuery form(params);
    QList<std::pair<QString, QString>> items = form.queryItems(QUrl::FullyDecoded);
    for (auto &[key, value] : items) {
        if (key == QLatin1StringView("anum") || key == QLatin1StringView("bnum") ||
            key == QLatin1StringView("caller") || key == QLatin1StringView("callee"))
            value = maskNumber(value);
    }
    QUrlQuery out;
    out.setQueryItems(items);
    return out.toString(QUrl::FullyEncoded);
}

QString optionalTime(const QVariant &v, qint64 scale)
{
    return v.isNull() ? QString() : localDateTimeText(v.toLongLong() * scale);
}

} // namespace

int ExportCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportText::tr(
        "Write the ledger's bindings, transfers, call records or request log to a CSV file "
        "(UTF-8 with BOM). Real numbers are masked unless --reveal is given; a reveal is "
        "written to the audit log."));
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(QStringLiteral("what"),
                                 ExportText::tr("bindings, transfers, calls or requests."));
    parser.addOptions({
        {QStringLiteral("out"), ExportText::tr("The CSV file to write."), QStringLiteral("file")},
        {QStringLiteral("state"),
         ExportText::tr("bindings and transfers: pending, active, released, expired or "
                        "failed; calls: a result such as answered; requests: ok or an error "
                        "code."),
         QStringLiteral("state")},
        {QStringLiteral("since"),
         ExportText::tr("From this time on (YYYY-MM-DD[ HH:MM[:SS]], local time)."),
         QStringLiteral("time")},
        {QStringLiteral("until"), ExportText::tr("Before this time."), QStringLiteral("time")},
        {QStringLiteral("reveal"), ExportText::tr("Write the real numbers unmasked (audited).")},
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
    const QStringList pos = parser.positionalArguments();
    const QString what = pos.value(0);
    const bool isBindings = what == QLatin1StringView("bindings");
    const bool isTransfers = what == QLatin1StringView("transfers");
    const bool isCalls = what == QLatin1StringView("calls");
    const bool isRequests = what == QLatin1StringView("requests");
    if (pos.size() != 1 || !(isBindings || isTransfers || isCalls || isRequests)) {
        printError(ExportText::tr("Use: export bindings|transfers|calls|requests --out FILE.csv.") +
                   u'\n' + parser.helpText());
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(ExportText::tr("export needs --out FILE.csv."));
        return ExitUsage;
    }
    std::optional<qint64> since;
    std::optional<qint64> until;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("since"), &since}, std::pair{QStringLiteral("until"), &until}}) {
        if (!parser.isSet(name))
            continue;
        *target = parseTime(parser.value(name));
        if (!*target) {
            printError(ExportText::tr("--%1 is not a time: %2").arg(name, parser.value(name)));
            return ExitUsage;
        }
    }
    const QString state = parser.value(QStringLiteral("state"));
    if ((isBindings || isTransfers) && !state.isEmpty() && !RecordStates::fromSql(state)) {
        printError(ExportText::tr("--state must be pending, active, released, expired or "
                                  "failed."));
        return ExitUsage;
    }
    bool stateIsCode = false;
    const int stateCode = state.toInt(&stateIsCode);
    if (isRequests && !state.isEmpty() && state != QLatin1StringView("ok") && !stateIsCode) {
        printError(ExportText::tr("--state of requests must be ok or an error code such as "
                                  "1105."));
        return ExitUsage;
    }
    const bool reveal = parser.isSet(QStringLiteral("reveal"));

    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, false, &exitCode))
        return exitCode;
    Ledger &ledger = session.ledger();
    std::optional<qint64> profileId;
    if (!options.profile.isEmpty()) {
        QSqlQuery q(ledger.database());
        q.prepare(QStringLiteral("SELECT id FROM profiles WHERE name = ?"));
        q.addBindValue(options.profile);
        if (!q.exec() || !q.next()) {
            printError(ExportText::tr("There is no profile named %1.").arg(options.profile));
            return ExitUsage;
        }
        profileId = q.value(0).toLongLong();
    }

    const QString outPath = parser.value(QStringLiteral("out"));
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(ExportText::tr("Cannot write %1: %2").arg(outPath, file.errorString()));
        return ExitPlatformError;
    }
    PrivateFiles::restrict(file); // personal numbers: 0600 before the first row
    CsvWriter writer(&file);
    qint64 rows = 0;
    // Forward-only queries: the rows go to the file as they come, never all in memory.
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (isBindings) {
        writer.writeRecord(
            {QStringLiteral("x"), QStringLiteral("anum"), QStringLiteral("bnum"),
             QStringLiteral("ttl"), QStringLiteral("record"), QStringLiteral("display"),
             QStringLiteral("anucode"), QStringLiteral("ansanu"), QStringLiteral("userData"),
             QStringLiteral("appid"), QStringLiteral("reqid"), QStringLiteral("subid"),
             QStringLiteral("state"), QStringLiteral("created"), QStringLiteral("expires"),
             QStringLiteral("released")});
        if (profileId) {
            where << QStringLiteral("profile_id = ?");
            values << *profileId;
        }
        if (!state.isEmpty()) {
            where << QStringLiteral("state = ?");
            values << state;
        }
        if (since) {
            where << QStringLiteral("created_at >= ?");
            values << *since;
        }
        if (until) {
            where << QStringLiteral("created_at < ?");
            values << *until;
        }
        q.prepare(QStringLiteral("SELECT x, anum, bnum, ttl, record, display, anucode, ansanu, "
                                 "user_data, appid, reqid, subid, state, created_at, expires_at, "
                                 "released_at FROM bindings WHERE %1 ORDER BY id")
                      .arg(where.join(QStringLiteral(" AND "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next()) {
                writer.writeRecord({q.value(0).toString(), number(q.value(1).toString(), reveal),
                                    number(q.value(2).toString(), reveal), q.value(3).toString(),
                                    q.value(4).toString(), q.value(5).toString(),
                                    q.value(6).toString(), q.value(7).toString(),
                                    q.value(8).toString(), q.value(9).toString(),
                                    q.value(10).toString(), q.value(11).toString(),
                                    q.value(12).toString(), optionalTime(q.value(13), 1),
                                    optionalTime(q.value(14), 1), optionalTime(q.value(15), 1)});
                ++rows;
            }
        }
    } else if (isTransfers) {
        writer.writeRecord(
            {QStringLiteral("x"), QStringLiteral("anum"), QStringLiteral("ttl"),
             QStringLiteral("record"), QStringLiteral("display"), QStringLiteral("anucode"),
             QStringLiteral("userData"), QStringLiteral("appid"), QStringLiteral("reqid"),
             QStringLiteral("state"), QStringLiteral("created"), QStringLiteral("expires"),
             QStringLiteral("released"), QStringLiteral("error")});
        if (profileId) {
            where << QStringLiteral("profile_id = ?");
            values << *profileId;
        }
        if (!state.isEmpty()) {
            where << QStringLiteral("state = ?");
            values << state;
        }
        if (since) {
            where << QStringLiteral("created_at >= ?");
            values << *since;
        }
        if (until) {
            where << QStringLiteral("created_at < ?");
            values << *until;
        }
        q.prepare(QStringLiteral("SELECT x, anum, ttl, record, display, anucode, user_data, "
                                 "appid, reqid, state, created_at, expires_at, released_at, "
                                 "last_error FROM transfers WHERE %1 ORDER BY id")
                      .arg(where.join(QStringLiteral(" AND "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next()) {
                writer.writeRecord({q.value(0).toString(), number(q.value(1).toString(), reveal),
                                    q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), q.value(5).toString(),
                                    q.value(6).toString(), q.value(7).toString(),
                                    q.value(8).toString(), q.value(9).toString(),
                                    optionalTime(q.value(10), 1), optionalTime(q.value(11), 1),
                                    optionalTime(q.value(12), 1), q.value(13).toString()});
                ++rows;
            }
        }
    } else if (isRequests) {
        // The parameters' numbers are masked; the platform's raw answer only with --reveal
        // (a query's answer carries real numbers).
        writer.writeRecord({QStringLiteral("time"), QStringLiteral("method"),
                            QStringLiteral("path"), QStringLiteral("reqid"), QStringLiteral("http"),
                            QStringLiteral("error"), QStringLiteral("reason"),
                            QStringLiteral("latencyMs"), QStringLiteral("attempt"),
                            QStringLiteral("params"), QStringLiteral("response")});
        if (profileId) {
            where << QStringLiteral("profile_id = ?");
            values << *profileId;
        }
        if (state == QLatin1StringView("ok"))
            where << QStringLiteral("(error_code IS NULL OR error_code = 0) AND http_status = 200");
        else if (stateIsCode) {
            where << QStringLiteral("error_code = ?");
            values << stateCode;
        }
        if (since) {
            where << QStringLiteral("at >= ?");
            values << *since;
        }
        if (until) {
            where << QStringLiteral("at < ?");
            values << *until;
        }
        q.prepare(QStringLiteral("SELECT at, method, path, reqid, http_status, error_code, "
                                 "reason, latency_ms, attempt, params, response FROM request_log "
                                 "WHERE %1 ORDER BY id")
                      .arg(where.join(QStringLiteral(" AND "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next()) {
                writer.writeRecord({QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong())
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                    q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString(),
                                    q.value(5).toString(), q.value(6).toString(),
                                    q.value(7).toString(), q.value(8).toString(),
                                    maskedParams(q.value(9).toString(), reveal),
                                    reveal ? q.value(10).toString() : QString()});
                ++rows;
            }
        }
    } else {
        writer.writeRecord(
            {QStringLiteral("taskid"), QStringLiteral("subid"), QStringLiteral("caller"),
             QStringLiteral("rcaller"), QStringLiteral("callee"), QStringLiteral("result"),
             QStringLiteral("beginTime"), QStringLiteral("ringTime"), QStringLiteral("answerTime"),
             QStringLiteral("releaseTime"), QStringLiteral("duration"), QStringLiteral("recording"),
             QStringLiteral("userData"), QStringLiteral("releasedir"), QStringLiteral("appid")});
        if (profileId) {
            where << QStringLiteral("profile_id = ?");
            values << *profileId;
        }
        if (!state.isEmpty()) {
            where << QStringLiteral("result = ?");
            values << state;
        }
        if (since) {
            where << QStringLiteral("begin_time >= ?");
            values << *since / 1000;
        }
        if (until) {
            where << QStringLiteral("begin_time < ?");
            values << *until / 1000;
        }
        q.prepare(QStringLiteral("SELECT taskid, subid, caller, rcaller, callee, result, "
                                 "begin_time, ring_time, answer_time, release_time, duration, "
                                 "recording, user_data, releasedir, appid FROM calls WHERE %1 "
                                 "ORDER BY begin_time, id")
                      .arg(where.join(QStringLiteral(" AND "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next()) {
                writer.writeRecord({q.value(0).toString(), q.value(1).toString(),
                                    number(q.value(2).toString(), reveal), q.value(3).toString(),
                                    number(q.value(4).toString(), reveal), q.value(5).toString(),
                                    optionalTime(q.value(6), 1000), optionalTime(q.value(7), 1000),
                                    optionalTime(q.value(8), 1000), optionalTime(q.value(9), 1000),
                                    q.value(10).toString(), q.value(11).toString(),
                                    q.value(12).toString(), q.value(13).toString(),
                                    q.value(14).toString()});
                ++rows;
            }
        }
    }
    if (q.lastError().isValid()) {
        printError(ExportText::tr("Cannot read the ledger: %1").arg(q.lastError().text()));
        file.cancelWriting();
        return ExitPlatformError;
    }
    if (!file.commit()) {
        printError(ExportText::tr("Cannot write %1: %2").arg(outPath, file.errorString()));
        return ExitPlatformError;
    }
    if (reveal)
        ledger.log().appendAudit(
            profileId, QStringLiteral("pnctl"), QStringLiteral("export-reveal"),
            QStringLiteral("%1 rows of %2 unmasked to %3").arg(rows).arg(what, outPath));
    if (options.json)
        printJson(QJsonObject{{QStringLiteral("rows"), rows},
                              {QStringLiteral("out"), outPath},
                              {QStringLiteral("masked"), !reveal}});
    else
        printError(ExportText::tr("%1 rows written to %2%3.")
                       .arg(rows)
                       .arg(outPath,
                            reveal ? ExportText::tr(" with the real numbers (recorded in the audit "
                                                    "log)")
                                   : ExportText::tr(", real numbers masked")));
    return ExitOk;
}

} // namespace pn::cli

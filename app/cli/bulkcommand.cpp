#include "cli/bulkcommand.h"

#include "cli/clisession.h"
#include "cli/signcommand.h"
#include "core/clock.h"
#include "session/bulkrunner.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

namespace pn::cli {

namespace {

class BulkText final
{
    Q_DECLARE_TR_FUNCTIONS(BulkText)
};

QString kindWord(BulkJob::Kind kind)
{
    return BulkJob::kindToSql(kind);
}

QJsonObject jobJson(const BulkJob &j)
{
    return QJsonObject{{QStringLiteral("id"), j.id},
                       {QStringLiteral("profileId"), j.profileId},
                       {QStringLiteral("kind"), kindWord(j.kind)},
                       {QStringLiteral("file"), j.filePath},
                       {QStringLiteral("sha256"), j.fileHash},
                       {QStringLiteral("out"), j.outPath},
                       {QStringLiteral("encoding"), j.encoding},
                       {QStringLiteral("rows"), j.rowCount},
                       {QStringLiteral("state"), BulkJob::stateToSql(j.state)},
                       {QStringLiteral("done"), j.done},
                       {QStringLiteral("refused"), j.refused},
                       {QStringLiteral("invalid"), j.invalid},
                       {QStringLiteral("pending"), j.queued},
                       {QStringLiteral("createdAt"), j.createdAt},
                       {QStringLiteral("updatedAt"), j.updatedAt}};
}

QJsonObject progressJson(const BulkProgress &p)
{
    return QJsonObject{
        {QStringLiteral("rows"), p.total},      {QStringLiteral("done"), p.done},
        {QStringLiteral("refused"), p.refused}, {QStringLiteral("invalid"), p.invalid},
        {QStringLiteral("pending"), p.pending}, {QStringLiteral("rowsPerSecond"), p.rowsPerSecond}};
}

int listJobs(const GlobalOptions &options)
{
    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, false, &exitCode))
        return exitCode;
    const QList<BulkJob> jobs = BulkJobStore(session.ledger()).jobs();
    if (options.json) {
        for (const BulkJob &j : jobs)
            printJson(jobJson(j));
        return ExitOk;
    }
    printLine(BulkText::tr("ID    KIND     STATE      DONE/ROWS  REFUSED  INVALID  PENDING  "
                           "UPDATED              FILE → RESULT"));
    for (const BulkJob &j : jobs)
        printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 → %10")
                      .arg(j.id, -5)
                      .arg(kindWord(j.kind), -8)
                      .arg(BulkJob::stateToSql(j.state), -10)
                      .arg(QStringLiteral("%1/%2").arg(j.done).arg(j.rowCount), -10)
                      .arg(j.refused, -8)
                      .arg(j.invalid, -8)
                      .arg(j.queued, -8)
                      .arg(localDateTimeText(j.updatedAt), -20)
                      .arg(j.filePath, j.outPath));
    if (jobs.isEmpty())
        printLine(BulkText::tr("No bulk jobs in the ledger."));
    return ExitOk;
}

} // namespace

int BulkCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    parser.setApplicationDescription(BulkText::tr(
        "Create (bulk bind) or release (bulk release) bindings from a CSV file, as a job in the "
        "ledger that a re-run of the same command resumes; bulk jobs lists the jobs."));
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(QStringLiteral("action"), BulkText::tr("bind, release or jobs."));
    parser.addPositionalArgument(QStringLiteral("file"), BulkText::tr("The CSV file."));
    parser.addOptions({
        {QStringLiteral("out"), BulkText::tr("The result file (input + subid,state,error,reason)."),
         QStringLiteral("file")},
        {QStringLiteral("encoding"), BulkText::tr("auto (default), utf-8 or gb18030."),
         QStringLiteral("encoding"), QStringLiteral("auto")},
        {QStringLiteral("concurrency"),
         BulkText::tr("At most this many requests in flight "
                      "(default 32)."),
         QStringLiteral("n"), QStringLiteral("32")},
        {QStringLiteral("dry-run"), BulkText::tr("Validate every row and write the result file; "
                                                 "send nothing.")},
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
    const QString action = pos.value(0);
    if (action == QLatin1StringView("jobs") && pos.size() == 1)
        return listJobs(options);
    if ((action != QLatin1StringView("bind") && action != QLatin1StringView("release")) ||
        pos.size() != 2) {
        printError(BulkText::tr("Use: bulk bind FILE.csv --out RESULT.csv, bulk release FILE.csv "
                                "--out RESULT.csv or bulk jobs.") +
                   u'\n' + parser.helpText());
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(BulkText::tr("bulk %1 needs --out RESULT.csv.").arg(action));
        return ExitUsage;
    }
    const auto encoding = CsvReader::encodingFromOption(parser.value(QStringLiteral("encoding")));
    if (!encoding) {
        printError(BulkText::tr("--encoding must be auto, utf-8 or gb18030."));
        return ExitUsage;
    }
    bool ok = false;
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 1000) {
        printError(BulkText::tr("--concurrency must be a number from 1 to 1000."));
        return ExitUsage;
    }
    BulkOptions bulk;
    bulk.kind = action == QLatin1StringView("bind") ? BulkJob::Kind::Bind : BulkJob::Kind::Release;
    bulk.inPath = pos.at(1);
    bulk.outPath = parser.value(QStringLiteral("out"));
    bulk.encoding = *encoding;
    bulk.maxConcurrency = concurrency;
    bulk.dryRun = parser.isSet(QStringLiteral("dry-run"));

    CliSession session;
    int exitCode = ExitOk;
    if (!session.open(options, true, &exitCode))
        return exitCode;
    if (!bulk.dryRun)
        session.reconcile(); // rows in doubt from a killed run learn their outcome first
    bulk.defaultAppid = session.setup().appid;
    BulkRunner runner(session.ledger(), session.service(), session.client());
    QString error;
    if (!runner.prepare(bulk, &error)) {
        printError(error);
        return ExitUsage;
    }
    const BulkInput &input = runner.input();
    if (bulk.dryRun) {
        printError(BulkText::tr("%1 rows (%2): %3 valid, %4 invalid; nothing was sent.")
                       .arg(input.rows.size())
                       .arg(CsvReader::encodingName(input.encoding))
                       .arg(input.validCount())
                       .arg(input.rows.size() - input.validCount()));
    } else if (runner.alreadyFinished()) {
        printError(BulkText::tr("Job %1 was finished before; only the result file is written.")
                       .arg(runner.job().id));
    } else if (runner.resumed()) {
        const BulkProgress p = runner.progress();
        printError(BulkText::tr("Resuming job %1: %2 of %3 rows done, %4 to send.")
                       .arg(runner.job().id)
                       .arg(p.done)
                       .arg(p.total)
                       .arg(p.pending));
    } else {
        printError(BulkText::tr("Job %1: %2 rows (%3), %4 valid, written to the ledger.")
                       .arg(runner.job().id)
                       .arg(input.rows.size())
                       .arg(CsvReader::encodingName(input.encoding))
                       .arg(input.validCount()));
    }
    QElapsedTimer sinceReport;
    sinceReport.start();
    runAsync([&](std::function<void(int)> finish) {
        QObject::connect(&runner, &BulkRunner::finished, &runner, [finish] { finish(ExitOk); });
        QObject::connect(&runner, &BulkRunner::progressChanged, &runner,
                         [&sinceReport](const BulkProgress &p) {
                             if (sinceReport.elapsed() < 5000)
                                 return;
                             sinceReport.restart();
                             printError(BulkText::tr("%1 of %2 rows done, %3 refused, %4 rows/s")
                                            .arg(p.done)
                                            .arg(p.total)
                                            .arg(p.refused)
                                            .arg(p.rowsPerSecond, 0, 'f', 0));
                         });
        runner.start();
    });
    const BulkProgress p = runner.progress();
    if (!runner.resultError().isEmpty()) {
        printError(runner.resultError());
        return ExitPlatformError;
    }
    if (options.json) {
        QJsonObject j = progressJson(p);
        j.insert(QStringLiteral("job"), runner.job().id);
        j.insert(QStringLiteral("dryRun"), bulk.dryRun);
        j.insert(QStringLiteral("out"), bulk.outPath);
        printJson(j);
    }
    if (bulk.dryRun)
        return input.validCount() == input.rows.size() ? ExitOk : ExitPlatformError;
    printError(BulkText::tr("%1 of %2 rows done, %3 refused, %4 invalid, %5 without a definite "
                            "answer yet (run the same command again). Result: %6")
                   .arg(p.done)
                   .arg(p.total)
                   .arg(p.refused)
                   .arg(p.invalid)
                   .arg(p.pending)
                   .arg(bulk.outPath));
    return runner.allDone() ? ExitOk : ExitPlatformError;
}

} // namespace pn::cli

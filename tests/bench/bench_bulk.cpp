// bench_bulk: `pnctl bulk bind` against pnsim at rate limits 20/s, 100/s and none, each next to
// the ideal (the limit) measured in the same run. The rate comes from the job's own count of
// finished rows over its sending time (pnctl --json), the wall time of the whole process
// (start-up, reading and writing the job, the result file) is shown too.
//   bench_bulk [--quick]       (--quick: fewer rows, registered with ctest; checks every row
//                               was created exactly once)

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

const QByteArray kKey = QByteArrayLiteral("bench bulk key");

struct Case
{
    double limit; // 0 = none
    int rows;
};

struct Result
{
    bool ok = false;
    int done = 0;
    double rowsPerSecond = 0;
    qint64 wallMs = 0;
    QString error;
};

QStringList xPool()
{
    QStringList xs;
    for (int i = 0; i < 50; ++i)
        xs << QStringLiteral("1720000%1").arg(i, 4, 10, QLatin1Char('0'));
    return xs;
}

Result runCase(const QTemporaryDir &dir, const Case &c, int index)
{
    Result result;
    const QString keyFile = dir.filePath(QStringLiteral("key"));
    QFile key(keyFile);
    key.open(QIODevice::WriteOnly);
    key.write(kKey);
    key.close();
    QProcess sim;
    QStringList simArgs = {
        QStringLiteral("--listen"),  QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--account"), QStringLiteral("1500:%1:app1").arg(QString::fromLatin1(kKey)),
        QStringLiteral("--xpool"),   xPool().join(u','),
        QStringLiteral("--state"),   dir.filePath(QStringLiteral("sim%1.sqlite").arg(index)),
        QStringLiteral("--balance"), QStringLiteral("1000000000")};
    if (c.limit > 0)
        simArgs << QStringLiteral("--rate-limit") << QString::number(c.limit);
    sim.start(QStringLiteral(PNSIM_PATH), simArgs);
    if (!sim.waitForReadyRead(10'000)) {
        result.error = QStringLiteral("pnsim did not start");
        return result;
    }
    const QString url = QString::fromLatin1(sim.readLine().trimmed());
    const QString csv = dir.filePath(QStringLiteral("in%1.csv").arg(index));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QByteArray bytes = "x,anum,bnum,ttl\n";
        for (int i = 0; i < c.rows; ++i)
            bytes += xPool().at(i % xPool().size()).toLatin1() + ",138" +
                     QByteArray::number(10'000'000 + i) + ",139" +
                     QByteArray::number(10'000'000 + i) + ",3600\n";
        f.write(bytes);
    }
    QProcess pnctl;
    const QStringList args = {QStringLiteral("--data-dir"),
                              dir.filePath(QStringLiteral("data%1").arg(index)),
                              QStringLiteral("--base-url"),
                              url,
                              QStringLiteral("--devid"),
                              QStringLiteral("1500"),
                              QStringLiteral("--appid"),
                              QStringLiteral("app1"),
                              QStringLiteral("--key-file"),
                              keyFile,
                              QStringLiteral("--allow-plain-http"),
                              QStringLiteral("--json"),
                              QStringLiteral("bulk"),
                              QStringLiteral("bind"),
                              csv,
                              QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("out%1.csv").arg(index))};
    QElapsedTimer timer;
    timer.start();
    pnctl.start(QStringLiteral(PNCTL_PATH), args);
    pnctl.waitForFinished(600'000);
    result.wallMs = timer.elapsed();
    sim.terminate();
    sim.waitForFinished(5000);
    const QByteArray out = pnctl.readAllStandardOutput();
    const QJsonObject j = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    result.done = j.value(QStringLiteral("done")).toInt();
    result.rowsPerSecond = j.value(QStringLiteral("rowsPerSecond")).toDouble();
    result.ok = pnctl.exitCode() == 0 && result.done == c.rows;
    if (!result.ok)
        result.error = QString::fromUtf8(pnctl.readAllStandardError()).right(400);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const QList<Case> cases = quick ? QList<Case>{{20, 80}, {100, 300}, {0, 600}}
                                    : QList<Case>{{20, 400}, {100, 1500}, {0, 4000}};
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "| rate limit | rows | rows/s (job) | ideal (the limit) | of ideal | wall s (process) "
           "|\n"
        << "|---|---|---|---|---|---|\n";
    out.flush();
    bool allOk = true;
    for (int i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        const Result r = runCase(dir, c, i);
        allOk = allOk && r.ok;
        const QString limit =
            c.limit > 0 ? QString::number(c.limit) + QStringLiteral("/s") : QStringLiteral("none");
        const QString ideal = c.limit > 0 ? QString::number(c.limit) : QStringLiteral("— (≥ 500)");
        const QString share =
            c.limit > 0 ? QString::number(100.0 * r.rowsPerSecond / c.limit, 'f', 0) + u'%'
                        : QString();
        out << "| " << limit << " | " << c.rows << " | " << QString::number(r.rowsPerSecond, 'f', 1)
            << " | " << ideal << " | " << share << " | "
            << QString::number(r.wallMs / 1000.0, 'f', 1) << " |\n";
        if (!r.ok)
            out << "  FAILED: " << r.done << " of " << c.rows << " rows done. " << r.error << '\n';
        out.flush();
    }
    return allOk ? 0 : 1;
}

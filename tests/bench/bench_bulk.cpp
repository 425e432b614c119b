// bench_bulk: `pnctl bulk bind` against pnsim, in one run:
//   1. one process at rate limits 20/s, 100/s and none, each next to the ideal (the limit);
//   2. the CPU time pnctl spent per row (user + system, from the kernel's accounting of the
//      finished child), and the rows/s one core would allow at that cost, as the reference for
//      the unlimited case (whose target is >= 500 rows/s), with the machine's load average;
//      and the unlimited case again with every answer written on its own
//      (PN_BULK_ANSWER_BATCH_MS=0: no batching of the answers' ledger writes), as a reference
//      for the batching;
//   3. three `pnctl bulk bind` processes on one ledger sharing one account's 100/s limit: the
//      combined rows/s next to the limit (the issue asks >= 90 %).
// The rate of a single job comes from the job's own count of finished rows over its sending
// time (pnctl --json); the wall time of the whole process (start-up, writing the job, the
// result file) is shown too. The combined rate of the three is all their rows over the time
// from the first start to the last end (start-up included, so it is a floor).
//   bench_bulk [--quick]       (--quick: fewer rows, registered with ctest; fails unless every
//                               case finished every row)

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

namespace {

const QByteArray kKey = QByteArrayLiteral("bench bulk key");

struct Case
{
    double limit; // 0 = none
    int rows;
    bool unbatched = false; // every answer written on its own
};

struct Result
{
    bool ok = false;
    int done = 0;
    double rowsPerSecond = 0;
    qint64 wallMs = 0;
    double cpuMs = 0; // pnctl's user + system time
    QString error;
};

QStringList xPool()
{
    QStringList xs;
    for (int i = 0; i < 50; ++i)
        xs << QStringLiteral("1720000%1").arg(i, 4, 10, QLatin1Char('0'));
    return xs;
}

double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_utime.tv_sec * 1000.0 + u.ru_utime.tv_usec / 1000.0 + u.ru_stime.tv_sec * 1000.0 +
           u.ru_stime.tv_usec / 1000.0;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').value(0));
}

class Sim
{
public:
    bool start(const QTemporaryDir &dir, double limit, int index)
    {
        QStringList args = {QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--account"),
                            QStringLiteral("1500:%1:app1").arg(QString::fromLatin1(kKey)),
                            QStringLiteral("--xpool"),
                            xPool().join(u','),
                            QStringLiteral("--state"),
                            dir.filePath(QStringLiteral("sim%1.sqlite").arg(index)),
                            QStringLiteral("--balance"),
                            QStringLiteral("1000000000")};
        if (limit > 0)
            args << QStringLiteral("--rate-limit") << QString::number(limit);
        m_process.start(QStringLiteral(PNSIM_PATH), args);
        if (!m_process.waitForReadyRead(10'000))
            return false;
        m_url = QString::fromLatin1(m_process.readLine().trimmed());
        return !m_url.isEmpty();
    }
    ~Sim()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

// Rows [first, first + rows): distinct A and B numbers, so files of one ledger never conflict.
QString writeCsv(const QTemporaryDir &dir, const QString &name, int first, int rows)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QByteArray bytes = "x,anum,bnum,ttl\n";
    const QStringList xs = xPool();
    for (int i = first; i < first + rows; ++i)
        bytes += xs.at(i % xs.size()).toLatin1() + ",138" + QByteArray::number(10'000'000 + i) +
                 ",139" + QByteArray::number(10'000'000 + i) + ",3600\n";
    f.write(bytes);
    return path;
}

QStringList pnctlArgs(const QTemporaryDir &dir, const QString &url, const QString &dataDir,
                      const QString &csv, const QString &out)
{
    return {QStringLiteral("--data-dir"),
            dataDir,
            QStringLiteral("--base-url"),
            url,
            QStringLiteral("--devid"),
            QStringLiteral("1500"),
            QStringLiteral("--appid"),
            QStringLiteral("app1"),
            QStringLiteral("--key-file"),
            dir.filePath(QStringLiteral("key")),
            QStringLiteral("--allow-plain-http"),
            QStringLiteral("--json"),
            QStringLiteral("bulk"),
            QStringLiteral("bind"),
            csv,
            QStringLiteral("--out"),
            out};
}

// Reads the finished process's last JSON line (the job's summary).
void readSummary(QProcess &p, int rows, Result *r)
{
    const QByteArray out = p.readAllStandardOutput();
    const QJsonObject j = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    r->done = j.value(QStringLiteral("done")).toInt();
    r->rowsPerSecond = j.value(QStringLiteral("rowsPerSecond")).toDouble();
    r->ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && r->done == rows;
    if (!r->ok)
        r->error = QString::fromUtf8(p.readAllStandardError()).right(400);
}

Result runCase(const QTemporaryDir &dir, const Case &c, int index)
{
    Result result;
    Sim sim;
    if (!sim.start(dir, c.limit, index)) {
        result.error = QStringLiteral("pnsim did not start");
        return result;
    }
    const QString csv = writeCsv(dir, QStringLiteral("in%1.csv").arg(index), 0, c.rows);
    QProcess pnctl;
    if (c.unbatched) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PN_BULK_ANSWER_BATCH_MS"), QStringLiteral("0"));
        pnctl.setProcessEnvironment(env);
    }
    QElapsedTimer timer;
    const double cpuBefore = childrenCpuMs();
    timer.start();
    pnctl.start(QStringLiteral(PNCTL_PATH),
                pnctlArgs(dir, sim.url(), dir.filePath(QStringLiteral("data%1").arg(index)), csv,
                          dir.filePath(QStringLiteral("out%1.csv").arg(index))));
    pnctl.waitForFinished(600'000);
    result.wallMs = timer.elapsed();
    result.cpuMs = childrenCpuMs() - cpuBefore; // pnctl only: pnsim is still running
    readSummary(pnctl, c.rows, &result);
    return result;
}

struct Shared
{
    bool ok = true;
    int done = 0;
    qint64 spanMs = 0;
    double sumOfJobRates = 0;
    double cpuMs = 0;
    QString error;
};

// `processes` pnctl bulk bind processes on one data dir (one ledger, one account) at once.
Shared runShared(const QTemporaryDir &dir, double limit, int processes, int rowsEach)
{
    Shared shared;
    Sim sim;
    if (!sim.start(dir, limit, 99)) {
        shared.ok = false;
        shared.error = QStringLiteral("pnsim did not start");
        return shared;
    }
    const QString dataDir = dir.filePath(QStringLiteral("shared-data"));
    // The ledger is created once first (a lone `bulk jobs`), so the three do not race to
    // create it and the time measured is sending.
    {
        QProcess init;
        QStringList args = pnctlArgs(dir, sim.url(), dataDir, QString(), QString()).mid(0, 12);
        args << QStringLiteral("bulk") << QStringLiteral("jobs");
        init.start(QStringLiteral(PNCTL_PATH), args);
        init.waitForFinished(60'000);
    }
    std::vector<std::unique_ptr<QProcess>> ps;
    QElapsedTimer timer;
    const double cpuBefore = childrenCpuMs();
    timer.start();
    for (int i = 0; i < processes; ++i) {
        const QString csv =
            writeCsv(dir, QStringLiteral("shared%1.csv").arg(i), 100'000 * (i + 1), rowsEach);
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(PNCTL_PATH),
                 pnctlArgs(dir, sim.url(), dataDir, csv,
                           dir.filePath(QStringLiteral("shared-out%1.csv").arg(i))));
        ps.push_back(std::move(p));
    }
    for (auto &p : ps) {
        p->waitForFinished(600'000);
        Result r;
        readSummary(*p, rowsEach, &r);
        shared.ok = shared.ok && r.ok;
        shared.done += r.done;
        shared.sumOfJobRates += r.rowsPerSecond;
        if (!r.ok)
            shared.error += r.error;
    }
    shared.spanMs = timer.elapsed();
    shared.cpuMs = childrenCpuMs() - cpuBefore;
    return shared;
}

// The sandbox's bucket starts full (one second's worth of requests), so n rows at limit L take
// (n - L) / L seconds at best: the ideal rate is n * L / (n - L), a little above L.
double idealRate(double limit, int rows)
{
    return rows > limit ? rows * limit / (rows - limit) : rows * limit;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const QList<Case> cases = quick
                                  ? QList<Case>{{20, 80}, {100, 300}, {0, 600}}
                                  : QList<Case>{{20, 400}, {100, 1500}, {0, 4000}, {0, 4000, true}};
    QTemporaryDir dir;
    {
        QFile key(dir.filePath(QStringLiteral("key")));
        key.open(QIODevice::WriteOnly);
        key.write(kKey);
    }
    QTextStream out(stdout);
    out << "One pnctl bulk bind process (load average at start " << loadAverage() << ")\n\n"
        << "| rate limit | rows | rows/s (job) | ideal (the limit + the sandbox's first-second "
           "burst) | of ideal | wall s (process) | CPU ms/row |\n"
        << "|---|---|---|---|---|---|---|\n";
    out.flush();
    bool allOk = true;
    double unlimitedCpuPerRow = 0;
    for (int i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        const Result r = runCase(dir, c, i);
        allOk = allOk && r.ok;
        const double cpuPerRow = r.cpuMs / qMax(1, c.rows);
        if (c.limit <= 0 && !c.unbatched)
            unlimitedCpuPerRow = cpuPerRow;
        const QString limit = c.limit > 0   ? QString::number(c.limit) + QStringLiteral("/s")
                              : c.unbatched ? QStringLiteral("none, answers unbatched")
                                            : QStringLiteral("none");
        const QString ideal =
            c.limit > 0
                ? QStringLiteral("%1 (%2)").arg(c.limit).arg(idealRate(c.limit, c.rows), 0, 'f', 1)
                : QStringLiteral("%1 (one core at this CPU cost; "
                                 "target ≥ 500)")
                      .arg(1000.0 / qMax(0.001, cpuPerRow), 0, 'f', 0);
        const QString share =
            c.limit > 0
                ? QString::number(100.0 * r.rowsPerSecond / idealRate(c.limit, c.rows), 'f', 0) +
                      u'%'
                : QString();
        out << "| " << limit << " | " << c.rows << " | " << QString::number(r.rowsPerSecond, 'f', 1)
            << " | " << ideal << " | " << share << " | "
            << QString::number(r.wallMs / 1000.0, 'f', 1) << " | "
            << QString::number(cpuPerRow, 'f', 2) << " |\n";
        if (!r.ok)
            out << "  FAILED: " << r.done << " of " << c.rows << " rows done. " << r.error << '\n';
        out.flush();
    }
    out << "\nCPU per row without a limit: " << QString::number(unlimitedCpuPerRow, 'f', 2)
        << " ms (start-up, the job, the result file included); load average now " << loadAverage()
        << " on " << QThread::idealThreadCount() << " cores\n\n";

    const int processes = 3;
    const int rowsEach = quick ? 150 : 600;
    const double limit = 100;
    out << "Three pnctl bulk bind processes, one ledger, one account, limit " << limit << "/s\n\n"
        << "| processes | rows | combined rows/s (all rows / first start to last end) | sum of "
           "the jobs' own rows/s | ideal (the limit + burst) | of ideal | wall s | CPU ms/row |\n"
        << "|---|---|---|---|---|---|---|---|\n";
    out.flush();
    const Shared s = runShared(dir, limit, processes, rowsEach);
    allOk = allOk && s.ok && s.done == processes * rowsEach;
    const double combined = s.done * 1000.0 / qMax<qint64>(1, s.spanMs);
    out << "| " << processes << " | " << processes * rowsEach << " | "
        << QString::number(combined, 'f', 1) << " | " << QString::number(s.sumOfJobRates, 'f', 1)
        << " | " << limit << " (" << QString::number(idealRate(limit, processes * rowsEach), 'f', 1)
        << ") | "
        << QString::number(100.0 * combined / idealRate(limit, processes * rowsEach), 'f', 0)
        << "% | " << QString::number(s.spanMs / 1000.0, 'f', 1) << " | "
        << QString::number(s.cpuMs / qMax(1, s.done), 'f', 2) << " |\n";
    if (!s.ok)
        out << "  FAILED: " << s.done << " of " << processes * rowsEach << " rows done. " << s.error
            << '\n';
    out.flush();
    return allOk ? 0 : 1;
}

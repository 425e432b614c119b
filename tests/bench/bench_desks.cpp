// bench_desks: several desks binding at once on one ledger (issue 16), in one run:
//   for each ledger (an SQLite file; a PostgreSQL server started here where initdb is installed):
//   1. the reference: ONE desk (a `pnctl bulk bind` process) × N binds;
//   2. THREE desks (three `pnctl bulk bind` processes, each its own PN_DESK and data folder, one
//      ledger, one account) × N binds each, started at once;
//   3. the same three with the platform dropping every 5th answer after committing it, so
//      retries with the same reqid and the send leases are at work.
// Against the sandbox in this process (no rate limit). Each line: binds, wall time from the
// first start to the last end (start-up included, so rows/s is a floor), rows/s, the sandbox's
// requests per bind, and duplicates: platform bindings beyond one per intended (A, B) pair, plus
// ledger rows beyond one per pair (must be 0), and lost ones: intended pairs the ledger does not
// hold as active with the platform's subid (must be 0).
//   bench_desks [--quick] [--binds N]   (default N = 1000; --quick: 100, registered with ctest,
//                                        fails unless every bind is there once)

#include "core/clock.h"
#include "ledger/ledger.h"
#include "sandbox/sandboxplatform.h"

#ifdef PN_PG_BINDIR
#include "../ledger/pgserver.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

using namespace pn;

namespace {

const QByteArray kKey = QByteArrayLiteral("bench desks key");
const QString kDevid = QStringLiteral("DBENCH");
const QString kAppid = QStringLiteral("APPBENCH");

QStringList xPool()
{
    QStringList xs;
    for (int i = 0; i < 50; ++i)
        xs << QStringLiteral("1730000%1").arg(i, 4, 10, QLatin1Char('0'));
    return xs;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').value(0));
}

QString pairOf(const QString &a, const QString &b)
{
    return a + u'/' + b;
}

struct Outcome
{
    bool ok = false;
    int binds = 0;
    qint64 spanMs = 0;
    qint64 requests = 0;
    int duplicates = 0;
    int lost = 0;
    QString error;
};

class Bench
{
public:
    Bench(const QTemporaryDir &dir, SandboxPlatform &sandbox)
        : m_dir(dir)
        , m_sandbox(sandbox)
    {}

    // `ledger`: what --ledger gets; `ledgerPath`: what a Ledger here opens.
    Outcome run(const QString &ledger, const QString &ledgerPath, int desks, int bindsEach,
                int dropEvery, int caseIndex)
    {
        Outcome o;
        o.binds = desks * bindsEach;
        m_sandbox.reset();
        m_sandbox.setFaults({});
        // The ledger is created and migrated once first, so the desks do not race to do it.
        {
            QProcess init;
            init.start(QStringLiteral(PNCTL_PATH), account(ledger, QStringLiteral("init")) +
                                                       QStringList{QStringLiteral("list")});
            if (!waitAll({&init}, 60'000) || init.exitCode() != 0) {
                o.error = QStringLiteral("the first pnctl failed: ") +
                          QString::fromUtf8(init.readAllStandardError());
                return o;
            }
        }
        QSet<QString> intended;
        std::vector<std::unique_ptr<QProcess>> ps;
        QList<QProcess *> raw;
        for (int d = 0; d < desks; ++d) {
            const int first = (caseIndex * 10 + d) * 100'000;
            const QString csv = m_dir.filePath(QStringLiteral("c%1-d%2.csv").arg(caseIndex).arg(d));
            QFile f(csv);
            f.open(QIODevice::WriteOnly);
            QByteArray bytes = "x,anum,bnum,ttl\n";
            const QStringList xs = xPool();
            for (int i = first; i < first + bindsEach; ++i) {
                const QString a = QStringLiteral("138%1").arg(10'000'000 + i);
                const QString b = QStringLiteral("139%1").arg(10'000'000 + i);
                intended.insert(pairOf(a, b));
                bytes += xs.at(i % xs.size()).toLatin1() + ',' + a.toLatin1() + ',' + b.toLatin1() +
                         ",3600\n";
            }
            f.write(bytes);
            f.close();
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("PN_LEDGER"));
            env.insert(QStringLiteral("PN_DESK"), QStringLiteral("bench@desk%1").arg(d + 1));
            p->setProcessEnvironment(env);
            ps.push_back(std::move(p));
            raw << ps.back().get();
            m_args << account(ledger, QStringLiteral("c%1-d%2").arg(caseIndex).arg(d)) +
                          QStringList{QStringLiteral("bulk"), QStringLiteral("bind"), csv,
                                      QStringLiteral("--out"), csv + QStringLiteral(".out")};
        }
        SandboxFaults faults;
        faults.dropAfterCommitEvery = dropEvery;
        m_sandbox.setFaults(faults);
        const qint64 requestsBefore = m_sandbox.requestCount();
        QElapsedTimer timer;
        timer.start();
        for (int d = 0; d < desks; ++d)
            raw.at(d)->start(QStringLiteral(PNCTL_PATH), m_args.at(d));
        m_args.clear();
        const bool finished = waitAll(raw, 900'000);
        o.spanMs = timer.elapsed();
        o.requests = m_sandbox.requestCount() - requestsBefore;
        m_sandbox.setFaults({});
        bool exited = finished;
        for (QProcess *p : std::as_const(raw)) {
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                exited = false;
                o.error += QString::fromUtf8(p->readAllStandardError()).right(300);
            }
        }

        // Duplicates and losses, binding by binding.
        QHash<QString, QString> platform; // pair → subid
        for (const SandboxBinding &s : m_sandbox.bindings(kDevid)) {
            const QString pair = pairOf(s.anum, s.bnum);
            if (platform.contains(pair))
                ++o.duplicates;
            else
                platform.insert(pair, s.subid);
        }
        Ledger l(ledgerPath, SystemClock::instance());
        QString error;
        if (!l.open(&error)) {
            o.error += error;
            return o;
        }
        QHash<QString, BindingRecord> rows;
        for (const BindingRecord &b : l.bindings().list()) {
            const QString pair = pairOf(b.request.anum, b.request.bnum);
            if (rows.contains(pair))
                ++o.duplicates;
            else
                rows.insert(pair, b);
        }
        for (const QString &pair : std::as_const(intended)) {
            const auto it = rows.constFind(pair);
            if (it == rows.cend() || it->state != RecordState::Active ||
                it->subid != platform.value(pair))
                ++o.lost;
        }
        o.ok = exited && o.duplicates == 0 && o.lost == 0;
        return o;
    }

private:
    QStringList account(const QString &ledger, const QString &desk) const
    {
        return {QStringLiteral("--data-dir"),
                m_dir.filePath(QStringLiteral("data-") + desk),
                QStringLiteral("--ledger"),
                ledger,
                QStringLiteral("--base-url"),
                m_sandbox.baseUrl().toString(),
                QStringLiteral("--devid"),
                kDevid,
                QStringLiteral("--appid"),
                kAppid,
                QStringLiteral("--key-file"),
                m_dir.filePath(QStringLiteral("key")),
                QStringLiteral("--allow-plain-http"),
                QStringLiteral("--json")};
    }

    // An event loop, not waitForFinished(): the sandbox answers from this thread.
    static bool waitAll(const QList<QProcess *> &processes, int timeoutMs)
    {
        QEventLoop loop;
        int running = 0;
        for (QProcess *p : processes) {
            if (p->state() == QProcess::NotRunning)
                continue;
            ++running;
            QObject::connect(p, &QProcess::finished, &loop, [&running, &loop] {
                if (--running == 0)
                    loop.quit();
            });
        }
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (running > 0)
            loop.exec();
        bool all = true;
        for (QProcess *p : processes) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished();
                all = false;
            }
        }
        return all;
    }

    const QTemporaryDir &m_dir;
    SandboxPlatform &m_sandbox;
    QList<QStringList> m_args;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int binds = quick ? 100 : 1000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--binds")); i >= 0 && i + 1 < args.size())
        binds = qMax(1, args.at(i + 1).toInt());
    QTemporaryDir dir;
    {
        QFile key(dir.filePath(QStringLiteral("key")));
        key.open(QIODevice::WriteOnly);
        key.write(kKey + '\n');
    }
    SandboxPlatform sandbox(SystemClock::instance());
    QString error;
    QTextStream out(stdout);
    if (!sandbox.open(QStringLiteral(":memory:"), &error) ||
        !sandbox.listen(QHostAddress::LocalHost, 0, &error)) {
        out << "the sandbox did not start: " << error << '\n';
        return 1;
    }
    SandboxAccount account;
    account.devid = kDevid;
    account.key = kKey;
    account.appids = {kAppid};
    account.xpool = xPool();
    account.balance = 1e12;
    sandbox.addAccount(account);

    struct LedgerKind
    {
        QString name;
        std::function<bool(int index, QString *ledger, QString *path)> make;
    };
    QList<LedgerKind> kinds;
    kinds.append({QStringLiteral("SQLite file"), [&dir](int index, QString *ledger, QString *path) {
                      *ledger = dir.filePath(QStringLiteral("ledger%1").arg(index));
                      *path = Ledger::pathInDataDir(*ledger);
                      return true;
                  }});
#ifdef PN_PG_BINDIR
    auto pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
    if (pg->start(&error)) {
        kinds.append(
            {QStringLiteral("PostgreSQL"), [&pg](int index, QString *ledger, QString *path) {
                 QString why;
                 *path = pg->createDatabase(QStringLiteral("bench%1").arg(index), &why);
                 *ledger = *path + QStringLiteral("?sslmode=disable");
                 return !path->isEmpty();
             }});
    } else {
        out << "PostgreSQL not started (" << error << "): SQLite only\n";
    }
#endif

    out << "Desks binding at once on one ledger against the sandbox (in this process, no rate "
           "limit); each desk is a `pnctl bulk bind` process of "
        << binds << " rows; load average at start " << loadAverage() << " on "
        << QThread::idealThreadCount() << " cores\n\n"
        << "| ledger | desks × binds | platform faults | wall s | binds/s | requests per bind | "
           "duplicates | lost |\n"
        << "|---|---|---|---|---|---|---|---|\n";
    out.flush();
    Bench bench(dir, sandbox);
    bool allOk = true;
    int index = 0;
    for (const LedgerKind &kind : std::as_const(kinds)) {
        struct Case
        {
            int desks;
            int dropEvery;
        };
        for (const Case c : {Case{1, 0}, Case{3, 0}, Case{3, 5}}) {
            QString ledger, path;
            if (!kind.make(index, &ledger, &path)) {
                out << "| " << kind.name << " | cannot create the ledger |\n";
                allOk = false;
                continue;
            }
            const Outcome o = bench.run(ledger, path, c.desks, binds, c.dropEvery, index);
            ++index;
            allOk = allOk && o.ok;
            out << "| " << kind.name << " | " << c.desks << " × " << binds << " | "
                << (c.dropEvery
                        ? QStringLiteral("every %1th answer dropped after commit").arg(c.dropEvery)
                        : QStringLiteral("none"))
                << " | " << QString::number(o.spanMs / 1000.0, 'f', 1) << " | "
                << QString::number(o.binds * 1000.0 / qMax<qint64>(1, o.spanMs), 'f', 1) << " | "
                << QString::number(double(o.requests) / qMax(1, o.binds), 'f', 2) << " | "
                << o.duplicates << " | " << o.lost << " |\n";
            if (!o.ok)
                out << "  FAILED: " << o.error << '\n';
            out.flush();
        }
    }
    out << "\nLoad average at the end " << loadAverage() << ".\n";
    return allOk ? 0 : 1;
}

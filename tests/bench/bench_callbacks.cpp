// bench_callbacks: sustained form-encoded CDRs over loopback at 64 concurrent keep-alive
// connections against
//   - `pnctl listen` (the console's CallbackReceiver: QHttpServer + group-commit writer),
//   - the same with --durable (synchronous=FULL: every group commit is fsynced),
//   - nginx answering a static 200 (the ceiling: HTTP only, nothing stored),
//   - py_receiver.py (Python standard library: http.server + sqlite3, one commit per request).
// Each CDR carries a unique taskid. After the run every taskid answered 200 must be a row of the
// receiver's database: rows stored = 200s answered, 0 lost. --quick runs 2 s per target and
// fails on any lost row, so the benchmark cannot rot.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

struct LoadResult
{
    qint64 sent = 0;
    qint64 ok = 0;     // answered 200
    qint64 non200 = 0; // answered something else
    qint64 errors = 0; // connection closed or failed without an answer
    double seconds = 0;
    double p50ms = 0;
    double p99ms = 0;
    std::vector<std::string> okTaskids;
    double rate() const { return seconds > 0 ? double(ok) / seconds : 0; }
};

struct Conn
{
    int fd = -1;
    std::string out;
    size_t written = 0;
    std::string in;
    Clock::time_point started;
    std::string taskid;
    bool busy = false;
};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

std::string cdrBody(const std::string &taskid, qint64 n)
{
    const qint64 begin = 1'700'000'000 + n % 86'400;
    std::string b =
        "devid=10000000&appid=bench&taskid=" + taskid + "&subid=sub-" + std::to_string(n % 1000) +
        "&caller=13800138000&rcaller=%2B8617000000" + std::to_string(100 + n % 50) +
        "&callee=13900139000&result=" + (n % 4 == 0 ? "17" : "answered") +
        "&beginTime=" + std::to_string(begin) + "&ringTime=" + std::to_string(begin + 1) +
        "&answerTime=" + std::to_string(begin + 5) + "&releaseTime=" + std::to_string(begin + 65) +
        "&duration=60&recording=http%3A%2F%2Frec.example%2F" + taskid +
        ".mp3&userData=aGVsbG8%3D&releasedir=1";
    return b;
}

class Load
{
public:
    Load(quint16 port, const std::string &path, const std::string &prefix, int connections)
        : m_port(port)
        , m_path(path)
        , m_prefix(prefix)
        , m_conns(size_t(connections))
    {}

    LoadResult run(double seconds)
    {
        m_epoll = ::epoll_create1(0);
        // Open every connection before the clock starts: the load is sustained keep-alive
        // traffic, not connection set-up.
        for (size_t i = 0; i < m_conns.size(); ++i) {
            Conn &c = m_conns[i];
            for (int attempt = 0; attempt < 50 && c.fd < 0; ++attempt) {
                c.fd = connectTo(m_port);
                if (c.fd < 0)
                    ::usleep(20'000);
            }
            if (c.fd >= 0) {
                epoll_event ev{};
                ev.events = EPOLLIN;
                ev.data.u32 = uint32_t(i);
                ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
            }
        }
        const auto t0 = Clock::now();
        m_deadline = t0 + std::chrono::duration_cast<Clock::duration>(
                              std::chrono::duration<double>(seconds));
        const auto hardStop = m_deadline + std::chrono::seconds(15);
        for (Conn &c : m_conns)
            start(c);
        epoll_event events[128];
        while (busyCount() > 0 && Clock::now() < hardStop) {
            const int n = ::epoll_wait(m_epoll, events, 128, 100);
            for (int i = 0; i < n; ++i) {
                Conn &c = m_conns[events[i].data.u32];
                if (events[i].events & EPOLLOUT)
                    flush(c);
                if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                    receive(c);
            }
        }
        const auto t1 = std::min(Clock::now(), hardStop);
        for (Conn &c : m_conns) {
            if (c.busy)
                ++m_result.errors;
            if (c.fd >= 0)
                ::close(c.fd);
        }
        ::close(m_epoll);
        // Throughput over the time requests were being issued plus the drain.
        m_result.seconds = std::chrono::duration<double>(t1 - t0).count();
        std::sort(m_latencyUs.begin(), m_latencyUs.end());
        auto pct = [&](double p) {
            if (m_latencyUs.empty())
                return 0.0;
            const size_t i =
                std::min(m_latencyUs.size() - 1, size_t(p * double(m_latencyUs.size() - 1) + 0.5));
            return double(m_latencyUs[i]) / 1000.0;
        };
        m_result.p50ms = pct(0.50);
        m_result.p99ms = pct(0.99);
        return std::move(m_result);
    }

private:
    int busyCount() const
    {
        return int(
            std::count_if(m_conns.begin(), m_conns.end(), [](const Conn &c) { return c.busy; }));
    }

    void start(Conn &c)
    {
        c.busy = false;
        if (Clock::now() >= m_deadline)
            return;
        if (c.fd < 0) {
            c.fd = connectTo(m_port);
            if (c.fd < 0) {
                ++m_result.errors;
                return;
            }
            epoll_event ev{};
            ev.events = EPOLLIN;
            ev.data.u32 = uint32_t(&c - m_conns.data());
            ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
            c.in.clear();
        }
        const qint64 n = m_counter++;
        c.taskid = m_prefix + std::to_string(n);
        const std::string body = cdrBody(c.taskid, n);
        c.out = "POST " + m_path +
                " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                "application/x-www-form-urlencoded\r\nContent-Length: " +
                std::to_string(body.size()) + "\r\n\r\n" + body;
        c.written = 0;
        c.busy = true;
        c.started = Clock::now();
        ++m_result.sent;
        flush(c);
    }

    void flush(Conn &c)
    {
        while (c.written < c.out.size()) {
            const ssize_t w =
                ::send(c.fd, c.out.data() + c.written, c.out.size() - c.written, MSG_NOSIGNAL);
            if (w > 0) {
                c.written += size_t(w);
                continue;
            }
            if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                epoll_event ev{};
                ev.events = EPOLLIN | EPOLLOUT;
                ev.data.u32 = uint32_t(&c - m_conns.data());
                ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
                return;
            }
            fail(c);
            return;
        }
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u32 = uint32_t(&c - m_conns.data());
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
    }

    void fail(Conn &c)
    {
        if (c.busy)
            ++m_result.errors;
        c.busy = false;
        reconnect(c);
        start(c);
    }

    void reconnect(Conn &c)
    {
        if (c.fd >= 0) {
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
            ::close(c.fd);
        }
        c.fd = -1;
        c.in.clear();
    }

    void receive(Conn &c)
    {
        char buf[16384];
        for (;;) {
            const ssize_t r = ::recv(c.fd, buf, sizeof buf, 0);
            if (r > 0) {
                c.in.append(buf, size_t(r));
                continue;
            }
            if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            // Closed: fine between requests (HTTP/1.0 style servers), an error inside one.
            if (!tryComplete(c))
                fail(c);
            else
                reconnect(c), start(c);
            return;
        }
        tryComplete(c);
    }

    // Consumes one complete response if there is one; starts the next request.
    bool tryComplete(Conn &c)
    {
        const size_t end = c.in.find("\r\n\r\n");
        if (end == std::string::npos || !c.busy)
            return false;
        std::string head = c.in.substr(0, end);
        std::transform(head.begin(), head.end(), head.begin(),
                       [](unsigned char ch) { return char(std::tolower(ch)); });
        size_t length = 0;
        if (const size_t p = head.find("\r\ncontent-length:"); p != std::string::npos)
            length = size_t(std::strtoul(head.c_str() + p + 17, nullptr, 10));
        if (c.in.size() < end + 4 + length)
            return false;
        const int status = std::atoi(head.c_str() + 9);
        const bool close = head.find("\r\nconnection: close") != std::string::npos ||
                           head.compare(0, 8, "http/1.0") == 0;
        c.in.erase(0, end + 4 + length);
        m_latencyUs.push_back(
            uint32_t(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - c.started)
                         .count()));
        if (status == 200) {
            ++m_result.ok;
            m_result.okTaskids.push_back(c.taskid);
        } else {
            ++m_result.non200;
        }
        c.busy = false;
        if (close)
            reconnect(c);
        start(c);
        return true;
    }

    quint16 m_port;
    std::string m_path;
    std::string m_prefix;
    std::vector<Conn> m_conns;
    int m_epoll = -1;
    Clock::time_point m_deadline;
    qint64 m_counter = 0;
    LoadResult m_result;
    std::vector<uint32_t> m_latencyUs;
};

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool waitForPort(quint16 port, int ms)
{
    const auto until = Clock::now() + std::chrono::milliseconds(ms);
    while (Clock::now() < until) {
        const int fd = connectTo(port);
        if (fd >= 0) {
            ::close(fd);
            return true;
        }
        ::usleep(20'000);
    }
    return false;
}

// Starts a server that prints its URL as the first line of stdout.
std::optional<QUrl> startWithUrl(QProcess &p, const QString &program, const QStringList &args)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return std::nullopt;
    const auto until = Clock::now() + std::chrono::seconds(10);
    while (!p.canReadLine() && Clock::now() < until)
        p.waitForReadyRead(200);
    if (!p.canReadLine())
        return std::nullopt;
    return QUrl(QString::fromUtf8(p.readLine().trimmed()));
}

void stopProcess(QProcess &p, int *exitCode = nullptr)
{
    if (p.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(p.processId()), SIGTERM);
    if (!p.waitForFinished(15'000)) {
        p.kill();
        p.waitForFinished(2000);
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

struct StoredCheck
{
    qint64 rows = -1;
    qint64 lost = 0; // answered 200 but not in the database
};

StoredCheck checkStored(const QString &dbPath, const LoadResult &r)
{
    StoredCheck check;
    const QString name = QStringLiteral("check_%1").arg(dbPath);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            std::unordered_set<std::string> stored;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("SELECT taskid FROM calls"))) {
                while (q.next())
                    stored.insert(q.value(0).toString().toStdString());
            }
            check.rows = qint64(stored.size());
            for (const std::string &t : r.okTaskids)
                check.lost += stored.count(t) ? 0 : 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

void printRow(QTextStream &out, const QString &name, const LoadResult &r, const StoredCheck *c)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(name, -34)
               .arg(r.rate(), 9, 'f', 0)
               .arg(r.p50ms, 8, 'f', 2)
               .arg(r.p99ms, 8, 'f', 2)
               .arg(r.ok, 9)
               .arg(r.non200, 7)
               .arg(r.errors, 6)
               .arg(c ? QString::number(c->rows) : QStringLiteral("-"), 9)
               .arg(c ? QString::number(c->lost) : QStringLiteral("-"), 5);
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    double seconds = quick ? 2.0 : 20.0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds")); i > 0 && i + 1 < args.size())
        seconds = args.at(i + 1).toDouble();
    const int connections = 64;
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;

    out << QStringLiteral("bench_callbacks: form CDRs, %1 connections, %2 s per target%3\n")
               .arg(connections)
               .arg(seconds)
               .arg(quick ? QStringLiteral(" (quick)") : QString());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("target"), -34)
               .arg(QStringLiteral("CDR/s"), 9)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("200s"), 9)
               .arg(QStringLiteral("non200"), 7)
               .arg(QStringLiteral("errors"), 6)
               .arg(QStringLiteral("rows"), 9)
               .arg(QStringLiteral("lost"), 5);
    bool sane = true;

    // 1. pnctl listen, default and --durable.
    LoadResult receiver;
    for (const bool durable : {false, true}) {
        const QString data =
            dir.filePath(durable ? QStringLiteral("durable") : QStringLiteral("pn"));
        QProcess p;
        QStringList a{QStringLiteral("listen"), QStringLiteral("--data-dir"), data};
        if (durable)
            a << QStringLiteral("--durable");
        const auto url = startWithUrl(p, QStringLiteral(PNCTL_PATH), a);
        if (!url) {
            out << "cannot start pnctl listen: " << p.readAllStandardError() << '\n';
            return 1;
        }
        Load load(quint16(url->port()), "/cdr", durable ? "dur-" : "pn-", connections);
        LoadResult r = load.run(seconds);
        int exitCode = -1;
        stopProcess(p, &exitCode);
        const StoredCheck c = checkStored(data + QStringLiteral("/ledger.sqlite"), r);
        printRow(out,
                 durable ? QStringLiteral("pnctl listen --durable (FULL sync)")
                         : QStringLiteral("pnctl listen (CallbackReceiver)"),
                 r, &c);
        if (exitCode != 0 || c.lost != 0 || c.rows != r.ok || r.ok == 0 || r.non200 != 0) {
            out << "  FAILED: exit " << exitCode << ", rows " << c.rows << " vs 200s " << r.ok
                << ", lost " << c.lost << '\n';
            sane = false;
        }
        if (!durable)
            receiver = std::move(r);
    }

    // 2. nginx answering a static 200: the ceiling of HTTP on this machine.
    LoadResult nginx;
    {
        const quint16 port = freePort();
        const QString prefix = dir.filePath(QStringLiteral("nginx"));
        QDir().mkpath(prefix + QStringLiteral("/logs"));
        QFile conf(prefix + QStringLiteral("/nginx.conf"));
        conf.open(QIODevice::WriteOnly);
        conf.write(
            QStringLiteral("daemon off;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log "
                           "%1/logs/error.log;\nevents { worker_connections 1024; }\nhttp {\n"
                           "  access_log off;\n  client_body_temp_path %1/body;\n"
                           "  proxy_temp_path %1/proxy;\n  fastcgi_temp_path %1/fastcgi;\n"
                           "  uwsgi_temp_path %1/uwsgi;\n  scgi_temp_path %1/scgi;\n"
                           "  keepalive_requests 1000000;\n"
                           "  server {\n    listen 127.0.0.1:%2;\n"
                           "    location / { default_type application/json; return 200 "
                           "'{\"error\":0}'; }\n  }\n}\n")
                .arg(prefix)
                .arg(port)
                .toUtf8());
        conf.close();
        QProcess p;
        QString nginxPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (nginxPath.isEmpty())
            nginxPath = QStandardPaths::findExecutable(
                QStringLiteral("nginx"),
                {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
        p.start(nginxPath, {QStringLiteral("-p"), prefix, QStringLiteral("-c"),
                            prefix + QStringLiteral("/nginx.conf")});
        if (!p.waitForStarted(5000) || !waitForPort(port, 5000)) {
            out << "cannot start nginx: " << p.readAllStandardError() << '\n';
            sane = false;
        } else {
            Load load(port, "/cdr", "ngx-", connections);
            nginx = load.run(seconds);
            printRow(out, QStringLiteral("nginx static 200 (ceiling)"), nginx, nullptr);
        }
        stopProcess(p);
    }

    // 3. The Python standard-library receiver.
    LoadResult python;
    {
        const QString db = dir.filePath(QStringLiteral("py.sqlite"));
        QProcess p;
        const auto url =
            startWithUrl(p, QStringLiteral("python3"),
                         {QStringLiteral(PY_RECEIVER_PATH), QStringLiteral("--db"), db});
        if (!url) {
            out << "cannot start py_receiver.py: " << p.readAllStandardError() << '\n';
            return 1;
        }
        Load load(quint16(url->port()), "/cdr", "py-", connections);
        python = load.run(seconds);
        stopProcess(p);
        const StoredCheck c = checkStored(db, python);
        printRow(out, QStringLiteral("python http.server + sqlite3"), python, &c);
        if (c.lost != 0 || python.ok == 0) {
            out << "  FAILED: python receiver lost " << c.lost << '\n';
            sane = false;
        }
    }

    const double vsPython = python.rate() > 0 ? receiver.rate() / python.rate() : 0;
    const double ofNginx = nginx.rate() > 0 ? receiver.rate() / nginx.rate() : 0;
    out << QStringLiteral("receiver: %1 CDR/s, p99 %2 ms; %3x the Python receiver; %4% of the "
                          "nginx ceiling\n")
               .arg(receiver.rate(), 0, 'f', 0)
               .arg(receiver.p99ms, 0, 'f', 2)
               .arg(vsPython, 0, 'f', 1)
               .arg(ofNginx * 100, 0, 'f', 0);
    out << QStringLiteral("targets: >= 5000 CDR/s %1; >= 3x Python %2\n")
               .arg(receiver.rate() >= 5000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
               .arg(vsPython >= 3 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out << (sane ? "sanity: ok (every 200 is a stored row, nothing lost)\n" : "sanity: FAILED\n");
    return sane ? 0 : 1;
}

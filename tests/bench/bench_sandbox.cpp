// bench_sandbox: signed PUT + DELETE pairs against `pnsim` on loopback at 1, 8 and 32
// concurrent keep-alive connections (requests/s, p50/p99 latency), beside the same load against
// nginx answering a static 200 in the same run (the ceiling of HTTP on this machine).
//
//   bench_sandbox            3 s per level
//   bench_sandbox --quick    0.4 s per level, checks its own sanity (ctest)
//   bench_sandbox --memory   pnsim keeps its state in memory (the cost of the state file)
#include "core/keytimesigner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace {

const QString Devid = QStringLiteral("1000");
const QByteArray Key = QByteArrayLiteral("bench-key");
constexpr int PoolSize = 64;

QString xNumber(int i)
{
    return QStringLiteral("1700000%1").arg(i, 4, 10, QLatin1Char('0'));
}

struct Result
{
    qint64 requests = 0;
    qint64 failures = 0; // a status other than 200, or a platform error other than 0
    double seconds = 0;
    QList<qint64> latenciesUs;
    double rate() const { return seconds > 0 ? double(requests) / seconds : 0; }
    double percentileMs(double p) const
    {
        if (latenciesUs.isEmpty())
            return 0;
        QList<qint64> sorted = latenciesUs;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype i = std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size()));
        return double(sorted.at(i)) / 1000.0;
    }
};

// One keep-alive connection doing PUT (create) then DELETE (release) in a loop, each request
// built by hand and signed.
class Worker final : public QObject
{
public:
    Worker(quint16 port, int id, bool platform, Result &result, const bool &running)
        : m_port(port)
        , m_id(id)
        , m_platform(platform)
        , m_result(result)
        , m_running(running)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this]() { sendPut(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this]() { onData(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this]() { m_done = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool idle() const { return m_done || !m_inFlight; }

private:
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        const QByteArray auth =
            pn::KeytimeSigner::header(Devid, Key, QDateTime::currentMSecsSinceEpoch())
                .value_or(QByteArray());
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                             "Authorization: " + auth + "\r\n";
        if (!body.isEmpty())
            request += "Content-Type: application/x-www-form-urlencoded\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_timer.start();
        m_inFlight = true;
        m_socket.write(request);
    }
    void sendPut()
    {
        if (!m_running) {
            m_inFlight = false;
            return;
        }
        ++m_seq;
        const QByteArray n =
            QByteArray::number(qint64(m_id) * 10'000'000 + m_seq).rightJustified(8, '0');
        m_put = true;
        send("PUT", "/igw/service/uc/interline/" + xNumber(m_id % PoolSize).toLatin1(),
             "appid=app1&anum=138" + n + "&bnum=139" + n + "&reqid=b" + n + "&ttl=600");
    }
    void sendDelete(const QByteArray &subid)
    {
        m_put = false;
        send("DELETE", "/igw/service/uc/interline?appid=app1&subid=" + subid, {});
    }
    void onData()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype lengthAt = m_buffer.indexOf("Content-Length:");
        const qsizetype lengthAtLower = m_buffer.indexOf("content-length:");
        const qsizetype at = lengthAt >= 0 && lengthAt < end ? lengthAt : lengthAtLower;
        qint64 length = 0;
        if (at >= 0 && at < end)
            length =
                m_buffer.mid(at + 15, m_buffer.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        const QByteArray status = m_buffer.mid(9, 3);
        const QByteArray body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        m_result.latenciesUs.append(m_timer.nsecsElapsed() / 1000);
        ++m_result.requests;
        bool ok = status == "200";
        QByteArray subid = "none";
        if (m_platform) {
            ok = ok && body.contains("\"error\":0");
            const qsizetype s = body.indexOf("\"subid\":\"");
            if (m_put && s >= 0)
                subid = body.mid(s + 9, body.indexOf('"', s + 9) - s - 9);
            else if (m_put)
                ok = false;
        }
        if (!ok)
            ++m_result.failures;
        if (m_put)
            sendDelete(subid);
        else
            sendPut();
    }

    QTcpSocket m_socket;
    quint16 m_port;
    int m_id;
    bool m_platform;
    Result &m_result;
    const bool &m_running;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    qint64 m_seq = 0;
    bool m_put = true;
    bool m_inFlight = false;
    bool m_done = false;
};

Result runLoad(quint16 port, int connections, double seconds, bool platform)
{
    Result result;
    bool running = true;
    std::vector<std::unique_ptr<Worker>> workers;
    static int generation = 0;
    ++generation;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < connections; ++i)
        workers.push_back(
            std::make_unique<Worker>(port, generation * 100 + i, platform, result, running));
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, [&]() { running = false; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (!running &&
            std::all_of(workers.begin(), workers.end(), [](const auto &w) { return w->idle(); }))
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray adminGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
    QByteArray data;
    while (socket.waitForReadyRead(2000)) {
        data += socket.readAll();
        if (data.contains("\r\n\r\n") && data.endsWith('}'))
            break;
    }
    return data;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const double seconds = quick ? 0.4 : 3.0;
    QTextStream out(stdout);
    QTemporaryDir dir;
    bool sane = true;

    // pnsim on a real state file (WAL), as a user would run it.
    QStringList pool;
    for (int i = 0; i < PoolSize; ++i)
        pool << xNumber(i);
    QProcess pnsim;
    pnsim.setProgram(QStringLiteral(PNSIM_PATH));
    pnsim.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--account"),
                        Devid + u':' + QString::fromLatin1(Key) + QStringLiteral(":app1"),
                        QStringLiteral("--xpool"), pool.join(u','), QStringLiteral("--state"),
                        app.arguments().contains(QStringLiteral("--memory"))
                            ? QStringLiteral(":memory:")
                            : dir.filePath(QStringLiteral("pnsim.sqlite"))});
    pnsim.start();
    if (!pnsim.waitForStarted(10000) || !pnsim.waitForReadyRead(10000)) {
        out << "cannot start pnsim: " << pnsim.readAllStandardError() << '\n';
        return 1;
    }
    const quint16 simPort = quint16(QUrl(QString::fromUtf8(pnsim.readLine().trimmed())).port());

    // nginx answering a static 200: the ceiling.
    const QString prefix = dir.filePath(QStringLiteral("nginx"));
    QDir().mkpath(prefix + QStringLiteral("/logs"));
    const quint16 nginxPort = freePort();
    {
        QFile conf(prefix + QStringLiteral("/nginx.conf"));
        if (!conf.open(QIODevice::WriteOnly))
            return 1;
        conf.write(
            QStringLiteral("worker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                           "events { worker_connections 256; }\n"
                           "http { access_log off; client_body_temp_path %1/body;\n"
                           "  proxy_temp_path %1/proxy; fastcgi_temp_path %1/fastcgi;\n"
                           "  uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
                           "  keepalive_requests 1000000;\n"
                           "  server { listen 127.0.0.1:%2;\n"
                           "    location / { default_type application/json; return 200 "
                           "'{\"error\":0}'; } } }\n")
                .arg(prefix)
                .arg(nginxPort)
                .toUtf8());
    }
    QProcess nginx;
    nginx.start(QStringLiteral("nginx"), {QStringLiteral("-p"), prefix, QStringLiteral("-c"),
                                          prefix + QStringLiteral("/nginx.conf"),
                                          QStringLiteral("-g"), QStringLiteral("daemon off;")});
    bool haveNginx = nginx.waitForStarted(5000);
    if (haveNginx) {
        QTcpSocket probe;
        for (int i = 0; i < 100; ++i) {
            probe.connectToHost(QHostAddress::LocalHost, nginxPort);
            if (probe.waitForConnected(100))
                break;
            probe.abort();
            QThread::msleep(20);
        }
        haveNginx = probe.state() == QAbstractSocket::ConnectedState;
    }
    if (!haveNginx)
        out << "nginx did not start: " << nginx.readAllStandardError() << '\n';

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("server"), -14)
               .arg(QStringLiteral("conns"), 6)
               .arg(QStringLiteral("requests"), 9)
               .arg(QStringLiteral("req/s"), 9)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("failed"), 7);
    auto print = [&out](const QString &name, int conns, const Result &r) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(name, -14)
                   .arg(conns, 6)
                   .arg(r.requests, 9)
                   .arg(r.rate(), 9, 'f', 0)
                   .arg(r.percentileMs(0.50), 8, 'f', 2)
                   .arg(r.percentileMs(0.99), 8, 'f', 2)
                   .arg(r.failures, 7);
        out.flush();
    };
    double simAt32 = 0, nginxAt32 = 0;
    for (const int conns : {1, 8, 32}) {
        const Result sim = runLoad(simPort, conns, seconds, true);
        print(QStringLiteral("pnsim"), conns, sim);
        sane = sane && sim.requests > 0 && sim.failures == 0;
        if (conns == 32)
            simAt32 = sim.rate();
        if (haveNginx) {
            const Result ceiling = runLoad(nginxPort, conns, seconds, false);
            print(QStringLiteral("nginx (ceiling)"), conns, ceiling);
            sane = sane && ceiling.requests > 0 && ceiling.failures == 0;
            if (conns == 32)
                nginxAt32 = ceiling.rate();
        }
    }
    // Every binding created was released: nothing lost on the way.
    const QByteArray status = adminGet(simPort, "/sandbox/status");
    const bool noneLeft = status.contains("\"activeBindings\":0");
    out << "active bindings left in pnsim: " << (noneLeft ? "0" : "some (LOST)") << '\n';
    sane = sane && noneLeft && haveNginx;
    out << QStringLiteral("pnsim at 32 connections: %1 req/s (target >= 2000), %2% of nginx\n")
               .arg(simAt32, 0, 'f', 0)
               .arg(nginxAt32 > 0 ? 100.0 * simAt32 / nginxAt32 : 0, 0, 'f', 0);

    pnsim.terminate();
    pnsim.waitForFinished(5000);
    nginx.terminate();
    nginx.waitForFinished(5000);
    if (!sane) {
        out << "FAILED sanity checks\n";
        return 1;
    }
    if (!quick && simAt32 < 2000)
        out << "below the 2,000 req/s target\n";
    return 0;
}

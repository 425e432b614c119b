#include "callbacks/bodylimitserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace pn {

// A connection and its framing state. The server takes every byte out of the socket first,
// frames it, and puts back (ungetChar) only the bytes of the request QHttpServer may see now.
class BodyLimitTcpServer::Connection final : public QTcpSocket
{
public:
    enum class Phase { Header, Body, Answering };

    explicit Connection(QObject *parent)
        : QTcpSocket(parent)
    {}

    QByteArray inbox; // received, not yet handed on
    QByteArray feed;  // to hand on to QHttpServer at the next readyRead
    Phase phase = Phase::Header;
    qint64 bodyLeft = 0;
    qint64 requestStartMs = -1; // start of the request being received; -1 = between requests
    qint64 lastActivityMs = 0;
    bool isCut = false;
    QPointer<BodyLimitTcpServer> server;

    // Puts the feed back into the read buffer, where QHttpServer's readAll() finds it.
    void handOn()
    {
        for (qsizetype i = feed.size() - 1; i >= 0; --i)
            ungetChar(feed.at(i));
        feed.clear();
    }
};

namespace {

QByteArray statusLine(int status)
{
    switch (status) {
    case 400:
        return "400 Bad Request";
    case 408:
        return "408 Request Timeout";
    case 413:
        return "413 Request Entity Too Large";
    case 431:
        return "431 Request Header Fields Too Large";
    case 501:
        return "501 Not Implemented";
    default:
        return QByteArray::number(status);
    }
}

bool isTokenChar(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
           std::strchr("!#$%&'*+-.^_`|~", ch) != nullptr;
}

struct Framing
{
    qint64 contentLength = 0;
    int status = 0; // 0 = fine
    QString reason;
};

// Request line and headers (without the final empty line) of one request.
Framing frame(QByteArrayView head, const ConnectionLimits &limits)
{
    Framing f;
    const auto fail = [&f](int status, QString reason) {
        f.status = status;
        f.reason = std::move(reason);
        return f;
    };
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 + 1 ||
        !std::all_of(requestLine.begin(), requestLine.begin() + sp1, isTokenChar) ||
        (requestLine.sliced(sp2 + 1) != "HTTP/1.1" && requestLine.sliced(sp2 + 1) != "HTTP/1.0"))
        return fail(400, BodyLimitTcpServer::tr("Not an HTTP/1.x request line."));
    bool haveLength = false;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line =
            head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !std::all_of(line.begin(), line.begin() + colon, isTokenChar))
            return fail(400, BodyLimitTcpServer::tr("A malformed header line."));
        const QByteArrayView name = line.first(colon);
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            return fail(501,
                        BodyLimitTcpServer::tr("Chunked or encoded bodies are not accepted; send "
                                               "Content-Length."));
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = value.size() <= 18 && !value.isEmpty() &&
                      std::all_of(value.begin(), value.end(),
                                  [](char ch) { return ch >= '0' && ch <= '9'; });
            const qint64 length = ok ? value.toLongLong(&ok) : -1;
            if (!ok || (haveLength && length != f.contentLength))
                return fail(400, BodyLimitTcpServer::tr(
                                     "A missing, malformed or repeated Content-Length."));
            haveLength = true;
            f.contentLength = length;
        }
    }
    // A little over the limit is read and answered 413 by the receiver (the client then reads
    // the answer rather than a reset); more is cut here, before any of it is read.
    if (f.contentLength > limits.maxBodyBytes + BodyLimitTcpServer::DrainBytes)
        return fail(413, BodyLimitTcpServer::tr("The body announces %1 bytes; the limit is %2.")
                             .arg(f.contentLength)
                             .arg(limits.maxBodyBytes));
    return f;
}

} // namespace

BodyLimitTcpServer::BodyLimitTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // A platform may open many connections at once; with Qt's default backlog of 50 the SYNs of
    // the rest are dropped and wait a whole second for their retransmission.
    setListenBacklogSize(1024);
    setMaxPendingConnections(1024);
    m_clock.start();
    if (m_limits.maxConnections <= 0) {
        const qint64 fds = raiseDescriptorLimit();
        m_limits.maxConnections = int(std::clamp<qint64>(fds - 64, 16, 4096));
    }
    m_counters.cap = m_limits.maxConnections;
    const int shortest =
        std::min({m_limits.headerTimeoutMs, m_limits.requestTimeoutMs, m_limits.idleTimeoutMs});
    m_scan.setInterval(std::clamp(shortest / 4, 20, 1000));
    connect(&m_scan, &QTimer::timeout, this, &BodyLimitTcpServer::scan);
    m_scan.start();
}

BodyLimitTcpServer::~BodyLimitTcpServer() = default;

qint64 BodyLimitTcpServer::raiseDescriptorLimit()
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return 1024;
    if (rl.rlim_cur < rl.rlim_max) {
        rlimit raised = rl;
        raised.rlim_cur = rl.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            rl = raised;
    }
    return rl.rlim_cur == RLIM_INFINITY ? qint64(1) << 20 : qint64(rl.rlim_cur);
}

void BodyLimitTcpServer::answered(QTcpSocket *socket)
{
    auto *c = dynamic_cast<Connection *>(socket);
    if (!c || !c->server)
        return;
    // Later, so that QHttpServer has finished with the request it is handling.
    QPointer<Connection> guard(c);
    QMetaObject::invokeMethod(
        c->server.data(),
        [guard] {
            if (guard && guard->server)
                guard->server->onAnswered(guard.data());
        },
        Qt::QueuedConnection);
}

bool BodyLimitTcpServer::makeRoom()
{
    Connection *victim = nullptr;
    int open = 0;
    for (Connection *c : std::as_const(m_connections)) {
        if (c->isCut || c->state() != QAbstractSocket::ConnectedState)
            continue;
        ++open;
        if (c->phase == Connection::Phase::Answering)
            continue;
        if (!victim || c->lastActivityMs < victim->lastActivityMs)
            victim = c;
    }
    if (open < m_limits.maxConnections)
        return true;
    if (!victim)
        return false;
    ++m_counters.evicted;
    cut(victim, Cut::Evicted, 0,
        BodyLimitTcpServer::tr("closed the longest-idle connection at the cap of %1 connections")
            .arg(m_limits.maxConnections));
    return true;
}

void BodyLimitTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_connections.size() >= m_limits.maxConnections && !makeRoom()) {
        ::close(int(descriptor));
        ++m_counters.refused;
        Q_EMIT connectionCut(
            Cut::Refused, {}, 0,
            BodyLimitTcpServer::tr("refused a connection: all %1 connections have a request "
                                   "in work")
                .arg(m_limits.maxConnections));
        return;
    }
    auto *c = new Connection(this);
    if (!c->setSocketDescriptor(descriptor)) {
        delete c;
        return;
    }
    c->server = this;
    c->lastActivityMs = nowMs();
    c->requestStartMs = c->lastActivityMs; // the header timeout runs from the connection's start
    ++m_counters.accepted;
    m_connections.insert(c);
    m_counters.open = int(m_connections.size());
    connect(c, &QObject::destroyed, this, [this, c] {
        m_connections.remove(c);
        m_counters.open = int(m_connections.size());
    });
    // Connected before QHttpServer connects its own handler, so this runs first on every
    // readyRead and takes every byte before QHttpServer reads.
    connect(c, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
    // QHttpServer deletes the socket when it disconnects, unless it lost track of it.
    connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
    addPendingConnection(c);
}

void BodyLimitTcpServer::onReadyRead(Connection *c)
{
    // QHttpServer parses incrementally inside a read transaction it never rolls back; ending
    // it frees what it has read already.
    if (c->isTransactionStarted())
        c->commitTransaction();
    const QByteArray bytes = c->readAll();
    if (c->isCut)
        return;
    if (bytes.isEmpty()) {
        c->handOn(); // a readyRead of our own (onAnswered)
        return;
    }
    c->lastActivityMs = nowMs();
    if (c->phase == Connection::Phase::Header && c->requestStartMs < 0)
        c->requestStartMs = c->lastActivityMs;
    c->inbox.append(bytes);
    if (c->inbox.size() + c->feed.size() > m_limits.maxPipelineBytes) {
        ++m_counters.oversized;
        cut(c, Cut::Oversized, 413,
            BodyLimitTcpServer::tr(
                "More than %1 bytes arrived before the earlier requests were answered.")
                .arg(m_limits.maxPipelineBytes));
        return;
    }
    advance(c);
    c->handOn(); // QHttpServer's handler runs next and reads it
}

void BodyLimitTcpServer::advance(Connection *c)
{
    while (!c->isCut && !c->inbox.isEmpty() && c->phase != Connection::Phase::Answering) {
        if (c->phase == Connection::Phase::Header) {
            // Empty lines before a request line are allowed (RFC 9112 2.2).
            qsizetype skip = 0;
            while (skip + 1 < c->inbox.size() && c->inbox.at(skip) == '\r' &&
                   c->inbox.at(skip + 1) == '\n')
                skip += 2;
            if (skip > 0)
                c->inbox.remove(0, skip);
            const qsizetype end = c->inbox.indexOf("\r\n\r\n");
            if (end < 0 ? c->inbox.size() > m_limits.maxHeaderBytes
                        : end + 4 > m_limits.maxHeaderBytes) {
                ++m_counters.headerTooLarge;
                cut(c, Cut::HeaderTooLarge, 431,
                    BodyLimitTcpServer::tr("The request header passed %1 bytes.")
                        .arg(m_limits.maxHeaderBytes));
                return;
            }
            if (end < 0)
                return;
            const Framing f = frame(QByteArrayView(c->inbox).first(end), m_limits);
            if (f.status != 0) {
                if (f.status == 413)
                    ++m_counters.oversized;
                else
                    ++m_counters.malformed;
                cut(c, f.status == 413 ? Cut::Oversized : Cut::Malformed, f.status, f.reason);
                return;
            }
            c->feed.append(c->inbox.constData(), end + 4);
            c->inbox.remove(0, end + 4);
            c->bodyLeft = f.contentLength;
            c->phase = Connection::Phase::Body;
        }
        const qint64 n = std::min<qint64>(c->bodyLeft, c->inbox.size());
        c->feed.append(c->inbox.constData(), n);
        c->inbox.remove(0, n);
        c->bodyLeft -= n;
        if (c->bodyLeft == 0)
            c->phase = Connection::Phase::Answering;
        else
            return;
    }
}

void BodyLimitTcpServer::onAnswered(Connection *c)
{
    if (c->isCut || c->phase != Connection::Phase::Answering)
        return;
    c->phase = Connection::Phase::Header;
    c->lastActivityMs = nowMs();
    c->requestStartMs = c->inbox.isEmpty() ? -1 : c->lastActivityMs;
    advance(c);
    if (!c->feed.isEmpty() && !c->isCut)
        Q_EMIT c->readyRead(); // QHttpServer reads the next pipelined request
}

void BodyLimitTcpServer::scan()
{
    const qint64 now = nowMs();
    const QList<Connection *> all(m_connections.begin(), m_connections.end());
    for (Connection *c : all) {
        if (c->isCut || !m_connections.contains(c))
            continue;
        if (c->phase == Connection::Phase::Header && c->requestStartMs >= 0 &&
            now - c->requestStartMs > m_limits.headerTimeoutMs) {
            ++m_counters.headerTimeouts;
            cut(c, Cut::HeaderTimeout, c->inbox.isEmpty() ? 0 : 408,
                BodyLimitTcpServer::tr("The request header did not arrive within %1 s.")
                    .arg(m_limits.headerTimeoutMs / 1000.0));
        } else if (c->phase == Connection::Phase::Body &&
                   now - c->requestStartMs > m_limits.requestTimeoutMs) {
            ++m_counters.requestTimeouts;
            cut(c, Cut::RequestTimeout, 408,
                BodyLimitTcpServer::tr("The request body did not arrive within %1 s.")
                    .arg(m_limits.requestTimeoutMs / 1000.0));
        } else if (now - c->lastActivityMs > m_limits.idleTimeoutMs) {
            ++m_counters.idleTimeouts;
            cut(c, Cut::IdleTimeout, 0,
                BodyLimitTcpServer::tr("closed a connection idle for %1 s")
                    .arg(m_limits.idleTimeoutMs / 1000.0));
        }
    }
}

void BodyLimitTcpServer::cut(Connection *c, Cut kind, int status, const QString &reason)
{
    c->isCut = true;
    c->inbox.clear();
    c->feed.clear();
    const QHostAddress peer = c->peerAddress();
    if (status != 0 && c->state() == QAbstractSocket::ConnectedState) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), status},
                                                          {QStringLiteral("reason"), reason}})
                                    .toJson(QJsonDocument::Compact);
        c->write("HTTP/1.1 " + statusLine(status) +
                 "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
        c->disconnectFromHost(); // after the answer is written
    } else {
        c->abort();
    }
    Q_EMIT connectionCut(kind, peer, status, reason);
}

} // namespace pn

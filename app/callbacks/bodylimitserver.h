#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace pn {

// What one connection of the callback receiver may do (README "Security"). Times in ms.
struct ConnectionLimits
{
    qint64 maxHeaderBytes = 16 * 1024;         // request line and headers of one request
    qint64 maxBodyBytes = 64 * 1024;           // the Content-Length of one request
    qint64 maxPipelineBytes = 4 * 1024 * 1024; // received on a connection, not yet answered
    int headerTimeoutMs = 10'000;  // from the connection's start (or a request's first byte)
                                   // until that request's header is complete
    int requestTimeoutMs = 30'000; // from a request's start until its body is complete
    int idleTimeoutMs = 60'000;    // nothing received and nothing answered for this long
    int maxConnections = 0;        // 0 = automatic: the descriptor limit − 64, at most 4096
};

// What the receiver's connections had cut, since it started.
struct ConnectionCounters
{
    quint64 accepted = 0;
    quint64 headerTimeouts = 0;  // 408: the header did not arrive in time
    quint64 requestTimeouts = 0; // 408: the body did not arrive in time
    quint64 idleTimeouts = 0;    // closed after the idle timeout
    quint64 evicted = 0;         // closed at the connection cap to admit a new connection
    quint64 refused = 0;         // new connection refused: every slot had a request in work
    quint64 oversized = 0;       // 413: a body or a pipeline over its limit
    quint64 headerTooLarge = 0;  // 431
    quint64 malformed = 0;       // 400, 501: not HTTP/1.x framing the receiver accepts
    int open = 0;
    int cap = 0;

    quint64 cut() const
    {
        return headerTimeouts + requestTimeouts + idleTimeouts + evicted + refused + oversized +
               headerTooLarge + malformed;
    }
    bool operator==(const ConnectionCounters &) const = default;
};

// The listening socket of the callback receiver, in front of QHttpServer (6.4), which is meant
// for trusted networks: it buffers any amount, keeps idle connections forever and merges
// pipelined requests. This server reads every byte first and frames HTTP/1.x requests itself
// (request line, headers, Content-Length; no chunked bodies), and hands QHttpServer one request
// at a time: the next pipelined request only after the previous one was answered (the receiver
// calls answered()). It cuts a request over a limit with its 4xx answer, closes connections
// after the timeouts above, and at the connection cap closes the longest-idle connection
// that has no complete request in work.
class BodyLimitTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyLimitTcpServer)

public:
    enum class Cut {
        HeaderTimeout,
        RequestTimeout,
        IdleTimeout,
        Evicted,
        Refused,
        Oversized,
        HeaderTooLarge,
        Malformed
    };
    Q_ENUM(Cut)

    // A body announced larger than maxBodyBytes + DrainBytes is cut at its header; a smaller
    // one over the limit is read and answered 413 by the receiver.
    static constexpr qint64 DrainBytes = 16 * 1024;

    explicit BodyLimitTcpServer(ConnectionLimits limits, QObject *parent = nullptr);
    ~BodyLimitTcpServer() override;

    const ConnectionLimits &limits() const { return m_limits; }
    const ConnectionCounters &counters() const { return m_counters; }

    // The receiver wrote the answer to the request it got from this socket.
    static void answered(QTcpSocket *socket);
    // Raises the soft RLIMIT_NOFILE to the hard limit; returns the soft limit now in force.
    static qint64 raiseDescriptorLimit();

Q_SIGNALS:
    // A request or connection was cut; `status` is the HTTP status answered (0 = closed
    // without an answer), `reason` a translated sentence.
    void connectionCut(pn::BodyLimitTcpServer::Cut cut, const QHostAddress &peer, int status,
                       const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Connection;

    void onReadyRead(Connection *c);
    void advance(Connection *c);
    void onAnswered(Connection *c);
    void scan();
    void cut(Connection *c, Cut kind, int status, const QString &reason);
    bool makeRoom();
    qint64 nowMs() const { return m_clock.elapsed(); }

    ConnectionLimits m_limits;
    ConnectionCounters m_counters;
    QSet<Connection *> m_connections;
    QElapsedTimer m_clock;
    QTimer m_scan;
};

} // namespace pn

Q_DECLARE_METATYPE(pn::ConnectionCounters)

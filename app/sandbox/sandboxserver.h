#pragma once

#include "core/clock.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>

#include <functional>

class QSslConfiguration;

namespace pn {

// What the sandbox answers to one HTTP request.
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    bool drop = false; // close the connection without any response
    int delayMs = 0;   // wait before answering (or dropping)
};

// The HTTP side of the sandbox on Qt HTTP Server's QAbstractHttpServer: every request goes to
// one handler, so an unknown path or a wrong method is the handler's business (the platform's
// error 1001) rather than QHttpServer's router's 404. Every answer carries a `Date` header from
// the injected clock, which clients use to estimate their clock skew.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxReply(const QHttpServerRequest &)>;

    SandboxServer(const Clock &clock, Handler handler, QObject *parent = nullptr);

    // Plain HTTP, or HTTPS when `tls` is given; port 0 picks a free port.
    bool listenOn(const QHostAddress &address, quint16 port, const QSslConfiguration *tls,
                  QString *error);
    quint16 port() const { return m_port; }
    bool isTls() const { return m_tls; }

    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(qint64 epochMs);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply);
    QByteArray currentDate(); // httpDate(now), formatted once per second

    const Clock &m_clock;
    Handler m_handler;
    quint16 m_port = 0;
    bool m_tls = false;
    qint64 m_dateSecs = -1;
    QByteArray m_date;
};

} // namespace pn

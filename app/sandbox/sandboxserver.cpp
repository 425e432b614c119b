#include "sandbox/sandboxserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace pn {

SandboxServer::SandboxServer(const Clock &clock, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_clock(clock)
    , m_handler(std::move(handler))
{}

bool SandboxServer::listenOn(const QHostAddress &address, quint16 port,
                             const QSslConfiguration *tls, QString *error)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    m_tls = tls != nullptr;
    return true;
}

QByteArray SandboxServer::httpDate(qint64 epochMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    return QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray SandboxServer::currentDate()
{
    const qint64 secs = m_clock.nowSecs();
    if (secs != m_dateSecs) {
        m_dateSecs = secs;
        m_date = httpDate(secs * 1000);
    }
    return m_date;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, m_handler(request));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request.
    SandboxReply reply;
    reply.status = 404;
    reply.body = QByteArrayLiteral("{\"error\":1001}");
    send(request, socket, reply);
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const SandboxReply &reply)
{
    QPointer<QTcpSocket> guard(socket);
    auto respond = [this, guard, reply](QHttpServerResponder &responder) {
        if (!guard)
            return;
        if (reply.drop) {
            guard->abort(); // committed, and then no response at all
            return;
        }
        responder.write(reply.body,
                        {{QByteArrayLiteral("Content-Type"), reply.contentType},
                         {QByteArrayLiteral("Date"), currentDate()}},
                        QHttpServerResponder::StatusCode(reply.status));
    };
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (reply.delayMs <= 0 && !reply.drop) {
        respond(*responder);
        return;
    }
    // Dropping is deferred to the event loop too, so the server is not inside its own read
    // handler when the socket goes away.
    QTimer::singleShot(std::max(0, reply.delayMs), this,
                       [respond, responder]() mutable { respond(*responder); });
}

} // namespace pn

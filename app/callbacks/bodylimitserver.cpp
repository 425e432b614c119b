#include "callbacks/bodylimitserver.h"

#include <QTcpSocket>

namespace pn {

namespace {

// A connection with its count of bytes not yet part of a complete request.
class CountingSocket final : public QTcpSocket
{
public:
    using QTcpSocket::QTcpSocket;
    qint64 pending = 0;
    bool cut = false;
};

} // namespace

BodyLimitTcpServer::BodyLimitTcpServer(qint64 limit, OversizeHandler onOversize, QObject *parent)
    : QTcpServer(parent)
    , m_limit(limit)
    , m_onOversize(std::move(onOversize))
{
    // A platform may open many connections at once; with Qt's default backlog of 50 the SYNs of
    // the rest are dropped and wait a whole second for their retransmission.
    setListenBacklogSize(1024);
    setMaxPendingConnections(1024);
}

void BodyLimitTcpServer::requestHandled(QTcpSocket *socket)
{
    if (auto *counting = dynamic_cast<CountingSocket *>(socket))
        counting->pending = 0;
}

void BodyLimitTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new CountingSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer connects its own handler, so this runs first on every
    // readyRead and sees only the bytes QHttpServer has not parsed yet.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    addPendingConnection(socket);
}

void BodyLimitTcpServer::onReadyRead(QTcpSocket *tcp)
{
    auto *socket = static_cast<CountingSocket *>(tcp);
    if (socket->cut) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    socket->pending += socket->bytesAvailable();
    if (socket->pending <= m_limit)
        return;
    socket->cut = true;
    socket->skip(socket->bytesAvailable()); // nothing more reaches the HTTP parser
    if (m_onOversize)
        m_onOversize(socket, socket->pending);
    socket->disconnectFromHost();
}

} // namespace pn

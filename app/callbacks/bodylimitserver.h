#pragma once

#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace pn {

// The listening socket of the callback receiver. QHttpServer (6.4) buffers a whole request
// before any handler sees it, so a client announcing or sending a huge body would be held in
// memory. This server counts the bytes each connection sends while a request is incomplete and
// cuts the connection with 413 once they pass `limit`; the receiver calls requestHandled()
// whenever a complete request reached it.
class BodyLimitTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyLimitTcpServer)

public:
    using OversizeHandler = std::function<void(QTcpSocket *socket, qint64 bytes)>;

    BodyLimitTcpServer(qint64 limit, OversizeHandler onOversize, QObject *parent = nullptr);

    static void requestHandled(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);

    qint64 m_limit;
    OversizeHandler m_onOversize;
};

} // namespace pn

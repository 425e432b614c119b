#pragma once

// A real HTTP(S) server on 127.0.0.1 for the recordings archive tests: serves one body per path,
// honours "Range: bytes=N-" (206) unless told not to, and can cut the connection after some
// bytes or trickle the body slowly (so a test can kill a download half-way).

#include <QHash>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

class RecordingServer final : public QObject
{
public:
    struct Resource
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "audio/wav";
        qint64 cutAfter = -1; // close the connection after this many body bytes (-1 = never)
        int trickleMs = 0;    // send 512 bytes every trickleMs (0 = at once)
        bool ignoreRange = false;
    };

    explicit RecordingServer(const QSslConfiguration *tls = nullptr)
    {
        if (tls) {
            auto *ssl = new QSslServer(this);
            ssl->setSslConfiguration(*tls);
            m_server = ssl;
            connect(ssl, &QSslServer::pendingConnectionAvailable, this, &RecordingServer::accept);
        } else {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
                    &RecordingServer::accept);
        }
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server->serverPort(); }
    void set(const QString &path, const Resource &resource) { m_resources.insert(path, resource); }
    Resource &resource(const QString &path) { return m_resources[path]; }
    QStringList ranges() const { return m_ranges; } // the Range header of each request ("" = none)
    int requests() const { return int(m_ranges.size()); }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                buffer->clear();
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                QString range;
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("range:"))
                        range = QString::fromLatin1(line.mid(6).trimmed());
                }
                m_ranges << range;
                respond(socket, QString::fromLatin1(first.value(1)), range);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void respond(QTcpSocket *socket, const QString &path, const QString &range)
    {
        if (!m_resources.contains(path)) {
            socket->write(
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const Resource r = m_resources.value(path);
        qint64 from = 0;
        if (!r.ignoreRange && range.startsWith(QLatin1StringView("bytes=")) && r.status == 200)
            from = range.mid(6).section(u'-', 0, 0).toLongLong();
        if (from > r.body.size()) {
            socket->write("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const QByteArray body = r.body.mid(from);
        QByteArray head = from > 0 ? QByteArray("HTTP/1.1 206 Partial Content\r\n")
                                   : "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
        head += "Content-Type: " + r.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (from > 0)
            head += "Content-Range: bytes " + QByteArray::number(from) + '-' +
                    QByteArray::number(r.body.size() - 1) + '/' +
                    QByteArray::number(r.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        const QByteArray payload = r.cutAfter >= 0 ? body.left(r.cutAfter) : body;
        if (r.trickleMs <= 0) {
            socket->write(payload);
            if (r.cutAfter >= 0) {
                socket->flush();
                socket->abort();
                return;
            }
            socket->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard, timer, payload, sent] {
            if (!guard)
                return;
            guard->write(payload.mid(*sent, 512));
            *sent += 512;
            if (*sent >= payload.size()) {
                timer->stop();
                guard->disconnectFromHost();
            }
        });
        timer->start(r.trickleMs);
    }

    QTcpServer *m_server = nullptr;
    QHash<QString, Resource> m_resources;
    QStringList m_ranges;
};

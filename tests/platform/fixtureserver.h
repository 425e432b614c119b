#pragma once

// A scripted platform for client tests: a real HTTP(S) server on 127.0.0.1 port 0 that records
// every request and answers from a script (status, body, and the clock its Date header shows).

#include "core/keytimesigner.h"

#include <QAbstractHttpServer>
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

#include <functional>

struct SeenRequest
{
    QByteArray method;
    QString path;
    QString query; // encoded, as sent
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
};

struct ScriptedReply
{
    int status = 200; // 0 = close the connection without answering
    QByteArray body = "{\"error\":0,\"subid\":\"S1\"}";
    qint64 dateOffsetMs = 0; // the "platform clock" relative to this computer's
};

class FixtureServer final : public QAbstractHttpServer
{
public:
    using Script = std::function<ScriptedReply(const SeenRequest &, int index)>;

    explicit FixtureServer(Script script)
        : m_script(std::move(script))
    {}

    bool start(const QSslConfiguration *tls = nullptr)
    {
        QTcpServer *server = nullptr;
        if (tls) {
            auto *ssl = new QSslServer(this);
            ssl->setSslConfiguration(*tls);
            server = ssl;
        } else {
            server = new QTcpServer(this);
        }
        if (!server->listen(QHostAddress::LocalHost, 0))
            return false;
        bind(server);
        m_port = server->serverPort();
        return true;
    }
    quint16 port() const { return m_port; }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1"), bool tls = false) const
    {
        return QUrl(QStringLiteral("%1://%2:%3").arg(tls ? u"https" : u"http", host).arg(m_port));
    }
    const QList<SeenRequest> &seen() const { return m_seen; }

    static QByteArray httpDate(qint64 ms)
    {
        return QLocale::c()
            .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                      QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        SeenRequest seen;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            seen.method = "GET";
            break;
        case QHttpServerRequest::Method::Put:
            seen.method = "PUT";
            break;
        case QHttpServerRequest::Method::Delete:
            seen.method = "DELETE";
            break;
        default:
            seen.method = "OTHER";
        }
        seen.path = request.url().path();
        seen.query = request.url().query(QUrl::FullyEncoded);
        seen.body = request.body();
        seen.authorization = request.value(QByteArrayLiteral("Authorization"));
        seen.contentType = request.value(QByteArrayLiteral("Content-Type"));
        m_seen.append(seen);
        const ScriptedReply reply = m_script(seen, int(m_seen.size()) - 1);
        if (reply.status == 0) { // drop: close the connection without any answer
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(0, this, [guard] {
                if (guard)
                    guard->abort();
            });
            return true;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(reply.body,
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                         {QByteArrayLiteral("Date"),
                          httpDate(QDateTime::currentMSecsSinceEpoch() + reply.dateOffsetMs)}},
                        QHttpServerResponder::StatusCode(reply.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Script m_script;
    QList<SeenRequest> m_seen;
    quint16 m_port = 0;
};

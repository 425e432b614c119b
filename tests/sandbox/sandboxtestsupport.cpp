#include "sandboxtestsupport.h"

#include "core/keytimesigner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

namespace pn::test {

void addStandardAccounts(SandboxPlatform &sandbox)
{
    auto make = [](const QString &devid, int state, double balance, double overdraft) {
        SandboxAccount a;
        a.devid = devid;
        a.key = Key;
        a.appids = {QStringLiteral("app1"), QStringLiteral("app2")};
        a.state = state;
        a.role = QStringLiteral("developer");
        a.balance = balance;
        a.overdraft = overdraft;
        a.createTimeMs = 1'600'000'000'000;
        a.updateTimeMs = 1'650'000'000'000;
        a.xpool = Pool;
        return a;
    };
    sandbox.addAccount(make(Devid, 1, 100, 50));
    sandbox.addAccount(make(QStringLiteral("2000"), 2, 100, 0));
    sandbox.addAccount(make(QStringLiteral("3000"), 3, 100, 0));
    sandbox.addAccount(make(QStringLiteral("4000"), 1, 0, 0));
    sandbox.addAccount(make(QStringLiteral("5000"), 0, -5, 10));
}

QByteArray authorization(const QString &devid, const QByteArray &key, qint64 timestampMs)
{
    return KeytimeSigner::header(devid, key, timestampMs).value_or(QByteArray());
}

HttpResult RawClient::send(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body, const QByteArray &auth,
                           const QByteArray &contentType)
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    if (!body.isEmpty() || method == "PUT" || method == "POST")
        request.setRawHeader("Content-Type", contentType);
    if (!m_ca.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_ca);
        request.setSslConfiguration(tls);
    }
    request.setTransferTimeout(10000);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.body = reply->readAll();
    r.date = reply->rawHeader("Date");
    r.contentType = reply->rawHeader("Content-Type");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.jsonOk = parseError.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    reply->deleteLater();
    return r;
}

HttpResult RawClient::signedSend(const QByteArray &method, const QString &pathAndQuery,
                                 const QByteArray &body, qint64 timestampMs, const QString &devid,
                                 const QByteArray &key, const QByteArray &contentType)
{
    return send(method, pathAndQuery, body, authorization(devid, key, timestampMs), contentType);
}

namespace {

// True once `data` holds a whole HTTP response (headers and Content-Length bytes of body).
bool completeResponse(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return data.size() >= end + 4 + length;
}

} // namespace

QByteArray rawExchange(quint16 port, const QByteArray &request, bool *closed, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray received;
    *closed = false;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&]() {
        received += socket.readAll();
        if (completeResponse(received))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&]() {
        *closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError e) {
                         if (e == QAbstractSocket::RemoteHostClosedError)
                             *closed = true;
                         loop.quit();
                     });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&]() { socket.write(request); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    received += socket.readAll();
    return received;
}

RawResponse parseRawResponse(const QByteArray &data)
{
    RawResponse r;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    r.body = data.mid(end + 4);
    return r;
}

QByteArray rawRequest(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &authorization, const QByteArray &body)
{
    QByteArray out = method + ' ' + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!authorization.isEmpty())
        out += "Authorization: " + authorization + "\r\n";
    if (!body.isEmpty() || method == "PUT")
        out += "Content-Type: application/x-www-form-urlencoded\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return out;
}

bool makeCertificate(const QString &dir, QString *certFile, QString *keyFile)
{
    *certFile = dir + QStringLiteral("/cert.pem");
    *keyFile = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   *keyFile, QStringLiteral("-out"), *certFile, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

} // namespace pn::test

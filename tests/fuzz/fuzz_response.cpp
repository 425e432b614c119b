// The platform's answers as PlatformClient reads them: status line, Date header (clock skew)
// and JSON body from a hostile or broken platform. A loopback server in this process answers
// each request with the fuzz input, so whatever function parses the answer (inline or
// factored out) is the one fuzzed. Input: byte 0 picks the HTTP status, byte 1 the call;
// the rest is "Date value" NUL "body", or only the body.
#include "core/clock.h"
#include "core/requests.h"
#include "platform/platformclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QByteArray s_answer;
QTcpServer *s_server = nullptr;

void answer(QTcpSocket *socket)
{
    QByteArray *seen = new QByteArray;
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, seen] {
        *seen += socket->readAll();
        const qsizetype end = seen->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype at = seen->toLower().indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0
                   : seen->mid(at + 15, seen->indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (seen->size() < end + 4 + length)
            return;
        seen->clear();
        socket->write(s_answer);
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, seen] {
        delete seen;
        socket->deleteLater();
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    s_server = new QTcpServer;
    if (!s_server->listen(QHostAddress::LocalHost, 0))
        std::abort();
    QObject::connect(s_server, &QTcpServer::newConnection, s_server, [] {
        while (QTcpSocket *s = s_server->nextPendingConnection())
            answer(s);
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const int statuses[] = {200, 200, 200, 401, 500, 503, 404, 429};
    const int status = statuses[data[0] & 7];
    QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    QByteArray date;
    if (const qsizetype nul = rest.indexOf('\0'); nul >= 0) {
        date = rest.left(nul).replace('\r', ' ').replace('\n', ' ');
        rest = rest.mid(nul + 1);
    }
    s_answer = "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\nConnection: close\r\n" +
               (date.isEmpty() ? QByteArray() : "Date: " + date + "\r\n") +
               "Content-Length: " + QByteArray::number(rest.size()) + "\r\n\r\n" + rest;

    // A fresh client each time: what one answer taught it (rate, clock offset) stays out of
    // the next input.
    pn::PlatformClient client(pn::SystemClock::instance());
    pn::ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(s_server->serverPort()));
    config.devid = QStringLiteral("10000000");
    config.key = "fuzz-key";
    config.timeoutMs = 2000;
    config.maxAttempts = 1; // one answer per input
    config.allowPlainHttp = true;
    client.setConfig(config);
    pn::PlatformClient *s_client = &client;
    QEventLoop loop;
    bool done = false;
    const auto finished = [&](const pn::PlatformResult &r) {
        // Whatever came back, a result that is not ok says why.
        if (r.kind != pn::PlatformResult::Kind::Ok && r.message.isEmpty())
            std::abort();
        done = true;
        loop.quit();
    };
    switch (data[1] % 3) {
    case 0:
        s_client->status(finished);
        break;
    case 1: {
        pn::BindingRequest b;
        b.appid = QStringLiteral("app1");
        b.x = QStringLiteral("17000000001");
        b.anum = QStringLiteral("13800138000");
        b.bnum = QStringLiteral("13900139000");
        b.ttl = 60;
        s_client->bind(b, finished);
        break;
    }
    default:
        s_client->release(QStringLiteral("app1"), QStringLiteral("sub-1"), finished);
        break;
    }
    if (!done) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!done)
        std::abort(); // no answer at all within 5 s: the client hangs
    return 0;
}

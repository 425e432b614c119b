// A hostile platform: a raw HTTP server on 127.0.0.1 that answers binds and releases with
// every kind of malformed answer (wrong subid types, out-of-range error codes, success with a
// failure status, 1 MiB and 50 MiB bodies). Whatever it says, the intent stays pending (or the
// release stays requested), the process neither crashes nor hangs past its timeout, and its
// memory stays small: the client reads at most 64 KiB of an answer.

#include "ledger/ledger.h"
#include "platform/bindingservice.h"
#include "platform/platformclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Under AddressSanitizer (.ci/run's sanitizer stage) freed memory waits in a quarantine of
// 256 MB by default before it is reused, which alone breaks the 100 MB bound below although
// nothing is kept. A small quarantine keeps the bound meaningful there (ASAN_OPTIONS from the
// environment still override it).
#if defined(__SANITIZE_ADDRESS__)
#define PN_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PN_UNDER_ASAN 1
#endif
#endif
#ifdef PN_UNDER_ASAN
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=8";
}
#endif

using namespace pn;

namespace {

// One scripted answer: a status line, a body (prefix + `fill` bytes of 'A' + suffix, written as
// the socket drains so the server never holds it) and whether a Content-Length is sent.
struct HostileAnswer
{
    int status = 200;
    QByteArray prefix;
    qint64 fill = 0;
    QByteArray suffix;
    bool contentLength = true;
};

class HostileServer final : public QObject
{
public:
    explicit HostileServer(HostileAnswer answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            buffer->remove(0, end + 4 + length);
            ++m_requests;
            answer(socket);
        });
    }
    void answer(QTcpSocket *socket)
    {
        const HostileAnswer &a = m_answer;
        const qint64 total = a.prefix.size() + a.fill + a.suffix.size();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\n" +
                          "Content-Type: application/json\r\n";
        if (a.contentLength)
            head += "Content-Length: " + QByteArray::number(total) + "\r\n";
        else
            head += "Connection: close\r\n";
        socket->write(head + "\r\n" + a.prefix);
        auto left = std::make_shared<qint64>(a.fill);
        auto pump = [socket, left, suffix = a.suffix, close = !a.contentLength] {
            static const QByteArray chunk(64 * 1024, 'A');
            while (*left > 0 && socket->bytesToWrite() < 256 * 1024 &&
                   socket->state() == QAbstractSocket::ConnectedState) {
                const qint64 n = qMin<qint64>(*left, chunk.size());
                socket->write(chunk.constData(), n);
                *left -= n;
            }
            if (*left == 0) {
                *left = -1;
                socket->write(suffix);
                if (close)
                    socket->disconnectFromHost();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    QTcpServer m_server;
    HostileAnswer m_answer;
    int m_requests = 0;
};

qint64 statusKb(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

BindingRequest bindRequest(const QString &reqid)
{
    BindingRequest r;
    r.appid = QStringLiteral("APP1");
    r.x = QStringLiteral("13900000001");
    r.anum = QStringLiteral("13800138000");
    r.bnum = QStringLiteral("13700137000");
    r.ttl = 600;
    r.reqid = reqid;
    return r;
}

} // namespace

class TestHostilePlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#if defined(__SANITIZE_ADDRESS__)
        m_baselineKb = statusKb("VmRSS"); // ASan's own memory is not the client's
#endif
    }

    void malformedAnswersLeaveTheIntentPending_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<qint64>("fill");
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<bool>("contentLength");
        QTest::addColumn<bool>("forRelease"); // the answer is malformed for a release too
        auto row = [](const char *name, int status, const QByteArray &prefix, qint64 fill = 0,
                      const QByteArray &suffix = {}, bool contentLength = true,
                      bool forRelease = false) {
            QTest::newRow(name) << status << prefix << fill << suffix << contentLength
                                << forRelease;
        };
        row("subid number", 200, R"({"error":0,"subid":12345})");
        row("subid float", 200, R"({"error":0,"subid":1.5e300})");
        row("subid bool", 200, R"({"error":0,"subid":true})");
        row("subid array", 200, R"({"error":0,"subid":["S1"]})");
        row("subid object", 200, R"({"error":0,"subid":{"id":"S1"}})");
        row("subid null", 200, R"({"error":0,"subid":null})");
        row("subid empty", 200, R"({"error":0,"subid":""})");
        row("subid missing", 200, R"({"error":0})");
        row("subid 129 characters", 200, R"({"error":0,"subid":")", 129, R"("})");
        row("subid 1 MiB", 200, R"({"error":0,"subid":")", 1024 * 1024, R"("})");
        row("subid control character", 200, R"({"error":0,"subid":"S1\u0001X"})");
        row("subid newline", 200, R"({"error":0,"subid":"S1\nX"})");
        row("subid space", 200, R"({"error":0,"subid":"S1 X"})");
        row("subid non-ASCII", 200, R"({"error":0,"subid":"S1é"})");
        row("error 1e300", 200, R"({"error":1e300,"subid":"S1"})", 0, {}, true, true);
        row("error 2^32", 200, R"({"error":4294967296,"subid":"S1"})", 0, {}, true, true);
        row("error 2^32+1302", 200, R"({"error":4294968598,"subid":"S1"})", 0, {}, true, true);
        row("error -2^32", 200, R"({"error":-4294967296,"subid":"S1"})", 0, {}, true, true);
        row("error 0.5", 200, R"({"error":0.5,"subid":"S1"})", 0, {}, true, true);
        row("error string", 200, R"({"error":"0","subid":"S1"})", 0, {}, true, true);
        row("error null", 200, R"({"error":null,"subid":"S1"})", 0, {}, true, true);
        row("error missing", 200, R"({"subid":"S1"})", 0, {}, true, true);
        row("HTTP 400 with error 0", 400, R"({"error":0,"subid":"S1"})", 0, {}, true, true);
        row("HTTP 404 with error 0", 404, R"({"error":0,"subid":"S1"})", 0, {}, true, true);
        row("HTTP 500 with error 0", 500, R"({"error":0,"subid":"S1"})", 0, {}, true, true);
        // A failure status whose error code is not a valid integer says nothing definite: it
        // is malformed (pending, same reqid again), never "surely not done" (failed).
        row("HTTP 400 with error 1e300", 400, R"({"error":1e300})", 0, {}, true, true);
        row("HTTP 400 with error 2^32+1302", 400, R"({"error":4294968598})", 0, {}, true, true);
        row("HTTP 400 with error 0.5", 400, R"({"error":0.5})", 0, {}, true, true);
        row("HTTP 400 with error string", 400, R"({"error":"1302"})", 0, {}, true, true);
        row("HTTP 400 with error null", 400, R"({"error":null})", 0, {}, true, true);
        row("HTTP 400 without error", 400, R"({"reason":"bad"})", 0, {}, true, true);
        row("HTTP 403 JSON array", 403, "[1302]", 0, {}, true, true);
        row("HTTP 404 HTML", 404, "<html>not found</html>", 0, {}, true, true);
        row("HTTP 429 empty body", 429, "", 0, {}, true, true);
        row("not JSON", 200, "<html>hello</html>", 0, {}, true, true);
        row("JSON array", 200, "[0]", 0, {}, true, true);
        row("empty body", 200, "", 0, {}, true, true);
        row("50 MiB with Content-Length", 200, R"({"error":0,"subid":"S1","x":")", 50 * 1024 * 1024,
            R"("})", true, true);
        row("50 MiB without Content-Length", 200, R"({"error":0,"subid":"S1","x":")",
            50 * 1024 * 1024, R"("})", false, true);
    }
    void malformedAnswersLeaveTheIntentPending()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, prefix);
        QFETCH(qint64, fill);
        QFETCH(QByteArray, suffix);
        QFETCH(bool, contentLength);
        QFETCH(bool, forRelease);
        HostileServer server({status, prefix, fill, suffix, contentLength});
        QVERIFY(server.start());

        QTemporaryDir dir;
        Ledger ledger(Ledger::pathInDataDir(dir.path()), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const auto profile = ledger.ensureAdhocProfile(
            server.url().toString(), QStringLiteral("D1"), QStringLiteral("APP1"), &error);
        QVERIFY(profile);
        PlatformClient client(SystemClock::instance());
        ClientConfig c;
        c.baseUrl = server.url();
        c.devid = QStringLiteral("D1");
        c.key = QByteArrayLiteral("key");
        c.allowPlainHttp = true;
        c.maxAttempts = 2;
        c.backoffInitialMs = 10;
        c.backoffMaxMs = 20;
        c.timeoutMs = 5000;
        client.setConfig(c);
        BindingService service(ledger, client, *profile);

        auto run = [&](const std::function<bool(BindingService::Done)> &send) {
            std::optional<ServiceOutcome> outcome;
            QEventLoop loop;
            QElapsedTimer timer;
            timer.start();
            if (!send([&](const ServiceOutcome &o) {
                    outcome = o;
                    loop.quit();
                }))
                return outcome;
            // Two attempts of at most 5 s each, plus back-off: never longer.
            QTimer::singleShot(2 * c.timeoutMs + 2000, &loop, &QEventLoop::quit);
            loop.exec();
            return outcome;
        };

        // A bind: the answer is malformed, so the intent stays pending for reconciliation.
        qint64 id = 0;
        const auto bound = run([&](BindingService::Done done) {
            const auto created =
                service.createBinding(bindRequest(QStringLiteral("hostile-1")), done, &error);
            id = created.value_or(0);
            return created.has_value();
        });
        QVERIFY2(bound, "no outcome within the client's timeouts");
        QCOMPARE(bound->kind, ServiceOutcome::Kind::Unknown);
        QVERIFY(!bound->message.isEmpty());
        QCOMPARE(ledger.bindings().bindingById(id)->state, RecordState::Pending);
        QVERIFY(ledger.bindings().bindingById(id)->subid.isEmpty());
        QCOMPARE(server.requests(), 2);

        if (forRelease) {
            // A release of an active binding: the answer proves nothing, so the binding stays
            // active with its release still requested.
            QVERIFY(ledger.bindings().markBindingActive(
                id, QStringLiteral("S-REAL"), QDateTime::currentMSecsSinceEpoch() + 600'000));
            const auto released = run([&](BindingService::Done done) {
                return service.releaseBinding(id, done, &error);
            });
            QVERIFY2(released, "no outcome within the client's timeouts");
            QCOMPARE(released->kind, ServiceOutcome::Kind::Unknown);
            const auto b = ledger.bindings().bindingById(id);
            QCOMPARE(b->state, RecordState::Active);
            QVERIFY(b->releaseRequestedAt);
            QCOMPARE(b->subid, QStringLiteral("S-REAL"));
        }

        const qint64 peakKb = statusKb("VmHWM");
        qInfo("VmRSS %lld kB, VmHWM %lld kB", statusKb("VmRSS"), peakKb);
        QVERIFY(peakKb > 0);
        QVERIFY2(peakKb - m_baselineKb < 100 * 1024, qPrintable(QString::number(peakKb)));
    }

    void aValidAnswerStillWorks()
    {
        // The same server with a proper answer: the guard is not a wall.
        HostileServer server({200, R"({"error":0,"subid":"S-1.a_b:c"})", 0, {}, true});
        QVERIFY(server.start());
        QTemporaryDir dir;
        Ledger ledger(Ledger::pathInDataDir(dir.path()), SystemClock::instance());
        QString error;
        QVERIFY(ledger.open(&error));
        const auto profile =
            ledger.ensureAdhocProfile(server.url().toString(), QStringLiteral("D1"), {}, &error);
        PlatformClient client(SystemClock::instance());
        ClientConfig c;
        c.baseUrl = server.url();
        c.devid = QStringLiteral("D1");
        c.key = QByteArrayLiteral("key");
        c.allowPlainHttp = true;
        client.setConfig(c);
        BindingService service(ledger, client, *profile);
        std::optional<ServiceOutcome> outcome;
        QEventLoop loop;
        const auto id = service.createBinding(
            bindRequest(QStringLiteral("ok-1")),
            [&](const ServiceOutcome &o) {
                outcome = o;
                loop.quit();
            },
            &error);
        QVERIFY(id);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, ServiceOutcome::Kind::Created);
        QCOMPARE(ledger.bindings().bindingById(*id)->subid, QStringLiteral("S-1.a_b:c"));
    }

    void aValidErrorOnAFailureStatusStillFails()
    {
        // HTTP 400 with a proper error code is a definite refusal: failed, sent once.
        HostileServer server({400, R"({"error":1302,"reason":"no X number"})", 0, {}, true});
        QVERIFY(server.start());
        QTemporaryDir dir;
        Ledger ledger(Ledger::pathInDataDir(dir.path()), SystemClock::instance());
        QString error;
        QVERIFY(ledger.open(&error));
        const auto profile =
            ledger.ensureAdhocProfile(server.url().toString(), QStringLiteral("D1"), {}, &error);
        PlatformClient client(SystemClock::instance());
        ClientConfig c;
        c.baseUrl = server.url();
        c.devid = QStringLiteral("D1");
        c.key = QByteArrayLiteral("key");
        c.allowPlainHttp = true;
        client.setConfig(c);
        BindingService service(ledger, client, *profile);
        std::optional<ServiceOutcome> outcome;
        QEventLoop loop;
        const auto id = service.createBinding(
            bindRequest(QStringLiteral("refused-1")),
            [&](const ServiceOutcome &o) {
                outcome = o;
                loop.quit();
            },
            &error);
        QVERIFY(id);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, ServiceOutcome::Kind::Failed);
        QCOMPARE(ledger.bindings().bindingById(*id)->state, RecordState::Failed);
        QCOMPARE(server.requests(), 1);
    }

private:
    qint64 m_baselineKb = 0;
};

QTEST_GUILESS_MAIN(TestHostilePlatform)
#include "tst_hostileplatform.moc"

#include "callbacks/callbackreceiver.h"

#include "callbacks/bodylimitserver.h"
#include "core/logging.h"
#include "core/phonemask.h"

#include "core/callresultcatalog.h"
#include "core/clock.h"
#include "core/formencoding.h"
#include "core/keytimesigner.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QPointer>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace pn {

namespace {

constexpr qsizetype MaxStoredBody = 4096;

using Status = QHttpServerResponder::StatusCode;

QByteArray jsonAnswer(int error, const QString &reason = {})
{
    QJsonObject o{{QStringLiteral("error"), error}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QByteArray &okAnswer()
{
    static const QByteArray body = jsonAnswer(0);
    return body;
}

QString routePath(const QHttpServerRequest &request)
{
    return request.url().path();
}

} // namespace

struct CallbackReceiver::Pending
{
    Pending(QHttpServerResponder &&r, QTcpSocket *s, CallbackEvent e)
        : responder(std::move(r))
        , socket(s)
        , event(std::move(e))
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    CallbackEvent event;
    std::variant<CdrRecord, CallStartRecord> record;
};

CallbackReceiver::CallbackReceiver(QString ledgerPath, const Clock &clock, Options options,
                                   QObject *parent)
    : QObject(parent)
    , m_path(std::move(ledgerPath))
    , m_clock(clock)
    , m_options(std::move(options))
{
    qRegisterMetaType<pn::CdrRecord>();
    qRegisterMetaType<pn::CallStartRecord>();
    qRegisterMetaType<pn::CallbackEvent>();
    qRegisterMetaType<pn::ConnectionCounters>();
}

CallbackReceiver::~CallbackReceiver()
{
    stop();
}

bool CallbackReceiver::start(QString *error)
{
    if (m_server)
        return true;
    QPointer<CallbackReceiver> self(this);
    m_writer = std::make_unique<CallWriter>(m_path, m_options.durability, m_options.keepRejected,
                                            [self](QList<CallWriter::Outcome> outcomes) {
                                                // Back to the receiver's thread, where the sockets
                                                // live.
                                                if (self)
                                                    QMetaObject::invokeMethod(
                                                        self.data(),
                                                        [self, outcomes = std::move(outcomes)] {
                                                            if (self)
                                                                self->finish(outcomes);
                                                        },
                                                        Qt::QueuedConnection);
                                            });
    if (!m_writer->start(error)) {
        m_writer.reset();
        return false;
    }
    m_server = std::make_unique<QHttpServer>();
    const auto post = QHttpServerRequest::Method::Post;
    m_server->route(QStringLiteral("/cdr"), post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handle(request, std::move(responder), Route::Cdr);
                    });
    m_server->route(QStringLiteral("/callstart"), post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handle(request, std::move(responder), Route::CallStart);
                    });
    m_server->route(QStringLiteral("/callback"), post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handle(request, std::move(responder), Route::Either);
                    });
    m_server->setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            QTcpSocket *socket = responder.socket();
            const QString path = routePath(request);
            const bool known = path == QLatin1StringView("/cdr") ||
                               path == QLatin1StringView("/callstart") ||
                               path == QLatin1StringView("/callback");
            if (known) {
                responder.write(jsonAnswer(405, tr("Use POST.")),
                                {{"Content-Type", "application/json"}, {"Allow", "POST"}},
                                Status::MethodNotAllowed);
            } else {
                responder.write(jsonAnswer(404, tr("Not found; callbacks go to /cdr, "
                                                   "/callstart or /callback.")),
                                {{"Content-Type", "application/json"}}, Status::NotFound);
            }
            BodyLimitTcpServer::answered(socket);
        });
    // Frames every request itself, one at a time, within the limits (QHttpServer would buffer
    // any amount, keep idle connections forever and merge pipelined requests).
    auto *tcp = new BodyLimitTcpServer(m_options.limits, m_server.get());
    m_tcp = tcp;
    connect(tcp, &BodyLimitTcpServer::connectionCut, this, &CallbackReceiver::onCut);
    if (tcp->listen(m_options.address, m_options.port)) {
        m_server->bind(tcp);
        m_port = tcp->serverPort();
    }
    if (m_port == 0) {
        if (error)
            *error = tr("Cannot listen on %1 port %2.")
                         .arg(m_options.address.toString())
                         .arg(m_options.port);
        m_server.reset();
        m_writer.reset();
        return false;
    }
    return true;
}

void CallbackReceiver::stop()
{
    if (m_writer) {
        m_writer->stop(); // everything queued is committed; its outcomes are queued to us
        m_writer.reset();
    }
    // Answer what the writer committed before it stopped.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_pending.clear();
    if (m_tcp)
        m_lastCounters = m_tcp->counters();
    m_server.reset();
    m_port = 0;
}

bool CallbackReceiver::isListening() const
{
    return m_server && m_port != 0;
}

QUrl CallbackReceiver::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress a = m_options.address == QHostAddress(QHostAddress::Any) ||
                                   m_options.address == QHostAddress(QHostAddress::AnyIPv4)
                               ? QHostAddress(QHostAddress::LocalHost)
                           : m_options.address == QHostAddress(QHostAddress::AnyIPv6)
                               ? QHostAddress(QHostAddress::LocalHostIPv6)
                               : m_options.address;
    url.setHost(a.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl CallbackReceiver::listenUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcp ? m_tcp->serverAddress().toString() : m_options.address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

ConnectionCounters CallbackReceiver::counters() const
{
    return m_tcp ? m_tcp->counters() : m_lastCounters;
}

QUrl CallbackReceiver::cdrUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("cdr")));
}

QUrl CallbackReceiver::callStartUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("callstart")));
}

QUrl CallbackReceiver::callbackUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("callback")));
}

std::optional<QList<CallbackReceiver::Subnet>> CallbackReceiver::parseAllowList(const QString &text,
                                                                                QString *error)
{
    QList<Subnet> out;
    for (const QString &raw :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        Subnet subnet;
        if (raw.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(raw);
        } else {
            QHostAddress a;
            if (a.setAddress(raw))
                subnet = {a, a.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            if (error)
                *error = tr("Not an address or subnet: %1").arg(raw);
            return std::nullopt;
        }
        out << subnet;
    }
    return out;
}

bool CallbackReceiver::allowed(const QHostAddress &remote) const
{
    if (m_options.allowList.isEmpty())
        return true;
    bool isV4 = false;
    const quint32 v4 = remote.toIPv4Address(&isV4);
    const QHostAddress plain = isV4 ? QHostAddress(v4) : remote;
    for (const Subnet &s : m_options.allowList) {
        if (plain.isInSubnet(s) || remote.isInSubnet(s))
            return true;
    }
    return false;
}

bool CallbackReceiver::tokenMatches(const QHttpServerRequest &request) const
{
    if (m_options.token.isEmpty())
        return true;
    QByteArray given = request.value(QByteArrayLiteral("X-PN-Token"));
    if (given.isEmpty())
        given =
            request.query().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
    return KeytimeSigner::constantTimeEquals(given, m_options.token);
}

void CallbackReceiver::reject(const QHttpServerRequest &request, QHttpServerResponder &responder,
                              int status, const QString &reason)
{
    QTcpSocket *socket = responder.socket();
    responder.write(jsonAnswer(status, reason), {{"Content-Type", "application/json"}},
                    Status(status));
    BodyLimitTcpServer::answered(socket);
    CallbackEvent event;
    event.receivedAtMs = m_clock.nowMs();
    event.remote = request.remoteAddress().toString();
    event.path = routePath(request);
    event.httpStatus = status;
    event.reason = reason;
    RejectedCallback r;
    r.receivedAtMs = event.receivedAtMs;
    r.remote = event.remote;
    r.path = event.path;
    r.contentType = QString::fromLatin1(request.value(QByteArrayLiteral("Content-Type")).left(200));
    r.httpStatus = status;
    r.reason = reason;
    // Never keep a secret: the token travels in a header or the query, not in the body.
    r.body = status == 401 ? QString() : QString::fromUtf8(request.body().left(MaxStoredBody));
    r.profileId = m_options.profileId; // this receiver's profile (its port), if it has one
    if (m_writer)
        m_writer->enqueue({0, r});
    Q_EMIT callbackRejected(event);
}

void CallbackReceiver::onCut(BodyLimitTcpServer::Cut cut, const QHostAddress &peer, int status,
                             const QString &reason)
{
    Q_UNUSED(cut)
    // Timeouts and evictions are only counted (an attack would flood the ledger); answered
    // cuts (408, 413, 431, 400, 501) are kept like every rejected callback.
    if (status != 0) {
        CallbackEvent event;
        event.receivedAtMs = m_clock.nowMs();
        event.remote = peer.toString();
        event.httpStatus = status;
        event.reason = reason;
        RejectedCallback r;
        r.receivedAtMs = event.receivedAtMs;
        r.remote = event.remote;
        r.httpStatus = status;
        r.reason = reason;
        r.profileId = m_options.profileId;
        if (m_writer)
            m_writer->enqueue({0, r});
        Q_EMIT callbackRejected(event);
    }
    Q_EMIT connectionCut(reason, counters());
}

void CallbackReceiver::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                              Route route)
{
    if (!allowed(request.remoteAddress())) {
        reject(
            request, responder, 403,
            tr("The sender %1 is not on the allow-list.").arg(request.remoteAddress().toString()));
        return;
    }
    if (!tokenMatches(request)) {
        reject(request, responder, 401, tr("Missing or wrong callback token."));
        return;
    }
    const QByteArray &body = request.body();
    if (body.size() > m_options.limits.maxBodyBytes) {
        reject(request, responder, 413,
               tr("The body has %1 bytes; the limit is %2.")
                   .arg(body.size())
                   .arg(m_options.limits.maxBodyBytes));
        return;
    }
    QString error;
    const auto fields =
        CallbackParser::decodeBody(body, request.value(QByteArrayLiteral("Content-Type")), &error);
    if (!fields) {
        reject(request, responder, 400, error);
        return;
    }
    const CallbackParser::Expect expect = route == Route::Cdr ? CallbackParser::Expect::Cdr
                                          : route == Route::CallStart
                                              ? CallbackParser::Expect::CallStart
                                              : CallbackParser::Expect::Either;
    const qint64 now = m_clock.nowMs();
    CallbackParser::Result parsed = CallbackParser::parse(*fields, expect, now);
    if (!parsed.ok()) {
        reject(request, responder, 400, parsed.error);
        return;
    }
    CallbackEvent event;
    event.receivedAtMs = now;
    event.remote = request.remoteAddress().toString();
    event.path = routePath(request);
    const quint64 id = m_nextId++;
    QTcpSocket *socket = responder.socket();
    auto pending = std::make_unique<Pending>(std::move(responder), socket, event);
    if (auto *c = std::get_if<CdrRecord>(&parsed.record)) {
        c->profileId = m_options.profileId;
        pending->event.kind = CallbackKind::Cdr;
        pending->event.taskid = c->taskid;
        pending->event.subid = c->subid;
        pending->record = *c;
        m_writer->enqueue({id, std::move(*c)});
    } else {
        auto &s = std::get<CallStartRecord>(parsed.record);
        s.profileId = m_options.profileId;
        pending->event.kind = CallbackKind::CallStart;
        pending->event.taskid = s.taskid;
        pending->event.subid = s.subid;
        pending->record = s;
        m_writer->enqueue({id, std::move(s)});
    }
    m_pending.emplace(id, std::move(pending));
}

void CallbackReceiver::finish(const QList<CallWriter::Outcome> &outcomes)
{
    for (const CallWriter::Outcome &o : outcomes) {
        if (o.id == 0)
            continue; // a rejected callback, answered already
        const auto it = m_pending.find(o.id);
        if (it == m_pending.end())
            continue;
        std::unique_ptr<Pending> p = std::move(it->second);
        m_pending.erase(it);
        const bool stored = o.stored != CallStore::Stored::Failed;
        if (p->socket && p->socket->isOpen()) {
            if (stored)
                p->responder.write(okAnswer(), {{"Content-Type", "application/json"}}, Status::Ok);
            else
                p->responder.write(jsonAnswer(503, tr("The ledger could not store the "
                                                      "callback; deliver it again.")),
                                   {{"Content-Type", "application/json"}, {"Retry-After", "1"}},
                                   Status::ServiceUnavailable);
            BodyLimitTcpServer::answered(p->socket);
        }
        if (!stored) {
            p->event.httpStatus = 503;
            p->event.reason = tr("Ledger error: %1").arg(o.error);
            qCWarning(lcCallbacks, "a callback was not stored: %s", qPrintable(o.error));
            Q_EMIT callbackRejected(p->event);
            continue;
        }
        p->event.duplicate = o.stored == CallStore::Stored::Duplicate;
        if (const auto *c = std::get_if<CdrRecord>(&p->record))
            qCDebug(lcCallbacks).noquote()
                << "CDR" << c->taskid << "caller" << maskNumber(c->caller) << "callee"
                << maskNumber(c->callee) << "result" << c->result
                << (p->event.duplicate ? "duplicate" : "stored");
        if (const auto *c = std::get_if<CdrRecord>(&p->record))
            Q_EMIT cdrReceived(*c, p->event.duplicate);
        else
            Q_EMIT callStartReceived(std::get<CallStartRecord>(p->record), p->event.duplicate);
        if (isSignalConnected(QMetaMethod::fromSignal(&CallbackReceiver::callbackReceived))) {
            if (const auto *c = std::get_if<CdrRecord>(&p->record)) {
                p->event.result = c->result;
                p->event.summary = CallResultCatalog::describe(c->result);
                p->event.anomalies = c->anomalies;
            } else {
                p->event.summary = CallWords::kindName(CallbackKind::CallStart);
                p->event.anomalies = std::get<CallStartRecord>(p->record).anomalies;
            }
            Q_EMIT callbackReceived(p->event);
        }
    }
}

void CallbackReceiver::setAccess(std::optional<qint64> profileId, const QByteArray &token,
                                 const QList<Subnet> &allowList)
{
    m_options.profileId = profileId;
    secureWipe(m_options.token);
    m_options.token = token;
    m_options.allowList = allowList;
}

} // namespace pn

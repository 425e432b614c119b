#pragma once

#include "callbacks/bodylimitserver.h"
#include "callbacks/callrecords.h"
#include "callbacks/callstore.h"
#include "callbacks/callwriter.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>
#include <unordered_map>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace pn {

class Clock;

// Receives the platform's CDR and call-start callbacks (spec 5.1, 5.3) over HTTP:
//   POST /cdr        a CDR
//   POST /callstart  a call-start
//   POST /callback   either, told apart by their fields
// Bodies are application/x-www-form-urlencoded (the platform's default) or JSON, UTF-8.
// A record is answered 200 only after it is committed to the ledger (group commit on a writer
// thread); redeliveries of a taskid answer 200 and store nothing twice. Bad input is answered
// 4xx with the reason and kept in `rejected_callbacks`; never 5xx for bad input.
class CallbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackReceiver)

public:
    using Subnet = QPair<QHostAddress, int>;
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // 0 = any free port
        // Shared secret expected in the header X-PN-Token or the query item `token`; empty = off.
        QByteArray token;
        QList<Subnet> allowList; // empty = every sender
        std::optional<qint64> profileId;
        ConnectionLimits limits; // sizes, timeouts and the connection cap (README "Security")
        CallStore::Durability durability = CallStore::Durability::Normal;
        int keepRejected = 10'000;
    };

    CallbackReceiver(QString ledgerPath, const Clock &clock, Options options,
                     QObject *parent = nullptr);
    ~CallbackReceiver() override;

    // Opens the ledger on the writer thread and starts listening.
    bool start(QString *error);
    // Answers what is queued, stops the writer and closes the listening socket.
    void stop();
    bool isListening() const;

    quint16 port() const { return m_port; }
    // Where a local client reaches the receiver (a wildcard address becomes loopback).
    QUrl baseUrl() const;
    // The address and port actually listened on, e.g. http://0.0.0.0:8080/ or http://[::]:8080/.
    QUrl listenUrl() const;
    // What was cut since start() (kept after stop()).
    ConnectionCounters counters() const;
    QUrl cdrUrl() const;
    QUrl callStartUrl() const;
    QUrl callbackUrl() const;
    const Options &options() const { return m_options; }
    // Changes, while listening, which profile the callbacks are stored for, the token they must
    // carry (empty = none; the old one is wiped) and who may send (empty = everyone).
    void setAccess(std::optional<qint64> profileId, const QByteArray &token,
                   const QList<Subnet> &allowList);

    // "127.0.0.1, 10.0.0.0/8, ::1" → subnets; std::nullopt and a reason on a bad entry.
    static std::optional<QList<Subnet>> parseAllowList(const QString &text, QString *error);

Q_SIGNALS:
    void cdrReceived(const pn::CdrRecord &record, bool duplicate);
    void callStartReceived(const pn::CallStartRecord &record, bool duplicate);
    // Every callback answered 200 (after the commit), stored or duplicate.
    void callbackReceived(const pn::CallbackEvent &event);
    // Every callback answered 4xx (or 503 when the ledger could not take it).
    void callbackRejected(const pn::CallbackEvent &event);
    // A request or connection was cut by a limit or timeout; `reason` is translated.
    void connectionCut(const QString &reason, const pn::ConnectionCounters &counters);

private:
    enum class Route { Cdr, CallStart, Either };
    struct Pending;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder, Route route);
    void reject(const QHttpServerRequest &request, QHttpServerResponder &responder, int status,
                const QString &reason);
    void finish(const QList<CallWriter::Outcome> &outcomes);
    void onCut(BodyLimitTcpServer::Cut cut, const QHostAddress &peer, int status,
               const QString &reason);
    bool allowed(const QHostAddress &remote) const;
    bool tokenMatches(const QHttpServerRequest &request) const;

    QString m_path;
    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    QPointer<BodyLimitTcpServer> m_tcp;
    ConnectionCounters m_lastCounters;
    std::unique_ptr<CallWriter> m_writer;
    quint16 m_port = 0;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_pending;
};

} // namespace pn

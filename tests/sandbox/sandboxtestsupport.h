#pragma once

#include "core/clock.h"
#include "sandbox/sandboxplatform.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace pn::test {

// The accounts every sandbox test starts with.
inline const QString Devid = QStringLiteral("1000");
inline const QByteArray Key = QByteArrayLiteral("k3y+s3cret/=");
inline const QStringList Pool = {QStringLiteral("17000000001"), QStringLiteral("17000000002"),
                                 QStringLiteral("17000000003")};

// devid 1000 active (app1, app2), 2000 suspended, 3000 closed, 4000 with no money left,
// 5000 in debt but within its overdraft. Every key is Key.
void addStandardAccounts(SandboxPlatform &sandbox);

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QJsonObject json;
    bool jsonOk = false;
    QByteArray date;
    QByteArray contentType;
    qint64 elapsedMs = 0;
    int platformError() const { return json.value(QStringLiteral("error")).toInt(-1); }
    QString reason() const { return json.value(QStringLiteral("reason")).toString(); }
};

// A raw HTTP(S) client for the tests: every request is built here by hand, signed with
// KeytimeSigner::header, and waited for.
class RawClient
{
public:
    explicit RawClient(QUrl base)
        : m_base(std::move(base))
    {}
    void setCaCertificates(const QList<QSslCertificate> &ca) { m_ca = ca; }

    // `authorization` empty = no header.
    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                    const QByteArray &authorization,
                    const QByteArray &contentType = "application/x-www-form-urlencoded");
    HttpResult signedSend(const QByteArray &method, const QString &pathAndQuery,
                          const QByteArray &body, qint64 timestampMs, const QString &devid = Devid,
                          const QByteArray &key = Key,
                          const QByteArray &contentType = "application/x-www-form-urlencoded");

private:
    QUrl m_base;
    QList<QSslCertificate> m_ca;
    QNetworkAccessManager m_nam;
};

QByteArray authorization(const QString &devid, const QByteArray &key, qint64 timestampMs);

// Sends bytes on a fresh TCP connection and returns what comes back: one whole response, or
// everything until the server closes the connection or `timeoutMs` pass (*closed tells).
QByteArray rawExchange(quint16 port, const QByteArray &request, bool *closed, int timeoutMs = 3000);

struct RawResponse
{
    int status = 0;                               // 0 = no response at all
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
};
RawResponse parseRawResponse(const QByteArray &data);
// One HTTP/1.1 request written by hand.
QByteArray rawRequest(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &authorization, const QByteArray &body = {});

// Creates a self-signed certificate for 127.0.0.1 with `openssl req` in `dir`; returns false if
// openssl failed.
bool makeCertificate(const QString &dir, QString *certFile, QString *keyFile);

} // namespace pn::test

#pragma once

#include "sandbox/sandboxtypes.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>
#include <QVariant>

#include <memory>

class QNetworkAccessManager;

namespace pn {

// One callback to post: its kind ("start" or "cdr") and its fields in the spec's order. Values
// are strings, except integer times and durations, which JSON carries as numbers.
struct CallbackDelivery
{
    QString kind;
    QList<QPair<QString, QVariant>> fields;
};

// Posts the sandbox's callbacks to the customer's URL, form-urlencoded (the platform's default)
// or JSON. A call's callbacks go one after the other, each retried with exponential back-off
// until it is answered with 2xx or the attempts run out.
class CallbackDispatcher final : public QObject
{
    Q_OBJECT

public:
    explicit CallbackDispatcher(QObject *parent = nullptr);
    ~CallbackDispatcher() override;

    void setUrl(const QUrl &url, CallbackFormat format);
    QUrl url() const { return m_url; }
    CallbackFormat format() const { return m_format; }
    // maxAttempts ≥ 1; the n-th retry waits firstDelayMs · 2^(n−1), at most 30 s.
    void setRetryPolicy(int maxAttempts, int firstDelayMs);
    // Extra CA certificates for an HTTPS callback URL (e.g. a self-signed test receiver).
    void setCaCertificates(const QList<QSslCertificate> &certificates);

    void dispatch(const QString &taskid, const QList<CallbackDelivery> &chain);
    int pendingCount() const { return m_pending; }

    static QByteArray encode(const CallbackDelivery &delivery, CallbackFormat format);

Q_SIGNALS:
    void delivered(const QString &kind, const QString &taskid, int attempt);
    void failed(const QString &kind, const QString &taskid, const QString &error, int attempt,
                bool willRetry);

private:
    struct Job;
    void sendNext(const std::shared_ptr<Job> &job);

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    CallbackFormat m_format = CallbackFormat::Form;
    int m_maxAttempts = 5;
    int m_firstDelayMs = 500;
    QList<QSslCertificate> m_caCertificates;
    int m_pending = 0;
};

} // namespace pn

#include "sandbox/callbackdispatcher.h"

#include "core/formencoding.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace pn {

struct CallbackDispatcher::Job
{
    QString taskid;
    QList<CallbackDelivery> queue;
    int attempt = 0;
};

CallbackDispatcher::CallbackDispatcher(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{}

CallbackDispatcher::~CallbackDispatcher() = default;

void CallbackDispatcher::setUrl(const QUrl &url, CallbackFormat format)
{
    m_url = url;
    m_format = format;
}

void CallbackDispatcher::setRetryPolicy(int maxAttempts, int firstDelayMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_firstDelayMs = std::max(0, firstDelayMs);
}

void CallbackDispatcher::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
    m_nam->clearConnectionCache(); // connections made under the old trust must not be reused
}

QByteArray CallbackDispatcher::encode(const CallbackDelivery &delivery, CallbackFormat format)
{
    if (format == CallbackFormat::Json) {
        QJsonObject o;
        for (const auto &[key, value] : delivery.fields)
            o.insert(key, QJsonValue::fromVariant(value));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    FormFields fields;
    for (const auto &[key, value] : delivery.fields)
        fields.append({key, value.toString()});
    return formEncode(fields);
}

void CallbackDispatcher::dispatch(const QString &taskid, const QList<CallbackDelivery> &chain)
{
    if (chain.isEmpty())
        return;
    auto job = std::make_shared<Job>();
    job->taskid = taskid;
    job->queue = chain;
    ++m_pending;
    sendNext(job);
}

void CallbackDispatcher::sendNext(const std::shared_ptr<Job> &job)
{
    if (job->queue.isEmpty()) {
        --m_pending;
        return;
    }
    const CallbackDelivery delivery = job->queue.first();
    ++job->attempt;
    if (!m_url.isValid() || m_url.isEmpty()) {
        Q_EMIT failed(delivery.kind, job->taskid, tr("No callback URL is configured."),
                      job->attempt, false);
        job->queue.removeFirst();
        job->attempt = 0;
        sendNext(job);
        return;
    }
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      m_format == CallbackFormat::Json
                          ? QByteArrayLiteral("application/json")
                          : QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(5000);
    if (!m_caCertificates.isEmpty() && m_url.scheme() == QLatin1StringView("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_nam->post(request, encode(delivery, m_format));
    connect(reply, &QNetworkReply::finished, this, [this, reply, job, delivery]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            Q_EMIT delivered(delivery.kind, job->taskid, job->attempt);
            job->queue.removeFirst();
            job->attempt = 0;
            sendNext(job);
            return;
        }
        const QString why = reply->error() != QNetworkReply::NoError
                                ? reply->errorString()
                                : tr("The receiver answered HTTP %1.").arg(status);
        const bool retry = job->attempt < m_maxAttempts;
        Q_EMIT failed(delivery.kind, job->taskid, why, job->attempt, retry);
        if (!retry) {
            job->queue.removeFirst();
            job->attempt = 0;
            sendNext(job);
            return;
        }
        const qint64 wait =
            std::min<qint64>(30'000, qint64(m_firstDelayMs) << std::min(job->attempt - 1, 16));
        QTimer::singleShot(int(wait), this, [this, job]() { sendNext(job); });
    });
}

} // namespace pn

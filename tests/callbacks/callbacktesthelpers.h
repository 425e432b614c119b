#pragma once

#include "core/clock.h"
#include "core/formencoding.h"

#include <QByteArray>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace pn::test {

struct Answer
{
    int status = 0;
    QByteArray body;
};

inline Answer post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body,
                   const QByteArray &contentType = "application/x-www-form-urlencoded",
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    reply->deleteLater();
    return a;
}

inline FormFields sampleCdr(const QString &taskid)
{
    return {{QStringLiteral("devid"), QStringLiteral("10000000")},
            {QStringLiteral("appid"), QStringLiteral("app1")},
            {QStringLiteral("taskid"), taskid},
            {QStringLiteral("subid"), QStringLiteral("sub-1")},
            {QStringLiteral("caller"), QStringLiteral("13800138000")},
            {QStringLiteral("rcaller"), QStringLiteral("17000000001")},
            {QStringLiteral("callee"), QStringLiteral("13900139000")},
            {QStringLiteral("result"), QStringLiteral("17")},
            {QStringLiteral("beginTime"), QStringLiteral("1700000000")},
            {QStringLiteral("ringTime"), QStringLiteral("1700000002")},
            {QStringLiteral("releaseTime"), QStringLiteral("1700000020")},
            {QStringLiteral("duration"), QStringLiteral("0")},
            {QStringLiteral("releasedir"), QStringLiteral("2")}};
}

inline FormFields sampleCallStart(const QString &taskid)
{
    return {{QStringLiteral("devid"), QStringLiteral("10000000")},
            {QStringLiteral("appid"), QStringLiteral("app1")},
            {QStringLiteral("taskid"), taskid},
            {QStringLiteral("subid"), QStringLiteral("sub-1")},
            {QStringLiteral("caller"), QStringLiteral("13800138000")},
            {QStringLiteral("rcaller"), QStringLiteral("17000000001")},
            {QStringLiteral("callee"), QStringLiteral("13900139000")},
            {QStringLiteral("callTime"), QStringLiteral("1699999999")}};
}

inline FormFields without(FormFields fields, const QString &name)
{
    fields.removeIf([&](const auto &kv) { return kv.first == name; });
    return fields;
}

// A CDR as the platform posts it, of a call a minute ago (older ones than the policy keeps are
// not fetched), answered, with a recording link.
inline FormFields recentCdr(const QString &taskid, const QString &recording)
{
    const qint64 begin = SystemClock::instance().nowSecs() - 60;
    FormFields cdr;
    for (auto [name, value] : sampleCdr(taskid)) {
        if (name == QLatin1StringView("beginTime"))
            value = QString::number(begin);
        else if (name == QLatin1StringView("ringTime"))
            value = QString::number(begin + 2);
        else if (name == QLatin1StringView("releaseTime"))
            value = QString::number(begin + 40);
        else if (name == QLatin1StringView("result"))
            value = QStringLiteral("answered");
        else if (name == QLatin1StringView("duration"))
            value = QStringLiteral("30");
        cdr.append({name, value});
    }
    cdr.append({QStringLiteral("answerTime"), QString::number(begin + 10)});
    cdr.append({QStringLiteral("recording"), recording});
    return cdr;
}

} // namespace pn::test

#include "sandbox/sandboxplatform.h"

#include "sandbox/sandboxplatform_p.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QtEndian>

#include <cmath>

namespace pn {

SandboxPlatform::SandboxPlatform(const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(clock))
{
    d->callbacks = new CallbackDispatcher(this);
    connect(d->callbacks, &CallbackDispatcher::delivered, this,
            &SandboxPlatform::callbackDelivered);
    connect(d->callbacks, &CallbackDispatcher::failed, this, &SandboxPlatform::callbackFailed);
    d->sweepTimer = new QTimer(this);
    d->sweepTimer->setInterval(1000);
    connect(d->sweepTimer, &QTimer::timeout, this, [this]() {
        if (d->store.isOpen() && d->engine.sweep() > 0)
            Q_EMIT stateChanged();
    });
}

SandboxPlatform::~SandboxPlatform()
{
    delete d->server; // before the engine it calls into
    d->server = nullptr;
}

bool SandboxPlatform::open(const QString &stateFile, QString *error)
{
    if (!d->store.open(stateFile, error))
        return false;
    d->engine.load();
    d->sweepTimer->start();
    return true;
}

void SandboxPlatform::addAccount(const SandboxAccount &account)
{
    d->engine.addAccount(account);
}

std::optional<SandboxAccount> SandboxPlatform::account(const QString &devid) const
{
    const SandboxAccount *a = d->engine.account(devid);
    if (!a)
        return std::nullopt;
    SandboxAccount copy = *a;
    copy.key.clear();
    return copy;
}

QList<SandboxAccount> SandboxPlatform::accounts() const
{
    return d->engine.accounts();
}

bool SandboxPlatform::setAccountState(const QString &devid, int state)
{
    return d->engine.setAccountState(devid, state);
}

bool SandboxPlatform::setBalance(const QString &devid, double balance)
{
    return d->engine.setBalance(devid, balance);
}

bool SandboxPlatform::startServer(const QHostAddress &address, quint16 port,
                                  const QSslConfiguration *tls, QString *error)
{
    if (d->server) {
        if (error)
            *error = tr("The sandbox is already listening.");
        return false;
    }
    if (!d->store.isOpen()) {
        if (error)
            *error = tr("Open the sandbox state file before listening.");
        return false;
    }
    d->server = new SandboxServer(
        d->clock, [this](const QHttpServerRequest &request) { return handle(request); }, this);
    if (!d->server->listenOn(address, port, tls, error)) {
        delete d->server;
        d->server = nullptr;
        return false;
    }
    d->address = address;
    return true;
}

bool SandboxPlatform::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return startServer(address, port, nullptr, error);
}

bool SandboxPlatform::listenTls(const QHostAddress &address, quint16 port, const QString &certFile,
                                const QString &keyFile, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty()) {
        if (error)
            *error = tr("No PEM certificate could be read from %1.").arg(certFile);
        return false;
    }
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the private key %1: %2").arg(keyFile, keyIn.errorString());
        return false;
    }
    const QByteArray pem = keyIn.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        if (error)
            *error = tr("The private key %1 is not an unencrypted PEM RSA or EC key.").arg(keyFile);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return startServer(address, port, &tls, error);
}

QUrl SandboxPlatform::baseUrl() const
{
    if (!d->server)
        return {};
    QUrl url;
    url.setScheme(d->server->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    QHostAddress host = d->address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(d->server->port());
    return url;
}

void SandboxPlatform::setFaults(const SandboxFaults &faults)
{
    d->api.setFaults(faults);
    Q_EMIT faultsChanged();
}

SandboxFaults SandboxPlatform::faults() const
{
    return d->api.faults();
}

SandboxFaultCounts SandboxPlatform::faultCounts() const
{
    return d->api.faultCounts();
}

void SandboxPlatform::setCallbackUrl(const QUrl &url, CallbackFormat format)
{
    d->callbacks->setUrl(url, format);
}

QUrl SandboxPlatform::callbackUrl() const
{
    return d->callbacks->url();
}

CallbackFormat SandboxPlatform::callbackFormat() const
{
    return d->callbacks->format();
}

void SandboxPlatform::setCallbackRetry(int maxAttempts, int firstDelayMs)
{
    d->callbacks->setRetryPolicy(maxAttempts, firstDelayMs);
}

void SandboxPlatform::setCallbackCaCertificates(const QList<QSslCertificate> &certificates)
{
    d->callbacks->setCaCertificates(certificates);
}

void SandboxPlatform::setRedeliverCdr(bool on)
{
    d->redeliverCdr = on;
}

bool SandboxPlatform::redeliverCdr() const
{
    return d->redeliverCdr;
}

void SandboxPlatform::setRatePerMinute(double yuan)
{
    d->ratePerMinute = std::max(0.0, yuan);
}

double SandboxPlatform::ratePerMinute() const
{
    return d->ratePerMinute;
}

QList<SandboxBinding> SandboxPlatform::bindings(const QString &devid) const
{
    return d->engine.bindings(devid);
}

std::optional<SandboxBinding> SandboxPlatform::binding(const QString &subid) const
{
    return d->engine.binding(subid);
}

QList<SandboxTransfer> SandboxPlatform::transfers(const QString &devid) const
{
    return d->engine.transfers(devid);
}

QList<SandboxCall> SandboxPlatform::calls(const QString &devid) const
{
    return d->store.calls(devid);
}

qint64 SandboxPlatform::requestCount() const
{
    return d->api.requestCount();
}

int SandboxPlatform::pendingCallbacks() const
{
    return d->callbacks->pendingCount();
}

void SandboxPlatform::reset()
{
    d->engine.reset();
    Q_EMIT stateChanged();
}

QUrl SandboxPlatform::recordingUrl(const QString &taskid) const
{
    if (!d->recordingBase.isEmpty()) {
        QUrl url = d->recordingBase;
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        url.setPath(path + taskid + QStringLiteral(".wav"));
        return url;
    }
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/sandbox/recordings/%1.wav").arg(taskid));
    return url;
}

void SandboxPlatform::setRecordingBaseUrl(const QUrl &base)
{
    d->recordingBase = base;
}

QString SandboxPlatform::simulateCall(const SimulatedCall &call, QString *error)
{
    const std::optional<SandboxCall> c = d->engine.simulateCall(call, d->ratePerMinute, error);
    if (!c)
        return {};
    using Field = QPair<QString, QVariant>;
    CallbackDelivery start{
        QStringLiteral("start"),
        {Field(QStringLiteral("devid"), c->devid), Field(QStringLiteral("appid"), c->appid),
         Field(QStringLiteral("taskid"), c->taskid), Field(QStringLiteral("subid"), c->subid),
         Field(QStringLiteral("caller"), c->caller), Field(QStringLiteral("rcaller"), c->x),
         Field(QStringLiteral("callee"), c->callee),
         Field(QStringLiteral("callTime"), c->beginTime)}};
    if (!c->userData.isEmpty())
        start.fields.append(Field(QStringLiteral("userData"), c->userData));

    CallbackDelivery cdr{
        QStringLiteral("cdr"),
        {Field(QStringLiteral("devid"), c->devid), Field(QStringLiteral("appid"), c->appid),
         Field(QStringLiteral("taskid"), c->taskid), Field(QStringLiteral("subid"), c->subid),
         Field(QStringLiteral("caller"), c->caller), Field(QStringLiteral("rcaller"), c->x),
         Field(QStringLiteral("callee"), c->callee), Field(QStringLiteral("result"), c->result),
         Field(QStringLiteral("beginTime"), c->beginTime),
         Field(QStringLiteral("ringTime"), c->ringTime)}};
    if (c->answerTime > 0)
        cdr.fields.append(Field(QStringLiteral("answerTime"), c->answerTime));
    cdr.fields.append(Field(QStringLiteral("releaseTime"), c->releaseTime));
    cdr.fields.append(Field(QStringLiteral("duration"), c->duration));
    if (c->record == 1 && c->answerTime > 0)
        cdr.fields.append(Field(QStringLiteral("recording"), recordingUrl(c->taskid).toString()));
    if (!c->userData.isEmpty())
        cdr.fields.append(Field(QStringLiteral("userData"), c->userData));
    cdr.fields.append(Field(QStringLiteral("releasedir"), c->releasedir));

    QList<CallbackDelivery> chain{cdr};
    if (call.callStart)
        chain.prepend(start);
    if (d->redeliverCdr)
        chain << cdr << cdr;
    d->callbacks->dispatch(c->taskid, chain);
    Q_EMIT callSimulated(c->taskid);
    return c->taskid;
}

QByteArray SandboxPlatform::recordingWav()
{
    static const QByteArray wav = [] {
        constexpr quint32 rate = 8000, samples = 8000;
        const quint32 dataBytes = samples * 2;
        QByteArray out;
        out.reserve(int(44 + dataBytes));
        auto u32 = [&out](quint32 v) {
            const quint32 le = qToLittleEndian(v);
            out.append(reinterpret_cast<const char *>(&le), 4);
        };
        auto u16 = [&out](quint16 v) {
            const quint16 le = qToLittleEndian(v);
            out.append(reinterpret_cast<const char *>(&le), 2);
        };
        out.append("RIFF", 4);
        u32(36 + dataBytes);
        out.append("WAVEfmt ", 8);
        u32(16);
        u16(1); // PCM
        u16(1); // mono
        u32(rate);
        u32(rate * 2);
        u16(2);
        u16(16);
        out.append("data", 4);
        u32(dataBytes);
        for (quint32 i = 0; i < samples; ++i) {
            const double envelope = std::min(1.0, std::min(i, samples - i) / 400.0);
            const double v = 0.3 * envelope * std::sin(2.0 * M_PI * 440.0 * i / rate);
            u16(quint16(qint16(std::lround(v * 32767.0))));
        }
        return out;
    }();
    return wav;
}

SandboxReply SandboxPlatform::handle(const QHttpServerRequest &request)
{
    if (request.url().path().startsWith(QLatin1StringView("/sandbox/")))
        return handleAdmin(request);
    SandboxReply reply = d->api.handle(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        Q_EMIT stateChanged();
    return reply;
}

} // namespace pn

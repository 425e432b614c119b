#pragma once

#include "core/clock.h"
#include "sandbox/sandboxtypes.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QSslConfiguration;

namespace pn {

struct SandboxReply;

// A faithful simulator of the privacy-number platform (../shared/spec), on Qt HTTP Server.
// Embedded in the console (the "Sandbox" profile), run alone as `pnsim`, and the other side of
// the wire in every test. It shares only pn_core (signer, validation, form decoding) with the
// client side.
//
//   SandboxPlatform sandbox(clock);
//   sandbox.open(stateFile, &error);            // its own SQLite file: state survives restarts
//   sandbox.addAccount({devid, key, {appid}, …, xpool});
//   sandbox.listen(QHostAddress::LocalHost, 0, &error);
//   sandbox.baseUrl();                          // http://127.0.0.1:PORT
//
// Besides the platform's API it serves an admin API under /sandbox/ to loopback peers only
// (simulate calls, set faults, reset, list bindings; see README) and the recordings of
// simulated calls.
class SandboxPlatform final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxPlatform(const Clock &clock, QObject *parent = nullptr);
    ~SandboxPlatform() override;
    Q_DISABLE_COPY_MOVE(SandboxPlatform)

    // Opens (or creates) the state file; ":memory:" keeps nothing. Call before anything else.
    bool open(const QString &stateFile, QString *error);

    // Adds or updates an account. The key is kept in memory only. An account already in the
    // state file keeps its stored balance and creation time.
    void addAccount(const SandboxAccount &account);
    std::optional<SandboxAccount> account(const QString &devid) const; // key left empty
    QList<SandboxAccount> accounts() const;                            // keys left empty
    bool setAccountState(const QString &devid, int state);
    bool setBalance(const QString &devid, double balance);

    // Serves plain HTTP; port 0 picks a free port. May be called once.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Serves HTTPS with a PEM certificate (chain) and private key.
    bool listenTls(const QHostAddress &address, quint16 port, const QString &certFile,
                   const QString &keyFile, QString *error);
    QUrl baseUrl() const; // "http(s)://127.0.0.1:PORT", empty before listen

    void setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const;
    SandboxFaultCounts faultCounts() const;

    void setCallbackUrl(const QUrl &url, CallbackFormat format = CallbackFormat::Form);
    QUrl callbackUrl() const;
    CallbackFormat callbackFormat() const;
    void setCallbackRetry(int maxAttempts, int firstDelayMs); // default 5 attempts, 500 ms
    void setCallbackCaCertificates(const QList<QSslCertificate> &certificates);
    void setRedeliverCdr(bool on); // post every CDR three times (de-duplication testing)
    bool redeliverCdr() const;
    void setRatePerMinute(double yuan); // charged per started minute of an answered call
    double ratePerMinute() const;

    // Inspection. An empty devid means every account.
    QList<SandboxBinding> bindings(const QString &devid = {}) const;
    std::optional<SandboxBinding> binding(const QString &subid) const;
    QList<SandboxTransfer> transfers(const QString &devid = {}) const;
    QList<SandboxCall> calls(const QString &devid = {}) const;
    qint64 requestCount() const; // API requests served
    int pendingCallbacks() const;

    // Forgets bindings, transfers and calls (accounts stay).
    void reset();

    // Simulates a call and posts its call-start and CDR callbacks. Returns the taskid, or an
    // empty string with the reason in *error.
    QString simulateCall(const SimulatedCall &call, QString *error);
    QUrl recordingUrl(const QString &taskid) const;
    // Where the CDRs' `recording` links point: <base>/<taskid>.wav (a test's own server that
    // fails or trickles); empty (the default) = the sandbox's own /sandbox/recordings/.
    void setRecordingBaseUrl(const QUrl &base);
    // The short WAV file served as every recording (1 s, 8 kHz, 16-bit mono).
    static QByteArray recordingWav();

Q_SIGNALS:
    void callSimulated(const QString &taskid);
    void callbackDelivered(const QString &kind, const QString &taskid, int attempt);
    void callbackFailed(const QString &kind, const QString &taskid, const QString &error,
                        int attempt, bool willRetry);
    void faultsChanged();
    // A binding or transfer was created, released or expired, or the state was reset.
    void stateChanged();

private:
    SandboxReply handle(const QHttpServerRequest &request);
    SandboxReply handleAdmin(const QHttpServerRequest &request);
    // Why an admin request is refused: not from loopback, a Host or Origin that is not the
    // sandbox's own (cross-site pages, DNS rebinding), a body neither JSON nor a form.
    std::optional<SandboxReply> refuseAdmin(const QHttpServerRequest &request) const;
    bool startServer(const QHostAddress &address, quint16 port, const QSslConfiguration *tls,
                     QString *error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pn

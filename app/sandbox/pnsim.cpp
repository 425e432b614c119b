// pnsim: the sandbox platform as a standalone server. The first line on stdout is the base URL
// it serves; SIGINT or SIGTERM stop it cleanly (exit code 0).
#include "core/language.h"
#include "sandbox/sandboxplatform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalFd[0], &c, 1);
}

// "DEVID:KEY:APPID[,APPID]": the devid ends at the first colon, the appids start after the last.
std::optional<pn::SandboxAccount> parseAccount(const QString &spec)
{
    const qsizetype first = spec.indexOf(u':');
    const qsizetype last = spec.lastIndexOf(u':');
    if (first <= 0 || last <= first + 1 || last == spec.size() - 1)
        return std::nullopt;
    pn::SandboxAccount a;
    a.devid = spec.left(first);
    a.key = spec.mid(first + 1, last - first - 1).toUtf8();
    a.appids = spec.mid(last + 1).split(u',', Qt::SkipEmptyParts);
    if (a.appids.isEmpty())
        return std::nullopt;
    return a;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "pnsim: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pnsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PN_VERSION));
    pn::Language::install(pn::Language::resolve({}, {}, QLocale::system().name()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pnsim", "Sandbox privacy-number platform: a simulator of the whole API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("pnsim",
                                    "Address and port to serve (port 0 picks a free one)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption account(
        QStringLiteral("account"),
        QCoreApplication::translate("pnsim", "An account, DEVID:KEY:APPID[,APPID] (repeatable)."),
        QStringLiteral("spec"));
    const QCommandLineOption accountFile(
        QStringLiteral("account-file"),
        QCoreApplication::translate("pnsim",
                                    "A file with one account per line, DEVID:KEY:APPID[,APPID]."),
        QStringLiteral("file"));
    const QCommandLineOption xpool(
        QStringLiteral("xpool"),
        QCoreApplication::translate("pnsim", "The X numbers of every account, comma separated."),
        QStringLiteral("numbers"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QCoreApplication::translate("pnsim", "The SQLite state file (default: in memory)."),
        QStringLiteral("file"), QStringLiteral(":memory:"));
    const QCommandLineOption balance(
        QStringLiteral("balance"),
        QCoreApplication::translate("pnsim", "Starting balance of new accounts, in yuan."),
        QStringLiteral("yuan"), QStringLiteral("100"));
    const QCommandLineOption callbackUrl(
        QStringLiteral("callback-url"),
        QCoreApplication::translate("pnsim", "Where call-start and CDR callbacks are posted."),
        QStringLiteral("url"));
    const QCommandLineOption callbackFormat(
        QStringLiteral("callback-format"),
        QCoreApplication::translate("pnsim", "Callback body format: form or json."),
        QStringLiteral("format"), QStringLiteral("form"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("pnsim", "PEM certificate: serve HTTPS."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("pnsim", "PEM private key for HTTPS."), QStringLiteral("file"));
    const QCommandLineOption failEvery(
        QStringLiteral("fail-every"),
        QCoreApplication::translate("pnsim", "Answer every Nth request with 1500."),
        QStringLiteral("n"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QCoreApplication::translate("pnsim", "Answer 1105 above this many requests per second."),
        QStringLiteral("r"));
    const QCommandLineOption dropAfterCommit(
        QStringLiteral("drop-after-commit"),
        QCoreApplication::translate(
            "pnsim", "Commit every Nth PUT/DELETE, then close the connection without answering."),
        QStringLiteral("n"));
    const QCommandLineOption delayMs(
        QStringLiteral("delay-ms"),
        QCoreApplication::translate("pnsim", "Delay every answer by this many milliseconds."),
        QStringLiteral("ms"));
    const QCommandLineOption badJsonEvery(
        QStringLiteral("bad-json-every"),
        QCoreApplication::translate("pnsim", "Answer every Nth request with malformed JSON."),
        QStringLiteral("n"));
    const QCommandLineOption unauthorizedEvery(
        QStringLiteral("unauthorized-every"),
        QCoreApplication::translate("pnsim", "Answer every Nth request with HTTP 401."),
        QStringLiteral("n"));
    const QCommandLineOption maintenance(
        QStringLiteral("maintenance"),
        QCoreApplication::translate("pnsim", "Answer every request with 1501."));
    const QCommandLineOption redeliver(
        QStringLiteral("redeliver-cdr"),
        QCoreApplication::translate("pnsim", "Post every CDR three times."));
    const QCommandLineOption rate(
        QStringLiteral("rate-per-minute"),
        QCoreApplication::translate("pnsim",
                                    "Charge per started minute of an answered call, in yuan."),
        QStringLiteral("yuan"), QStringLiteral("0.1"));
    const QCommandLineOption insecureOpen(
        QStringLiteral("insecure-open"),
        QCoreApplication::translate("pnsim",
                                    "Serve beyond loopback (anyone on the network can use it)."));
    parser.addOptions({listen,       insecureOpen,      account,     accountFile,     xpool,
                       state,        balance,           callbackUrl, callbackFormat,  tlsCert,
                       tlsKey,       failEvery,         rateLimit,   dropAfterCommit, delayMs,
                       badJsonEvery, unauthorizedEvery, maintenance, redeliver,       rate});
    parser.process(app);

    QStringList specs = parser.values(account);
    if (parser.isSet(accountFile)) {
        QFile in(parser.value(accountFile));
        if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
            return usageError(QCoreApplication::translate("pnsim", "Cannot read %1: %2")
                                  .arg(in.fileName(), in.errorString()));
        for (const QByteArray &line : in.readAll().split('\n')) {
            const QString l = QString::fromUtf8(line).trimmed();
            if (!l.isEmpty() && !l.startsWith(u'#'))
                specs.append(l);
        }
    }
    if (specs.isEmpty())
        return usageError(QCoreApplication::translate(
            "pnsim", "Give at least one --account DEVID:KEY:APPID[,APPID]."));

    // HOST:PORT with an IPv4 address or a bracketed IPv6 one: 127.0.0.1:0, [::1]:0, [::]:8080.
    const QString listenSpec = parser.value(listen);
    const qsizetype colon = listenSpec.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listenSpec.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listenSpec.left(colon) : QString();
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull() ||
        bracketed != (address.protocol() == QAbstractSocket::IPv6Protocol))
        return usageError(QCoreApplication::translate(
            "pnsim", "--listen wants HOST:PORT, e.g. 127.0.0.1:0 or [::1]:0."));
    if (!address.isLoopback()) {
        QTextStream(stderr) << "pnsim: "
                            << QCoreApplication::translate(
                                   "pnsim", "WARNING: serving on %1 beyond loopback: anyone on the "
                                            "network can use the sandbox's API (its admin API "
                                            "still answers loopback only).")
                                   .arg(address.toString())
                            << '\n';
        if (!parser.isSet(insecureOpen))
            return usageError(QCoreApplication::translate(
                "pnsim", "Refusing to serve beyond loopback without --insecure-open."));
    }

    pn::SandboxPlatform sandbox(pn::SystemClock::instance());
    QString error;
    if (!sandbox.open(parser.value(state), &error))
        return usageError(error);
    const QStringList pool = parser.value(xpool).split(u',', Qt::SkipEmptyParts);
    for (const QString &spec : std::as_const(specs)) {
        auto a = parseAccount(spec);
        if (!a)
            return usageError(
                QCoreApplication::translate("pnsim", "Not an account DEVID:KEY:APPID[,APPID]: %1")
                    .arg(spec.left(spec.indexOf(u':'))));
        a->xpool = pool;
        a->balance = parser.value(balance).toDouble();
        sandbox.addAccount(*a);
    }

    pn::SandboxFaults faults;
    faults.failEvery = parser.value(failEvery).toInt();
    faults.rateLimit = parser.value(rateLimit).toDouble();
    faults.dropAfterCommitEvery = parser.value(dropAfterCommit).toInt();
    faults.delayMs = parser.value(delayMs).toInt();
    faults.badJsonEvery = parser.value(badJsonEvery).toInt();
    faults.unauthorizedEvery = parser.value(unauthorizedEvery).toInt();
    faults.maintenance = parser.isSet(maintenance);
    sandbox.setFaults(faults);
    const QString format = parser.value(callbackFormat);
    if (format != QLatin1StringView("form") && format != QLatin1StringView("json"))
        return usageError(
            QCoreApplication::translate("pnsim", "--callback-format is form or json."));
    if (parser.isSet(callbackUrl))
        sandbox.setCallbackUrl(QUrl(parser.value(callbackUrl)), format == QLatin1StringView("json")
                                                                    ? pn::CallbackFormat::Json
                                                                    : pn::CallbackFormat::Form);
    sandbox.setRedeliverCdr(parser.isSet(redeliver));
    sandbox.setRatePerMinute(parser.value(rate).toDouble());

    bool listening = false;
    if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
        if (!parser.isSet(tlsCert) || !parser.isSet(tlsKey))
            return usageError(
                QCoreApplication::translate("pnsim", "HTTPS needs both --tls-cert and --tls-key."));
        listening = sandbox.listenTls(address, quint16(port), parser.value(tlsCert),
                                      parser.value(tlsKey), &error);
    } else {
        listening = sandbox.listen(address, quint16(port), &error);
    }
    if (!listening) {
        QTextStream(stderr) << "pnsim: "
                            << QCoreApplication::translate("pnsim", "Cannot listen on %1: %2")
                                   .arg(listenSpec, error)
                            << '\n';
        return 3;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFd) == 0) {
        auto *notifier = new QSocketNotifier(signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    // The address really served (a wildcard stays a wildcard; clients on this machine use
    // loopback with the same port).
    QUrl served = sandbox.baseUrl();
    served.setHost(address.toString());
    QTextStream out(stdout);
    out << served.toString() << '\n';
    out.flush();
    return app.exec();
}

#include "cli/listencommand.h"

#include "callbacks/callbackreceiver.h"
#include "cli/callscommand.h"
#include "cli/clicontext.h"
#include "cli/listenrecordings.h"
#include "cli/profileoptions.h"
#include "cli/signcommand.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "profiles/profilestore.h"
#include "secrets/secretstore.h"
#include "session/ledgeraccess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace pn::cli {

namespace {

class ListenText final
{
    Q_DECLARE_TR_FUNCTIONS(ListenText)
};

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &byte, 1);
}

} // namespace

int ListenCommand::run(const QStringList &arguments, const GlobalOptions &globals)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ListenText::tr("Receive CDR and call-start callbacks into the ledger."));
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("address"), ListenText::tr("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), ListenText::tr("Port to listen on (default 0: any free port)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("token-file"),
         ListenText::tr("File holding the shared secret callbacks must carry in X-PN-Token or "
                        "?token= (else $PN_CALLBACK_TOKEN; none = no token)."),
         QStringLiteral("file")},
        {QStringLiteral("allow"),
         ListenText::tr("Comma-separated addresses or subnets allowed to send (default: all)."),
         QStringLiteral("list")},
        {QStringLiteral("durable"),
         ListenText::tr("Flush every group commit to disk (SQLite synchronous=FULL).")},
        {QStringLiteral("verbose"),
         ListenText::tr("Print one line per accepted callback and per cut connection.")},
        {QStringLiteral("insecure-open"),
         ListenText::tr("Listen beyond loopback without a token or allow-list (not advised).")},
        {QStringLiteral("header-timeout"),
         ListenText::tr("Seconds a request's header may take (default 10)."),
         QStringLiteral("seconds"), QStringLiteral("10")},
        {QStringLiteral("request-timeout"),
         ListenText::tr("Seconds a whole request may take (default 30)."),
         QStringLiteral("seconds"), QStringLiteral("30")},
        {QStringLiteral("idle-timeout"),
         ListenText::tr("Seconds a connection may stay silent (default 60)."),
         QStringLiteral("seconds"), QStringLiteral("60")},
        {QStringLiteral("max-connections"),
         ListenText::tr("Connections held at once (default 0: the descriptor limit − 64, at most "
                        "4096)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("fetch-recordings"),
         ListenText::tr("Also download the recording of each CDR that has one, for profiles whose "
                        "recording policy is on (pnctl recordings policy), on a thread of its "
                        "own; the retention is applied every hour.")},
        {QStringLiteral("fetch-since"),
         ListenText::tr("With --fetch-recordings: queue at start only the recordings of calls "
                        "that began at or after TIME (\"2026-12-02 10:00\", epoch seconds or an "
                        "age such as 2h, 7d; default: every one not fetched yet)."),
         QStringLiteral("TIME")},
        {QStringLiteral("fetch-backoff"),
         ListenText::tr("With --fetch-recordings: seconds before the first retry of a failed "
                        "download, doubling up to 6 hours (default 60)."),
         QStringLiteral("seconds"), QStringLiteral("60")},
    });
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    GlobalOptions options = globals;
    options.mergeFrom(parser);

    CallbackReceiver::Options o;
    QString error;
    const auto target = resolveLedgerTarget(options, &error);
    if (!target) {
        printError(error);
        return ExitUsage;
    }
    // The connection string may carry the server's password: it goes to the Ledger only.
    const QString ledgerPath = target->connection;
    // --profile NAME: the profile's callback address, port, allow-list and token, and its id
    // on every stored row. Flags given explicitly still win.
    std::optional<Profile> profile;
    if (!options.profile.isEmpty()) {
        Ledger ledger(ledgerPath, SystemClock::instance());
        ledger.setDataDir(target->dataDir);
        if (!ledger.open(&error)) {
            printError(LedgerAccess::explain(error));
            return ExitUsage;
        }
        ProfileStore profiles(ledger.database(), SystemClock::instance());
        profile = profiles.byName(options.profile, &error);
        if (!profile) {
            printError(error.isEmpty()
                           ? ListenText::tr("No profile called %1.").arg(options.profile)
                           : error);
            return ExitUsage;
        }
        o.profileId = profile->id;
        if (!parser.isSet(QStringLiteral("token-file")) && profile->hasCallbackToken) {
            auto secrets =
                ProfileCli::openSecretStore(ledger.database(), ledger.dataDir(), {}, {}, &error);
            if (!secrets || secrets->read(profile->callbackTokenSecretName(), &o.token, &error) !=
                                SecretStore::Status::Ok) {
                printError(error);
                return ExitUsage;
            }
        }
    }
    QString address = parser.isSet(QStringLiteral("address")) || !profile
                          ? parser.value(QStringLiteral("address"))
                          : profile->callbackAddress;
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2); // [::1] as in a URL
    if (!o.address.setAddress(address)) {
        printError(
            ListenText::tr("Not an address: %1").arg(parser.value(QStringLiteral("address"))));
        return ExitUsage;
    }
    bool ok = false;
    const uint port = parser.isSet(QStringLiteral("port")) || !profile
                          ? parser.value(QStringLiteral("port")).toUInt(&ok)
                          : (ok = true, uint(profile->callbackPort));
    if (!ok || port > 65535) {
        printError(ListenText::tr("Not a port: %1").arg(parser.value(QStringLiteral("port"))));
        return ExitUsage;
    }
    o.port = quint16(port);
    if (parser.isSet(QStringLiteral("allow")) ||
        (profile && !profile->callbackAllowList.isEmpty())) {
        const auto list = CallbackReceiver::parseAllowList(
            parser.isSet(QStringLiteral("allow")) ? parser.value(QStringLiteral("allow"))
                                                  : profile->callbackAllowList.join(u','),
            &error);
        if (!list) {
            printError(error);
            return ExitUsage;
        }
        o.allowList = *list;
    }
    if (parser.isSet(QStringLiteral("token-file"))) {
        const auto token =
            KeyInput::readKeyFile(parser.value(QStringLiteral("token-file")), &error);
        if (!token) {
            printError(error);
            return ExitUsage;
        }
        o.token = *token;
    } else if (o.token.isEmpty()) {
        o.token = qgetenv("PN_CALLBACK_TOKEN");
    }
    if (parser.isSet(QStringLiteral("durable")))
        o.durability = CallStore::Durability::Full;
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const auto seconds = [&](const char *name, int *ms) {
        bool valid = false;
        const double v = parser.value(QLatin1StringView(name)).toDouble(&valid);
        if (!valid || !(v > 0) || v > 86'400) {
            printError(ListenText::tr("--%1 wants seconds between 0 and 86400, not %2.")
                           .arg(QLatin1StringView(name), parser.value(QLatin1StringView(name))));
            return false;
        }
        *ms = int(v * 1000);
        return true;
    };
    if (!seconds("header-timeout", &o.limits.headerTimeoutMs) ||
        !seconds("request-timeout", &o.limits.requestTimeoutMs) ||
        !seconds("idle-timeout", &o.limits.idleTimeoutMs))
        return ExitUsage;
    const int maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&ok);
    const bool fetch = parser.isSet(QStringLiteral("fetch-recordings"));
    ListenRecordings::Options fetchOptions;
    if (!fetch && (parser.isSet(QStringLiteral("fetch-since")) ||
                   parser.isSet(QStringLiteral("fetch-backoff")))) {
        printError(ListenText::tr("--fetch-since and --fetch-backoff go with --fetch-recordings."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("fetch-since"))) {
        fetchOptions.sinceSecs = CallsCommand::parseSince(
            parser.value(QStringLiteral("fetch-since")), SystemClock::instance().nowSecs());
        if (!fetchOptions.sinceSecs) {
            printError(
                ListenText::tr("--fetch-since: cannot read \"%1\"; use \"2026-12-02 10:00\", "
                               "epoch seconds or an age such as 30m, 2h, 7d.")
                    .arg(parser.value(QStringLiteral("fetch-since"))));
            return ExitUsage;
        }
    }
    {
        bool valid = false;
        const double backoff = parser.value(QStringLiteral("fetch-backoff")).toDouble(&valid);
        if (!valid || !(backoff > 0) || backoff > 21'600) {
            printError(ListenText::tr("--fetch-backoff wants seconds between 0 and 21600, not %1.")
                           .arg(parser.value(QStringLiteral("fetch-backoff"))));
            return ExitUsage;
        }
        fetchOptions.backoffMs = qint64(backoff * 1000);
    }
    if (!ok || maxConnections < 0) {
        printError(ListenText::tr("Not a number of connections: %1")
                       .arg(parser.value(QStringLiteral("max-connections"))));
        return ExitUsage;
    }
    o.limits.maxConnections = maxConnections;

    // Beyond loopback anyone on the network can post CDRs into the ledger: say so, and only
    // with a token or an allow-list unless told otherwise.
    if (!o.address.isLoopback()) {
        printError(ListenText::tr("WARNING: listening on %1 accepts connections from other "
                                  "machines. Qt HTTP Server is meant for trusted networks: put "
                                  "the TLS proxy of resources/deploy/ in front of it.")
                       .arg(o.address.toString()));
        if (o.token.isEmpty() && o.allowList.isEmpty()) {
            if (!parser.isSet(QStringLiteral("insecure-open"))) {
                printError(ListenText::tr("Refusing to listen on %1 with neither a token "
                                          "(--token-file, $PN_CALLBACK_TOKEN) nor an allow-list "
                                          "(--allow); give --insecure-open to do it anyway.")
                               .arg(o.address.toString()));
                return ExitUsage;
            }
            printError(ListenText::tr("WARNING: no token and no allow-list: anyone who reaches "
                                      "this port can store call records."));
        }
    }

    CallbackReceiver receiver(ledgerPath, SystemClock::instance(), o);
    if (!receiver.start(&error)) {
        printError(LedgerAccess::explain(error));
        return ExitNetwork;
    }
    // The recordings: on their own thread, queued as their CDRs are stored (after the answer).
    std::unique_ptr<ListenRecordings> recordings;
    if (fetch) {
        fetchOptions.ledgerPath = ledgerPath;
        fetchOptions.dataDir = target->dataDir;
        recordings = std::make_unique<ListenRecordings>(fetchOptions);
        QStringList warnings;
        if (!recordings->start(&warnings, &error)) {
            receiver.stop();
            printError(LedgerAccess::explain(error));
            return ExitUsage;
        }
        for (const QString &w : std::as_const(warnings))
            printError(ListenText::tr("WARNING: %1").arg(w));
        ListenRecordings *r = recordings.get();
        QObject::connect(&receiver, &CallbackReceiver::cdrReceived, r,
                         [r](const CdrRecord &record, bool duplicate) {
                             if (!duplicate && !record.recording.isEmpty())
                                 r->add(record.taskid);
                         });
        QObject::connect(
            r, &ListenRecordings::stored, r, [verbose](const QString &taskid, const QString &file) {
                if (verbose)
                    printLine(ListenText::tr("recording %1: stored %2").arg(taskid, file));
            });
        QObject::connect(
            r, &ListenRecordings::failed, r,
            [](const QString &taskid, const QString &reason, bool final) {
                printError(
                    final ? ListenText::tr("recording %1: %2 (final)").arg(taskid, reason)
                          : ListenText::tr("recording %1: %2 (will retry)").arg(taskid, reason));
            });
        QObject::connect(r, &ListenRecordings::problem, r, [](const QString &e) {
            printError(ListenText::tr("recordings: %1").arg(e));
        });
    }
    QObject::connect(&receiver, &CallbackReceiver::callbackRejected, &receiver,
                     [](const CallbackEvent &e) {
                         printError(ListenText::tr("%1 %2 from %3: %4")
                                        .arg(e.httpStatus)
                                        .arg(e.path, e.remote, e.reason));
                     });
    QObject::connect(&receiver, &CallbackReceiver::connectionCut, &receiver,
                     [verbose](const QString &reason, const ConnectionCounters &c) {
                         if (verbose)
                             printError(ListenText::tr("cut: %1 (%2 open of %3; %4 cut so far)")
                                            .arg(reason)
                                            .arg(c.open)
                                            .arg(c.cap)
                                            .arg(c.cut()));
                     });
    if (verbose) {
        QObject::connect(
            &receiver, &CallbackReceiver::callbackReceived, &receiver, [](const CallbackEvent &e) {
                printLine(QStringLiteral("%1 %2 %3%4")
                              .arg(e.path, e.taskid, e.summary,
                                   e.duplicate ? ListenText::tr(" (duplicate)") : QString()));
            });
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0) {
        printError(ListenText::tr("Cannot set up signal handling."));
        return ExitUsage;
    }
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&notifier] {
        notifier.setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(s_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);

    printLine(receiver.listenUrl().toString());
    printError(ListenText::tr("Listening for callbacks on %1 (POST /cdr, /callstart, /callback); "
                              "ledger %2. Stop with Ctrl+C.")
                   .arg(receiver.listenUrl().toString(), target->location.display()));
    if (recordings)
        printError(ListenText::tr("Fetching recordings into %1.").arg(recordings->folder()));
    if (verbose) {
        const ConnectionLimits &l = receiver.options().limits;
        printError(ListenText::tr("Limits: header %1 bytes, body %2 bytes, header timeout %3 s, "
                                  "request timeout %4 s, idle timeout %5 s, %6 connections.")
                       .arg(l.maxHeaderBytes)
                       .arg(l.maxBodyBytes)
                       .arg(l.headerTimeoutMs / 1000.0)
                       .arg(l.requestTimeoutMs / 1000.0)
                       .arg(l.idleTimeoutMs / 1000.0)
                       .arg(receiver.counters().cap));
    }
    QCoreApplication::exec();
    receiver.stop();
    if (recordings) {
        recordings->stop(); // a download under way keeps its .part for the next run
        const ListenRecordings::Totals t = recordings->totals();
        printError(ListenText::tr("Recordings: %1 stored, %2 failed attempts, %3 removed by "
                                  "retention.")
                       .arg(t.stored)
                       .arg(t.failed)
                       .arg(t.removed));
    }
    const ConnectionCounters c = receiver.counters();
    if (verbose || c.cut() > 0)
        printError(ListenText::tr("Connections: %1 accepted; cut: %2 header timeouts, %3 request "
                                  "timeouts, %4 idle, %5 closed at the cap, %6 refused, %7 too "
                                  "large, %8 headers too large, %9 malformed.")
                       .arg(c.accepted)
                       .arg(c.headerTimeouts)
                       .arg(c.requestTimeouts)
                       .arg(c.idleTimeouts)
                       .arg(c.evicted)
                       .arg(c.refused)
                       .arg(c.oversized)
                       .arg(c.headerTooLarge)
                       .arg(c.malformed));
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::close(s_signalPipe[0]);
    ::close(s_signalPipe[1]);
    printError(ListenText::tr("Stopped."));
    return ExitOk;
}

} // namespace pn::cli

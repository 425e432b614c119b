#include "cli/listencommand.h"

#include "callbacks/callbackreceiver.h"
#include "cli/clicontext.h"
#include "cli/profileoptions.h"
#include "cli/signcommand.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "profiles/profilestore.h"
#include "secrets/secretstore.h"

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
        {QStringLiteral("verbose"), ListenText::tr("Print one line per accepted callback.")},
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
    const QString ledgerPath = Ledger::resolvePath(options.dataDir);
    // --profile NAME: the profile's callback address, port, allow-list and token, and its id
    // on every stored row. Flags given explicitly still win.
    std::optional<Profile> profile;
    QString error;
    if (!options.profile.isEmpty()) {
        Ledger ledger(ledgerPath, SystemClock::instance());
        if (!ledger.open(&error)) {
            printError(error);
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
                ProfileCli::openSecretStore(QFileInfo(ledgerPath).absolutePath(), {}, {}, &error);
            if (!secrets || secrets->read(profile->callbackTokenSecretName(), &o.token, &error) !=
                                SecretStore::Status::Ok) {
                printError(error);
                return ExitUsage;
            }
        }
    }
    const QString address = parser.isSet(QStringLiteral("address")) || !profile
                                ? parser.value(QStringLiteral("address"))
                                : profile->callbackAddress;
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

    CallbackReceiver receiver(ledgerPath, SystemClock::instance(), o);
    if (!receiver.start(&error)) {
        printError(error);
        return ExitNetwork;
    }
    QObject::connect(&receiver, &CallbackReceiver::callbackRejected, &receiver,
                     [](const CallbackEvent &e) {
                         printError(ListenText::tr("%1 %2 from %3: %4")
                                        .arg(e.httpStatus)
                                        .arg(e.path, e.remote, e.reason));
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

    printLine(receiver.baseUrl().toString());
    printError(ListenText::tr("Listening for callbacks on %1 (POST /cdr, /callstart, /callback); "
                              "ledger %2. Stop with Ctrl+C.")
                   .arg(receiver.baseUrl().toString(), ledgerPath));
    QCoreApplication::exec();
    receiver.stop();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::close(s_signalPipe[0]);
    ::close(s_signalPipe[1]);
    printError(ListenText::tr("Stopped."));
    return ExitOk;
}

} // namespace pn::cli

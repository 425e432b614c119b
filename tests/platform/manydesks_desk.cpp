// One desk of the many-desks proof (tst_manydesks): a program that works the ledger the way the
// console does — the console's BindingService and PlatformClient over one shared ledger (an
// SQLite file or postgresql://…), reconciliation at start-up and then every few seconds — and
// sends its binds all at once. It exits when every bind has an outcome and one more
// reconciliation ran. Prints one JSON line: {"created":…,"unknown":…,"failed":…,…}.
//
//   manydesks_desk --ledger L --url U --devid D --appid A --key-file F --first K --count N
//                  --xs X1,X2,… [--reconcile-ms 3000] [--retries 8]

#include "core/clock.h"
#include "ledger/ledger.h"
#include "platform/bindingservice.h"
#include "platform/platformclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace pn;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ledgerOption(QStringLiteral("ledger"), QStringLiteral("ledger"),
                                          QStringLiteral("path"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("url"), QStringLiteral("u"));
    const QCommandLineOption devid(QStringLiteral("devid"), QStringLiteral("devid"),
                                   QStringLiteral("d"));
    const QCommandLineOption appid(QStringLiteral("appid"), QStringLiteral("appid"),
                                   QStringLiteral("a"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QStringLiteral("key"),
                                     QStringLiteral("f"));
    const QCommandLineOption first(QStringLiteral("first"), QStringLiteral("first index"),
                                   QStringLiteral("k"), QStringLiteral("0"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("binds"),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption xs(QStringLiteral("xs"), QStringLiteral("X numbers"),
                                QStringLiteral("list"));
    const QCommandLineOption reconcileMs(QStringLiteral("reconcile-ms"),
                                         QStringLiteral("auto reconcile"), QStringLiteral("ms"),
                                         QStringLiteral("3000"));
    const QCommandLineOption retries(QStringLiteral("retries"), QStringLiteral("attempts"),
                                     QStringLiteral("n"), QStringLiteral("8"));
    parser.addOptions(
        {ledgerOption, url, devid, appid, keyFile, first, count, xs, reconcileMs, retries});
    parser.process(app);

    Ledger ledger(parser.value(ledgerOption), SystemClock::instance());
    QString error;
    if (!ledger.open(&error)) {
        std::fprintf(stderr, "ledger: %s\n", qPrintable(error));
        return 2;
    }
    const auto profileId = ledger.ensureAdhocProfile(parser.value(url), parser.value(devid),
                                                     parser.value(appid), &error);
    if (!profileId) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(error));
        return 2;
    }
    QFile key(parser.value(keyFile));
    if (!key.open(QIODevice::ReadOnly))
        return 2;
    ClientConfig config;
    config.baseUrl = QUrl(parser.value(url));
    config.devid = parser.value(devid);
    config.key = key.readAll().trimmed();
    config.allowPlainHttp = true;
    config.maxAttempts = parser.value(retries).toInt();
    config.profileId = *profileId;
    PlatformClient client(SystemClock::instance());
    client.setConfig(config);
    BindingService service(ledger, client, *profileId);
    service.setActor(QStringLiteral("desk %1").arg(QCoreApplication::applicationPid()));

    const QStringList xList = parser.value(xs).split(u',', Qt::SkipEmptyParts);
    const int k0 = parser.value(first).toInt();
    const int n = parser.value(count).toInt();
    int outstanding = n;
    QJsonObject tally{{QStringLiteral("created"), 0},
                      {QStringLiteral("unknown"), 0},
                      {QStringLiteral("failed"), 0},
                      {QStringLiteral("settled_elsewhere"), 0},
                      {QStringLiteral("reconciled_created"), 0}};
    auto bump = [&tally](const char *what, int by = 1) {
        const QString k = QString::fromLatin1(what);
        tally.insert(k, tally.value(k).toInt() + by);
    };
    int exitCode = 0;

    auto finish = [&] {
        // The last word of this desk: whatever is still pending and not leased by a running
        // desk is sent again.
        service.reconcile([&](const ReconcileReport &r) {
            bump("reconciled_created", r.created);
            std::printf("%s\n", QJsonDocument(tally).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            QCoreApplication::exit(exitCode);
        });
    };

    auto sendAll = [&] {
        if (n == 0) {
            finish();
            return;
        }
        // Between its sends the desk reconciles like a console does (here every few seconds,
        // not every minute): the hazard the leases are for.
        service.setAutoReconcileInterval(parser.value(reconcileMs).toInt());
        for (int i = 0; i < n; ++i) {
            const int k = k0 + i;
            BindingRequest r;
            r.appid = parser.value(appid);
            r.x = xList.isEmpty() ? QString() : xList.at(k % xList.size());
            r.anum = QStringLiteral("1381100%1").arg(k, 4, 10, QLatin1Char('0'));
            r.bnum = QStringLiteral("1371100%1").arg(k, 4, 10, QLatin1Char('0'));
            r.ttl = 3600;
            const auto id = service.createBinding(
                r,
                [&](const ServiceOutcome &o) {
                    if (o.settledElsewhere)
                        bump("settled_elsewhere");
                    switch (o.kind) {
                    case ServiceOutcome::Kind::Created:
                        bump("created");
                        break;
                    case ServiceOutcome::Kind::Failed:
                        bump("failed");
                        std::fprintf(stderr, "failed: %s\n", qPrintable(o.message));
                        break;
                    default:
                        bump("unknown");
                        break;
                    }
                    if (--outstanding == 0) {
                        service.setAutoReconcileInterval(0);
                        finish();
                    }
                },
                &error);
            if (!id) {
                std::fprintf(stderr, "refused: %s\n", qPrintable(error));
                exitCode = 1;
                if (--outstanding == 0)
                    finish();
            }
        }
    };

    // Start-up, like the console: reconcile first, then work.
    QTimer::singleShot(0, &app,
                       [&] { service.reconcile([&](const ReconcileReport &) { sendAll(); }); });
    return app.exec();
}

// `pnctl listen --ledger postgresql://… --fetch-recordings` as a team's one callback receiver:
// a real PostgreSQL server (password in PGPASSFILE, never on the command line), the real pnctl
// receiving CDRs over HTTP and fetching their recordings over HTTPS from real TLS servers on
// 127.0.0.1 — one whose certificate the profile's CA file trusts, one it does not. The calls
// and the archive's state are in the server ledger; the files in the receiver's data folder.

#include "../ledger/pgserver.h"
#include "../sandbox/sandboxtestsupport.h"
#include "callbacktesthelpers.h"
#include "recordingserver.h"

#include "callbacks/callstore.h"
#include "callbacks/recordings.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "profiles/profilestore.h"
#include "sandbox/sandboxplatform.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pn;
using namespace pn::test;

namespace {
const QString kPassword = QStringLiteral("Receiver-pw-7730");

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A TLS server configuration from a certificate made by makeCertificate().
std::optional<QSslConfiguration> tlsFrom(const QString &dir, QString *certFile)
{
    QString key;
    if (!makeCertificate(dir, certFile, &key))
        return std::nullopt;
    QFile c(*certFile), k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return std::nullopt;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&c, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&k, QSsl::Rsa, QSsl::Pem));
    return tls;
}
} // namespace

class TestListenRecordingsPg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        m_pg->setPassword(kPassword);
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_pg.reset(); }

    void teamReceiverFetchesOverHttps()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString address = m_pg->createDatabase(QStringLiteral("receiver"), &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        const QString ledgerUrl = address + QStringLiteral("?sslmode=disable");
        // This process's own view of the server ledger (the password given in-process).
        Ledger ledger(QStringLiteral("postgresql://pn:%1@127.0.0.1:%2/receiver")
                          .arg(kPassword)
                          .arg(m_pg->port()),
                      SystemClock::instance());
        const QString dataDir = dir.filePath(QStringLiteral("receiver-desk"));
        ledger.setDataDir(dataDir);
        QVERIFY2(ledger.open(&error), qPrintable(error));

        // Two HTTPS recording servers: one the profile's CA file trusts, one it does not.
        QTemporaryDir trustedCerts, strangerCerts;
        QString caFile, strangerCert;
        const auto trustedTls = tlsFrom(trustedCerts.path(), &caFile);
        const auto strangerTls = tlsFrom(strangerCerts.path(), &strangerCert);
        QVERIFY(trustedTls && strangerTls);
        RecordingServer trusted(&*trustedTls);
        RecordingServer stranger(&*strangerTls);
        const QByteArray wav = SandboxPlatform::recordingWav();
        trusted.set(QStringLiteral("/r/BACKLOG.wav"), {200, wav});
        trusted.set(QStringLiteral("/r/LIVE.wav"), {200, wav});
        stranger.set(QStringLiteral("/r/UNTRUSTED.wav"), {200, wav});
        const auto link = [](const RecordingServer &server, const QString &taskid) {
            return QStringLiteral("https://127.0.0.1:%1/r/%2.wav").arg(server.port()).arg(taskid);
        };

        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ProfileStore profiles(ledger.database(), SystemClock::instance());
        Profile p;
        p.name = QStringLiteral("Team");
        p.baseUrl = QUrl(QStringLiteral("https://platform.example"));
        p.devid = QStringLiteral("1000");
        p.appids = {QStringLiteral("app1")};
        p.callbackPort = port;
        p.caFile = caFile;
        const auto added = profiles.add(p, &error);
        QVERIFY2(added, qPrintable(error));
        {
            RecordingArchive archive(ledger, RecordingArchive::defaultFolder(ledger));
            QVERIFY2(archive.open(&error), qPrintable(error));
            RecordingPolicy on;
            on.enabled = true;
            QVERIFY2(archive.setPolicy(added->id, on, &error), qPrintable(error));
        }
        // A CDR in the server ledger before the receiver starts: fetched at its start.
        {
            CallStore store(ledger);
            QVERIFY2(store.open(&error), qPrintable(error));
            CdrRecord r;
            r.devid = p.devid;
            r.appid = QStringLiteral("app1");
            r.taskid = QStringLiteral("BACKLOG");
            r.subid = QStringLiteral("S-backlog");
            r.caller = QStringLiteral("13800138000");
            r.rcaller = QStringLiteral("17000000001");
            r.callee = QStringLiteral("13900139000");
            r.result = QStringLiteral("answered");
            r.beginTime = SystemClock::instance().nowSecs() - 600;
            r.duration = 30;
            r.recording = link(trusted, QStringLiteral("BACKLOG"));
            r.receivedAtMs = SystemClock::instance().nowMs();
            r.profileId = added->id;
            QCOMPARE(store.storeCdr(r, &error), CallStore::Stored::Inserted);
        }

        const QString passFile = dir.filePath(QStringLiteral("pgpass"));
        QVERIFY(m_pg->writePassFile(passFile));
        QProcess listen;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), passFile);
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.remove(QStringLiteral("PN_LEDGER"));
        env.remove(QStringLiteral("PN_DATA_DIR"));
        listen.setProcessEnvironment(env);
        listen.start(QStringLiteral(PNCTL_PATH),
                     {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                      dataDir, QStringLiteral("--ledger"), ledgerUrl, QStringLiteral("listen"),
                      QStringLiteral("--profile"), QStringLiteral("Team"),
                      QStringLiteral("--fetch-recordings"), QStringLiteral("--verbose")});
        QVERIFY(listen.waitForStarted(5000));
        QVERIFY2(QTest::qWaitFor([&] { return listen.canReadLine(); }, 15'000),
                 listen.readAllStandardError().constData());
        const QUrl callbackUrl(QString::fromUtf8(listen.readLine().trimmed()));
        QVERIFY2(callbackUrl.port() > 0, qPrintable(callbackUrl.toString()));

        const auto fileOf = [&](const QString &taskid) {
            return QDir(dataDir).filePath(
                QStringLiteral("recordings/%1/%2.wav").arg(added->id).arg(taskid));
        };
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fileOf(QStringLiteral("BACKLOG"))), 15'000);
        QCOMPARE(contents(fileOf(QStringLiteral("BACKLOG"))), wav);

        // Two CDRs posted as the platform does: one fetched, one refused (untrusted server).
        QNetworkAccessManager nam;
        const QUrl cdrUrl = callbackUrl.resolved(QUrl(QStringLiteral("cdr")));
        const QList<std::pair<QString, RecordingServer *>> posted = {
            {QStringLiteral("LIVE"), &trusted}, {QStringLiteral("UNTRUSTED"), &stranger}};
        for (const auto &[taskid, server] : posted) {
            const Answer a =
                post(nam, cdrUrl, formEncode(recentCdr(taskid, link(*server, taskid))));
            QVERIFY2(a.status == 200, a.body.constData());
        }
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fileOf(QStringLiteral("LIVE"))), 15'000);
        QCOMPARE(contents(fileOf(QStringLiteral("LIVE"))), wav);
        RecordingArchive archive(ledger, RecordingArchive::defaultFolder(ledger));
        QVERIFY2(archive.open(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(archive.entry(QStringLiteral("UNTRUSTED")) &&
                                     archive.entry(QStringLiteral("UNTRUSTED"))->state ==
                                         RecordingEntry::State::Failed,
                                 15'000);
        QVERIFY(!QFileInfo::exists(fileOf(QStringLiteral("UNTRUSTED"))));
        QCOMPARE(stranger.requests(), 0); // refused in the handshake, before any request

        // The team's record, read from the server ledger by another program (this one).
        QCOMPARE(archive.entry(QStringLiteral("LIVE"))->state, RecordingEntry::State::Done);
        QCOMPARE(archive.entry(QStringLiteral("BACKLOG"))->state, RecordingEntry::State::Done);
        QCOMPARE(archive.localFile(QStringLiteral("LIVE")), fileOf(QStringLiteral("LIVE")));
        CallStore calls(ledger);
        QVERIFY2(calls.open(&error), qPrintable(error));
        QVERIFY(calls.cdr(QStringLiteral("LIVE")));
        QVERIFY(calls.cdr(QStringLiteral("UNTRUSTED")));

        ::kill(pid_t(listen.processId()), SIGTERM);
        QVERIFY(listen.waitForFinished(10'000));
        QCOMPARE(listen.exitStatus(), QProcess::NormalExit);
        QCOMPARE(listen.exitCode(), 0);
        const QByteArray out = listen.readAllStandardOutput();
        const QByteArray err = listen.readAllStandardError();
        QVERIFY2(err.contains("Recordings: 2 stored, 1 failed attempts"), err.constData());
        QVERIFY2(!out.contains(kPassword.toUtf8()) && !err.contains(kPassword.toUtf8()),
                 (out + err).constData());
        // No password in a file name of the receiver's data folder either.
        QDirIterator it(dataDir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY2(!it.next().contains(kPassword), qPrintable(it.filePath()));
    }

private:
    std::unique_ptr<PgServer> m_pg;
};

QTEST_GUILESS_MAIN(TestListenRecordingsPg)
#include "tst_listenrecordings_pg.moc"

// Logging categories and files: the handler's masking, real flows of pnctl, pnctl listen and
// pnconsole writing debug logs that hold no key, token or full number, and the unclean-exit
// notice after a SIGKILLed console.
#include "core/clock.h"
#include "core/logging.h"
#include "sandbox/sandboxplatform.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace pn;

namespace {

QString binary(const char *name)
{
    return qEnvironmentVariable("PN_BINARY_DIR") + u'/' + QLatin1StringView(name);
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        int timeoutMs = 60'000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    // Keep this thread's event loop running: the sandbox the programs talk to lives in it.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrubMasksLongDigitRuns_data();
    void scrubMasksLongDigitRuns();
    void categoriesAndRules();
    void realFlowsLeakNothing();
    void uncleanExitIsReportedOnce();
    void terminateSignalClosesCleanly_data();
    void terminateSignalClosesCleanly();
};

void TestLogging::scrubMasksLongDigitRuns_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("phone") << QStringLiteral("caller 13800138000 ok")
                           << QStringLiteral("caller 138****8000 ok");
    QTest::newRow("two") << QStringLiteral("a=13800138000&b=13900139000")
                         << QStringLiteral("a=138****8000&b=139****9000");
    QTest::newRow("short numbers stay") << QStringLiteral("HTTP 200 error 1302 port 8080 in 12 ms")
                                        << QStringLiteral("HTTP 200 error 1302 port 8080 in 12 ms");
    QTest::newRow("with country code")
        << QStringLiteral("+8613800138000") << QStringLiteral("+861******8000");
}

void TestLogging::scrubMasksLongDigitRuns()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Logging::scrub(in), out);
    QCOMPARE(Logging::formatLine(QtWarningMsg, "pn.ledger", in),
             QStringLiteral("pn.ledger warning: ") + out);
}

void TestLogging::categoriesAndRules()
{
    const QByteArrayList names{lcLedger().categoryName(),    lcPlatform().categoryName(),
                               lcCallbacks().categoryName(), lcSession().categoryName(),
                               lcSecrets().categoryName(),   lcSandbox().categoryName(),
                               lcUi().categoryName(),        lcCli().categoryName()};
    QCOMPARE(names, (QByteArrayList{"pn.ledger", "pn.platform", "pn.callbacks", "pn.session",
                                    "pn.secrets", "pn.sandbox", "pn.ui", "pn.cli"}));
    QVERIFY(lcLedger().isInfoEnabled());
    QVERIFY(!lcLedger().isDebugEnabled());
    // Rules from the settings (one line, ';'-separated) switch categories; the file gets them.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("logs/test.log"));
    QString error;
    QVERIFY2(
        Logging::install(file, QStringLiteral("pn.ledger.debug=true;pn.ui.info=false"), &error),
        qPrintable(error));
    QVERIFY(lcLedger().isDebugEnabled());
    QVERIFY(!lcUi().isInfoEnabled());
    QVERIFY(!lcPlatform().isDebugEnabled());
    qCDebug(lcLedger) << "intent for" << QStringLiteral("13800138000");
    qCInfo(lcUi) << "not written";
    Logging::shutdown();
    const QString text = readAll(file);
    QVERIFY2(text.contains(QStringLiteral("pn.ledger debug: intent for \"138****8000\"")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("not written")));
    QVERIFY(!text.contains(QStringLiteral("13800138000")));
    QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QLoggingCategory::setFilterRules({});
}

void TestLogging::realFlowsLeakNothing()
{
    QTemporaryDir dir;
    const QByteArray key = randomHex(16);
    const QByteArray token = "tok-" + randomHex(12);
    const QString devid = QStringLiteral("10000019");
    const QString x = QStringLiteral("17000000019");
    const QString a = QStringLiteral("13800138019");
    const QString b = QStringLiteral("13900139019");
    const QString caller = QStringLiteral("13700137019");

    SandboxPlatform sandbox(SystemClock::instance());
    QString error;
    QVERIFY2(sandbox.open(QStringLiteral(":memory:"), &error), qPrintable(error));
    SandboxAccount account;
    account.devid = devid;
    account.key = key;
    account.appids = {QStringLiteral("app1")};
    account.xpool = {x};
    account.balance = 1000;
    sandbox.addAccount(account);
    QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    const QString keyFile = dir.filePath(QStringLiteral("key"));
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    for (const auto &[path, value] : {std::pair{keyFile, key}, std::pair{tokenFile, token}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(value + '\n');
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString log = dir.filePath(QStringLiteral("pnctl.log"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pn.*.debug=true"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("PN_SECRET_BACKEND"), QStringLiteral("vault"));
    const QStringList account_{QStringLiteral("--lang"),
                               QStringLiteral("en"),
                               QStringLiteral("--log-file"),
                               log,
                               QStringLiteral("--data-dir"),
                               data,
                               QStringLiteral("--base-url"),
                               sandbox.baseUrl().toString(),
                               QStringLiteral("--allow-plain-http"),
                               QStringLiteral("--devid"),
                               devid,
                               QStringLiteral("--appid"),
                               QStringLiteral("app1"),
                               QStringLiteral("--key-file"),
                               keyFile};

    // A binding, a look at it and its release, all logged at debug.
    Run r = run(binary("pnctl"),
                account_ + QStringList{QStringLiteral("--json"), QStringLiteral("bind"), x, a, b,
                                       QStringLiteral("--ttl"), QStringLiteral("600")},
                env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const QString subid =
        QRegularExpression(QStringLiteral("\"subid\":\"([0-9a-f]+)\"")).match(r.out).captured(1);
    QVERIFY2(!subid.isEmpty(), qPrintable(r.out));
    r = run(binary("pnctl"), account_ + QStringList{QStringLiteral("status")}, env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    r = run(binary("pnctl"), account_ + QStringList{QStringLiteral("release"), subid}, env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

    // The receiver with a token takes a CDR with full numbers.
    const QString listenLog = dir.filePath(QStringLiteral("listen.log"));
    QProcess listen;
    listen.setProcessEnvironment(env);
    listen.start(binary("pnctl"),
                 {QStringLiteral("--log-file"), listenLog, QStringLiteral("listen"),
                  QStringLiteral("--data-dir"), data, QStringLiteral("--token-file"), tokenFile});
    QVERIFY(listen.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return listen.canReadLine(); }, 10'000));
    const QUrl url(QString::fromUtf8(listen.readLine().trimmed()));
    QUrlQuery cdr;
    const QList<std::pair<const char *, QString>> fields{
        {"devid", devid},
        {"appid", QStringLiteral("app1")},
        {"taskid", QStringLiteral("task-k19")},
        {"subid", subid},
        {"caller", caller},
        {"rcaller", x},
        {"callee", a},
        {"result", QStringLiteral("answered")},
        {"beginTime", QStringLiteral("1700000000")},
        {"ringTime", QStringLiteral("1700000002")},
        {"answerTime", QStringLiteral("1700000004")},
        {"releaseTime", QStringLiteral("1700000020")},
        {"duration", QStringLiteral("16")},
        {"releasedir", QStringLiteral("1")}};
    for (const auto &[name, value] : fields)
        cdr.addQueryItem(QString::fromLatin1(name), value);
    QNetworkAccessManager nam;
    QNetworkRequest request(url.resolved(QUrl(QStringLiteral("cdr"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("X-PN-Token", token);
    QNetworkReply *reply = nam.post(request, cdr.toString(QUrl::FullyEncoded).toUtf8());
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    ::kill(pid_t(listen.processId()), SIGTERM);
    QVERIFY(listen.waitForFinished(10'000));
    QCOMPARE(listen.exitCode(), 0);

    // The console on the same ledger, offscreen, with its own log.
    const QString consoleLog = dir.filePath(QStringLiteral("console.log"));
    r = run(binary("pnconsole"),
            {QStringLiteral("--check"), QStringLiteral("--data-dir"), data,
             QStringLiteral("--log-file"), consoleLog},
            env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

    const QString all = readAll(log) + readAll(listenLog) + readAll(consoleLog);
    // The flows were logged...
    QVERIFY2(all.contains(QStringLiteral("pn.platform debug: PUT")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("pn.platform debug: DELETE")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("pn.callbacks debug: CDR task-k19 caller 137****7019")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("pn.ui info: pnconsole")), qPrintable(all));
    // ...and nothing secret or whole is in them (nor in what the programs printed).
    const QList<QByteArray> secrets{key,   key.toBase64(), QByteArray::fromHex(key).toBase64(),
                                    token, token.toHex(),  token.toBase64()};
    for (const QByteArray &s : secrets)
        QVERIFY2(!all.contains(QString::fromLatin1(s)), s.constData());
    for (const QString &n : {a, b, x, caller, devid})
        QVERIFY2(!all.contains(n), qPrintable(n));
    for (const QString &n : {a, b, x, caller})
        QVERIFY2(!(r.out + r.err).contains(n), qPrintable(n));
}

void TestLogging::uncleanExitIsReportedOnce()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QStringList args{QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--data-dir"), data};
    const QString notice = QStringLiteral("did not close properly last time");
    const QString log = QDir(data).filePath(QStringLiteral("pnconsole.log"));

    // A clean run leaves no marker and says nothing.
    Run r = run(binary("pnconsole"), args + QStringList{QStringLiteral("--check")}, env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.err.contains(notice), qPrintable(r.err));
    QVERIFY(!QFile::exists(QDir(data).filePath(QStringLiteral("pnconsole.running"))));

    // A console killed while its window is open...
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(binary("pnconsole"), args);
    QVERIFY(console.waitForStarted());
    QVERIFY2(QTest::qWaitFor(
                 [&] { return readAll(log).count(QStringLiteral("window shown")) >= 2; }, 30'000),
             qPrintable(readAll(log)));
    QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("pnconsole.running"))));
    console.kill(); // SIGKILL
    QVERIFY(console.waitForFinished(10'000));
    QCOMPARE(console.exitStatus(), QProcess::CrashExit);

    // ...is reported by the next start, with the log's path, once.
    r = run(binary("pnconsole"), args + QStringList{QStringLiteral("--check")}, env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(notice), qPrintable(r.err));
    QVERIFY2(r.err.contains(log), qPrintable(r.err));
    QVERIFY2(readAll(log).contains(QStringLiteral("did not exit cleanly")), qPrintable(log));
    r = run(binary("pnconsole"), args + QStringList{QStringLiteral("--check")}, env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.err.contains(notice), qPrintable(r.err));

    // In Chinese too.
    console.start(binary("pnconsole"), {QStringLiteral("--data-dir"), data});
    QVERIFY(console.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return readAll(log).count(QStringLiteral("window shown")) >= 5; },
                            30'000));
    console.kill();
    QVERIFY(console.waitForFinished(10'000));
    r = run(binary("pnconsole"),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--data-dir"), data,
             QStringLiteral("--check")},
            env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("上次没有正常关闭")), qPrintable(r.err));
    // Its start time is written the Chinese way, not "2 Dec 2026" inside a Chinese sentence.
    const QString started = r.err.section(QStringLiteral("启动于"), 1).section(u'）', 0, 0);
    QVERIFY2(!started.isEmpty(), qPrintable(r.err));
    for (const char *month : {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                              "Nov", "Dec", "AM", "PM"})
        QVERIFY2(!started.contains(QLatin1StringView(month)), qPrintable(started));
    QVERIFY2(started.contains(QString::number(QDate::currentDate().year())), qPrintable(started));
}

// A logout or `kill` (SIGTERM) and Ctrl+C (SIGINT) close the console as Quit does: exit code 0,
// the run marker gone, and no "did not close properly" at the next start.
void TestLogging::terminateSignalClosesCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestLogging::terminateSignalClosesCleanly()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QStringList args{QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--data-dir"), data};
    const QString log = QDir(data).filePath(QStringLiteral("pnconsole.log"));
    const QString marker = QDir(data).filePath(QStringLiteral("pnconsole.running"));

    QProcess console;
    console.setProcessEnvironment(env);
    console.start(binary("pnconsole"), args);
    QVERIFY(console.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return readAll(log).contains(QStringLiteral("window shown")); },
                             30'000),
             qPrintable(readAll(log)));
    QVERIFY(QFile::exists(marker));
    ::kill(pid_t(console.processId()), signal);
    QVERIFY(console.waitForFinished(20'000));
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QCOMPARE(console.exitCode(), 0);
    QVERIFY(!QFile::exists(marker));
    QVERIFY2(readAll(log).contains(QStringLiteral("terminated by a signal")), qPrintable(log));

    const Run r = run(binary("pnconsole"), args + QStringList{QStringLiteral("--check")}, env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("did not close properly")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"

// End to end: a sandbox binding → a simulated call → the sandbox posts its call-start and CDR to
// the CallbackReceiver → the CDR is in the ledger and in the Calls model within a second.
#include "callbacks/callbackreceiver.h"
#include "callbacks/callsmodel.h"
#include "callbacks/callstore.h"
#include "callbacks/calltimelinemodel.h"
#include "core/clock.h"
#include "core/formencoding.h"
#include "core/keytimesigner.h"
#include "sandbox/sandboxplatform.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {
const QString Devid = QStringLiteral("1000");
const QByteArray Key = QByteArrayLiteral("k3y+s3cret/=");
const QString X = QStringLiteral("17000000001");
const QString A = QStringLiteral("13800138000");
const QString B = QStringLiteral("13900139000");
} // namespace

class TestCallbacksSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void simulatedCallReachesLedgerAndModel_data();
    void simulatedCallReachesLedgerAndModel();
    void redeliveredCdrIsStoredOnce();

private:
    QString bind();

    ManualClock m_clock{1'760'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxPlatform> m_sandbox;
    std::unique_ptr<CallbackReceiver> m_receiver;
    std::unique_ptr<CallStore> m_store;
    QNetworkAccessManager m_nam;
};

void TestCallbacksSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_sandbox = std::make_unique<SandboxPlatform>(m_clock);
    QVERIFY2(m_sandbox->open(m_dir->filePath(QStringLiteral("sandbox.sqlite")), &error),
             qPrintable(error));
    SandboxAccount account;
    account.devid = Devid;
    account.key = Key;
    account.appids = {QStringLiteral("app1")};
    account.xpool = {X};
    m_sandbox->addAccount(account);
    QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    const QString ledger = m_dir->filePath(QStringLiteral("ledger.sqlite"));
    m_receiver = std::make_unique<CallbackReceiver>(ledger, m_clock, CallbackReceiver::Options{});
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
    m_store = std::make_unique<CallStore>(ledger);
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestCallbacksSandbox::cleanup()
{
    m_sandbox.reset();
    m_receiver.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestCallbacksSandbox::bind()
{
    QUrl url = m_sandbox->baseUrl();
    url.setPath(QStringLiteral("/igw/service/uc/interline/") + X);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", *KeytimeSigner::header(Devid, Key, m_clock.nowMs()));
    const FormFields fields = {{QStringLiteral("appid"), QStringLiteral("app1")},
                               {QStringLiteral("anum"), A},
                               {QStringLiteral("bnum"), B},
                               {QStringLiteral("reqid"), generateReqid()},
                               {QStringLiteral("ttl"), QStringLiteral("3600")},
                               {QStringLiteral("record"), QStringLiteral("1")},
                               {QStringLiteral("userData"), QStringLiteral("b3JkZXItNDI=")}};
    QNetworkReply *reply = m_nam.put(request, formEncode(fields));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer.value(QStringLiteral("subid")).toString();
}

void TestCallbacksSandbox::simulatedCallReachesLedgerAndModel_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("result");
    QTest::newRow("form /callback answered")
        << QStringLiteral("callback") << false << QStringLiteral("answered");
    QTest::newRow("json /callback busy")
        << QStringLiteral("callback") << true << QStringLiteral("17");
    QTest::newRow("form /callback no answer")
        << QStringLiteral("callback") << false << QStringLiteral("19");
}

void TestCallbacksSandbox::simulatedCallReachesLedgerAndModel()
{
    QFETCH(QString, path);
    QFETCH(bool, json);
    QFETCH(QString, result);
    CallsModel calls(*m_store);
    QAbstractItemModelTester tester(&calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CallTimelineModel timeline(*m_store);
    QAbstractItemModelTester tester2(&timeline,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    calls.reload();
    connect(m_receiver.get(), &CallbackReceiver::cdrReceived, &calls, &CallsModel::addRecord);
    connect(m_receiver.get(), &CallbackReceiver::cdrReceived, &timeline, &CallTimelineModel::onCdr);
    connect(m_receiver.get(), &CallbackReceiver::callStartReceived, &timeline,
            &CallTimelineModel::onCallStart);

    const QString subid = bind();
    QVERIFY(!subid.isEmpty());
    timeline.setSubid(subid);
    m_sandbox->setCallbackUrl(m_receiver->baseUrl().resolved(QUrl(path)),
                              json ? CallbackFormat::Json : CallbackFormat::Form);
    SimulatedCall call;
    call.subid = subid;
    call.result = result;
    call.durationSecs = 42;
    QString error;
    QElapsedTimer elapsed;
    elapsed.start();
    const QString taskid = m_sandbox->simulateCall(call, &error);
    QVERIFY2(!taskid.isEmpty(), qPrintable(error));
    // In the Calls model within a second …
    QTRY_VERIFY_WITH_TIMEOUT(calls.rowOf(taskid).has_value(), 1000);
    qInfo("simulated call → Calls model in %lld ms", elapsed.elapsed());
    const CdrRecord &shown = calls.record(*calls.rowOf(taskid));
    QCOMPARE(shown.subid, subid);
    QCOMPARE(shown.result, result);
    QCOMPARE(shown.rcaller, X);
    // … and in the ledger, as the sandbox described it.
    const auto stored = m_store->cdr(taskid);
    QVERIFY(stored);
    QCOMPARE(stored->result, result);
    QCOMPARE(stored->callee, B);
    QCOMPARE(stored->caller, A);
    const QList<SandboxCall> simulated = m_sandbox->calls();
    const auto it = std::find_if(simulated.begin(), simulated.end(),
                                 [&](const SandboxCall &c) { return c.taskid == taskid; });
    QVERIFY(it != simulated.end());
    QCOMPARE(stored->beginTime, it->beginTime);
    QCOMPARE(stored->ringTime.value_or(0), it->ringTime);
    if (result == QLatin1StringView("answered")) {
        QCOMPARE(stored->talkSeconds(), 42);
        QVERIFY(!stored->recording.isEmpty());
        QCOMPARE(CallsModel::userDataText(stored->userData), QStringLiteral("order-42"));
    }
    // The call-start came on the same path; the binding's timeline shows both, in order.
    QTRY_COMPARE_WITH_TIMEOUT(timeline.rowCount(), 2, 1000);
    QCOMPARE(timeline.entry(0).kind, CallbackKind::CallStart);
    QCOMPARE(timeline.entry(1).kind, CallbackKind::Cdr);
    QCOMPARE(m_store->countRejected(), 0);
}

void TestCallbacksSandbox::redeliveredCdrIsStoredOnce()
{
    int cdrs = 0;
    connect(m_receiver.get(), &CallbackReceiver::cdrReceived, this,
            [&](const CdrRecord &, bool) { ++cdrs; });
    m_sandbox->setCallbackUrl(m_receiver->callbackUrl());
    m_sandbox->setRedeliverCdr(true);
    SimulatedCall call;
    call.subid = bind();
    QVERIFY(!call.subid.isEmpty());
    QString error;
    const QString taskid = m_sandbox->simulateCall(call, &error);
    QVERIFY2(!taskid.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(cdrs, 3, 3000);
    QCOMPARE(m_store->countCalls(), 1);
    QCOMPARE(m_store->countCallStarts(), 1);
}

QTEST_GUILESS_MAIN(TestCallbacksSandbox)
#include "tst_callbacks_sandbox.moc"

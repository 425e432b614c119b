#include "callbacks/callbackreceiver.h"
#include "callbacks/callstore.h"
#include "callbacktesthelpers.h"
#include "core/clock.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace pn;
using namespace pn::test;

class TestCallbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void acceptsCdr_data();
    void acceptsCdr();
    void acceptsCallStart_data();
    void acceptsCallStart();
    void typedFieldsAndPlus();
    void rejectsMissingField_data();
    void rejectsMissingField();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void cutsHugeBodiesEarly_data();
    void cutsHugeBodiesEarly();
    void keepsUnknownFields();
    void storesHostileStringsLiterally_data();
    void storesHostileStringsLiterally();
    void deduplicatesTaskid();
    void wrongMethodAndPath();
    void token_data();
    void token();
    void allowList_data();
    void allowList();
    void parseAllowList();
    void acknowledgedMeansCommitted();
    void concurrentDeliveriesGroupCommit();
    void pipelinesInOneWrite();
    void cutsSlowAndIdleConnections_data();
    void cutsSlowAndIdleConnections();
    void refusesBadFraming_data();
    void refusesBadFraming();
    void capClosesLongestIdle();
    void plausibility_data();
    void plausibility();

private:
    CallbackReceiver &receiver(CallbackReceiver::Options options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    ManualClock m_clock{1'700'000'100'000};
    std::unique_ptr<CallbackReceiver> m_receiver;
    std::unique_ptr<CallStore> m_store;
    QNetworkAccessManager m_nam;
};

void TestCallbackReceiver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = m_dir->filePath(QStringLiteral("ledger.sqlite"));
    m_store = std::make_unique<CallStore>(m_ledger);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestCallbackReceiver::cleanup()
{
    m_receiver.reset();
    m_store.reset();
    m_dir.reset();
}

CallbackReceiver &TestCallbackReceiver::receiver(CallbackReceiver::Options options)
{
    m_receiver = std::make_unique<CallbackReceiver>(m_ledger, m_clock, std::move(options));
    QString error;
    if (!m_receiver->start(&error))
        qFatal("receiver: %s", qPrintable(error));
    return *m_receiver;
}

void TestCallbackReceiver::acceptsCdr_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("json");
    QTest::newRow("form /cdr") << QStringLiteral("cdr") << false;
    QTest::newRow("json /cdr") << QStringLiteral("cdr") << true;
    QTest::newRow("form /callback") << QStringLiteral("callback") << false;
    QTest::newRow("json /callback") << QStringLiteral("callback") << true;
}

QByteArray toJson(const FormFields &fields, bool numbersAsNumbers = true)
{
    QJsonObject o;
    for (const auto &[k, v] : fields) {
        bool isInt = false;
        const qint64 n = v.toLongLong(&isInt);
        if (numbersAsNumbers && isInt && k.endsWith(QLatin1StringView("Time")))
            o.insert(k, n);
        else
            o.insert(k, v);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TestCallbackReceiver::acceptsCdr()
{
    QFETCH(QString, path);
    QFETCH(bool, json);
    auto &r = receiver();
    QSignalSpy cdrs(&r, &CallbackReceiver::cdrReceived);
    QSignalSpy events(&r, &CallbackReceiver::callbackReceived);
    const FormFields fields = sampleCdr(QStringLiteral("task-1"));
    const QUrl url = r.baseUrl().resolved(QUrl(path));
    const Answer a = json ? post(m_nam, url, toJson(fields), "application/json")
                          : post(m_nam, url, formEncode(fields));
    QVERIFY2(a.status == 200, a.body.constData());
    QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("error")).toInt(-1), 0);
    QCOMPARE(cdrs.size(), 1);
    QCOMPARE(events.size(), 1);
    QCOMPARE(cdrs.at(0).at(1).toBool(), false);
    const auto stored = m_store->cdr(QStringLiteral("task-1"));
    QVERIFY(stored);
    QCOMPARE(stored->result, QStringLiteral("17"));
    QCOMPARE(stored->beginTime, 1'700'000'000);
    QCOMPARE(stored->ringTime, std::optional<qint64>(1'700'000'002));
    QCOMPARE(stored->answerTime, std::nullopt);
    QCOMPARE(stored->releasedir, QStringLiteral("2"));
    QCOMPARE(stored->receivedAtMs, m_clock.nowMs());
    QCOMPARE(m_store->countCallStarts(), 0);
}

void TestCallbackReceiver::acceptsCallStart_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("json");
    QTest::newRow("form /callstart") << QStringLiteral("callstart") << false;
    QTest::newRow("json /callstart") << QStringLiteral("callstart") << true;
    QTest::newRow("form /callback") << QStringLiteral("callback") << false;
    QTest::newRow("json /callback") << QStringLiteral("callback") << true;
}

void TestCallbackReceiver::acceptsCallStart()
{
    QFETCH(QString, path);
    QFETCH(bool, json);
    auto &r = receiver();
    QSignalSpy starts(&r, &CallbackReceiver::callStartReceived);
    FormFields fields = sampleCallStart(QStringLiteral("task-2"));
    fields.append({QStringLiteral("smsContent"), QStringLiteral("你好")});
    const QUrl url = r.baseUrl().resolved(QUrl(path));
    const Answer a = json ? post(m_nam, url, toJson(fields), "application/json; charset=utf-8")
                          : post(m_nam, url, formEncode(fields));
    QCOMPARE(a.status, 200);
    QCOMPARE(starts.size(), 1);
    QCOMPARE(m_store->countCalls(), 0);
    const auto list = m_store->callStarts({});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).callTime, 1'699'999'999);
    QCOMPARE(list.at(0).smsContent, QStringLiteral("你好"));
}

void TestCallbackReceiver::typedFieldsAndPlus()
{
    auto &r = receiver();
    // '+' in a form body is a space; %2B is a plus (the platform encodes like this).
    const QByteArray body = "devid=1&appid=a&taskid=t%2B1&subid=s&caller=%2B8613800138000"
                            "&rcaller=17000000001&callee=139+0013+9000&result=answered"
                            "&beginTime=1700000000&answerTime=1700000005&releaseTime=1700000065"
                            "&duration=60&recording=http%3A%2F%2Fr.example%2Fa.mp3&userData=aGk%3D";
    QCOMPARE(post(m_nam, r.cdrUrl(), body).status, 200);
    const auto c = m_store->cdr(QStringLiteral("t+1"));
    QVERIFY(c);
    QCOMPARE(c->caller, QStringLiteral("+8613800138000"));
    QCOMPARE(c->callee, QStringLiteral("139 0013 9000"));
    QCOMPARE(c->duration, 60);
    QCOMPARE(c->talkSeconds(), 60);
    QCOMPARE(c->answerTime, std::optional<qint64>(1'700'000'005));
    QCOMPARE(c->recording, QStringLiteral("http://r.example/a.mp3"));
    QCOMPARE(c->userData, QStringLiteral("aGk="));
    QVERIFY(c->answered());
}

void TestCallbackReceiver::rejectsMissingField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    for (const char *f : {"devid", "appid", "taskid", "subid", "caller", "rcaller", "callee",
                          "result", "beginTime"})
        QTest::addRow("cdr without %s", f) << QStringLiteral("cdr") << QString::fromLatin1(f);
    for (const char *f : {"devid", "taskid", "subid", "rcaller", "callTime"})
        QTest::addRow("callstart without %s", f)
            << QStringLiteral("callstart") << QString::fromLatin1(f);
}

void TestCallbackReceiver::rejectsMissingField()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    auto &r = receiver();
    QSignalSpy rejected(&r, &CallbackReceiver::callbackRejected);
    const FormFields full = path == QLatin1StringView("cdr") ? sampleCdr(QStringLiteral("t"))
                                                             : sampleCallStart(QStringLiteral("t"));
    const Answer a =
        post(m_nam, r.baseUrl().resolved(QUrl(path)), formEncode(without(full, field)));
    QCOMPARE(a.status, 400);
    const QString reason =
        QJsonDocument::fromJson(a.body).object().value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(field), qPrintable(reason));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).value<CallbackEvent>().httpStatus, 400);
    QTRY_COMPARE(m_store->countRejected(), 1);
    const auto kept = m_store->rejected();
    QCOMPARE(kept.at(0).reason, reason);
    QCOMPARE(kept.at(0).path, QStringLiteral("/") + path);
    QVERIFY(kept.at(0).body.contains(QStringLiteral("devid")) ||
            field == QLatin1StringView("devid"));
    QCOMPARE(m_store->countCalls() + m_store->countCallStarts(), 0);
}

void TestCallbackReceiver::rejectsBadInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray cdr = formEncode(sampleCdr(QStringLiteral("t")));
    QTest::newRow("oversized") << QStringLiteral("cdr")
                               << QByteArray("application/x-www-form-urlencoded")
                               << cdr + "&pad=" + QByteArray(64 * 1024, 'x') << 413;
    QTest::newRow("invalid utf-8 raw json")
        << QStringLiteral("cdr") << QByteArray("application/json")
        << QByteArray("{\"devid\":\"\xff\xfe\"}") << 400;
    QTest::newRow("invalid utf-8 percent-encoded")
        << QStringLiteral("cdr") << QByteArray("application/x-www-form-urlencoded")
        << cdr + "&note=%C3%28" << 400;
    QTest::newRow("invalid utf-8 raw form")
        << QStringLiteral("cdr") << QByteArray("application/x-www-form-urlencoded")
        << cdr + "&note=\xc3\x28" << 400;
    QTest::newRow("broken json") << QStringLiteral("cdr") << QByteArray("application/json")
                                 << QByteArray("{\"taskid\": ") << 400;
    const QByteArray jsonCdr = "\"devid\":\"1\",\"appid\":\"a\",\"subid\":\"s\",\"caller\":\"1\","
                               "\"rcaller\":\"2\",\"callee\":\"3\",\"result\":\"17\","
                               "\"beginTime\":1700000000";
    QTest::newRow("json lone high surrogate")
        << QStringLiteral("cdr") << QByteArray("application/json")
        << "{" + jsonCdr + ",\"taskid\":\"\\ud800x\"}" << 400;
    QTest::newRow("json lone low surrogate")
        << QStringLiteral("cdr") << QByteArray("application/json")
        << "{" + jsonCdr + ",\"taskid\":\"a\\udc00\"}" << 400;
    QTest::newRow("json high surrogate at the end")
        << QStringLiteral("cdr") << QByteArray("application/json")
        << "{" + jsonCdr + ",\"taskid\":\"t\",\"x\":\"\\udbff\"}" << 400;
    QTest::newRow("json two high surrogates")
        << QStringLiteral("cdr") << QByteArray("application/json")
        << "{" + jsonCdr + ",\"taskid\":\"\\ud800\\ud800\"}" << 400;
    QTest::newRow("json array") << QStringLiteral("cdr") << QByteArray("application/json")
                                << QByteArray("[1,2]") << 400;
    QTest::newRow("json huge number")
        << QStringLiteral("cdr") << QByteArray("application/json")
        << QByteArray("{\"devid\":\"1\",\"appid\":\"a\",\"taskid\":\"t\",\"subid\":\"s\","
                      "\"caller\":\"1\",\"rcaller\":\"2\",\"callee\":\"3\",\"result\":\"17\","
                      "\"beginTime\":1e300}")
        << 400;
    QTest::newRow("json nested known field")
        << QStringLiteral("cdr") << QByteArray("application/json")
        << QByteArray("{\"devid\":{\"a\":1}}") << 400;
    QTest::newRow("not an integer")
        << QStringLiteral("cdr") << QByteArray("application/x-www-form-urlencoded")
        << formEncode(without(sampleCdr(QStringLiteral("t")), QStringLiteral("beginTime"))) +
               "&beginTime=yesterday"
        << 400;
    QTest::newRow("neither kind") << QStringLiteral("callback")
                                  << QByteArray("application/x-www-form-urlencoded")
                                  << QByteArray("devid=1&taskid=2") << 400;
    QTest::newRow("empty body") << QStringLiteral("cdr")
                                << QByteArray("application/x-www-form-urlencoded") << QByteArray()
                                << 400;
}

void TestCallbackReceiver::rejectsBadInput()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    auto &r = receiver();
    QSignalSpy rejected(&r, &CallbackReceiver::callbackRejected);
    const Answer a = post(m_nam, r.baseUrl().resolved(QUrl(path)), body, contentType);
    QCOMPARE(a.status, status);
    QVERIFY(!QJsonDocument::fromJson(a.body)
                 .object()
                 .value(QStringLiteral("reason"))
                 .toString()
                 .isEmpty());
    QCOMPARE(rejected.size(), 1);
    QTRY_COMPARE(m_store->countRejected(), 1);
    QVERIFY(m_store->rejected().at(0).body.size() <= 4096);
    QCOMPARE(m_store->countCalls(), 0);
}

void TestCallbackReceiver::cutsHugeBodiesEarly_data()
{
    QTest::addColumn<bool>("announced"); // Content-Length says it, or chunks just keep coming
    QTest::addColumn<int>("status");
    QTest::newRow("content-length 100 MB") << true << 413;
    // Chunked bodies are refused outright: the receiver frames requests by Content-Length.
    QTest::newRow("chunked, endless") << false << 501;
}

void TestCallbackReceiver::cutsHugeBodiesEarly()
{
    // A client that sends far more than the limit is answered 413 and cut off long before it
    // is done, so the receiver never holds such a body in memory.
    QFETCH(bool, announced);
    QFETCH(int, status);
    auto &r = receiver();
    QSignalSpy rejected(&r, &CallbackReceiver::callbackRejected);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, r.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(announced ? QByteArray("POST /cdr HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                        "application/x-www-form-urlencoded\r\nContent-Length: "
                                        "100000000\r\n\r\n")
                           : QByteArray("POST /cdr HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                        "chunked\r\n\r\n"));
    const QByteArray chunk(16 * 1024, 'a');
    qint64 sent = 0;
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    // One thread: the receiver runs in this event loop, so write without blocking.
    while (sent < 100'000'000 && timer.elapsed() < 20'000 && !answer.contains("\r\n\r\n")) {
        if (socket.state() == QAbstractSocket::ConnectedState &&
            socket.bytesToWrite() < 64 * 1024) {
            socket.write(announced ? chunk : QByteArray("4000\r\n") + chunk + "\r\n");
            sent += chunk.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        answer += socket.readAll();
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)),
             answer.left(200).constData());
    QVERIFY2(sent < 1'000'000, QByteArray::number(sent).constData());
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).value<CallbackEvent>().httpStatus, status);
    QTRY_COMPARE(m_store->countRejected(), 1);
    // The receiver still serves others.
    QCOMPARE(post(m_nam, r.cdrUrl(), formEncode(sampleCdr(QStringLiteral("after")))).status, 200);
}

void TestCallbackReceiver::keepsUnknownFields()
{
    auto &r = receiver();
    FormFields f = sampleCdr(QStringLiteral("t-x"));
    f.append({QStringLiteral("province"), QStringLiteral("广东")});
    f.append({QStringLiteral("callType"), QStringLiteral("3")});
    QCOMPARE(post(m_nam, r.cdrUrl(), formEncode(f)).status, 200);
    auto c = m_store->cdr(QStringLiteral("t-x"));
    QVERIFY(c);
    QCOMPARE(c->extra.size(), 2);
    QCOMPARE(c->extra.value(QStringLiteral("province")).toString(), QStringLiteral("广东"));
    QCOMPARE(c->extra.value(QStringLiteral("callType")).toString(), QStringLiteral("3"));

    // JSON keeps the value's type, nested objects included.
    QJsonObject o = QJsonDocument::fromJson(toJson(sampleCdr(QStringLiteral("t-y")))).object();
    o.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("k"), 1}});
    QCOMPARE(post(m_nam, r.cdrUrl(), QJsonDocument(o).toJson(), "application/json").status, 200);
    c = m_store->cdr(QStringLiteral("t-y"));
    QVERIFY(c);
    QCOMPARE(c->extra.value(QStringLiteral("meta")).toObject().value(QStringLiteral("k")).toInt(),
             1);
}

void TestCallbackReceiver::storesHostileStringsLiterally_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE bindings;--");
    QTest::newRow("quotes") << QStringLiteral("\"x\" OR 1=1 -- ");
    QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("percent and plus") << QStringLiteral("100% + 1 & 2 = 3");
    QTest::newRow("emoji") << QStringLiteral("📞 中文");
}

void TestCallbackReceiver::storesHostileStringsLiterally()
{
    QFETCH(QString, value);
    auto &r = receiver();
    FormFields f = without(sampleCdr(value), QStringLiteral("userData"));
    f.append({QStringLiteral("userData"), value});
    f.append({QStringLiteral("note"), value});
    QCOMPARE(post(m_nam, r.cdrUrl(), formEncode(f)).status, 200);
    const auto c = m_store->cdr(value);
    QVERIFY(c);
    QCOMPARE(c->taskid, value);
    QCOMPARE(c->userData, value);
    QCOMPARE(c->extra.value(QStringLiteral("note")).toString(), value);
    // The ledger's other tables are untouched.
    QSqlDatabase check =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(m_ledger);
    QVERIFY(check.open());
    {
        QSqlQuery t(check);
        QVERIFY(t.exec(QStringLiteral("SELECT COUNT(*) FROM bindings")));
        QVERIFY(t.next());
        QCOMPARE(t.value(0).toInt(), 0);
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestCallbackReceiver::deduplicatesTaskid()
{
    auto &r = receiver();
    QSignalSpy cdrs(&r, &CallbackReceiver::cdrReceived);
    const QByteArray body = formEncode(sampleCdr(QStringLiteral("dup")));
    QCOMPARE(post(m_nam, r.cdrUrl(), body).status, 200);
    QCOMPARE(post(m_nam, r.cdrUrl(), body).status, 200);
    QCOMPARE(post(m_nam, r.callbackUrl(), body).status, 200);
    QCOMPARE(m_store->countCalls(), 1);
    QCOMPARE(cdrs.size(), 3);
    QCOMPARE(cdrs.at(0).at(1).toBool(), false);
    QCOMPARE(cdrs.at(1).at(1).toBool(), true);
    QCOMPARE(cdrs.at(2).at(1).toBool(), true);
    // A call-start with the same taskid is a different record.
    QCOMPARE(
        post(m_nam, r.callStartUrl(), formEncode(sampleCallStart(QStringLiteral("dup")))).status,
        200);
    QCOMPARE(m_store->countCallStarts(), 1);
}

void TestCallbackReceiver::wrongMethodAndPath()
{
    auto &r = receiver();
    QCOMPARE(post(m_nam, r.baseUrl().resolved(QUrl(QStringLiteral("elsewhere"))), "a=b").status,
             404);
    QNetworkReply *reply = m_nam.get(QNetworkRequest(r.cdrUrl()));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    reply->deleteLater();
}

void TestCallbackReceiver::token_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("header") << QByteArray("s3cret-token") << QString() << 200;
    QTest::newRow("query") << QByteArray() << QStringLiteral("s3cret-token") << 200;
    QTest::newRow("missing") << QByteArray() << QString() << 401;
    QTest::newRow("wrong header") << QByteArray("s3cret-tokeN") << QString() << 401;
    QTest::newRow("prefix") << QByteArray("s3cret") << QString() << 401;
    QTest::newRow("wrong query") << QByteArray() << QStringLiteral("nope") << 401;
}

void TestCallbackReceiver::token()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, query);
    QFETCH(int, status);
    CallbackReceiver::Options o;
    o.token = "s3cret-token";
    auto &r = receiver(o);
    QUrl url = r.cdrUrl();
    if (!query.isEmpty())
        url.setQuery(QStringLiteral("token=") + query);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({"X-PN-Token", header});
    const Answer a = post(m_nam, url, formEncode(sampleCdr(QStringLiteral("tok"))),
                          "application/x-www-form-urlencoded", headers);
    QCOMPARE(a.status, status);
    QCOMPARE(m_store->countCalls(), status == 200 ? 1 : 0);
    if (status != 200) {
        QTRY_COMPARE(m_store->countRejected(), 1);
        // Nothing of the request that could carry the secret is kept.
        const RejectedCallback kept = m_store->rejected().at(0);
        QVERIFY(!kept.body.contains(QStringLiteral("s3cret")));
        QVERIFY(!kept.path.contains(QStringLiteral("s3cret")));
    }
}

void TestCallbackReceiver::allowList_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("status");
    QTest::newRow("empty = all") << QString() << 200;
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << 200;
    QTest::newRow("loopback subnet") << QStringLiteral("10.0.0.0/8, 127.0.0.0/8") << 200;
    QTest::newRow("other subnet") << QStringLiteral("10.0.0.0/8") << 403;
    QTest::newRow("other host") << QStringLiteral("192.168.1.20 ::2") << 403;
}

void TestCallbackReceiver::allowList()
{
    QFETCH(QString, list);
    QFETCH(int, status);
    CallbackReceiver::Options o;
    QString error;
    const auto parsed = CallbackReceiver::parseAllowList(list, &error);
    QVERIFY2(parsed, qPrintable(error));
    o.allowList = *parsed;
    auto &r = receiver(o);
    QCOMPARE(post(m_nam, r.cdrUrl(), formEncode(sampleCdr(QStringLiteral("al")))).status, status);
    QCOMPARE(m_store->countCalls(), status == 200 ? 1 : 0);
}

void TestCallbackReceiver::parseAllowList()
{
    QString error;
    QVERIFY(!CallbackReceiver::parseAllowList(QStringLiteral("127.0.0.1, banana"), &error));
    QVERIFY(error.contains(QStringLiteral("banana")));
    const auto ok = CallbackReceiver::parseAllowList(QStringLiteral("::1;10.1.0.0/16"), &error);
    QVERIFY(ok);
    QCOMPARE(ok->size(), 2);
    QCOMPARE(ok->at(1).second, 16);
}

void TestCallbackReceiver::acknowledgedMeansCommitted()
{
    // Every 200 is visible to another connection the moment it arrives, and survives the
    // receiver going away.
    auto &r = receiver();
    for (int i = 0; i < 20; ++i) {
        const QString taskid = QStringLiteral("ack-%1").arg(i);
        QCOMPARE(post(m_nam, r.cdrUrl(), formEncode(sampleCdr(taskid))).status, 200);
        QVERIFY(m_store->cdr(taskid));
    }
    m_receiver.reset();
    QCOMPARE(m_store->countCalls(), 20);
}

void TestCallbackReceiver::concurrentDeliveriesGroupCommit()
{
    auto &r = receiver();
    constexpr int N = 300;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < N; ++i) {
        QNetworkRequest request(r.cdrUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        replies << m_nam.post(request, formEncode(sampleCdr(QStringLiteral("c-%1").arg(i % 250))));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                         [](QNetworkReply *p) { return p->isFinished(); }),
                             20'000);
    for (QNetworkReply *p : replies) {
        QCOMPARE(p->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        p->deleteLater();
    }
    QCOMPARE(m_store->countCalls(), 250);
}

namespace {

QByteArray rawCdr(const QString &taskid)
{
    const QByteArray body = formEncode(sampleCdr(taskid));
    return "POST /cdr HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Reads from `socket` until it closes or `until` is true of what arrived, at most `ms`.
QByteArray readUntil(QTcpSocket &socket, int ms,
                     const std::function<bool(const QByteArray &)> &until)
{
    QByteArray all;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms && !until(all)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        all += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    return all + socket.readAll();
}

} // namespace

void TestCallbackReceiver::pipelinesInOneWrite()
{
    // 300 CDRs in one write: every one is answered 200, in order, and stored. The size limits
    // are per request, so 300 × ~400 bytes is far above the body limit and still fine.
    CallbackReceiver::Options o;
    o.limits.maxBodyBytes = 4096;
    auto &r = receiver(o);
    QByteArray all;
    for (int i = 0; i < 300; ++i)
        all += rawCdr(QStringLiteral("pipe-%1").arg(i));
    QVERIFY(all.size() > 300 * 300);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, r.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(all);
    const QByteArray answers = readUntil(
        socket, 30'000, [](const QByteArray &a) { return a.count("HTTP/1.1 200 OK") >= 300; });
    QCOMPARE(answers.count("HTTP/1.1 200 OK"), 300);
    QCOMPARE(answers.count("HTTP/1.1 "), 300);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_store->countCalls(), 300);
    QCOMPARE(r.counters().cut(), 0u);
}

void TestCallbackReceiver::cutsSlowAndIdleConnections_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status"); // 0 = closed without an answer
    QTest::addColumn<int>("minMs");  // not closed before (the timeout applies)
    QTest::addColumn<QString>("counter");
    QTest::newRow("silent connection") << QByteArray() << 0 << 400 << "header";
    QTest::newRow("half a header")
        << QByteArray("POST /cdr HTTP/1.1\r\nHost: x\r\nCont") << 408 << 400 << "header";
    QTest::newRow("10 GB announced, 3 bytes sent")
        << QByteArray("POST /cdr HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\nabc")
        << 413 << 0 << "oversized";
    QTest::newRow("60 KB announced, 3 bytes sent")
        << QByteArray("POST /cdr HTTP/1.1\r\nHost: x\r\nContent-Length: 60000\r\n\r\nabc") << 408
        << 800 << "request";
    QTest::newRow("idle after an answered CDR")
        << rawCdr(QStringLiteral("idle-1")) << 200 << 1200 << "idle";
}

void TestCallbackReceiver::cutsSlowAndIdleConnections()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    QFETCH(int, minMs);
    QFETCH(QString, counter);
    CallbackReceiver::Options o;
    o.limits.headerTimeoutMs = 500;
    o.limits.requestTimeoutMs = 900;
    o.limits.idleTimeoutMs = 1300;
    auto &r = receiver(o);
    QSignalSpy cuts(&r, &CallbackReceiver::connectionCut);
    QTcpSocket socket;
    QElapsedTimer timer;
    timer.start();
    socket.connectToHost(QHostAddress::LocalHost, r.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(sent);
    const QByteArray answer = readUntil(socket, 10'000, [](const QByteArray &) { return false; });
    const qint64 closedAfter = timer.elapsed();
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(closedAfter >= minMs, QByteArray::number(closedAfter).constData());
    QVERIFY2(closedAfter < 5000, QByteArray::number(closedAfter).constData());
    if (status == 0)
        QVERIFY2(answer.isEmpty(), answer.constData());
    else
        QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)), answer.constData());
    const ConnectionCounters c = r.counters();
    const quint64 value = counter == QLatin1StringView("header")    ? c.headerTimeouts
                          : counter == QLatin1StringView("request") ? c.requestTimeouts
                          : counter == QLatin1StringView("idle")    ? c.idleTimeouts
                                                                    : c.oversized;
    QCOMPARE(value, 1u);
    QCOMPARE(c.cut(), 1u);
    QCOMPARE(cuts.size(), 1);
    QCOMPARE(cuts.at(0).at(1).value<ConnectionCounters>().cut(), 1u);
    // The receiver still serves others.
    QCOMPARE(post(m_nam, r.cdrUrl(), formEncode(sampleCdr(QStringLiteral("after")))).status, 200);
}

void TestCallbackReceiver::refusesBadFraming_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status");
    QTest::newRow("not a request line") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 request line") << QByteArray("POST /cdr HTTP/2\r\n\r\n") << 400;
    QTest::newRow("two Content-Lengths")
        << QByteArray("POST /cdr HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 30\r\n\r\nabc")
        << 400;
    QTest::newRow("negative Content-Length")
        << QByteArray("POST /cdr HTTP/1.1\r\nContent-Length: -3\r\n\r\n") << 400;
    QTest::newRow("folded header")
        << QByteArray("POST /cdr HTTP/1.1\r\nHost: x\r\n y\r\n\r\n") << 400;
    QTest::newRow("header of 20 KB")
        << QByteArray("POST /cdr HTTP/1.1\r\nX-Pad: " + QByteArray(20'000, 'a') + "\r\n\r\n")
        << 431;
    QTest::newRow("endless header line")
        << QByteArray("POST /cdr HTTP/1.1\r\nX: ") + QByteArray(40'000, 'a') << 431;
}

void TestCallbackReceiver::refusesBadFraming()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    auto &r = receiver();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, r.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(sent);
    const QByteArray answer = readUntil(socket, 5000, [](const QByteArray &) { return false; });
    QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)), answer.constData());
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_store->countRejected(), 1);
    QCOMPARE(r.counters().cut(), 1u);
    QCOMPARE(post(m_nam, r.cdrUrl(), formEncode(sampleCdr(QStringLiteral("after")))).status, 200);
}

void TestCallbackReceiver::capClosesLongestIdle()
{
    // At the cap, a new connection closes the one idle longest among those without a request
    // in work; the idle timeouts are far away here, so only the cap can admit the CDR.
    CallbackReceiver::Options o;
    o.limits.maxConnections = 20;
    auto &r = receiver(o);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 30; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, r.port());
        QVERIFY(s->waitForConnected(5000));
        if (i % 2)
            s->write("POST /cdr HTTP/1.1\r\nHo"); // half a header
        QTest::qWait(5);
        idle.push_back(std::move(s));
    }
    QTRY_COMPARE(r.counters().accepted, 30u);
    QCOMPARE(post(m_nam, r.cdrUrl(), formEncode(sampleCdr(QStringLiteral("admitted")))).status,
             200);
    QVERIFY(m_store->cdr(QStringLiteral("admitted")));
    const ConnectionCounters c = r.counters();
    QVERIFY2(c.evicted >= 11, QByteArray::number(c.evicted).constData());
    QCOMPARE(c.cap, 20);
    QCOMPARE(c.refused, 0u);
    // The oldest went first, the newest are still open.
    QTRY_COMPARE(idle.front()->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(idle.back()->state(), QAbstractSocket::ConnectedState);
}

void TestCallbackReceiver::plausibility_data()
{
    // Implausible but parseable: stored (200) and flagged. Out of range or hostile: 400.
    // The receiver's clock says 1,700,000,100 s; sampleCdr begins at 1,700,000,000.
    QTest::addColumn<QStringList>("changes"); // "field=value" replaces or adds, "field=" removes
    QTest::addColumn<bool>("json");           // JSON with numbers instead of a form
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("anomalies");
    const auto row = [](const char *name, std::initializer_list<const char *> changes, int status,
                        std::initializer_list<const char *> anomalies, bool json = false) {
        QStringList c, a;
        for (const char *x : changes)
            c << QString::fromUtf8(x);
        for (const char *x : anomalies)
            a << QString::fromUtf8(x);
        QTest::newRow(name) << c << json << status << a;
    };
    const QByteArray t128 = "taskid=" + QByteArray(128, 't');
    const QByteArray t129 = "taskid=" + QByteArray(129, 't');
    const QByteArray t60k = "taskid=" + QByteArray(60'000, 't');
    row("plausible", {}, 200, {});
    row("plausible, answered", {"answerTime=1700000005", "duration=15"}, 200, {});
    row("begin −99,999,999,999", {"beginTime=-99999999999"}, 200, {"beginTime-window"});
    row("begin in 1999", {"beginTime=946684799", "ringTime=", "releaseTime="}, 200,
        {"beginTime-window"});
    row("begin 2000-01-01", {"beginTime=946684800", "ringTime=", "releaseTime="}, 200, {});
    row("release 2 days after arrival", {"releaseTime=1700172900"}, 200, {"releaseTime-window"});
    row("release 23 h after arrival", {"releaseTime=1700082900"}, 200, {});
    row("release before begin", {"releaseTime=1699999999"}, 200, {"order"});
    row("answer before ring", {"answerTime=1700000001"}, 200, {"order"});
    row("duration −5", {"duration=-5"}, 200, {"duration"});
    row("all at once", {"releaseTime=5", "duration=-1"}, 200,
        {"releaseTime-window", "order", "duration"});
    row("begin INT64_MAX", {"beginTime=9223372036854775807"}, 400, {});
    row("begin 10^12 + 1", {"beginTime=1000000000001"}, 400, {});
    row("duration −10^13", {"duration=-10000000000000"}, 400, {});
    row("begin INT64_MAX, JSON", {"beginTime=9223372036854775807"}, 400, {}, true);
    row("taskid of 128", {t128.constData()}, 200, {});
    row("taskid of 129", {t129.constData()}, 400, {});
    row("taskid of 60 KB", {t60k.constData()}, 400, {});
}

void TestCallbackReceiver::plausibility()
{
    QFETCH(QStringList, changes);
    QFETCH(bool, json);
    QFETCH(int, status);
    QFETCH(QStringList, anomalies);
    auto &r = receiver();
    QSignalSpy received(&r, &CallbackReceiver::callbackReceived);
    FormFields fields = sampleCdr(QStringLiteral("plausible-1"));
    for (const QString &change : changes) {
        const QString k = change.section(u'=', 0, 0);
        const QString v = change.section(u'=', 1);
        fields = without(fields, k);
        if (!v.isEmpty())
            fields.append({k, v});
    }
    const QString taskid = formValue(fields, QStringLiteral("taskid"));
    const Answer a = json ? post(m_nam, r.cdrUrl(), toJson(fields), "application/json")
                          : post(m_nam, r.cdrUrl(), formEncode(fields));
    QCOMPARE(a.status, status);
    const auto stored = m_store->cdr(taskid);
    if (status != 200) {
        QVERIFY(!stored);
        QTRY_COMPARE(m_store->countRejected(), 1);
        return;
    }
    QVERIFY(stored);
    QCOMPARE(stored->anomalies, anomalies);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<CallbackEvent>().anomalies, anomalies);
}

QTEST_GUILESS_MAIN(TestCallbackReceiver)
#include "tst_callbackreceiver.moc"

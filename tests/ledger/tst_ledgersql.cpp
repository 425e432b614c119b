// The ledger reads its rows by column name (ledgersql_p.h's readers): a SELECT whose columns
// come in another order, with an extra column in front, yields the same records as the
// ledger's own queries. Before, a column added mid-list shifted every field after it.
#include "ledger/ledger.h"
#include "ledger/ledgersql_p.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pn;
using namespace pn::ledgersql;

namespace {

// "c, b, a" for "a, b, c", behind an extra column that no reader asks for.
QString shuffled(const QString &columns)
{
    QStringList list = columns.split(QStringLiteral(", "));
    std::reverse(list.begin(), list.end());
    return QStringLiteral("42 AS extra, ") + list.join(QStringLiteral(", "));
}

} // namespace

class TestLedgerSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.setMs(1'700'000'000'000);
        m_ledger = std::make_unique<Ledger>(Ledger::pathInDataDir(m_dir->path()), m_clock);
        QString error;
        QVERIFY2(m_ledger->open(&error), qPrintable(error));
        const auto id =
            m_ledger->ensureAdhocProfile(QStringLiteral("https://h.example:8443"),
                                         QStringLiteral("D1"), QStringLiteral("APP1"), &error);
        QVERIFY2(id, qPrintable(error));
        m_profile = *id;
    }
    void cleanup()
    {
        m_ledger.reset();
        m_dir.reset();
    }

    void bindingByName()
    {
        BindingRequest r;
        r.appid = QStringLiteral("APP1");
        r.x = QStringLiteral("13900000001");
        r.anum = QStringLiteral("13800138000");
        r.bnum = QStringLiteral("13900139000");
        r.reqid = QStringLiteral("req-1");
        r.ttl = 600;
        r.record = 1;
        r.display = QStringLiteral("0,1");
        r.anucode = QStringLiteral("12");
        r.ansanu = QStringLiteral("34");
        r.userData = QStringLiteral("dXNlcg==");
        QString error;
        const auto id = m_ledger->bindings().addBindingIntent(m_profile, r, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(m_ledger->bindings().noteBindingSent(*id, m_clock.nowMs()));
        QVERIFY(m_ledger->bindings().markBindingActive(
            *id, QStringLiteral("S1"), m_clock.nowMs() + 600'000, m_clock.nowMs() + 601'000));
        const BindingRecord expected = *m_ledger->bindings().bindingById(*id);
        QCOMPARE(expected.request, r);
        QCOMPARE(expected.subid, QStringLiteral("S1"));

        QSqlQuery q(m_ledger->database());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM bindings WHERE id = %2")
                           .arg(shuffled(kBindingColumns))
                           .arg(*id)));
        const BindingReader read(q);
        QVERIFY(q.next());
        const BindingRecord got = read(q);
        QCOMPARE(got.id, expected.id);
        QCOMPARE(got.profileId, expected.profileId);
        QCOMPARE(got.request, expected.request);
        QCOMPARE(got.state, RecordState::Active);
        QCOMPARE(got.subid, expected.subid);
        QCOMPARE(got.createdAt, expected.createdAt);
        QCOMPARE(got.expiresAt, expected.expiresAt);
        QCOMPARE(got.expiresLatestAt, expected.expiresLatestAt);
        QCOMPARE(got.firstSentAt, expected.firstSentAt);
        QCOMPARE(got.rev, expected.rev);
        QCOMPARE(got.updatedAt, expected.updatedAt);
        QCOMPARE(got.attempts, expected.attempts);
        // The table-qualified form (as the history search writes it) reads the same.
        QVERIFY(q.exec(QStringLiteral("SELECT b.subid, b.anum, b.id FROM bindings b")));
        QVERIFY(q.next());
        const BindingRecord partial = readBinding(q);
        QCOMPARE(partial.id, expected.id);
        QCOMPARE(partial.request.anum, r.anum);
        QCOMPARE(partial.subid, expected.subid);
    }

    void transferByName()
    {
        TransferRequest r;
        r.appid = QStringLiteral("APP1");
        r.x = QStringLiteral("13900000002");
        r.anum = QStringLiteral("13800138001");
        r.reqid = QStringLiteral("t-1");
        r.ttl = 300;
        r.record = 1;
        r.display = 1;
        r.anucode = QStringLiteral("7");
        r.userData = QStringLiteral("eA==");
        QString error;
        const auto id = m_ledger->transfers().addTransferIntent(m_profile, r, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(m_ledger->transfers().markTransferActive(*id));
        const TransferRecord expected = *m_ledger->transfers().transferById(*id);
        QSqlQuery q(m_ledger->database());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM transfers WHERE id = %2")
                           .arg(shuffled(kTransferColumns))
                           .arg(*id)));
        const TransferReader read(q);
        QVERIFY(q.next());
        const TransferRecord got = read(q);
        QCOMPARE(got.id, expected.id);
        QCOMPARE(got.request, r);
        QCOMPARE(got.state, RecordState::Active);
        QCOMPARE(got.expiresAt, expected.expiresAt);
        QCOMPARE(got.rev, expected.rev);
    }

    void logByName()
    {
        RequestLogEntry e;
        e.at = m_clock.nowMs();
        e.profileId = m_profile;
        e.method = QStringLiteral("PUT");
        e.path = QStringLiteral("/v3/interline/binding");
        e.reqid = QStringLiteral("req-9");
        e.params = QStringLiteral("a=1");
        e.httpStatus = 200;
        e.errorCode = 17;
        e.reason = QStringLiteral("why");
        e.response = QStringLiteral("{}");
        e.latencyMs = 12;
        e.attempt = 3;
        QVERIFY(m_ledger->log().appendRequestLog(e));
        QSqlQuery q(m_ledger->database());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM request_log").arg(shuffled(kLogColumns))));
        const LogReader read(q);
        QVERIFY(q.next());
        const RequestLogEntry got = read(q);
        QCOMPARE(got.path, e.path);
        QCOMPARE(got.profileId, e.profileId);
        QCOMPARE(got.errorCode, e.errorCode);
        QCOMPARE(got.reason, e.reason);
        QCOMPARE(got.latencyMs, e.latencyMs);
        QCOMPARE(got.attempt, e.attempt);
        QCOMPARE(got.httpStatus, e.httpStatus);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_profile = 0;
};

QTEST_MAIN(TestLedgerSql)
#include "tst_ledgersql.moc"

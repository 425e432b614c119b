// Issue 14: Tools → Retention… under the real console (offscreen): what is due, exporting it
// first (the bindings and their call records, masked unless "with the real numbers" is ticked,
// 0600, audited either way), then Erase now (confirmed) erases the numbers and deletes the
// recording files of the erased calls.
#include "callbacks/recordings.h"
#include "consolefixture.h"
#include "core/phonemask.h"
#include "session/retention.h"
#include "ui/retentiondialog.h"

#include <QCheckBox>
#include <QMenuBar>
#include <QSqlError>
#include <QSqlQuery>

using namespace pn;
using namespace pn::test;

namespace {

constexpr qint64 kDayMs = 86'400'000;
const QString kA = QStringLiteral("13812345678");
const QString kB = QStringLiteral("13787654321");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRetentionDialog : public QObject, public ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication(); }
    void init() { setUpConsole(); }
    void cleanup() { tearDownConsole(); }

    void exportsWhatWillBeErasedThenErases();
    void toolsMenuFollowsTheLanguage();

private:
    QString lastAudit(const QString &action) const
    {
        for (const AuditEntry &e : m_console->ledger().log().auditLog(20))
            if (e.action == action)
                return e.detail;
        return {};
    }
};

void TestRetentionDialog::exportsWhatWillBeErasedThenErases()
{
    Ledger &ledger = m_console->ledger();
    const qint64 profile = m_console->currentProfile()->id;
    QString error;
    QVERIFY2(ledger.setRetentionDays(profile, 7, &error), qPrintable(error));
    // One binding that ended 10 days ago, with a call whose recording the archive kept; one
    // live binding (never due).
    const qint64 created = m_clock->nowMs() - 10 * kDayMs;
    QSqlQuery q(ledger.database());
    q.prepare(QStringLiteral(
        "INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, record, display, "
        "user_data, state, subid, created_at, expires_at, released_at, updated_at, rev) "
        "VALUES (?, 'old-1', 'app', ?, ?, ?, 3600, 1, '0,0', '', 'released', 'SUB-OLD', ?, ?, ?, "
        "?, 1)"));
    q.addBindValue(profile);
    q.addBindValue(m_console->currentProfile()->xNumbers.at(0));
    q.addBindValue(kA);
    q.addBindValue(kB);
    q.addBindValue(created);
    q.addBindValue(created + 3'600'000);
    q.addBindValue(created + 60'000);
    q.addBindValue(created + 60'000);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral(
        "INSERT INTO calls (taskid, profile_id, devid, appid, subid, caller, rcaller, callee, "
        "result, begin_time, duration, recording, received_at) "
        "VALUES ('TASK-OLD', ?, 'D', 'app', 'SUB-OLD', ?, ?, ?, 'answered', ?, 42, "
        "'https://rec.example/old.wav', ?)"));
    q.addBindValue(profile);
    q.addBindValue(kA);
    q.addBindValue(kA);
    q.addBindValue(kB);
    q.addBindValue(created / 1000);
    q.addBindValue(created);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // Its call start and its create request's request-log line (A and B in the form).
    q.prepare(QStringLiteral(
        "INSERT INTO call_starts (taskid, profile_id, devid, appid, subid, caller, rcaller, "
        "callee, call_time, received_at) VALUES ('START-OLD', ?, 'D', 'app', 'SUB-OLD', ?, ?, ?, "
        "?, ?)"));
    q.addBindValue(profile);
    q.addBindValue(kA);
    q.addBindValue(kA);
    q.addBindValue(kB);
    q.addBindValue(created / 1000);
    q.addBindValue(created);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral(
        "INSERT INTO request_log (at, profile_id, method, path, reqid, params, http_status, "
        "response) VALUES (?, ?, 'POST', '/axb/bind', 'old-1', ?, 200, ?)"));
    q.addBindValue(created);
    q.addBindValue(profile);
    q.addBindValue(QStringLiteral("anum=%1&bnum=%2&ttl=3600").arg(kA, kB));
    q.addBindValue(QStringLiteral("{\"code\":0,\"subid\":\"SUB-OLD\"}"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    RecordingArchive archive(ledger, RecordingArchive::defaultFolder(ledger));
    QVERIFY2(archive.open(&error), qPrintable(error));
    const QString wav =
        QDir(archive.folder()).filePath(QStringLiteral("%1/TASK-OLD.wav").arg(profile));
    QVERIFY(QDir().mkpath(QFileInfo(wav).absolutePath()));
    {
        QFile f(wav);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF");
    }
    QVERIFY(q.exec(QStringLiteral("INSERT INTO recordings (taskid, profile_id, url, state, file) "
                                  "VALUES ('TASK-OLD', %1, 'https://rec.example/old.wav', "
                                  "'done', '%1/TASK-OLD.wav')")
                       .arg(profile)));
    const qint64 live =
        createDirect(QStringLiteral("13900001111"), QStringLiteral("13700002222"), 0);
    QVERIFY(live > 0);

    RetentionScheduler scheduler(ledger);
    RetentionDialog dialog(*m_console, scheduler, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *due = dialog.findChild<QLabel *>(QStringLiteral("retentionDue"));
    QVERIFY2(due->text().contains(QStringLiteral("1 bindings and 1 call records")),
             qPrintable(due->text()));
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("retentionExport"));
    auto *reveal = dialog.findChild<QCheckBox *>(QStringLiteral("retentionReveal"));
    auto *last = dialog.findChild<QLabel *>(QStringLiteral("retentionLast"));
    QVERIFY(exportButton->isEnabled() && !reveal->isChecked());

    // Masked by default: neither file holds a real number.
    QTemporaryDir out;
    const QString masked = out.filePath(QStringLiteral("due.csv"));
    RetentionDialog::nextExportPath() = masked;
    QTest::mouseClick(exportButton, Qt::LeftButton);
    const QByteArray bindingsCsv = readAll(masked);
    const QByteArray callsCsv = readAll(out.filePath(QStringLiteral("due-calls.csv")));
    const QByteArray startsCsv = readAll(out.filePath(QStringLiteral("due-call-starts.csv")));
    const QByteArray requestsCsv = readAll(out.filePath(QStringLiteral("due-requests.csv")));
    QVERIFY2(startsCsv.contains("START-OLD") && startsCsv.contains(maskNumber(kA).toUtf8()),
             startsCsv.constData());
    QVERIFY2(requestsCsv.contains("old-1") && requestsCsv.contains(maskNumber(kB).toUtf8()) &&
                 requestsCsv.contains("/axb/bind"),
             requestsCsv.constData());
    QVERIFY2(bindingsCsv.contains("SUB-OLD") && bindingsCsv.contains(maskNumber(kA).toUtf8()),
             bindingsCsv.constData());
    QVERIFY2(callsCsv.contains("TASK-OLD") && callsCsv.contains(maskNumber(kB).toUtf8()),
             callsCsv.constData());
    for (const QByteArray &csv : {bindingsCsv, callsCsv, startsCsv, requestsCsv}) {
        QVERIFY(!csv.contains(kA.toUtf8()) && !csv.contains(kB.toUtf8()));
        QVERIFY(!csv.contains("13900001111")); // the live binding is not due
    }
    for (const QString &f : {masked, out.filePath(QStringLiteral("due-calls.csv")),
                             out.filePath(QStringLiteral("due-call-starts.csv")),
                             out.filePath(QStringLiteral("due-requests.csv"))})
        QCOMPARE(QFile(f).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    QVERIFY2(last->text().contains(QStringLiteral("1 bindings exported")),
             qPrintable(last->text()));
    QString audit = lastAudit(QStringLiteral("retention-export"));
    QVERIFY2(audit.contains(QStringLiteral("1 bindings and 1 call records")) &&
                 audit.contains(QStringLiteral("1 call starts, 1 request-log lines")) &&
                 !audit.contains(QStringLiteral("real numbers")),
             qPrintable(audit));

    // Revealed on purpose: the real numbers, and the audit says so (never the numbers).
    reveal->setChecked(true);
    const QString real = out.filePath(QStringLiteral("real.csv"));
    RetentionDialog::nextExportPath() = real;
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(readAll(real).contains(kA.toUtf8()) && readAll(real).contains(kB.toUtf8()));
    QVERIFY(readAll(out.filePath(QStringLiteral("real-calls.csv"))).contains(kB.toUtf8()));
    QVERIFY(readAll(out.filePath(QStringLiteral("real-call-starts.csv"))).contains(kA.toUtf8()));
    QVERIFY(readAll(out.filePath(QStringLiteral("real-requests.csv"))).contains(kA.toUtf8()));
    audit = lastAudit(QStringLiteral("retention-export"));
    QVERIFY2(audit.contains(QStringLiteral("with real numbers")) && !audit.contains(kA),
             qPrintable(audit));

    // Erase now, after the confirmation: numbers masked, the recording file deleted.
    Confirm::setNextAnswer(true);
    QSignalSpy finished(&scheduler, &RetentionScheduler::finished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("retentionErase")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    QVERIFY2(finished.first().at(1).toString().isEmpty(),
             qPrintable(finished.first().at(1).toString()));
    QTRY_VERIFY2(last->text().contains(QStringLiteral("1 recording file(s) deleted")),
                 qPrintable(last->text()));
    QVERIFY(!QFile::exists(wav));
    QVERIFY(q.exec(QStringLiteral("SELECT anum, bnum FROM bindings WHERE subid = 'SUB-OLD'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), maskNumber(kA));
    QCOMPARE(q.value(1).toString(), maskNumber(kB));
    QCOMPARE(ledger.bindings().bindingById(live)->request.anum, QStringLiteral("13900001111"));
    QVERIFY(due->text().contains(QStringLiteral("0 bindings")));
}

void TestRetentionDialog::toolsMenuFollowsTheLanguage()
{
    auto *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("menuTools"));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionRetention"));
    QVERIFY(menu && action);
    QCOMPARE(menu->title(), QStringLiteral("&Tools"));
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(menu->title(), QStringLiteral("工具(&T)"));
    QCOMPARE(action->text(), QStringLiteral("数据保留(&R)…"));
    m_window->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(menu->title(), QStringLiteral("&Tools"));
}

QTEST_MAIN(TestRetentionDialog)
#include "tst_retentiondialog.moc"

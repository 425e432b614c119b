// The Audit tab ("who did what", issue 16): the console's real window on a real SQLite ledger,
// real actions through the in-process sandbox from two desks (the console as anna@desk1, a
// second Ledger connection with its own BindingService as bob@desk2), and the tab
// shows every row, narrows by desk, action and time, exports the matching rows (masked) to CSV,
// picks up rows another connection writes (live), and fits a 1366x768 desk. Also a bulk job
// cancelled half-way is audited as such (bulk-start, bulk-cancel).
// Built twice: tst_audittab on SQLite, tst_audittab_pg (PN_AUDITTAB_PG) on a real PostgreSQL
// server with a password, a database per test, Bob on a second connection to it.

#include "consolefixture.h"
#ifdef PN_AUDITTAB_PG
#include "../ledger/pgserver.h"
#endif

#include "core/csvreader.h"
#include "ledger/auditmodel.h"
#include "platform/bindingservice.h"
#include "session/bulkrunner.h"
#include "ui/audittab.h"
#include "ui/bulkactions.h"
#include "ui/periodfilter.h"

#include <QDateEdit>
#include <QFile>
#include <QRegularExpression>

namespace {

const QString kAnna = QStringLiteral("anna@desk1");
const QString kBob = QStringLiteral("bob@desk2");

QList<QStringList> readCsv(const QString &path, bool *bom = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (bom)
        *bom = f.peek(3) == QByteArray("\xEF\xBB\xBF");
    CsvReader reader(&f);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(&fields))
        rows << fields;
    return rows;
}

// "desk action" of every row the model has loaded, newest first.
QStringList rowsOf(const AuditModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->entry(r).desk + u' ' + model->entry(r).action;
    return out;
}

bool choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace

class TestAuditTab : public QObject, public pn::test::ConsoleFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QAbstractItemModelTester> m_auditTester;
#ifdef PN_AUDITTAB_PG
    std::unique_ptr<PgServer> m_pg;
    int m_databases = 0;
#endif

    AuditTab *tab() const
    {
        return m_window->findChild<AuditTab *>();
    }

    // Releases a binding through `service` and waits for the answer.
    static bool release(BindingService &service, qint64 id)
    {
        bool done = false;
        bool ok = false;
        QString error;
        if (!service.releaseBinding(
                id,
                [&](const ServiceOutcome &o) {
                    done = true;
                    ok = o.ok();
                    if (!ok)
                        qWarning("release: %s", qPrintable(o.message));
                },
                &error)) {
            qWarning("release: %s", qPrintable(error));
            return false;
        }
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication();
#ifdef PN_AUDITTAB_PG
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        m_pg->setPassword(QStringLiteral("Audit-pw-3308"));
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
#endif
    }

    void cleanupTestCase()
    {
#ifdef PN_AUDITTAB_PG
        m_pg.reset();
#endif
    }

    void init()
    {
        qputenv("PN_DESK", kAnna.toUtf8()); // the console's Ledger records this desk
#ifdef PN_AUDITTAB_PG
        QString error;
        const QString name = QStringLiteral("audit%1").arg(++m_databases);
        QVERIFY2(!m_pg->createDatabase(name, &error).isEmpty(), qPrintable(error));
        m_ledgerAddress = QStringLiteral("postgresql://pn@127.0.0.1:%1/%2?sslmode=disable")
                              .arg(m_pg->port())
                              .arg(name);
        m_ledgerPassword = QByteArrayLiteral("Audit-pw-3308");
#endif
        setUpConsole();
        QVERIFY(tab());
        tab()->setPollInterval(100);
        // Shown: a hidden Audit tab does not poll (it catches up when shown).
        m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab());
        QTRY_VERIFY(tab()->isVisible());
        m_auditTester = std::make_unique<QAbstractItemModelTester>(
            tab()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_auditTester.reset();
        tearDownConsole();
        qunsetenv("PN_DESK");
    }

    void showsFiltersExportsAndIsLive()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(tab())), QStringLiteral("Audit"));
        AuditModel *model = tab()->model();
        QCOMPARE(model->rowCount(), 0);
        const qint64 dayMs = 24 * 3'600'000LL;
        const QDate firstDay = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date();

        // Anna (the console) binds twice and releases the first.
        const qint64 first =
            createDirect(QStringLiteral("13800138001"), QStringLiteral("13900139001"), 0);
        const qint64 second =
            createDirect(QStringLiteral("13800138002"), QStringLiteral("13900139002"), 1);
        QVERIFY(first && second);
        QVERIFY(release(*m_console->service(), first));
        // This program's own rows appear at once (Ledger::audited).
        QTRY_COMPARE(rowsOf(model), (QStringList{kAnna + QStringLiteral(" release"),
                                                 kAnna + QStringLiteral(" bind"),
                                                 kAnna + QStringLiteral(" bind")}));

        // Bob: another Ledger connection on the same file, his own client and service, the
        // same sandbox. He releases Anna's second binding.
        qputenv("PN_DESK", kBob.toUtf8());
        Ledger bob(m_console->ledger().path(), *m_clock);
        qputenv("PN_DESK", kAnna.toUtf8());
        QString error;
        QVERIFY2(bob.open(&error), qPrintable(error));
        QCOMPARE(bob.log().desk(), kBob);
        // (The sandbox key lives in the console only: Bob's service signs with the console's
        // client; what it writes, the audit row included, goes through Bob's connection.)
        BindingService bobService(bob, *m_console->client(), m_console->currentProfile()->id);
        QVERIFY(release(bobService, second));
        // Bob's row reaches the console's tab by polling, without anything done in the window.
        QTRY_COMPARE(model->rowCount(), 4);
        QCOMPARE(model->entry(0).desk, kBob);
        QCOMPARE(model->entry(0).action, QStringLiteral("release"));
        QCOMPARE(model->data(model->index(0, AuditModel::ColDesk)).toString(), kBob);
        QCOMPARE(model->data(model->index(0, AuditModel::ColAction)).toString(),
                 QStringLiteral("Release"));
        QCOMPARE(model->data(model->index(0, AuditModel::ColProfile)).toString(),
                 m_console->currentProfile()->name);

        // Two days later Bob looks at calls with their real numbers (a row with a number in
        // its detail: shown masked, exported masked).
        m_clock->advanceMs(2 * dayMs);
        QVERIFY(bob.log().appendAudit(
            m_console->currentProfile()->id, QStringLiteral("pnctl"), QStringLiteral("reveal"),
            QStringLiteral("calls of 13800138002 with the real numbers")));
        QTRY_COMPARE(model->rowCount(), 5);
        QCOMPARE(model->data(model->index(0, AuditModel::ColDetail)).toString(),
                 QStringLiteral("calls of 138****8002 with the real numbers"));
        QCOMPARE(tab()->countLabel()->text(), QStringLiteral("5 rows"));

        // The filters offer what the log has; each narrows.
        QComboBox *desk = tab()->deskCombo();
        QComboBox *actionBox = tab()->actionCombo();
        QTRY_VERIFY(desk->findData(kBob) > 0);
        QVERIFY(desk->findData(kAnna) > 0);
        QCOMPARE(desk->itemData(0).toString(), QString()); // "Any desk"
        QCOMPARE(actionBox->itemText(actionBox->findData(QStringLiteral("release"))),
                 QStringLiteral("Release"));
        QVERIFY(choose(desk, kBob));
        QCOMPARE(rowsOf(model), (QStringList{kBob + QStringLiteral(" reveal"),
                                             kBob + QStringLiteral(" release")}));
        QCOMPARE(model->totalCount(), 2);
        QVERIFY(choose(desk, kAnna));
        QCOMPARE(rowsOf(model),
                 (QStringList{kAnna + QStringLiteral(" release"), kAnna + QStringLiteral(" bind"),
                              kAnna + QStringLiteral(" bind")}));
        QVERIFY(choose(actionBox, QStringLiteral("release")));
        QCOMPARE(rowsOf(model), QStringList{kAnna + QStringLiteral(" release")});
        QCOMPARE(model->entry(0).detail,
                 QStringLiteral("subid=") +
                     m_console->ledger().bindings().bindingById(first)->subid);
        // A user at any computer, as `pnctl audit --desk anna`.
        const int annaAnywhere = desk->findData(QStringLiteral("anna"));
        QVERIFY(annaAnywhere > desk->findData(kBob));
        QCOMPARE(desk->itemText(annaAnywhere), QStringLiteral("anna at any computer"));
        QVERIFY(choose(desk, QStringLiteral("anna")));
        QCOMPARE(rowsOf(model), QStringList{kAnna + QStringLiteral(" release")});
        QVERIFY(choose(actionBox, QString()));
        QCOMPARE(model->totalCount(), 3);
        QVERIFY(choose(desk, QStringLiteral("bob")));
        QCOMPARE(model->totalCount(), 2);
        QVERIFY(choose(actionBox, QStringLiteral("release")));
        QVERIFY(choose(desk, QString()));
        QCOMPARE(rowsOf(model), (QStringList{kBob + QStringLiteral(" release"),
                                             kAnna + QStringLiteral(" release")}));
        QVERIFY(choose(actionBox, QString()));
        QCOMPARE(model->rowCount(), 5);
        // Time: today (two days on) is Bob's look only; the first day's range is the rest.
        PeriodFilter *period = tab()->periodFilter();
        period->setPeriod(PeriodFilter::Today);
        QCOMPARE(rowsOf(model), QStringList{kBob + QStringLiteral(" reveal")});
        period->setCustomRange(firstDay.addDays(-1), firstDay.addDays(1));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->entry(0).action, QStringLiteral("release"));
        QCOMPARE(model->entry(0).desk, kBob);
        period->setCustomRange(firstDay.addDays(-10), firstDay.addDays(-5));
        QCOMPARE(model->rowCount(), 0);
        period->setPeriod(PeriodFilter::AnyTime);
        QCOMPARE(model->rowCount(), 5);

        // Export: the rows that match the filters, as shown (masked), newest first.
        QVERIFY(choose(desk, kBob));
        const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
        BulkActions::setNextExportPath(path);
        tab()->exportButton()->click();
        bool bom = false;
        QList<QStringList> csv = readCsv(path, &bom);
        QVERIFY(bom);
        QCOMPARE(csv.size(), 3);
        QCOMPARE(csv.at(0), (QStringList{QStringLiteral("Time"), QStringLiteral("Desk"),
                                         QStringLiteral("Profile"), QStringLiteral("Action"),
                                         QStringLiteral("Detail"), QStringLiteral("Program"),
                                         QStringLiteral("Action code")}));
        QCOMPARE(csv.at(1).at(1), kBob);
        QCOMPARE(csv.at(1).at(4), QStringLiteral("calls of 138****8002 with the real numbers"));
        QCOMPARE(csv.at(1).at(6), QStringLiteral("reveal"));
        QCOMPARE(csv.at(2).at(3), QStringLiteral("Release"));
        QCOMPARE(csv.at(2).at(6), QStringLiteral("release"));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("13800138002"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("audit.csv")));
        // File → Export ▸ Current table… on this tab writes the same (every matching row).
        tabs->setCurrentWidget(tab());
        QVERIFY(choose(desk, QString()));
        const QString all = m_dir->filePath(QStringLiteral("audit-all.csv"));
        BulkActions::setNextExportPath(all);
        action("actionExport")->trigger();
        QCOMPARE(readCsv(all).size(), 6);
        const QString menu = m_dir->filePath(QStringLiteral("audit-menu.csv"));
        BulkActions::setNextExportPath(menu);
        tabs->setCurrentIndex(0);
        action("actionExportAudit")->trigger();
        QCOMPARE(readCsv(menu).size(), 6);

        // Live with a filter: a new row of Bob's appears when it matches, not when it does not.
        // Hidden, the tab does not poll; shown again, it catches up at once.
        QVERIFY(choose(desk, kBob));
        QVERIFY(bob.log().appendAudit(std::nullopt, QStringLiteral("pnctl"),
                                      QStringLiteral("retention-set"), QStringLiteral("forever")));
#ifdef PN_AUDITTAB_PG
        // A team server tells of the row (LISTEN/NOTIFY): it arrives hidden or not.
        QTRY_COMPARE(model->rowCount(), 3);
        tabs->setCurrentWidget(tab());
#else
        QTest::qWait(400);
        QCOMPARE(model->rowCount(), 2);
        tabs->setCurrentWidget(tab());
#endif
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->entry(0).action, QStringLiteral("retention-set"));
        // A new action joins the choices as it arrives.
        QTRY_VERIFY(actionBox->findData(QStringLiteral("retention-set")) > 0);
        QVERIFY(choose(actionBox, QStringLiteral("release")));
        QVERIFY(bob.log().appendAudit(std::nullopt, QStringLiteral("pnctl"),
                                      QStringLiteral("retention-set"), QStringLiteral("30 days")));
        QTest::qWait(400); // several polls
        QCOMPARE(rowsOf(model), QStringList{kBob + QStringLiteral(" release")});
    }

    void cancelledBulkJobIsAudited()
    {
        // A bulk job stopped half-way: "started" with its file and counts, then "cancelled"
        // with what was done and what is left; both in the tab under their own names.
        const Profile p = *m_console->currentProfile();
        QString text = QStringLiteral("x,anum,bnum,ttl\r\n");
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("%1,1380000%2,1390000%2,600\r\n")
                        .arg(p.xNumbers.at(i % p.xNumbers.size()))
                        .arg(i, 4, 10, QLatin1Char('0'));
        const QString in = m_dir->filePath(QStringLiteral("stop-me.csv"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        BulkRunner runner(m_console->ledger(), *m_console->service(), *m_console->client());
        BulkOptions options;
        options.inPath = in;
        options.outPath = m_dir->filePath(QStringLiteral("stop-me-result.csv"));
        options.defaultAppid = p.effectiveDefaultAppid();
        QString error;
        QVERIFY2(runner.prepare(options, &error), qPrintable(error));
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.start();
        runner.pause();
        const BulkProgress paused = runner.progress();
        runner.resume();
        runner.cancel();
        QVERIFY(finished.wait(20000) || finished.size() == 1);
        const BulkProgress progress = runner.progress();
        QVERIFY2(progress.pending > 0, "every row went out before the cancel");

        QComboBox *actionBox = tab()->actionCombo();
        QTRY_VERIFY(actionBox->findData(QStringLiteral("bulk-cancel")) > 0);
        QCOMPARE(actionBox->itemText(actionBox->findData(QStringLiteral("bulk-cancel"))),
                 QStringLiteral("Bulk job cancelled"));
        QVERIFY(choose(actionBox, QStringLiteral("bulk-start")));
        AuditModel *model = tab()->model();
        QCOMPARE(model->rowCount(), 1);
        const QString job = QStringLiteral("job %1 bind stop-me.csv").arg(runner.job().id);
        QCOMPARE(model->entry(0).detail, job + QStringLiteral(": 40 rows, 40 to send"));
        QCOMPARE(model->entry(0).desk, kAnna);
        QVERIFY(choose(actionBox, QStringLiteral("bulk-cancel")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).detail,
                 job + QStringLiteral(": %1 done, %2 refused, 0 invalid, %3 left")
                           .arg(progress.done)
                           .arg(progress.refused)
                           .arg(progress.pending));
        QCOMPARE(model->data(model->index(0, AuditModel::ColAction)).toString(),
                 QStringLiteral("Bulk job cancelled"));
        QCOMPARE(m_console->ledger().log().auditCount(
                     AuditQuery{{}, {QStringLiteral("bulk-end")}, {}, {}, {}, {}, 0, 0, 0}),
                 0);
        // The pause and the resume in between, each with the counts at that moment.
        QTRY_VERIFY(actionBox->findData(QStringLiteral("bulk-resume")) > 0);
        QVERIFY(choose(actionBox, QStringLiteral("bulk-pause")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).detail,
                 job + QStringLiteral(": %1 done, %2 refused, 0 invalid, %3 left")
                           .arg(paused.done)
                           .arg(paused.refused)
                           .arg(paused.pending));
        QCOMPARE(model->data(model->index(0, AuditModel::ColAction)).toString(),
                 QStringLiteral("Bulk job paused"));
        QVERIFY(choose(actionBox, QStringLiteral("bulk-resume")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, AuditModel::ColAction)).toString(),
                 QStringLiteral("Bulk job resumed"));
        QVERIFY(model->entry(0).detail.startsWith(job + u':'));
    }

    void consoleProfileChangesNameTheProfile()
    {
        // The console's profile rows name the profile that changed (not the one in use), as
        // pnctl's do; they are in the tab under their own names.
        Profile acme;
        acme.name = QStringLiteral("Acme production");
        acme.environment = Environment::Production;
        acme.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        acme.devid = QStringLiteral("20231188");
        acme.appids = {QStringLiteral("acme-app")};
        QString error;
        const auto added =
            m_console->addProfile(acme, QByteArrayLiteral("acme key"), std::nullopt, &error);
        QVERIFY2(added, qPrintable(error));
        Profile renamed = *added;
        renamed.name = QStringLiteral("Acme prod");
        QVERIFY2(m_console->updateProfile(renamed, std::nullopt, std::nullopt, &error),
                 qPrintable(error));
        AuditModel *model = tab()->model();
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->entry(1).action, QStringLiteral("profile-add"));
        QCOMPARE(model->entry(1).profileName, QStringLiteral("Acme production"));
        QCOMPARE(model->entry(0).action, QStringLiteral("profile-edit"));
        QCOMPARE(model->entry(0).profileName, QStringLiteral("Acme prod"));
        QCOMPARE(model->entry(0).desk, kAnna);
        QCOMPARE(model->index(1, AuditModel::ColAction).data().toString(),
                 QStringLiteral("Add profile"));
        QVERIFY(m_console->currentProfile()->name != QStringLiteral("Acme prod"));
        // The profile filter: the names recorded, the one at the time of each row.
        QComboBox *profile = tab()->profileCombo();
        QTRY_VERIFY(profile->findData(QStringLiteral("Acme prod")) > 0);
        QVERIFY(profile->findData(QStringLiteral("Acme production")) > 0);
        QCOMPARE(profile->itemData(0).toString(), QString()); // "Any profile"
        QVERIFY(choose(profile, QStringLiteral("Acme production")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).action, QStringLiteral("profile-add"));
        QVERIFY(choose(profile, QStringLiteral("Acme prod")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).action, QStringLiteral("profile-edit"));
        QVERIFY(choose(profile, QString()));
        QCOMPARE(model->rowCount(), 2);
    }

    void fitsA1366x768Desk()
    {
        // Long-ish values in every column, the custom range open: the window stays 1366 wide
        // and the short columns show their text whole, the detail column takes the rest.
        Ledger &ledger = m_console->ledger();
        ledger.log().setDesk(QStringLiteral("customer-service-07@callcentre-pc-112"));
        QVERIFY(
            ledger.log().appendAudit(m_console->currentProfile()->id, QStringLiteral("pnconsole"),
                                     QStringLiteral("reveal-numbers-session"),
                                     QStringLiteral("every real number shown for this session")));
        m_window->resize(1366, 768 - 40);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(tab());
        tab()->periodFilter()->setCustomRange(QDate::currentDate().addDays(-7),
                                              QDate::currentDate());
        QTRY_COMPARE(tab()->model()->rowCount(), 1);
        QTRY_VERIFY(tab()->view()->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(m_window->width(), 1366);
        QHeaderView *header = tab()->view()->header();
        const QFontMetrics fm(tab()->view()->font());
        for (int c :
             {int(AuditModel::ColTime), int(AuditModel::ColAction), int(AuditModel::ColProgram)}) {
            const QString cell = tab()->model()->index(0, c).data().toString();
            QVERIFY2(header->sectionSize(c) >= fm.horizontalAdvance(cell) + 8,
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(cell)
                                    .arg(header->sectionSize(c))
                                    .arg(fm.horizontalAdvance(cell))));
        }
        QVERIFY2(header->sectionSize(AuditModel::ColDetail) >= 300,
                 qPrintable(QString::number(header->sectionSize(AuditModel::ColDetail))));
        QVERIFY(tab()->exportButton()->isVisible());
        QVERIFY(tab()->exportButton()->geometry().right() <= tab()->width());
        QVERIFY(tab()
                    ->periodFilter()
                    ->findChild<QDateEdit *>(QStringLiteral("periodToEdit"))
                    ->isVisible());
    }

    void followsTheLanguage()
    {
        m_window->setLanguage(QStringLiteral("zh_CN"));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QTRY_COMPARE(tab()->exportButton()->text(), QStringLiteral("导出 CSV…"));
        QCOMPARE(tabs->tabText(tabs->indexOf(tab())), QStringLiteral("审计"));
        QCOMPARE(tab()->model()->headerData(AuditModel::ColDesk, Qt::Horizontal).toString(),
                 QStringLiteral("坐席"));
        QCOMPARE(tab()->deskCombo()->itemText(0), QStringLiteral("全部坐席"));
        m_window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(tab())), QStringLiteral("Audit"));
        QCOMPARE(tab()->deskCombo()->itemText(0), QStringLiteral("Any desk"));
    }

    // The details are stored as the programs write them (English; `pnctl audit` prints them
    // so) and shown in the user's language: every form the programs write.
    void detailsFollowTheLanguage()
    {
        const QStringList details = {
            QStringLiteral("job 7 bind orders.csv: 1000 rows, 1000 to send"),
            QStringLiteral("job 7 bind orders.csv: 1000 rows, 990 to send (resumed)"),
            QStringLiteral("job 8 release rel: 2.csv: 5 rows, 5 to send"),
            QStringLiteral("job 8 release rel: 2.csv: 5 rows, 4 to send (resumed)"),
            QStringLiteral("job 7 bind orders.csv: 640 done, 2 refused, 3 invalid, 355 left"),
            QStringLiteral("job 8 release rel: 2.csv: 5 done, 0 refused, 0 invalid, 0 left"),
            QStringLiteral("subid=S123 (already gone)"),
            QStringLiteral("subid=S123"),
            QStringLiteral("id=42 (already gone)"),
            QStringLiteral("id=42"),
            QStringLiteral("x=17000000001 (already gone)"),
            QStringLiteral("x=17000000001"),
            QStringLiteral("schema 9 → 14"),
            QStringLiteral("schema 14, nothing to do"),
            QStringLiteral("schema unknown → 14"),
            QStringLiteral("3 bindings, 4 calls, 5 request-log lines erased"),
            QStringLiteral("6 recording files of erased calls deleted"),
            QStringLiteral("30 days"),
            QStringLiteral("forever"),
            QStringLiteral("2 bindings and 3 call records due for retention exported (4 call "
                           "starts, 5 request-log lines) with real numbers"),
            QStringLiteral("2 bindings and 3 call records due for retention exported (4 call "
                           "starts, 5 request-log lines)"),
            QStringLiteral("profile Acme prod, new key"),
            QStringLiteral("profile Acme prod (forced)"),
            QStringLiteral("profile 50%2 off"),
            QStringLiteral("3 profile(s)"),
            QStringLiteral("binding 12 (subid S9)"),
            QStringLiteral("every real number shown for this session"),
            QStringLiteral("release of subid S9"),
            QStringLiteral("2 of 10 rows of bindings unmasked to /tmp/a.csv"),
            QStringLiteral("10 rows of calls unmasked to /tmp/b.csv"),
            QStringLiteral("pnctl calls --reveal: 4 call record(s), subid S9"),
            QStringLiteral("pnctl calls --reveal: 4 call record(s)"),
        };
        for (const QString &d : details) // English: exactly as stored
            QCOMPARE(AuditModel::detailText(d), d);
        QCOMPARE(AuditModel::detailText(QStringLiteral("something a newer program writes")),
                 QStringLiteral("something a newer program writes"));
        m_window->setLanguage(QStringLiteral("zh_CN"));
        for (const QString &d : details) {
            const QString zh = AuditModel::detailText(d);
            QVERIFY2(zh != d, qPrintable(d));
            QVERIFY2(zh.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                     qPrintable(zh));
            // Every value of the English text is in the Chinese one.
            static const QRegularExpression value(QStringLiteral("[0-9]+|S[0-9]+|/tmp/\\S+"));
            for (auto it = value.globalMatch(d); it.hasNext();) {
                const QString v = it.next().captured(0);
                QVERIFY2(zh.contains(v), qPrintable(zh + QStringLiteral(" lacks ") + v));
            }
        }
        QVERIFY(AuditModel::detailText(QStringLiteral("job 8 release rel: 2.csv: 5 rows, 5 to "
                                                      "send"))
                    .contains(QStringLiteral("rel: 2.csv")));
        QVERIFY(AuditModel::detailText(QStringLiteral("profile 50%2 off"))
                    .contains(QStringLiteral("50%2 off")));
        // The tab's column too, for a row another desk wrote in English.
        QVERIFY(m_console->ledger().log().appendAudit(
            m_console->currentProfile()->id, QStringLiteral("pnctl"), QStringLiteral("bulk-end"),
            QStringLiteral("job 99 bind late.csv: 3 done, 0 refused, 0 invalid, 0 left")));
        AuditModel *model = tab()->model();
        QTRY_VERIFY(model->rowCount() > 0 &&
                    model->entry(0).detail.startsWith(QStringLiteral("job 99 ")));
        QCOMPARE(model->data(model->index(0, AuditModel::ColDetail)).toString(),
                 AuditModel::detailText(model->entry(0).detail));
        QVERIFY(model->data(model->index(0, AuditModel::ColDetail))
                    .toString()
                    .contains(QStringLiteral("late.csv")));
        QVERIFY(model->data(model->index(0, AuditModel::ColDetail)).toString() !=
                model->entry(0).detail);
        m_window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(model->data(model->index(0, AuditModel::ColDetail)).toString(),
                     model->entry(0).detail);
    }
};

QTEST_MAIN(TestAuditTab)
#include "tst_audittab.moc"

// The console's bulk dialog and Export…, driven offscreen against the in-process sandbox:
// preview and check, run with Pause, Resume and Stop sending, the created rows in the Bindings
// tab as they go, and a job interrupted by a "crash" (the console torn down mid-run) offered
// for resumption at the next start and finished exactly once.

#include "consolefixture.h"

#include "core/csvreader.h"
#include "ledger/ledgerjobs.h"
#include "ui/bulkactions.h"
#include "ui/bulkdialog.h"

#include <QApplication>
#include <QMenu>
#include <QProgressBar>
#include <QStringEncoder>
#include <QTimer>

#include <functional>

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&f);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(&fields))
        rows << fields;
    return rows;
}

} // namespace

class TestBulkDialog : public QObject, public pn::test::ConsoleFixture
{
    Q_OBJECT

private:
    // `rows` valid rows (A, B unique), then one invalid row and one conflict with row 1.
    QString writeInput(int rows, bool gb18030)
    {
        const QStringList xs = m_console->currentProfile()->xNumbers;
        QString text = gb18030 ? QStringLiteral("x 号码,a 方真实号码,b 方真实号码,有效期,备注\r\n")
                               : QStringLiteral("x,anum,bnum,ttl,note\r\n");
        for (int i = 0; i < rows; ++i)
            text += QStringLiteral("%1,1380%2,1390%2,3600,订单 %3\r\n")
                        .arg(xs.at(i % xs.size()))
                        .arg(i, 7, 10, QLatin1Char('0'))
                        .arg(i);
        text += QStringLiteral("%1,abc,13900000001,3600,坏\r\n").arg(xs.at(0));
        text += QStringLiteral("%1,13800000000,13700000000,3600,冲突\r\n").arg(xs.at(0));
        const QString path = m_dir->filePath(QStringLiteral("bulk.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(gb18030 ? QStringEncoder("GB18030").encode(text) : text.toUtf8());
        return path;
    }

    BulkDialog *openDialog()
    {
        action("actionBulkBind")->trigger();
        return m_window->findChild<BulkDialog *>(QStringLiteral("bulkDialog"));
    }

    int activeBindings() const
    {
        BindingQuery q;
        q.states = {RecordState::Active};
        return int(m_console->ledger().bindings().list(q).size());
    }

    // One binding, one transfer, one simulated call and their requests, each in its table.
    void fillEveryTable()
    {
        const qint64 id =
            createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
        QVERIFY(id);
        const Profile p = *m_console->currentProfile();
        TransferRequest t;
        t.appid = p.effectiveDefaultAppid();
        t.x = p.xNumbers.at(1);
        t.anum = QStringLiteral("13700137000");
        t.ttl = 3600;
        bool transferred = false;
        QString error;
        QVERIFY2(m_console->service()->createTransfer(
                     t, [&](const ServiceOutcome &o) { transferred = o.ok(); }, &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(transferred, 10000);
        const QString subid = m_console->ledger().bindings().bindingById(id)->subid;
        QVERIFY2(!m_console->simulateCall(subid, &error).isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->callsPanel()->view()->model()->rowCount() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->transfersTab()->view()->model()->rowCount() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->requestLogTab()->view()->model()->rowCount() >= 2,
                                 10000);
    }

    // The file holds exactly what `view` shows: header, then every row's shown text.
    static void compareWithView(const QString &path, const QAbstractItemView *view)
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const QList<QStringList> rows = readCsv(path);
        const QAbstractItemModel *model = view->model();
        QCOMPARE(rows.size(), model->rowCount() + 1);
        QStringList header;
        for (int c = 0; c < model->columnCount(); ++c)
            header << model->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(rows.at(0), header);
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList shown;
            for (int c = 0; c < model->columnCount(); ++c)
                shown << model->index(r, c).data().toString();
            QCOMPARE(rows.at(r + 1), shown);
        }
        for (const char *real : {"13800138000", "13900139000", "13700137000"})
            QVERIFY2(!bytes.contains(real), qPrintable(path));
    }

    // Right-click at `pos` of `view`'s viewport as the user does (the view's context-menu
    // request), then the menu's Export… to `path`. False when no menu with it came up.
    bool exportFromContextMenu(QAbstractItemView *view, const QPoint &pos, const QString &path)
    {
        BulkActions::setNextExportPath(path);
        bool triggered = false;
        bool looked = false;
        // The menu may be modal (exec) or a popup: looked for once it is up, either way.
        std::function<void()> look = [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                QTimer::singleShot(10, view, look);
                return;
            }
            looked = true;
            if (QAction *a = menu->findChild<QAction *>(QStringLiteral("menuExportTable"))) {
                triggered = true;
                a->trigger();
            }
            menu->close();
        };
        QTimer::singleShot(0, view, look);
        Q_EMIT view->customContextMenuRequested(pos);
        if (!QTest::qWaitFor([&] { return looked; }, 5000))
            return false;
        return triggered;
    }

private Q_SLOTS:
    void initTestCase() { setUpApplication(); }
    void init() { setUpConsole(); }
    void cleanup() { tearDownConsole(); }

    void previewCheckPauseResumeCancel()
    {
        const QString in = writeInput(200, true);
        BulkDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setInputFile(in);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("encodingLabel"))->text(),
                 QStringLiteral("Detected: GB18030"));
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewView"));
        QCOMPARE(preview->model()->rowCount(), 50); // the first rows only
        QCOMPARE(preview->model()->index(0, 0).data().toString(), QStringLiteral("OK"));
        QCOMPARE(preview->model()->index(0, 5).data().toString(), QStringLiteral("订单 0"));
        dialog->checkAll();
        QVERIFY2(
            dialog->summaryText().startsWith(QStringLiteral("200 valid, 1 invalid, 1 conflicts")),
            qPrintable(dialog->summaryText()));
        QCOMPARE(activeBindings(), 0); // the check sent nothing

        SandboxFaults slow;
        slow.delayMs = 15;
        m_console->sandbox()->setFaults(slow);
        auto *bindingsModel = m_window->bindingsTab()->view()->model();
        const int shownBefore = bindingsModel->rowCount();
        dialog->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QVERIFY(dialog->runner() && dialog->runner()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->progress().done >= 20, 20000);
        // Created rows appear in the Bindings tab as they go.
        QTRY_VERIFY(bindingsModel->rowCount() > shownBefore);
        dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click();
        QVERIFY(dialog->runner()->isPaused());
        QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"))->text(),
                 QStringLiteral("Resume"));
        QTRY_COMPARE(dialog->runner()->progress().inFlight, 0);
        const int pausedAt = dialog->runner()->progress().done;
        QTest::qWait(400);
        QCOMPARE(dialog->runner()->progress().done, pausedAt); // nothing sent while paused
        QCOMPARE(BulkJobStore(m_console->ledger()).job(dialog->runner()->job().id)->state,
                 BulkJob::State::Paused);
        dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click(); // Resume
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->progress().done >= pausedAt + 20, 20000);
        dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), 20000);
        const BulkProgress p = dialog->runner()->progress();
        QVERIFY(p.done < 200);
        QCOMPARE(p.inFlight, 0);
        QCOMPARE(activeBindings(), p.done); // in-flight rows finished, nothing after Cancel
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Result file")));
        QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"))->value() > 0);
        const QList<QStringList> result =
            readCsv(m_dir->filePath(QStringLiteral("bulk-result.csv")));
        QCOMPARE(result.size(), 203);
        QCOMPARE(result.at(0).mid(5),
                 (QStringList{QStringLiteral("subid"), QStringLiteral("state"),
                              QStringLiteral("error"), QStringLiteral("reason")}));
        int created = 0;
        int pending = 0;
        for (const QStringList &r : result.mid(1)) {
            created += r.at(6) == QLatin1StringView("created") ? 1 : 0;
            pending += r.at(6) == QLatin1StringView("pending") ? 1 : 0;
        }
        QCOMPARE(created, p.done);
        QCOMPARE(pending, 200 - p.done);
        QCOMPARE(BulkJobStore(m_console->ledger()).job(dialog->runner()->job().id)->state,
                 BulkJob::State::Cancelled);
        dialog->reject();
    }

    void interruptedJobResumesAfterRestart()
    {
        const QString in = writeInput(150, false);
        BulkDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setInputFile(in);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("encodingLabel"))->text(),
                 QStringLiteral("Detected: UTF-8"));
        SandboxFaults slow;
        slow.delayMs = 15;
        m_console->sandbox()->setFaults(slow);
        dialog->startJob();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->progress().done >= 30, 20000);
        // A crash: the window and the console go away with the job running (nothing is
        // finished, the job stays "running" in the ledger).
        const qint64 jobId = dialog->runner()->job().id;
        m_window.reset();
        m_console.reset();
        for (auto &t : m_testers)
            t.reset();
        {
            ConsoleOptions options;
            options.clock = m_clock.get();
            options.dataDir = m_dir->path();
            options.secretBackend = QStringLiteral("vault");
            options.vaultPassword = [](VaultSecretStore::PasswordPurpose, const QString &) {
                return std::optional<QByteArray>(QByteArrayLiteral("test master password"));
            };
            m_console = std::make_unique<Console>(options);
            QString error;
            QVERIFY2(m_console->open(&error), qPrintable(error));
        }
        const auto interrupted = BulkJobStore(m_console->ledger()).job(jobId);
        QVERIFY(interrupted);
        QCOMPARE(interrupted->state, BulkJob::State::Running);
        QVERIFY(interrupted->done < 150);
        const int asked = Confirm::askedCount();
        Confirm::setNextAnswer(true);
        m_window = std::make_unique<ConsoleWindow>(*m_console);
        m_window->show();
        QTRY_COMPARE(Confirm::askedCount(), asked + 1);
        QVERIFY2(Confirm::lastText().contains(QStringLiteral("was interrupted")),
                 qPrintable(Confirm::lastText()));
        BulkDialog *resumed = nullptr;
        QTRY_VERIFY((resumed = m_window->findChild<BulkDialog *>(QStringLiteral("bulkDialog"))));
        QVERIFY(resumed->runner());
        QVERIFY(resumed->runner()->resumed());
        QTRY_VERIFY_WITH_TIMEOUT(!resumed->runner()->isRunning(), 30000);
        const BulkProgress p = resumed->runner()->progress();
        QCOMPARE(p.done, 150);
        QCOMPARE(p.invalid, 2);
        // Exactly once on the platform.
        QSet<QString> numbers;
        int onPlatform = 0;
        for (const SandboxBinding &s : m_console->sandbox()->bindings()) {
            if (s.anum.startsWith(QLatin1StringView("1380"))) {
                QVERIFY(!numbers.contains(s.anum));
                numbers.insert(s.anum);
                ++onPlatform;
            }
        }
        QCOMPARE(onPlatform, 150);
        const QList<QStringList> result =
            readCsv(m_dir->filePath(QStringLiteral("bulk-result.csv")));
        QCOMPARE(result.size(), 153);
        QCOMPARE(BulkJobStore(m_console->ledger()).job(jobId)->state, BulkJob::State::Done);
        resumed->reject();

        // Export… writes what the Bindings tab shows: masked numbers stay masked.
        m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))
            ->setCurrentWidget(m_window->bindingsTab());
        const QString exported = m_dir->filePath(QStringLiteral("export.csv"));
        BulkActions::setNextExportPath(exported);
        action("actionExport")->trigger();
        const QList<QStringList> rows = readCsv(exported);
        QCOMPARE(rows.size(), m_window->bindingsTab()->view()->model()->rowCount() + 1);
        QVERIFY(rows.size() > 150);
        bool masked = false;
        for (const QString &f : rows.at(1))
            masked = masked || f.contains(QLatin1StringView("****"));
        QVERIFY2(masked, qPrintable(rows.at(1).join(u',')));
    }

    void exportEveryTableFromTheFileMenu()
    {
        // One binding, one transfer, one simulated call and their requests: File → Export ▸
        // Bindings… / Transfers… / Calls… / Request log… each write that table as it is shown,
        // whichever tab is current, masked, UTF-8 with BOM, owner-readable only.
        const qint64 id =
            createDirect(QStringLiteral("13800138000"), QStringLiteral("13900139000"), 0);
        QVERIFY(id);
        const Profile p = *m_console->currentProfile();
        TransferRequest t;
        t.appid = p.effectiveDefaultAppid();
        t.x = p.xNumbers.at(1);
        t.anum = QStringLiteral("13700137000");
        t.ttl = 3600;
        bool transferred = false;
        QString error;
        QVERIFY2(m_console->service()->createTransfer(
                     t, [&](const ServiceOutcome &o) { transferred = o.ok(); }, &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(transferred, 10000);
        const QString subid = m_console->ledger().bindings().bindingById(id)->subid;
        QVERIFY2(!m_console->simulateCall(subid, &error).isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->callsPanel()->view()->model()->rowCount() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->transfersTab()->view()->model()->rowCount() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->requestLogTab()->view()->model()->rowCount() >= 2,
                                 10000);
        m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))
            ->setCurrentWidget(m_window->requestLogTab());

        const auto exportTo = [&](const char *actionName, const QString &name) {
            const QString path = m_dir->filePath(name);
            BulkActions::setNextExportPath(path);
            action(actionName)->trigger();
            return path;
        };
        const auto bytesOf = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const auto headerOf = [](const QAbstractItemModel *m) {
            QStringList h;
            for (int c = 0; c < m->columnCount(); ++c)
                h << m->headerData(c, Qt::Horizontal).toString();
            return h;
        };
        struct Case
        {
            const char *action;
            QAbstractItemView *view;
            const char *shown; // a masked number the table shows
        };
        const Case cases[] = {
            {"actionExportBindings", m_window->bindingsTab()->view(), "138****8000"},
            {"actionExportTransfers", m_window->transfersTab()->view(), "137****7000"},
            {"actionExportCalls", m_window->callsPanel()->view(), nullptr},
            {"actionExportRequestLog", m_window->requestLogTab()->view(), nullptr},
        };
        for (const Case &c : cases) {
            const QString path =
                exportTo(c.action, QString::fromLatin1(c.action) + QStringLiteral(".csv"));
            const QByteArray bytes = bytesOf(path);
            QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), c.action); // UTF-8 with BOM
            QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                     QFileDevice::Permissions());
            const QList<QStringList> rows = readCsv(path);
            const QAbstractItemModel *model = c.view->model();
            QVERIFY2(model->rowCount() >= 1, c.action);
            QCOMPARE(rows.size(), model->rowCount() + 1);
            QCOMPARE(rows.at(0), headerOf(model));
            for (int r = 0; r < model->rowCount(); ++r) {
                QStringList shown;
                for (int col = 0; col < model->columnCount(); ++col)
                    shown << model->index(r, col).data().toString();
                QCOMPARE(rows.at(r + 1), shown);
            }
            if (c.shown)
                QVERIFY2(bytes.contains(c.shown), bytes.constData());
            for (const char *real : {"13800138000", "13900139000", "13700137000"})
                QVERIFY2(!bytes.contains(real), c.action);
        }
        bool rlHasPut = false;
        for (const QStringList &r :
             readCsv(m_dir->filePath(QStringLiteral("actionExportRequestLog.csv"))))
            rlHasPut = rlHasPut || r.contains(QStringLiteral("PUT"));
        QVERIFY(rlHasPut);

        // What the filter shows: a search that matches nothing exports the header only.
        m_window->bindingsTab()->searchEdit()->setText(QStringLiteral("no such number 000"));
        QTRY_COMPARE(m_window->bindingsTab()->view()->model()->rowCount(), 0);
        QCOMPARE(readCsv(exportTo("actionExportBindings", QStringLiteral("none.csv"))).size(), 1);
        m_window->bindingsTab()->searchEdit()->clear();
        QTRY_COMPARE(m_window->bindingsTab()->view()->model()->rowCount(), 1);

        // Revealed on purpose: exported revealed, and the export is in the audit log.
        m_window->bindingsTab()->masking()->setRevealAll(true);
        const QByteArray revealed =
            bytesOf(exportTo("actionExportBindings", QStringLiteral("revealed.csv")));
        QVERIFY(revealed.contains("13800138000"));
        bool audited = false;
        for (const AuditEntry &a : m_console->ledger().log().auditLog(20))
            audited = audited || (a.action == QLatin1StringView("export-reveal") &&
                                  a.detail.contains(QLatin1StringView("bindings")));
        QVERIFY(audited);
        m_window->bindingsTab()->masking()->setRevealAll(false);
        QVERIFY(!bytesOf(exportTo("actionExportBindings", QStringLiteral("masked.csv")))
                     .contains("13800138000"));
    }

    void exportEachTableFromItsContextMenu()
    {
        // Export… in the context menu of Bindings, Transfers, Calls and Request log writes that
        // table as it is shown (its filter, masked), on a row or on an empty spot alike.
        fillEveryTable();
        if (QTest::currentTestFailed())
            return;
        // A second binding, then a search that shows only the first: the export has one row.
        QVERIFY(createDirect(QStringLiteral("13600136000"), QStringLiteral("13500135000"), 2));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->bindingsTab()->view()->model()->rowCount(), 2, 10000);
        m_window->bindingsTab()->searchEdit()->setText(QStringLiteral("13800138000"));
        QTRY_COMPARE(m_window->bindingsTab()->view()->model()->rowCount(), 1);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        struct Case
        {
            const char *name;
            QWidget *tab;
            QAbstractItemView *view;
        };
        const Case cases[] = {
            {"bindings", m_window->bindingsTab(), m_window->bindingsTab()->view()},
            {"transfers", m_window->transfersTab(), m_window->transfersTab()->view()},
            {"calls", m_window->callsPanel(), m_window->callsPanel()->view()},
            {"requests", m_window->requestLogTab(), m_window->requestLogTab()->view()},
        };
        for (const Case &c : cases) {
            QWidget *page = c.tab; // the tab's page (the calls panel may sit inside one)
            while (page && tabs->indexOf(page) < 0)
                page = page->parentWidget();
            QVERIFY2(page, c.name);
            tabs->setCurrentWidget(page);
            QCoreApplication::processEvents();
            const QAbstractItemModel *model = c.view->model();
            QVERIFY2(model->rowCount() >= 1, c.name);
            c.view->scrollToTop();
            const QPoint onRow = c.view->visualRect(model->index(0, 0)).center();
            QVERIFY2(c.view->indexAt(onRow).isValid(), c.name);
            const QString path =
                m_dir->filePath(QString::fromLatin1(c.name) + QStringLiteral("-row.csv"));
            QVERIFY2(exportFromContextMenu(c.view, onRow, path), c.name);
            compareWithView(path, c.view);
            // Below the last row: no row under the pointer, the table still exports.
            const QPoint empty(5, c.view->viewport()->height() - 3);
            QVERIFY2(!c.view->indexAt(empty).isValid(), c.name);
            const QString whole =
                m_dir->filePath(QString::fromLatin1(c.name) + QStringLiteral("-empty.csv"));
            QVERIFY2(exportFromContextMenu(c.view, empty, whole), c.name);
            compareWithView(whole, c.view);
        }
        // The bindings export followed the search: one row, the masked first binding.
        const QList<QStringList> bindings =
            readCsv(m_dir->filePath(QStringLiteral("bindings-row.csv")));
        QCOMPARE(bindings.size(), 2);
        QVERIFY(bindings.at(1).join(u',').contains(QStringLiteral("138****8000")));
        QVERIFY(!bindings.at(1).join(u',').contains(QStringLiteral("136****6000")));
    }
};

QTEST_MAIN(TestBulkDialog)
#include "tst_bulkdialog.moc"

// File → Open ledger…: the dialog's fields make the right address (never with the password),
// refuse what is incomplete (in English and Chinese), and a console on a real PostgreSQL team
// ledger names it in the status bar and offers the menu entry; `pnconsole --check --ledger`
// opens a password-protected server with the password from PGPASSFILE and prints no password.

#include "../ledger/pgserver.h"
#include "core/clock.h"
#include "core/language.h"
#include "ledger/ledgerlocation.h"
#include "secrets/secretstore.h"
#include "session/console.h"
#include "ui/consolewindow.h"
#include "ui/openledgerdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pn;

namespace {
const QString kPassword = QStringLiteral("Desk-pw-7731");

} // namespace

class TestOpenLedgerDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_pg;

    // A file the CA field accepts (the dialog does not parse it).
    static bool writeCaFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("-----BEGIN CERTIFICATE-----\n") > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(QStringLiteral("en"));
    }

    void cleanup() { Language::install(QStringLiteral("en")); }

    void folderIsPrefilledAndChosen()
    {
        OpenLedgerDialog dialog(LedgerLocation::folder(m_dir.path()));
        QVERIFY(dialog.folderChoice()->isChecked());
        QCOMPARE(dialog.folderEdit()->text(), m_dir.path());
        QVERIFY(!dialog.hostEdit()->isEnabled());
        dialog.submit();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto l = dialog.location();
        QVERIFY(l && !l->isServer());
        QCOMPARE(l->folderPath(), m_dir.path());
    }

    // Browse… beside the folder and the CA file: a file dialog opens over the form (the form
    // stays usable), a choice fills the field, Cancel leaves it as it was.
    void browseButtonsFillTheFields()
    {
        const QString other = m_dir.filePath(QStringLiteral("other-ledger"));
        QVERIFY(QDir().mkpath(other));
        const QString ca = m_dir.filePath(QStringLiteral("browse-ca.crt"));
        QVERIFY(writeCaFile(ca));
        OpenLedgerDialog dialog(LedgerLocation::folder(m_dir.path()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto fileDialog = [&dialog](const char *name) {
            QFileDialog *found = nullptr;
            const bool shown = QTest::qWaitFor(
                [&] {
                    found = dialog.findChild<QFileDialog *>(QString::fromLatin1(name));
                    return found && found->isVisible();
                },
                5000);
            return shown ? found : nullptr;
        };
        // Cancel: nothing changes.
        dialog.browseFolderButton()->click();
        QFileDialog *folders = fileDialog("ledgerFolderDialog");
        QVERIFY(folders);
        QCOMPARE(folders->fileMode(), QFileDialog::Directory);
        QCOMPARE(folders->windowModality(), Qt::WindowModal);
        folders->reject();
        QTRY_VERIFY(!dialog.findChild<QFileDialog *>(QStringLiteral("ledgerFolderDialog")));
        QCOMPARE(dialog.folderEdit()->text(), m_dir.path());
        // A folder chosen.
        dialog.browseFolderButton()->click();
        folders = fileDialog("ledgerFolderDialog");
        QVERIFY(folders);
        folders->setDirectory(m_dir.path());
        folders->selectFile(other);
        static_cast<QDialog *>(folders)->accept(); // QFileDialog::accept() is protected
        QTRY_COMPARE(dialog.folderEdit()->text(), other);
        // The CA file of a team server.
        dialog.serverChoice()->setChecked(true);
        QVERIFY(dialog.browseCaButton()->isEnabled());
        dialog.browseCaButton()->click();
        QFileDialog *cas = fileDialog("caFileDialog");
        QVERIFY(cas);
        QCOMPARE(cas->fileMode(), QFileDialog::ExistingFile);
        cas->setDirectory(m_dir.path());
        cas->selectFile(ca);
        static_cast<QDialog *>(cas)->accept();
        QTRY_COMPARE(dialog.caEdit()->text(), ca);
        QTRY_VERIFY(!dialog.findChild<QFileDialog *>(QStringLiteral("caFileDialog")));
        QVERIFY(dialog.isVisible()); // the form itself is still open
    }

    void serverFieldsMakeAnAddressWithoutThePassword()
    {
        const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(writeCaFile(ca));
        OpenLedgerDialog dialog(LedgerLocation::folder(m_dir.path()));
        dialog.serverChoice()->setChecked(true);
        QVERIFY(dialog.hostEdit()->isEnabled());
        QVERIFY(!dialog.folderEdit()->isEnabled());
        dialog.hostEdit()->setText(QStringLiteral("ledger.example.com"));
        dialog.portBox()->setValue(6543);
        dialog.databaseEdit()->setText(QStringLiteral("team"));
        dialog.userEdit()->setText(QStringLiteral("desk1"));
        dialog.passwordEdit()->setText(kPassword);
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        dialog.tlsBox()->setCurrentIndex(dialog.tlsBox()->findData(QStringLiteral("verify-full")));
        dialog.caEdit()->setText(ca);
        dialog.submit();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto l = dialog.location();
        QVERIFY(l && l->isServer());
        QCOMPARE(l->host(), QStringLiteral("ledger.example.com"));
        QCOMPARE(l->port(), 6543);
        QCOMPARE(l->database(), QStringLiteral("team"));
        QCOMPARE(l->user(), QStringLiteral("desk1"));
        QCOMPARE(l->sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(l->caFile(), ca);
        QVERIFY(!l->display().contains(kPassword));
        QCOMPARE(dialog.password(), kPassword.toUtf8());
        // The address round-trips through --ledger, and the dialog opens on it again.
        QString error;
        const auto again = LedgerLocation::parse(l->display(), &error);
        QVERIFY2(again, qPrintable(error));
        OpenLedgerDialog reopened(*again);
        QVERIFY(reopened.serverChoice()->isChecked());
        QCOMPARE(reopened.hostEdit()->text(), QStringLiteral("ledger.example.com"));
        QCOMPARE(reopened.portBox()->value(), 6543);
        QCOMPARE(reopened.tlsBox()->currentData().toString(), QStringLiteral("verify-full"));
        QCOMPARE(reopened.caEdit()->text(), ca);
        QVERIFY(reopened.passwordEdit()->text().isEmpty());
    }

    // The team server away at start: Retry (the same ledger), Open another ledger… (the
    // dialog; Cancel there comes back to the box), Quit.
    void failureAtStartOffersRetryAndAnotherLedger()
    {
        QString parseError;
        const auto location = LedgerLocation::parse(
            QStringLiteral("postgresql://desk@db.example:5432/team?sslmode=disable"), &parseError);
        QVERIFY(location);
        // Clicks the buttons named in `script`, one per modal window as they come up.
        const auto play = [](QStringList script) {
            auto *timer = new QTimer;
            timer->setInterval(20);
            QObject::connect(timer, &QTimer::timeout, timer, [timer, script]() mutable {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal || modal->property("pnPlayed").toBool())
                    return;
                modal->setProperty("pnPlayed", true);
                const QString step = script.takeFirst();
                if (auto *dialog = qobject_cast<OpenLedgerDialog *>(modal)) {
                    if (step == QLatin1StringView("cancel")) {
                        dialog->reject();
                    } else {
                        dialog->folderChoice()->setChecked(true);
                        dialog->folderEdit()->setText(step);
                        dialog->submit();
                    }
                } else if (auto *button = modal->findChild<QPushButton *>(step)) {
                    button->click();
                }
                if (script.isEmpty()) {
                    timer->stop();
                    timer->deleteLater();
                }
            });
            timer->start();
        };
        const QString why = QStringLiteral("connection refused");
        play({QStringLiteral("retryButton")});
        auto choice = LedgerActions::askAfterFailure(*location, why);
        QVERIFY(choice);
        QCOMPARE(choice->ledger, location->display());
        QVERIFY(choice->password.isEmpty());

        const QString other = m_dir.filePath(QStringLiteral("other"));
        play({QStringLiteral("otherLedgerButton"), QStringLiteral("cancel"),
              QStringLiteral("otherLedgerButton"), other});
        choice = LedgerActions::askAfterFailure(*location, why);
        QVERIFY(choice);
        QCOMPARE(choice->ledger, LedgerLocation::folder(other).display());

        play({QStringLiteral("quitButton")});
        QVERIFY(!LedgerActions::askAfterFailure(*location, why));
    }

    void incompleteFieldsAreRefusedInEnglishAndChinese()
    {
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Language::install(lang);
            OpenLedgerDialog dialog(LedgerLocation::folder(m_dir.path()));
            dialog.serverChoice()->setChecked(true);
            dialog.databaseEdit()->setText(QStringLiteral("team"));
            dialog.userEdit()->setText(QStringLiteral("desk1"));
            dialog.submit();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.errorText().isEmpty());
            if (lang == QLatin1StringView("zh_CN")) {
                QVERIFY2(!dialog.errorText().contains(QLatin1StringView("host")),
                         qPrintable(dialog.errorText()));
                QVERIFY(!dialog.windowTitle().contains(QLatin1StringView("Open ledger")));
            }
            // A CA file that does not exist.
            dialog.hostEdit()->setText(QStringLiteral("h"));
            dialog.caEdit()->setText(m_dir.filePath(QStringLiteral("missing.pem")));
            dialog.submit();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(dialog.errorText().contains(QLatin1StringView("missing.pem")));
        }
    }

    // A console on a real server ledger: the menu entry and the status bar.
    void consoleOnATeamLedgerNamesIt()
    {
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        m_pg->setPassword(kPassword);
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
        QVERIFY2(!m_pg->createDatabase(QStringLiteral("desks"), &error).isEmpty(),
                 qPrintable(error));
        const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QVERIFY(m_pg->writePassFile(pgpass));
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        const QString url =
            QStringLiteral("postgresql://pn@127.0.0.1:%1/desks?sslmode=disable").arg(m_pg->port());
        {
            ConsoleOptions options;
            options.dataDir = m_dir.filePath(QStringLiteral("desk"));
            options.ledger = url;
            options.secretBackend = QStringLiteral("vault");
            Console console(options);
            QVERIFY2(console.open(&error), qPrintable(error));
            QVERIFY(console.ledger().isPostgres());
            QVERIFY(console.ledgerLocation().isServer());
            ConsoleWindow window(console);
            auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("ledgerLabel"));
            QVERIFY(label);
            QCOMPARE(label->text(), QStringLiteral("Team ledger: pn@127.0.0.1/desks"));
            QVERIFY(!label->toolTip().contains(kPassword));
            QVERIFY(window.findChild<QAction *>(QStringLiteral("actionOpenLedger")));
            // The ledger is on the server; the desk's folder holds no SQLite ledger.
            QVERIFY(
                !QFileInfo::exists(Ledger::pathInDataDir(m_dir.filePath(QStringLiteral("desk")))));
        }
        qunsetenv("PGPASSFILE");

        // The real program: --check on the server ledger, password from PGPASSFILE.
        const QString pnconsole =
            qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnconsole");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), pgpass);
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("PN_SECRET_BACKEND"), QStringLiteral("vault"));
        env.remove(QStringLiteral("PN_LEDGER"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("setsid"),
                {QStringLiteral("-w"), pnconsole, QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("desk2")),
                 QStringLiteral("--ledger"), url, QStringLiteral("--check")});
        QVERIFY(p.waitForFinished(60'000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("ledger postgresql://pn@127.0.0.1"), out.constData());
        QVERIFY(!out.contains(kPassword.toUtf8()));
        QFile log(m_dir.filePath(QStringLiteral("desk2/pnconsole.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(kPassword.toUtf8()));
        // A password in --ledger is refused.
        p.start(pnconsole,
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--ledger"),
                 QStringLiteral("postgresql://pn:%1@127.0.0.1:%2/desks")
                     .arg(kPassword)
                     .arg(m_pg->port()),
                 QStringLiteral("--check")});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray refused = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(refused.contains("contains a password"), refused.constData());
        QVERIFY(!refused.contains(kPassword.toUtf8()));
    }

    // "Test connection" with the fields as typed: the right password answers, a wrong one and
    // a port nobody listens on are refused with the reason; never a password in what it says.
    void testConnectionSaysWhatAnswered()
    {
        QVERIFY(m_pg); // started by consoleOnATeamLedgerNamesIt
        qunsetenv("PGPASSFILE");
        const auto test = [](OpenLedgerDialog &dialog) -> std::pair<bool, QString> {
            QSignalSpy tested(&dialog, &OpenLedgerDialog::connectionTested);
            dialog.testButton()->click();
            if (!tested.wait(15000))
                return {false, QStringLiteral("no answer")};
            return {tested.at(0).at(0).toBool(), tested.at(0).at(1).toString()};
        };
        OpenLedgerDialog dialog(LedgerLocation::folder(m_dir.path()));
        QVERIFY(!dialog.testButton()->isEnabled()); // a folder: nothing to connect to
        dialog.serverChoice()->setChecked(true);
        QVERIFY(dialog.testButton()->isEnabled());
        dialog.hostEdit()->setText(QStringLiteral("127.0.0.1"));
        dialog.portBox()->setValue(m_pg->port());
        dialog.databaseEdit()->setText(QStringLiteral("desks"));
        dialog.userEdit()->setText(QStringLiteral("pn"));
        dialog.tlsBox()->setCurrentIndex(dialog.tlsBox()->findData(QStringLiteral("disable")));
        dialog.passwordEdit()->setText(kPassword);
        auto [ok, text] = test(dialog);
        QVERIFY2(ok, qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("Connected: PostgreSQL ")), qPrintable(text));
        QCOMPARE(dialog.testResultText(), text);
        QVERIFY(dialog.testButton()->isEnabled());
        QCOMPARE(dialog.result(), 0); // testing does not close the dialog

        const QString wrong = QStringLiteral("Wrong-pw-9090");
        dialog.passwordEdit()->setText(wrong);
        std::tie(ok, text) = test(dialog);
        QVERIFY(!ok);
        QVERIFY2(text.contains(QStringLiteral("password authentication failed")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("pn@127.0.0.1")));
        QVERIFY(!text.contains(wrong) && !text.contains(kPassword));

        quint16 closed = 0;
        {
            QTcpServer probe; // a port nobody listens on once it is closed
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        dialog.portBox()->setValue(closed);
        dialog.passwordEdit()->setText(kPassword);
        QElapsedTimer timer;
        timer.start();
        std::tie(ok, text) = test(dialog);
        QVERIFY(!ok);
        QVERIFY2(text.contains(QStringLiteral("Cannot connect to")), qPrintable(text));
        QVERIFY(!text.contains(kPassword));
        QVERIFY(timer.elapsed() < 10000);

        // An empty field: the password saved for this server (the lookup File → Open ledger…
        // gives the dialog), never shown; without a saved one the server refuses.
        dialog.portBox()->setValue(m_pg->port());
        dialog.passwordEdit()->clear();
        std::tie(ok, text) = test(dialog);
        QVERIFY2(!ok, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("password")), qPrintable(text));
        QString asked;
        dialog.setSavedPassword([&asked](const LedgerLocation &server) {
            asked = server.secretName();
            return kPassword.toUtf8();
        });
        std::tie(ok, text) = test(dialog);
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(asked, dialog.location()->secretName());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(!text.contains(kPassword));
        // A password typed in the field wins over the saved one.
        dialog.passwordEdit()->setText(wrong);
        std::tie(ok, text) = test(dialog);
        QVERIFY(!ok);
        QVERIFY2(text.contains(QStringLiteral("password authentication failed")), qPrintable(text));
        dialog.passwordEdit()->clear();

        // Incomplete fields: the same refusal as Open, nothing tried.
        dialog.hostEdit()->clear();
        QSignalSpy tested(&dialog, &OpenLedgerDialog::connectionTested);
        dialog.testButton()->click();
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!tested.wait(300));
    }

    // File → Open ledger… in a console whose secret store holds the server's password: "Test
    // connection" with the field empty connects with it.
    void openLedgerActionTestsWithTheSavedPassword()
    {
        QVERIFY(m_pg); // started by consoleOnATeamLedgerNamesIt
        qunsetenv("PGPASSFILE");
        ConsoleOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("saved"));
        options.secretBackend = QStringLiteral("vault");
        Console console(options);
        QString error;
        QVERIFY2(console.open(&error), qPrintable(error));
        if (console.vaultState() != Console::VaultState::NotVault)
            QVERIFY2(console.unlockVault(QByteArrayLiteral("master-pw"), &error),
                     qPrintable(error));
        const auto server = LedgerLocation::parse(
            QStringLiteral("postgresql://pn@127.0.0.1:%1/desks?sslmode=disable").arg(m_pg->port()),
            &error);
        QVERIFY2(server, qPrintable(error));
        SecretStore *store = console.secretStore(&error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->write(server->secretName(), kPassword.toUtf8(), &error), qPrintable(error));
        ConsoleWindow window(console);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionOpenLedger"));
        QVERIFY(action);
        bool ok = false;
        QString text = QStringLiteral("the dialog never opened");
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<OpenLedgerDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->serverChoice()->setChecked(true);
            dialog->hostEdit()->setText(QStringLiteral("127.0.0.1"));
            dialog->portBox()->setValue(m_pg->port());
            dialog->databaseEdit()->setText(QStringLiteral("desks"));
            dialog->userEdit()->setText(QStringLiteral("pn"));
            dialog->tlsBox()->setCurrentIndex(
                dialog->tlsBox()->findData(QStringLiteral("disable")));
            dialog->passwordEdit()->clear();
            QSignalSpy tested(dialog, &OpenLedgerDialog::connectionTested);
            dialog->testButton()->click();
            if (tested.wait(15000)) {
                ok = tested.at(0).at(0).toBool();
                text = tested.at(0).at(1).toString();
            } else {
                text = QStringLiteral("no answer");
            }
            dialog->reject();
        });
        action->trigger();
        QVERIFY2(ok, qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("Connected: PostgreSQL ")), qPrintable(text));
        QVERIFY(!text.contains(kPassword));
    }
};

QTEST_MAIN(TestOpenLedgerDialog)
#include "tst_openledgerdialog.moc"

// Profiles in the console, offscreen against the real window, a real vault file and the real
// in-process sandbox: a profile added through the editor (inline validation, Test connection
// with a wrong and the right key, the vault unlocked with a wrong then the right master
// password), switched to and bound on; its key replaced; removal with and without bindings
// (forced behind a second confirmation); export and import (asking for each key); Cancel on
// the unlock dialog keeps the previous profile fully active; the secret-store mismatch banner
// and its fix; the remembered last profile; the welcome panel; auto-lock; and finally no key,
// token or master password in any file or output.
#include "consolefixture.h"
#include "ledger/ledgerjobs.h"
#include "profiles/credentials.h"
#include "profiles/secretbackendchoice.h"
#include "secrets/secretstorefactory.h"
#include "ui/profileeditor.h"
#include "ui/profilesdialog.h"
#include "ui/profileswitcher.h"
#include "ui/vaultunlockdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFrame>
#include <QInputDialog>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

using namespace pn;
using namespace pn::test;

namespace {

QByteArray g_output; // everything the program printed (qDebug/qWarning/...)
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_output += text.toUtf8() + '\n';
    if (g_previous)
        g_previous(type, context, text);
}

const QString kDevid = QStringLiteral("30000001");
const QString kX = QStringLiteral("17100000001");

// Answers the next modal dialog of type T (a real QFileDialog or QInputDialog, run by the
// code under test with exec()) with `answer`, once it is shown, and again while it stays open
// (a file dialog still reading its folder may ignore the first Open). Returns a flag set once
// the dialog was answered and has closed.
template<typename T> std::shared_ptr<bool> whenModal(std::function<void(T *)> answer)
{
    struct State
    {
        bool answered = false;
        QPointer<T> dialog;
        int ticks = 0;
    };
    auto done = std::make_shared<bool>(false);
    auto state = std::make_shared<State>();
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, done, state] {
        auto stop = [timer] {
            timer->stop();
            timer->deleteLater();
        };
        if (++state->ticks > 500) { // 10 s: give up (the test then fails on *done)
            stop();
            return;
        }
        if (state->answered) { // wait until it has closed; answer again while it stays open
            if (state->dialog.isNull() || !state->dialog->isVisible()) {
                *done = true;
                stop();
            } else if (state->ticks % 10 == 0) {
                answer(state->dialog.data());
            }
            return;
        }
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget()); w && w->isVisible()) {
            state->answered = true;
            state->dialog = w;
            answer(w);
        }
    });
    timer->start();
    return done;
}

// Picks `path` in a file dialog: types it as a person would and presses Open/Save.
void pickFile(QFileDialog *dialog, const QString &path)
{
    // The whole path in the file name field (Qt's own dialog resolves an absolute one as it is,
    // whatever folder its model is still reading), then Open/Save.
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(path);
    else
        dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as Open/Save does
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addThroughEditorTestSaveSwitchBind();
    void editReplacesKey();
    void removeWithAndWithoutBindings();
    void removeWithBulkJobs();
    void exportAndImport();
    void filePickers();
    void cancelUnlockKeepsPreviousProfile();
    void lockButtonAndAutoLock();
    void changeMasterPassword();
    void mismatchBanner();
    void remembersLastProfile();
    void noSecretLeft();
    void editorFitsTheScreen_data();
    void editorFitsTheScreen();

private:
    void startConsole(const QString &backend = QStringLiteral("vault"));
    void stopConsole();
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    ProfilesDialog *openDialog();
    // Answers the open unlock dialog with `password`.
    bool answerUnlock(const QByteArray &password);
    // A real (test-environment) profile on the console's sandbox, added directly.
    Profile addDirect(const QString &name, const QByteArray &key);
    QByteArray secret(const char *prefix);
    void fill(QLineEdit *edit, const QString &text);

    QTemporaryDir m_root;
    QString m_dataDir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<ConsoleWindow> m_window;
    QByteArray m_master;
    QByteArray m_key;
    QList<QByteArray> m_secrets;
    int m_folder = 0;
};

QByteArray TestProfilesDialog::secret(const char *prefix)
{
    const QByteArray s = QByteArray(prefix) + QUuid::createUuid().toByteArray(QUuid::Id128);
    m_secrets << s;
    return s;
}

void TestProfilesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PnProfilesTests"));
    QSettings().clear();
    Language::install(QStringLiteral("en"));
    g_previous = qInstallMessageHandler(captureMessages);
    QVERIFY(m_root.isValid());
    m_master = secret("master-");
    m_key = secret("key-");
}

void TestProfilesDialog::init()
{
    m_dataDir = m_root.filePath(QStringLiteral("data%1").arg(++m_folder));
    QDir().mkpath(m_dataDir);
    // A vault with cheap scrypt parameters (the console keeps a vault's own), so unlocking is
    // quick; it holds one unrelated entry.
    VaultSecretStore vault(
        SecretStoreFactory::vaultPath(m_dataDir),
        [this](auto, const QString &) { return std::optional<QByteArray>(m_master); },
        vault::KdfParams::scrypt(1 << 10));
    QString error;
    QVERIFY2(vault.write(QStringLiteral("test/marker"), "x", &error), qPrintable(error));
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    startConsole();
}

void TestProfilesDialog::cleanup()
{
    Confirm::clearNextAnswer();
    ProfilesDialog::setDefaultKeyPrompt({});
    QSettings().remove(QStringLiteral("profiles"));
    stopConsole();
}

void TestProfilesDialog::startConsole(const QString &backend)
{
    ConsoleOptions options;
    options.clock = m_clock.get();
    options.dataDir = m_dataDir;
    options.secretBackend = backend;
    // No password provider: the window's unlock dialog is the only way in.
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->open(&error), qPrintable(error));
    SandboxAccount account;
    account.devid = kDevid;
    account.key = m_key;
    account.appids = {QStringLiteral("app-real")};
    account.xpool = {kX, QStringLiteral("17100000002")};
    account.balance = 321.5;
    m_console->sandbox()->addAccount(account);
    m_window = std::make_unique<ConsoleWindow>(*m_console);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProfilesDialog::stopConsole()
{
    m_window.reset();
    m_console.reset();
}

ProfilesDialog *TestProfilesDialog::openDialog()
{
    QAction *a = action("actionProfiles");
    if (!a || a->shortcut() != QKeySequence(QStringLiteral("Ctrl+Shift+P")))
        return nullptr;
    a->trigger();
    return m_window->findChild<ProfilesDialog *>(QStringLiteral("profilesDialog"));
}

bool TestProfilesDialog::answerUnlock(const QByteArray &password)
{
    VaultUnlockDialog *d = m_window->profileSwitcher()->unlockDialog();
    if (!d || !d->isVisible())
        return false;
    auto *edit = d->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"));
    edit->setText(QString::fromUtf8(password));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
    return true;
}

void TestProfilesDialog::fill(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

Profile TestProfilesDialog::addDirect(const QString &name, const QByteArray &key)
{
    Profile p;
    p.name = name;
    p.environment = Environment::Test;
    p.baseUrl = m_console->sandbox()->baseUrl();
    p.allowPlainHttp = true;
    p.devid = kDevid;
    p.appids = {QStringLiteral("app-real")};
    p.xNumbers = {kX, QStringLiteral("17100000002")};
    QString error;
    if (m_console->vaultState() != Console::VaultState::Unlocked)
        m_console->unlockVault(m_master, &error);
    const auto added = m_console->addProfile(p, key, std::nullopt, &error);
    if (!added)
        qWarning("addDirect: %s", qPrintable(error));
    return added.value_or(Profile{});
}

void TestProfilesDialog::addThroughEditorTestSaveSwitchBind()
{
    // First start: the welcome panel offers the account beside the sandbox.
    QFrame *welcome = m_window->profileSwitcher()->welcome();
    QVERIFY(welcome->isVisible());
    QVERIFY(welcome->findChild<QPushButton *>(QStringLiteral("trySandboxButton")));
    // "Manage profiles…" ends the profile box.
    QComboBox *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->itemText(combo->count() - 1), QStringLiteral("Manage profiles…"));

    QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("connectAccountButton")),
                      Qt::LeftButton);
    ProfilesDialog *dialog = m_window->profileSwitcher()->profilesDialog();
    QVERIFY(dialog);
    QPointer<ProfileEditor> editor = dialog->editor();
    QVERIFY(editor);
    QVERIFY(!editor->isValid());

    auto edit = [&](const char *name) {
        return editor->findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    auto errorText = [&](const char *field) {
        return editor->findChild<QLabel *>(QString::fromLatin1(field) + QStringLiteral("Error"))
            ->text();
    };
    fill(edit("nameEdit"), QStringLiteral("Sandbox"));
    QVERIFY(errorText("name").contains(QStringLiteral("reserved")));
    fill(edit("nameEdit"), QStringLiteral("Acme test"));
    QVERIFY(errorText("name").isEmpty());
    QLabel *urlError = editor->findChild<QLabel *>(QStringLiteral("base_urlError"));
    const int heightBefore = urlError->height();
    const QPoint devidPos = edit("devidEdit")->mapTo(editor, QPoint());
    fill(edit("baseUrlEdit"), m_console->sandbox()->baseUrl().toString());
    // http:// without the explicit permission: refused, with the reason beside the field, in
    // space kept for it (nothing below moves).
    QVERIFY(errorText("base_url").contains(QStringLiteral("plain HTTP")));
    QCOMPARE(urlError->height(), heightBefore);
    QCOMPARE(edit("devidEdit")->mapTo(editor, QPoint()), devidPos);
    editor->findChild<QCheckBox *>(QStringLiteral("plainHttpCheck"))->setChecked(true);
    QVERIFY(errorText("base_url").isEmpty());
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("plainHttpWarning"))
                ->text()
                .contains(QStringLiteral("unencrypted")));
    fill(edit("devidEdit"), QStringLiteral("300 001"));
    QVERIFY(errorText("devid").contains(QStringLiteral("spaces")));
    fill(edit("devidEdit"), kDevid);
    fill(edit("appidsEdit"), QStringLiteral("app-real"));
    editor->findChild<QPlainTextEdit *>(QStringLiteral("xNumbersEdit"))
        ->setPlainText(kX + QStringLiteral("\n17100000002"));
    QVERIFY(errorText("x_numbers").isEmpty());
    QVERIFY(errorText("auth_key").contains(QStringLiteral("required")));
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());

    // Test connection with a wrong key: refused in words, nothing saved.
    const QByteArray wrong = secret("wrong-");
    QCOMPARE(edit("authKeyEdit")->echoMode(), QLineEdit::Password);
    fill(edit("authKeyEdit"), QString::fromUtf8(wrong));
    QSignalSpy tested(editor.data(), &ProfileEditor::testFinished);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                      Qt::LeftButton);
    QVERIFY(editor->isVisible()); // the UI goes on while the test runs
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.last().at(0).toBool(), false);
    QVERIFY2(editor->testResultText().contains(QStringLiteral("HTTP 401")) &&
                 editor->testResultText().contains(QStringLiteral("auth key")),
             qPrintable(editor->testResultText()));
    QCOMPARE(m_console->profileList().size(), 1);

    // The right key: state, balance and skew.
    fill(edit("authKeyEdit"), QString::fromUtf8(m_key));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                      Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.last().at(0).toBool(), true);
    QVERIFY2(editor->testResultText().contains(QStringLiteral("active")) &&
                 editor->testResultText().contains(QStringLiteral("321.50")) &&
                 editor->testResultText().contains(QStringLiteral("clock")),
             qPrintable(editor->testResultText()));

    // Save: the vault asks for its master password; a wrong one is said inline.
    QVERIFY(editor->isValid());
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    VaultUnlockDialog *unlock = m_window->profileSwitcher()->unlockDialog();
    QVERIFY(unlock);
    QVERIFY(unlock->findChild<QLabel *>(QStringLiteral("vaultIntro"))
                ->text()
                .contains(SecretStoreFactory::vaultPath(m_dataDir)));
    QVERIFY(answerUnlock(secret("not-the-master-")));
    QVERIFY(unlock->isVisible());
    QCOMPARE(unlock->errorText(), QStringLiteral("Wrong password, try again."));
    QCOMPARE(m_console->profileList().size(), 1);
    QVERIFY(answerUnlock(m_master));
    QTRY_VERIFY(!editor);
    QCOMPARE(m_console->profileList().size(), 2);
    const auto added = m_console->profiles().byName(QStringLiteral("Acme test"));
    QVERIFY(added);
    QCOMPARE(added->secretBackend, QStringLiteral("vault"));
    QVERIFY(dialog->statusText().contains(QStringLiteral("added")));
    QVERIFY(!welcome->isVisible());
    // The list shows both with their environment badges.
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QStringList badges;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        badges << list->topLevelItem(i)->text(1).trimmed();
    QVERIFY(badges.contains(QStringLiteral("Test")) && badges.contains(QStringLiteral("Sandbox")));

    // Use it: the whole window switches.
    dialog->selectProfile(added->id);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("useButton")),
                      Qt::LeftButton);
    QCOMPARE(m_console->currentProfile()->id, added->id);
    QCOMPARE(combo->currentData().toLongLong(), added->id);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"))
                    ->text()
                    .contains(QStringLiteral("Connected")));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("newBindingButton"))->isEnabled());

    // Bind on it: the sandbox account of that devid holds the binding.
    BindingRequest r;
    r.appid = QStringLiteral("app-real");
    r.x = kX;
    r.anum = QStringLiteral("13900001111");
    r.bnum = QStringLiteral("13800002222");
    r.ttl = 600;
    bool done = false;
    bool ok = false;
    QString error;
    QVERIFY2(m_console->service()->createBinding(
                 r,
                 [&](const ServiceOutcome &o) {
                     done = true;
                     ok = o.ok();
                 },
                 &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY(ok);
    bool found = false;
    for (const auto &b : m_console->sandbox()->bindings(kDevid))
        found = found || (b.x == kX && b.anum == r.anum);
    QVERIFY(found);
}

void TestProfilesDialog::editReplacesKey()
{
    const QByteArray oldKey = secret("old-");
    const Profile p = addDirect(QStringLiteral("Acme"), oldKey);
    QVERIFY(p.id);
    ProfilesDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->selectProfile(p.id);
    QPointer<ProfileEditor> editor = dialog->openEditEditor();
    QVERIFY(editor);
    auto *keyEdit = editor->findChild<QLineEdit *>(QStringLiteral("authKeyEdit"));
    // The stored key is never shown: the field is empty and says it can only be replaced.
    QVERIFY(keyEdit->text().isEmpty());
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("authKeyState"))
                ->text()
                .contains(QStringLiteral("never shown")));
    QVERIFY(editor->isValid()); // no new key needed to save other fields
    // Test connection with the stored (old, wrong for the platform) key.
    QSignalSpy tested(editor.data(), &ProfileEditor::testFinished);
    editor->testConnection();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.last().at(0).toBool(), false);
    // The key from a file (a real file outside the data folder).
    QTemporaryDir inputs;
    const QString keyFile = inputs.filePath(QStringLiteral("key.txt"));
    {
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_key + '\n');
    }
    QString error;
    QVERIFY(editor->loadKeyFile(keyFile, &error));
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QCOMPARE(editor->newAuthKey().value_or(QByteArray()), m_key);
    editor->trySave();
    QTRY_VERIFY(!editor);
    SecretStore *secrets = m_console->secretStore(&error);
    QVERIFY(secrets);
    const auto credentials = Credentials::load(m_console->profiles(), *secrets, p.id, &error);
    QVERIFY2(credentials, qPrintable(error));
    QCOMPARE(credentials->authKey, m_key);
    QVERIFY(dialog->statusText().contains(QStringLiteral("new key")));
}

void TestProfilesDialog::removeWithAndWithoutBindings()
{
    const Profile busy = addDirect(QStringLiteral("Busy"), m_key);
    const Profile idle = addDirect(QStringLiteral("Idle"), m_key);
    QVERIFY(busy.id && idle.id);
    QVERIFY(m_window->profileSwitcher()->switchTo(busy.id));
    BindingRequest r;
    r.appid = QStringLiteral("app-real");
    r.x = kX;
    r.anum = QStringLiteral("13900003333");
    r.bnum = QStringLiteral("13800004444");
    r.ttl = 600;
    bool done = false;
    QString error;
    QVERIFY(m_console->service()->createBinding(
        r, [&](const ServiceOutcome &) { done = true; }, &error));
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(m_console->profiles().activeRecordCount(busy.id), 1);

    ProfilesDialog *dialog = openDialog();
    QVERIFY(dialog);
    // Idle: one confirmation, gone with its key.
    dialog->selectProfile(idle.id);
    Confirm::setNextAnswer(true);
    const int asked = Confirm::askedCount();
    dialog->removeSelected();
    QCOMPARE(Confirm::askedCount(), asked + 1);
    QVERIFY(!m_console->profiles().byId(idle.id));
    QVERIFY(dialog->statusText().contains(QStringLiteral("removed")));

    // Busy: refused with the reason; the forced removal needs a second, explicit yes.
    dialog->selectProfile(busy.id);
    Confirm::queueAnswers({true, false});
    dialog->removeSelected();
    QCOMPARE(Confirm::askedCount(), asked + 3);
    QVERIFY2(Confirm::lastText().contains(QStringLiteral("1 pending or active")),
             qPrintable(Confirm::lastText()));
    QVERIFY(dialog->statusText().contains(QStringLiteral("release them first")));
    QVERIFY(m_console->profiles().byId(busy.id));
    QCOMPARE(m_console->currentProfile()->id, busy.id);
    QVERIFY(m_console->service());

    // Yes twice: forced; the window moves to the sandbox.
    Confirm::queueAnswers({true, true});
    dialog->removeSelected();
    QCOMPARE(Confirm::askedCount(), asked + 5);
    QVERIFY(!m_console->profiles().byId(busy.id));
    QVERIFY(m_console->currentProfile()->isSandbox());
    QVERIFY(m_console->service());
    QVERIFY(dialog->statusText().contains(QStringLiteral("removed")));
    QString why;
    QVERIFY(
        !Credentials::load(m_console->profiles(), *m_console->secretStore(&why), busy.id, &why));
}

void TestProfilesDialog::removeWithBulkJobs()
{
    // bulk_jobs references profiles ON DELETE RESTRICT: a profile with only finished jobs goes
    // with them; one with an unfinished (resumable) job is refused in words, forced behind a
    // second confirmation; never an SQL error.
    const Profile done = addDirect(QStringLiteral("Finished jobs"), m_key);
    const Profile paused = addDirect(QStringLiteral("Paused job"), m_key);
    QVERIFY(done.id && paused.id);
    BulkJobStore jobs(m_console->ledger());
    auto addJob = [&](qint64 profileId, BulkJob::State state) {
        BulkJob job;
        job.profileId = profileId;
        job.kind = BulkJob::Kind::Bind;
        job.filePath = m_root.filePath(QStringLiteral("in.csv"));
        job.fileHash = QStringLiteral("00");
        job.outPath = m_root.filePath(QStringLiteral("out.csv"));
        job.rowCount = 2;
        job.state = state;
        BulkJobRow a;
        a.rowNo = 1;
        a.reqid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        BulkJobRow b = a;
        b.rowNo = 2;
        b.reqid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        const auto id = jobs.create(job, {a, b}, &error);
        if (!id)
            qWarning("bulk job: %s", qPrintable(error));
        return id.value_or(0);
    };
    const qint64 doneJob = addJob(done.id, BulkJob::State::Done);
    addJob(done.id, BulkJob::State::Cancelled);
    const qint64 pausedJob = addJob(paused.id, BulkJob::State::Paused);
    QVERIFY(doneJob && pausedJob);
    auto count = [&](const QString &sql) {
        QSqlQuery q(m_console->ledger().database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };

    ProfilesDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->selectProfile(done.id);
    Confirm::setNextAnswer(true);
    dialog->removeSelected();
    QVERIFY2(dialog->statusText().contains(QStringLiteral("removed")),
             qPrintable(dialog->statusText()));
    QVERIFY(!m_console->profiles().byId(done.id));
    QCOMPARE(jobs.jobs(done.id).size(), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM bulk_job_rows WHERE job_id = %1").arg(doneJob)),
        0);

    // The paused job blocks a plain removal, with the reason (not an SQL error).
    dialog->selectProfile(paused.id);
    Confirm::queueAnswers({true, false});
    const int asked = Confirm::askedCount();
    dialog->removeSelected();
    QCOMPARE(Confirm::askedCount(), asked + 2);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("1 unfinished bulk job")),
             qPrintable(dialog->statusText()));
    QVERIFY(!dialog->statusText().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    QVERIFY(m_console->profiles().byId(paused.id));
    QCOMPARE(jobs.unfinished(paused.id).size(), 1);
    // The store says the same to every program (pnctl profile remove goes through it).
    QString why;
    QVERIFY(
        !m_console->profiles().remove(paused.id, ProfileStore::RemoveMode::RefuseIfActive, &why));
    QVERIFY2(why.contains(QStringLiteral("1 unfinished bulk job")), qPrintable(why));

    // Forced: the profile, its job and the job's rows are gone.
    Confirm::queueAnswers({true, true});
    dialog->removeSelected();
    QVERIFY2(dialog->statusText().contains(QStringLiteral("removed")),
             qPrintable(dialog->statusText()));
    QVERIFY(!m_console->profiles().byId(paused.id));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM bulk_jobs")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM bulk_job_rows")), 0);
}

void TestProfilesDialog::exportAndImport()
{
    const QByteArray token = secret("token-");
    Profile p;
    p.name = QStringLiteral("Exported");
    p.environment = Environment::Production;
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    p.devid = QStringLiteral("40000001");
    p.appids = {QStringLiteral("app-x")};
    QString error;
    QVERIFY(m_console->unlockVault(m_master, &error));
    QVERIFY2(m_console->addProfile(p, m_key, token, &error), qPrintable(error));
    ProfilesDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString file = m_root.filePath(QStringLiteral("export%1.json").arg(m_folder));
    QVERIFY(dialog->exportTo(file, {}));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    f.close();
    QVERIFY(json.contains("\"Exported\""));
    QVERIFY(!json.contains(m_key) && !json.contains(token));

    // Into another data folder: the import asks for each key (and the token the export names).
    stopConsole();
    init();
    QStringList asked;
    const QByteArray newToken = secret("token2-");
    ProfilesDialog::setDefaultKeyPrompt(
        [&](QWidget *, const Profile &profile, bool isToken) -> std::optional<QByteArray> {
            asked << profile.name + (isToken ? QStringLiteral(":token") : QStringLiteral(":key"));
            return isToken ? newToken : m_key;
        });
    dialog = openDialog();
    QVERIFY(dialog);
    // The vault is locked: the import waits for the master password, then asks for the keys.
    QCOMPARE(m_console->vaultState(), Console::VaultState::Locked);
    QVERIFY(!dialog->importFrom(file));
    QVERIFY(asked.isEmpty());
    QVERIFY(answerUnlock(m_master));
    QTRY_VERIFY(m_console->profiles().byName(QStringLiteral("Exported")).has_value());
    QCOMPARE(asked,
             QStringList({QStringLiteral("Exported:key"), QStringLiteral("Exported:token")}));
    const auto imported = m_console->profiles().byName(QStringLiteral("Exported"));
    QVERIFY(imported->hasCallbackToken);
    SecretStore *secrets = m_console->secretStore(&error);
    const auto credentials =
        Credentials::load(m_console->profiles(), *secrets, imported->id, &error);
    QVERIFY2(credentials, qPrintable(error));
    QCOMPARE(credentials->authKey, m_key);
    QCOMPARE(credentials->callbackToken, newToken);
    QVERIFY(dialog->statusText().contains(QStringLiteral("Imported")));
}

void TestProfilesDialog::filePickers()
{
    // The real pickers (Qt's file dialog, run modally by the buttons), not the functions
    // behind them: key and token from a file, the CA file, export and import, and the masked
    // key prompt of the import.
    QString error;
    QVERIFY(m_console->unlockVault(m_master, &error));
    QTemporaryDir inputs;
    auto write = [&](const QString &name, const QByteArray &data) {
        const QString path = inputs.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(data);
        return path;
    };
    const QByteArray token = secret("picked-token-");
    const QString keyFile = write(QStringLiteral("key.txt"), m_key + "\r\n");
    const QString tokenFile = write(QStringLiteral("token.txt"), token + '\n');
    const QString caFile = write(QStringLiteral("ca.pem"),
                                 "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    QVERIFY(!keyFile.isEmpty() && !tokenFile.isEmpty() && !caFile.isEmpty());

    ProfilesDialog *dialog = openDialog();
    QVERIFY(dialog);
    QPointer<ProfileEditor> editor = dialog->openAddEditor();
    QVERIFY(editor);
    auto edit = [&](const char *name) {
        return editor->findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    auto click = [&](QWidget *root, const char *name) {
        auto *b = root->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(b && b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    };
    QString title;
    auto picked = whenModal<QFileDialog>([&](QFileDialog *d) {
        title = d->windowTitle();
        pickFile(d, keyFile);
    });
    click(editor, "authKeyFileButton");
    QTRY_VERIFY(*picked);
    QCOMPARE(title, QStringLiteral("File with the auth key"));
    QCOMPARE(edit("authKeyEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(editor->newAuthKey().value_or(QByteArray()), m_key); // line break dropped

    picked = whenModal<QFileDialog>([&](QFileDialog *d) {
        title = d->windowTitle();
        pickFile(d, tokenFile);
    });
    click(editor, "callbackTokenFileButton");
    QTRY_VERIFY(*picked);
    QCOMPARE(title, QStringLiteral("File with the callback token"));
    QCOMPARE(edit("callbackTokenEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(editor->newCallbackToken().value_or(QByteArray()), token);

    QStringList filters;
    picked = whenModal<QFileDialog>([&](QFileDialog *d) {
        title = d->windowTitle();
        filters = d->nameFilters();
        pickFile(d, caFile);
    });
    click(editor, "caFileButton");
    QTRY_VERIFY(*picked);
    QCOMPARE(title, QStringLiteral("CA certificates (PEM)"));
    QVERIFY2(filters.join(u' ').contains(QStringLiteral("*.pem")), qPrintable(filters.join(u' ')));
    QCOMPARE(edit("caFileEdit")->text(), caFile);

    // Cancel in a picker changes nothing.
    picked = whenModal<QFileDialog>([](QFileDialog *d) { d->reject(); });
    click(editor, "authKeyFileButton");
    QTRY_VERIFY(*picked);
    QCOMPARE(editor->newAuthKey().value_or(QByteArray()), m_key);

    // Save the rest and check that the picked values were stored.
    fill(edit("nameEdit"), QStringLiteral("Picked"));
    fill(edit("baseUrlEdit"), m_console->sandbox()->baseUrl().toString());
    editor->findChild<QCheckBox *>(QStringLiteral("plainHttpCheck"))->setChecked(true);
    fill(edit("devidEdit"), kDevid);
    fill(edit("appidsEdit"), QStringLiteral("app-real"));
    QVERIFY(editor->isValid());
    editor->trySave();
    QTRY_VERIFY(!editor);
    const auto saved = m_console->profiles().byName(QStringLiteral("Picked"));
    QVERIFY(saved);
    QCOMPARE(saved->caFile, caFile);
    QVERIFY(saved->hasCallbackToken);
    const auto stored = Credentials::load(m_console->profiles(), *m_console->secretStore(&error),
                                          saved->id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->authKey, m_key);
    QCOMPARE(stored->callbackToken, token);

    // Export through its picker (a save dialog).
    const QString exported = inputs.filePath(QStringLiteral("picked-export.json"));
    dialog->selectProfile(saved->id);
    picked = whenModal<QFileDialog>([&](QFileDialog *d) {
        title = d->windowTitle();
        QCOMPARE(d->acceptMode(), QFileDialog::AcceptSave);
        pickFile(d, exported);
    });
    click(dialog, "exportButton");
    QTRY_VERIFY(*picked);
    QCOMPARE(title, QStringLiteral("Export profiles"));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    f.close();
    QVERIFY(json.contains("\"Picked\""));
    QVERIFY(!json.contains(m_key) && !json.contains(token));

    // Import it into another folder through its picker; the keys are asked for in the real
    // masked input box (not the test hook).
    stopConsole();
    init();
    QVERIFY(m_console->unlockVault(m_master, &error));
    dialog = openDialog();
    QVERIFY(dialog);
    QList<QLineEdit::EchoMode> modes;
    QStringList labels;
    std::function<void(QInputDialog *)> answerKey;
    std::shared_ptr<bool> keyAsked;
    std::shared_ptr<bool> tokenAsked;
    answerKey = [&](QInputDialog *d) {
        modes << d->textEchoMode();
        labels << d->labelText();
        d->setTextValue(QString::fromUtf8(m_key));
        d->accept();
        // The token's box comes next, once this one has returned.
        tokenAsked = whenModal<QInputDialog>([&](QInputDialog *t) {
            modes << t->textEchoMode();
            labels << t->labelText();
            t->setTextValue(QString::fromUtf8(token));
            t->accept();
        });
    };
    picked = whenModal<QFileDialog>([&](QFileDialog *d) {
        title = d->windowTitle();
        pickFile(d, exported);
        keyAsked = whenModal<QInputDialog>(answerKey);
    });
    click(dialog, "importButton");
    QTRY_VERIFY(*picked);
    QCOMPARE(title, QStringLiteral("Import profiles"));
    QTRY_VERIFY(m_console->profiles().byName(QStringLiteral("Picked")).has_value());
    QTRY_VERIFY(keyAsked && *keyAsked && tokenAsked && *tokenAsked);
    QCOMPARE(modes, QList<QLineEdit::EchoMode>({QLineEdit::Password, QLineEdit::Password}));
    QVERIFY2(labels.value(0).contains(QStringLiteral("Auth key")) &&
                 labels.value(1).contains(QStringLiteral("Callback token")),
             qPrintable(labels.join(u'|')));
    const auto imported = m_console->profiles().byName(QStringLiteral("Picked"));
    const auto again = Credentials::load(m_console->profiles(), *m_console->secretStore(&error),
                                         imported->id, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->authKey, m_key);
    QCOMPARE(again->callbackToken, token);
    QVERIFY(dialog->statusText().contains(QStringLiteral("Imported")));
}

void TestProfilesDialog::cancelUnlockKeepsPreviousProfile()
{
    const Profile real = addDirect(QStringLiteral("Real"), m_key);
    QVERIFY(real.id);
    m_window->profileSwitcher()->lockNow();
    QCOMPARE(m_console->vaultState(), Console::VaultState::Locked);
    const auto sandbox = m_console->currentProfile();
    QVERIFY(sandbox && sandbox->isSandbox());
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"))
                    ->text()
                    .contains(QStringLiteral("Connected")));
    QComboBox *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    const int realIndex = combo->findData(real.id);
    QVERIFY(realIndex >= 0);
    combo->setCurrentIndex(realIndex);
    Q_EMIT combo->activated(realIndex);
    VaultUnlockDialog *unlock = m_window->profileSwitcher()->unlockDialog();
    QVERIFY(unlock && unlock->isVisible());
    // Until unlocked nothing switched.
    QCOMPARE(m_console->currentProfile()->id, sandbox->id);
    QCOMPARE(combo->currentData().toLongLong(), sandbox->id);
    QTest::mouseClick(unlock->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->profileSwitcher()->unlockDialog());
    QCOMPARE(m_console->currentProfile()->id, sandbox->id);
    QCOMPARE(combo->currentData().toLongLong(), sandbox->id);
    QVERIFY(m_console->service());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("newBindingButton"))->isEnabled());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("environmentBadge"))->text(),
             QStringLiteral("SANDBOX"));
    QVERIFY(m_window->bindingsModel()->rowCount() >= 0);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"))
                    ->text()
                    .contains(QStringLiteral("Connected")));
    // Again, with the password: now it switches.
    Q_EMIT combo->activated(combo->findData(real.id));
    QVERIFY(answerUnlock(m_master));
    QTRY_COMPARE(m_console->currentProfile()->id, real.id);
    QCOMPARE(combo->currentData().toLongLong(), real.id);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("environmentBadge"))->text(),
             MainWindow::environmentText(QStringLiteral("test")));
}

void TestProfilesDialog::lockButtonAndAutoLock()
{
    const Profile real = addDirect(QStringLiteral("Real"), m_key);
    QVERIFY(m_window->profileSwitcher()->switchTo(real.id));
    QToolButton *lock = m_window->profileSwitcher()->lockButton();
    QVERIFY(lock->isVisible());
    QCOMPARE(lock->text(), QStringLiteral("Vault: unlocked"));
    QTest::mouseClick(lock, Qt::LeftButton);
    QCOMPARE(m_console->vaultState(), Console::VaultState::Locked);
    QCOMPARE(lock->text(), QStringLiteral("Vault: locked"));
    QVERIFY(!m_console->service()); // the real profile's key is gone from memory
    QCOMPARE(m_console->currentProfile()->id, real.id);
    QTest::mouseClick(lock, Qt::LeftButton);
    QVERIFY(answerUnlock(m_master));
    QTRY_VERIFY(m_console->service());
    QCOMPARE(lock->text(), QStringLiteral("Vault: unlocked"));

    // Auto-lock after one idle minute (the console's clock).
    QSettings().setValue(QStringLiteral("profiles/autoLockMinutes"), 1);
    m_window->profileSwitcher()->checkIdle();
    QCOMPARE(m_console->vaultState(), Console::VaultState::Unlocked);
    m_clock->advanceMs(61000);
    m_window->profileSwitcher()->checkIdle();
    QCOMPARE(m_console->vaultState(), Console::VaultState::Locked);
}

void TestProfilesDialog::changeMasterPassword()
{
    const Profile real = addDirect(QStringLiteral("Real"), m_key);
    QVERIFY(real.id);
    ProfilesDialog *dialog = openDialog();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("masterPasswordButton")),
                      Qt::LeftButton);
    VaultUnlockDialog *change = m_window->profileSwitcher()->unlockDialog();
    QVERIFY(change && change->mode() == VaultUnlockDialog::Mode::Change);
    const QByteArray next = secret("master2-");
    change->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))
        ->setText(QStringLiteral("wrong"));
    change->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"))
        ->setText(QString::fromUtf8(next));
    change->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"))
        ->setText(QString::fromUtf8(next));
    change->submit();
    QVERIFY(change->isVisible());
    QVERIFY(!change->errorText().isEmpty());
    change->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))
        ->setText(QString::fromUtf8(m_master));
    change->submit();
    QTRY_VERIFY(!m_window->profileSwitcher()->unlockDialog());
    // The vault file opens with the new password only.
    QString error;
    VaultSecretStore check(SecretStoreFactory::vaultPath(m_dataDir), [next](auto, const QString &) {
        return std::optional<QByteArray>(next);
    });
    QVERIFY2(check.unlock(&error), qPrintable(error));
    VaultSecretStore old(SecretStoreFactory::vaultPath(m_dataDir), [this](auto, const QString &) {
        return std::optional<QByteArray>(m_master);
    });
    QVERIFY(!old.unlock(&error));
    m_master = next; // for the next tests' vaults nothing changes (each makes its own)
}

void TestProfilesDialog::mismatchBanner()
{
    // The folder keeps its keys in the vault (remembered in the ledger once decided).
    addDirect(QStringLiteral("Real"), m_key);
    QString error;
    QCOMPARE(SecretBackendChoice::remembered(m_console->ledger().database(), &error).value(),
             QStringLiteral("vault"));
    stopConsole();
    // Started with --secret-backend keychain on the same folder: the banner, not a tooltip.
    startConsole(QStringLiteral("keychain"));
    QCOMPARE(m_console->secretProblem(), SecretBackendChoice::Problem::Mismatch);
    QFrame *banner = m_window->profileSwitcher()->banner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->findChild<QLabel *>(QStringLiteral("secretBannerText"))
                ->text()
                .contains(QStringLiteral("encrypted vault file")));
    auto *fix = banner->findChild<QPushButton *>(QStringLiteral("secretBannerFix"));
    QCOMPARE(fix->text(), QStringLiteral("Use the encrypted vault file"));
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(m_console->secretProblem(), SecretBackendChoice::Problem::None);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_console->vaultState(), Console::VaultState::Locked);
}

void TestProfilesDialog::remembersLastProfile()
{
    const Profile real = addDirect(QStringLiteral("Real"), m_key);
    QVERIFY(m_window->profileSwitcher()->switchTo(real.id));
    stopConsole();
    startConsole();
    // It opens on the sandbox until the vault is unlocked, then on the remembered profile.
    QTRY_VERIFY(m_window->profileSwitcher()->unlockDialog());
    QVERIFY(answerUnlock(m_master));
    QTRY_COMPARE(m_console->currentProfile()->id, real.id);
    QComboBox *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->currentData().toLongLong(), real.id);
    // Back on the sandbox, it reopens on the sandbox without asking.
    for (const Profile &p : m_console->profileList()) {
        if (p.isSandbox())
            QVERIFY(m_window->profileSwitcher()->switchTo(p.id));
    }
    stopConsole();
    startConsole();
    QVERIFY(m_console->currentProfile()->isSandbox());
    QTest::qWait(50);
    QVERIFY(!m_window->profileSwitcher()->unlockDialog());
}

void TestProfilesDialog::noSecretLeft()
{
    stopConsole();
    QVERIFY(m_secrets.size() >= 5);
    QList<QByteArray> needles;
    for (const QByteArray &s : std::as_const(m_secrets))
        needles << s << s.toBase64() << s.toHex();
    QStringList searched{m_root.path(), QFileInfo(QSettings().fileName()).absolutePath()};
    QStringList hits;
    int files = 0;
    for (const QString &root : searched) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            ++files;
            for (const QByteArray &n : std::as_const(needles)) {
                if (data.contains(n))
                    hits << path;
            }
        }
    }
    for (const QByteArray &n : std::as_const(needles)) {
        if (g_output.contains(n))
            hits << QStringLiteral("output");
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY(files >= 10); // ledgers, vaults, exports, settings
}

void TestProfilesDialog::editorFitsTheScreen_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

// The editor was about 806 px tall: on a 1366x768 screen its Save/Cancel row fell below the
// taskbar, and the "X numbers" caption sat well above its field. The tabs' forms scroll, the
// buttons stay in view; on a taller screen the whole form shows.
void TestProfilesDialog::editorFitsTheScreen()
{
    QFETCH(QString, lang);
    Language::install(lang);
    ProfilesDialog *dialog = openDialog();
    QVERIFY(dialog);
    QPointer<ProfileEditor> editor = dialog->openAddEditor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY2(editor->sizeHint().height() <= 700,
             qPrintable(QString::number(editor->sizeHint().height())));
    // On this (offscreen) screen as shown.
    const QRect available = editor->screen()->availableGeometry();
    QVERIFY2(editor->height() <= available.height(),
             qPrintable(QStringLiteral("%1 of %2").arg(editor->height()).arg(available.height())));
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("profileEditorTabs"));
    const auto buttonsInView = [&] {
        for (const char *name : {"saveButton", "cancelButton", "testConnectionButton"}) {
            auto *button = editor->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(button && button->isVisible(), name);
            const QRect r(button->mapTo(editor.data(), QPoint(0, 0)), button->size());
            QVERIFY2(editor->rect().contains(r),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 in a %6x%7 editor")
                                    .arg(QString::fromLatin1(name))
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height())
                                    .arg(editor->width())
                                    .arg(editor->height())));
        }
    };
    // Every field of every tab can be reached inside its tab.
    const auto fieldsReachable = [&] {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            auto *scroll = qobject_cast<QScrollArea *>(tabs->widget(i));
            QVERIFY(scroll);
            QVERIFY(!scroll->horizontalScrollBar()->isVisible());
            for (QWidget *field : scroll->widget()->findChildren<QWidget *>()) {
                if (!field->isVisibleTo(scroll->widget()) ||
                    !(qobject_cast<QLineEdit *>(field) || qobject_cast<QAbstractButton *>(field) ||
                      qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QComboBox *>(field)))
                    continue;
                scroll->ensureWidgetVisible(field, 0, 0);
                QCoreApplication::processEvents();
                const QRect r(field->mapTo(scroll->viewport(), QPoint(0, 0)), field->size());
                QVERIFY2(scroll->viewport()->rect().contains(r), qPrintable(field->objectName()));
            }
            scroll->verticalScrollBar()->setValue(0);
        }
        tabs->setCurrentIndex(0);
    };
    buttonsInView();
    fieldsReachable();

    // A 1366x768 desk with a 40 px taskbar.
    const QSize desk = editor->preferredSize(QSize(1366, 728));
    QVERIFY2(desk.height() <= 700, qPrintable(QString::number(desk.height())));
    QVERIFY(desk.width() <= 1366 - 40);
    editor->resize(desk);
    QCoreApplication::processEvents();
    QCOMPARE(editor->size(), desk);
    buttonsInView();
    fieldsReachable();
    // The X pool's caption beside its field, not above it.
    auto *xField = editor->findChild<QPlainTextEdit *>(QStringLiteral("xNumbersEdit"));
    QLabel *xCaption = nullptr;
    for (QLabel *l : editor->findChildren<QLabel *>()) {
        if (l->buddy() == xField)
            xCaption = l;
    }
    QVERIFY(xCaption);
    const int captionTop = xCaption->mapTo(editor.data(), QPoint(0, 0)).y();
    const int fieldTop = xField->mapTo(editor.data(), QPoint(0, 0)).y();
    QVERIFY2(
        qAbs(captionTop - fieldTop) <= xCaption->height(),
        qPrintable(QStringLiteral("caption at %1, field at %2").arg(captionTop).arg(fieldTop)));

    // A 1920x1080 screen: the whole form, no scrolling at all.
    const QSize large = editor->preferredSize(QSize(1920, 1040));
    QVERIFY(large.height() >= desk.height());
    QVERIFY(large.height() <= 1040);
    editor->resize(large);
    QCoreApplication::processEvents();
    buttonsInView();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        auto *scroll = qobject_cast<QScrollArea *>(tabs->widget(i));
        QVERIFY2(scroll->verticalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("tab %1 scrolls by %2 at %3 px")
                                .arg(i)
                                .arg(scroll->verticalScrollBar()->maximum())
                                .arg(large.height())));
    }
    editor->reject();
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"

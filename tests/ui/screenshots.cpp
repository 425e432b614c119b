// Writes PNGs of every tab and form of the real console, in English and in Chinese, against the
// in-process sandbox with a few bindings, transfers, calls and log entries:
//   pnconsole-screenshots --screenshots DIR
// Run offscreen (QT_QPA_PLATFORM=offscreen) by the `screenshots` target.
#include "callbacks/callstore.h"
#include "callbacks/recordings.h"
#include "core/clock.h"
#include "core/language.h"
#include "ledger/bindingsmodel.h"
#include "sandbox/sandboxplatform.h"
#include "session/console.h"
#include "ui/bindingdialog.h"
#include "ui/callsarchiveagent.h"
#include "ui/callsarchivetab.h"
#include "ui/callspanel.h"
#include "ui/consolewindow.h"
#include "ui/helpdialog.h"
#include "ui/profileeditor.h"
#include "ui/profilesdialog.h"
#include "ui/profileswitcher.h"
#include "ui/simulatecalldialog.h"
#include "ui/transferdialog.h"
#include "ui/vaultunlockdialog.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!condition() && t.elapsed() < timeoutMs)
        settle(20);
    return condition();
}

void save(QWidget *w, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// Triggers `action` and saves the dialog it opens (modal ones run their own event loop, so the
// shot is taken from a timer inside it), then closes that dialog.
void shotOfDialog(QWidget *window, const char *action, const QString &dir, const QString &name)
{
    auto *a = window->findChild<QAction *>(QString::fromLatin1(action));
    if (!a) {
        std::fprintf(stderr, "no action %s\n", action);
        return;
    }
    const QWidgetList before = QApplication::topLevelWidgets();
    QTimer::singleShot(400, window, [before, dir, name] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && qobject_cast<QDialog *>(w) && !before.contains(w))
                    dialog = w;
            }
        }
        if (!dialog) {
            std::fprintf(stderr, "no dialog for %s\n", qPrintable(name));
            return;
        }
        save(dialog, dir, name);
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
        else
            dialog->close();
    });
    a->trigger();
    settle(600);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrivacyNumberConsoleScreens"));
    QCoreApplication::setApplicationName(QStringLiteral("pnconsole-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("screenshots"), QStringLiteral("Folder."),
                                       QStringLiteral("dir"));
    parser.addOption(dirOption);
    parser.addHelpOption();
    parser.process(app);
    const QString dir = parser.value(dirOption);
    if (dir.isEmpty()) {
        std::fprintf(stderr, "usage: pnconsole-screenshots --screenshots DIR\n");
        return 2;
    }
    QDir().mkpath(dir);
    QTemporaryDir data;
    pn::Language::install(QStringLiteral("en"));

    pn::ConsoleOptions options;
    options.dataDir = data.path();
    pn::Console console(options);
    QString error;
    if (!console.open(&error)) {
        std::fprintf(stderr, "cannot open the console: %s\n", qPrintable(error));
        return 1;
    }
    // A second, real profile (its key in a fresh vault), for the profiles dialog.
    if (console.vaultState() != pn::Console::VaultState::NotVault)
        console.unlockVault(QByteArrayLiteral("screenshots"), &error);
    pn::Profile acme;
    acme.name = QStringLiteral("Acme production");
    acme.environment = pn::Environment::Production;
    acme.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    acme.devid = QStringLiteral("20231188");
    acme.appids = {QStringLiteral("acme-app"), QStringLiteral("acme-backup")};
    acme.xNumbers = {QStringLiteral("17012345678"), QStringLiteral("17012345679")};
    acme.lowBalanceThreshold = 500;
    if (!console.addProfile(acme, QByteArrayLiteral("screenshot-key"), std::nullopt, &error))
        std::fprintf(stderr, "cannot add the example profile: %s\n", qPrintable(error));
    pn::ConsoleWindow window(console);
    window.resize(1366, 768); // the smallest desk screen the console must fit
    window.show();

    // Some life in the tables: bindings with different TTLs, one released, one failing,
    // a transfer, a simulated call.
    const pn::Profile profile = *console.currentProfile();
    int outstanding = 0;
    const QStringList as = {QStringLiteral("13800138000"), QStringLiteral("13912345678"),
                            QStringLiteral("15011112222"), QStringLiteral("18655556666"),
                            QStringLiteral("13300001111")};
    const QList<qint64> ttls = {240, 1800, 3600, 86400, 600};
    QList<qint64> ids;
    for (int i = 0; i < as.size(); ++i) {
        pn::BindingRequest r;
        r.appid = profile.effectiveDefaultAppid();
        r.x = profile.xNumbers.at(i % profile.xNumbers.size());
        r.anum = as.at(i);
        r.bnum = QStringLiteral("1770000%1").arg(1000 + i);
        r.ttl = ttls.at(i);
        r.userData = i == 1 ? QStringLiteral("order-4711") : QString();
        r.record = i == 1 ? 1 : 0; // the simulated call below has a recording
        ++outstanding;
        const auto id = console.service()->createBinding(
            r, [&outstanding](const pn::ServiceOutcome &) { --outstanding; }, &error);
        if (id)
            ids << *id;
    }
    pn::TransferRequest t;
    t.appid = profile.effectiveDefaultAppid();
    t.x = profile.xNumbers.last();
    t.anum = QStringLiteral("13700137000");
    ++outstanding;
    console.service()->createTransfer(
        t, [&outstanding](const pn::ServiceOutcome &) { --outstanding; }, &error);
    waitFor([&] { return outstanding == 0; });
    if (!ids.isEmpty()) {
        ++outstanding;
        console.service()->releaseBinding(
            ids.last(), [&outstanding](const pn::ServiceOutcome &) { --outstanding; }, &error);
    }
    waitFor([&] { return outstanding == 0; });
    {
        // The recordings archive on, so the Calls tab's player has the simulated call's file.
        pn::RecordingPolicy keep;
        keep.enabled = true;
        window.archiveAgent()->archive()->setPolicy(profile.id, keep, &error);
    }
    if (ids.size() > 1) {
        const auto b = console.ledger().bindings().bindingById(ids.at(1));
        if (b)
            console.simulateCall(b->subid, &error);
    }
    {
        // A week of call records (both appids, every X), so the Statistics tab has figures.
        pn::CallStore store(console.ledger());
        if (store.open(&error)) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (int i = 0; i < 600; ++i) {
                pn::CdrRecord c;
                c.devid = profile.devid;
                c.appid = profile.appids.value(i % 3 == 0 ? 1 : 0, profile.effectiveDefaultAppid());
                c.taskid = QStringLiteral("shot-%1").arg(i);
                c.subid = QStringLiteral("shot-sub-%1").arg(i % 40);
                c.caller = QStringLiteral("13800138000");
                c.rcaller = profile.xNumbers.at(i % profile.xNumbers.size());
                c.callee = QStringLiteral("13900139000");
                c.result = i % 5 == 0   ? QStringLiteral("17")
                           : i % 7 == 0 ? QStringLiteral("31")
                                        : QStringLiteral("answered");
                // Busier in working hours: more calls between 9 and 18 local time.
                const qint64 day = now - (i % 7) * 86400;
                c.beginTime = day - ((i * 7919) % (i % 3 == 0 ? 86400 : 32400));
                c.duration = c.result == QLatin1StringView("answered") ? 20 + (i * 37) % 400 : 0;
                c.receivedAtMs = now * 1000;
                c.profileId = profile.id;
                store.storeCdr(c, &error);
            }
        }
    }
    window.bindingsModel()->refresh();
    settle(800);

    struct Tab
    {
        int index;
        const char *name;
    };
    const Tab tabs[] = {{0, "bindings"},   {1, "transfers"},  {2, "calls"}, {3, "inbox"},
                        {4, "requestlog"}, {5, "statistics"}, {6, "audit"}};
    auto *tabWidget = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        window.setLanguage(lang);
        settle(300);
        for (const Tab &tab : tabs) {
            tabWidget->setCurrentIndex(tab.index);
            if (tab.index == 2) {
                auto *calls = window.callsPanel()->view();
                if (calls->model()->rowCount() > 0)
                    calls->setCurrentIndex(calls->model()->index(0, 0));
            }
            if (tab.index == 5)
                window.statisticsTab()->refresh();
            if (tab.index == 4) {
                auto *view = tabWidget->widget(4)->findChild<QTreeView *>();
                if (view && view->model() && view->model()->rowCount() > 0)
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
            settle(200);
            save(&window, dir, QStringLiteral("%1-%2").arg(lang, QString::fromLatin1(tab.name)));
            if (tab.index == 5) {
                // Every page of the Statistics tab, at the desk size and on a larger screen.
                auto *pages = window.statisticsTab()->findChild<QTabWidget *>(
                    QStringLiteral("statisticsPages"));
                for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
                    window.resize(size);
                    settle(200);
                    window.statisticsTab()->refresh();
                    for (int page = 0; pages && page < pages->count(); ++page) {
                        pages->setCurrentIndex(page);
                        settle(200);
                        save(&window, dir,
                             QStringLiteral("%1-statistics-%2-%3")
                                 .arg(lang)
                                 .arg(page)
                                 .arg(size.width()));
                    }
                }
                if (pages)
                    pages->setCurrentIndex(0);
                window.resize(1366, 768);
                settle(200);
            }
        }
        tabWidget->setCurrentIndex(0);
        pn::BindingDialog *dialog = window.openBindingDialog();
        if (dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("aEdit"))
                ->setText(QStringLiteral("13800138000"));
            dialog->findChild<QLineEdit *>(QStringLiteral("bEdit"))
                ->setText(QStringLiteral("1390013abc"));
            settle(200);
            save(dialog, dir, QStringLiteral("%1-newbinding").arg(lang));
            dialog->reject();
        }
        pn::TransferDialog *transfer = window.openTransferDialog();
        if (transfer) {
            settle(200);
            save(transfer, dir, QStringLiteral("%1-newtransfer").arg(lang));
            transfer->reject();
        }
        // Help (F1), Simulate call…, View → Sandbox faults, and Qt's own buttons.
        window.showGuide();
        settle(200);
        if (auto *guide = window.findChild<pn::HelpDialog *>(QStringLiteral("helpDialog"))) {
            save(guide, dir, QStringLiteral("%1-guide").arg(lang));
            guide->hide();
        }
        if (ids.size() > 1) {
            if (const auto b = console.ledger().bindings().bindingById(ids.at(1))) {
                auto *simulate = pn::SimulateCallDialog::forBinding(b->subid, b->request.anum,
                                                                    b->request.bnum, &window);
                simulate->show();
                settle(200);
                save(simulate, dir, QStringLiteral("%1-simulatecall").arg(lang));
                delete simulate;
            }
        }
        if (QAction *faults = window.findChild<QAction *>(QStringLiteral("actionSandboxFaults"))) {
            faults->trigger();
            settle(300);
            save(&window, dir, QStringLiteral("%1-sandboxfaults").arg(lang));
            faults->trigger();
        }
        {
            QMessageBox box(QMessageBox::Question, pn::ConsoleWindow::tr("Release bindings"),
                            QStringLiteral("…"), QMessageBox::Ok | QMessageBox::Cancel, &window);
            box.show();
            settle(200);
            save(&box, dir, QStringLiteral("%1-messagebox").arg(lang));
        }
        // The dialogs of the File and Tools menus and the vault's unlock dialog.
        shotOfDialog(&window, "actionBulkBind", dir, QStringLiteral("%1-bulk").arg(lang));
        shotOfDialog(&window, "actionRetention", dir, QStringLiteral("%1-retention").arg(lang));
        shotOfDialog(&window, "actionOpenLedger", dir, QStringLiteral("%1-openledger").arg(lang));
        {
            pn::VaultUnlockDialog unlock(
                pn::VaultUnlockDialog::Mode::Unlock, console.vaultPath(),
                [](const QByteArray &, const QByteArray &, QString *, bool *) { return false; },
                &window);
            unlock.show();
            settle(200);
            save(&unlock, dir, QStringLiteral("%1-vaultunlock").arg(lang));
        }
        // The profiles dialog with two profiles, and the editor with an inline error.
        if (pn::ProfilesDialog *profiles = window.profileSwitcher()->openProfilesDialog()) {
            settle(200);
            save(profiles, dir, QStringLiteral("%1-profiles").arg(lang));
            if (pn::ProfileEditor *editor = profiles->openAddEditor()) {
                editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                    ->setText(QStringLiteral("Acme test"));
                editor->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
                    ->setText(QStringLiteral("http://test.example.com"));
                editor->findChild<QLineEdit *>(QStringLiteral("devidEdit"))
                    ->setText(QStringLiteral("20231189"));
                editor->findChild<QLineEdit *>(QStringLiteral("appidsEdit"))
                    ->setText(QStringLiteral("acme-test"));
                editor->findChild<QLineEdit *>(QStringLiteral("authKeyEdit"))
                    ->setText(QStringLiteral("not-a-real-key"));
                settle(200);
                save(editor, dir, QStringLiteral("%1-profile-edit").arg(lang));
                editor->reject();
            }
            profiles->reject();
        }
        settle(100);
    }
    return 0;
}

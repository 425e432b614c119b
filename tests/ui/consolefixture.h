// The fixture of the console window's widget tests: a real Console (ledger in a temporary
// folder, in-process sandbox, callback receiver) on a ManualClock, the real ConsoleWindow shown
// offscreen, and model testers on its models.
#pragma once

#include "core/clock.h"
#include "core/keytimesigner.h"
#include "core/language.h"
#include "ledger/bindingsfiltermodel.h"
#include "ledger/bindingsmodel.h"
#include "ledger/requestlogmodel.h"
#include "ledger/transfersmodel.h"
#include "sandbox/sandboxplatform.h"
#include "session/console.h"
#include "ui/accountpanel.h"
#include "ui/bindingdialog.h"
#include "ui/bindingstab.h"
#include "ui/callspanel.h"
#include "ui/calltimelinewidget.h"
#include "ui/confirm.h"
#include "ui/consolewindow.h"
#include "ui/maskingproxymodel.h"
#include "ui/requestlogtab.h"
#include "ui/transferdialog.h"
#include "ui/transferstab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pn;

namespace pn::test {

inline QString text(const QModelIndex &index)
{
    return index.data().toString();
}

// What the view shows in a column, every row (QIdentityProxyModel::match would search the
// source's unmasked data).
inline QStringList column(const QAbstractItemModel *model, int col)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data().toString();
    return out;
}

inline int platformCallsLogged(const RequestLogModel *log)
{
    int n = 0;
    for (int i = 0; i < log->rowCount(); ++i)
        n += log->entry(i).path.contains(QStringLiteral("interline")) ? 1 : 0;
    return n;
}

class ConsoleFixture
{
protected:
    void setUpApplication();
    void setUpConsole();
    void tearDownConsole();
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    BindingDialog *createThroughForm(const QString &a, const QString &b, int xIndex = 0);
    qint64 createDirect(const QString &a, const QString &b, int xIndex);

    std::unique_ptr<QTemporaryDir> m_dir;
    // A team server ledger instead of the data folder's SQLite file (setUpConsole), with the
    // password typed for the run.
    QString m_ledgerAddress;
    QByteArray m_ledgerPassword;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<ConsoleWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_testers[3];
};

inline void ConsoleFixture::setUpApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PnConsoleTests"));
    QSettings().clear();
    Language::install(QStringLiteral("en"));
}

inline void ConsoleFixture::setUpConsole()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    ConsoleOptions options;
    options.clock = m_clock.get();
    options.dataDir = m_dir->path();
    options.ledger = m_ledgerAddress;
    options.ledgerPassword = m_ledgerPassword;
    options.secretBackend = QStringLiteral("vault");
    options.vaultPassword = [](VaultSecretStore::PasswordPurpose, const QString &) {
        return std::optional<QByteArray>(QByteArrayLiteral("test master password"));
    };
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->open(&error), qPrintable(error));
    m_window = std::make_unique<ConsoleWindow>(*m_console);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers[0] = std::make_unique<QAbstractItemModelTester>(m_window->bindingsTab()->masking(),
                                                              Mode::QtTest);
    m_testers[1] =
        std::make_unique<QAbstractItemModelTester>(m_window->bindingsFilter(), Mode::QtTest);
    m_testers[2] =
        std::make_unique<QAbstractItemModelTester>(m_window->requestLogModel(), Mode::QtTest);
}

inline void ConsoleFixture::tearDownConsole()
{
    Confirm::clearNextAnswer();
    for (auto &t : m_testers)
        t.reset();
    m_window.reset();
    m_console.reset();
    m_clock.reset();
    m_dir.reset();
}

inline BindingDialog *ConsoleFixture::createThroughForm(const QString &a, const QString &b,
                                                        int xIndex)
{
    action("actionNewBinding")->trigger();
    auto *dialog = m_window->findChild<BindingDialog *>(QStringLiteral("bindingDialog"));
    if (!dialog)
        return nullptr;
    dialog->findChild<QComboBox *>(QStringLiteral("xCombo"))->setCurrentIndex(xIndex);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("aEdit")), a);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("bEdit")), b);
    return dialog;
}

inline qint64 ConsoleFixture::createDirect(const QString &a, const QString &b, int xIndex)
{
    const Profile p = *m_console->currentProfile();
    BindingRequest r;
    r.appid = p.effectiveDefaultAppid();
    r.x = p.xNumbers.at(xIndex);
    r.anum = a;
    r.bnum = b;
    r.ttl = 3600;
    bool done = false;
    bool ok = false;
    QString error;
    const auto id = m_console->service()->createBinding(
        r,
        [&](const ServiceOutcome &o) {
            done = true;
            ok = o.ok();
        },
        &error);
    if (!id)
        return 0;
    if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
        return 0;
    m_window->bindingsModel()->refresh();
    return *id;
}

} // namespace pn::test

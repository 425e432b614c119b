// The "keychain unreachable" banner, with real parts: a private dbus-daemon (a real session bus
// with no Secret Service on it), then a real gnome-keyring-daemon started on that bus. A data
// folder that keeps its keys in the OS keychain shows the problem as a banner (not a tooltip)
// with the fix as a button; the button does nothing harmful while the keychain is still away,
// and once the keychain runs, one click removes the banner and the keys go to the keychain.
#include "profiles/credentials.h"
#include "profiles/secretbackendchoice.h"
#include "sandbox/sandboxplatform.h"
#include "session/console.h"
#include "ui/consolewindow.h"
#include "ui/profileeditor.h"
#include "ui/profilesdialog.h"
#include "ui/profileswitcher.h"

#include "core/language.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

class TestKeychainBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unreachableKeychainIsAskedOncePerAttempt();
    void unreachableKeychainBannerAndFix();

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QProcess m_monitor;
    QByteArray m_monitored;
    int m_barriers = 0;
    QByteArray m_address;

    // Keychain probes seen on the bus so far (KeychainSecretStore::isReachable asks
    // NameHasOwner("org.freedesktop.secrets") first), after a probe of our own that the
    // monitor must have seen: everything this process sent before it is counted.
    int probesSoFar(int waitMs = 10000);
};

void TestKeychainBanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PnKeychainBannerTests"));
    QSettings().clear();
    Language::install(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    // A session bus of our own that knows no services at all (nothing to activate), so the
    // keychain is unreachable at once and for certain, whatever the machine has installed.
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                    "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                    "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                    "<auth>EXTERNAL</auth>"
                    "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                    "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                    .arg(m_dir.path())
                    .toUtf8());
    }
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + config, QStringLiteral("--print-address"),
                 QStringLiteral("--nofork")});
    QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon is not installed");
    QVERIFY(m_bus.waitForReadyRead(10000));
    m_address = m_bus.readLine().trimmed();
    QVERIFY2(!m_address.isEmpty(), m_bus.readAllStandardError().constData());
    // Before anything in this process touches D-Bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
}

void TestKeychainBanner::cleanupTestCase()
{
    for (QProcess *p : {&m_monitor, &m_keyring, &m_bus}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }
}

int TestKeychainBanner::probesSoFar(int waitMs)
{
    // A barrier of our own that the monitor shows after every probe the bus received before
    // it (one bus orders the messages it forwards): the probes are counted up to the barrier,
    // never while a line of the monitor is still on its way.
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus)
        return -1;
    const QByteArray tag = "pn.test.barrier" + QByteArray::number(++m_barriers);
    const QByteArray quoted = '"' + tag + '"';
    QElapsedTimer t;
    t.start();
    bus->isServiceRegistered(QString::fromLatin1(tag));
    while (!m_monitored.contains(quoted) && t.elapsed() < waitMs) {
        m_monitor.waitForReadyRead(100);
        m_monitored += m_monitor.readAllStandardOutput();
    }
    const qsizetype at = m_monitored.indexOf(quoted);
    if (at < 0)
        return -1;
    return int(m_monitored.left(at).count("string \"org.freedesktop.secrets\""));
}

// A stuck or absent keychain cost a D-Bus round (up to 2 s on a daemon that does not start)
// on every vaultState() call, many per repaint of the window: the console decides once per
// attempt, keeps the answer, and asks again only when the banner's button is pressed.
void TestKeychainBanner::unreachableKeychainIsAskedOncePerAttempt()
{
    m_monitor.start(QStringLiteral("dbus-monitor"),
                    {QStringLiteral("--address"), QString::fromLatin1(m_address),
                     QStringLiteral("type='method_call',interface='org.freedesktop.DBus',"
                                    "member='NameHasOwner',arg0='org.freedesktop.secrets'"),
                     QStringLiteral("type='method_call',interface='org.freedesktop.DBus',"
                                    "member='NameHasOwner',arg0namespace='pn.test'")});
    QVERIFY2(m_monitor.waitForStarted(10000), "dbus-monitor is not installed");
    // The monitor is listening once it has shown a barrier of ours.
    QElapsedTimer t;
    t.start();
    int start = -1;
    while (start < 0 && t.elapsed() < 20000)
        start = probesSoFar(500);
    QVERIFY2(start == 0, m_monitor.readAllStandardError().constData());

    const QString dataDir = m_dir.filePath(QStringLiteral("asked-once"));
    QVERIFY(QDir().mkpath(dataDir));
    ConsoleOptions options;
    options.dataDir = dataDir;
    options.secretBackend = QStringLiteral("keychain");
    auto console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(console->open(&error), qPrintable(error));
    auto window = std::make_unique<ConsoleWindow>(*console);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QFrame *banner = window->profileSwitcher()->banner();
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(console->secretProblem(), SecretBackendChoice::Problem::Unreachable);
    const int opened = probesSoFar();
    QVERIFY2(opened >= 1, qPrintable(QString::number(opened)));

    // Everything that asks for the store while it is away: no new probe.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(console->vaultState(), Console::VaultState::NotVault);
    for (int i = 0; i < 5; ++i) {
        error.clear();
        QVERIFY(!console->secretStore(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
    }
    Profile p;
    p.name = QStringLiteral("Asked once");
    p.environment = Environment::Test;
    p.baseUrl = console->sandbox()->baseUrl();
    p.allowPlainHttp = true;
    p.devid = QStringLiteral("30000002");
    p.appids = {QStringLiteral("app")};
    p.xNumbers = {QStringLiteral("17100000002")};
    QVERIFY(!console->addProfile(p, QByteArrayLiteral("k-asked-once"), std::nullopt, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
    ProfilesDialog *dialog = window->profileSwitcher()->openProfilesDialog();
    QVERIFY(dialog);
    QTest::qWait(300); // timers, repaints
    QCOMPARE(probesSoFar(), opened);

    // The banner's button is the explicit retry: it asks again (once), and the answer is kept.
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("secretBannerFix")),
                      Qt::LeftButton);
    const int retried = probesSoFar();
    QVERIFY2(retried > opened, qPrintable(QStringLiteral("%1 → %2").arg(opened).arg(retried)));
    QVERIFY(banner->isVisible());
    for (int i = 0; i < 20; ++i)
        console->vaultState();
    QCOMPARE(probesSoFar(), retried);
    window.reset();
    console.reset();
}

void TestKeychainBanner::unreachableKeychainBannerAndFix()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(dataDir));
    ConsoleOptions options;
    options.dataDir = dataDir;
    options.secretBackend = QStringLiteral("keychain"); // the folder decides: OS keychain
    auto console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(console->open(&error), qPrintable(error));
    auto window = std::make_unique<ConsoleWindow>(*console);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(SecretBackendChoice::remembered(console->ledger().database(), &error).value(),
             QStringLiteral("keychain"));

    // Unreachable: a banner with the words and the fix as a button.
    QCOMPARE(console->secretProblem(), SecretBackendChoice::Problem::Unreachable);
    QFrame *banner = window->profileSwitcher()->banner();
    QTRY_VERIFY(banner->isVisible());
    const QString text = banner->findChild<QLabel *>(QStringLiteral("secretBannerText"))->text();
    QVERIFY2(text.contains(QStringLiteral("cannot be reached")) &&
                 text.contains(QStringLiteral("Unlock or start the keychain")),
             qPrintable(text));
    auto *fix = banner->findChild<QPushButton *>(QStringLiteral("secretBannerFix"));
    QCOMPARE(fix->text(), QStringLiteral("Try the keychain again"));
    QVERIFY(!fix->toolTip().isEmpty());
    // The profiles dialog says the same, and adding a profile is refused in words.
    ProfilesDialog *dialog = window->profileSwitcher()->openProfilesDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("profilesSecrets"))
                 ->text()
                 .contains(QStringLiteral("cannot be reached")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("profilesSecrets"))->text()));
    Profile p;
    p.name = QStringLiteral("Acme");
    p.environment = Environment::Test;
    p.baseUrl = console->sandbox()->baseUrl();
    p.allowPlainHttp = true;
    p.devid = QStringLiteral("30000001");
    p.appids = {QStringLiteral("app")};
    p.xNumbers = {QStringLiteral("17100000001")};
    QVERIFY(!console->addProfile(p, QByteArrayLiteral("k-banner-1"), std::nullopt, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
    QVERIFY(!console->profiles().byName(QStringLiteral("Acme")));

    // The fix while the keychain is still away: the banner stays, the status bar says why.
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QCOMPARE(console->secretProblem(), SecretBackendChoice::Problem::Unreachable);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("cannot be reached")),
             qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(console->service()); // the sandbox goes on meanwhile

    // Start the keychain (a real gnome-keyring-daemon on this bus), then one click.
    const QString home = m_dir.filePath(QStringLiteral("home"));
    for (const char *sub : {"", "/data", "/config", "/cache", "/run"})
        QVERIFY(QDir().mkpath(home + QLatin1StringView(sub)));
    QFile::setPermissions(home + QStringLiteral("/run"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(m_address));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    m_keyring.setProcessEnvironment(env);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    QVERIFY2(m_keyring.waitForStarted(10000), "gnome-keyring-daemon is not installed");
    m_keyring.write("keyring-test-password");
    m_keyring.closeWriteChannel();
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    QVERIFY(bus);
    QTRY_VERIFY2_WITH_TIMEOUT(
        bus->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value(),
        m_keyring.readAllStandardError().constData(), 15000);
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(console->secretProblem(), SecretBackendChoice::Problem::None);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("profilesSecrets"))
                ->text()
                .contains(QStringLiteral("keychain")));
    // Now the key goes to the keychain and comes back from it.
    const QByteArray key = QByteArrayLiteral("k-banner-2");
    const auto added = console->addProfile(p, key, std::nullopt, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->secretBackend, QStringLiteral("keychain"));
    SecretStore *secrets = console->secretStore(&error);
    QVERIFY2(secrets, qPrintable(error));
    const auto credentials = Credentials::load(console->profiles(), *secrets, added->id, &error);
    QVERIFY2(credentials, qPrintable(error));
    QCOMPARE(credentials->authKey, key);
    QVERIFY(console->removeProfile(added->id, ProfileStore::RemoveMode::RefuseIfActive, &error));
    window.reset();
    console.reset();
}

QTEST_MAIN(TestKeychainBanner)
#include "tst_keychainbanner.moc"

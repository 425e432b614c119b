// `pnctl profile add` and `profile remove` are atomic: the real pnctl is killed with SIGKILL at
// random moments over a measured run, again and again on one data folder. After every kill the
// ledger and the vault must agree: every profile row has its key (the right one), and once the
// next pnctl run has swept, no secret is left that no row names, no pending note is left, and
// a profile the kill stopped can be added again (never "already exists" without a key).

#include "core/clock.h"
#include "ledger/ledger.h"
#include "profiles/credentials.h"
#include "profiles/profilestore.h"
#include "secrets/vaultsecretstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <limits>
#include <unistd.h>

using namespace pn;

namespace {

const QByteArray kPassword = QByteArrayLiteral("a master password");

QByteArray keyOf(const QString &name)
{
    return QByteArrayLiteral("key of ") + name.toUtf8();
}

} // namespace

class TestProfileAddKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pnctl;
    QString m_passwordFile;
    QString m_data;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    void prepare(QProcess &p)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("PN_SECRET_BACKEND"), QStringLiteral("vault"));
        env.insert(QStringLiteral("PN_VAULT_PASSWORD_FILE"), m_passwordFile);
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] { ::setsid(); }); // no terminal: never a prompt
    }

    QStringList addArgs(const QString &name)
    {
        return {QStringLiteral("--data-dir"),
                m_data,
                QStringLiteral("profile"),
                QStringLiteral("add"),
                name,
                QStringLiteral("--url"),
                QStringLiteral("https://api.example.com"),
                QStringLiteral("--devid"),
                QStringLiteral("10000001"),
                QStringLiteral("--appid"),
                QStringLiteral("app1"),
                QStringLiteral("--key-file"),
                file(name + QStringLiteral(".key"), keyOf(name) + '\n')};
    }

    QStringList removeArgs(const QString &name)
    {
        return {QStringLiteral("--data-dir"), m_data, QStringLiteral("profile"),
                QStringLiteral("remove"), name};
    }

    // Runs pnctl to its end; returns its exit code (-1 if it did not end normally).
    int run(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        prepare(p);
        p.start(m_pnctl, args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            return -1;
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Starts pnctl and kills it with SIGKILL after `killAfterMs` (unless it ended before).
    // Returns true when the kill happened while it ran.
    bool runAndKill(const QStringList &args, int killAfterMs)
    {
        QProcess p;
        prepare(p);
        p.start(m_pnctl, args);
        p.closeWriteChannel();
        if (!p.waitForStarted(10'000))
            return false;
        const bool ended = p.waitForFinished(killAfterMs);
        if (!ended)
            ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(10'000);
        return !ended;
    }

    struct State
    {
        QHash<QString, QString> refByName; // profile rows
        QSet<QString> secretNames;         // vault entries
        int notes = 0;                     // pending notes in the ledger
    };

    // Reads the ledger and the vault as they are now, and checks what must hold at any moment:
    // every row's key is in the vault and is the key that was given for it.
    bool readAndCheck(State *state)
    {
        Ledger ledger(Ledger::pathInDataDir(m_data), SystemClock::instance());
        QString error;
        if (!ledger.open(&error)) {
            qWarning("ledger: %s", qPrintable(error));
            return false;
        }
        ProfileStore profiles(ledger.database(), SystemClock::instance());
        VaultSecretStore vault(
            QDir(m_data).filePath(VaultSecretStore::fileName()),
            [](auto, const QString &) { return std::optional<QByteArray>(kPassword); });
        const auto names = vault.names(&error);
        if (!names) {
            qWarning("vault: %s", qPrintable(error));
            return false;
        }
        state->secretNames = QSet<QString>(names->cbegin(), names->cend());
        state->notes = Credentials::pendingSecretNotes(profiles);
        state->refByName.clear();
        for (const Profile &p : profiles.list()) {
            state->refByName.insert(p.name, p.secretRef);
            QByteArray key;
            if (vault.read(p.authKeySecretName(), &key, &error) != SecretStore::Status::Ok) {
                qWarning("profile %s has a row but no key", qPrintable(p.name));
                return false;
            }
            if (key != keyOf(p.name)) {
                qWarning("profile %s has another key", qPrintable(p.name));
                return false;
            }
        }
        return true;
    }

    // After a sweep: nothing but the rows' secrets, and no note.
    bool checkClean(const State &s)
    {
        QSet<QString> expected;
        for (const QString &ref : s.refByName)
            expected.insert(QStringLiteral("profile/%1/authkey").arg(ref));
        if (s.secretNames != expected) {
            qWarning(
                "vault holds %s, rows name %s",
                qPrintable(QStringList(s.secretNames.cbegin(), s.secretNames.cend()).join(u' ')),
                qPrintable(QStringList(expected.cbegin(), expected.cend()).join(u' ')));
            return false;
        }
        if (s.notes != 0) {
            qWarning("%d pending notes left", s.notes);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pnctl = qEnvironmentVariable("PN_BINARY_DIR") + QStringLiteral("/pnctl");
        QVERIFY2(QFile::exists(m_pnctl), qPrintable(m_pnctl));
        m_passwordFile = file(QStringLiteral("pw"), kPassword + '\n');
        m_data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_data));
        // A vault with cheap scrypt parameters (pnctl keeps a vault's own), so that a run is
        // dominated by what is measured, not by key derivation.
        VaultSecretStore vault(
            QDir(m_data).filePath(VaultSecretStore::fileName()),
            [](auto, const QString &) { return std::optional<QByteArray>(kPassword); },
            vault::KdfParams::scrypt(1 << 10));
        QString error;
        QVERIFY2(vault.write(QStringLiteral("test/marker"), "x", &error), qPrintable(error));
        QVERIFY2(vault.remove(QStringLiteral("test/marker"), &error), qPrintable(error));
    }

    void killedAddsAndRemovesLeaveNoHalfProfile()
    {
        // Calibrate: how long one add and one remove take here, from start to exit (the
        // shortest of three, after a first run that creates the ledger).
        QString err;
        QCOMPARE(run(addArgs(QStringLiteral("warm-up")), &err), 0);
        QCOMPARE(run(removeArgs(QStringLiteral("warm-up")), &err), 0);
        qint64 addMs = std::numeric_limits<qint64>::max();
        qint64 removeMs = addMs;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            QCOMPARE(run(addArgs(QStringLiteral("calibration")), &err), 0);
            addMs = qMin(addMs, t.restart());
            QCOMPARE(run(removeArgs(QStringLiteral("calibration")), &err), 0);
            removeMs = qMin(removeMs, t.elapsed());
        }
        qInfo("one add takes %lld ms, one remove %lld ms", addMs, removeMs);

        auto *rng = QRandomGenerator::global();
        int killedWhileRunning = 0;
        int leftComplete = 0;
        int leftAbsent = 0;
        int notesSeen = 0;
        int removeKills = 0;
        int removedAnyway = 0;
        const int rounds = 40;
        for (int i = 0; i < rounds; ++i) {
            const QString name = QStringLiteral("P%1").arg(i);
            // Kill moments spread over the whole (shortest) run and a little past it, so some
            // land after the commit (the commit is near the end of a run; with 0..addMs every
            // kill of a CI run once came before it).
            const int killAfter = int(rng->bounded(qMax<qint64>(addMs * 12 / 10, 20)));
            killedWhileRunning += runAndKill(addArgs(name), killAfter) ? 1 : 0;
            State s;
            QVERIFY2(readAndCheck(&s), qPrintable(QStringLiteral("after the kill of add %1 at "
                                                                 "%2 ms")
                                                      .arg(name)
                                                      .arg(killAfter)));
            notesSeen += s.notes > 0 ? 1 : 0;
            const bool complete = s.refByName.contains(name);
            (complete ? leftComplete : leftAbsent) += 1;

            // The next pnctl run sweeps what the kill left.
            QCOMPARE(run({QStringLiteral("--data-dir"), m_data, QStringLiteral("profile"),
                          QStringLiteral("list")},
                         &err),
                     0);
            QVERIFY(readAndCheck(&s));
            QVERIFY2(checkClean(s), qPrintable(name));

            // A stopped add can be made again; a finished one is refused as a duplicate.
            const int again = run(addArgs(name), &err);
            QCOMPARE(again, complete ? 2 : 0);
            QVERIFY(readAndCheck(&s));
            QVERIFY(checkClean(s));

            if (i % 2 == 1) {
                // And a remove killed at a random moment: the row and its key go together.
                const int removeAfter = int(rng->bounded(qMax<qint64>(removeMs * 12 / 10, 20)));
                removeKills += runAndKill(removeArgs(name), removeAfter) ? 1 : 0;
                QVERIFY2(readAndCheck(&s), qPrintable(QStringLiteral("after the kill of remove "
                                                                     "%1 at %2 ms")
                                                          .arg(name)
                                                          .arg(removeAfter)));
                removedAnyway += s.refByName.contains(name) ? 0 : 1;
                QCOMPARE(run({QStringLiteral("--data-dir"), m_data, QStringLiteral("profile"),
                              QStringLiteral("list")},
                             &err),
                         0);
                QVERIFY(readAndCheck(&s));
                QVERIFY2(checkClean(s), qPrintable(name));
            }
        }
        qInfo("%d adds killed while running (%d left the whole profile, %d none, %d with a "
              "pending note), %d removes killed while running (%d had removed the row)",
              killedWhileRunning, leftComplete, leftAbsent, notesSeen, removeKills, removedAnyway);
        // The kills must have hit both sides of the commit, or the test proved nothing.
        QVERIFY(leftComplete > 0);
        QVERIFY(leftAbsent > 0);
        QVERIFY(killedWhileRunning >= rounds / 4);
    }

    void consoleImportKilledWhileAskingForAKey_data()
    {
        QTest::addColumn<int>("killedAt"); // which profile's key prompt the kill hits
        QTest::newRow("first key") << 1;
        QTest::newRow("second key") << 2;
    }
    void consoleImportKilledWhileAskingForAKey()
    {
        QFETCH(int, killedAt);
        const QString name = QStringLiteral("Imported %1 ").arg(killedAt);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--import-and-die"), m_data, name, QString::number(killedAt)});
        QVERIFY(child.waitForFinished(60'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed where it should be

        // Before any sweep: every row already has its key, and the profile whose key was
        // being asked for has no row at all (the import asks first, then adds atomically).
        State s;
        QVERIFY(readAndCheck(&s));
        QCOMPARE(s.refByName.contains(name + u'1'), killedAt > 1);
        QVERIFY(!s.refByName.contains(name + u'2'));
        QVERIFY(checkClean(s)); // not even a pending note: nothing was being written

        // The next pnctl run finds nothing to finish; the stopped name can be added again.
        QString err;
        QCOMPARE(run({QStringLiteral("--data-dir"), m_data, QStringLiteral("profile"),
                      QStringLiteral("list")},
                     &err),
                 0);
        QVERIFY(readAndCheck(&s));
        QVERIFY(checkClean(s));
        QCOMPARE(run(addArgs(name + u'2'), &err), 0);
        QCOMPARE(run(addArgs(name + u'1'), &err), killedAt > 1 ? 2 : 0);
    }
};

// The console's import (Credentials::importProfiles with a prompt, as ProfilesDialog does) of
// an export of two profiles, in a child process that dies by SIGKILL inside the prompt for the
// key of profile `killedAt` (1 or 2).
int importAndDie(const QString &data, const QString &name, int killedAt)
{
    Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
    QString error;
    if (!ledger.open(&error))
        return 3;
    ProfileStore profiles(ledger.database(), SystemClock::instance());
    VaultSecretStore vault(
        QDir(data).filePath(VaultSecretStore::fileName()),
        [](auto, const QString &) { return std::optional<QByteArray>(kPassword); });
    QList<Profile> exported;
    for (int i = 1; i <= 2; ++i) {
        Profile p;
        p.name = name + QString::number(i);
        p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        p.devid = QStringLiteral("10000001");
        p.appids = {QStringLiteral("app1")};
        exported << p;
    }
    int asked = 0;
    Credentials::importProfiles(
        profiles, vault, profiles.exportJson(exported),
        [&](const Profile &p, bool, QString *) -> std::optional<QByteArray> {
            if (++asked == killedAt)
                ::raise(SIGKILL);
            return keyOf(p.name);
        },
        &error);
    return 4; // not reached
}

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--import-and-die") == 0) {
        QCoreApplication app(argc, argv);
        return importAndDie(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                            QByteArray(argv[4]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestProfileAddKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profileaddkill.moc"

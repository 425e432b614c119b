#include "secrets/vaultformat.h"
#include "secrets/vaultsecretstore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <cstring>

#include <sys/stat.h>

using namespace pn;

namespace {

// Cheap parameters for most tests; testDefaultParameters checks the real ones.
const vault::KdfParams Fast = vault::KdfParams::scrypt(1 << 10, 8, 1);

VaultSecretStore::PasswordProvider fixedPassword(const QByteArray &password, int *asked = nullptr)
{
    return [password, asked](VaultSecretStore::PasswordPurpose, const QString &) {
        if (asked)
            ++*asked;
        return std::optional<QByteArray>(password);
    };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

// Writes `count` entries "<prefix>-<i>" through its own store; used by the process test.
int runWriter(const QString &path, const QString &prefix, int count)
{
    VaultSecretStore store(path, fixedPassword("correct horse"), Fast);
    for (int i = 0; i < count; ++i) {
        QString error;
        if (!store.write(QStringLiteral("%1-%2").arg(prefix).arg(i),
                         QStringLiteral("value %1 %2").arg(prefix).arg(i).toUtf8(), &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void roundTrip();
    void permissionsAndFreshNonce();
    void wrongPassword();
    void flippedByte_data();
    void flippedByte();
    void truncated_data();
    void truncated();
    void concurrentThreads();
    void concurrentProcesses();
    void lockLeftByAKilledWriter();
    void lockHeldByAnotherProcess();
    void pbkdf2AndDefaults();
    void refusesHostileParameters();
    void changePassword();
};

void TestVault::roundTrip()
{
    const QString file = path("round.vault");
    {
        VaultSecretStore store(file, fixedPassword("pw"), Fast);
        QString error;
        QVERIFY(!store.exists());
        QByteArray value;
        QCOMPARE(store.read(QStringLiteral("a"), &value, &error), SecretStore::Status::NotFound);
        QVERIFY2(store.write(QStringLiteral("a"), "key-A\x00\xff"_qba, &error), qPrintable(error));
        QVERIFY2(store.write(QStringLiteral("b"), "key-B", &error), qPrintable(error));
        QVERIFY(store.write(QStringLiteral("a"), "key-A2", &error));
        QCOMPARE(store.backendId(), QStringLiteral("vault"));
    }
    int asked = 0;
    VaultSecretStore store(file, fixedPassword("pw", &asked), Fast);
    QString error;
    QByteArray value;
    QCOMPARE(store.read(QStringLiteral("a"), &value, &error), SecretStore::Status::Ok);
    QCOMPARE(value, QByteArray("key-A2"));
    QCOMPARE(store.read(QStringLiteral("b"), &value, &error), SecretStore::Status::Ok);
    QCOMPARE(value, QByteArray("key-B"));
    QCOMPARE(asked, 1); // the derived key is kept until lock()
    QCOMPARE(store.names(&error),
             std::optional<QStringList>({QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(store.remove(QStringLiteral("a"), &error));
    QCOMPARE(store.read(QStringLiteral("a"), &value, &error), SecretStore::Status::NotFound);
    QVERIFY(value.isEmpty());
    store.lock();
    QVERIFY(!store.isUnlocked());
    QCOMPARE(store.read(QStringLiteral("b"), &value, &error), SecretStore::Status::Ok);
    QCOMPARE(asked, 2);
    // Neither the secret nor the password is in the file.
    const QByteArray raw = readAll(file);
    QVERIFY(!raw.contains("key-B"));
    QVERIFY(!raw.contains("key-A"));
    QVERIFY(raw.startsWith("PNVAULT\x01"));
}

void TestVault::permissionsAndFreshNonce()
{
    const QString file = path("perm.vault");
    VaultSecretStore store(file, fixedPassword("pw"), Fast);
    QString error;
    QVERIFY(store.write(QStringLiteral("x"), "1", &error));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    const QByteArray first = readAll(file);
    QVERIFY(store.write(QStringLiteral("x"), "1", &error));
    const QByteArray second = readAll(file);
    QCOMPARE(first.size(), second.size());
    QCOMPARE(first.mid(28, 16), second.mid(28, 16));  // same salt
    QVERIFY(first.mid(44, 12) != second.mid(44, 12)); // new nonce per write
    QVERIFY(first.mid(112) != second.mid(112));
    QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
}

void TestVault::wrongPassword()
{
    const QString file = path("wrong.vault");
    {
        VaultSecretStore store(file, fixedPassword("right"), Fast);
        QString error;
        QVERIFY(store.write(QStringLiteral("k"), "secret", &error));
    }
    const QByteArray before = readAll(file);
    VaultSecretStore store(file, fixedPassword("wrong"), Fast);
    QString error;
    QByteArray value;
    QCOMPARE(store.read(QStringLiteral("k"), &value, &error), SecretStore::Status::Failed);
    QVERIFY(value.isEmpty());
    QCOMPARE(store.lastErrorCode(), vault::Error::WrongPassword);
    QVERIFY2(error.contains(QStringLiteral("Wrong master password")), qPrintable(error));
    QVERIFY(!store.unlock(&error));
    QVERIFY(!store.isUnlocked());
    // A writer with the wrong password must not replace the vault.
    QVERIFY(!store.write(QStringLiteral("k2"), "other", &error));
    QCOMPARE(readAll(file), before);
    // Cancelling the prompt is an error too, not an empty vault.
    VaultSecretStore cancelled(
        file, [](auto, const QString &) { return std::optional<QByteArray>(); }, Fast);
    QVERIFY(!cancelled.unlock(&error));
}

void TestVault::flippedByte_data()
{
    QTest::addColumn<int>("offset"); // negative: from the end
    QTest::addColumn<int>("expected");
    const int damaged = int(vault::Error::Damaged);
    QTest::newRow("magic") << 0 << int(vault::Error::NotAVault);
    QTest::newRow("version") << 7 << int(vault::Error::UnsupportedVersion);
    QTest::newRow("kdf id") << 8 << damaged;
    QTest::newRow("cipher id") << 9 << damaged;
    QTest::newRow("reserved") << 11 << damaged;
    QTest::newRow("kdf cost") << 14 << damaged;
    QTest::newRow("scrypt r") << 23 << damaged;
    QTest::newRow("scrypt p") << 27 << damaged;
    QTest::newRow("salt") << 30 << damaged;
    QTest::newRow("nonce first") << 44 << damaged;
    QTest::newRow("nonce last") << 55 << damaged;
    QTest::newRow("length") << 63 << damaged;
    QTest::newRow("password check") << 70 << damaged;
    QTest::newRow("header digest") << 100 << damaged;
    QTest::newRow("ciphertext first") << 112 << int(vault::Error::Tampered);
    QTest::newRow("ciphertext middle") << 130 << int(vault::Error::Tampered);
    QTest::newRow("tag first") << -16 << int(vault::Error::Tampered);
    QTest::newRow("tag last") << -1 << int(vault::Error::Tampered);
}

void TestVault::flippedByte()
{
    QFETCH(int, offset);
    QFETCH(int, expected);
    const QString file = path("flip.vault");
    QFile::remove(file);
    {
        VaultSecretStore store(file, fixedPassword("pw"), Fast);
        QString error;
        QVERIFY(store.write(QStringLiteral("profile/1/authkey"), "0123456789abcdef0123", &error));
        QVERIFY(store.write(QStringLiteral("profile/2/authkey"), "another-key", &error));
    }
    QByteArray raw = readAll(file);
    const qsizetype at = offset < 0 ? raw.size() + offset : offset;
    raw[at] = char(raw.at(at) ^ 0x01);
    writeAll(file, raw);

    VaultSecretStore store(file, fixedPassword("pw"), Fast);
    QString error;
    QByteArray value;
    QCOMPARE(store.read(QStringLiteral("profile/1/authkey"), &value, &error),
             SecretStore::Status::Failed);
    QVERIFY(value.isEmpty()); // never half-read
    QCOMPARE(int(store.lastErrorCode()), expected);
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QStringLiteral("Wrong master password")));
    // A write must not "repair" a tampered vault by overwriting it.
    QVERIFY(!store.write(QStringLiteral("profile/3/authkey"), "x", &error));
    QCOMPARE(readAll(file), raw);
}

void TestVault::truncated_data()
{
    QTest::addColumn<int>("keep"); // bytes kept; negative: bytes cut from the end
    QTest::newRow("empty") << 0;
    QTest::newRow("magic only") << 8;
    QTest::newRow("half header") << 60;
    QTest::newRow("header only") << 112;
    QTest::newRow("part of ciphertext") << 120;
    QTest::newRow("tag missing") << -16;
    QTest::newRow("one byte short") << -1;
}

void TestVault::truncated()
{
    QFETCH(int, keep);
    const QString file = path("trunc.vault");
    QFile::remove(file);
    {
        VaultSecretStore store(file, fixedPassword("pw"), Fast);
        QString error;
        QVERIFY(store.write(QStringLiteral("k"), "a-key-of-some-length-0123456789", &error));
    }
    QByteArray raw = readAll(file);
    raw.truncate(keep >= 0 ? keep : raw.size() + keep);
    writeAll(file, raw);
    VaultSecretStore store(file, fixedPassword("pw"), Fast);
    QString error;
    QByteArray value;
    QCOMPARE(store.read(QStringLiteral("k"), &value, &error), SecretStore::Status::Failed);
    QVERIFY(value.isEmpty());
    if (keep >= 8 || keep < 0)
        QCOMPARE(store.lastErrorCode(), vault::Error::Truncated);
    else
        QCOMPARE(store.lastErrorCode(), vault::Error::NotAVault);
    QVERIFY2(!error.isEmpty(), "a truncated vault must fail with a message");
}

void TestVault::concurrentThreads()
{
    const QString file = path("threads.vault");
    constexpr int Threads = 4;
    constexpr int PerThread = 15;
    QList<QThread *> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < Threads; ++t) {
        threads << QThread::create([&, t] {
            if (runWriter(file, QStringLiteral("t%1").arg(t), PerThread) != 0)
                failures.fetchAndAddRelaxed(1);
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    VaultSecretStore store(file, fixedPassword("correct horse"), Fast);
    QString error;
    const auto names = store.names(&error);
    QVERIFY2(names, qPrintable(error));
    QCOMPARE(names->size(), Threads * PerThread);
    QByteArray value;
    QCOMPARE(store.read(QStringLiteral("t3-14"), &value, &error), SecretStore::Status::Ok);
    QCOMPARE(value, QByteArray("value t3 14"));
}

void TestVault::concurrentProcesses()
{
    const QString file = path("procs.vault");
    constexpr int Procs = 3;
    constexpr int PerProc = 12;
    QList<QProcess *> procs;
    for (int i = 0; i < Procs; ++i) {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--vault-writer"), file, QStringLiteral("p%1").arg(i),
                  QString::number(PerProc)});
        procs << p;
    }
    for (QProcess *p : procs) {
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }
    VaultSecretStore store(file, fixedPassword("correct horse"), Fast);
    QString error;
    const auto names = store.names(&error);
    QVERIFY2(names, qPrintable(error));
    QCOMPARE(names->size(), Procs * PerProc); // every writer's entries survived
    for (int i = 0; i < Procs; ++i) {
        QByteArray value;
        QCOMPARE(store.read(QStringLiteral("p%1-%2").arg(i).arg(PerProc - 1), &value, &error),
                 SecretStore::Status::Ok);
        QCOMPARE(value, QStringLiteral("value p%1 %2").arg(i).arg(PerProc - 1).toUtf8());
    }
}

// A writer killed between creating the lock file and writing into it leaves an empty file.
// The next writer must not take that for a live writer (it waited 20 s and failed with a
// QLockFile, which counts an unreadable lock file as held until it is 30 s old).
void TestVault::lockLeftByAKilledWriter()
{
    const QString file = path("killed.vault");
    writeAll(file + QStringLiteral(".lock"), {});
    VaultSecretStore store(file, fixedPassword("pw"), Fast);
    QString error;
    QDeadlineTimer within(10'000);
    QVERIFY2(store.write(QStringLiteral("a"), "1", &error), qPrintable(error));
    QVERIFY2(!within.hasExpired(), "the empty lock file was waited for");
    // And a lock file holding a dead program's pid, as QLockFile writes them.
    writeAll(file + QStringLiteral(".lock"), "999999999\npnctl\nsomehost\n");
    QVERIFY2(store.write(QStringLiteral("b"), "2", &error), qPrintable(error));
    QByteArray value;
    QCOMPARE(store.read(QStringLiteral("a"), &value, &error), SecretStore::Status::Ok);
    QCOMPARE(value, QByteArray("1"));
    QVERIFY(!QFile::exists(file + QStringLiteral(".lock"))); // the writer tidies up
}

// A writer in another process (here util-linux's flock(1) holding the lock for a second)
// keeps this one waiting until it lets go.
void TestVault::lockHeldByAnotherProcess()
{
    const QString file = path("held.vault");
    {
        VaultSecretStore store(file, fixedPassword("pw"), Fast);
        QString error;
        QVERIFY2(store.write(QStringLiteral("first"), "1", &error), qPrintable(error));
    }
    const QString marker = path("held.done");
    QProcess holder;
    holder.start(QStringLiteral("flock"),
                 {file + QStringLiteral(".lock"), QStringLiteral("-c"),
                  QStringLiteral("echo locked; sleep 1; echo done > '%1'").arg(marker)});
    QVERIFY2(holder.waitForReadyRead(10'000), "flock(1) did not take the lock");
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    VaultSecretStore store(file, fixedPassword("pw"), Fast);
    QString error;
    QVERIFY2(store.write(QStringLiteral("second"), "2", &error), qPrintable(error));
    // The write could only happen once the holder's command had ended (the lock goes with it).
    QVERIFY2(QFileInfo::exists(marker), "the vault was written while another process held it");
    QVERIFY(holder.waitForFinished(10'000));
    QCOMPARE(holder.exitCode(), 0);
    const auto names = store.names(&error);
    QVERIFY2(names, qPrintable(error));
    QCOMPARE(*names, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
}

void TestVault::pbkdf2AndDefaults()
{
    QVERIFY(vault::Codec::strongEnough(vault::KdfParams{}));
    QVERIFY(vault::Codec::strongEnough(vault::KdfParams::pbkdf2()));
    QVERIFY(!vault::Codec::strongEnough(Fast));
    QCOMPARE(vault::KdfParams::pbkdf2().cost, quint64(600000));
    for (const vault::KdfParams &params : {vault::KdfParams{}, vault::KdfParams::pbkdf2()}) {
        const QString file =
            path(params.kdf == vault::Kdf::Scrypt ? "scrypt.vault" : "pbkdf2.vault");
        {
            VaultSecretStore store(file, fixedPassword("pw"), params);
            QString error;
            QVERIFY2(store.write(QStringLiteral("k"), "v", &error), qPrintable(error));
        }
        const QByteArray raw = readAll(file);
        QCOMPARE(quint8(raw.at(8)), quint8(params.kdf));
        QCOMPARE(qFromBigEndian<quint64>(raw.constData() + 12), params.cost);
        VaultSecretStore store(file, fixedPassword("pw"));
        QString error;
        QByteArray value;
        QCOMPARE(store.read(QStringLiteral("k"), &value, &error), SecretStore::Status::Ok);
        QCOMPARE(value, QByteArray("v"));
    }
}

void TestVault::refusesHostileParameters()
{
    QString error;
    QVERIFY(!vault::Codec::acceptable(vault::KdfParams::scrypt(1u << 23), &error));
    QVERIFY(!vault::Codec::acceptable(vault::KdfParams::scrypt(1000), &error)); // not a power of 2
    QVERIFY(!vault::Codec::acceptable(vault::KdfParams::scrypt(1u << 20, 64), &error));
    QVERIFY(!vault::Codec::acceptable(vault::KdfParams::pbkdf2(10), &error));
    VaultSecretStore weak(path("never.vault"), fixedPassword("pw"), vault::KdfParams::scrypt(3));
    QVERIFY(!weak.write(QStringLiteral("k"), "v", &error));
    QVERIFY(!QFile::exists(path("never.vault")));
}

void TestVault::changePassword()
{
    const QString file = path("rekey.vault");
    QList<VaultSecretStore::PasswordPurpose> asked;
    QByteArray next = "old";
    auto provider = [&](VaultSecretStore::PasswordPurpose purpose, const QString &) {
        asked << purpose;
        return std::optional<QByteArray>(next);
    };
    VaultSecretStore store(file, provider, Fast);
    QString error;
    QVERIFY(!store.changePassword(&error)); // nothing to re-key yet
    QVERIFY(store.write(QStringLiteral("a"), "alpha", &error));
    QVERIFY(store.write(QStringLiteral("b"), "beta", &error));
    const QByteArray before = readAll(file);
    next = "new";
    QVERIFY2(store.changePassword(&error), qPrintable(error));
    const QByteArray after = readAll(file);
    QVERIFY(before.mid(28, 16) != after.mid(28, 16)); // new salt
    QCOMPARE(asked.last(), VaultSecretStore::PasswordPurpose::Create);

    VaultSecretStore withOld(file, fixedPassword("old"), Fast);
    QByteArray value;
    QCOMPARE(withOld.read(QStringLiteral("a"), &value, &error), SecretStore::Status::Failed);
    QCOMPARE(withOld.lastErrorCode(), vault::Error::WrongPassword);
    VaultSecretStore withNew(file, fixedPassword("new"), Fast);
    QCOMPARE(withNew.read(QStringLiteral("b"), &value, &error), SecretStore::Status::Ok);
    QCOMPARE(value, QByteArray("beta"));
    // The store that changed it keeps working with the new key.
    QVERIFY(store.write(QStringLiteral("c"), "gamma", &error));
    QCOMPARE(withNew.read(QStringLiteral("c"), &value, &error), SecretStore::Status::Ok);

    // A cancelled new password leaves everything as it was.
    VaultSecretStore cancelling(
        file,
        [](VaultSecretStore::PasswordPurpose purpose, const QString &) {
            return purpose == VaultSecretStore::PasswordPurpose::Unlock
                       ? std::optional<QByteArray>("new")
                       : std::nullopt;
        },
        Fast);
    const QByteArray unchanged = readAll(file);
    QVERIFY(!cancelling.changePassword(&error));
    QCOMPARE(readAll(file), unchanged);
    QCOMPARE(cancelling.read(QStringLiteral("a"), &value, &error), SecretStore::Status::Ok);
}

int main(int argc, char *argv[])
{
    if (argc == 5 && std::strcmp(argv[1], "--vault-writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                         std::atoi(argv[4]));
    }
    QCoreApplication app(argc, argv);
    TestVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_vault.moc"

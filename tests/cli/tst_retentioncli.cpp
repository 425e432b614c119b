// Issue 14 with real pnctl processes: `pnctl retention apply` deletes the recording files of
// the calls it erases (and those an interrupted earlier run left), not only their links; and
// `pnctl list --state all --find FULL-NUMBER` finds a binding whose numbers were erased, by
// reading the hash key from the secret store as the console does, or says why it cannot.
#include "callbacks/recordings.h"
#include "core/clock.h"
#include "core/phonemask.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

namespace {

constexpr qint64 kDay = 86'400'000;

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QString anum(int i)
{
    return QStringLiteral("1381234%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString bnum(int i)
{
    return QStringLiteral("1375678%1").arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestRetentionCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void applyDeletesRecordingFilesOfErasedCalls();
    void listFindsAnErasedNumberThroughTheSecretStore();

private:
    Run pnctl(const QStringList &args, bool withPassword = true);
    // A ledger with bindings 0-2 ended 40 days ago and 3 ended 2 days ago, each with a call
    // whose recording the archive kept (a file under recordings/<profile>/).
    void makeLedger(const QString &data);
    QString recordingFile(int i) const
    {
        return QDir(m_recordings).filePath(QStringLiteral("%1/task-%2.wav").arg(m_profile).arg(i));
    }

    QTemporaryDir m_dir;
    QString m_password;
    QString m_recordings;
    qint64 m_profile = 0;
};

void TestRetentionCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PNCTL_PATH)));
    m_password = m_dir.filePath(QStringLiteral("vault-password"));
    QFile pw(m_password);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("correct horse battery staple\n");
}

Run TestRetentionCli::pnctl(const QStringList &args, bool withPassword)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PN_SECRET_BACKEND"), QStringLiteral("vault"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("PN_VAULT_PASSWORD_FILE"));
    if (withPassword)
        env.insert(QStringLiteral("PN_VAULT_PASSWORD_FILE"), m_password);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // no terminal to prompt on
    p.start(QStringLiteral(PNCTL_PATH),
            QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    Run r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestRetentionCli::makeLedger(const QString &data)
{
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    const qint64 now = clock.nowMs();
    Ledger ledger(Ledger::pathInDataDir(data), clock);
    QString error;
    QVERIFY2(ledger.open(&error), qPrintable(error));
    m_profile = *ledger.ensureAdhocProfile(QStringLiteral("https://h"), QStringLiteral("D"),
                                           QStringLiteral("APP1"), &error);
    RecordingArchive archive(ledger, RecordingArchive::defaultFolder(ledger));
    QVERIFY2(archive.open(&error), qPrintable(error));
    m_recordings = archive.folder();
    for (int i = 0; i < 4; ++i) {
        const qint64 at = now - (i < 3 ? 40 : 2) * kDay;
        clock.setMs(at);
        BindingRequest r;
        r.appid = QStringLiteral("APP1");
        r.x = QStringLiteral("13900000001");
        r.anum = anum(i);
        r.bnum = bnum(i);
        r.reqid = QStringLiteral("req-%1").arg(i);
        r.ttl = 60;
        const auto id = ledger.bindings().addBindingIntent(m_profile, r, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(
            ledger.bindings().markBindingActive(*id, QStringLiteral("SUB-%1").arg(i), at + 60'000));
        QVERIFY(ledger.bindings().markBindingReleased(*id));
        QSqlQuery q(ledger.database());
        q.prepare(QStringLiteral(
            "INSERT INTO calls (taskid, profile_id, devid, appid, subid, caller, rcaller, callee, "
            "result, begin_time, recording, received_at) "
            "VALUES (?, ?, 'D', 'APP1', ?, ?, ?, ?, 'answered', ?, ?, ?)"));
        q.addBindValue(QStringLiteral("task-%1").arg(i));
        q.addBindValue(m_profile);
        q.addBindValue(QStringLiteral("SUB-%1").arg(i));
        q.addBindValue(anum(i));
        q.addBindValue(anum(i));
        q.addBindValue(bnum(i));
        q.addBindValue(at / 1000);
        q.addBindValue(QStringLiteral("https://rec.example/%1.wav").arg(i));
        q.addBindValue(at);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // The archive kept its recording.
        q.prepare(
            QStringLiteral("INSERT INTO recordings (taskid, profile_id, url, state, bytes, "
                           "begin_time, updated_at, file) VALUES (?, ?, ?, 'done', 4, ?, ?, ?)"));
        q.addBindValue(QStringLiteral("task-%1").arg(i));
        q.addBindValue(m_profile);
        q.addBindValue(QStringLiteral("https://rec.example/%1.wav").arg(i));
        q.addBindValue(at / 1000);
        q.addBindValue(at);
        q.addBindValue(QStringLiteral("%1/task-%2.wav").arg(m_profile).arg(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(QDir().mkpath(QFileInfo(recordingFile(i)).absolutePath()));
        QFile f(recordingFile(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF");
    }
    QCOMPARE(archive.localFile(QStringLiteral("task-0")), recordingFile(0));
}

void TestRetentionCli::applyDeletesRecordingFilesOfErasedCalls()
{
    const QString data = m_dir.filePath(QStringLiteral("files"));
    makeLedger(data);
    for (int i = 0; i < 4; ++i)
        QVERIFY(QFile::exists(recordingFile(i)));
    Run r = pnctl({QStringLiteral("--data-dir"), data, QStringLiteral("retention"),
                   QStringLiteral("apply"), QStringLiteral("--older-than"), QStringLiteral("30"),
                   QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("bindings")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("calls")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("recordings")).toInt(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(!QFile::exists(recordingFile(i)), qPrintable(recordingFile(i)));
    QVERIFY(QFile::exists(recordingFile(3))); // its call ended 2 days ago: kept

    // An earlier run that stopped between the ledger and the files (simulated: a call erased,
    // its file still there) is finished by the next run, even with nothing new due.
    {
        Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QSqlQuery q(ledger.database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE recordings SET state = 'done', file = '%1/task-0.wav' "
                                  "WHERE taskid = 'task-0'")
                       .arg(m_profile)));
        QFile f(recordingFile(0));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF");
    }
    r = pnctl({QStringLiteral("--data-dir"), data, QStringLiteral("retention"),
               QStringLiteral("apply"), QStringLiteral("--older-than"), QStringLiteral("30")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Deleted 1 recording file"), r.out.constData());
    QVERIFY(!QFile::exists(recordingFile(0)));
    QVERIFY(QFile::exists(recordingFile(3)));
    // Audited with counts, never numbers.
    Ledger ledger(Ledger::pathInDataDir(data), SystemClock::instance());
    QString error;
    QVERIFY2(ledger.open(&error), qPrintable(error));
    int audited = 0;
    for (const AuditEntry &e : ledger.log().auditLog(50)) {
        if (e.action == QLatin1StringView("retention-recordings")) {
            ++audited;
            QVERIFY(!e.detail.contains(QStringLiteral("138")));
        }
    }
    QCOMPARE(audited, 2);
}

void TestRetentionCli::listFindsAnErasedNumberThroughTheSecretStore()
{
    const QString data = m_dir.filePath(QStringLiteral("find"));
    makeLedger(data);
    Run r = pnctl({QStringLiteral("--data-dir"), data, QStringLiteral("retention"),
                   QStringLiteral("apply"), QStringLiteral("--older-than"), QStringLiteral("30")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList find{QStringLiteral("--data-dir"), data,
                           QStringLiteral("list"),       QStringLiteral("--state"),
                           QStringLiteral("all"),        QStringLiteral("--json"),
                           QStringLiteral("--find")};
    // The full B number of an erased binding: found through its keyed hash, shown masked.
    r = pnctl(find + QStringList{bnum(1)});
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonArray rows =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("bindings")).toArray();
    QCOMPARE(rows.size(), 1);
    QVERIFY2(r.out.contains("SUB-1"), r.out.constData());
    QVERIFY(!r.out.contains(bnum(1).toUtf8()) && !r.out.contains(anum(1).toUtf8()));
    QVERIFY(r.out.contains(maskNumber(bnum(1)).toUtf8()));
    QVERIFY(r.err.isEmpty());
    // A kept binding's number is found as before.
    r = pnctl(find + QStringList{anum(3)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("SUB-3"), r.out.constData());

    // Without the vault password (and no terminal to ask on) pnctl says why the erased one
    // cannot be found, and still lists what it can.
    r = pnctl(find + QStringList{bnum(1)}, false);
    QCOMPARE(r.code, 0);
    rows = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("bindings")).toArray();
    QCOMPARE(rows.size(), 0);
    QVERIFY2(r.err.contains("retention erased") && r.err.contains("PN_VAULT_PASSWORD_FILE"),
             r.err.constData());
    r = pnctl(find + QStringList{anum(3)}, false);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("SUB-3"), r.out.constData());
    // A subid or a partial number never needs the key (and never asks).
    r = pnctl(find + QStringList{QStringLiteral("SUB-2")}, false);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("SUB-2"));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

QTEST_GUILESS_MAIN(TestRetentionCli)
#include "tst_retentioncli.moc"

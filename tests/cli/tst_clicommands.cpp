// pnctl's command objects run in-process (no QProcess): what they print, their exit codes and
// what they leave in a real ledger file, against an in-process sandbox platform.

#include "cli/command.h"
#include "cli/platformcommands.h"
#include "cli/signcommand.h"
#include "ledger/ledger.h"
#include "sandbox/sandboxplatform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace pn;
using namespace pn::cli;

namespace {

const QByteArray kKey = QByteArrayLiteral("in-process key");
const QString kDevid = QStringLiteral("D9");
const QString kAppid = QStringLiteral("APP9");

struct Captured
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray readAll(std::FILE *f)
{
    std::fflush(f);
    std::rewind(f);
    QByteArray bytes;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
        bytes.append(buffer, qsizetype(n));
    std::fclose(f);
    return bytes;
}

// Runs one command object with its output captured in temporary files.
Captured runCommand(Command &command, const QStringList &words, const GlobalOptions &globals = {})
{
    std::FILE *out = std::tmpfile();
    std::FILE *err = std::tmpfile();
    const OutputStreams previous = setOutputStreams({out, err});
    Captured c;
    c.code = command.run(QStringList{QStringLiteral("pnctl")} + words, globals);
    setOutputStreams(previous);
    c.out = readAll(out);
    c.err = readAll(err);
    return c;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_keyFile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kKey + '\n');
    }

    void signPrintsTheKnownVector()
    {
        // The vector of tests/cli/pnctl_sign.cmake, computed outside the project.
        const QString keyFile = m_dir.filePath(QStringLiteral("vector-key"));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("my key with spaces\n");
        key.close();
        SignCommand sign;
        QCOMPARE(sign.name(), QStringLiteral("sign"));
        const Captured c = runCommand(
            sign, {QStringLiteral("--devid"), QStringLiteral("D42"), QStringLiteral("--key-file"),
                   keyFile, QStringLiteral("--ts"), QStringLiteral("1700000000123")});
        QCOMPARE(c.code, int(ExitOk));
        QCOMPARE(c.out, QByteArray("Keytime D42,1700000000123,db7ad4d292bdd9fd\n"));
        QVERIFY(!c.out.contains("spaces") && !c.err.contains("spaces"));

        const Captured missing =
            runCommand(sign, {QStringLiteral("--devid"), QStringLiteral("D42")});
        QCOMPARE(missing.code, int(ExitUsage));
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains("--key-file"));
    }

    void bindThenListJsonOnATemporaryLedger()
    {
        SandboxPlatform sandbox(SystemClock::instance());
        QString error;
        QVERIFY2(sandbox.open(QStringLiteral(":memory:"), &error), qPrintable(error));
        SandboxAccount a;
        a.devid = kDevid;
        a.key = kKey;
        a.appids = {kAppid};
        a.xpool = {QStringLiteral("13900000001")};
        a.balance = 1e9;
        sandbox.addAccount(a);
        QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

        const QString data = m_dir.filePath(QStringLiteral("ledger"));
        GlobalOptions account;
        account.dataDir = data;
        account.baseUrl = sandbox.baseUrl().toString();
        account.devid = kDevid;
        account.appid = kAppid;
        account.keyFile = m_keyFile;
        account.allowPlainHttp = true;

        BindCommand bind;
        const Captured created =
            runCommand(bind,
                       {QStringLiteral("13900000001"), QStringLiteral("13800000001"),
                        QStringLiteral("13800000002"), QStringLiteral("--ttl"),
                        QStringLiteral("600"), QStringLiteral("--json")},
                       account);
        QCOMPARE(created.code, int(ExitOk));
        const QString subid =
            QJsonDocument::fromJson(created.out).object().value(QStringLiteral("subid")).toString();
        QVERIFY2(!subid.isEmpty(), created.out.constData());
        QCOMPARE(sandbox.bindings().size(), 1);
        QVERIFY(!created.out.contains(kKey) && !created.err.contains(kKey));

        // list --json reads the ledger file without an account.
        ListCommand list;
        GlobalOptions ledgerOnly;
        ledgerOnly.dataDir = data;
        const Captured listed = runCommand(list, {QStringLiteral("--json")}, ledgerOnly);
        QCOMPARE(listed.code, int(ExitOk));
        const QJsonArray rows = QJsonDocument::fromJson(listed.out)
                                    .object()
                                    .value(QStringLiteral("bindings"))
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("subid")).toString(), subid);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(row.value(QStringLiteral("ttl")).toInt(), 600);

        // The same ledger, read by the process-free API, agrees.
        Ledger ledger(Ledger::resolvePath(data), SystemClock::instance());
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QCOMPARE(ledger.bindings().list(BindingQuery{}).size(), 1);
    }

    void registryDispatchesAndRefusesUnknownWords()
    {
        CommandRegistry registry;
        registry.add<SignCommand>();
        registry.add<ListCommand>();
        QCOMPARE(registry.commands().size(), size_t(2));
        QVERIFY(registry.find(QStringLiteral("list")));
        QVERIFY(!registry.find(QStringLiteral("nope")));
        QVERIFY(registry.usage().contains(QStringLiteral("  sign")));

        std::FILE *out = std::tmpfile();
        std::FILE *err = std::tmpfile();
        const OutputStreams previous = setOutputStreams({out, err});
        const int code = registry.run({QStringLiteral("pnctl"), QStringLiteral("nope")});
        setOutputStreams(previous);
        readAll(out);
        const QByteArray errText = readAll(err);
        QCOMPARE(code, int(ExitUsage));
        QVERIFY(errText.contains("nope"));
        QVERIFY(errText.contains("Usage"));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"

// TLS verify-full to a real PostgreSQL server with a certificate made by `openssl req`: the
// right CA and host name connect (over TLS), a wrong CA or a wrong host name is refused with
// the reason, said first in the user's language (LedgerAccess::explain: libpq's own text is
// English only) and then as libpq gave it.

#include "core/language.h"
#include "ledger/ledger.h"
#include "session/ledgeraccess.h"

#include "pgserver.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

class TestLedgerTls : public QObject
{
    Q_OBJECT

private:
    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
            return false;
        }
        return true;
    }
    // A CA (NAME.crt/.key); with `issuer`, a server certificate for localhost signed by it.
    bool makeCa(const QString &name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".crt"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=%1 test CA").arg(name)});
    }
    QString path(const QString &file) const { return m_dir.filePath(file); }
    QString address(const QString &host, const QString &ca) const
    {
        return QStringLiteral("postgresql://pn@%1:%2/tls?sslmode=verify-full&sslrootcert=%3")
            .arg(host)
            .arg(m_pg->port())
            .arg(path(ca));
    }

    // Why a ledger on `host` with the CA file `ca` is refused; empty when it opens.
    QString refusal(const QString &host, const QString &ca) const
    {
        ManualClock clock;
        Ledger ledger(address(host, ca), clock);
        QString error;
        if (ledger.open(&error))
            return {};
        qInfo("%s", qPrintable(error));
        return error;
    }
    // LedgerAccess::explain in `lang`; English again afterwards.
    static QString explainedIn(const QString &lang, const QString &error)
    {
        Language::install(lang);
        const QString said = LedgerAccess::explain(error);
        Language::install(QStringLiteral("en"));
        return said;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCa(QStringLiteral("ca")));
        QVERIFY(makeCa(QStringLiteral("other")));
        // The server's certificate: CN and subjectAltName localhost only (not 127.0.0.1).
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("server.key"),
                         QStringLiteral("-out"), QStringLiteral("server.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}));
        QFile ext(path(QStringLiteral("ext.cnf")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:localhost\n");
        ext.close();
        QVERIFY(openssl(
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")}));
        m_pg = std::make_unique<PgServer>(QStringLiteral(PN_PG_BINDIR));
        m_pg->setTls(path(QStringLiteral("server.crt")), path(QStringLiteral("server.key")));
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
        QVERIFY2(!m_pg->createDatabase(QStringLiteral("tls"), &error).isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { m_pg.reset(); }

    void verifyFullConnectsOverTls()
    {
        ManualClock clock;
        Ledger ledger(address(QStringLiteral("localhost"), QStringLiteral("ca.crt")), clock);
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QSqlQuery q(ledger.database());
        QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(ledger.ensureAdhocProfile(QStringLiteral("https://h"), QStringLiteral("D"),
                                          QStringLiteral("APP1"), &error));
    }

    void wrongCaIsRefused()
    {
        const QString error = refusal(QStringLiteral("localhost"), QStringLiteral("other.crt"));
        QVERIFY2(error.contains(QLatin1StringView("certificate verify failed")), qPrintable(error));
        QVERIFY(error.contains(QLatin1StringView("Cannot open the ledger")));
        QString said = explainedIn(QStringLiteral("en"), error);
        QVERIFY2(said.startsWith(QStringLiteral("The team server's certificate is not signed by "
                                                "the authority in the CA file")),
                 qPrintable(said));
        QVERIFY(said.endsWith(error));
        said = explainedIn(QStringLiteral("zh_CN"), error);
        QVERIFY2(said.startsWith(QStringLiteral("团队服务器的证书")), qPrintable(said));
        QVERIFY(said.endsWith(error));
    }

    void missingCaFileIsExplained()
    {
        const QString error = refusal(QStringLiteral("localhost"), QStringLiteral("missing.crt"));
        QVERIFY(!error.isEmpty());
        const QString said = explainedIn(QStringLiteral("en"), error);
        QVERIFY2(said.startsWith(QStringLiteral("The CA file (sslrootcert)")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("missing.crt")));
    }

    void wrongHostNameIsRefused()
    {
        const QString error = refusal(QStringLiteral("127.0.0.1"), QStringLiteral("ca.crt"));
        QVERIFY2(error.contains(QLatin1StringView("does not match host name")), qPrintable(error));
        QString said = explainedIn(QStringLiteral("en"), error);
        QVERIFY2(said.startsWith(QStringLiteral("The team server's certificate is for another "
                                                "name")),
                 qPrintable(said));
        QVERIFY(said.endsWith(error));
        said = explainedIn(QStringLiteral("zh_CN"), error);
        QVERIFY2(said.startsWith(QStringLiteral("团队服务器的证书")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("verify-ca")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_pg;
};

QTEST_GUILESS_MAIN(TestLedgerTls)

#include "tst_ledgertls_pg.moc"

#pragma once

// A throw-away PostgreSQL server for tests: initdb in a temporary folder, listening on
// 127.0.0.1 at a free port, stopped and removed at the end. As root it runs as "postgres".

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <utility>

#include <unistd.h>

class PgServer final
{
public:
    explicit PgServer(const QString &binDir)
        : m_bin(binDir)
    {}
    ~PgServer() { stop(); }

    // Before start(): the superuser "pn" needs this password (scram-sha-256 instead of trust).
    void setPassword(const QString &password) { m_password = password; }
    // A libpq password file (0600) with this server's password for every database and user:
    // what PGPASSFILE names for a program that must not get the password on its command line.
    bool writePassFile(const QString &path) const
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("127.0.0.1:%1:*:*:%2\n").arg(m_port).arg(m_password).toUtf8());
        f.close();
        return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // Before start(): TLS with this certificate and key (PEM files; copied for the server).
    void setTls(const QString &certFile, const QString &keyFile)
    {
        m_cert = certFile;
        m_key = keyFile;
    }
    quint16 port() const { return m_port; }
    QString binDir() const { return m_bin; }

    bool start(QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther);
        if (geteuid() == 0 &&
            !run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}, error, false))
            return false;
        {
            QTcpServer probe; // a free port
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QStringList init{QStringLiteral("-D"), data,
                         QStringLiteral("-U"), QStringLiteral("pn"),
                         QStringLiteral("-E"), QStringLiteral("UTF8")};
        if (m_password.isEmpty()) {
            init << QStringLiteral("-A") << QStringLiteral("trust");
        } else {
            const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
            QFile f(pwfile);
            if (!f.open(QIODevice::WriteOnly))
                return fail(error, QStringLiteral("cannot write %1").arg(pwfile));
            f.write(m_password.toUtf8() + '\n');
            f.close();
            if (geteuid() == 0)
                run(QStringLiteral("chown"), {QStringLiteral("postgres"), pwfile}, error, false);
            init << QStringLiteral("-A") << QStringLiteral("scram-sha-256")
                 << QStringLiteral("--pwfile=") + pwfile;
        }
        if (!run(m_bin + QStringLiteral("/initdb"), init, error))
            return false;
        QString extra;
        if (!m_cert.isEmpty()) {
            // The server reads its key only when it belongs to it and is 0600.
            for (const auto &[from, to] : {std::pair{m_cert, QStringLiteral("server.crt")},
                                           std::pair{m_key, QStringLiteral("server.key")}}) {
                const QString target = m_dir.filePath(to);
                QFile::remove(target);
                if (!QFile::copy(from, target))
                    return fail(error, QStringLiteral("cannot copy %1").arg(from));
                QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                if (geteuid() == 0)
                    run(QStringLiteral("chown"), {QStringLiteral("postgres"), target}, error,
                        false);
            }
            extra = QStringLiteral(" -c ssl=on -c ssl_cert_file=%1 -c ssl_key_file=%2")
                        .arg(m_dir.filePath(QStringLiteral("server.crt")),
                             m_dir.filePath(QStringLiteral("server.key")));
        }
        m_startArgs = {QStringLiteral("-D"),
                       data,
                       QStringLiteral("-o"),
                       QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off%3")
                           .arg(m_dir.path())
                           .arg(m_port)
                           .arg(extra),
                       QStringLiteral("-w"),
                       QStringLiteral("-l"),
                       m_dir.filePath(QStringLiteral("log")),
                       QStringLiteral("start")};
        return restart(error);
    }

    // After stop(): the same server (data folder, port, settings) started again.
    bool restart(QString *error)
    {
        if (m_running)
            return true;
        if (!run(m_bin + QStringLiteral("/pg_ctl"), m_startArgs, error))
            return false;
        m_running = true;
        return true;
    }

    // A fresh database for one test.
    QString createDatabase(const QString &name, QString *error)
    {
        if (!run(m_bin + QStringLiteral("/createdb"),
                 {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                  QString::number(m_port), QStringLiteral("-U"), QStringLiteral("pn"), name},
                 error))
            return {};
        return QStringLiteral("postgresql://pn@127.0.0.1:%1/%2").arg(m_port).arg(name);
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        QString ignored;
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-w"),
             QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")},
            &ignored);
    }

private:
    static bool fail(QString *error, const QString &why)
    {
        *error = why;
        return false;
    }

    bool run(const QString &program, const QStringList &args, QString *error,
             bool asPostgres = true)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        if (!m_password.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), m_password);
            p.setProcessEnvironment(env);
        }
        if (asPostgres && geteuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), program} +
                        args);
        else
            p.start(program, args);
        if (!p.waitForFinished(120'000) || p.exitCode() != 0)
            return fail(error, QStringLiteral("%1 failed: %2")
                                   .arg(program, QString::fromLocal8Bit(p.readAllStandardError())));
        return true;
    }

    QString m_bin;
    QString m_password;
    QString m_cert;
    QString m_key;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QStringList m_startArgs;
    bool m_running = false;
};

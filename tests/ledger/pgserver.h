#pragma once

// A throw-away PostgreSQL server for tests: initdb in a temporary folder, listening on
// 127.0.0.1 at a free port, stopped and removed at the end. As root it runs as "postgres".

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

class PgServer final
{
public:
    explicit PgServer(const QString &binDir)
        : m_bin(binDir)
    {}
    ~PgServer() { stop(); }

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
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), QStringLiteral("pn"), QStringLiteral("-E"),
                  QStringLiteral("UTF8")},
                 error))
            return false;
        if (!run(m_bin + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-o"),
                  QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                      .arg(m_dir.path())
                      .arg(m_port),
                  QStringLiteral("-w"), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                  QStringLiteral("start")},
                 error))
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
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

#include "ui/singleinstance.h"

#include "core/logging.h"
#include "core/privatefiles.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

#include <algorithm>

#include <unistd.h>

namespace pn {

namespace {

constexpr QByteArrayView kRaise = "raise\n";
constexpr QByteArrayView kRaised = "raised\n";

QString canonicalDir(const QString &dir)
{
    PrivateFiles::makeFolder(dir);
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(dir).absoluteFilePath() : canonical;
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dir(canonicalDir(dataDir))
    , m_name(serverName(m_dir))
    , m_lock(QDir(m_dir).filePath(QStringLiteral("pnconsole.lock")))
{
    m_lock.setStaleLockTime(0); // stale only when its process is gone, however old
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    m_lock.unlock();
}

QString SingleInstance::serverName(const QString &canonicalDataDir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(qulonglong(::getuid())));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(canonicalDataDir.toUtf8());
    const QString name =
        QStringLiteral("pnconsole-%1").arg(QString::fromLatin1(hash.result().toHex().left(32)));
    // $XDG_RUNTIME_DIR is the user's own (0700); without it Qt puts the socket in the temporary
    // folder, made accessible to this user only (UserAccessOption).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QFileInfo(runtime).isDir())
        return name;
    return QDir(runtime).filePath(name);
}

SingleInstance::Role SingleInstance::start(int waitMs, QString *error)
{
    const QDeadlineTimer deadline(waitMs);
    while (true) {
        if (m_lock.tryLock(0)) {
            if (!listen(error))
                return Role::Failed;
            qCInfo(lcUi) << "this console owns its data folder; others are sent here";
            return Role::Primary;
        }
        if (m_lock.error() == QLockFile::PermissionError) {
            *error = tr("The data folder %1 cannot be written.").arg(m_dir);
            return Role::Failed;
        }
        // Someone holds the lock: ask it to raise its window (it may still be starting).
        if (askToRaise(int(std::clamp<qint64>(deadline.remainingTime(), 100, 1000))))
            return Role::Secondary;
        if (deadline.hasExpired())
            break;
        QThread::msleep(100);
    }
    qint64 pid = 0;
    QString host;
    QString app;
    m_lock.getLockInfo(&pid, &host, &app);
    *error = tr("Another console (process %1) has this data folder open but does not answer. "
                "Close it, or end that process, and start again.")
                 .arg(pid);
    return Role::Failed;
}

bool SingleInstance::listen(QString *error)
{
    // We hold the lock, so a socket left by a console that crashed is ours to remove.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        *error = tr("The console cannot serve its single-instance socket: %1")
                     .arg(m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > 64)
                        socket->abort(); // not one of ours
                    return;
                }
                const QByteArray line = socket->readLine(64);
                if (line == kRaise) {
                    socket->write(kRaised.data(), kRaised.size());
                    socket->flush();
                    qCInfo(lcUi) << "another start on this data folder asked for the window";
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool SingleInstance::askToRaise(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRaise.data(), kRaise.size());
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!socket.canReadLine() && timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(int(timeoutMs - timer.elapsed())))
            break;
    }
    return socket.canReadLine() && socket.readLine(64) == kRaised;
}

} // namespace pn

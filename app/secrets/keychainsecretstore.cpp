#include "secrets/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif

namespace pn {

namespace {

const QString &secretServiceName()
{
    static const QString name = QStringLiteral("org.freedesktop.secrets");
    return name;
}

// Runs a QtKeychain job to its end (or the timeout). Returns false on timeout.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

bool KeychainSecretStore::isReachable(QString *why)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QElapsedTimer clock; // the whole answer, connecting included, stays within the budget
    clock.start();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        if (why)
            *why = tr("No D-Bus session bus: %1").arg(bus.lastError().message());
        return false;
    }
    if (bus.interface() && bus.interface()->isServiceRegistered(secretServiceName()).value())
        return true;
    // Installed but not running: the daemon is started on demand. Decide within the budget
    // instead of letting the first keychain call wait for D-Bus's 25 s timeout.
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames"));
    const QDBusReply<QStringList> names = bus.call(call, QDBus::Block, kReachableBudgetMs);
    if (!names.isValid() || !names.value().contains(secretServiceName())) {
        if (why)
            *why = tr("No Secret Service (%1) on the D-Bus session bus.").arg(secretServiceName());
        return false;
    }
    QDBusMessage start = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("StartServiceByName"));
    start << secretServiceName() << quint32(0);
    // A margin for the checks after the call.
    const int left = int(qMax<qint64>(100, kReachableBudgetMs - 100 - clock.elapsed()));
    const QDBusReply<quint32> started = bus.call(start, QDBus::Block, left);
    if (started.isValid() && bus.interface() &&
        bus.interface()->isServiceRegistered(secretServiceName()).value())
        return true;
    if (why)
        *why = tr("The Secret Service (%1) is installed but did not start within %2 s.")
                   .arg(secretServiceName())
                   .arg(kReachableBudgetMs / 1000);
    return false;
#else
    Q_UNUSED(why)
    return true;
#endif
}

QString KeychainSecretStore::backendName() const
{
    return backendDisplayName(backendId());
}

SecretStore::Status KeychainSecretStore::read(const QString &name, QByteArray *secret,
                                              QString *error)
{
    secret->clear();
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    if (!runJob(job, m_timeoutMs)) {
        *error = tr("The OS keychain did not answer within %1 s.").arg(m_timeoutMs / 1000);
        return Status::Failed;
    }
    if (job.error() == QKeychain::EntryNotFound) {
        *error = tr("The OS keychain has no entry %1.").arg(name);
        return Status::NotFound;
    }
    if (job.error() != QKeychain::NoError) {
        *error = tr("The OS keychain failed to read %1: %2").arg(name, job.errorString());
        return Status::Failed;
    }
    *secret = job.binaryData();
    return Status::Ok;
}

bool KeychainSecretStore::write(const QString &name, const QByteArray &secret, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setBinaryData(secret);
    if (!runJob(job, m_timeoutMs)) {
        *error = tr("The OS keychain did not answer within %1 s.").arg(m_timeoutMs / 1000);
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = tr("The OS keychain failed to store %1: %2").arg(name, job.errorString());
        return false;
    }
    return true;
}

bool KeychainSecretStore::remove(const QString &name, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    if (!runJob(job, m_timeoutMs)) {
        *error = tr("The OS keychain did not answer within %1 s.").arg(m_timeoutMs / 1000);
        return false;
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        *error = tr("The OS keychain failed to remove %1: %2").arg(name, job.errorString());
        return false;
    }
    return true;
}

} // namespace pn

#include "secrets/vaultsecretstore.h"

#include "core/keytimesigner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

namespace pn {

namespace {

// The write lock keeps other processes out; this keeps other threads of this process out.
QMutex &processWriteMutex()
{
    static QMutex mutex;
    return mutex;
}

// Other processes are kept out by a lock on "<vault>.lock". On Unix it is a kernel lock
// (flock), which ends with its process whatever the kill: a QLockFile left empty by a writer
// killed between creating and filling it counts as held until it is 30 s old, so the next
// program (a sweep finishing a killed `profile remove`) gave up after its 20 s wait. The
// holder removes the file before it lets go; a waiter that then gets the lock of the removed
// file sees that the path names another file (or none) and tries again on the current one.
class VaultWriteLock
{
public:
    explicit VaultWriteLock(QString path)
        : m_path(std::move(path))
#ifndef Q_OS_UNIX
        , m_lock(m_path)
#endif
    {}
    ~VaultWriteLock()
    {
#ifdef Q_OS_UNIX
        if (m_fd >= 0) {
            if (m_locked)
                ::unlink(QFile::encodeName(m_path).constData());
            ::close(m_fd); // releases the lock
        }
#endif
    }
    VaultWriteLock(const VaultWriteLock &) = delete;
    VaultWriteLock &operator=(const VaultWriteLock &) = delete;

    bool tryLock(int timeoutMs)
    {
#ifdef Q_OS_UNIX
        const QByteArray native = QFile::encodeName(m_path);
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            if (m_fd < 0)
                m_fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
            if (m_fd < 0)
                return false;
            if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
                struct stat held = {}, named = {};
                if (::fstat(m_fd, &held) == 0 && ::stat(native.constData(), &named) == 0 &&
                    held.st_dev == named.st_dev && held.st_ino == named.st_ino)
                    return m_locked = true;
                ::close(m_fd); // the previous holder removed it: lock the current file
                m_fd = -1;
                continue;
            }
            if (errno != EWOULDBLOCK && errno != EINTR)
                return false;
            if (deadline.hasExpired())
                return false;
            QThread::msleep(10);
        }
#else
        m_lock.setStaleLockTime(30000);
        return m_lock.tryLock(timeoutMs);
#endif
    }

private:
    QString m_path;
#ifdef Q_OS_UNIX
    int m_fd = -1;
    bool m_locked = false;
#else
    QLockFile m_lock;
#endif
};

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

VaultSecretStore::VaultSecretStore(QString path, PasswordProvider passwordProvider,
                                   vault::KdfParams newVaultParams)
    : m_path(std::move(path))
    , m_passwordProvider(std::move(passwordProvider))
    , m_newVaultParams(newVaultParams)
{}

VaultSecretStore::~VaultSecretStore()
{
    lock();
}

QString VaultSecretStore::backendName() const
{
    return backendDisplayName(backendId());
}

bool VaultSecretStore::exists() const
{
    return QFileInfo::exists(m_path);
}

void VaultSecretStore::lock()
{
    m_key.reset(); // DerivedKey wipes itself
}

std::optional<QByteArray> VaultSecretStore::readFile(QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the secret vault %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool VaultSecretStore::ensureKeyFor(const vault::Header &header, QString *error)
{
    using namespace vault;
    if (m_key && m_key->salt == header.salt && m_key->params == header.params &&
        KeytimeSigner::constantTimeEquals(Codec::checkValue(*m_key), header.check))
        return true;
    m_key.reset();
    if (!m_passwordProvider) {
        *error = tr("The secret vault %1 needs its master password.").arg(m_path);
        return false;
    }
    std::optional<QByteArray> password = m_passwordProvider(PasswordPurpose::Unlock, m_path);
    if (!password) {
        *error = tr("No master password was given for the secret vault %1.").arg(m_path);
        return false;
    }
    std::unique_ptr<DerivedKey> key =
        Codec::deriveKey(*password, header.params, header.salt, error);
    secureWipe(*password);
    if (!key)
        return false;
    if (!KeytimeSigner::constantTimeEquals(Codec::checkValue(*key), header.check)) {
        m_lastCode = Error::WrongPassword;
        *error = tr("Wrong master password for the secret vault %1.").arg(m_path);
        return false;
    }
    m_key = std::move(key);
    return true;
}

bool VaultSecretStore::ensureNewKey(QString *error)
{
    using namespace vault;
    if (m_key)
        return true;
    if (!Codec::acceptable(m_newVaultParams, error))
        return false;
    if (!m_passwordProvider) {
        *error = tr("A new secret vault needs a master password.");
        return false;
    }
    std::optional<QByteArray> password = m_passwordProvider(PasswordPurpose::Create, m_path);
    if (!password || password->isEmpty()) {
        if (password)
            secureWipe(*password);
        *error = tr("No master password was given for the new secret vault %1.").arg(m_path);
        return false;
    }
    const QByteArray salt = Codec::randomBytes(SaltSize);
    m_key = salt.size() == SaltSize ? Codec::deriveKey(*password, m_newVaultParams, salt, error)
                                    : nullptr;
    secureWipe(*password);
    return m_key != nullptr;
}

std::optional<QMap<QString, QByteArray>> VaultSecretStore::decrypt(const QByteArray &file,
                                                                   QString *error)
{
    using namespace vault;
    const std::optional<Header> header = Codec::parseHeader(file, &m_lastCode, error);
    if (!header)
        return std::nullopt;
    if (!ensureKeyFor(*header, error))
        return std::nullopt;
    std::optional<QByteArray> plain = Codec::open(file, *m_key, &m_lastCode, error);
    if (!plain)
        return std::nullopt;
    std::optional<QMap<QString, QByteArray>> entries = Codec::decodeEntries(*plain);
    secureWipe(*plain);
    if (!entries) {
        m_lastCode = Error::Damaged;
        *error = tr("The secret vault %1 decrypts but its contents are malformed.").arg(m_path);
    }
    return entries;
}

bool VaultSecretStore::unlock(QString *error)
{
    m_lastCode = vault::Error::None;
    if (!exists())
        return ensureNewKey(error);
    const std::optional<QByteArray> file = readFile(error);
    if (!file)
        return false;
    std::optional<QMap<QString, QByteArray>> entries = decrypt(*file, error);
    if (!entries)
        return false;
    vault::Codec::wipeEntries(*entries);
    return true;
}

SecretStore::Status VaultSecretStore::read(const QString &name, QByteArray *secret, QString *error)
{
    secret->clear();
    m_lastCode = vault::Error::None;
    if (!exists()) {
        *error = tr("The secret vault has no entry %1.").arg(name);
        return Status::NotFound;
    }
    const std::optional<QByteArray> file = readFile(error);
    if (!file)
        return Status::Failed;
    std::optional<QMap<QString, QByteArray>> entries = decrypt(*file, error);
    if (!entries)
        return Status::Failed;
    Status status = Status::NotFound;
    if (auto it = entries->find(name); it != entries->end()) {
        *secret = *it;
        secret->detach(); // our own buffer: wiping the map must not touch the caller's copy
        status = Status::Ok;
    } else {
        *error = tr("The secret vault has no entry %1.").arg(name);
    }
    vault::Codec::wipeEntries(*entries);
    return status;
}

bool VaultSecretStore::write(const QString &name, const QByteArray &secret, QString *error)
{
    return change(Change::Put, name, secret, error);
}

bool VaultSecretStore::remove(const QString &name, QString *error)
{
    if (!exists())
        return true;
    return change(Change::Remove, name, {}, error);
}

bool VaultSecretStore::changePassword(QString *error)
{
    return change(Change::Rekey, {}, {}, error);
}

std::optional<QStringList> VaultSecretStore::names(QString *error)
{
    if (!exists())
        return QStringList{};
    const std::optional<QByteArray> file = readFile(error);
    if (!file)
        return std::nullopt;
    std::optional<QMap<QString, QByteArray>> entries = decrypt(*file, error);
    if (!entries)
        return std::nullopt;
    const QStringList out = entries->keys();
    vault::Codec::wipeEntries(*entries);
    return out;
}

bool VaultSecretStore::change(Change what, const QString &name, const QByteArray &secret,
                              QString *error)
{
    using namespace vault;
    m_lastCode = Error::None;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    QMutexLocker inProcess(&processWriteMutex());
    VaultWriteLock lockFile(m_path + QStringLiteral(".lock"));
    if (!lockFile.tryLock(20000)) {
        *error = tr("The secret vault %1 is locked by another program.").arg(m_path);
        return false;
    }
    // Under the lock: re-read what others may have written since, then apply our one change.
    QMap<QString, QByteArray> entries;
    if (exists()) {
        const std::optional<QByteArray> file = readFile(error);
        if (!file)
            return false;
        std::optional<QMap<QString, QByteArray>> current = decrypt(*file, error);
        if (!current)
            return false;
        entries = std::move(*current);
    } else if (what == Change::Rekey) {
        *error = tr("There is no secret vault at %1 yet.").arg(m_path);
        return false;
    } else if (!ensureNewKey(error)) {
        return false;
    }
    // A new password: a new salt and key (and today's KDF parameters); the old key is kept
    // until the new file is in place.
    std::unique_ptr<DerivedKey> oldKey;
    if (what == Change::Rekey) {
        oldKey = std::move(m_key);
        if (!ensureNewKey(error)) {
            m_key = std::move(oldKey);
            Codec::wipeEntries(entries);
            return false;
        }
    }
    auto restoreOldKey = [&] {
        if (oldKey)
            m_key = std::move(oldKey);
    };
    if (what == Change::Put) {
        QByteArray copy = secret;
        copy.detach();
        entries.insert(name, copy);
    } else if (what == Change::Remove) {
        if (auto it = entries.find(name); it != entries.end()) {
            secureWipe(*it);
            entries.erase(it);
        }
    }
    QByteArray plain = Codec::encodeEntries(entries);
    Codec::wipeEntries(entries);
    const std::optional<QByteArray> sealed = Codec::seal(plain, *m_key, error);
    secureWipe(plain);
    if (!sealed) {
        restoreOldKey();
        return false;
    }

    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the secret vault %1: %2").arg(m_path, out.errorString());
        restoreOldKey();
        return false;
    }
    out.setPermissions(OwnerOnly);
    if (out.write(*sealed) != sealed->size() || !out.commit()) {
        *error = tr("Cannot write the secret vault %1: %2").arg(m_path, out.errorString());
        out.cancelWriting();
        restoreOldKey();
        return false;
    }
    QFile::setPermissions(m_path, OwnerOnly);
    return true;
}

} // namespace pn

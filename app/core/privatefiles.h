#pragma once

#include <QFileDevice>
#include <QString>

namespace pn {

// Files that hold personal numbers (the ledger and its -wal/-shm, the sandbox state, exports)
// are readable by their owner only: 0600 in a 0700 folder, like the vault.
class PrivateFiles final
{
public:
    static constexpr QFileDevice::Permissions kFile =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions kFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // Creates the folder (and its parents) if needed; the folder itself becomes 0700.
    static bool makeFolder(const QString &path);
    // An SQLite database at `path`: created empty as 0600 if it does not exist yet (SQLite
    // gives its -wal, -shm and -journal files the database's mode), and made 0600 together
    // with those files if it does.
    static bool prepareDatabase(const QString &path);
    // An open file (QFile or QSaveFile) becomes 0600 before anything is written to it.
    static bool restrict(QFileDevice &file);
};

} // namespace pn

#include "core/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pn {

bool PrivateFiles::makeFolder(const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    if (!QDir().mkpath(path))
        return false;
    // A folder this program made is private; an existing one (a --data-dir the user chose)
    // keeps its mode unless it is the one holding only our files.
    if (!existed)
        return QFile::setPermissions(path, kFolder);
    return true;
}

bool PrivateFiles::prepareDatabase(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (!QFileInfo::exists(path)) // not someone else's creation at the same moment
                return false;
        } else {
            f.setPermissions(kFile);
            f.close();
        }
    }
    bool ok = QFile::setPermissions(path, kFile);
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1StringView(suffix);
        if (QFileInfo::exists(side))
            ok = QFile::setPermissions(side, kFile) && ok;
    }
    return ok;
}

bool PrivateFiles::restrict(QFileDevice &file)
{
    return file.setPermissions(kFile);
}

} // namespace pn

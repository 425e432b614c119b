#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;

namespace pn {

// One GUI writer per data folder. The first console on a folder holds a lock file in it and
// serves a local socket; a later start on the same folder asks that console to raise its window
// and exits, while a start on another folder runs normally. The socket's name is derived from a
// hash of the user id and the canonical folder path (never the path itself, which could tell
// something about the desk) and lives in the user's runtime folder (0700).
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   // this process owns the folder
        Secondary, // another console owns it and was asked to raise its window
        Failed     // another process holds the lock but did not answer (see error)
    };

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // Takes the folder or asks its owner to raise its window, waiting up to `waitMs` for an
    // owner that is still starting.
    Role start(int waitMs, QString *error);
    // The socket's name (a full path) for a canonical data folder.
    static QString serverName(const QString &canonicalDataDir);
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // A second start asked this console to show itself.
    void activationRequested();

private:
    bool listen(QString *error);
    bool askToRaise(int timeoutMs);

    QString m_dir;
    QString m_name;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace pn

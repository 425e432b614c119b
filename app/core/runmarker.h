#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pn {

// Notices an unclean exit: begin() writes a marker file into the data folder, end() removes it.
// A marker found by begin() means the previous run did not end cleanly (a crash, SIGKILL, a
// power cut); begin() returns what it recorded, once, and replaces it with this run's marker.
// The marker holds the process id, the start time and the log file's path — no secret.
class RunMarker final
{
public:
    struct PreviousRun
    {
        qint64 pid = 0;
        QDateTime startedAt;
        QString logFile;
    };

    explicit RunMarker(const QString &dataDir);
    ~RunMarker();
    Q_DISABLE_COPY_MOVE(RunMarker)

    std::optional<PreviousRun> begin(const QString &logFile);
    void end();
    QString path() const { return m_path; }

private:
    QString m_path;
    bool m_active = false;
};

} // namespace pn

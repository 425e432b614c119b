#include "core/runmarker.h"

#include "core/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pn {

RunMarker::RunMarker(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("pnconsole.running")))
{}

RunMarker::~RunMarker()
{
    // Not end(): only a clean exit removes the marker, and it says so by calling end().
}

std::optional<RunMarker::PreviousRun> RunMarker::begin(const QString &logFile)
{
    std::optional<PreviousRun> previous;
    QFile old(m_path);
    if (old.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(old.read(64 * 1024)).object();
        PreviousRun run;
        run.pid = o.value(QStringLiteral("pid")).toInteger();
        run.startedAt =
            QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
        run.logFile = o.value(QStringLiteral("log")).toString();
        previous = run;
        old.close();
    }
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && PrivateFiles::restrict(file)) {
        const QJsonObject o{
            {QStringLiteral("pid"), QCoreApplication::applicationPid()},
            {QStringLiteral("started"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("log"), logFile},
        };
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        m_active = file.commit();
    }
    return previous;
}

void RunMarker::end()
{
    if (m_active)
        QFile::remove(m_path);
    m_active = false;
}

} // namespace pn

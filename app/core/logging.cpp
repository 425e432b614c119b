#include "core/logging.h"

#include "core/phonemask.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

Q_LOGGING_CATEGORY(lcLedger, "pn.ledger", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatform, "pn.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCallbacks, "pn.callbacks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "pn.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "pn.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "pn.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pn.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "pn.cli", QtInfoMsg)

namespace pn {

namespace {

constexpr qint64 kRotateBytes = 4 * 1024 * 1024;

struct LogState
{
    QMutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool verboseStderr = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void rotateIfNeeded(QFile &file)
{
    if (file.size() < kRotateBytes)
        return;
    const QString path = file.fileName();
    file.close();
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
    file.setFileName(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = Logging::formatLine(type, context.category, message).toUtf8();
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if ((type != QtDebugMsg && type != QtInfoMsg) || s.verboseStderr || !s.file.isOpen()) {
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fputc('\n', stderr);
            std::fflush(stderr);
        }
        if (s.file.isOpen()) {
            const QByteArray stamp =
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
            s.file.write(stamp + ' ' + line + '\n');
            s.file.flush();
            rotateIfNeeded(s.file);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString Logging::redactUrlPasswords(const QString &text)
{
    // scheme://user:password@ → scheme://user@ (a password holds no '@', '/' or white space
    // unencoded in a URL).
    static const QRegularExpression withPassword(
        QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*):[^@/\\s]*@"));
    if (!text.contains(QLatin1StringView("://")))
        return text;
    QString out = text;
    out.replace(withPassword, QStringLiteral("\\1@"));
    return out;
}

QString Logging::scrub(const QString &raw)
{
    const QString text = redactUrlPasswords(raw);
    // A phone number, a devid or anything else that long is masked; shorter numbers (ports,
    // counts, HTTP statuses, error codes) stay readable.
    static const QRegularExpression digits(QStringLiteral("\\d{7,}"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += maskNumber(m.captured());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString Logging::formatLine(QtMsgType type, const char *category, const QString &message)
{
    const QString name = category && std::strcmp(category, "default") != 0
                             ? QString::fromUtf8(category)
                             : QStringLiteral("qt");
    return QStringLiteral("%1 %2: %3").arg(name, QLatin1StringView(typeName(type)), scrub(message));
}

bool Logging::install(const QString &logFile, const QString &settingsRules, QString *error)
{
    if (!settingsRules.trimmed().isEmpty()) {
        // Settings may hold "a=b;c=d" on one line; QLoggingCategory wants one rule per line.
        QString rules = settingsRules;
        rules.replace(u';', u'\n');
        QLoggingCategory::setFilterRules(rules); // QT_LOGGING_RULES still wins over these
    }
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.previous)
        s.previous = qInstallMessageHandler(handler);
    s.verboseStderr = qEnvironmentVariableIsSet("QT_LOGGING_RULES");
    if (s.file.isOpen())
        s.file.close();
    if (logFile.isEmpty())
        return true;
    const QFileInfo info(logFile);
    const QString dir = info.absolutePath();
    if (!QDir().exists(dir)) {
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    }
    s.file.setFileName(info.absoluteFilePath());
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = s.file.errorString();
        return false;
    }
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void Logging::shutdown()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

QString Logging::logFile()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

} // namespace pn

#include "core/deskidentity.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace pn {

QString cleanDeskName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            continue;
        out.append(c);
    }
    out = out.trimmed();
    if (out.size() > kMaxDeskLength)
        out = out.left(kMaxDeskLength).trimmed();
    return out;
}

QString deskUserName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = cleanDeskName(qEnvironmentVariable(name));
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

QString deskHostName()
{
    const QString host = cleanDeskName(QSysInfo::machineHostName());
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

QString deskIdentity()
{
    const QString forced = cleanDeskName(qEnvironmentVariable("PN_DESK"));
    if (!forced.isEmpty())
        return forced;
    return cleanDeskName(deskUserName() + u'@' + deskHostName());
}

} // namespace pn

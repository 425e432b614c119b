#include "core/requests.h"

#include "core/validation.h"

#include <QUuid>

namespace pn {

FormFields BindingRequest::formFields() const
{
    FormFields f{
        {QStringLiteral("appid"), appid},
        {QStringLiteral("anum"), normalizedNumber(anum)},
        {QStringLiteral("bnum"), normalizedNumber(bnum)},
        {QStringLiteral("reqid"), reqid},
        {QStringLiteral("ttl"), QString::number(ttl)},
    };
    if (record != 0)
        f.append({QStringLiteral("record"), QString::number(record)});
    if (!display.isEmpty())
        f.append({QStringLiteral("display"), display});
    if (!anucode.isEmpty())
        f.append({QStringLiteral("anucode"), anucode});
    if (!ansanu.isEmpty())
        f.append({QStringLiteral("ansanu"), ansanu});
    if (!userData.isEmpty())
        f.append({QStringLiteral("userData"), userData});
    return f;
}

FormFields TransferRequest::formFields() const
{
    FormFields f{
        {QStringLiteral("appid"), appid},
        {QStringLiteral("anum"), normalizedNumber(anum)},
        {QStringLiteral("reqid"), reqid},
    };
    if (!anucode.isEmpty())
        f.append({QStringLiteral("anucode"), anucode});
    if (record != 0)
        f.append({QStringLiteral("record"), QString::number(record)});
    if (display != 0)
        f.append({QStringLiteral("display"), QString::number(display)});
    if (ttl != 0)
        f.append({QStringLiteral("ttl"), QString::number(ttl)});
    if (!userData.isEmpty())
        f.append({QStringLiteral("userData"), userData});
    return f;
}

QString generateReqid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace pn

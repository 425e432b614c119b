#include "core/validation.h"

#include <QByteArray>
#include <QStringDecoder>

namespace pn {

QString normalizedNumber(const QString &number)
{
    QString out;
    out.reserve(number.size());
    for (QChar c : number) {
        if (c == u' ' || c == u'-' || c == u'\t')
            continue;
        out.append(c);
    }
    return out;
}

std::optional<ValidationError> Validation::checkNumber(const QString &field, const QString &label,
                                                       const QString &value)
{
    const QString n = normalizedNumber(value);
    if (n.isEmpty())
        return ValidationError{field, tr("%1 (%2) is required.").arg(label, field)};
    if (n.toUtf8().size() > MaxNumberBytes)
        return ValidationError{
            field, tr("%1 (%2) is longer than %3 bytes.").arg(label, field).arg(MaxNumberBytes)};
    bool digitsSeen = false;
    for (qsizetype i = 0; i < n.size(); ++i) {
        const QChar c = n.at(i);
        if (c == u'+' && i == 0)
            continue;
        if (c < u'0' || c > u'9')
            return ValidationError{
                field, tr("%1 (%2) may contain only digits and a leading '+'.").arg(label, field)};
        digitsSeen = true;
    }
    if (!digitsSeen)
        return ValidationError{field, tr("%1 (%2) has no digits.").arg(label, field)};
    return std::nullopt;
}

bool Validation::isValidDisplayPair(const QString &display)
{
    static const QStringList pairs = {QStringLiteral("0,0"), QStringLiteral("0,1"),
                                      QStringLiteral("1,0"), QStringLiteral("1,1")};
    return pairs.contains(display);
}

bool Validation::isValidCodeList(const QString &codes, int maxCodes)
{
    if (codes.isEmpty())
        return true;
    const QStringList parts = codes.split(u',');
    if (parts.size() > maxCodes)
        return false;
    bool any = false;
    for (const QString &p : parts) {
        for (QChar c : p) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
                return false;
        }
        any = any || !p.isEmpty();
    }
    return any;
}

namespace {

void requireText(ValidationErrors &errors, const QString &field, const QString &label,
                 const QString &value)
{
    if (value.trimmed().isEmpty())
        errors.append({field, Validation::tr("%1 (%2) is required.").arg(label, field)});
}

void checkCommon(ValidationErrors &errors, const QString &appid, const QString &x,
                 const QString &anum, const QString &reqid, const QString &userData)
{
    requireText(errors, QStringLiteral("appid"), Validation::tr("App ID"), appid);
    if (auto e =
            Validation::checkNumber(QStringLiteral("x"), Validation::tr("Privacy number X"), x))
        errors.append(*e);
    if (auto e = Validation::checkNumber(QStringLiteral("anum"), Validation::tr("Number A"), anum))
        errors.append(*e);
    requireText(errors, QStringLiteral("reqid"), Validation::tr("Request ID"), reqid);
    if (reqid.size() > 64)
        errors.append({QStringLiteral("reqid"),
                       Validation::tr("Request ID (reqid) is longer than 64 characters.")});
    if (userData.toUtf8().size() > 1024)
        errors.append({QStringLiteral("userData"),
                       Validation::tr("User data (userData) is longer than 1024 bytes.")});
}

} // namespace

QString Validation::maxTtlMessage()
{
    return tr("Validity (ttl) can be at most %1 s (about 68 years): the platform's ttl is a "
              "32-bit integer, so a longer one cannot be sent as it is.")
        .arg(MaxTtlSeconds);
}

ValidationErrors Validation::validate(const BindingRequest &r)
{
    ValidationErrors errors;
    checkCommon(errors, r.appid, r.x, r.anum, r.reqid, r.userData);
    if (auto e = checkNumber(QStringLiteral("bnum"), tr("Number B"), r.bnum))
        errors.append(*e);
    {
        const QString a = normalizedNumber(r.anum);
        if (!a.isEmpty() && a == normalizedNumber(r.bnum))
            errors.append(
                {QStringLiteral("bnum"), tr("Number B (bnum) must differ from number A.")});
    }
    if (r.ttl < 1)
        errors.append({QStringLiteral("ttl"),
                       tr("Validity (ttl) must be a whole number of seconds, at least 1.")});
    else if (r.ttl > MaxTtlSeconds)
        errors.append({QStringLiteral("ttl"), maxTtlMessage()});
    if (r.record != 0 && r.record != 1)
        errors.append({QStringLiteral("record"), tr("Recording (record) must be 0 or 1.")});
    if (!r.display.isEmpty() && !isValidDisplayPair(r.display))
        errors.append({QStringLiteral("display"),
                       tr("Caller display (display) must be one of 0,0 0,1 1,0 1,1.")});
    if (!isValidCodeList(r.anucode, 3))
        errors.append({QStringLiteral("anucode"),
                       tr("Announcement codes (anucode) must be at most three codes separated "
                          "by commas (B→X, A→X, others→X).")});
    if (!isValidCodeList(r.ansanu, 2))
        errors.append({QStringLiteral("ansanu"),
                       tr("After-answer announcement (ansanu) must be one code or two codes "
                          "separated by a comma.")});
    return errors;
}

ValidationErrors Validation::validate(const TransferRequest &r)
{
    ValidationErrors errors;
    checkCommon(errors, r.appid, r.x, r.anum, r.reqid, r.userData);
    if (r.ttl < 0)
        errors.append({QStringLiteral("ttl"),
                       tr("Validity (ttl) must be a whole number of seconds, 0 for no limit.")});
    else if (r.ttl > MaxTtlSeconds)
        errors.append({QStringLiteral("ttl"), maxTtlMessage()});
    if (r.record != 0 && r.record != 1)
        errors.append({QStringLiteral("record"), tr("Recording (record) must be 0 or 1.")});
    if (r.display != 0 && r.display != 1)
        errors.append({QStringLiteral("display"), tr("Caller display (display) must be 0 or 1.")});
    if (!isValidCodeList(r.anucode, 1))
        errors.append(
            {QStringLiteral("anucode"), tr("Announcement code (anucode) must be a single code.")});
    return errors;
}

QString Validation::encodeUserData(const QString &plain)
{
    return QString::fromLatin1(plain.toUtf8().toBase64());
}

std::optional<QString> Validation::decodeUserData(const QString &maybeBase64)
{
    const QString t = maybeBase64.trimmed();
    if (t.isEmpty() || t.size() % 4 != 0)
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(t.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(decoded.decoded);
    if (utf8.hasError())
        return std::nullopt;
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t' && c != u'\r')
            return std::nullopt;
    }
    return text;
}

} // namespace pn

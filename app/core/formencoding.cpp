#include "core/formencoding.h"

#include <QStringDecoder>

namespace pn {

QByteArray formEncode(const FormFields &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += key.toUtf8().toPercentEncoding();
        out += '=';
        out += value.toUtf8().toPercentEncoding();
    }
    return out;
}

std::optional<FormFields> formDecode(const QByteArray &body)
{
    FormFields fields;
    auto decodePart = [](QByteArray part, bool *ok) {
        part.replace('+', ' ');
        // A decoder per part, stateless: a multi-byte sequence cut at the end of one part is an
        // error, not carried over into the next part.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString s = utf8(QByteArray::fromPercentEncoding(part));
        *ok = !utf8.hasError();
        return s;
    };
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        bool okKey = true, okValue = true;
        const QString key = decodePart(eq < 0 ? pair : pair.left(eq), &okKey);
        const QString value = eq < 0 ? QString() : decodePart(pair.mid(eq + 1), &okValue);
        if (!okKey || !okValue)
            return std::nullopt;
        fields.append({key, value});
    }
    return fields;
}

QString formValue(const FormFields &fields, const QString &key)
{
    for (const auto &[k, v] : fields) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace pn

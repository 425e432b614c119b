#include "callbacks/callrecords.h"

#include "core/formencoding.h"

#include <QHash>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace pn {

std::optional<qint64> CdrRecord::ringSeconds() const
{
    if (!ringTime)
        return std::nullopt;
    const std::optional<qint64> end = answerTime ? answerTime : releaseTime;
    if (!end || *end < *ringTime)
        return std::nullopt;
    return *end - *ringTime;
}

qint64 CdrRecord::talkSeconds() const
{
    if (duration > 0)
        return duration;
    if (answerTime && releaseTime && *releaseTime > *answerTime)
        return *releaseTime - *answerTime;
    return 0;
}

QString CallWords::releaseDirection(const QString &releasedir)
{
    const QString d = releasedir.trimmed();
    if (d == QLatin1StringView("1"))
        return tr("caller hung up");
    if (d == QLatin1StringView("2"))
        return tr("callee hung up");
    if (d == QLatin1StringView("0"))
        return tr("platform hung up");
    if (d.isEmpty())
        return QString();
    return tr("unknown (%1)").arg(d);
}

QString CallWords::kindName(CallbackKind kind)
{
    return kind == CallbackKind::Cdr ? tr("CDR") : tr("call start");
}

QString CallWords::anomaly(const QString &code)
{
    if (code == QLatin1StringView("order"))
        return tr("times out of order (begin ≤ ring ≤ answer ≤ release)");
    if (code == QLatin1StringView("duration"))
        return tr("negative duration");
    if (code.endsWith(QLatin1StringView("-window")))
        return tr("%1 outside the plausible window (2000-01-01 to 24 h after arrival)")
            .arg(code.chopped(7));
    return code;
}

QString CallWords::anomalies(const QStringList &codes)
{
    QStringList out;
    for (const QString &c : codes)
        out << anomaly(c);
    return out.join(QStringLiteral("; "));
}

namespace {

enum class Type { String, Int };

struct FieldSpec
{
    const char *name;
    bool required;
    Type type;
};

// clang-format off
const QList<FieldSpec> &cdrSpec()
{
    static const QList<FieldSpec> spec = {
        {"devid", true, Type::String}, {"appid", true, Type::String},
        {"taskid", true, Type::String}, {"subid", true, Type::String},
        {"caller", true, Type::String}, {"rcaller", true, Type::String},
        {"callee", true, Type::String}, {"result", true, Type::String},
        {"beginTime", true, Type::Int}, {"ringTime", false, Type::Int},
        {"answerTime", false, Type::Int}, {"releaseTime", false, Type::Int},
        {"duration", false, Type::Int}, {"recording", false, Type::String},
        {"userData", false, Type::String}, {"releasedir", false, Type::String},
    };
    return spec;
}

const QList<FieldSpec> &callStartSpec()
{
    static const QList<FieldSpec> spec = {
        {"devid", true, Type::String}, {"appid", true, Type::String},
        {"taskid", true, Type::String}, {"subid", true, Type::String},
        {"caller", true, Type::String}, {"rcaller", true, Type::String},
        {"callee", true, Type::String}, {"callTime", true, Type::Int},
        {"smsContent", false, Type::String}, {"userData", false, Type::String},
    };
    return spec;
}
// clang-format on

QStringList names(const QList<FieldSpec> &spec)
{
    QStringList out;
    for (const FieldSpec &f : spec)
        out << QString::fromLatin1(f.name);
    return out;
}

QString asText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integral values print as integers (only where the conversion is defined).
        if (std::abs(d) < 9.0e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    default:
        return QString(); // arrays and objects are not values of a known field
    }
}

struct Parsed
{
    QHash<QString, QString> known;
    QJsonObject extra;
    QString error;
};

QHash<QString, const FieldSpec *> index(const QList<FieldSpec> &spec)
{
    QHash<QString, const FieldSpec *> byName;
    for (const FieldSpec &f : spec)
        byName.insert(QString::fromLatin1(f.name), &f);
    return byName;
}

Parsed collect(const CallbackParser::Fields &fields, const QList<FieldSpec> &spec)
{
    Parsed p;
    static const QHash<QString, const FieldSpec *> cdrIndex = index(cdrSpec());
    static const QHash<QString, const FieldSpec *> callStartIndex = index(callStartSpec());
    const QHash<QString, const FieldSpec *> &byName =
        &spec == &cdrSpec() ? cdrIndex : callStartIndex;
    for (const auto &[key, value] : fields) {
        const auto it = byName.constFind(key);
        if (it == byName.constEnd()) {
            if (!key.isEmpty() && !p.extra.contains(key))
                p.extra.insert(key, value);
            continue;
        }
        if (p.known.contains(key))
            continue; // the first occurrence wins
        if (value.isArray() || value.isObject()) {
            p.error = CallbackParser::tr("Field %1 must be a single value.").arg(key);
            return p;
        }
        p.known.insert(key, asText(value));
    }
    for (const FieldSpec &f : spec) {
        const QString name = QString::fromLatin1(f.name);
        const QString value = p.known.value(name).trimmed();
        if (f.required && value.isEmpty()) {
            p.error = CallbackParser::tr("Required field %1 is missing.").arg(name);
            return p;
        }
        if (f.type == Type::Int && !value.isEmpty()) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok) {
                p.error = CallbackParser::tr("Field %1 must be an integer (epoch seconds or "
                                             "seconds), not \"%2\".")
                              .arg(name, value.left(40));
                return p;
            }
            if (n > CallbackParser::MaxAbsInteger || n < -CallbackParser::MaxAbsInteger) {
                p.error = CallbackParser::tr("Field %1 is out of range: %2.").arg(name, value);
                return p;
            }
        }
        if (name == QLatin1StringView("taskid") && value.size() > CallbackParser::MaxTaskidLength) {
            p.error = CallbackParser::tr("The taskid has %1 characters; at most %2 are accepted.")
                          .arg(value.size())
                          .arg(CallbackParser::MaxTaskidLength);
            return p;
        }
    }
    return p;
}

std::optional<qint64> optInt(const Parsed &p, const char *name)
{
    const QString v = p.known.value(QString::fromLatin1(name)).trimmed();
    if (v.isEmpty())
        return std::nullopt;
    return v.toLongLong();
}

QString str(const Parsed &p, const char *name)
{
    return p.known.value(QString::fromLatin1(name));
}

// The plausibility checks of the header's comment, for the times present.
QStringList anomaliesOf(const QList<std::pair<const char *, std::optional<qint64>>> &times,
                        std::optional<qint64> duration, qint64 receivedAtMs)
{
    QStringList out;
    const qint64 latest = receivedAtMs / 1000 + CallbackParser::LatestPlausibleAheadSecs;
    for (const auto &[name, t] : times) {
        if (t && (*t < CallbackParser::EarliestPlausibleTime || *t > latest))
            out << QString::fromLatin1(name) + QStringLiteral("-window");
    }
    std::optional<qint64> previous;
    for (const auto &[name, t] : times) {
        if (!t)
            continue;
        if (previous && *t < *previous) {
            out << QStringLiteral("order");
            break;
        }
        previous = t;
    }
    if (duration && *duration < 0)
        out << QStringLiteral("duration");
    return out;
}

bool has(const CallbackParser::Fields &fields, const char *name)
{
    for (const auto &kv : fields) {
        if (kv.first == QLatin1StringView(name))
            return true;
    }
    return false;
}

} // namespace

const QStringList &CallbackParser::cdrFields()
{
    static const QStringList list = names(cdrSpec());
    return list;
}

const QStringList &CallbackParser::callStartFields()
{
    static const QStringList list = names(callStartSpec());
    return list;
}

std::optional<CallbackKind> CallbackParser::detect(const Fields &fields)
{
    if (has(fields, "result") || has(fields, "beginTime"))
        return CallbackKind::Cdr;
    if (has(fields, "callTime"))
        return CallbackKind::CallStart;
    return std::nullopt;
}

CallbackParser::Result CallbackParser::parse(const Fields &fields, Expect expect,
                                             qint64 receivedAtMs)
{
    Result r;
    CallbackKind kind = CallbackKind::Cdr;
    if (expect == Expect::CallStart) {
        kind = CallbackKind::CallStart;
    } else if (expect == Expect::Either) {
        const auto detected = detect(fields);
        if (!detected) {
            r.error = tr("Cannot tell a CDR from a call-start: neither result, beginTime nor "
                         "callTime is present.");
            return r;
        }
        kind = *detected;
    }
    if (kind == CallbackKind::Cdr) {
        const Parsed p = collect(fields, cdrSpec());
        if (!p.error.isEmpty()) {
            r.error = p.error;
            return r;
        }
        CdrRecord c;
        c.devid = str(p, "devid");
        c.appid = str(p, "appid");
        c.taskid = str(p, "taskid");
        c.subid = str(p, "subid");
        c.caller = str(p, "caller");
        c.rcaller = str(p, "rcaller");
        c.callee = str(p, "callee");
        c.result = str(p, "result");
        c.beginTime = optInt(p, "beginTime").value_or(0);
        c.ringTime = optInt(p, "ringTime");
        c.answerTime = optInt(p, "answerTime");
        c.releaseTime = optInt(p, "releaseTime");
        c.duration = optInt(p, "duration").value_or(0);
        c.recording = str(p, "recording");
        c.userData = str(p, "userData");
        c.releasedir = str(p, "releasedir");
        c.extra = p.extra;
        c.receivedAtMs = receivedAtMs;
        c.anomalies = anomaliesOf({{"beginTime", c.beginTime},
                                   {"ringTime", c.ringTime},
                                   {"answerTime", c.answerTime},
                                   {"releaseTime", c.releaseTime}},
                                  optInt(p, "duration"), receivedAtMs);
        r.record = std::move(c);
        return r;
    }
    const Parsed p = collect(fields, callStartSpec());
    if (!p.error.isEmpty()) {
        r.error = p.error;
        return r;
    }
    CallStartRecord s;
    s.devid = str(p, "devid");
    s.appid = str(p, "appid");
    s.taskid = str(p, "taskid");
    s.subid = str(p, "subid");
    s.caller = str(p, "caller");
    s.rcaller = str(p, "rcaller");
    s.callee = str(p, "callee");
    s.callTime = optInt(p, "callTime").value_or(0);
    s.smsContent = str(p, "smsContent");
    s.userData = str(p, "userData");
    s.extra = p.extra;
    s.receivedAtMs = receivedAtMs;
    s.anomalies = anomaliesOf({{"callTime", s.callTime}}, std::nullopt, receivedAtMs);
    r.record = std::move(s);
    return r;
}

bool CallbackParser::jsonSurrogatesPaired(const QByteArray &json)
{
    const auto hex = [&json](qsizetype at) -> int {
        if (at + 4 > json.size())
            return -1;
        bool ok = false;
        const int v = json.mid(at, 4).toInt(&ok, 16);
        return ok && std::all_of(json.begin() + at, json.begin() + at + 4,
                                 [](char c) { return std::isxdigit(uchar(c)); })
                   ? v
                   : -1;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json.at(i) != '\\')
            continue;
        if (i + 1 >= json.size())
            return true; // a broken escape; the JSON parser reports it
        if (json.at(i + 1) != 'u') {
            ++i; // \" \\ \n …
            continue;
        }
        const int unit = hex(i + 2);
        if (unit < 0)
            return true; // the JSON parser reports it
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return false; // a low surrogate first
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = i + 7 < json.size() && json.at(i + 6) == '\\' && json.at(i + 7) == 'u'
                                ? hex(i + 8)
                                : -1;
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            i += 6;
        }
        i += 5;
    }
    return true;
}

std::optional<CallbackParser::Fields>
CallbackParser::decodeBody(const QByteArray &body, const QByteArray &contentType, QString *error)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8(body);
    if (utf8.hasError()) {
        *error = tr("The body is not valid UTF-8.");
        return std::nullopt;
    }
    const QByteArray type = contentType.toLower();
    const bool json =
        type.contains("json") || (!type.contains("form") && body.trimmed().startsWith('{'));
    Fields fields;
    if (json) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("The body is not valid JSON: %1 at offset %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : tr("The JSON body must be an object.");
            return std::nullopt;
        }
        // Qt's parser would take "\ud800x" as one code point and swallow the x.
        if (!jsonSurrogatesPaired(body)) {
            *error = tr("The JSON body has an unpaired UTF-16 surrogate escape.");
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            fields.append({it.key(), it.value()});
        return fields;
    }
    const auto decoded = formDecode(body);
    if (!decoded) {
        *error = tr("The form body is not valid UTF-8 after percent-decoding.");
        return std::nullopt;
    }
    fields.reserve(decoded->size());
    for (const auto &[k, v] : *decoded)
        fields.append({k, QJsonValue(v)});
    return fields;
}

} // namespace pn

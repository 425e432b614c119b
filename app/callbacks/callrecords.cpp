#include "callbacks/callrecords.h"

#include <QHash>

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
            value.toLongLong(&ok);
            if (!ok) {
                p.error = CallbackParser::tr("Field %1 must be an integer (epoch seconds or "
                                             "seconds), not \"%2\".")
                              .arg(name, value.left(40));
                return p;
            }
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
    r.record = std::move(s);
    return r;
}

} // namespace pn

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace pn {

enum class CallbackKind { Cdr, CallStart };

// A call detail record, spec 5.1. Times are epoch seconds as the platform sends them.
struct CdrRecord
{
    QString devid;
    QString appid;
    QString taskid;
    QString subid;
    QString caller;
    QString rcaller; // the privacy (X) number
    QString callee;
    QString result; // "answered" or a code of spec 5.2
    qint64 beginTime = 0;
    std::optional<qint64> ringTime;
    std::optional<qint64> answerTime;
    std::optional<qint64> releaseTime;
    qint64 duration = 0;
    QString recording;
    QString userData;
    QString releasedir; // "1" caller, "2" callee, "0" platform
    QJsonObject extra;  // fields the spec does not name, kept as received
    qint64 receivedAtMs = 0;
    std::optional<qint64> profileId;
    qint64 rowId = 0; // the ledger row's id once stored (0 for a record not read from it)
    // Codes of what is implausible about it (CallbackParser::anomalies); stored, shown flagged.
    QStringList anomalies;

    // Seconds between ringback and answer (or release when unanswered), if the CDR says.
    std::optional<qint64> ringSeconds() const;
    // Seconds of conversation: `duration`, else release − answer.
    qint64 talkSeconds() const;
    bool answered() const { return result.trimmed() == QLatin1StringView("answered"); }
    bool operator==(const CdrRecord &) const = default;
};

// A call-start callback, spec 5.3.
struct CallStartRecord
{
    QString devid;
    QString appid;
    QString taskid;
    QString subid;
    QString caller;
    QString rcaller;
    QString callee;
    qint64 callTime = 0;
    QString smsContent;
    QString userData;
    QJsonObject extra;
    qint64 receivedAtMs = 0;
    std::optional<qint64> profileId;
    QStringList anomalies;
    bool operator==(const CallStartRecord &) const = default;
};

// One callback as the live inbox shows it: accepted (stored or a duplicate) or rejected.
struct CallbackEvent
{
    qint64 receivedAtMs = 0;
    std::optional<CallbackKind> kind; // unknown for callbacks rejected before parsing
    QString taskid;
    QString subid;
    QString summary; // e.g. the decoded result of a CDR, in the language of its arrival
    QString result;  // a CDR's raw `result` ("answered" or a code); the inbox translates it
    QString remote;  // the sender's address
    QString path;    // /cdr, /callstart, /callback
    int httpStatus = 200;
    QString reason; // why it was rejected; empty when accepted
    bool duplicate = false;
    QStringList anomalies; // of an accepted record: stored, but implausible
    bool accepted() const { return httpStatus == 200; }
};

// Words for `releasedir` ("who hung up").
class CallWords final
{
    Q_DECLARE_TR_FUNCTIONS(CallWords)

public:
    static QString releaseDirection(const QString &releasedir);
    static QString kindName(CallbackKind kind);
    // "begin-window" → "beginTime is outside the plausible window", etc.
    static QString anomaly(const QString &code);
    static QString anomalies(const QStringList &codes); // joined with "; "
};

// Turns decoded callback fields (from a form or a JSON object) into a typed record. Values are
// strings (form) or JSON values; integers are accepted as JSON numbers or decimal strings.
//
// Refused (the receiver answers 400): a missing required field, a non-integer time, an integer
// beyond ±10^12 (no later arithmetic can overflow), a taskid over 128 characters, a body not
// valid UTF-8, JSON with an unpaired surrogate escape ("\ud800x").
// Stored but flagged in `anomalies` (the platform may be odd; nothing is silently trusted):
//   "<field>-window"  a time before 2000-01-01 or more than 24 h after its arrival
//   "order"           not beginTime ≤ ringTime ≤ answerTime ≤ releaseTime (those present)
//   "duration"        a negative duration
// (README "Security" lists the same.)
class CallbackParser final
{
    Q_DECLARE_TR_FUNCTIONS(CallbackParser)

public:
    enum class Expect { Cdr, CallStart, Either };
    using Fields = QList<QPair<QString, QJsonValue>>;

    struct Result
    {
        std::variant<std::monostate, CdrRecord, CallStartRecord> record;
        QString error; // translated reason when record holds neither
        bool ok() const { return !std::holds_alternative<std::monostate>(record); }
    };

    static Result parse(const Fields &fields, Expect expect, qint64 receivedAtMs);
    // A request body as fields: JSON when the Content-Type says so (or, with neither JSON nor
    // form in it, when the body starts with '{'), else a form. std::nullopt and a reason for
    // a body that is not valid UTF-8, not a JSON object, or has unpaired surrogate escapes.
    static std::optional<Fields> decodeBody(const QByteArray &body, const QByteArray &contentType,
                                            QString *error);
    // Whether every \uXXXX escape in a JSON text pairs its surrogates.
    static bool jsonSurrogatesPaired(const QByteArray &json);

    static constexpr qsizetype MaxTaskidLength = 128;
    static constexpr qint64 MaxAbsInteger = 1'000'000'000'000;    // 10^12
    static constexpr qint64 EarliestPlausibleTime = 946'684'800;  // 2000-01-01T00:00:00Z
    static constexpr qint64 LatestPlausibleAheadSecs = 24 * 3600; // after the arrival
    // Which kind a set of fields describes for the shared path: a CDR carries `result` or
    // `beginTime`, a call-start `callTime`.
    static std::optional<CallbackKind> detect(const Fields &fields);

    static const QStringList &cdrFields();
    static const QStringList &callStartFields();
};

} // namespace pn

Q_DECLARE_METATYPE(pn::CdrRecord)
Q_DECLARE_METATYPE(pn::CallStartRecord)
Q_DECLARE_METATYPE(pn::CallbackEvent)

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

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
    bool accepted() const { return httpStatus == 200; }
};

// Words for `releasedir` ("who hung up").
class CallWords final
{
    Q_DECLARE_TR_FUNCTIONS(CallWords)

public:
    static QString releaseDirection(const QString &releasedir);
    static QString kindName(CallbackKind kind);
};

// Turns decoded callback fields (from a form or a JSON object) into a typed record. Values are
// strings (form) or JSON values; integers are accepted as JSON numbers or decimal strings.
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

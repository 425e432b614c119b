#pragma once

#include "core/requests.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pn {

// One broken rule: the parameter's name as the platform knows it ("anum") and a translated
// sentence naming the field and the rule.
struct ValidationError
{
    QString field;
    QString message;
    bool operator==(const ValidationError &) const = default;
};
using ValidationErrors = QList<ValidationError>;

class Validation final
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static constexpr int MaxNumberBytes = 24;
    // The longest validity (ttl) the console sends: the spec's ttl is an int, so anything
    // above 2^31 - 1 s (about 68 years) would not survive on the platform's side.
    static constexpr qint64 MaxTtlSeconds = 2147483647;

    // Checks a real or privacy number: digits with an optional leading '+', at most 24 bytes of
    // UTF-8 after spaces and dashes are removed. `label` is the translated field name.
    static std::optional<ValidationError> checkNumber(const QString &field, const QString &label,
                                                      const QString &value);
    static ValidationErrors validate(const BindingRequest &request);
    static QString maxTtlMessage();
    static ValidationErrors validate(const TransferRequest &request);

    static bool isValidDisplayPair(const QString &display);
    static bool isValidCodeList(const QString &codes, int maxCodes);

    // The base64 helper for userData ("base64 recommended" in the spec).
    static QString encodeUserData(const QString &plain);
    // The text inside userData if it is valid base64 of UTF-8, otherwise std::nullopt.
    static std::optional<QString> decodeUserData(const QString &maybeBase64);
};

// Spaces and dashes removed: "138 0013-8000" → "13800138000".
QString normalizedNumber(const QString &number);

} // namespace pn

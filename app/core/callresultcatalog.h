#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pn {

// The call results a CDR carries in `result` (spec section 5.2): `answered` or a code. Each has
// its meaning, a line of advice a customer-service agent can read to a customer, and a class
// for charts. Codes the catalog does not know are shown raw and never fail.
class CallResultCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(CallResultCatalog)

public:
    enum class Outcome { Answered, CalleeProblem, NumberProblem, Network, Platform, Unknown };

    struct Entry
    {
        const char *result;   // "answered" or the decimal code
        const char *original; // the wording of the Chinese specification
        const char *text;     // English source text, translated through tr()
        const char *advice;   // English source text, translated through tr()
        Outcome outcome;
    };

    static const QList<Entry> &entries();
    static const Entry *find(const QString &result);
    static QString text(const QString &result);
    static QString advice(const QString &result);
    static Outcome outcome(const QString &result);
    static QString outcomeName(Outcome outcome);
    static QList<Outcome> outcomes();
    // "17 · user busy"; "answered" reads as the translated word for answered.
    static QString describe(const QString &result);
};

} // namespace pn

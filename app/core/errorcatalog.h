#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pn {

// The platform's own error codes (spec section 1): meaning in words and whether a request that
// failed with it may be sent again with the same reqid.
class ErrorCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)

public:
    enum class Retry { Final, Retryable };

    struct Entry
    {
        int code;
        const char *original; // the wording of the Chinese specification
        const char *text;     // English source text, translated through tr()
        Retry retry;
    };

    static const QList<Entry> &entries();
    static const Entry *find(int code);
    // Translated meaning; an unknown code reads "Unknown platform error 4242" and never fails.
    static QString text(int code);
    // "1302 · resource configuration conflict" — what the UI shows.
    static QString describe(int code);
    static bool isRetryable(int code);
};

} // namespace pn

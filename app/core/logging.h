#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per layer. Messages at info and above are on by default, debug is off;
// rules come from the setting "log/rules" (e.g. "pn.platform.debug=true") and then from
// QT_LOGGING_RULES, which wins. Never pass a key, token, password or full phone number to these
// macros: log masked numbers (pn::maskNumber) and say "the key" instead of its value. The
// message handler masks any run of 7 or more digits as a last line of defence.
Q_DECLARE_LOGGING_CATEGORY(lcLedger)    // pn.ledger
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)  // pn.platform
Q_DECLARE_LOGGING_CATEGORY(lcCallbacks) // pn.callbacks
Q_DECLARE_LOGGING_CATEGORY(lcSession)   // pn.session
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)   // pn.secrets
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)   // pn.sandbox
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // pn.ui
Q_DECLARE_LOGGING_CATEGORY(lcCli)       // pn.cli

namespace pn {

class Logging final
{
public:
    // Installs the message handler. With `logFile`, every enabled message is appended to that
    // file with a UTC time stamp (the file is made 0600, a new folder 0700; past 4 MiB it is
    // moved to FILE.1) and standard error gets warnings and worse only (everything when
    // QT_LOGGING_RULES is set); without a file, standard error gets everything enabled.
    // `settingsRules` are the saved filter rules (may be empty). Returns false with `error` set if
    // the file cannot be opened; standard error keeps working then.
    static bool install(const QString &logFile, const QString &settingsRules, QString *error);
    // Closes the file (also done at exit).
    static void shutdown();
    static QString logFile();
    // What the handler writes, without the time stamp: "pn.ledger warning: text" with every run
    // of 7 or more digits masked like a phone number.
    static QString formatLine(QtMsgType type, const char *category, const QString &message);
    static QString scrub(const QString &text);
    // Removes the password of every URL in `text` ("postgresql://u:secret@h/db" becomes
    // "postgresql://u@h/db"); scrub() does it too. For anything a program prints.
    static QString redactUrlPasswords(const QString &text);
};

} // namespace pn

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace pn {

// One developer account of the sandbox platform (spec section 3). The key lives only in memory:
// the state file never holds it, so an account is configured again (addAccount) at every start.
struct SandboxAccount
{
    QString devid;
    QByteArray key;
    QStringList appids;
    int state = 1; // 0 trial, 1 active, 2 suspended, 3 closed
    QString role = QStringLiteral("developer");
    double balance = 100.0;  // yuan
    double overdraft = 0.0;  // yuan
    qint64 createTimeMs = 0; // 0 = now, when first added
    qint64 updateTimeMs = 0; // 0 = createTime
    QStringList xpool;       // the X numbers this account may bind
};

// Fault injection, all off by default, switchable at run time. "Every Nth" counters count the
// API requests (not the /sandbox/ admin API) since the faults were last set.
struct SandboxFaults
{
    int failEvery = 0;            // every Nth request answers 1500 and changes nothing
    double rateLimit = 0;         // requests per second (by the platform's clock); over → 1105
    int dropAfterCommitEvery = 0; // every Nth PUT/DELETE is committed, then the connection is
                                  // closed with no HTTP response at all
    int delayMs = 0;              // every response waits this long
    int badJsonEvery = 0;         // every Nth response body is malformed JSON (after commit)
    int unauthorizedEvery = 0;    // every Nth request answers HTTP 401
    bool maintenance = false;     // every request answers 1501
    bool operator==(const SandboxFaults &) const = default;
};

// How often each fault fired since the process started (for QA watching them live).
struct SandboxFaultCounts
{
    qint64 maintenance = 0;
    qint64 unauthorized = 0;
    qint64 rateLimited = 0;
    qint64 failed = 0;
    qint64 dropped = 0;
    qint64 badJson = 0;
    qint64 delayed = 0;
};

enum class SandboxState { Active, Released, Expired };
QString sandboxStateName(SandboxState state); // "active", "released", "expired"

// An AXB binding as the sandbox holds it (spec 4.1).
struct SandboxBinding
{
    QString subid;
    QString devid;
    QString appid;
    QString reqid;
    QString x;
    QString anum;
    QString bnum;
    qint64 ttl = 0;
    int record = 0;
    QString display;
    QString anucode;
    QString ansanu;
    QString userData;
    SandboxState state = SandboxState::Active;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 releasedAtMs = 0; // 0 unless released
};

// An XA transfer (spec 4.3). The platform answers no id for it; the sandbox gives it one
// (`id`) and puts it in the `subid` field of the CDRs of calls it carried.
struct SandboxTransfer
{
    QString id;
    QString devid;
    QString appid;
    QString reqid;
    QString x;
    QString anum;
    qint64 ttl = 0; // 0 = forever
    int record = 0;
    int display = 0;
    QString anucode;
    QString userData;
    SandboxState state = SandboxState::Active;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0; // 0 = never
    qint64 releasedAtMs = 0;
};

// A call to simulate: on a binding (subid) or on an X that has an active transfer.
struct SimulatedCall
{
    QString subid;  // either this …
    QString x;      // … or this (XA transfer)
    QString caller; // AXB: A (default), B or another number; XA: any number
    QString result = QStringLiteral("answered"); // or a code of spec 5.2
    int durationSecs = 30;                       // talk time when answered
    QString releasedir;                          // "" = 1 when answered, 0 otherwise
    int ringSecs = -1;     // ringing before answer (or before giving up); -1 = 5 s / 10 s
    bool callStart = true; // post the call-start callback (spec 5.3) before the CDR
};

enum class CallbackFormat { Form, Json };

// A call the sandbox simulated (what its CDR said).
struct SandboxCall
{
    QString taskid;
    QString devid;
    QString appid;
    QString subid;
    QString x;
    QString caller;
    QString callee;
    QString result;
    qint64 beginTime = 0;
    qint64 ringTime = 0;
    qint64 answerTime = 0; // 0 when not answered
    qint64 releaseTime = 0;
    qint64 duration = 0;
    int record = 0;
    QString releasedir;
    QString userData;
    double cost = 0;
};

} // namespace pn

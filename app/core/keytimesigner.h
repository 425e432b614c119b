#pragma once

#include "core/clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

namespace pn {

// The platform's "Keytime" authentication (spec section 2.1):
//   Authorization: Keytime <devid>,<timestamp_ms>,<sha256_hex(authKey + timestamp)[24..40)>
// The key is taken as raw bytes (UTF-8 of what the user typed) and never stored here.
class KeytimeSigner final
{
    Q_DECLARE_TR_FUNCTIONS(KeytimeSigner)

public:
    explicit KeytimeSigner(const Clock &clock)
        : m_clock(clock)
    {}

    // The 16 lowercase hex characters of the signature for this key and timestamp.
    static QByteArray signature(const QByteArray &authKey, qint64 timestampMs);

    // "Keytime devid,ts,sig", or std::nullopt with a translated reason in *error when the devid
    // or key is empty or the devid contains a comma or whitespace.
    static std::optional<QByteArray> header(const QString &devid, const QByteArray &authKey,
                                            qint64 timestampMs, QString *error = nullptr);

    // Signs with the injected clock corrected by the clock offset (platform time − local time).
    std::optional<QByteArray> authorization(const QString &devid, const QByteArray &authKey,
                                            QString *error = nullptr) const;
    qint64 timestampMs() const { return m_clock.nowMs() + m_offsetMs.load(); }

    void setClockOffsetMs(qint64 offsetMs) { m_offsetMs.store(offsetMs); }
    qint64 clockOffsetMs() const { return m_offsetMs.load(); }

    struct Parsed
    {
        QString devid;
        qint64 timestampMs = 0;
        QByteArray signature;
    };
    // Splits an Authorization header value; std::nullopt if it is not well-formed Keytime.
    static std::optional<Parsed> parse(const QByteArray &headerValue);

    // Constant-time comparison for signatures and shared secrets.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    const Clock &m_clock;
    std::atomic<qint64> m_offsetMs{0};
};

// Overwrites a buffer that held a secret before it is released.
void secureWipe(QByteArray &secret);

} // namespace pn

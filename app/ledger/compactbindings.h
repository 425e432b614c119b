#pragma once

#include "ledger/ledgerrecords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <limits>
#include <optional>

namespace pn {

// The rows of a BindingsModel, kept small: repeated texts (X, appid, display, user data, last
// error, lease owner, ...) are interned once, numbers of digits are packed into one integer,
// subid and reqid share one byte array, and times are plain integers. A BindingRecord is
// decoded on demand (at()); the hot paths (filter, sort, tick) read single fields.
// About 250-300 bytes per row with its heap, against ≈ 900 for a cached BindingRecord.
class CompactBindings final
{
public:
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void clear();
    void reserve(qsizetype n) { m_rows.reserve(n); }
    void append(const BindingRecord &b);
    void set(int row, const BindingRecord &b);
    void remove(int first, int count) { m_rows.remove(first, count); }

    BindingRecord at(int row) const;

    qint64 id(int row) const { return m_rows.at(row).id; }
    qint64 rev(int row) const { return m_rows.at(row).rev; }
    qint64 createdAt(int row) const { return m_rows.at(row).createdAt; }
    qint64 updatedAt(int row) const { return m_rows.at(row).updatedAt; }
    RecordState state(int row) const { return RecordState(m_rows.at(row).state); }
    std::optional<qint64> expiresAt(int row) const { return opt(m_rows.at(row).expiresAt); }
    bool releaseRequested(int row) const { return m_rows.at(row).releaseRequestedAt != kNone; }
    bool expiryApproximate(int row) const { return m_rows.at(row).expiresLatestAt != kNone; }
    bool record(int row) const { return m_rows.at(row).record != 0; }
    const QString &x(int row) const { return text(m_rows.at(row).x); }
    const QString &display(int row) const { return text(m_rows.at(row).display); }
    const QString &userData(int row) const { return text(m_rows.at(row).userData); }
    const QString &lastError(int row) const { return text(m_rows.at(row).lastError); }
    QString anum(int row) const { return unpackNumber(m_rows.at(row).anum); }
    QString bnum(int row) const { return unpackNumber(m_rows.at(row).bnum); }
    QString subid(int row) const;

    // X, A or B contain `digits` (already normalized); the subid contains `text` (any case).
    bool numberContains(int row, QStringView digits) const;
    bool subidContains(int row, QStringView text) const;
    // Compares by A or B as their texts would compare.
    int compareAnum(int a, int b) const;
    int compareBnum(int a, int b) const;
    int compareSubid(int a, int b) const;

    // Bytes of one row in the list itself (the heap of its byte array comes on top).
    static constexpr qsizetype rowBytes();

private:
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    struct Row
    {
        qint64 id = 0;
        qint64 createdAt = 0;
        qint64 expiresAt = kNone;
        qint64 expiresLatestAt = kNone;
        qint64 releasedAt = kNone;
        qint64 releaseRequestedAt = kNone;
        qint64 updatedAt = 0;
        qint64 rev = 0;
        qint64 firstSentAt = kNone;
        qint64 leaseUntil = kNone;
        qint64 anum = 0; // packNumber()
        qint64 bnum = 0;
        qint64 ttl = 0;
        qint32 profileId = 0;
        quint32 appid = 0, x = 0, display = 0, anucode = 0, ansanu = 0, userData = 0, lastError = 0,
                sendingBy = 0;
        qint32 attempts = 0;
        quint16 subidLength = 0; // ids = subid + reqid (UTF-8)
        quint8 state = 0;
        quint8 record = 0;
        QByteArray ids;
    };

    static qint64 fromOpt(std::optional<qint64> v) { return v ? *v : kNone; }
    static std::optional<qint64> opt(qint64 v)
    {
        return v == kNone ? std::nullopt : std::optional<qint64>(v);
    }
    quint32 intern(const QString &s);
    const QString &text(quint32 id) const { return m_strings.at(id); }
    // Digits only, 1-17 of them: (length << 57) | value. Else -(1 + interned text).
    qint64 packNumber(const QString &s);
    QString unpackNumber(qint64 packed) const;
    // The number's digits into `out` (at least 18 chars); its length, or -1 if not packed.
    static int digitsOf(qint64 packed, char *out);
    int compareNumbers(qint64 a, qint64 b) const;
    Row encode(const BindingRecord &b);

    QList<Row> m_rows;
    QList<QString> m_strings{QString()};
    QHash<QString, quint32> m_stringIds{{QString(), 0}};
};

constexpr qsizetype CompactBindings::rowBytes()
{
    return sizeof(Row);
}

} // namespace pn

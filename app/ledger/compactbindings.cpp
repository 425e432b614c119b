#include "ledger/compactbindings.h"

#include <cstring>

namespace pn {

namespace {

constexpr int kPackShift = 57;
constexpr qint64 kPackMask = (qint64(1) << kPackShift) - 1;

} // namespace

void CompactBindings::clear()
{
    m_rows = {}; // clear() would keep the capacity: a reload for a smaller profile frees it
    m_strings = {QString()};
    m_stringIds = {{QString(), 0}};
}

quint32 CompactBindings::intern(const QString &s)
{
    if (s.isEmpty())
        return 0;
    const auto it = m_stringIds.constFind(s);
    if (it != m_stringIds.cend())
        return it.value();
    const auto id = quint32(m_strings.size());
    m_strings.append(s);
    m_stringIds.insert(s, id);
    return id;
}

qint64 CompactBindings::packNumber(const QString &s)
{
    if (s.isEmpty())
        return 0;
    if (s.size() <= 17) {
        qint64 v = 0;
        bool digits = true;
        for (const QChar c : s) {
            if (c < u'0' || c > u'9') {
                digits = false;
                break;
            }
            v = v * 10 + (c.unicode() - u'0');
        }
        if (digits)
            return (qint64(s.size()) << kPackShift) | v;
    }
    return -1 - qint64(intern(s));
}

int CompactBindings::digitsOf(qint64 packed, char *out)
{
    if (packed <= 0)
        return packed == 0 ? 0 : -1;
    const int len = int(packed >> kPackShift);
    qint64 v = packed & kPackMask;
    for (int i = len - 1; i >= 0; --i) {
        out[i] = char('0' + v % 10);
        v /= 10;
    }
    return len;
}

QString CompactBindings::unpackNumber(qint64 packed) const
{
    if (packed < 0)
        return text(quint32(-1 - packed));
    char buf[20];
    const int len = digitsOf(packed, buf);
    return QString::fromLatin1(buf, len);
}

CompactBindings::Row CompactBindings::encode(const BindingRecord &b)
{
    Row r;
    r.id = b.id;
    r.createdAt = b.createdAt;
    r.expiresAt = fromOpt(b.expiresAt);
    r.expiresLatestAt = fromOpt(b.expiresLatestAt);
    r.releasedAt = fromOpt(b.releasedAt);
    r.releaseRequestedAt = fromOpt(b.releaseRequestedAt);
    r.updatedAt = b.updatedAt;
    r.rev = b.rev;
    r.firstSentAt = fromOpt(b.firstSentAt);
    r.leaseUntil = fromOpt(b.leaseUntil);
    r.anum = packNumber(b.request.anum);
    r.bnum = packNumber(b.request.bnum);
    r.ttl = b.request.ttl;
    r.profileId = qint32(b.profileId);
    r.appid = intern(b.request.appid);
    r.x = intern(b.request.x);
    r.display = intern(b.request.display);
    r.anucode = intern(b.request.anucode);
    r.ansanu = intern(b.request.ansanu);
    r.userData = intern(b.request.userData);
    r.lastError = intern(b.lastError);
    r.sendingBy = intern(b.sendingBy);
    r.attempts = b.attempts;
    r.state = quint8(b.state);
    r.record = b.request.record ? 1 : 0;
    const QByteArray subid = b.subid.toUtf8();
    r.subidLength = quint16(qMin<qsizetype>(subid.size(), 0xFFFF));
    r.ids = subid.left(r.subidLength) + b.request.reqid.toUtf8();
    r.ids.squeeze();
    return r;
}

void CompactBindings::append(const BindingRecord &b)
{
    m_rows.append(encode(b));
}

void CompactBindings::set(int row, const BindingRecord &b)
{
    m_rows[row] = encode(b);
}

QString CompactBindings::subid(int row) const
{
    const Row &r = m_rows.at(row);
    return QString::fromUtf8(r.ids.constData(), r.subidLength);
}

BindingRecord CompactBindings::at(int row) const
{
    const Row &r = m_rows.at(row);
    BindingRecord b;
    b.id = r.id;
    b.profileId = r.profileId;
    b.request.appid = text(r.appid);
    b.request.x = text(r.x);
    b.request.anum = unpackNumber(r.anum);
    b.request.bnum = unpackNumber(r.bnum);
    b.request.reqid =
        QString::fromUtf8(r.ids.constData() + r.subidLength, r.ids.size() - r.subidLength);
    b.request.ttl = r.ttl;
    b.request.record = r.record != 0;
    b.request.display = text(r.display);
    b.request.anucode = text(r.anucode);
    b.request.ansanu = text(r.ansanu);
    b.request.userData = text(r.userData);
    b.state = RecordState(r.state);
    b.subid = QString::fromUtf8(r.ids.constData(), r.subidLength);
    b.createdAt = r.createdAt;
    b.expiresAt = opt(r.expiresAt);
    b.releasedAt = opt(r.releasedAt);
    b.releaseRequestedAt = opt(r.releaseRequestedAt);
    b.lastError = text(r.lastError);
    b.attempts = r.attempts;
    b.updatedAt = r.updatedAt;
    b.rev = r.rev;
    b.sendingBy = text(r.sendingBy);
    b.leaseUntil = opt(r.leaseUntil);
    b.firstSentAt = opt(r.firstSentAt);
    b.expiresLatestAt = opt(r.expiresLatestAt);
    return b;
}

bool CompactBindings::numberContains(int row, QStringView digits) const
{
    if (digits.isEmpty())
        return true;
    const Row &r = m_rows.at(row);
    if (text(r.x).contains(digits))
        return true;
    // Needles are digits (normalized): compare on the packed digits without a QString.
    char needle[20];
    const bool asciiNeedle = digits.size() <= 17;
    if (asciiNeedle) {
        for (qsizetype i = 0; i < digits.size(); ++i)
            needle[i] = char(digits.at(i).unicode() & 0x7F);
    }
    for (const qint64 packed : {r.anum, r.bnum}) {
        if (packed < 0) {
            if (text(quint32(-1 - packed)).contains(digits))
                return true;
            continue;
        }
        char buf[20];
        const int len = digitsOf(packed, buf);
        if (!asciiNeedle || len < digits.size())
            continue;
        for (int at = 0; at + digits.size() <= len; ++at) {
            if (std::memcmp(buf + at, needle, size_t(digits.size())) == 0)
                return true;
        }
    }
    return false;
}

bool CompactBindings::subidContains(int row, QStringView text) const
{
    if (text.isEmpty())
        return true;
    const Row &r = m_rows.at(row);
    // Subids are ASCII (the platform's hex ids): read the bytes as Latin-1, no copy.
    return QLatin1StringView(r.ids.constData(), r.subidLength).contains(text, Qt::CaseInsensitive);
}

int CompactBindings::compareNumbers(qint64 a, qint64 b) const
{
    char ba[20], bb[20];
    const int la = digitsOf(a, ba);
    const int lb = digitsOf(b, bb);
    if (la < 0 || lb < 0)
        return QString::compare(unpackNumber(a), unpackNumber(b));
    const int c = std::memcmp(ba, bb, size_t(qMin(la, lb)));
    return c != 0 ? c : la - lb;
}

int CompactBindings::compareAnum(int a, int b) const
{
    return compareNumbers(m_rows.at(a).anum, m_rows.at(b).anum);
}

int CompactBindings::compareBnum(int a, int b) const
{
    return compareNumbers(m_rows.at(a).bnum, m_rows.at(b).bnum);
}

int CompactBindings::compareSubid(int a, int b) const
{
    const Row &ra = m_rows.at(a);
    const Row &rb = m_rows.at(b);
    // Subids are ASCII in practice: compare bytes (the same order as their texts then).
    const int n = qMin(ra.subidLength, rb.subidLength);
    const int c = std::memcmp(ra.ids.constData(), rb.ids.constData(), size_t(n));
    if (c != 0)
        return c;
    return int(ra.subidLength) - int(rb.subidLength);
}

} // namespace pn

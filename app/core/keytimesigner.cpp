#include "core/keytimesigner.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace pn {

QByteArray KeytimeSigner::signature(const QByteArray &authKey, qint64 timestampMs)
{
    QByteArray input = authKey + QByteArray::number(timestampMs);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const bool ok = ctx && EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) == 1 &&
                    EVP_DigestUpdate(ctx.get(), input.constData(), size_t(input.size())) == 1 &&
                    EVP_DigestFinal_ex(ctx.get(), digest, &len) == 1;
    secureWipe(input);
    if (!ok || len != 32)
        qFatal("OpenSSL SHA-256 failed");
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(digest), int(len)).toHex();
    OPENSSL_cleanse(digest, sizeof digest);
    return hex.mid(24, 16);
}

std::optional<QByteArray> KeytimeSigner::header(const QString &devid, const QByteArray &authKey,
                                                qint64 timestampMs, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (devid.trimmed().isEmpty())
        return fail(tr("The developer ID (devid) is empty."));
    if (devid.contains(u',') || devid.contains(u' ') || devid.trimmed() != devid)
        return fail(tr("The developer ID (devid) must not contain commas or spaces."));
    if (authKey.isEmpty())
        return fail(tr("The authentication key is empty."));
    if (timestampMs <= 0)
        return fail(tr("The timestamp must be a positive number of milliseconds."));
    return QByteArray("Keytime ") + devid.toUtf8() + ',' + QByteArray::number(timestampMs) + ',' +
           signature(authKey, timestampMs);
}

std::optional<QByteArray>
KeytimeSigner::authorization(const QString &devid, const QByteArray &authKey, QString *error) const
{
    return header(devid, authKey, timestampMs(), error);
}

std::optional<KeytimeSigner::Parsed> KeytimeSigner::parse(const QByteArray &headerValue)
{
    const QByteArray v = headerValue.trimmed();
    static const QByteArray scheme("Keytime ");
    if (!v.startsWith(scheme))
        return std::nullopt;
    const QList<QByteArray> parts = v.mid(scheme.size()).trimmed().split(',');
    if (parts.size() != 3)
        return std::nullopt;
    Parsed p;
    p.devid = QString::fromUtf8(parts[0].trimmed());
    bool ok = false;
    p.timestampMs = parts[1].trimmed().toLongLong(&ok);
    p.signature = parts[2].trimmed();
    if (p.devid.isEmpty() || !ok || p.timestampMs <= 0 || p.signature.size() != 16)
        return std::nullopt;
    for (char c : p.signature) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    }
    return p;
}

bool KeytimeSigner::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

void secureWipe(QByteArray &secret)
{
    if (!secret.isEmpty() && !secret.isDetached())
        secret.detach(); // never scribble over a buffer another QByteArray still shares
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace pn

#include "secrets/vaultformat.h"

#include "core/keytimesigner.h"

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

namespace pn::vault {

namespace {

constexpr char Magic[] = "PNVAULT";
constexpr quint8 CipherAesGcm = 1;
constexpr quint64 MaxScryptMemory = quint64(1) << 30; // 1 GiB
constexpr quint64 MaxCiphertext = quint64(64) << 20;  // 64 MiB of secrets is plenty

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putU64(QByteArray &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

quint32 getU32(const QByteArray &in, qsizetype at)
{
    return qFromBigEndian<quint32>(in.constData() + at);
}

quint64 getU64(const QByteArray &in, qsizetype at)
{
    return qFromBigEndian<quint64>(in.constData() + at);
}

void setError(Error *code, QString *error, Error value, const QString &message)
{
    if (code)
        *code = value;
    if (error)
        *error = message;
}

QByteArray sha256(const char *data, size_t size)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data), size, digest);
    return QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH);
}

// The first 80 bytes of the header: everything but its digest.
QByteArray headerPrefix(const DerivedKey &key, const QByteArray &nonce, quint64 length)
{
    QByteArray h;
    h.reserve(HeaderSize);
    h.append(Magic, 7);
    h.append(char(FormatVersion));
    h.append(char(key.params.kdf));
    h.append(char(CipherAesGcm));
    h.append(2, '\0');
    putU64(h, key.params.cost);
    putU32(h, key.params.r);
    putU32(h, key.params.p);
    h.append(key.salt);
    h.append(nonce);
    putU64(h, length);
    h.append(Codec::checkValue(key));
    return h;
}

} // namespace

DerivedKey::DerivedKey()
{
#ifdef Q_OS_UNIX
    m_locked = ::mlock(bytes.data(), bytes.size()) == 0; // best effort (RLIMIT_MEMLOCK)
#endif
}

DerivedKey::~DerivedKey()
{
    OPENSSL_cleanse(bytes.data(), bytes.size());
#ifdef Q_OS_UNIX
    if (m_locked)
        ::munlock(bytes.data(), bytes.size());
#endif
}

bool Codec::acceptable(const KdfParams &p, QString *error)
{
    bool ok = false;
    if (p.kdf == Kdf::Scrypt) {
        const bool powerOfTwo = p.cost >= 2 && (p.cost & (p.cost - 1)) == 0;
        ok = powerOfTwo && p.cost >= (1u << 10) && p.cost <= (1u << 22) && p.r >= 1 && p.r <= 32 &&
             p.p >= 1 && p.p <= 16 && 128 * p.cost * p.r <= MaxScryptMemory;
    } else if (p.kdf == Kdf::Pbkdf2Sha256) {
        ok = p.cost >= 1000 && p.cost <= 100'000'000;
    }
    if (!ok && error)
        *error = tr("The vault's key-derivation parameters are out of range.");
    return ok;
}

bool Codec::strongEnough(const KdfParams &p)
{
    if (p.kdf == Kdf::Pbkdf2Sha256)
        return p.cost >= 600000;
    return p.cost * p.r * p.p >= (quint64(1) << 17) * 8;
}

std::optional<Header> Codec::parseHeader(const QByteArray &file, Error *code, QString *error)
{
    if (file.size() < 8 || !file.startsWith(QByteArray(Magic, 7))) {
        setError(code, error, Error::NotAVault, tr("This file is not a secret vault."));
        return std::nullopt;
    }
    if (quint8(file.at(7)) != FormatVersion) {
        setError(code, error, Error::UnsupportedVersion,
                 tr("The secret vault has format version %1, which this program cannot read.")
                     .arg(quint8(file.at(7))));
        return std::nullopt;
    }
    if (file.size() < HeaderSize) {
        setError(code, error, Error::Truncated,
                 tr("The secret vault is truncated (only %n byte(s)).", nullptr, int(file.size())));
        return std::nullopt;
    }
    if (sha256(file.constData(), 80) != file.mid(80, 32)) {
        setError(code, error, Error::Damaged,
                 tr("The secret vault's header is damaged; it was changed outside this program."));
        return std::nullopt;
    }
    Header h;
    h.params.kdf = Kdf(quint8(file.at(8)));
    h.params.cost = getU64(file, 12);
    h.params.r = getU32(file, 20);
    h.params.p = getU32(file, 24);
    h.salt = file.mid(28, SaltSize);
    h.nonce = file.mid(44, NonceSize);
    h.length = getU64(file, 56);
    h.check = file.mid(64, CheckSize);
    QString why;
    if (quint8(file.at(9)) != CipherAesGcm || file.at(10) != 0 || file.at(11) != 0 ||
        !acceptable(h.params, &why) || h.length > MaxCiphertext) {
        setError(code, error, Error::UnsupportedVersion,
                 tr("The secret vault uses settings this program does not support."));
        return std::nullopt;
    }
    const quint64 expected = quint64(HeaderSize) + h.length + TagSize;
    if (quint64(file.size()) < expected) {
        setError(
            code, error, Error::Truncated,
            tr("The secret vault is truncated: %1 of %2 bytes.").arg(file.size()).arg(expected));
        return std::nullopt;
    }
    if (quint64(file.size()) > expected) {
        setError(code, error, Error::Damaged,
                 tr("The secret vault has %n unexpected trailing byte(s).", nullptr,
                    int(quint64(file.size()) - expected)));
        return std::nullopt;
    }
    return h;
}

std::unique_ptr<DerivedKey> Codec::deriveKey(const QByteArray &password, const KdfParams &params,
                                             const QByteArray &salt, QString *error)
{
    if (!acceptable(params, error))
        return nullptr;
    auto key = std::make_unique<DerivedKey>();
    key->salt = salt;
    key->params = params;
    const auto *pw = password.constData();
    const auto *s = reinterpret_cast<const unsigned char *>(salt.constData());
    int ok = 0;
    if (params.kdf == Kdf::Scrypt) {
        const quint64 maxmem = 128 * params.cost * params.r * (params.p + 1) + (quint64(1) << 20);
        ok = EVP_PBE_scrypt(pw, size_t(password.size()), s, size_t(salt.size()), params.cost,
                            params.r, params.p, maxmem, key->bytes.data(), key->bytes.size());
    } else {
        ok = PKCS5_PBKDF2_HMAC(pw, int(password.size()), s, int(salt.size()), int(params.cost),
                               EVP_sha256(), int(key->bytes.size()), key->bytes.data());
    }
    if (ok != 1) {
        if (error)
            *error = tr("Deriving the vault key failed (out of memory?).");
        return nullptr;
    }
    return key;
}

QByteArray Codec::checkValue(const DerivedKey &key)
{
    QByteArray message = QByteArrayLiteral("pnvault password check") + key.salt;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha256(), key.checkKey(), 32,
         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), mac,
         &macLength);
    QByteArray out(reinterpret_cast<const char *>(mac), CheckSize);
    OPENSSL_cleanse(mac, sizeof mac);
    return out;
}

std::optional<QByteArray> Codec::open(const QByteArray &file, const DerivedKey &key, Error *code,
                                      QString *error)
{
    const std::optional<Header> h = parseHeader(file, code, error);
    if (!h)
        return std::nullopt;
    if (h->salt != key.salt || !(h->params == key.params) ||
        !KeytimeSigner::constantTimeEquals(h->check, checkValue(key))) {
        setError(code, error, Error::WrongPassword,
                 tr("Wrong master password for the secret vault."));
        return std::nullopt;
    }
    QByteArray plain(qsizetype(h->length), '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok =
        ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx, nullptr, nullptr, key.encryptionKey(),
                           reinterpret_cast<const unsigned char *>(h->nonce.constData())) == 1 &&
        EVP_DecryptUpdate(ctx, nullptr, &len,
                          reinterpret_cast<const unsigned char *>(file.constData()),
                          HeaderSize) == 1;
    if (ok && h->length > 0) {
        ok = EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &len,
                               reinterpret_cast<const unsigned char *>(file.constData()) +
                                   HeaderSize,
                               int(h->length)) == 1;
    }
    QByteArray tag = file.right(TagSize);
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1;
    unsigned char tail[16];
    ok = ok && EVP_DecryptFinal_ex(ctx, tail, &len) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) {
        secureWipe(plain); // never hand out a half-verified plaintext
        setError(code, error, Error::Tampered,
                 tr("The secret vault is damaged or was tampered with (authentication failed)."));
        return std::nullopt;
    }
    if (code)
        *code = Error::None;
    return plain;
}

std::optional<QByteArray> Codec::seal(const QByteArray &plaintext, const DerivedKey &key,
                                      QString *error)
{
    const QByteArray nonce = randomBytes(NonceSize);
    QByteArray out = headerPrefix(key, nonce, quint64(plaintext.size()));
    out.append(sha256(out.constData(), size_t(out.size())));
    const qsizetype headerEnd = out.size();
    out.resize(headerEnd + plaintext.size() + TagSize);
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok = nonce.size() == NonceSize && ctx &&
              EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx, nullptr, nullptr, key.encryptionKey(),
                                 reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
              EVP_EncryptUpdate(ctx, nullptr, &len, dst, int(headerEnd)) == 1;
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx, dst + headerEnd, &len,
                               reinterpret_cast<const unsigned char *>(plaintext.constData()),
                               int(plaintext.size())) == 1;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx, dst + headerEnd + plaintext.size(), &len) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, TagSize,
                             dst + headerEnd + plaintext.size()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) {
        if (error)
            *error = tr("Encrypting the secret vault failed.");
        return std::nullopt;
    }
    return out;
}

QByteArray Codec::randomBytes(int size)
{
    QByteArray out(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size) != 1)
        return {};
    return out;
}

QByteArray Codec::encodeEntries(const QMap<QString, QByteArray> &entries)
{
    QByteArray out("PNVE");
    putU32(out, quint32(entries.size()));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        putU32(out, quint32(name.size()));
        out.append(name);
        putU32(out, quint32(it.value().size()));
        out.append(it.value());
    }
    return out;
}

std::optional<QMap<QString, QByteArray>> Codec::decodeEntries(const QByteArray &plain)
{
    QMap<QString, QByteArray> entries;
    if (plain.size() < 8 || !plain.startsWith("PNVE"))
        return std::nullopt;
    const quint32 count = getU32(plain, 4);
    qsizetype at = 8;
    auto take = [&](QByteArray *out) {
        if (plain.size() - at < 4)
            return false;
        const quint32 size = getU32(plain, at);
        at += 4;
        if (quint64(plain.size() - at) < size)
            return false;
        *out = plain.mid(at, qsizetype(size));
        at += size;
        return true;
    };
    for (quint32 i = 0; i < count; ++i) {
        QByteArray name;
        QByteArray value;
        if (!take(&name) || !take(&value)) {
            wipeEntries(entries);
            return std::nullopt;
        }
        entries.insert(QString::fromUtf8(name), value);
    }
    if (at != plain.size()) {
        wipeEntries(entries);
        return std::nullopt;
    }
    return entries;
}

void Codec::wipeEntries(QMap<QString, QByteArray> &entries)
{
    for (auto it = entries.begin(); it != entries.end(); ++it)
        secureWipe(it.value());
    entries.clear();
}

} // namespace pn::vault

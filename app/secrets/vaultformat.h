#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace pn::vault {

// The vault file, version 1 (all integers big-endian):
//
//   offset size  field
//        0    7  magic "PNVAULT"
//        7    1  format version (1)
//        8    1  KDF: 1 = scrypt, 2 = PBKDF2-HMAC-SHA256
//        9    1  cipher: 1 = AES-256-GCM
//       10    2  reserved, 0
//       12    8  KDF cost: scrypt N, or PBKDF2 iterations
//       20    4  scrypt r (0 for PBKDF2)
//       24    4  scrypt p (0 for PBKDF2)
//       28   16  salt (random, per vault)
//       44   12  nonce (random, per write)
//       56    8  ciphertext length L
//       64   16  password check: HMAC-SHA256(check key, "pnvault password check" || salt)[0..16)
//       80   32  SHA-256 of bytes 0..80 (tells accidental damage from a wrong password)
//      112    L  ciphertext
//    112+L   16  GCM tag
//
// The KDF yields 64 bytes: the first 32 are the AES key, the last 32 the check key. The whole
// 112-byte header is the GCM additional authenticated data, so salt and parameters cannot be
// changed without the tag failing. The plaintext is a list of entries (see encodeEntries).
constexpr int HeaderSize = 112;
constexpr int SaltSize = 16;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr int CheckSize = 16;
constexpr quint8 FormatVersion = 1;

enum class Kdf : quint8 { Scrypt = 1, Pbkdf2Sha256 = 2 };

struct KdfParams
{
    Kdf kdf = Kdf::Scrypt;
    quint64 cost = quint64(1) << 17; // scrypt N (OWASP: 2^17, r 8, p 1 = 128 MiB)
    quint32 r = 8;
    quint32 p = 1;

    static KdfParams scrypt(quint64 n = quint64(1) << 17, quint32 r = 8, quint32 p = 1)
    {
        return {Kdf::Scrypt, n, r, p};
    }
    static KdfParams pbkdf2(quint64 iterations = 600000)
    {
        return {Kdf::Pbkdf2Sha256, iterations, 0, 0};
    }
    bool operator==(const KdfParams &) const = default;
};

enum class Error {
    None,
    NotAVault,
    UnsupportedVersion,
    Damaged,
    Truncated,
    WrongPassword,
    Tampered,
    Internal
};

struct Header
{
    KdfParams params;
    QByteArray salt;
    QByteArray nonce;
    quint64 length = 0;
    QByteArray check;
};

// 64 derived bytes, kept out of swap where possible and wiped when destroyed. Never copied.
class DerivedKey final
{
public:
    DerivedKey(); // locks its bytes in RAM (no swap) where the system allows
    ~DerivedKey();
    Q_DISABLE_COPY_MOVE(DerivedKey)

    std::array<unsigned char, 64> bytes{};
    QByteArray salt; // which vault it belongs to
    KdfParams params;
    const unsigned char *encryptionKey() const { return bytes.data(); }
    const unsigned char *checkKey() const { return bytes.data() + 32; }

private:
    bool m_locked = false;
};

class Codec final
{
    Q_DECLARE_TR_FUNCTIONS(VaultCodec)

public:
    // Rejects parameters that are out of range in either direction (a hostile header must not
    // make us allocate gigabytes; a new vault must not be weak).
    static bool acceptable(const KdfParams &params, QString *error);
    static bool strongEnough(const KdfParams &params);

    static std::optional<Header> parseHeader(const QByteArray &file, Error *code, QString *error);
    // Derives the key for `password` (which the caller wipes).
    static std::unique_ptr<DerivedKey> deriveKey(const QByteArray &password,
                                                 const KdfParams &params, const QByteArray &salt,
                                                 QString *error);
    static QByteArray checkValue(const DerivedKey &key);

    // Verifies the whole file with `key` and returns the plaintext (wipe it after use). Nothing
    // is returned unless the header, the length and the tag are all correct.
    static std::optional<QByteArray> open(const QByteArray &file, const DerivedKey &key,
                                          Error *code, QString *error);
    // Encrypts with a fresh random nonce.
    static std::optional<QByteArray> seal(const QByteArray &plaintext, const DerivedKey &key,
                                          QString *error);

    static QByteArray randomBytes(int size);

    // Plaintext layout: "PNVE" u32 count, then per entry u32 name length, UTF-8 name, u32 value
    // length, value.
    static QByteArray encodeEntries(const QMap<QString, QByteArray> &entries);
    static std::optional<QMap<QString, QByteArray>> decodeEntries(const QByteArray &plaintext);
    static void wipeEntries(QMap<QString, QByteArray> &entries);
};

} // namespace pn::vault

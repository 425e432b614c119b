// The vault file: header parsing, the whole-file check with a fixed key, and the entry list
// (the plaintext layout) on its own, since a random file never passes the GCM tag.
#include "secrets/vaultformat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pn::vault;
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    Error code = Error::None;
    QString error;
    if (const auto header = Codec::parseHeader(file, &code, &error)) {
        QString why;
        (void)Codec::acceptable(header->params, &why);
        static DerivedKey key;
        key.bytes.fill(0x5a);
        key.salt = header->salt;
        key.params = header->params;
        if (const auto plain = Codec::open(file, key, &code, &error))
            std::abort(); // no random file carries a valid tag for this key
    } else if (code == Error::None) {
        std::abort(); // a refusal always says why
    }
    if (auto entries = Codec::decodeEntries(file)) {
        const auto again = Codec::decodeEntries(Codec::encodeEntries(*entries));
        if (!again || *again != *entries)
            std::abort();
        Codec::wipeEntries(*entries);
    }
    return 0;
}

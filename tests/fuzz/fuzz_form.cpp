// Form decoding (callback bodies, the sandbox's requests): decode, and what decodes encodes back
// to the same fields.
#include "core/formencoding.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto fields = pn::formDecode(body);
    if (!fields)
        return 0;
    const auto again = pn::formDecode(pn::formEncode(*fields));
    if (!again || *again != *fields)
        std::abort();
    return 0;
}

// The callback body decoder and record parser: form or JSON bytes from anyone on the network.
// The first byte picks the Content-Type and the route; the rest is the body.
#include "callbacks/callrecords.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QByteArray types[] = {"application/json", "application/x-www-form-urlencoded", "",
                                       "text/plain; charset=utf-8"};
    const QByteArray &type = types[data[0] & 3];
    const auto expect = pn::CallbackParser::Expect((data[0] >> 2) % 3);
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    const auto fields = pn::CallbackParser::decodeBody(body, type, &error);
    if (!fields) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const pn::CallbackParser::Result r =
        pn::CallbackParser::parse(*fields, expect, 1'700'000'000'000);
    if (r.ok() == !r.error.isEmpty())
        std::abort();
    if (const auto *c = std::get_if<pn::CdrRecord>(&r.record)) {
        if (c->taskid.trimmed().isEmpty() || c->taskid.size() > pn::CallbackParser::MaxTaskidLength)
            std::abort();
        (void)c->ringSeconds();
        (void)c->talkSeconds();
        (void)pn::CallWords::anomalies(c->anomalies);
    }
    return 0;
}

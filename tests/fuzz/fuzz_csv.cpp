// The bulk CSV reader on any bytes: byte 0 picks the encoding. Every record read without an
// error is written by CsvWriter's encoder and read back to the same fields.
#include "core/csvreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const pn::CsvReader::Encoding encodings[] = {pn::CsvReader::Encoding::Auto,
                                                        pn::CsvReader::Encoding::Utf8,
                                                        pn::CsvReader::Encoding::Gb18030};
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    pn::CsvReader reader(&in, encodings[data[0] % 3]);
    QStringList fields;
    for (int i = 0; i < 10'000 && reader.readRecord(&fields); ++i) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // written as a blank line, which a reader skips
        // With the BOM CsvWriter starts every file with, so a first field that starts with
        // U+FEFF is data, not a BOM.
        QByteArray encoded = "\xEF\xBB\xBF" + pn::CsvWriter::encodeRecord(fields);
        QBuffer back(&encoded);
        back.open(QIODevice::ReadOnly);
        pn::CsvReader again(&back, pn::CsvReader::Encoding::Utf8);
        QStringList roundTrip;
        if (!again.readRecord(&roundTrip) || roundTrip != fields)
            std::abort();
    }
    if (reader.hasError() && reader.errorString().isEmpty())
        std::abort();
    return 0;
}

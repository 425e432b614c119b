#include "core/csvreader.h"

#include <QIODevice>

namespace pn {

namespace {

constexpr qsizetype kChunk = 64 * 1024;

// True when `bytes` is valid UTF-8, allowing a sequence cut off at the very end (the chunk may
// end inside a character).
bool looksLikeUtf8(const QByteArray &bytes, bool atEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n) { // cut off by the end of the chunk
            if (atEnd)
                return false;
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, Encoding encoding)
    : m_device(device)
    , m_encoding(encoding)
{}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<CsvReader::Encoding> CsvReader::encodingFromOption(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1StringView("auto"))
        return Encoding::Auto;
    if (t == QLatin1StringView("utf-8") || t == QLatin1StringView("utf8"))
        return Encoding::Utf8;
    if (t == QLatin1StringView("gb18030") || t == QLatin1StringView("gbk") ||
        t == QLatin1StringView("gb2312"))
        return Encoding::Gb18030;
    return std::nullopt;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray more = m_device->read(kChunk);
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer += more;
    return true;
}

void CsvReader::detect()
{
    m_detected = true;
    while (m_buffer.size() < kChunk && fill()) {
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
        m_consumed = 3;
        if (m_encoding == Encoding::Auto)
            m_encoding = Encoding::Utf8;
    } else if (m_buffer.startsWith("\x84\x31\x95\x33")) { // GB18030's own BOM
        m_bom = true;
        m_pos = 4;
        m_consumed = 4;
        if (m_encoding == Encoding::Auto)
            m_encoding = Encoding::Gb18030;
    }
    if (m_encoding == Encoding::Auto)
        m_encoding = looksLikeUtf8(m_buffer, m_eof) ? Encoding::Utf8 : Encoding::Gb18030;
    // Stateless: each field is complete, so a sequence cut off at its end is an error too.
    // ConvertInitialBom: the file's BOM was skipped above; a field that starts with U+FEFF
    // keeps it (a stateless decoder would drop it from every field; found by fuzz_csv).
    const auto flags = QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;
    m_decoder = m_encoding == Encoding::Gb18030 ? QStringDecoder("GB18030", flags)
                                                : QStringDecoder(QStringDecoder::Utf8, flags);
    if (!m_decoder.isValid())
        m_error = tr("This system cannot decode %1 text; save the file as UTF-8.")
                      .arg(encodingName(m_encoding));
}

bool CsvReader::decodeField(const QByteArray &bytes, QString *out)
{
    *out = m_decoder.decode(bytes);
    if (!m_decoder.hasError())
        return true;
    m_decoder.resetState();
    m_error = tr("Row %1 (line %2) has a byte that is not valid %3: save the file as UTF-8 or "
                 "choose the right encoding.")
                  .arg(m_record)
                  .arg(m_recordLine)
                  .arg(encodingName(m_encoding));
    return false;
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!m_detected)
        detect();
    if (hasError())
        return false;
    for (;;) {
        // Skip blank lines between records.
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill())
                return false;
            const char c = m_buffer.at(m_pos);
            if (c == '\n') {
                ++m_line;
            } else if (c != '\r') {
                break;
            }
            ++m_pos;
            ++m_consumed;
        }
        ++m_record;
        m_recordLine = m_line;
        QByteArray field;
        bool quoted = false; // inside a quoted section
        bool atFieldStart = true;
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (quoted) {
                    m_error = tr("Row %1 (line %2): a quoted field is not closed before the end "
                                 "of the file.")
                                  .arg(m_record)
                                  .arg(m_recordLine);
                    return false;
                }
                QString text;
                if (!decodeField(field, &text))
                    return false;
                fields->append(text);
                return true;
            }
            const char c = m_buffer.at(m_pos++);
            ++m_consumed;
            if (quoted) {
                if (c == '"') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                        field += '"';
                        ++m_pos;
                        ++m_consumed;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
                continue;
            }
            if (c == ',' || c == '\n' || c == '\r') {
                QString text;
                if (!decodeField(field, &text))
                    return false;
                fields->append(text);
                field.clear();
                atFieldStart = true;
                if (c == ',')
                    continue;
                if (c == '\r') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n') {
                        ++m_pos;
                        ++m_consumed;
                    }
                }
                ++m_line;
                return true;
            }
            // A quote inside an unquoted field, or text after a closing quote: kept as typed
            // (spreadsheets never write it, people sometimes do).
            atFieldStart = false;
            field += c;
        }
    }
}

// --- CsvWriter ---

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_device->write("\xEF\xBB\xBF");
}

QByteArray CsvWriter::encodeRecord(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QByteArray f = fields.at(i).toUtf8();
        if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
            QByteArray q = f;
            q.replace("\"", "\"\"");
            line += '"' + q + '"';
        } else {
            line += f;
        }
    }
    line += "\r\n";
    return line;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    const QByteArray line = encodeRecord(fields);
    return m_device->write(line) == line.size();
}

} // namespace pn

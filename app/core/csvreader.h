#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace pn {

// Reads CSV as spreadsheets write it, one record at a time, without loading the file: RFC 4180
// quoting (commas, quotes and line breaks inside quoted fields), CRLF or LF, UTF-8 with or
// without a BOM, or GB18030 (what Chinese Excel saves). With Encoding::Auto the first 64 KiB
// decide: a UTF-8 BOM or valid UTF-8 means UTF-8, anything else GB18030. A byte that is not
// valid in the encoding stops the reader with an error naming the record and line.
//
// The syntax characters (, " CR LF) are ASCII and never occur inside a GB18030 or UTF-8
// multi-byte sequence, so records are split on bytes and each field is decoded on its own.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Auto, Utf8, Gb18030 };

    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device, Encoding encoding = Encoding::Auto);
    Q_DISABLE_COPY_MOVE(CsvReader)

    // The next record's fields; false at the end of the file or on an error (see hasError()).
    // A blank line is skipped.
    bool readRecord(QStringList *fields);

    // The encoding in use (decided by the first readRecord() under Auto).
    Encoding encoding() const { return m_encoding; }
    bool hadBom() const { return m_bom; }
    // 1-based number of the last record read (the header is record 1), and the line it
    // started on.
    qint64 recordNumber() const { return m_record; }
    qint64 lineNumber() const { return m_recordLine; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    static QString encodingName(Encoding encoding); // "UTF-8", "GB18030"
    // "auto", "utf-8", "gb18030" (case-insensitive); std::nullopt for anything else.
    static std::optional<Encoding> encodingFromOption(const QString &text);

private:
    bool fill();
    void detect();
    bool decodeField(const QByteArray &bytes, QString *out);

    QIODevice *m_device;
    Encoding m_encoding;
    bool m_detected = false;
    bool m_bom = false;
    bool m_eof = false;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_record = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    QStringDecoder m_decoder;
    QString m_error;
};

// Writes CSV for spreadsheets: UTF-8 with a BOM (so Excel opens it right), CRLF line ends,
// fields quoted when they hold a comma, quote or line break.
class CsvWriter final
{
public:
    // The device must be open for writing; the BOM is written at once.
    explicit CsvWriter(QIODevice *device);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    bool writeRecord(const QStringList &fields);
    static QByteArray encodeRecord(const QStringList &fields);

private:
    QIODevice *m_device;
};

} // namespace pn

#pragma once

#include "core/csvreader.h"
#include "core/requests.h"
#include "ledger/ledgerjobs.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pn {

class Ledger;

// One data row of a bulk CSV file, mapped to the API's parameters and validated.
struct BulkRow
{
    int rowNo = 0;   // 1 = the first row after the header
    qint64 line = 0; // the line it starts on in the file
    QStringList fields;
    BindingRequest request;       // bind files (reqid from the file's reqid column, if any)
    QString subid;                // release files
    QString appid;                // release files (empty = the profile's)
    QString error;                // translated; empty when the row is valid
    std::optional<int> errorCode; // 1002 (a parameter), 1302 (a conflict) when invalid

    bool valid() const { return error.isEmpty(); }
};

// A bulk CSV file as read: its hash, encoding, header and rows.
struct BulkInput
{
    BulkJob::Kind kind = BulkJob::Kind::Bind;
    QString path;
    QString hash; // SHA-256 hex of the bytes
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    QStringList header;
    QHash<QString, int> columns; // canonical name ("anum") → index
    QList<BulkRow> rows;
    bool truncated = false; // a preview stopped early

    int validCount() const;
};

// Reads, validates and answers bulk CSV files; writes their result files.
//
// Columns are named after the API's parameters (x, anum, bnum, ttl, record, display, anucode,
// ansanu, userData, optional appid and reqid; subid for releases), or in Chinese as the
// specification writes them ("a 方真实号码", "有效期" ...). Other columns are kept and copied.
class BulkFile final
{
    Q_DECLARE_TR_FUNCTIONS(BulkFile)

public:
    // The canonical column for a header ("A 方真实号码 (最长 24 字节)" → "anum"), or empty.
    static QString canonicalColumn(const QString &header);

    // Reads and validates the file (at most `maxRows` data rows when > 0, for a preview).
    // `defaultAppid` fills rows without an appid. Returns std::nullopt with a translated
    // *error when the file cannot be used at all (unreadable, a wrong byte, a missing column).
    static std::optional<BulkInput> read(const QString &path, BulkJob::Kind kind,
                                         CsvReader::Encoding encoding, const QString &defaultAppid,
                                         QString *error, int maxRows = 0);

    // Marks rows that would be refused with 1302: the same A or B twice on one X within the file,
    // or a number already in a live binding on that X in the ledger (other than the bindings of
    // `ownReqids`, this job's own). Release files: the same subid twice.
    static void checkConflicts(BulkInput &input, const Ledger &ledger, qint64 profileId,
                               const QSet<QString> &ownReqids = {});

    static QString sha256(const QString &path, QString *error);

    // The words in the result file's `state` column.
    static QString resultState(BulkJob::Kind kind, BulkJobRow::State state);

    // Writes input + subid,state,error,reason (UTF-8 with BOM) to a temporary file and renames
    // it over `outPath`. `rows` are indexed by rowNo - 1; `dryRun` writes "valid" for rows that
    // would be sent.
    static bool writeResult(const BulkInput &input, const QList<BulkJobRow> &rows,
                            const QString &outPath, bool dryRun, QString *error);
};

} // namespace pn

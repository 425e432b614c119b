#include "session/bulkfile.h"

#include "core/phonemask.h"
#include "core/privatefiles.h"
#include "core/validation.h"
#include "ledger/ledger.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace pn {

namespace {

QString headerKey(QString text)
{
    // "A 方真实号码 (最长 24 字节)" → "a方真实号码"
    static const QRegularExpression parenthesis(QStringLiteral("[(（].*$"));
    text.remove(parenthesis);
    text = text.toLower();
    text.remove(QRegularExpression(QStringLiteral("[\\s_\\-]")));
    return text;
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        const QList<QPair<const char *, QStringList>> list = {
            {"x",
             {QStringLiteral("x"), QStringLiteral("x号码"), QStringLiteral("中转号码"),
              QStringLiteral("隐私号"), QStringLiteral("隐私号码")}},
            {"anum", {QStringLiteral("anum"), QStringLiteral("a方真实号码")}},
            {"bnum", {QStringLiteral("bnum"), QStringLiteral("b方真实号码")}},
            {"ttl", {QStringLiteral("ttl"), QStringLiteral("有效期")}},
            {"record", {QStringLiteral("record"), QStringLiteral("录音标识")}},
            {"display",
             {QStringLiteral("display"), QStringLiteral("来显"), QStringLiteral("来显号码"),
              QStringLiteral("来显方式")}},
            {"anucode",
             {QStringLiteral("anucode"), QStringLiteral("提示音编号"),
              QStringLiteral("呼入提示音编号")}},
            {"ansanu", {QStringLiteral("ansanu"), QStringLiteral("接通后放音")}},
            {"userData", {QStringLiteral("userdata"), QStringLiteral("用户数据")}},
            {"appid", {QStringLiteral("appid"), QStringLiteral("应用id")}},
            {"reqid", {QStringLiteral("reqid"), QStringLiteral("请求id")}},
            {"subid",
             {QStringLiteral("subid"), QStringLiteral("配置订阅id"), QStringLiteral("绑定关系id")}},
        };
        for (const auto &[name, keys] : list) {
            for (const QString &k : keys)
                m.insert(k, QString::fromLatin1(name));
        }
        return m;
    }();
    return map;
}

// The result columns; an input column with one of these names is replaced, not repeated.
const QStringList kResultColumns = {QStringLiteral("subid"), QStringLiteral("state"),
                                    QStringLiteral("error"), QStringLiteral("reason")};

QString field(const BulkInput &input, const BulkRow &row, const QString &name)
{
    const int i = input.columns.value(name, -1);
    return i >= 0 && i < row.fields.size() ? row.fields.at(i).trimmed() : QString();
}

void validateBind(const BulkInput &input, BulkRow &row, const QString &defaultAppid)
{
    BindingRequest &r = row.request;
    r.appid = field(input, row, QStringLiteral("appid"));
    if (r.appid.isEmpty())
        r.appid = defaultAppid;
    r.x = field(input, row, QStringLiteral("x"));
    r.anum = field(input, row, QStringLiteral("anum"));
    r.bnum = field(input, row, QStringLiteral("bnum"));
    r.reqid = field(input, row, QStringLiteral("reqid"));
    r.display = field(input, row, QStringLiteral("display"));
    r.anucode = field(input, row, QStringLiteral("anucode"));
    r.ansanu = field(input, row, QStringLiteral("ansanu"));
    r.userData = field(input, row, QStringLiteral("userData"));
    QStringList problems;
    const QString ttl = field(input, row, QStringLiteral("ttl"));
    bool ok = false;
    r.ttl = ttl.toLongLong(&ok);
    if (!ok) {
        r.ttl = 0;
        problems << BulkFile::tr("Validity (ttl) must be a whole number of seconds, not \"%1\".")
                        .arg(ttl);
    }
    const QString record = field(input, row, QStringLiteral("record"));
    if (record.isEmpty() || record == QLatin1StringView("0")) {
        r.record = 0;
    } else if (record == QLatin1StringView("1")) {
        r.record = 1;
    } else {
        problems << BulkFile::tr("Recording (record) must be 0 or 1, not \"%1\".").arg(record);
    }
    // A reqid column may be empty: the job assigns one. Validation needs one to be present.
    BindingRequest check = r;
    if (check.reqid.isEmpty())
        check.reqid = QStringLiteral("0");
    for (const ValidationError &e : Validation::validate(check)) {
        if (e.field == QLatin1StringView("ttl") && !ok)
            continue; // already said
        problems << e.message;
    }
    if (!problems.isEmpty()) {
        row.error = problems.join(u' ');
        row.errorCode = 1002;
    }
}

void validateRelease(const BulkInput &input, BulkRow &row, const QString &defaultAppid)
{
    row.subid = field(input, row, QStringLiteral("subid"));
    row.appid = field(input, row, QStringLiteral("appid"));
    if (row.appid.isEmpty())
        row.appid = defaultAppid;
    if (row.subid.isEmpty()) {
        row.error = BulkFile::tr("The subid is empty.");
        row.errorCode = 1002;
    }
}

} // namespace

int BulkInput::validCount() const
{
    int n = 0;
    for (const BulkRow &r : rows)
        n += r.valid() ? 1 : 0;
    return n;
}

QString BulkFile::canonicalColumn(const QString &header)
{
    return aliases().value(headerKey(header));
}

QString BulkFile::sha256(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<BulkInput> BulkFile::read(const QString &path, BulkJob::Kind kind,
                                        CsvReader::Encoding encoding, const QString &defaultAppid,
                                        QString *error, int maxRows)
{
    BulkInput input;
    input.kind = kind;
    input.path = path;
    if (maxRows <= 0) {
        input.hash = sha256(path, error);
        if (input.hash.isEmpty())
            return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    CsvReader reader(&f, encoding);
    if (!reader.readRecord(&input.header)) {
        if (error)
            *error = reader.hasError()
                         ? reader.errorString()
                         : tr("The file %1 is empty: it needs a header row.").arg(path);
        return std::nullopt;
    }
    input.encoding = reader.encoding();
    for (int i = 0; i < input.header.size(); ++i) {
        const QString name = canonicalColumn(input.header.at(i));
        if (!name.isEmpty() && !input.columns.contains(name))
            input.columns.insert(name, i);
    }
    const QStringList required = kind == BulkJob::Kind::Bind
                                     ? QStringList{QStringLiteral("x"), QStringLiteral("anum"),
                                                   QStringLiteral("bnum"), QStringLiteral("ttl")}
                                     : QStringList{QStringLiteral("subid")};
    QStringList missing;
    for (const QString &c : required) {
        if (!input.columns.contains(c))
            missing << c;
    }
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("The file has no column %1 (the header row names the columns after the "
                        "API's parameters: %2).")
                         .arg(missing.join(QStringLiteral(", ")),
                              kind == BulkJob::Kind::Bind
                                  ? QStringLiteral("x,anum,bnum,ttl,record,display,anucode,"
                                                   "ansanu,userData,appid,reqid")
                                  : QStringLiteral("subid,appid"));
        return std::nullopt;
    }
    QStringList fields;
    while (reader.readRecord(&fields)) {
        BulkRow row;
        row.rowNo = int(input.rows.size()) + 1;
        row.line = reader.lineNumber();
        row.fields = fields;
        while (row.fields.size() < input.header.size())
            row.fields.append(QString());
        if (kind == BulkJob::Kind::Bind)
            validateBind(input, row, defaultAppid);
        else
            validateRelease(input, row, defaultAppid);
        input.rows.append(row);
        if (maxRows > 0 && input.rows.size() >= maxRows) {
            input.truncated = true;
            break;
        }
    }
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return input;
}

void BulkFile::checkConflicts(BulkInput &input, const Ledger &ledger, qint64 profileId,
                              const QSet<QString> &ownReqids)
{
    if (input.kind == BulkJob::Kind::Release) {
        QHash<QString, int> seen;
        for (BulkRow &row : input.rows) {
            if (!row.valid())
                continue;
            if (const auto it = seen.constFind(row.subid); it != seen.constEnd()) {
                row.error = tr("The subid %1 is already in row %2.").arg(row.subid).arg(*it);
                row.errorCode = 1002;
                continue;
            }
            seen.insert(row.subid, row.rowNo);
        }
        return;
    }
    // Live bindings in the ledger: "X|number" → subid.
    QHash<QString, QString> live;
    BindingQuery query;
    query.profileId = profileId;
    query.states = {RecordState::Active, RecordState::Pending};
    const qint64 now = ledger.clock().nowMs();
    for (const BindingRecord &b : ledger.bindings().list(query)) {
        if (ownReqids.contains(b.request.reqid))
            continue;
        if (b.state == RecordState::Active && !b.isLiveAt(now))
            continue;
        const QString x = normalizedNumber(b.request.x);
        const QString id = b.subid.isEmpty() ? b.request.reqid : b.subid;
        live.insert(x + u'|' + normalizedNumber(b.request.anum), id);
        live.insert(x + u'|' + normalizedNumber(b.request.bnum), id);
    }
    QHash<QString, int> inFile; // "X|number" → row
    for (BulkRow &row : input.rows) {
        if (!row.valid())
            continue;
        const QString x = normalizedNumber(row.request.x);
        QStringList problems;
        for (const QString &number : {row.request.anum, row.request.bnum}) {
            const QString key = x + u'|' + normalizedNumber(number);
            if (const auto it = inFile.constFind(key); it != inFile.constEnd())
                problems << tr("%1 is already bound on %2 in row %3: the platform would answer "
                               "1302 (resource configuration conflict).")
                                .arg(maskNumber(normalizedNumber(number)), x)
                                .arg(*it);
            else if (const auto l = live.constFind(key); l != live.constEnd())
                problems << tr("%1 already has a binding on %2 in the ledger (%3): the platform "
                               "would answer 1302 (resource configuration conflict).")
                                .arg(maskNumber(normalizedNumber(number)), x, *l);
        }
        if (!problems.isEmpty()) {
            row.error = problems.join(u' ');
            row.errorCode = 1302;
            continue;
        }
        inFile.insert(x + u'|' + normalizedNumber(row.request.anum), row.rowNo);
        inFile.insert(x + u'|' + normalizedNumber(row.request.bnum), row.rowNo);
    }
}

QString BulkFile::resultState(BulkJob::Kind kind, BulkJobRow::State state)
{
    switch (state) {
    case BulkJobRow::State::Done:
        return kind == BulkJob::Kind::Bind ? QStringLiteral("created") : QStringLiteral("released");
    case BulkJobRow::State::Refused:
        return QStringLiteral("refused");
    case BulkJobRow::State::Invalid:
        return QStringLiteral("invalid");
    case BulkJobRow::State::Queued:
        break;
    }
    return QStringLiteral("pending");
}

bool BulkFile::writeResult(const BulkInput &input, const QList<BulkJobRow> &rows,
                           const QString &outPath, bool dryRun, QString *error)
{
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the result file %1: %2").arg(outPath, out.errorString());
        return false;
    }
    PrivateFiles::restrict(out); // personal numbers: 0600 before the first row
    QList<int> keep; // input columns copied (those named like a result column are replaced)
    QStringList header;
    for (int i = 0; i < input.header.size(); ++i) {
        if (kResultColumns.contains(canonicalColumn(input.header.at(i))) ||
            kResultColumns.contains(input.header.at(i).trimmed().toLower()))
            continue;
        keep << i;
        header << input.header.at(i);
    }
    header << kResultColumns;
    CsvWriter writer(&out);
    bool ok = writer.writeRecord(header);
    for (const BulkRow &row : input.rows) {
        QStringList fields;
        fields.reserve(keep.size() + 4);
        for (int i : keep)
            fields << row.fields.value(i);
        const BulkJobRow *r = row.rowNo - 1 < rows.size() ? &rows.at(row.rowNo - 1) : nullptr;
        QString subid = input.kind == BulkJob::Kind::Release ? row.subid : QString();
        QString state;
        QString code;
        QString reason;
        if (!row.valid()) {
            state = BulkFile::resultState(input.kind, BulkJobRow::State::Invalid);
            code = row.errorCode ? QString::number(*row.errorCode) : QString();
            reason = row.error;
        } else if (dryRun || !r) {
            state = QStringLiteral("valid");
        } else {
            if (!r->subid.isEmpty())
                subid = r->subid;
            state = BulkFile::resultState(input.kind, r->state);
            code = r->errorCode ? QString::number(*r->errorCode) : QString();
            reason = r->reason;
        }
        fields << subid << state << code << reason;
        ok = ok && writer.writeRecord(fields);
    }
    if (!ok || !out.commit()) {
        if (error)
            *error = tr("Cannot write the result file %1: %2").arg(outPath, out.errorString());
        return false;
    }
    return true;
}

} // namespace pn

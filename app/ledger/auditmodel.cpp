#include "ledger/auditmodel.h"

#include "core/csvreader.h"
#include "core/phonemask.h"
#include "core/privatefiles.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSaveFile>

namespace pn {

namespace {

struct ActionName
{
    const char *action;
    const char *text;
};

// Every action the programs write (grep appendAudit / audit( for more).
constexpr ActionName kActionNames[] = {
    {"bind", QT_TRANSLATE_NOOP("pn::AuditModel", "Bind")},
    {"release", QT_TRANSLATE_NOOP("pn::AuditModel", "Release")},
    {"transfer", QT_TRANSLATE_NOOP("pn::AuditModel", "Transfer")},
    {"untransfer", QT_TRANSLATE_NOOP("pn::AuditModel", "Cancel transfer")},
    {"reveal", QT_TRANSLATE_NOOP("pn::AuditModel", "Reveal numbers")},
    {"reveal-numbers", QT_TRANSLATE_NOOP("pn::AuditModel", "Reveal numbers")},
    {"reveal-numbers-session", QT_TRANSLATE_NOOP("pn::AuditModel", "Reveal numbers (session)")},
    {"export-reveal", QT_TRANSLATE_NOOP("pn::AuditModel", "Export with real numbers")},
    {"retention-apply", QT_TRANSLATE_NOOP("pn::AuditModel", "Retention run")},
    {"retention-set", QT_TRANSLATE_NOOP("pn::AuditModel", "Retention policy")},
    {"retention-export", QT_TRANSLATE_NOOP("pn::AuditModel", "Retention export")},
    {"retention-recordings", QT_TRANSLATE_NOOP("pn::AuditModel", "Recordings deleted (retention)")},
    {"profile-add", QT_TRANSLATE_NOOP("pn::AuditModel", "Add profile")},
    {"profile-edit", QT_TRANSLATE_NOOP("pn::AuditModel", "Edit profile")},
    {"profile-remove", QT_TRANSLATE_NOOP("pn::AuditModel", "Remove profile")},
    {"profile-import", QT_TRANSLATE_NOOP("pn::AuditModel", "Import profiles")},
    {"bulk-start", QT_TRANSLATE_NOOP("pn::AuditModel", "Bulk job started")},
    {"bulk-end", QT_TRANSLATE_NOOP("pn::AuditModel", "Bulk job ended")},
    {"bulk-cancel", QT_TRANSLATE_NOOP("pn::AuditModel", "Bulk job cancelled")},
    {"bulk-pause", QT_TRANSLATE_NOOP("pn::AuditModel", "Bulk job paused")},
    {"bulk-resume", QT_TRANSLATE_NOOP("pn::AuditModel", "Bulk job resumed")},
    {"bulk-interrupted",
     QT_TRANSLATE_NOOP("pn::AuditModel", "Bulk job interrupted (its program stopped)")},
    {"ledger-migrate", QT_TRANSLATE_NOOP("pn::AuditModel", "Ledger migrated")},
    {"copy-curl", QT_TRANSLATE_NOOP("pn::AuditModel", "Copy as curl")},
};

struct DetailForm
{
    const char *pattern; // the English detail as written; each capture is one value
    const char *text;    // for people, %1, %2, … the captures in order
};

// Every detail the programs write (grep appendAudit / audit( when adding one), most specific
// first. The stored text never changes: the Audit tab translates it when shown.
constexpr DetailForm kDetailForms[] = {
    {R"(^job (\d+) bind (.*): (\d+) rows, (\d+) to send \(resumed\)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "job %1 bind %2: %3 rows, %4 to send (resumed)")},
    {R"(^job (\d+) bind (.*): (\d+) rows, (\d+) to send$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "job %1 bind %2: %3 rows, %4 to send")},
    {R"(^job (\d+) release (.*): (\d+) rows, (\d+) to send \(resumed\)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "job %1 release %2: %3 rows, %4 to send (resumed)")},
    {R"(^job (\d+) release (.*): (\d+) rows, (\d+) to send$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "job %1 release %2: %3 rows, %4 to send")},
    {R"(^job (\d+) bind (.*): (\d+) done, (\d+) refused, (\d+) invalid, (\d+) left$)",
     QT_TRANSLATE_NOOP("pn::AuditModel",
                       "job %1 bind %2: %3 done, %4 refused, %5 invalid, %6 left")},
    {R"(^job (\d+) release (.*): (\d+) done, (\d+) refused, (\d+) invalid, (\d+) left$)",
     QT_TRANSLATE_NOOP("pn::AuditModel",
                       "job %1 release %2: %3 done, %4 refused, %5 invalid, %6 left")},
    {R"(^subid=(\S*) \(already gone\)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "subid=%1 (already gone)")},
    {R"(^subid=(\S*)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "subid=%1")},
    {R"(^id=(\d+) \(already gone\)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "id=%1 (already gone)")},
    {R"(^id=(\d+)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "id=%1")},
    {R"(^x=(\S*) \(already gone\)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "x=%1 (already gone)")},
    {R"(^x=(\S*)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "x=%1")},
    {R"(^schema (\d+) → (\d+)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "schema %1 → %2")},
    {R"(^schema (\d+), nothing to do$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "schema %1, nothing to do")},
    {R"(^schema unknown → (\d+)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "schema unknown → %1")},
    {R"(^(\d+) bindings, (\d+) calls, (\d+) request-log lines erased$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "%1 bindings, %2 calls, %3 request-log lines erased")},
    {R"(^(\d+) recording files of erased calls deleted$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "%1 recording files of erased calls deleted")},
    {R"(^(\d+) days$)", QT_TRANSLATE_NOOP("pn::AuditModel", "%1 days")},
    {R"(^forever$)", QT_TRANSLATE_NOOP("pn::AuditModel", "forever")},
    {R"(^(\d+) bindings and (\d+) call records due for retention exported \((\d+) call starts, (\d+) request-log lines\) with real numbers$)",
     QT_TRANSLATE_NOOP("pn::AuditModel",
                       "%1 bindings and %2 call records due for retention exported (%3 call "
                       "starts, %4 request-log lines) with real numbers")},
    {R"(^(\d+) bindings and (\d+) call records due for retention exported \((\d+) call starts, (\d+) request-log lines\)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel",
                       "%1 bindings and %2 call records due for retention exported (%3 call "
                       "starts, %4 request-log lines)")},
    {R"(^profile (.*), new key$)", QT_TRANSLATE_NOOP("pn::AuditModel", "profile %1, new key")},
    {R"(^profile (.*) \(forced\)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "profile %1 (forced)")},
    {R"(^profile (.*)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "profile %1")},
    {R"(^(\d+) profile\(s\)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "%1 profile(s)")},
    {R"(^binding (\d+) \(subid (\S*)\)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "binding %1 (subid %2)")},
    {R"(^every real number shown for this session$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "every real number shown for this session")},
    {R"(^release of subid (\S*)$)", QT_TRANSLATE_NOOP("pn::AuditModel", "release of subid %1")},
    {R"(^(\d+) of (\d+) rows of (.*) unmasked to (.*)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "%1 of %2 rows of %3 unmasked to %4")},
    {R"(^(\d+) rows of (.*) unmasked to (.*)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "%1 rows of %2 unmasked to %3")},
    {R"(^pnctl calls --reveal: (\d+) call record\(s\), subid (\S*)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "pnctl calls --reveal: %1 call record(s), subid %2")},
    {R"(^pnctl calls --reveal: (\d+) call record\(s\)$)",
     QT_TRANSLATE_NOOP("pn::AuditModel", "pnctl calls --reveal: %1 call record(s)")},
};

// A spreadsheet must not run a cell as a formula: a desk name or detail starting with one of
// these is written with a leading apostrophe (OWASP's advice for CSV injection).
QString spreadsheetSafe(const QString &text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        return u'\'' + text;
    return text;
}

} // namespace

AuditModel::AuditModel(Ledger &ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, [this] { refresh(); });
    m_poll.start();
    connect(&m_ledger, &Ledger::audited, this, &AuditModel::scheduleRefresh);
    // Other desks' actions on a server ledger, within a second (LISTEN/NOTIFY, migration 13);
    // the poll stays as the fallback.
    connect(&m_ledger, &Ledger::remoteChange, this, [this](const QString &table) {
        if (table == QLatin1StringView("audit_log"))
            scheduleRefresh();
    });
    m_ledger.startLiveUpdates();
    reload();
}

void AuditModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void AuditModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    m_query.limit = 0;
    m_query.afterId = 0;
    m_query.beforeId = 0;
    load(m_pageSize); // a new filter starts at the first page
}

void AuditModel::setRevealNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ColDetail), index(int(m_rows.size()) - 1, ColDetail));
}

void AuditModel::setPollInterval(int ms)
{
    m_poll.stop();
    if (ms > 0) {
        m_poll.setInterval(ms);
        m_poll.start();
    }
}

void AuditModel::reload()
{
    // As many rows as were loaded (at least a page), so a reload does not lose the user's place.
    load(int(qMax<qsizetype>(m_pageSize, m_rows.size())));
}

void AuditModel::load(int limit)
{
    // The rows are replaced inside the reset only: views and proxies read the old ones until
    // modelAboutToBeReset has been handled.
    AuditQuery q = m_query;
    q.limit = limit;
    const qint64 top = m_ledger.log().lastAuditId();
    beginResetModel();
    m_rows = m_ledger.log().auditEntries(q);
    m_atEnd = m_rows.size() < q.limit;
    m_topId = top;
    for (const AuditEntry &e : std::as_const(m_rows))
        m_topId = qMax(m_topId, e.id);
    m_total = qMax<qint64>(m_ledger.log().auditCount(m_query), m_rows.size());
    endResetModel();
    Q_EMIT countChanged();
}

void AuditModel::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { refresh(); }, Qt::QueuedConnection);
}

int AuditModel::refresh()
{
    m_refreshScheduled = false;
    // A team server that is away: keep the rows shown; its return re-reads (remoteChange).
    if (!m_ledger.isAvailable())
        return 0;
    const qint64 top = m_ledger.log().lastAuditId();
    AuditQuery q = m_query;
    q.afterId = m_topId;
    const QList<AuditEntry> fresh = m_ledger.log().auditEntries(q); // newest first
    const qint64 count = m_ledger.log().auditCount(m_query);
    if (count < 0)
        return 0; // the ledger cannot be read now; the next poll tries again
    if (count != m_total + fresh.size()) {
        // A row committed late with an id below the last one seen (PostgreSQL hands out ids
        // before commit), or rows removed: read the loaded range again.
        const qint64 before = m_total;
        reload();
        return int(qMax<qint64>(0, m_total - before));
    }
    m_topId = qMax(m_topId, top);
    if (fresh.isEmpty())
        return 0;
    m_topId = qMax(m_topId, fresh.first().id);
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
    m_total = count;
    Q_EMIT countChanged();
    return int(fresh.size());
}

QString AuditModel::maskedDetail(const QString &detail)
{
    static const QRegularExpression number(
        QStringLiteral("(?<![0-9A-Za-z])\\+?[0-9]{7,}(?![0-9A-Za-z])"));
    QString out;
    qsizetype from = 0;
    for (auto it = number.globalMatch(detail); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += detail.mid(from, m.capturedStart() - from);
        // "x=…" is the platform's own number (X), shown in full everywhere.
        const bool platformNumber =
            m.capturedStart() >= 2 &&
            detail.mid(m.capturedStart() - 2, 2)
                    .compare(QLatin1StringView("x="), Qt::CaseInsensitive) == 0;
        out += platformNumber ? m.captured() : maskNumber(m.captured());
        from = m.capturedEnd();
    }
    out += detail.mid(from);
    return out;
}

QString AuditModel::actionText(const QString &action)
{
    for (const ActionName &a : kActionNames) {
        if (action == QLatin1StringView(a.action))
            return tr(a.text);
    }
    return action;
}

QString AuditModel::detailText(const QString &detail)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const DetailForm &f : kDetailForms)
            list << QRegularExpression(QString::fromUtf8(f.pattern));
        return list;
    }();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QRegularExpressionMatch m = patterns.at(i).match(detail);
        if (!m.hasMatch())
            continue;
        QString text = tr(kDetailForms[i].text);
        // One pass over the placeholders: a value holding "%2" stays as it is.
        QStringList values;
        for (int c = 1; c <= m.lastCapturedIndex(); ++c)
            values << m.captured(c);
        QString out;
        for (qsizetype k = 0; k < text.size(); ++k) {
            if (text.at(k) == u'%' && k + 1 < text.size() && text.at(k + 1).isDigit()) {
                const int n = text.at(k + 1).digitValue();
                if (n >= 1 && n <= values.size()) {
                    out += values.at(n - 1);
                    ++k;
                    continue;
                }
            }
            out += text.at(k);
        }
        return out;
    }
    return detail;
}

QString AuditModel::cellText(const AuditEntry &e, int column) const
{
    switch (column) {
    case ColTime:
        return QDateTime::fromMSecsSinceEpoch(e.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ColDesk:
        return e.desk.isEmpty() ? tr("(not recorded)") : e.desk;
    case ColProfile:
        return e.profileName;
    case ColAction:
        return actionText(e.action);
    case ColDetail:
        return detailText(m_reveal ? e.detail : maskedDetail(e.detail));
    case ColProgram:
        return e.actor;
    default:
        return {};
    }
}

qint64 AuditModel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, why);
        return qint64(-1);
    };
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file))
        return fail(file.errorString());
    CsvWriter writer(&file);
    QStringList fields;
    for (int c = 0; c < ColumnCount; ++c)
        fields << headerData(c, Qt::Horizontal).toString();
    fields << tr("Action code");
    if (!writer.writeRecord(fields))
        return fail(file.errorString());
    // Every matching row, a page at a time (newest first, like the table), with no new rows
    // slipping in between pages: only ids up to the newest one now.
    AuditQuery q = m_query;
    q.limit = 1000;
    q.beforeId = m_ledger.log().lastAuditId() + 1;
    qint64 rows = 0;
    for (;;) {
        const QList<AuditEntry> page = m_ledger.log().auditEntries(q);
        for (const AuditEntry &e : page) {
            fields.clear();
            for (int c = 0; c < ColumnCount; ++c)
                fields << (c == ColTime ? cellText(e, c) : spreadsheetSafe(cellText(e, c)));
            fields << spreadsheetSafe(e.action);
            if (!writer.writeRecord(fields))
                return fail(file.errorString());
            ++rows;
        }
        if (page.size() < q.limit)
            break;
        q.beforeId = page.last().id;
    }
    if (!file.commit())
        return fail(file.errorString());
    return rows;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ColAction)
            return e.action;
        if (index.column() == ColDetail)
            return cellText(e, ColDetail);
        if (index.column() == ColDesk && e.desk.isEmpty())
            return tr("Written before desks were recorded (schema 9).");
        return {};
    case IdRole:
        return e.id;
    case AtRole:
        return e.at;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColTime:
        return tr("Time");
    case ColDesk:
        return tr("Desk");
    case ColProfile:
        return tr("Profile");
    case ColAction:
        return tr("Action");
    case ColDetail:
        return tr("Detail");
    case ColProgram:
        return tr("Program");
    default:
        return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    AuditQuery q = m_query;
    q.beforeId = m_rows.last().id;
    q.limit = m_pageSize;
    const QList<AuditEntry> page = m_ledger.log().auditEntries(q);
    m_atEnd = page.size() < q.limit;
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows += page;
        endInsertRows();
    }
    Q_EMIT countChanged();
}

} // namespace pn

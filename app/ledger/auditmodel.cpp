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
    {"ledger-migrate", QT_TRANSLATE_NOOP("pn::AuditModel", "Ledger migrated")},
    {"copy-curl", QT_TRANSLATE_NOOP("pn::AuditModel", "Copy as curl")},
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
        return m_reveal ? e.detail : maskedDetail(e.detail);
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

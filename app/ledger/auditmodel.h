#pragma once

#include "ledger/ledger.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace pn {

// The audit log ("who did what") for the Audit tab: the rows that match a filter (AuditQuery:
// desk, actions, profile, time range), newest first, loaded a page at a time (fetchMore, keyset
// paging) so a log of millions of rows opens at once. Live: rows that other programs and desks
// commit appear within one poll (2 s; at once for this program's own rows), and a row committed
// late with a smaller id (PostgreSQL sequences) is caught by comparing the count.
//
// Numbers in the detail text (runs of 7 and more digits) are masked as everywhere else unless
// setRevealNumbers(true); exportCsv() writes what the table shows, every matching row.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ColTime, ColDesk, ColProfile, ColAction, ColDetail, ColProgram, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, AtRole };

    explicit AuditModel(Ledger &ledger, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AuditModel)

    // Rows loaded per page (default 200).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setQuery(const AuditQuery &query); // reloads; limit/afterId/beforeId are ignored
    AuditQuery query() const { return m_query; }
    // Every row that matches the filter, loaded or not.
    qint64 totalCount() const { return m_total; }
    void setRevealNumbers(bool reveal);
    bool revealNumbers() const { return m_reveal; }
    void setPollInterval(int ms);

    void reload();
    // Looks for rows committed since the last look; returns how many were added.
    int refresh();

    const AuditEntry &entry(int row) const { return m_rows.at(row); }
    // The text a cell shows (also what the export writes).
    QString cellText(const AuditEntry &e, int column) const;
    // All rows that match the filter (not only the loaded pages), as the table shows them, to
    // a CSV file (UTF-8 with BOM, 0600). Returns the number of rows or -1 with *error.
    qint64 exportCsv(const QString &path, QString *error) const;

    // Numbers (7 and more digits in a row, not part of a longer word such as a subid) masked,
    // except X ("x=…", the platform's number).
    static QString maskedDetail(const QString &detail);
    // An action's name for people ("bind" → "Bind"), translated; unknown ones as they are.
    static QString actionText(const QString &action);
    // A detail as the programs write it (English, kept so in the ledger and by `pnctl audit`)
    // said in the user's language: each known form, its values put back in the translation;
    // an unknown one (an older or newer program's) as it is.
    static QString detailText(const QString &detail);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // The total or the loaded rows changed (for "N of M rows" labels).
    void countChanged();

private:
    void scheduleRefresh();
    // Reads the first `limit` matching rows again (one model reset).
    void load(int limit);

    Ledger &m_ledger;
    AuditQuery m_query;
    QList<AuditEntry> m_rows; // newest first
    qint64 m_total = 0;
    qint64 m_topId = 0; // the largest id seen (matching or not)
    int m_pageSize = 200;
    bool m_reveal = false;
    bool m_atEnd = false;
    bool m_refreshScheduled = false;
    QTimer m_poll;
};

} // namespace pn

#pragma once

#include "ledger/ledger.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>

namespace pn {

// The newest request-log entries (one per HTTP attempt), newest first, bounded: when more
// than maxRows() arrive, the oldest rows are removed. Never holds a secret (the log has none).
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ColTime,
        ColMethod,
        ColPath,
        ColReqid,
        ColHttp,
        ColError,
        ColReason,
        ColLatency,
        ColAttempt,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawRole = Qt::UserRole + 1, IdRole };

    explicit RequestLogModel(Ledger &ledger, int maxRows = 1000, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RequestLogModel)

    void setProfileId(std::optional<qint64> profileId);
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);
    void reload();
    void refresh();
    void setPollInterval(int ms);

    const RequestLogEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void scheduleRefresh();
    void trim();

    Ledger &m_ledger;
    int m_maxRows;
    std::optional<qint64> m_profileId;
    QList<RequestLogEntry> m_rows; // newest first
    qint64 m_lastId = 0;
    QTimer m_poll;
    bool m_refreshScheduled = false;
};

} // namespace pn

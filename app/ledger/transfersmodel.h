#pragma once

#include "core/clock.h"
#include "ledger/ledger.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <optional>

namespace pn {

// The ledger's XA transfers as a table, kept up to date like BindingsModel (row inserts and
// per-row dataChanged; a 1 s tick for the time-left column; a poll for other programs).
class TransfersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ColX,
        ColA,
        ColCreated,
        ColExpires,
        ColTimeLeft,
        ColState,
        ColRecord,
        ColDisplay,
        ColUserData,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawRole = Qt::UserRole + 1, IdRole, StateRole };

    TransfersModel(Ledger &ledger, const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TransfersModel)

    void setProfileId(std::optional<qint64> profileId);
    std::optional<qint64> profileId() const { return m_profileId; }
    void reload();
    void refresh();
    void setPollInterval(int ms);
    void setTickInterval(int ms);
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TransferRecord &record(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }
    RecordState effectiveState(const TransferRecord &t) const;

private:
    void scheduleRefresh();

    Ledger &m_ledger;
    const Clock &m_clock;
    std::optional<qint64> m_profileId;
    QList<TransferRecord> m_rows;
    QHash<qint64, int> m_rowOfId;
    ChangeCursor m_feed; // where the change feed was last read
    QTimer m_tick;
    QTimer m_poll;
    bool m_refreshScheduled = false;
};

} // namespace pn

#pragma once

#include "callbacks/callstore.h"

#include <QAbstractTableModel>

namespace pn {

// A binding's call history: for each taskid its call-start, then its CDR, in call order.
class CallTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallTimelineModel)

public:
    enum Column { TimeColumn, EventColumn, PartiesColumn, DetailColumn, TaskidColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, KindRole };

    explicit CallTimelineModel(CallStore &store, QObject *parent = nullptr);

    const QString &subid() const { return m_subid; }
    void setSubid(const QString &subid);
    void reload();
    void setRevealNumbers(bool reveal);
    const TimelineEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts are translated in data(); after a language switch the view calls this so every
    // cell and header is asked again (dataChanged over all rows, headerDataChanged).
    void retranslate();

public Q_SLOTS:
    // Live updates: reload when a callback of the shown binding arrives.
    void onCdr(const pn::CdrRecord &record, bool duplicate);
    void onCallStart(const pn::CallStartRecord &record, bool duplicate);

private:
    CallStore &m_store;
    QString m_subid;
    QList<TimelineEntry> m_rows;
    bool m_reveal = false;
};

} // namespace pn

#pragma once

#include "callbacks/bodylimitserver.h"
#include "callbacks/callrecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace pn {

// The live inbox: every callback as it arrives, rejected ones included with their reason,
// newest first, bounded (the oldest rows drop out beyond `capacity`).
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        TimeColumn,
        KindColumn,
        StatusColumn,
        TaskidColumn,
        SubidColumn,
        DetailColumn,
        FromColumn,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole + 1, AcceptedRole, HttpStatusRole };

    explicit InboxModel(int capacity = 1000, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    const CallbackEvent &event(int row) const { return m_rows.at(row); }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts are translated in data(); after a language switch the view calls this so every
    // cell and header is asked again (dataChanged over all rows, headerDataChanged).
    void retranslate();

    const ConnectionCounters &connectionCounters() const { return m_counters; }
    // "3 connections cut: 2 header timeouts, 1 closed at the cap" (translated); empty if none.
    QString cutSummary() const;

public Q_SLOTS:
    // Connect CallbackReceiver::callbackReceived and ::callbackRejected here.
    void add(const pn::CallbackEvent &event);
    // Connect CallbackReceiver::connectionCut here (the reason is already in the counters).
    void setConnectionCounters(const pn::ConnectionCounters &counters);

Q_SIGNALS:
    void connectionCountersChanged();

private:
    void trim();

    int m_capacity;
    QList<CallbackEvent> m_rows;
    ConnectionCounters m_counters;
};

} // namespace pn

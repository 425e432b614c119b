#pragma once

#include "ledger/ledgerrecords.h"

#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace pn {

class BindingsModel;

// Filters a BindingsModel by a number or subid substring (matched against the FULL numbers,
// whatever the view shows), by effective state and by X, and sorts on the raw-value role.
// Reads the source's cached rows directly: no role lookups per row while filtering.
class BindingsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BindingsFilterModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BindingsFilterModel)

    void setSourceModel(QAbstractItemModel *model) override;

    // Substring of X, A, B (spaces and dashes ignored) or of the subid (any case). Empty = all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Effective states to show (active past its expiry counts as expired). Empty = all.
    void setStates(const QList<RecordState> &states);
    QList<RecordState> states() const { return m_states; }
    // Only this X number. Empty = all.
    void setXNumber(const QString &x);
    QString xNumber() const { return m_x; }
    // Only rows created in [from, to) (epoch ms; std::nullopt = open end).
    void setCreatedRange(std::optional<qint64> from, std::optional<qint64> to);
    std::optional<qint64> createdFrom() const { return m_from; }
    std::optional<qint64> createdTo() const { return m_to; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the cached raw values directly (no QVariant per comparison): sorting 100,000
    // rows after a keystroke stays within a few milliseconds.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BindingsModel *m_bindings = nullptr;
    QString m_search;       // as typed
    QString m_needleNumber; // spaces/dashes removed
    QString m_needleText;   // trimmed, for the subid
    QList<RecordState> m_states;
    QString m_x;
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
};

} // namespace pn

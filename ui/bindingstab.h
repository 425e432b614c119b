#pragma once

#include <QModelIndexList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;
class QTreeView;
class QLineEdit;
class QSplitter;

namespace Ui {
class BindingsTab;
}

namespace pn {

class BindingsModel;
class MaskingProxyModel;
class PeriodFilter;
class RowColorDelegate;

// The Bindings tab: one search box, filters by state and X, the table (a masking proxy over the
// ledger's filtered model), the expiry-highlight window, release of the selection with a
// progress bar and Cancel. It only shows and asks; MainWindow does the work.
class BindingsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit BindingsTab(QWidget *parent = nullptr);
    ~BindingsTab() override;

    // `model` filters and sorts (it sits below the masking proxy, so searches see the real
    // numbers). Rows are identified by data(row, keyColumn, keyRole).
    void setModel(QAbstractItemModel *model, const QList<int> &maskedColumns, int keyColumn,
                  int keyRole);
    MaskingProxyModel *masking() const { return m_masking; }
    RowColorDelegate *delegate() const { return m_delegate; }
    QTreeView *view() const;
    QLineEdit *searchEdit() const;
    // "Created:" period (issue 14): a range pages older history from the ledger.
    PeriodFilter *periodFilter() const { return m_period; }
    void setRevealAction(QAction *action);
    // Shows `widget` under the table in a splitter (the calls of the selected binding).
    void setDetailWidget(QWidget *widget);
    QSplitter *splitter() const { return m_splitter; }

    void setXNumbers(const QStringList &numbers);
    QString stateFilter() const; // "" = every state, else "pending", "active", ...
    QString xFilter() const;     // "" = every X
    int expiringWithinSeconds() const;
    void setExpiringWithinSeconds(int seconds);

    // Selected rows, column 0, in the view's (masking proxy's) coordinates.
    QModelIndexList selectedRows() const;

    void startBulk(int total, const QString &label);
    void setBulkProgress(int done);
    void finishBulk();
    bool bulkRunning() const;

    void updateCount();

Q_SIGNALS:
    void searchChanged(const QString &text);
    void stateFilterChanged(const QString &state);
    void xFilterChanged(const QString &x);
    void periodChanged();
    void expiringWindowChanged(int seconds);
    void releaseRequested();
    void bulkCancelRequested();
    void contextMenuRequested(const QPoint &globalPos, const QModelIndex &index);
    void activated(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillStates();
    // Tells the BindingsModel under the proxies which of its rows are on screen, so its
    // countdown tick signals those only (coalesced: once per event-loop pass).
    void scheduleTickRows();
    void updateTickRows();

    std::unique_ptr<Ui::BindingsTab> m_ui;
    MaskingProxyModel *m_masking = nullptr;
    RowColorDelegate *m_delegate = nullptr;
    PeriodFilter *m_period = nullptr;
    QSplitter *m_splitter = nullptr;
    QStringList m_xNumbers;
    QPointer<BindingsModel> m_bindings;
    bool m_tickRowsScheduled = false;
};

} // namespace pn

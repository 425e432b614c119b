#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QLineEdit;
class QTreeView;

namespace Ui {
class TransfersTab;
}

class QMenu;

namespace pn {

class MaskingProxyModel;

// The Transfers tab: XA transfers of the profile (A masked like everywhere), search, release.
class TransfersTab final : public QWidget
{
    Q_OBJECT

public:
    explicit TransfersTab(QWidget *parent = nullptr);
    ~TransfersTab() override;

    void setModel(QAbstractItemModel *model, const QList<int> &maskedColumns, int keyColumn,
                  int keyRole);
    MaskingProxyModel *masking() const { return m_masking; }
    QTreeView *view() const;
    QLineEdit *searchEdit() const;
    // The row's context menu (the caller owns it): Release…, Simulate call… (sandbox), and
    // Export… (the table; also on an empty spot, then alone).
    QMenu *menuFor(const QModelIndex &index);

Q_SIGNALS:
    void searchChanged(const QString &text);
    void releaseRequested();
    void simulateCallRequested(const QModelIndex &index);
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::TransfersTab> m_ui;
    MaskingProxyModel *m_masking = nullptr;
};

} // namespace pn

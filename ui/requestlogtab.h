#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QPushButton;
class QTreeView;

namespace Ui {
class RequestLogTab;
}

namespace pn {

// The Request log tab: every HTTP attempt (time, profile, call, reqid, result decoded, latency,
// attempt) and a detail pane with the request and the response, plus "Copy as curl".
class RequestLogTab final : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogTab(QWidget *parent = nullptr);
    ~RequestLogTab() override;

    void setModel(QAbstractItemModel *model);
    QTreeView *view() const;
    QPushButton *copyCurlButton() const;
    void setDetail(const QString &text);
    QString detail() const;

Q_SIGNALS:
    void currentChanged(const QModelIndex &index);
    void copyCurlRequested(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::RequestLogTab> m_ui;
};

} // namespace pn

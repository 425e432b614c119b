#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace pn {

class CallbackReceiver;
class CallStore;
class CallTimelineModel;

// The call timeline of one binding: for each call its call-start, then its CDR, updated live.
class CallTimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit CallTimelineWidget(CallStore &store, QWidget *parent = nullptr);
    ~CallTimelineWidget() override;

    void connectReceiver(CallbackReceiver *receiver);
    void setSubid(const QString &subid);
    void setRevealNumbers(bool reveal);
    CallTimelineModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<CallTimelineModel> m_model;
    QTableView *m_view;
    QLabel *m_title;
};

} // namespace pn

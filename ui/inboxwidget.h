#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pn {

class CallbackReceiver;
class InboxModel;

// The live inbox: every callback as it arrives, rejected ones (red) with their reason. The
// model is bounded; "Clear" empties it. Self-contained: give it the model, then the receiver.
class InboxWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit InboxWidget(InboxModel &model, QWidget *parent = nullptr);

    void connectReceiver(CallbackReceiver *receiver);
    // "Listening on http://…" (empty = not listening).
    void setListeningUrl(const QString &url);
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();

    InboxModel &m_model;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_count;
    QPushButton *m_clear;
    QString m_url;
};

} // namespace pn

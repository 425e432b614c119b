#pragma once

#include "core/requests.h"
#include "core/validation.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTimer;

namespace Ui {
class TransferDialog;
}

namespace pn {

class Clock;

// "New transfer (XA)" (spec 4.3): calls to X are forwarded to A. Display 0/1, TTL 0 = forever.
// Same contract as BindingDialog: submitted(), then setSending()/showPlatformError()/accept().
class TransferDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TransferDialog(const Clock &clock, QWidget *parent = nullptr);
    ~TransferDialog() override;

    void setAppids(const QStringList &appids, const QString &defaultAppid);
    void setXNumbers(const QStringList &numbers);

    TransferRequest request() const;
    QString reqid() const { return m_reqid; }
    // A new reqid, for when the ledger already holds the old one as failed.
    void renewReqid();
    ValidationErrors validationErrors() const;

    void setSending(bool sending);
    // While `why` is not empty (the team ledger is away), Create is off and the form says why;
    // what was typed stays. Empty again: the form works as before.
    void setHeld(const QString &why);
    bool isHeld() const { return !m_held.isEmpty(); }
    void showPlatformError(int code, const QString &reason);
    void showNetworkError(const QString &message);

Q_SIGNALS:
    void submitted(const pn::TransferRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void onEdited();
    void updateValidation();
    void submit();
    void showFailure(const QString &text);

    const Clock &m_clock;
    std::unique_ptr<Ui::TransferDialog> m_ui;
    QPushButton *m_createButton = nullptr;
    QTimer *m_tick = nullptr;
    QString m_reqid;
    bool m_failed = false;
    bool m_sending = false;
    QString m_held; // why Create is held (setHeld), empty = not held
    bool m_touched = false;
};

} // namespace pn

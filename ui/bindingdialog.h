#pragma once

#include "core/requests.h"
#include "core/validation.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;
class QTimer;

namespace Ui {
class BindingDialog;
}

namespace pn {

class Clock;

// "New binding (AXB)" (spec 4.1). The dialog only collects and checks; the owner sends the
// request (submitted()) and reports back with setSending()/showPlatformError()/showNetworkError(),
// or accept() on success. The reqid is generated when the dialog opens and kept on Retry; it is
// renewed only when the user changes a parameter after a failure (the same reqid with other
// parameters is a 1004 duplicate).
class BindingDialog final : public QDialog
{
    Q_OBJECT

public:
    // Returns the numbers among (a, b) that already have an active binding on x in the ledger.
    using ConflictCheck =
        std::function<QStringList(const QString &x, const QString &anum, const QString &bnum)>;

    explicit BindingDialog(const Clock &clock, QWidget *parent = nullptr);
    ~BindingDialog() override;

    void setAppids(const QStringList &appids, const QString &defaultAppid);
    void setXNumbers(const QStringList &numbers);
    void setConflictCheck(ConflictCheck check);
    // Fill the form (used by "bind again" and tests).
    void setNumbers(const QString &x, const QString &anum, const QString &bnum);

    BindingRequest request() const;
    QString reqid() const { return m_reqid; }
    // A new reqid, for when the ledger already holds the old one as failed.
    void renewReqid();
    ValidationErrors validationErrors() const;
    // The pre-check warning shown (empty when A and B are free on X).
    QString conflictWarning() const;

    void setSending(bool sending);
    // While `why` is not empty (the team ledger is away), Create is off and the form says why;
    // what was typed stays. Empty again: the form works as before.
    void setHeld(const QString &why);
    bool isHeld() const { return !m_held.isEmpty(); }
    void showPlatformError(int code, const QString &reason);
    void showNetworkError(const QString &message);

    // TTL presets in seconds, in the order of the combo (the last entry is "Custom").
    static QList<qint64> ttlPresets();

Q_SIGNALS:
    void submitted(const pn::BindingRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void onEdited();
    void updateValidation();
    void updateExpiry();
    void updateConflict();
    void updateUserDataPreview();
    void submit();
    qint64 ttl() const;

    const Clock &m_clock;
    std::unique_ptr<Ui::BindingDialog> m_ui;
    QPushButton *m_createButton = nullptr;
    QTimer *m_tick = nullptr;
    ConflictCheck m_conflictCheck;
    QString m_reqid;
    QString m_failure;     // the last failure shown, empty before any
    bool m_failed = false; // a failure happened: the button reads Retry
    bool m_sending = false;
    QString m_held;         // why Create is held (setHeld), empty = not held
    bool m_touched = false; // show "required" errors only after the user typed or pressed Create
};

} // namespace pn

#pragma once

#include "sandbox/sandboxtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

#include <functional>

namespace pn {

class Console;

// "Simulate call…" on a sandbox binding or transfer (QA): who calls (A, B or another number;
// on a transfer any number), the result from the call-result catalogue in words, ring and talk
// time, and whether the call-start callback is posted before the CDR.
class SimulateCallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulateCallDialog)

public:
    // A binding (subid, with its A and B, shown masked) or a transfer (x).
    static SimulateCallDialog *forBinding(const QString &subid, const QString &anum,
                                          const QString &bnum, QWidget *parent);
    static SimulateCallDialog *forTransfer(const QString &x, QWidget *parent);

    SimulatedCall call() const;
    // Opens the dialog (window-modal); on Simulate asks the console's sandbox and reports the
    // outcome in words through `report`.
    static void ask(Console &console, SimulateCallDialog *dialog,
                    std::function<void(const QString &)> report);
    // Empty when the call can be simulated; otherwise why not (shown in the dialog).
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    explicit SimulateCallDialog(QWidget *parent);
    void retranslate();
    void update();

    QString m_subid;
    QString m_x;
    QString m_anum;
    QString m_bnum;
    QComboBox *m_caller = nullptr;
    QLineEdit *m_otherNumber = nullptr;
    QComboBox *m_result = nullptr;
    QSpinBox *m_ring = nullptr;
    QSpinBox *m_talk = nullptr;
    QCheckBox *m_callStart = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QLabel *> m_captions;
};

} // namespace pn

#include "ui/simulatecalldialog.h"

#include "core/callresultcatalog.h"
#include "core/phonemask.h"
#include "core/validation.h"
#include "session/console.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pn {

namespace {
enum CallerChoice { CallerA, CallerB, CallerOther };
}

SimulateCallDialog::SimulateCallDialog(QWidget *parent)
    : QDialog(parent)
    , m_caller(new QComboBox(this))
    , m_otherNumber(new QLineEdit(this))
    , m_result(new QComboBox(this))
    , m_ring(new QSpinBox(this))
    , m_talk(new QSpinBox(this))
    , m_callStart(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("simulateCallDialog"));
    m_caller->setObjectName(QStringLiteral("callerCombo"));
    m_otherNumber->setObjectName(QStringLiteral("otherNumberEdit"));
    m_result->setObjectName(QStringLiteral("resultCombo"));
    m_ring->setObjectName(QStringLiteral("ringSpin"));
    m_talk->setObjectName(QStringLiteral("talkSpin"));
    m_callStart->setObjectName(QStringLiteral("callStartCheck"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_ring->setRange(0, 120);
    m_ring->setValue(5);
    m_talk->setRange(0, 7200);
    m_talk->setValue(30);
    m_callStart->setChecked(true);
    m_result->setMaxVisibleItems(20);
    m_result->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_result->setMinimumContentsLength(36);

    auto *form = new QFormLayout;
    auto caption = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        m_captions << l;
        return l;
    };
    form->addRow(caption("callerCaption"), m_caller);
    form->addRow(caption("otherCaption"), m_otherNumber);
    form->addRow(caption("resultCaption"), m_result);
    form->addRow(caption("ringCaption"), m_ring);
    form->addRow(caption("talkCaption"), m_talk);
    form->addRow(QString(), m_callStart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_caller, &QComboBox::currentIndexChanged, this, &SimulateCallDialog::update);
    connect(m_result, &QComboBox::currentIndexChanged, this, &SimulateCallDialog::update);
    connect(m_otherNumber, &QLineEdit::textChanged, this, &SimulateCallDialog::update);
}

SimulateCallDialog *SimulateCallDialog::forBinding(const QString &subid, const QString &anum,
                                                   const QString &bnum, QWidget *parent)
{
    auto *d = new SimulateCallDialog(parent);
    d->m_subid = subid;
    d->m_anum = anum;
    d->m_bnum = bnum;
    d->retranslate();
    return d;
}

SimulateCallDialog *SimulateCallDialog::forTransfer(const QString &x, QWidget *parent)
{
    auto *d = new SimulateCallDialog(parent);
    d->m_x = x;
    d->retranslate();
    return d;
}

void SimulateCallDialog::retranslate()
{
    const bool transfer = m_subid.isEmpty();
    setWindowTitle(transfer ? tr("Simulate a call to %1").arg(m_x)
                            : tr("Simulate a call on %1").arg(m_subid));
    const QStringList captions = {tr("Caller:"), tr("Other number:"), tr("Result:"),
                                  tr("Ring time:"), tr("Talk time:")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions[i]->setText(captions.value(i));
    {
        const int current = m_caller->currentIndex();
        const QSignalBlocker block(m_caller);
        m_caller->clear();
        if (!transfer) {
            m_caller->addItem(tr("A (%1) calls B").arg(maskNumber(m_anum)), CallerA);
            m_caller->addItem(tr("B (%1) calls A").arg(maskNumber(m_bnum)), CallerB);
        }
        m_caller->addItem(transfer ? tr("A caller (number below) calls X")
                                   : tr("Another number (below) calls X, reaching A"),
                          CallerOther);
        m_caller->setCurrentIndex(qBound(0, current, m_caller->count() - 1));
    }
    {
        const QString current = m_result->currentData().toString();
        const QSignalBlocker block(m_result);
        m_result->clear();
        for (const CallResultCatalog::Entry &e : CallResultCatalog::entries()) {
            const QString code = QString::fromLatin1(e.result);
            m_result->addItem(
                code == QLatin1StringView("answered")
                    ? CallResultCatalog::text(code)
                    : QStringLiteral("%1 · %2").arg(code, CallResultCatalog::text(code)),
                code);
            m_result->setItemData(m_result->count() - 1, CallResultCatalog::advice(code),
                                  Qt::ToolTipRole);
        }
        const int idx =
            m_result->findData(current.isEmpty() ? QStringLiteral("answered") : current);
        m_result->setCurrentIndex(qMax(0, idx));
    }
    m_otherNumber->setPlaceholderText(tr("e.g. 13700000000"));
    m_ring->setSuffix(tr(" s"));
    m_talk->setSuffix(tr(" s"));
    m_callStart->setText(tr("Post the call-start callback first"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Simulate"));
    update();
}

void SimulateCallDialog::update()
{
    const bool other = m_caller->currentData().toInt() == CallerOther;
    m_otherNumber->setEnabled(other);
    m_talk->setEnabled(m_result->currentData().toString() == QLatin1StringView("answered"));
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

QString SimulateCallDialog::problem() const
{
    if (m_caller->currentData().toInt() != CallerOther)
        return {};
    if (m_otherNumber->text().trimmed().isEmpty())
        return tr("Type the number that calls.");
    if (const auto e =
            Validation::checkNumber(QStringLiteral("caller"), tr("Caller"), m_otherNumber->text()))
        return e->message;
    return {};
}

SimulatedCall SimulateCallDialog::call() const
{
    SimulatedCall c;
    c.subid = m_subid;
    c.x = m_x;
    switch (m_caller->currentData().toInt()) {
    case CallerA:
        c.caller = m_anum;
        break;
    case CallerB:
        c.caller = m_bnum;
        break;
    default:
        c.caller = normalizedNumber(m_otherNumber->text());
        break;
    }
    c.result = m_result->currentData().toString();
    c.durationSecs = m_talk->isEnabled() ? m_talk->value() : 0;
    c.ringSecs = m_ring->value();
    c.callStart = m_callStart->isChecked();
    return c;
}

void SimulateCallDialog::ask(Console &console, SimulateCallDialog *dialog,
                             std::function<void(const QString &)> report)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Console> guard(&console);
    connect(dialog, &QDialog::accepted, dialog, [guard, dialog, report] {
        if (!guard)
            return;
        const SimulatedCall call = dialog->call();
        QString error;
        const QString taskid = guard->simulateCall(call, &error);
        const QString target = call.subid.isEmpty() ? call.x : call.subid;
        report(taskid.isEmpty()
                   ? tr("No call simulated: %1").arg(error)
                   : tr("Simulated a call on %1 (task %2, %3); its call record arrives in the "
                        "Calls tab.")
                         .arg(target, taskid, CallResultCatalog::text(call.result)));
    });
    dialog->open();
}

void SimulateCallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pn

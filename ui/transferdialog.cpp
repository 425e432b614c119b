#include "ui/transferdialog.h"
#include "ui_transferdialog.h"

#include "core/clock.h"
#include "ui/formhelpers.h"

#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace pn {

TransferDialog::TransferDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::TransferDialog>())
    , m_reqid(generateReqid())
{
    m_ui->setupUi(this);
    m_createButton = m_ui->buttonBox->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &TransferDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillCombos();
    for (QLabel *label : {m_ui->xError, m_ui->aError, m_ui->ttlError})
        FormHelpers::reserveErrorSpace(label);
    for (QLineEdit *e : {m_ui->aEdit, m_ui->anucodeEdit, m_ui->userDataEdit})
        connect(e, &QLineEdit::textChanged, this, &TransferDialog::onEdited);
    connect(m_ui->xCombo, &QComboBox::currentTextChanged, this, &TransferDialog::onEdited);
    connect(m_ui->appidCombo, &QComboBox::currentTextChanged, this, &TransferDialog::onEdited);
    connect(m_ui->ttlSpin, &QSpinBox::valueChanged, this, &TransferDialog::onEdited);
    connect(m_ui->recordCheck, &QCheckBox::toggled, this, &TransferDialog::onEdited);
    connect(m_ui->displayCombo, &QComboBox::currentIndexChanged, this, &TransferDialog::onEdited);
    connect(m_ui->base64Check, &QCheckBox::toggled, this, &TransferDialog::onEdited);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_ui->expiryLabel->setText(FormHelpers::expiryText(m_clock, m_ui->ttlSpin->value(), true));
    });
    m_tick->start();
    retranslate();
}

TransferDialog::~TransferDialog() = default;

void TransferDialog::fillCombos()
{
    const QSignalBlocker block(m_ui->displayCombo);
    const int current = qMax(0, m_ui->displayCombo->currentIndex());
    m_ui->displayCombo->clear();
    m_ui->displayCombo->addItem(tr("the privacy number X"), 0);
    m_ui->displayCombo->addItem(tr("the real caller's number"), 1);
    m_ui->displayCombo->setCurrentIndex(current);
}

void TransferDialog::setAppids(const QStringList &appids, const QString &defaultAppid)
{
    const QSignalBlocker block(m_ui->appidCombo);
    m_ui->appidCombo->clear();
    m_ui->appidCombo->addItems(appids);
    m_ui->appidCombo->setCurrentText(defaultAppid.isEmpty() && !appids.isEmpty() ? appids.first()
                                                                                 : defaultAppid);
}

void TransferDialog::setXNumbers(const QStringList &numbers)
{
    const QSignalBlocker block(m_ui->xCombo);
    m_ui->xCombo->clear();
    m_ui->xCombo->addItems(numbers);
}

TransferRequest TransferDialog::request() const
{
    TransferRequest r;
    r.appid = m_ui->appidCombo->currentText().trimmed();
    r.x = normalizedNumber(m_ui->xCombo->currentText());
    r.anum = normalizedNumber(m_ui->aEdit->text());
    r.reqid = m_reqid;
    r.ttl = m_ui->ttlSpin->value();
    r.record = m_ui->recordCheck->isChecked() ? 1 : 0;
    r.display = m_ui->displayCombo->currentData().toInt();
    r.anucode = m_ui->anucodeEdit->text().trimmed();
    const QString userData = m_ui->userDataEdit->text();
    r.userData = m_ui->base64Check->isChecked() && !userData.isEmpty()
                     ? Validation::encodeUserData(userData)
                     : userData;
    return r;
}

ValidationErrors TransferDialog::validationErrors() const
{
    return Validation::validate(request());
}

void TransferDialog::onEdited()
{
    if (m_sending)
        return;
    if (m_failed) {
        m_failed = false;
        m_reqid = generateReqid();
        m_ui->errorLabel->hide();
        if (!m_held.isEmpty())
            setHeld(m_held);
    }
    m_touched = true;
    retranslate();
    updateValidation();
}

void TransferDialog::updateValidation()
{
    const ValidationErrors errors = validationErrors();
    const bool show = m_touched;
    FormHelpers::showFieldError(m_ui->xError, m_ui->xCombo,
                                show ? FormHelpers::messageFor(errors, QStringLiteral("x"))
                                     : QString());
    FormHelpers::showFieldError(
        m_ui->aError, m_ui->aEdit,
        show && (!m_ui->aEdit->text().isEmpty() || m_ui->aError->isVisible())
            ? FormHelpers::messageFor(errors, QStringLiteral("anum"))
            : QString());
    FormHelpers::showFieldError(m_ui->ttlError, m_ui->ttlSpin,
                                FormHelpers::messageFor(errors, QStringLiteral("ttl")));
    FormHelpers::showFieldError(m_ui->anucodeError, m_ui->anucodeEdit,
                                FormHelpers::messageFor(errors, QStringLiteral("anucode")));
    FormHelpers::showFieldError(m_ui->userDataError, m_ui->userDataEdit,
                                FormHelpers::messageFor(errors, QStringLiteral("userData")));
    const QString text = m_ui->userDataEdit->text();
    m_ui->userDataPreview->setText(m_ui->base64Check->isChecked() && !text.isEmpty()
                                       ? tr("Sent as: %1").arg(Validation::encodeUserData(text))
                                       : QString());
}

void TransferDialog::submit()
{
    if (!m_held.isEmpty())
        return; // Create is off; Enter in a field lands here too
    m_touched = true;
    const ValidationErrors errors = validationErrors();
    if (!errors.isEmpty()) {
        FormHelpers::showFieldError(m_ui->aError, m_ui->aEdit,
                                    FormHelpers::messageFor(errors, QStringLiteral("anum")));
        updateValidation();
        const QString appid = FormHelpers::messageFor(errors, QStringLiteral("appid"));
        if (!appid.isEmpty())
            showFailure(appid);
        return;
    }
    m_ui->errorLabel->hide();
    Q_EMIT submitted(request());
}

void TransferDialog::renewReqid()
{
    m_reqid = generateReqid();
    retranslate();
}

void TransferDialog::setSending(bool sending)
{
    m_sending = sending;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->appidCombo, m_ui->xCombo, m_ui->aEdit, m_ui->ttlSpin, m_ui->recordCheck,
             m_ui->displayCombo, m_ui->anucodeEdit, m_ui->userDataEdit, m_ui->base64Check})
        w->setEnabled(!sending);
    m_createButton->setEnabled(!sending && m_held.isEmpty());
    retranslate();
}

void TransferDialog::setHeld(const QString &why)
{
    m_held = why;
    m_createButton->setEnabled(!m_sending && m_held.isEmpty());
    if (!m_held.isEmpty())
        showFailure(m_held + u'\n' +
                    tr("What you typed is kept: Create works again when the team ledger is "
                       "back."));
    else
        m_ui->errorLabel->hide();
}

void TransferDialog::showFailure(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

void TransferDialog::showPlatformError(int code, const QString &reason)
{
    m_failed = true;
    setSending(false);
    showFailure(FormHelpers::platformError(code, reason));
}

void TransferDialog::showNetworkError(const QString &message)
{
    m_failed = true;
    setSending(false);
    showFailure(tr("No answer from the platform: %1").arg(message));
}

void TransferDialog::retranslate()
{
    m_ui->reqidValue->setText(m_reqid);
    m_ui->ttlSpin->setSuffix(tr(" s"));
    m_ui->ttlSpin->setSpecialValueText(tr("0 (forever)"));
    m_ui->expiryLabel->setText(FormHelpers::expiryText(m_clock, m_ui->ttlSpin->value(), true));
    m_createButton->setText(m_sending ? tr("Sending…") : m_failed ? tr("Retry") : tr("Create"));
}

void TransferDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        retranslate();
        updateValidation();
    }
    QDialog::changeEvent(event);
}

} // namespace pn

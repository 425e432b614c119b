#include "ui/bindingdialog.h"
#include "ui_bindingdialog.h"

#include "core/clock.h"
#include "ui/formhelpers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>

namespace pn {

BindingDialog::BindingDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::BindingDialog>())
    , m_reqid(generateReqid())
{
    m_ui->setupUi(this);
    // The two option groups side by side, so the form fits a 1366x768 screen with its title
    // bar and a taskbar: one above the other it was 728 px tall (734 in Chinese).
    {
        const int at = m_ui->dialogLayout->indexOf(m_ui->displayGroup);
        m_ui->dialogLayout->removeWidget(m_ui->displayGroup);
        m_ui->dialogLayout->removeWidget(m_ui->announceGroup);
        auto *groups = new QHBoxLayout;
        groups->setObjectName(QStringLiteral("optionGroups"));
        groups->addWidget(m_ui->displayGroup, 0, Qt::AlignTop);
        groups->addWidget(m_ui->announceGroup, 1);
        m_ui->dialogLayout->insertLayout(at, groups);
    }
    m_createButton = m_ui->buttonBox->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &BindingDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Accept only through the owner, after the platform said yes.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);

    fillCombos();
    m_ui->ttlCombo->setCurrentIndex(1); // 30 min
    // Digits only, as typed: 0 or a value above the maximum stays visible and is refused with
    // the reason beside the field, never replaced (a spin box would clamp it silently).
    m_ui->ttlEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,30}")), m_ui->ttlEdit));
    m_ui->ttlEdit->setMaximumWidth(fontMetrics().horizontalAdvance(u'0') * 14);
    for (QLabel *label : {m_ui->xError, m_ui->aError, m_ui->bError, m_ui->ttlError})
        FormHelpers::reserveErrorSpace(label);

    for (QLineEdit *e : {m_ui->aEdit, m_ui->bEdit, m_ui->anuBXEdit, m_ui->anuAXEdit,
                         m_ui->anuOtherEdit, m_ui->ansanuEdit, m_ui->userDataEdit})
        connect(e, &QLineEdit::textChanged, this, &BindingDialog::onEdited);
    connect(m_ui->xCombo, &QComboBox::currentTextChanged, this, &BindingDialog::onEdited);
    connect(m_ui->appidCombo, &QComboBox::currentTextChanged, this, &BindingDialog::onEdited);
    connect(m_ui->ttlCombo, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 preset = m_ui->ttlCombo->currentData().toLongLong();
        if (preset > 0) {
            const QSignalBlocker block(m_ui->ttlEdit);
            m_ui->ttlEdit->setText(QString::number(preset));
        } else {
            m_ui->ttlEdit->setFocus();
        }
        onEdited();
    });
    connect(m_ui->ttlEdit, &QLineEdit::textChanged, this, [this] {
        // The preset box never names another validity than the one that will be sent.
        const int match = int(ttlPresets().indexOf(ttl()));
        const QSignalBlocker block(m_ui->ttlCombo);
        m_ui->ttlCombo->setCurrentIndex(match >= 0 && ttl() > 0 ? match
                                                                : m_ui->ttlCombo->count() - 1);
        onEdited();
    });
    connect(m_ui->recordCheck, &QCheckBox::toggled, this, &BindingDialog::onEdited);
    connect(m_ui->displayABCombo, &QComboBox::currentIndexChanged, this, &BindingDialog::onEdited);
    connect(m_ui->displayBACombo, &QComboBox::currentIndexChanged, this, &BindingDialog::onEdited);
    connect(m_ui->base64Check, &QCheckBox::toggled, this, &BindingDialog::onEdited);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &BindingDialog::updateExpiry);
    m_tick->start();
    retranslate();
    updateValidation();
    // Open at the size the layout asks for: the .ui's 560 px would squeeze the option groups.
    resize(sizeHint());
}

BindingDialog::~BindingDialog() = default;

QList<qint64> BindingDialog::ttlPresets()
{
    return {300, 1800, 3600, 86400, 0};
}

void BindingDialog::fillCombos()
{
    const QSignalBlocker b1(m_ui->ttlCombo), b2(m_ui->displayABCombo), b3(m_ui->displayBACombo);
    const int ttlIndex = m_ui->ttlCombo->currentIndex();
    const int ab = m_ui->displayABCombo->currentIndex();
    const int ba = m_ui->displayBACombo->currentIndex();
    m_ui->ttlCombo->clear();
    const QStringList names = {tr("5 minutes"), tr("30 minutes"), tr("1 hour"), tr("1 day"),
                               tr("Custom…")};
    const QList<qint64> presets = ttlPresets();
    for (int i = 0; i < presets.size(); ++i)
        m_ui->ttlCombo->addItem(names.at(i), presets.at(i));
    m_ui->ttlCombo->setCurrentIndex(ttlIndex < 0 ? 1 : ttlIndex);
    m_ui->displayABCombo->clear();
    m_ui->displayABCombo->addItem(tr("the privacy number X"), 0);
    m_ui->displayABCombo->addItem(tr("A's real number"), 1);
    m_ui->displayABCombo->setCurrentIndex(qMax(0, ab));
    m_ui->displayBACombo->clear();
    m_ui->displayBACombo->addItem(tr("the privacy number X"), 0);
    m_ui->displayBACombo->addItem(tr("B's real number"), 1);
    m_ui->displayBACombo->setCurrentIndex(qMax(0, ba));
}

void BindingDialog::setAppids(const QStringList &appids, const QString &defaultAppid)
{
    const QSignalBlocker block(m_ui->appidCombo);
    m_ui->appidCombo->clear();
    m_ui->appidCombo->addItems(appids);
    m_ui->appidCombo->setCurrentText(defaultAppid.isEmpty() && !appids.isEmpty() ? appids.first()
                                                                                 : defaultAppid);
    updateValidation();
}

void BindingDialog::setXNumbers(const QStringList &numbers)
{
    const QSignalBlocker block(m_ui->xCombo);
    m_ui->xCombo->clear();
    m_ui->xCombo->addItems(numbers);
    if (!numbers.isEmpty())
        m_ui->xCombo->setCurrentIndex(0);
    updateValidation();
    updateConflict();
}

void BindingDialog::setConflictCheck(ConflictCheck check)
{
    m_conflictCheck = std::move(check);
    updateConflict();
}

void BindingDialog::setNumbers(const QString &x, const QString &anum, const QString &bnum)
{
    m_ui->xCombo->setCurrentText(x);
    m_ui->aEdit->setText(anum);
    m_ui->bEdit->setText(bnum);
}

qint64 BindingDialog::ttl() const
{
    bool ok = false;
    const QString text = m_ui->ttlEdit->text().trimmed();
    const qint64 value = text.toLongLong(&ok);
    if (text.isEmpty())
        return 0;
    // More digits than a qint64 holds is still "too long", never a wrapped small number.
    return ok ? value : Validation::MaxTtlSeconds + 1;
}

BindingRequest BindingDialog::request() const
{
    BindingRequest r;
    r.appid = m_ui->appidCombo->currentText().trimmed();
    r.x = normalizedNumber(m_ui->xCombo->currentText());
    r.anum = normalizedNumber(m_ui->aEdit->text());
    r.bnum = normalizedNumber(m_ui->bEdit->text());
    r.reqid = m_reqid;
    r.ttl = ttl();
    r.record = m_ui->recordCheck->isChecked() ? 1 : 0;
    const int ab = m_ui->displayABCombo->currentData().toInt();
    const int ba = m_ui->displayBACombo->currentData().toInt();
    r.display = (ab == 0 && ba == 0) ? QString() : QStringLiteral("%1,%2").arg(ab).arg(ba);
    QStringList codes = {m_ui->anuBXEdit->text().trimmed(), m_ui->anuAXEdit->text().trimmed(),
                         m_ui->anuOtherEdit->text().trimmed()};
    while (!codes.isEmpty() && codes.last().isEmpty())
        codes.removeLast();
    r.anucode = codes.join(u',');
    r.ansanu = m_ui->ansanuEdit->text().trimmed();
    const QString userData = m_ui->userDataEdit->text();
    r.userData = m_ui->base64Check->isChecked() && !userData.isEmpty()
                     ? Validation::encodeUserData(userData)
                     : userData;
    return r;
}

ValidationErrors BindingDialog::validationErrors() const
{
    return Validation::validate(request());
}

QString BindingDialog::conflictWarning() const
{
    return m_ui->conflictLabel->isHidden() ? QString() : m_ui->conflictLabel->text();
}

void BindingDialog::onEdited()
{
    if (m_sending)
        return;
    if (m_failed) {
        // Other parameters under the old reqid would be a duplicate (1004): start afresh.
        m_failed = false;
        m_reqid = generateReqid();
        m_ui->errorLabel->hide();
        m_failure.clear();
        retranslate();
        if (!m_held.isEmpty())
            setHeld(m_held);
    }
    if (sender() != m_ui->ttlCombo && sender() != m_ui->ttlEdit)
        m_touched = true;
    updateValidation();
    updateExpiry();
    updateConflict();
    updateUserDataPreview();
}

void BindingDialog::updateValidation()
{
    const ValidationErrors errors = validationErrors();
    const auto show = [&](QLabel *label, QWidget *field, const QString &name, bool requiredShown) {
        QString message = FormHelpers::messageFor(errors, name);
        if (!requiredShown && !message.isEmpty())
            message.clear();
        FormHelpers::showFieldError(label, field, message);
    };
    const bool aTyped = m_touched && !m_ui->aEdit->text().isEmpty();
    const bool bTyped = m_touched && !m_ui->bEdit->text().isEmpty();
    show(m_ui->xError, m_ui->xCombo, QStringLiteral("x"), m_touched);
    show(m_ui->aError, m_ui->aEdit, QStringLiteral("anum"), aTyped || m_ui->aError->isVisible());
    show(m_ui->bError, m_ui->bEdit, QStringLiteral("bnum"), bTyped || m_ui->bError->isVisible());
    show(m_ui->ttlError, m_ui->ttlEdit, QStringLiteral("ttl"), true);
    show(m_ui->anucodeError, nullptr, QStringLiteral("anucode"), true);
    show(m_ui->ansanuError, m_ui->ansanuEdit, QStringLiteral("ansanu"), true);
    show(m_ui->userDataError, m_ui->userDataEdit, QStringLiteral("userData"), true);
    m_createButton->setEnabled(!m_sending && m_held.isEmpty());
}

void BindingDialog::updateExpiry()
{
    m_ui->expiryLabel->setText(FormHelpers::expiryText(m_clock, ttl(), false));
}

void BindingDialog::updateConflict()
{
    QStringList taken;
    const BindingRequest r = request();
    if (m_conflictCheck && !r.x.isEmpty() && (!r.anum.isEmpty() || !r.bnum.isEmpty()))
        taken = m_conflictCheck(r.x, r.anum, r.bnum);
    if (taken.isEmpty()) {
        m_ui->conflictLabel->clear();
        m_ui->conflictLabel->hide();
        return;
    }
    m_ui->conflictLabel->setText(
        tr("%1 already has an active binding on %2 in the ledger: the platform would answer "
           "1302 (resource configuration conflict). Release that binding first or pick another "
           "privacy number.")
            .arg(taken.join(tr(" and ")), r.x));
    m_ui->conflictLabel->show();
}

void BindingDialog::updateUserDataPreview()
{
    const QString text = m_ui->userDataEdit->text();
    if (m_ui->base64Check->isChecked() && !text.isEmpty())
        m_ui->userDataPreview->setText(tr("Sent as: %1").arg(Validation::encodeUserData(text)));
    else
        m_ui->userDataPreview->clear();
}

void BindingDialog::submit()
{
    if (!m_held.isEmpty())
        return; // Create is off; Enter in a field lands here too
    m_touched = true;
    FormHelpers::showFieldError(m_ui->aError, m_ui->aEdit, {});
    const ValidationErrors errors = validationErrors();
    if (!errors.isEmpty()) {
        FormHelpers::showFieldError(m_ui->aError, m_ui->aEdit,
                                    FormHelpers::messageFor(errors, QStringLiteral("anum")));
        FormHelpers::showFieldError(m_ui->bError, m_ui->bEdit,
                                    FormHelpers::messageFor(errors, QStringLiteral("bnum")));
        updateValidation();
        if (!FormHelpers::messageFor(errors, QStringLiteral("appid")).isEmpty()) {
            m_ui->errorLabel->setText(FormHelpers::messageFor(errors, QStringLiteral("appid")));
            m_ui->errorLabel->show();
        }
        return;
    }
    m_ui->errorLabel->hide();
    Q_EMIT submitted(request());
}

void BindingDialog::renewReqid()
{
    m_reqid = generateReqid();
    retranslate();
}

void BindingDialog::setSending(bool sending)
{
    m_sending = sending;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->appidCombo, m_ui->xCombo, m_ui->aEdit, m_ui->bEdit, m_ui->ttlCombo,
             m_ui->ttlEdit, m_ui->displayGroup, m_ui->announceGroup, m_ui->userDataEdit,
             m_ui->base64Check, m_ui->recordCheck})
        w->setEnabled(!sending);
    retranslate();
    m_createButton->setEnabled(!sending && m_held.isEmpty());
}

void BindingDialog::setHeld(const QString &why)
{
    m_held = why;
    m_createButton->setEnabled(!m_sending && m_held.isEmpty());
    if (!m_held.isEmpty()) {
        m_ui->errorLabel->setText(
            m_held + u'\n' +
            tr("What you typed is kept: Create works again when the team ledger is back."));
        m_ui->errorLabel->show();
    } else if (m_failed && !m_failure.isEmpty()) {
        m_ui->errorLabel->setText(m_failure);
    } else {
        m_ui->errorLabel->hide();
    }
}

void BindingDialog::showPlatformError(int code, const QString &reason)
{
    m_failure = FormHelpers::platformError(code, reason);
    m_failed = true;
    setSending(false);
    m_ui->errorLabel->setText(m_failure);
    m_ui->errorLabel->show();
}

void BindingDialog::showNetworkError(const QString &message)
{
    m_failure = tr("No answer from the platform: %1").arg(message);
    m_failed = true;
    setSending(false);
    m_ui->errorLabel->setText(m_failure);
    m_ui->errorLabel->show();
}

void BindingDialog::retranslate()
{
    m_ui->reqidValue->setText(m_reqid);
    m_ui->reqidValue->setToolTip(
        tr("The request ID identifies this request: a retry sends the same ID, so the platform "
           "never creates a second binding."));
    if (m_sending)
        m_createButton->setText(tr("Sending…"));
    else
        m_createButton->setText(m_failed ? tr("Retry") : tr("Create"));
    updateExpiry();
}

void BindingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        retranslate();
        updateConflict();
        updateValidation();
    }
    QDialog::changeEvent(event);
}

} // namespace pn

#include "ui/profileeditor.h"

#include "core/clock.h"
#include "core/keytimesigner.h"
#include "secrets/secretstore.h"
#include "ui/confirm.h"
#include "ui/formhelpers.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pn {

namespace {

// An error label keeps its height when empty, so the form does not jump while typing.
QLabel *errorLabel(QWidget *parent, const QString &field)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setFixedHeight(QFontMetrics(f).lineSpacing() * 2 + 2);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QWidget *withButton(QWidget *field, QPushButton *button)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field, 1);
    row->addWidget(button);
    return box;
}

// A tab's form scrolls inside the tab, so the editor fits a 1366x768 screen (its whole height
// is about 800 px: every row keeps room for an error) while Save and Cancel stay in view.
QScrollArea *scrolling(QWidget *page, const QString &objectName)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    return scroll;
}

std::optional<QByteArray> readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProfileEditor::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray data = file.read(4096);
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return data;
}

} // namespace

ProfileEditor::ProfileEditor(const Clock &clock, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("profileEditor"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileEditorTabs"));
    layout->addWidget(m_tabs);

    // --- Account ---
    auto *account = new QWidget;
    auto *form = new QFormLayout(account);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    addRow(form, QStringLiteral("name"), new QLabel, m_name);
    m_environment = new QComboBox;
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    for (Environment env : {Environment::Production, Environment::Test, Environment::Sandbox})
        m_environment->addItem(environmentName(env), environmentId(env));
    m_environment->setCurrentIndex(1);
    addRow(form, QStringLiteral("environment"), new QLabel, m_environment);
    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com"));
    addRow(form, QStringLiteral("base_url"), new QLabel, m_baseUrl);
    m_devid = new QLineEdit;
    m_devid->setObjectName(QStringLiteral("devidEdit"));
    addRow(form, QStringLiteral("devid"), new QLabel, m_devid);
    m_authKey = new QLineEdit;
    m_authKey->setObjectName(QStringLiteral("authKeyEdit"));
    m_authKey->setEchoMode(QLineEdit::Password);
    m_authKey->setContextMenuPolicy(Qt::NoContextMenu); // no "Copy" of a secret
    m_authKeyFile = new QPushButton;
    m_authKeyFile->setObjectName(QStringLiteral("authKeyFileButton"));
    addRow(form, QStringLiteral("auth_key"), new QLabel, withButton(m_authKey, m_authKeyFile));
    m_authKeyState = new QLabel;
    m_authKeyState->setObjectName(QStringLiteral("authKeyState"));
    form->addRow(QString(), m_authKeyState);
    m_appids = new QLineEdit;
    m_appids->setObjectName(QStringLiteral("appidsEdit"));
    addRow(form, QStringLiteral("appids"), new QLabel, m_appids);
    m_defaultAppid = new QComboBox;
    m_defaultAppid->setObjectName(QStringLiteral("defaultAppidCombo"));
    addRow(form, QStringLiteral("default_appid"), new QLabel, m_defaultAppid);
    m_xNumbers = new QPlainTextEdit;
    m_xNumbers->setObjectName(QStringLiteral("xNumbersEdit"));
    // At least four lines; a taller editor gives the pool the room.
    m_xNumbers->setMinimumHeight(QFontMetrics(font()).lineSpacing() * 4 + 12);
    m_xNumbers->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    addRow(form, QStringLiteral("x_numbers"), new QLabel, m_xNumbers);
    m_tabs->addTab(scrolling(account, QStringLiteral("accountScroll")), QString());

    // --- Connection ---
    auto *connection = new QWidget;
    form = new QFormLayout(connection);
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caBrowse = new QPushButton;
    m_caBrowse->setObjectName(QStringLiteral("caFileButton"));
    addRow(form, QStringLiteral("ca_file"), new QLabel, withButton(m_caFile, m_caBrowse));
    m_plainHttp = new QCheckBox;
    m_plainHttp->setObjectName(QStringLiteral("plainHttpCheck"));
    form->addRow(QString(), m_plainHttp);
    m_plainHttpWarning = new QLabel;
    m_plainHttpWarning->setObjectName(QStringLiteral("plainHttpWarning"));
    m_plainHttpWarning->setWordWrap(true);
    m_plainHttpWarning->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_plainHttpWarning->setFixedHeight(QFontMetrics(font()).lineSpacing() * 3 + 4);
    form->addRow(QString(), m_plainHttpWarning);
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(0, 600000);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(QStringLiteral(" ms"));
    m_timeout->setValue(10000);
    addRow(form, QStringLiteral("timeout_ms"), new QLabel, m_timeout);
    m_rateLimit = new QDoubleSpinBox;
    m_rateLimit->setObjectName(QStringLiteral("rateLimitSpin"));
    m_rateLimit->setRange(0, 100000);
    m_rateLimit->setDecimals(1);
    addRow(form, QStringLiteral("rate_limit"), new QLabel, m_rateLimit);
    m_lowBalance = new QDoubleSpinBox;
    m_lowBalance->setObjectName(QStringLiteral("lowBalanceSpin"));
    m_lowBalance->setRange(0, 1e9);
    m_lowBalance->setDecimals(2);
    addRow(form, QStringLiteral("low_balance_threshold"), new QLabel, m_lowBalance);
    m_retention = new QSpinBox;
    m_retention->setObjectName(QStringLiteral("retentionDaysSpin"));
    m_retention->setRange(0, 3650); // 0 = forever, shown as a word
    m_retention->setValue(180);
    addRow(form, QStringLiteral("retention_days"), new QLabel, m_retention);
    m_tabs->addTab(scrolling(connection, QStringLiteral("connectionScroll")), QString());

    // --- Callbacks ---
    auto *callbacks = new QWidget;
    form = new QFormLayout(callbacks);
    m_callbackAddress = new QLineEdit(QStringLiteral("127.0.0.1"));
    m_callbackAddress->setObjectName(QStringLiteral("callbackAddressEdit"));
    addRow(form, QStringLiteral("callback_address"), new QLabel, m_callbackAddress);
    m_callbackPort = new QSpinBox;
    m_callbackPort->setObjectName(QStringLiteral("callbackPortSpin"));
    m_callbackPort->setRange(0, 65535);
    addRow(form, QStringLiteral("callback_port"), new QLabel, m_callbackPort);
    m_callbackAllow = new QLineEdit;
    m_callbackAllow->setObjectName(QStringLiteral("callbackAllowEdit"));
    m_callbackAllow->setPlaceholderText(QStringLiteral("127.0.0.1, 10.0.0.0/8"));
    addRow(form, QStringLiteral("callback_allow_list"), new QLabel, m_callbackAllow);
    m_callbackToken = new QLineEdit;
    m_callbackToken->setObjectName(QStringLiteral("callbackTokenEdit"));
    m_callbackToken->setEchoMode(QLineEdit::Password);
    m_callbackToken->setContextMenuPolicy(Qt::NoContextMenu);
    m_tokenFile = new QPushButton;
    m_tokenFile->setObjectName(QStringLiteral("callbackTokenFileButton"));
    addRow(form, QStringLiteral("callback_token"), new QLabel,
           withButton(m_callbackToken, m_tokenFile));
    m_tokenState = new QLabel;
    m_tokenState->setObjectName(QStringLiteral("callbackTokenState"));
    form->addRow(QString(), m_tokenState);
    m_removeToken = new QCheckBox;
    m_removeToken->setObjectName(QStringLiteral("removeTokenCheck"));
    m_removeToken->setVisible(false);
    form->addRow(QString(), m_removeToken);
    m_tabs->addTab(scrolling(callbacks, QStringLiteral("callbacksScroll")), QString());

    // --- Test and save ---
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton;
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    testRow->addWidget(m_testButton);
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setMinimumHeight(QFontMetrics(font()).lineSpacing() * 3);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    m_saveError = new QLabel;
    m_saveError->setObjectName(QStringLiteral("saveErrorLabel"));
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_saveError);
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileEditor::trySave);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileEditor::testConnection);
    connect(m_authKeyFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("File with the auth key"));
        QString error;
        if (!path.isEmpty() && !loadKeyFile(path, &error))
            showSaveError(error);
    });
    connect(m_tokenFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("File with the callback token"));
        QString error;
        if (!path.isEmpty() && !loadTokenFile(path, &error))
            showSaveError(error);
    });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("CA certificates (PEM)"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    for (QLineEdit *e : {m_name, m_baseUrl, m_devid, m_authKey, m_caFile, m_callbackAddress,
                         m_callbackAllow, m_callbackToken})
        connect(e, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_appids, &QLineEdit::textChanged, this, [this] {
        const QString current = m_defaultAppid->currentText();
        const QSignalBlocker block(m_defaultAppid);
        m_defaultAppid->clear();
        m_defaultAppid->addItems(listFromText(m_appids->text()));
        const int index = m_defaultAppid->findText(current);
        m_defaultAppid->setCurrentIndex(index >= 0 ? index : 0);
        validate();
    });
    connect(m_defaultAppid, &QComboBox::currentIndexChanged, this, &ProfileEditor::validate);
    connect(m_xNumbers, &QPlainTextEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ProfileEditor::validate);
    connect(m_plainHttp, &QCheckBox::toggled, this, &ProfileEditor::validate);
    connect(m_removeToken, &QCheckBox::toggled, this, &ProfileEditor::validate);
    for (QSpinBox *s : {m_timeout, m_callbackPort})
        connect(s, &QSpinBox::valueChanged, this, &ProfileEditor::validate);
    for (QDoubleSpinBox *s : {m_rateLimit, m_lowBalance})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::validate);

    // The sandbox is reserved for the built-in profile.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_environment->model()))
        model->item(2)->setEnabled(false);
    retranslate();
    validate();
}

ProfileEditor::~ProfileEditor()
{
    // Nothing typed stays in the widgets' buffers longer than the dialog.
    m_authKey->clear();
    m_callbackToken->clear();
}

QLabel *ProfileEditor::addRow(QFormLayout *form, const QString &field, QLabel *caption,
                              QWidget *widget)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    // The field at the top, beside its caption; a field that can grow (the X pool) takes the
    // extra height, any other row keeps it below its error line.
    const bool grows = widget->sizePolicy().verticalPolicy() & QSizePolicy::ExpandFlag;
    column->addWidget(widget, grows ? 1 : 0);
    QLabel *error = errorLabel(box, field);
    column->addWidget(error);
    if (!grows)
        column->addStretch(1);
    else
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    caption->setBuddy(widget);
    form->addRow(caption, box);
    m_errorLabels.insert(field, error);
    m_fields.insert(field, widget);
    m_captions.insert(field, caption);
    return error;
}

QSize ProfileEditor::preferredSize() const
{
    return preferredSize(screen() ? screen()->availableGeometry().size() : QSize());
}

QSize ProfileEditor::preferredSize(const QSize &available) const
{
    // As tall as the longest tab needs when the screen has room; else the screen's height, and
    // the form scrolls inside its tab (Save and Cancel never leave the screen).
    int pageHint = 0;
    int pageNeeds = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(i))) {
            pageHint = qMax(pageHint, scroll->sizeHint().height());
            pageNeeds = qMax(pageNeeds, scroll->widget()->sizeHint().height());
        }
    }
    QSize size = sizeHint();
    size.setWidth(qMax(size.width(), 640));
    size.setHeight(size.height() + qMax(0, pageNeeds - pageHint));
    // Room for the window frame, the title bar and a margin.
    if (available.isValid())
        size = size.boundedTo(QSize(available.width() - 40, available.height() - 80));
    return size.expandedTo(minimumSizeHint());
}

void ProfileEditor::showEvent(QShowEvent *event)
{
    if (!m_sized) {
        m_sized = true;
        resize(preferredSize());
    }
    QDialog::showEvent(event);
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfileEditor::retranslate()
{
    setWindowTitle(m_mode == Mode::Add ? tr("Add profile") : tr("Edit profile"));
    m_tabs->setTabText(0, tr("Account"));
    m_tabs->setTabText(1, tr("Connection"));
    m_tabs->setTabText(2, tr("Callbacks"));
    const QHash<QString, QString> captions = {
        {QStringLiteral("name"), tr("&Name:")},
        {QStringLiteral("environment"), tr("&Environment:")},
        {QStringLiteral("base_url"), tr("&Base URL:")},
        {QStringLiteral("devid"), tr("&Developer ID (devid):")},
        {QStringLiteral("auth_key"), tr("Auth &key:")},
        {QStringLiteral("appids"), tr("&APP IDs:")},
        {QStringLiteral("default_appid"), tr("Default APP ID:")},
        {QStringLiteral("x_numbers"), tr("&X numbers:")},
        {QStringLiteral("ca_file"), tr("&CA file:")},
        {QStringLiteral("timeout_ms"), tr("&Timeout:")},
        {QStringLiteral("rate_limit"), tr("&Rate limit (requests/s, 0 = none):")},
        {QStringLiteral("low_balance_threshold"), tr("&Low-balance warning (yuan, 0 = none):")},
        {QStringLiteral("retention_days"), tr("Keep real &numbers of ended bindings:")},
        {QStringLiteral("callback_address"), tr("Callback &address:")},
        {QStringLiteral("callback_port"), tr("Callback &port (0 = any):")},
        {QStringLiteral("callback_allow_list"), tr("Callback allow-&list:")},
        {QStringLiteral("callback_token"), tr("Callback &token:")},
    };
    for (auto it = captions.cbegin(); it != captions.cend(); ++it) {
        if (QLabel *l = m_captions.value(it.key()))
            l->setText(it.value());
    }
    for (int i = 0; i < m_environment->count(); ++i)
        m_environment->setItemText(
            i, environmentName(environmentFromId(m_environment->itemData(i).toString())
                                   .value_or(Environment::Test)));
    m_appids->setPlaceholderText(tr("one or more, separated by commas"));
    m_xNumbers->setPlaceholderText(tr("One X number per line, or separated by commas."));
    m_authKey->setPlaceholderText(m_mode == Mode::Edit && !m_original.secretBackend.isEmpty()
                                      ? tr("stored; type or paste a new key to replace it")
                                      : tr("type or paste the auth key"));
    m_authKeyFile->setText(tr("From file…"));
    m_tokenFile->setText(tr("From file…"));
    m_caBrowse->setText(tr("Browse…"));
    m_caFile->setPlaceholderText(tr("optional: extra trusted CA certificates (PEM)"));
    m_callbackToken->setPlaceholderText(m_original.hasCallbackToken
                                            ? tr("stored; type or paste a new token to replace it")
                                            : tr("optional shared secret (X-PN-Token)"));
    m_plainHttp->setText(tr("Allow plain HTTP (http://)"));
    m_removeToken->setText(tr("Remove the stored callback token"));
    m_testButton->setText(tr("&Test connection"));
    m_saveButton->setText(tr("&Save"));
    m_retention->setSpecialValueText(tr("forever"));
    m_retention->setSuffix(tr(" days"));
    m_cancelButton->setText(tr("Cancel"));
    m_authKeyState->setText(
        m_mode == Mode::Edit && !m_original.secretBackend.isEmpty()
            ? tr("A key is stored (%1). It is never shown; it can only be "
                 "replaced.")
                  .arg(SecretStore::backendDisplayName(m_original.secretBackend))
            : QString());
    m_tokenState->setText(m_original.hasCallbackToken
                              ? tr("A token is stored. It is never shown; it can be replaced "
                                   "or removed.")
                              : QString());
    // No empty line where nothing is stored.
    m_authKeyState->setVisible(!m_authKeyState->text().isEmpty());
    m_tokenState->setVisible(!m_tokenState->text().isEmpty());
    updatePlainHttpWarning();
    validate();
    if (!m_testText.isEmpty() && !testRunning())
        m_testResult->setText(m_testText);
}

void ProfileEditor::setProfile(const Profile &p)
{
    m_original = p;
    m_name->setText(p.name);
    m_environment->setCurrentIndex(m_environment->findData(environmentId(p.environment)));
    m_environment->setEnabled(!p.isSandbox());
    m_baseUrl->setText(p.baseUrl.toString());
    m_devid->setText(p.devid);
    m_appids->setText(p.appids.join(QStringLiteral(", ")));
    m_defaultAppid->setCurrentIndex(qMax(0, m_defaultAppid->findText(p.effectiveDefaultAppid())));
    m_xNumbers->setPlainText(p.xNumbers.join(u'\n'));
    m_caFile->setText(p.caFile);
    m_plainHttp->setChecked(p.allowPlainHttp);
    m_timeout->setValue(p.timeoutMs);
    m_rateLimit->setValue(p.rateLimit);
    m_lowBalance->setValue(p.lowBalanceThreshold);
    m_retention->setValue(p.retentionDays.value_or(0));
    m_callbackAddress->setText(p.callbackAddress);
    m_callbackPort->setValue(p.callbackPort);
    m_callbackAllow->setText(p.callbackAllowList.join(QStringLiteral(", ")));
    m_removeToken->setVisible(p.hasCallbackToken);
    retranslate();
}

QStringList ProfileEditor::listFromText(const QString &text) const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

Profile ProfileEditor::profile() const
{
    Profile p = m_original;
    p.name = m_name->text();
    p.environment =
        environmentFromId(m_environment->currentData().toString()).value_or(Environment::Test);
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.devid = m_devid->text().trimmed();
    p.appids = listFromText(m_appids->text());
    p.defaultAppid = m_defaultAppid->currentText();
    p.xNumbers = listFromText(m_xNumbers->toPlainText());
    p.caFile = m_caFile->text().trimmed();
    p.allowPlainHttp = m_plainHttp->isChecked();
    p.timeoutMs = m_timeout->value();
    p.rateLimit = m_rateLimit->value();
    p.lowBalanceThreshold = m_lowBalance->value();
    p.retentionDays =
        m_retention->value() > 0 ? std::optional<int>(m_retention->value()) : std::nullopt;
    p.callbackAddress = m_callbackAddress->text().trimmed();
    p.callbackPort = quint16(m_callbackPort->value());
    p.callbackAllowList.clear();
    for (const QString &e : m_callbackAllow->text().split(u',', Qt::SkipEmptyParts))
        p.callbackAllowList << e.trimmed();
    return p;
}

std::optional<QByteArray> ProfileEditor::newAuthKey() const
{
    if (m_authKey->text().isEmpty())
        return std::nullopt;
    return m_authKey->text().toUtf8();
}

std::optional<QByteArray> ProfileEditor::newCallbackToken() const
{
    if (!m_callbackToken->text().isEmpty())
        return m_callbackToken->text().toUtf8();
    if (m_removeToken->isChecked())
        return QByteArray();
    return std::nullopt;
}

bool ProfileEditor::loadKeyFile(const QString &path, QString *error)
{
    std::optional<QByteArray> key = readSecretFile(path, error);
    if (!key)
        return false;
    m_authKey->setText(QString::fromUtf8(*key));
    secureWipe(*key);
    return true;
}

bool ProfileEditor::loadTokenFile(const QString &path, QString *error)
{
    std::optional<QByteArray> token = readSecretFile(path, error);
    if (!token)
        return false;
    m_callbackToken->setText(QString::fromUtf8(*token));
    secureWipe(*token);
    return true;
}

void ProfileEditor::validate()
{
    if (!m_saveButton)
        return;
    const Profile p = profile();
    m_errors.clear();
    for (const ValidationError &e : ProfileStore::validate(p)) {
        if (!m_errors.contains(e.field))
            m_errors.insert(e.field, e.message);
    }
    if (!m_errors.contains(QStringLiteral("name")) &&
        m_takenNames.contains(p.name, Qt::CaseSensitive) && p.name != m_original.name)
        m_errors.insert(QStringLiteral("name"),
                        ProfileStore::tr("A profile named \"%1\" already exists.").arg(p.name));
    if (m_mode == Mode::Add && m_authKey->text().isEmpty())
        m_errors.insert(QStringLiteral("auth_key"), tr("The auth key is required."));
    else if (m_authKey->text().contains(u' ') || m_authKey->text().contains(u'\n'))
        m_errors.insert(QStringLiteral("auth_key"),
                        tr("The auth key must not contain spaces or line breaks."));
    // Messages whose field has no row of its own are shown under the nearest one.
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString message = m_errors.value(it.key());
        it.value()->setText(message);
        it.value()->setToolTip(message);
        if (QWidget *field = m_fields.value(it.key()))
            FormHelpers::markField(field, !message.isEmpty());
    }
    // A tab holding an error says so.
    for (int i = 0; i < m_tabs->count(); ++i) {
        bool bad = false;
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
            QWidget *field = m_fields.value(it.key());
            bad = bad || (field && m_tabs->widget(i)->isAncestorOf(field));
        }
        m_tabs->tabBar()->setTabTextColor(i, bad ? QColor(0xc6, 0x28, 0x28) : QColor());
    }
    m_saveButton->setEnabled(m_errors.isEmpty());
    m_testButton->setEnabled(!testRunning() && !m_errors.contains(QStringLiteral("base_url")) &&
                             !m_errors.contains(QStringLiteral("devid")));
    updatePlainHttpWarning();
}

void ProfileEditor::updatePlainHttpWarning()
{
    const Profile p = profile();
    QString text;
    if (p.allowPlainHttp || p.baseUrl.scheme() == QLatin1StringView("http")) {
        text = tr("Plain HTTP sends every request, the signed Authorization header and the phone "
                  "numbers unencrypted: anyone on the network path can read and change them. "
                  "Use it only for a test server on this computer or a trusted network.");
        if (p.environment == Environment::Production)
            text += u' ' + tr("A production profile with plain HTTP is saved only after you "
                              "confirm it.");
    }
    m_plainHttpWarning->setText(text);
}

void ProfileEditor::testConnection()
{
    if (testRunning())
        return;
    const Profile p = profile();
    QByteArray key;
    if (const auto typed = newAuthKey()) {
        key = *typed;
    } else if (m_storedKey) {
        QString error;
        const auto stored = m_storedKey(&error);
        if (!stored) {
            m_testText = tr("Cannot test: %1").arg(error);
            m_testResult->setText(m_testText);
            Q_EMIT testFinished(false);
            return;
        }
        key = *stored;
    }
    if (key.isEmpty()) {
        m_testText = tr("Enter the auth key to test the connection.");
        m_testResult->setText(m_testText);
        Q_EMIT testFinished(false);
        return;
    }
    ClientConfig config;
    config.baseUrl = p.baseUrl;
    config.devid = p.devid;
    config.key = key;
    config.timeoutMs = qBound(1000, p.timeoutMs, 300000);
    config.maxAttempts = 1;
    config.caFile = p.caFile;
    config.allowPlainHttp = p.allowPlainHttp;
    secureWipe(key);
    m_testClient = std::make_unique<PlatformClient>(m_clock);
    m_testClient->setConfig(config);
    m_testButton->setEnabled(false);
    m_testText.clear();
    m_testResult->setText(tr("Testing the connection to %1…").arg(p.baseUrl.host()));
    QPointer<ProfileEditor> self(this);
    m_testClient->status([self](const PlatformResult &result) {
        // Queued: the client may answer from inside status() (a configuration error).
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, result] {
                    if (self)
                        self->finishTest(result);
                },
                Qt::QueuedConnection);
    });
}

void ProfileEditor::finishTest(const PlatformResult &r)
{
    const qint64 skew = m_testClient ? m_testClient->estimatedClockOffsetMs() : 0;
    m_testClient.reset(); // the client wipes its copy of the key
    const QString skewText = PlatformClient::describeOffset(skew);
    QString text;
    switch (r.kind) {
    case PlatformResult::Kind::Ok: {
        QString state = tr("unknown");
        if (r.account && r.account->state) {
            switch (*r.account->state) {
            case 0:
                state = tr("trial");
                break;
            case 1:
                state = tr("active");
                break;
            case 2:
                state = tr("suspended");
                break;
            case 3:
                state = tr("closed");
                break;
            default:
                break;
            }
        }
        const QString balance = r.account && r.account->balance
                                    ? QLocale().toString(*r.account->balance, 'f', 2)
                                    : tr("unknown");
        text = tr("Connected. Account %1, balance %2 yuan, clock skew %3.")
                   .arg(state, balance, skewText);
        break;
    }
    case PlatformResult::Kind::AuthFailed:
        text = tr("The platform refused the signature (HTTP 401): the developer ID or the auth "
                  "key is wrong, or this computer's clock differs from the platform's by more "
                  "than 3 minutes (measured: %1).")
                   .arg(skewText);
        break;
    case PlatformResult::Kind::Tls:
        text = tr("Secure connection failed (TLS): %1").arg(r.message);
        break;
    default:
        text = tr("The test failed: %1").arg(r.message);
        break;
    }
    m_testText = text;
    m_testResult->setText(text);
    m_testResult->setStyleSheet(r.ok() ? QStringLiteral("color: #2e7d32;")
                                       : QStringLiteral("color: #c62828;"));
    validate();
    Q_EMIT testFinished(r.ok());
}

QString ProfileEditor::testResultText() const
{
    return m_testText;
}

void ProfileEditor::trySave()
{
    validate();
    if (!m_errors.isEmpty()) {
        showSaveError(m_errors.cbegin().value());
        return;
    }
    const Profile p = profile();
    if (p.environment == Environment::Production && p.allowPlainHttp &&
        !Confirm::ask(this, tr("Plain HTTP on production"),
                      tr("The production profile \"%1\" would send its requests over plain "
                         "HTTP, readable by anyone on the network path. Save it anyway?")
                          .arg(p.name),
                      tr("Save with plain HTTP"))) {
        showSaveError(tr("Not saved: plain HTTP on production was not confirmed."));
        return;
    }
    m_saveError->clear();
    Q_EMIT saveRequested();
}

void ProfileEditor::showSaveError(const QString &message)
{
    m_saveError->setText(message);
}

} // namespace pn

#include "ui/callspanel.h"
#include "ui_callspanel.h"

#include "callbacks/callbackreceiver.h"
#include "callbacks/callsmodel.h"
#include "callbacks/callstore.h"
#include "core/phonemask.h"
#include "ui/calltimelinewidget.h"
#include "ui/columnchooser.h"
#include "ui/emptyhint.h"
#include "ui/recordingplayer.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSplitter>
#include <QStyle>
#include <QTimer>

namespace pn {

QIcon outcomeIcon(CallResultCatalog::Outcome outcome)
{
    QStyle *style = QApplication::style();
    switch (outcome) {
    case CallResultCatalog::Outcome::Answered:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CallResultCatalog::Outcome::CalleeProblem:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CallResultCatalog::Outcome::NumberProblem:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CallResultCatalog::Outcome::Network:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case CallResultCatalog::Outcome::Platform:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case CallResultCatalog::Outcome::Unknown:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

namespace {

// Adds the outcome icon to the result column (models below ui/ hold no QIcon).
class OutcomeIconProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == CallsModel::ResultColumn)
            return outcomeIcon(CallResultCatalog::Outcome(
                QIdentityProxyModel::data(index, CallsModel::OutcomeRole).toInt()));
        return QIdentityProxyModel::data(index, role);
    }
};

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

CallsPanel::CallsPanel(CallStore &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CallsPanel>())
    , m_store(store)
    , m_model(std::make_unique<CallsModel>(store))
    , m_proxy(std::make_unique<CallsFilterProxy>())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model.get());
    auto *decorator = new OutcomeIconProxy();
    decorator->setSourceModel(m_proxy.get());
    m_decorator.reset(decorator);
    m_ui->view->setModel(decorator);
    m_ui->view->sortByColumn(CallsModel::TimeColumn, Qt::DescendingOrder);
    m_ui->view->verticalHeader()->setVisible(false);
    m_ui->view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->view->horizontalHeader()->setStretchLastSection(true);
    // Cells that do not fit lose their middle, and the time column is wide enough for the time
    // itself (it showed "2026-12-02 …" before).
    m_ui->view->setTextElideMode(Qt::ElideMiddle);
    m_ui->view->horizontalHeader()->resizeSection(
        CallsModel::TimeColumn,
        fontMetrics().horizontalAdvance(CallsModel::formatTime(1764662400)) + 24);
    // The durations are short ("45 s", "1:02:03"): their columns need less than the default, so
    // the table fits beside the docks at 1366 px.
    for (int column : {int(CallsModel::RingColumn), int(CallsModel::TalkColumn)})
        m_ui->view->horizontalHeader()->resizeSection(
            column, qMax(fontMetrics().horizontalAdvance(QStringLiteral("0:00:00")),
                         fontMetrics().horizontalAdvance(
                             m_model->headerData(column, Qt::Horizontal).toString())) +
                        20);
    EmptyHint::install(m_ui->view, [] {
        return tr("No call records yet: they arrive here when the platform reports a call on "
                  "one of this profile's numbers.");
    });
    // By default the columns a desk reads (time, X, caller, callee, result, ring, talk) fit
    // at 1366 px with the account dock open; who hung up, the recording, user data, subid and
    // task id are in the detail pane and in the header's column chooser.
    ColumnChooser::install(m_ui->view->horizontalHeader(), QStringLiteral("calls"),
                           {CallsModel::HungUpColumn, CallsModel::RecordingColumn,
                            CallsModel::UserDataColumn, CallsModel::SubidColumn,
                            CallsModel::TaskidColumn});
    // Two filter rows, so the Calls tab fits a 1366 px screen next to the account panel: the
    // number, subid, reveal and refresh go to a second row.
    auto *second = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->numberEdit, m_ui->subidEdit,
                                                       m_ui->revealCheck, m_ui->refreshButton}) {
        m_ui->filterRow->removeWidget(w);
        second->addWidget(w);
    }
    second->setStretchFactor(m_ui->numberEdit, 1);
    second->setStretchFactor(m_ui->subidEdit, 1);
    m_ui->panelLayout->insertLayout(1, second);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->panelLayout->setStretchFactor(m_ui->splitter, 1); // the table takes the tab's height
    // The detail pane uses the tab's height: the call's fields above, its binding's timeline
    // (call-start → CDR) below; the recording player (setRecordingArchive) under both.
    m_timeline = new CallTimelineWidget(store);
    m_timeline->setObjectName(QStringLiteral("callTimeline"));
    auto *detailSplit = new QSplitter(Qt::Vertical);
    detailSplit->setObjectName(QStringLiteral("detailSplitter"));
    m_ui->detailLayout->replaceWidget(m_ui->detailText, detailSplit);
    detailSplit->addWidget(m_ui->detailText);
    detailSplit->addWidget(m_timeline);
    detailSplit->setStretchFactor(0, 3);
    detailSplit->setStretchFactor(1, 2);
    m_ui->detailLayout->setStretchFactor(detailSplit, 1);
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->fromEdit->setDateTime(now.addDays(-1));
    m_ui->toEdit->setDateTime(now.addSecs(3600));
    fillOutcomes();

    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &CallsPanel::applyFilters);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    for (QCheckBox *box : {m_ui->fromCheck, m_ui->toCheck})
        connect(box, &QCheckBox::toggled, this, &CallsPanel::applyFilters);
    for (QDateTimeEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &CallsPanel::applyFilters);
    for (QLineEdit *edit : {m_ui->numberEdit, m_ui->subidEdit})
        connect(edit, &QLineEdit::textChanged, this, &CallsPanel::applyFilters);
    connect(m_ui->revealCheck, &QCheckBox::toggled, this, &CallsPanel::setRevealNumbers);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CallsPanel::reload);
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CallsPanel::showCurrent);
    connect(m_ui->playButton, &QPushButton::clicked, this, [this] {
        const QUrl url = currentRecording();
        if (url.isValid())
            m_openUrl(url);
    });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, [this] {
        const QUrl url = currentRecording();
        if (url.isValid())
            QGuiApplication::clipboard()->setText(url.toString());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy.get(), signal, this, &CallsPanel::updateCount);
    connect(m_proxy.get(), &QAbstractItemModel::modelReset, this, &CallsPanel::updateCount);
    connect(m_proxy.get(), &QAbstractItemModel::layoutChanged, this, &CallsPanel::updateCount);
    // CDRs another program stored in the same ledger (pnctl listen on a shared ledger).
    auto *poll = new QTimer(this);
    poll->setInterval(2000);
    connect(poll, &QTimer::timeout, m_model.get(), &CallsModel::pollNew);
    poll->start();
    reload();
}

CallsPanel::~CallsPanel() = default;

QTableView *CallsPanel::view() const
{
    return m_ui->view;
}

QString CallsPanel::detailText() const
{
    return m_ui->detailText->toPlainText();
}

void CallsPanel::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void CallsPanel::connectReceiver(CallbackReceiver *receiver)
{
    if (receiver)
        connect(receiver, &CallbackReceiver::cdrReceived, m_model.get(), &CallsModel::addRecord);
    m_timeline->connectReceiver(receiver);
}

void CallsPanel::setRecordingArchive(RecordingArchive *archive)
{
    if (!m_player) {
        m_player = new RecordingPlayer(m_ui->detailPane);
        m_ui->detailLayout->addWidget(m_player);
        connect(m_player, &RecordingPlayer::fetchRequested, this,
                &CallsPanel::fetchRecordingRequested);
    }
    m_player->setArchive(archive);
    m_player->setUrlOpener(m_openUrl);
    // The player has play, copy link and open link: the plain buttons go.
    m_ui->playButton->hide();
    m_ui->copyLinkButton->hide();
    showCurrent();
}

void CallsPanel::setProfileId(std::optional<qint64> profileId)
{
    m_profileId = profileId;
    reload();
}

void CallsPanel::showSubid(const QString &subid)
{
    m_ui->subidEdit->setText(subid);
}

void CallsPanel::setRevealNumbers(bool reveal)
{
    if (m_ui->revealCheck->isChecked() != reveal)
        m_ui->revealCheck->setChecked(reveal);
    m_model->setRevealNumbers(reveal);
    m_timeline->setRevealNumbers(reveal);
    showCurrent();
}

void CallsPanel::reload()
{
    CallFilter f;
    f.profileId = m_profileId;
    m_model->setFilter(f);
    updateCount();
    showCurrent();
}

void CallsPanel::fillOutcomes()
{
    const int current = m_ui->outcomeCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->outcomeCombo);
    m_ui->outcomeCombo->clear();
    m_ui->outcomeCombo->addItem(tr("All outcomes"), -1);
    for (CallResultCatalog::Outcome o : CallResultCatalog::outcomes())
        m_ui->outcomeCombo->addItem(outcomeIcon(o), CallResultCatalog::outcomeName(o), int(o));
    m_ui->outcomeCombo->setCurrentIndex(std::max(0, current));
}

void CallsPanel::applyFilters()
{
    const int outcome = m_ui->outcomeCombo->currentData().toInt();
    m_proxy->setOutcome(outcome < 0 ? std::nullopt
                                    : std::optional(CallResultCatalog::Outcome(outcome)));
    std::optional<qint64> from, to;
    if (m_ui->fromCheck->isChecked())
        from = m_ui->fromEdit->dateTime().toSecsSinceEpoch();
    if (m_ui->toCheck->isChecked())
        to = m_ui->toEdit->dateTime().toSecsSinceEpoch();
    m_proxy->setTimeRange(from, to);
    m_proxy->setNumber(m_ui->numberEdit->text());
    m_proxy->setSubid(m_ui->subidEdit->text());
    updateCount();
}

void CallsPanel::updateCount()
{
    m_ui->countLabel->setText(tr("%n call(s) shown", nullptr, m_proxy->rowCount()) +
                              (m_proxy->rowCount() != m_model->rowCount()
                                   ? tr(" (of %1 loaded)").arg(m_model->rowCount())
                                   : QString()));
}

QUrl CallsPanel::currentRecording() const
{
    const QModelIndex current = m_ui->view->currentIndex();
    if (!current.isValid())
        return {};
    const QUrl url(current.siblingAtColumn(CallsModel::RecordingColumn).data().toString());
    return url.isValid() && !url.scheme().isEmpty() ? url : QUrl();
}

QString CallsPanel::describe(const CdrRecord &r) const
{
    const bool reveal = m_model->revealNumbers();
    auto num = [&](const QString &n) { return reveal ? n : maskNumber(n); };
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), value);
    };
    auto time = [](const std::optional<qint64> &t) {
        return t ? escaped(CallsModel::formatTime(*t)) : QString();
    };
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"4\">")
                       .arg(escaped(CallResultCatalog::describe(r.result)),
                            escaped(CallResultCatalog::advice(r.result)));
    html += row(tr("Outcome"),
                escaped(CallResultCatalog::outcomeName(CallResultCatalog::outcome(r.result))));
    html += row(tr("Began"), time(r.beginTime));
    html += row(tr("Ringing from"), time(r.ringTime));
    html += row(tr("Answered at"), time(r.answerTime));
    html += row(tr("Released at"), time(r.releaseTime));
    html += row(tr("Talk time"), escaped(CallsModel::formatDuration(r.talkSeconds())));
    html += row(tr("Hung up"), escaped(CallWords::releaseDirection(r.releasedir)));
    html += row(tr("Caller"), escaped(num(r.caller)));
    html += row(tr("Callee"), escaped(num(r.callee)));
    html += row(tr("X number"), escaped(r.rcaller));
    html += row(tr("Subid"), escaped(r.subid));
    html += row(tr("Task ID"), escaped(r.taskid));
    html += row(tr("Developer ID / App ID"), escaped(r.devid + QStringLiteral(" / ") + r.appid));
    if (!r.recording.isEmpty())
        html += row(tr("Recording"), escaped(r.recording));
    if (!r.userData.isEmpty()) {
        const QString decoded = CallsModel::userDataText(r.userData);
        html += row(tr("User data"),
                    decoded == r.userData
                        ? escaped(r.userData)
                        : tr("%1 (base64: %2)").arg(escaped(decoded), escaped(r.userData)));
    }
    html += QStringLiteral("</table>");
    if (!r.extra.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"4\">")
                    .arg(escaped(tr("Other fields sent by the platform")));
        for (auto it = r.extra.begin(); it != r.extra.end(); ++it) {
            const QJsonValue v = it.value();
            const QString text =
                v.isString() ? v.toString()
                : v.isObject()
                    ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                : v.isArray()
                    ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                    : v.toVariant().toString();
            html += row(it.key(), escaped(text));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(escaped(tr("Received %1")
                                 .arg(QDateTime::fromMSecsSinceEpoch(r.receivedAtMs)
                                          .toLocalTime()
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
    return html;
}

void CallsPanel::showCurrent()
{
    const QModelIndex current = m_ui->view->currentIndex();
    if (!current.isValid()) {
        m_ui->detailText->setHtml(
            QStringLiteral("<p>%1</p>").arg(escaped(tr("Select a call to see its details."))));
        m_ui->playButton->setEnabled(false);
        m_ui->copyLinkButton->setEnabled(false);
        if (m_player)
            m_player->setRecording({}, {});
        m_timeline->setSubid({});
        return;
    }
    const QString taskid = current.data(CallsModel::TaskidRole).toString();
    const auto row = m_model->rowOf(taskid);
    if (!row)
        return;
    const CdrRecord &r = m_model->record(*row);
    m_ui->detailText->setHtml(describe(r));
    const bool hasRecording = currentRecording().isValid();
    m_ui->playButton->setEnabled(hasRecording);
    m_ui->copyLinkButton->setEnabled(hasRecording);
    if (m_player)
        m_player->setRecording(taskid, currentRecording());
    m_timeline->setSubid(r.subid);
    Q_EMIT currentCallChanged(taskid, r.subid);
}

void CallsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        fillOutcomes();
        updateCount();
        showCurrent();
    }
    QWidget::changeEvent(event);
}

} // namespace pn

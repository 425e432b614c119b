#include "ui/callsarchiveagent.h"

#include "callbacks/callbackreceiver.h"
#include "ledger/ledger.h"
#include "profiles/profilestore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>

namespace pn {

CallsArchiveAgent::CallsArchiveAgent(Ledger &ledger, ProfileStore &profiles, QStatusBar *statusBar,
                                     QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_archive(std::make_unique<RecordingArchive>(ledger, RecordingArchive::defaultFolder(ledger)))
    , m_statusBar(statusBar)
    , m_label(new QLabel)
    , m_timer(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("recordingsStatusLabel"));
    m_label->hide();
    if (m_statusBar)
        m_statusBar->addPermanentWidget(m_label);
    QString error;
    m_opened = m_archive->open(&error);
    if (!m_opened)
        qWarning("recordings archive: %s", qPrintable(error));
    m_archive->setTransportProvider([&profiles](qint64 profileId) {
        RecordingArchive::Transport t;
        if (const auto p = profiles.byId(profileId)) {
            t.caFile = p->caFile;
            t.allowPlainHttp = p->allowPlainHttp;
        }
        return t;
    });
    connect(m_archive.get(), &RecordingArchive::progressChanged, this,
            &CallsArchiveAgent::showProgress);
    connect(
        m_archive.get(), &RecordingArchive::recordingFailed, this,
        [this](const QString &taskid, const QString &reason, bool final) {
            const QString text =
                final ? tr("The recording of call %1 could not be archived: %2").arg(taskid, reason)
                      : tr("The recording of call %1 failed to download (%2); it is "
                           "retried later.")
                            .arg(taskid, reason);
            if (m_statusBar)
                m_statusBar->showMessage(text, 15000);
            Q_EMIT message(text);
        });
    m_timer->setInterval(60'000);
    connect(m_timer, &QTimer::timeout, this, &CallsArchiveAgent::poll);
    if (m_opened) {
        m_timer->start();
        QTimer::singleShot(0, this, &CallsArchiveAgent::poll);
    }
}

CallsArchiveAgent::~CallsArchiveAgent() = default;

void CallsArchiveAgent::connectReceiver(CallbackReceiver *receiver)
{
    if (!receiver)
        return;
    connect(receiver, &CallbackReceiver::cdrReceived, this, [this](const CdrRecord &, bool dup) {
        if (dup || m_pollQueued)
            return;
        m_pollQueued = true; // a burst of CDRs: one pass
        QTimer::singleShot(500, this, [this] {
            m_pollQueued = false;
            poll();
        });
    });
}

void CallsArchiveAgent::addMenuAction(QMenu *menu, QAction *before)
{
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("actionRecordingsArchive"));
    menu->insertAction(before, m_action);
    connect(m_action, &QAction::triggered, this, [this] { editPolicy(); });
    retranslate();
}

void CallsArchiveAgent::poll()
{
    if (!m_opened || !m_ledger.isAvailable()) // a team server that is away: the next poll
        return;
    QString error;
    m_archive->applyRetention(&error);
    m_archive->enqueueNew(std::nullopt, &error);
    m_archive->start();
}

void CallsArchiveAgent::fetchNow(const QString &taskid)
{
    QString error;
    if (!m_archive->requeue(taskid, &error)) {
        if (m_statusBar)
            m_statusBar->showMessage(error, 15000);
        return;
    }
    m_archive->start();
}

void CallsArchiveAgent::showProgress(const RecordingProgress &p)
{
    if (p.current.isEmpty()) {
        m_label->hide();
        return;
    }
    const QString percent =
        p.total > 0 ? QStringLiteral(" %1%").arg(100 * p.received / std::max<qint64>(1, p.total))
                    : QString();
    // Several at once: how many are under way and waiting, and the one that moved last.
    m_label->setText(p.active > 1 || p.queued > 0 ? tr("Recordings: %1 under way, %2 waiting; %3%4")
                                                        .arg(p.active)
                                                        .arg(p.queued)
                                                        .arg(p.current, percent)
                                                  : tr("Recording %1%2").arg(p.current, percent));
    m_label->show();
}

int CallsArchiveAgent::editPolicy()
{
    QWidget *parent = QApplication::activeWindow();
    if (!m_profileId) {
        QMessageBox::information(parent, tr("Recordings archive"), tr("Choose a profile first."));
        return QDialog::Rejected;
    }
    RecordingPolicyDialog dialog(QString(), m_archive->policy(*m_profileId), parent);
    if (dialog.exec() != QDialog::Accepted)
        return QDialog::Rejected;
    QString error;
    if (!m_archive->setPolicy(*m_profileId, dialog.policy(), &error)) {
        QMessageBox::warning(parent, tr("Recordings archive"), error);
        return QDialog::Rejected;
    }
    poll();
    return QDialog::Accepted;
}

void CallsArchiveAgent::retranslate()
{
    if (m_action)
        m_action->setText(tr("Recordings &archive…"));
}

RecordingPolicyDialog::RecordingPolicyDialog(const QString &profileName,
                                             const RecordingPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(this))
    , m_maxMb(new QSpinBox(this))
    , m_keepDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("recordingPolicyDialog"));
    setWindowTitle(profileName.isEmpty() ? tr("Recordings archive")
                                         : tr("Recordings archive — %1").arg(profileName));
    m_enabled->setObjectName(QStringLiteral("recordingsEnabled"));
    m_enabled->setText(tr("Download this profile's call recordings into the data folder"));
    m_maxMb->setObjectName(QStringLiteral("recordingsMaxMb"));
    m_maxMb->setRange(1, 4096);
    m_maxMb->setSuffix(tr(" MB"));
    m_maxMb->setValue(int(std::max<qint64>(1, policy.maxBytes / (1024 * 1024))));
    m_keepDays->setObjectName(QStringLiteral("recordingsKeepDays"));
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setSpecialValueText(tr("for ever"));
    m_keepDays->setValue(policy.keepDays);
    m_enabled->setChecked(policy.enabled);
    auto *note = new QLabel(
        tr("Platforms keep recordings only for a while (Huawei: 7 days). Files larger than the "
           "limit are refused; files of calls older than the days to keep are removed."),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Largest recording:"), m_maxMb);
    form->addRow(tr("Keep for:"), m_keepDays);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RecordingPolicy RecordingPolicyDialog::policy() const
{
    RecordingPolicy p;
    p.enabled = m_enabled->isChecked();
    p.maxBytes = qint64(m_maxMb->value()) * 1024 * 1024;
    p.keepDays = m_keepDays->value();
    return p;
}

} // namespace pn

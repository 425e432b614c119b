#include "ui/recordingplayer.h"

#include "callbacks/recordings.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QStyle>

namespace pn {

namespace {

QString clockText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : QWidget(parent)
    , m_play(new QPushButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_fetch(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_choosePath([this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export recording"), suggested,
                                            tr("Recordings (*.wav *.mp3)"));
    })
{
    setObjectName(QStringLiteral("recordingPlayer"));
    m_play->setObjectName(QStringLiteral("recordingPlay"));
    m_seek->setObjectName(QStringLiteral("recordingSeek"));
    m_time->setObjectName(QStringLiteral("recordingTime"));
    m_export->setObjectName(QStringLiteral("recordingExport"));
    m_copy->setObjectName(QStringLiteral("recordingCopyLink"));
    m_open->setObjectName(QStringLiteral("recordingOpenLink"));
    m_fetch->setObjectName(QStringLiteral("recordingFetch"));
    m_status->setObjectName(QStringLiteral("recordingStatus"));
    m_status->setWordWrap(true);
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00 / 00:00")) + 8);
    m_seek->setRange(0, 0);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *transport = new QHBoxLayout;
    transport->addWidget(m_play);
    transport->addWidget(m_seek, 1);
    transport->addWidget(m_time);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(m_copy);
    actions->addWidget(m_open);
    actions->addWidget(m_fetch);
    actions->addStretch(1);
    grid->addLayout(transport, 0, 0);
    grid->addLayout(actions, 1, 0);
    grid->addWidget(m_status, 2, 0);

    // Qt Multimedia only where there is somewhere to play to: offscreen CI and servers have no
    // audio output, and the console must not fail there.
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_player = new QMediaPlayer(this);
        if (m_player->isAvailable()) {
            m_output = new QAudioOutput(this);
            m_player->setAudioOutput(m_output);
            connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 pos) {
                if (!m_seek->isSliderDown())
                    m_seek->setValue(int(pos));
                showTime();
            });
            connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 d) {
                m_seek->setRange(0, int(d));
                showTime();
            });
            connect(m_player, &QMediaPlayer::playbackStateChanged, this,
                    &RecordingPlayer::refreshState);
            connect(m_player, &QMediaPlayer::errorOccurred, this,
                    [this](QMediaPlayer::Error, const QString &text) {
                        m_problem = text;
                        refreshState();
                    });
        } else {
            delete m_player;
            m_player = nullptr;
        }
    }
    connect(m_play, &QPushButton::clicked, this, &RecordingPlayer::togglePlay);
    connect(m_seek, &QSlider::sliderMoved, this, [this](int ms) { seek(ms); });
    connect(m_export, &QPushButton::clicked, this, &RecordingPlayer::exportFile);
    connect(m_copy, &QPushButton::clicked, this, &RecordingPlayer::copyLink);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_link.isValid())
            m_openUrl(m_link);
    });
    connect(m_fetch, &QPushButton::clicked, this, [this] {
        if (!m_taskid.isEmpty())
            Q_EMIT fetchRequested(m_taskid);
    });
    retranslate();
    setRecording({}, {});
}

RecordingPlayer::~RecordingPlayer() = default;

void RecordingPlayer::setArchive(RecordingArchive *archive)
{
    if (m_archive)
        m_archive->disconnect(this);
    m_archive = archive;
    if (!archive)
        return;
    connect(archive, &RecordingArchive::recordingStored, this, [this](const QString &taskid) {
        if (taskid == m_taskid)
            setRecording(m_taskid, m_link);
    });
    connect(archive, &RecordingArchive::recordingFailed, this, [this](const QString &taskid) {
        if (taskid == m_taskid)
            refreshState();
    });
    connect(archive, &RecordingArchive::progressChanged, this, [this](const RecordingProgress &p) {
        if (p.current == m_taskid && !m_taskid.isEmpty())
            refreshState();
    });
}

void RecordingPlayer::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void RecordingPlayer::setExportPathChooser(std::function<QString(const QString &)> chooser)
{
    m_choosePath = std::move(chooser);
}

void RecordingPlayer::setRecording(const QString &taskid, const QUrl &link)
{
    const bool same = taskid == m_taskid;
    m_taskid = taskid;
    m_link = link;
    const QString file = m_archive && !taskid.isEmpty() ? m_archive->localFile(taskid) : QString();
    if (!same || file != m_file) {
        if (m_player) {
            m_player->stop();
            m_player->setSource(file.isEmpty() ? QUrl() : QUrl::fromLocalFile(file));
        }
        m_problem.clear();
        m_seek->setValue(0);
        m_seek->setRange(0, 0);
    }
    m_file = file;
    setVisible(link.isValid() || !file.isEmpty());
    refreshState();
}

bool RecordingPlayer::canPlay() const
{
    return m_player && !m_file.isEmpty() && m_problem.isEmpty();
}

bool RecordingPlayer::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

void RecordingPlayer::togglePlay()
{
    if (!canPlay())
        return;
    if (isPlaying())
        m_player->pause();
    else
        m_player->play();
}

void RecordingPlayer::seek(qint64 ms)
{
    if (m_player && !m_file.isEmpty())
        m_player->setPosition(ms);
    showTime();
}

void RecordingPlayer::copyLink()
{
    if (m_link.isValid())
        QGuiApplication::clipboard()->setText(m_link.toString());
}

bool RecordingPlayer::exportTo(const QString &path, QString *error) const
{
    if (m_file.isEmpty()) {
        if (error)
            *error = tr("This recording is not in the archive yet.");
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_file).absoluteFilePath())
        return true;
    QFile::remove(path);
    if (!QFile::copy(m_file, path)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void RecordingPlayer::exportFile()
{
    if (m_file.isEmpty())
        return;
    const QString path = m_choosePath(QFileInfo(m_file).fileName());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export recording"), error);
}

QString RecordingPlayer::timeText() const
{
    const qint64 pos = m_player ? m_player->position() : 0;
    const qint64 duration = m_player ? m_player->duration() : 0;
    return QStringLiteral("%1 / %2").arg(clockText(pos), clockText(duration));
}

void RecordingPlayer::showTime()
{
    m_time->setText(timeText());
}

QString RecordingPlayer::statusText() const
{
    return m_status->text();
}

void RecordingPlayer::refreshState()
{
    const bool hasFile = !m_file.isEmpty();
    m_play->setEnabled(canPlay());
    m_seek->setEnabled(canPlay());
    m_play->setIcon(
        style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_play->setToolTip(isPlaying() ? tr("Pause the recording.")
                                   : tr("Play the archived recording."));
    m_export->setEnabled(hasFile);
    m_copy->setEnabled(m_link.isValid());
    m_open->setEnabled(m_link.isValid());
    m_fetch->setVisible(!hasFile && m_archive && m_link.isValid());
    QString status;
    if (!hasFile) {
        const auto entry =
            m_archive && !m_taskid.isEmpty() ? m_archive->entry(m_taskid) : std::nullopt;
        const RecordingProgress p = m_archive ? m_archive->progress() : RecordingProgress{};
        if (m_archive && p.current == m_taskid && !m_taskid.isEmpty())
            status = p.total > 0
                         ? tr("Downloading: %1 of %2 KB").arg(p.received / 1024).arg(p.total / 1024)
                         : tr("Downloading: %1 KB").arg(p.received / 1024);
        else if (!entry)
            status = tr("Not in the archive (turn recordings on for this profile, or fetch it "
                        "now).");
        else if (entry->state == RecordingEntry::State::Removed)
            status = tr("Removed from the archive by the retention policy.");
        else if (entry->state == RecordingEntry::State::Failed ||
                 entry->state == RecordingEntry::State::Refused)
            status = tr("Could not be archived: %1").arg(entry->error);
        else
            status = entry->attempts > 0 ? tr("Waiting for another try (%1).").arg(entry->error)
                                         : tr("Queued for download.");
    } else if (!m_player) {
        status = tr("No audio output on this computer: export the file to play it elsewhere.");
    } else if (!m_problem.isEmpty()) {
        status = tr("Cannot play this file: %1").arg(m_problem);
    } else {
        status = tr("Archived: %1 (%2 KB)")
                     .arg(QFileInfo(m_file).fileName())
                     .arg(QFileInfo(m_file).size() / 1024);
    }
    m_status->setText(status);
    showTime();
}

void RecordingPlayer::retranslate()
{
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save a copy of the archived recording."));
    m_copy->setText(tr("Copy link"));
    m_copy->setToolTip(tr("Copy the platform's link to this recording."));
    m_open->setText(tr("Open link"));
    m_open->setToolTip(tr("Open the platform's link in the browser."));
    m_fetch->setText(tr("Fetch now"));
    m_fetch->setToolTip(tr("Download this recording into the archive now."));
    m_seek->setToolTip(tr("Position in the recording"));
    refreshState();
}

void RecordingPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pn

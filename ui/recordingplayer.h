#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;

namespace pn {

class RecordingArchive;

// The recording of one call, in the Calls tab's detail pane: play/pause, a seek bar with the
// time, export (a copy of the archived file) and copy the link. Plays the archived file when
// there is one (Qt Multimedia); without an audio output (a server, CI) or a media backend it
// says so and still exports and copies the link. Without a file in the archive it can fetch it
// now or open the link in the browser.
class RecordingPlayer final : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingPlayer(QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    void setArchive(RecordingArchive *archive);
    // The call shown; an empty link hides the player.
    void setRecording(const QString &taskid, const QUrl &link);
    // Test hooks: what "Open link" does (default QDesktopServices) and where Export writes.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    void setExportPathChooser(std::function<QString(const QString &suggested)> chooser);

    QString taskid() const { return m_taskid; }
    QString localFile() const { return m_file; }
    bool canPlay() const;
    bool isPlaying() const;
    QString statusText() const;
    QString timeText() const;
    QMediaPlayer *mediaPlayer() const { return m_player; }
    bool exportTo(const QString &path, QString *error) const;

public Q_SLOTS:
    void togglePlay();
    void seek(qint64 ms);
    void copyLink();
    void exportFile();

Q_SIGNALS:
    void fetchRequested(const QString &taskid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshState();
    void showTime();

    RecordingArchive *m_archive = nullptr;
    QString m_taskid;
    QUrl m_link;
    QString m_file;
    QString m_problem; // why it cannot play (translated when shown)
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QPushButton *m_play;
    QSlider *m_seek;
    QLabel *m_time;
    QPushButton *m_export;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_fetch;
    QLabel *m_status;
    std::function<bool(const QUrl &)> m_openUrl;
    std::function<QString(const QString &)> m_choosePath;
};

} // namespace pn

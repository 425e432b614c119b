#pragma once

#include "core/callresultcatalog.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QIcon;
class QTableView;

namespace Ui {
class CallsPanel;
}

namespace pn {

class CallbackReceiver;
class CallStore;
class CallTimelineWidget;
class RecordingArchive;
class RecordingPlayer;
class CallsModel;
class CallsFilterProxy;
struct CdrRecord;

// The Calls tab: every CDR with its result decoded (icon, words, advice), ring and talk time,
// who hung up, the recording and the decoded userData; filters by outcome class, time range,
// number and subid; a detail pane with every field, the unknown ones included, and buttons to
// play the recording or copy its link. Self-contained: give it the store (and the receiver for
// live rows).
class CallsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CallsPanel(CallStore &store, QWidget *parent = nullptr);
    ~CallsPanel() override;

    // New CDRs appear at the top as the receiver stores them.
    void connectReceiver(CallbackReceiver *receiver);
    // Shows only this profile's calls (std::nullopt = all) and reloads.
    void setProfileId(std::optional<qint64> profileId);
    // Filters on a binding (e.g. "Show calls" on the Bindings tab).
    void showSubid(const QString &subid);
    void setRevealNumbers(bool reveal);
    void reload();

    CallsModel *model() const { return m_model.get(); }
    CallsFilterProxy *filterProxy() const { return m_proxy.get(); }
    QTableView *view() const;
    QString detailText() const;

    // Plays archived recordings in the detail pane (RecordingPlayer) instead of opening links.
    void setRecordingArchive(RecordingArchive *archive);
    RecordingPlayer *player() const { return m_player; }
    CallTimelineWidget *timeline() const { return m_timeline; }

    // Test hook: what "Play recording" does (default QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl &)> opener);

Q_SIGNALS:
    void currentCallChanged(const QString &taskid, const QString &subid);
    void fetchRecordingRequested(const QString &taskid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilters();
    void showCurrent();
    void updateCount();
    void fillOutcomes();
    QString describe(const CdrRecord &record) const;
    QUrl currentRecording() const;

    std::unique_ptr<Ui::CallsPanel> m_ui;
    CallStore &m_store;
    std::unique_ptr<CallsModel> m_model;
    std::unique_ptr<CallsFilterProxy> m_proxy;
    std::unique_ptr<QObject> m_decorator;
    std::optional<qint64> m_profileId;
    std::function<bool(const QUrl &)> m_openUrl;
    RecordingPlayer *m_player = nullptr;
    CallTimelineWidget *m_timeline = nullptr;
};

// An icon for each outcome class (shared by the Calls tab and the timeline).
QIcon outcomeIcon(CallResultCatalog::Outcome outcome);

} // namespace pn

#pragma once

#include "callbacks/callstore.h"

#include <QWidget>

#include <optional>

class QAbstractAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace pn {

class CallbackReceiver;
class Clock;
class Ledger;

// Charts of the calls in the ledger (Qt Charts): outcomes by class, calls per hour and answer
// rate per X number, for the chosen period, profile and appid.
class CallChartsWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Day, Week, Month, All, Year };

    CallChartsWidget(CallStore &store, const Clock &clock, QWidget *parent = nullptr);

    void setProfileId(std::optional<qint64> profileId);
    // The same without reading the ledger (for showStats()).
    void chooseProfile(std::optional<qint64> profileId) { m_profileId = profileId; }
    // Reads the ledger's statistics rollups (CallsArchive) instead of counting the call rows.
    void setLedger(Ledger *ledger);
    // Only the calls of this appid (empty: every appid); needs setLedger().
    void setAppid(const QString &appid);
    void setPeriod(Period period);
    // The same without reading the ledger (a host that hands over the figures, showStats()).
    void choosePeriod(Period period);
    // Hides the period choice and the refresh button (a host that has its own).
    void setControlsVisible(bool visible);
    Period period() const;
    // Re-reads the ledger and redraws.
    void refresh();
    // Whether the chosen period is drawn hour by hour (up to a day) rather than summed per
    // local hour of the day.
    bool hourByHour() const;
    // Draws figures a host read (CallsArchive::callStatsOf) for the chosen period, profile
    // and appid: perHour by local hour of the day unless hourByHour().
    void showStats(const CallStats &stats);
    // Refreshes (at most once a second) when callbacks arrive.
    void connectReceiver(CallbackReceiver *receiver);

    const CallStats &stats() const { return m_stats; }
    // An x axis for `labels.size()` bars at 0, 1, … that labels at most `maxLabels` of them
    // (every n-th, horizontally), so long periods stay readable; a label used twice gets
    // `prefixes` (the date) in front.
    static QAbstractAxis *bucketAxis(const QStringList &labels, int maxLabels,
                                     const QStringList &prefixes = {});
    // How many labels fit on a chart this wide.
    static int labelsFor(int widthPixels, int labelPixels = 70);
    QChart *outcomeChart() const;
    QChart *hourlyChart() const;
    QChart *answerRateChart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    CallFilter filter() const;
    // Up to a day: hour by hour; longer: summed per hour of the day.
    static bool isDayPeriod(const CallFilter &filter);
    void fillPeriods();
    void draw(const CallFilter &filter);
    void drawOutcomes();
    void drawHours(const CallFilter &filter);
    void drawAnswerRates();

    CallStore &m_store;
    const Clock &m_clock;
    std::optional<qint64> m_profileId;
    Ledger *m_ledger = nullptr;
    QString m_appid;
    CallStats m_stats;
    bool m_hourOfDay = false; // m_stats.perHour holds local hours of the day
    QComboBox *m_periodCombo;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QChartView *m_outcomes;
    QChartView *m_hours;
    QChartView *m_rates;
    bool m_refreshQueued = false;
};

} // namespace pn

#pragma once

#include "callbacks/callsarchive.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace pn {

class CallbackReceiver;
class CallChartsWidget;
class CallStore;
class Clock;
class Ledger;

// The Statistics tab: the team's own archive of calls read at a glance, for a chosen period and
// profile. Pages: the outcome classes, answer rate per X and calls per hour (CallChartsWidget);
// calls, answers and talk minutes per hour/day/week with the estimated cost (the profile's
// price per minute); bindings created/released/expired per bucket; the number pool (active
// pairs per X, the busiest X, X numbers without a call for N days). Values show on hover;
// each page exports as PNG, the figures as CSV.
class CallsArchiveTab final : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Day, Week, Month, Year, All };

    CallsArchiveTab(Ledger &ledger, CallStore &store, const Clock &clock,
                    QWidget *parent = nullptr);

    void setProfile(std::optional<qint64> profileId, const QStringList &xNumbers);
    void setPeriod(Period period);
    void setGranularity(ArchiveStats::Granularity granularity);
    void setPricePerMinute(double yuan);
    // Only this appid's figures (empty: every appid of the profile).
    void setAppid(const QString &appid);
    QString appid() const;
    void connectReceiver(CallbackReceiver *receiver);
    void refresh();

    const ArchiveStats &stats() const { return m_stats; }
    CallChartsWidget *charts() const { return m_charts; }
    QChart *callsChart() const;
    QChart *bindingsChart() const;
    QTableWidget *poolTable() const { return m_pool; }
    QString summaryText() const;
    // What the summary line shows now (the figures, or why there are none).
    QString summaryLabelText() const;
    // The figures as CSV / the current page as PNG; false (and a message) on failure.
    bool exportCsv(const QString &path, QString *error) const;
    bool exportPng(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ArchiveQuery query() const;
    void drawCalls();
    void drawBindings();
    void fillPool();
    void chooseCsv();
    void choosePng();

    Ledger &m_ledger;
    const Clock &m_clock;
    std::optional<qint64> m_profileId;
    QStringList m_xNumbers;
    ArchiveStats m_stats;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    void fillAppids();

    QLabel *m_appidLabel;
    QComboBox *m_appid;
    QLabel *m_groupLabel;
    QComboBox *m_group;
    QLabel *m_priceLabel;
    QDoubleSpinBox *m_price;
    QLabel *m_unusedLabel;
    QSpinBox *m_unusedDays;
    QPushButton *m_refresh;
    QPushButton *m_png;
    QPushButton *m_csv;
    QLabel *m_summary;
    QTabWidget *m_pages;
    CallChartsWidget *m_charts;
    QChartView *m_calls;
    QChartView *m_bindings;
    QWidget *m_poolPage;
    QLabel *m_poolSummary;
    QTableWidget *m_pool;
    bool m_refreshQueued = false;
};

} // namespace pn

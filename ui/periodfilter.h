#pragma once

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;

namespace pn {

// "Created:" period of the Bindings tab: any time, today, the last 7/30/90/365 days, or a
// custom range of calendar days (both ends included, local time). The range is what
// HistoryQuery::createdFrom/createdTo take (epoch ms, `to` exclusive); a preset is relative to
// the clock given by setNowFunction(), and follows it past midnight (a console left open
// overnight: "Today" becomes the new day, rangeChanged() is emitted).
class PeriodFilter final : public QWidget
{
    Q_OBJECT

public:
    enum Period { AnyTime, Today, Last7Days, Last30Days, Last90Days, Last365Days, Custom };
    Q_ENUM(Period)

    explicit PeriodFilter(QWidget *parent = nullptr);

    void setNowFunction(std::function<qint64()> now);
    // The caption and tooltip for another table than the Bindings tab's ("Time:" in the Audit
    // tab); asked again on every language change. Default: "Created:", bindings.
    void setTexts(std::function<QString()> caption, std::function<QString()> toolTip);
    Period period() const;
    void setPeriod(Period period);
    // Custom range, both days included (switches to Custom).
    void setCustomRange(QDate from, QDate to);
    std::optional<qint64> fromMs() const { return m_from; }
    std::optional<qint64> toMs() const { return m_to; }

Q_SIGNALS:
    void rangeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPeriods();
    void retranslate();
    void recompute();
    void armMidnight();

    QLabel *m_caption = nullptr;
    QComboBox *m_combo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QLabel *m_dash = nullptr;
    QDateEdit *m_toEdit = nullptr;
    std::function<qint64()> m_now;
    std::function<QString()> m_captionText;
    std::function<QString()> m_toolTipText;
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
    QTimer m_midnight;
};

} // namespace pn

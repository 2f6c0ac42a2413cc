#pragma once

#include "core/drift/Severity.h"
#include "models/DriftStatistics.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedBarSeries;
class QTimer;
class QValueAxis;

namespace tfdrift {

// Charts over the drift events in the table: drift over time stacked by severity (last hour, day or
// week) and the resource types, users and accounts with the most events. The owner tells the dock when
// its DriftStatistics changed; the dock redraws at most every kRefreshIntervalMs, and only while it is
// visible, so a burst of events costs one redraw. Clicking a bar asks for a filter on what it shows.
class DriftChartsDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshIntervalMs = 500;
    static constexpr int kTopCount = 10;
    static constexpr int kMinimumChartHeight = 200; // top charts ask for more, to give each bar a label

    explicit DriftChartsDock(QWidget *parent = nullptr);
    ~DriftChartsDock() override;

    // The statistics to draw, owned by the caller and alive while the dock uses them; nullptr for none.
    void setStatistics(const DriftStatistics *statistics);

    DriftStatistics::Range range() const { return m_range; }
    void setRange(DriftStatistics::Range range);

    // Redraws so far; each is followed by refreshed().
    int refreshCount() const { return m_refreshCount; }

    // Where "now" comes from (milliseconds since the epoch); the wall clock unless a test says otherwise.
    void setClock(std::function<qint64()> clock);

    // The bars as drawn, for tests and accessibility: one set per severity on the timeline, one set
    // per top chart whose bar i counts topValues(dimension)[i] (the least of the top first, so that
    // the most frequent value is drawn at the top).
    QBarSet *timelineSet(Severity severity) const;
    QBarSet *topSet(DriftStatistics::Dimension dimension) const;
    QStringList topValues(DriftStatistics::Dimension dimension) const;
    QChartView *timelineView() const { return m_timelineView; }
    QChartView *topView(DriftStatistics::Dimension dimension) const;
    QComboBox *rangeSelector() const { return m_rangeBox; }

    // Filters in the console's filter language (core/filter/DriftFilter.h) for exactly the events with
    // `value` along `dimension`, or with `severity`. The empty value (an unknown user or account) is
    // matched by "not <field> exists".
    static QString filterExpression(DriftStatistics::Dimension dimension, const QString &value);
    static QString filterExpression(Severity severity);

public Q_SLOTS:
    // The statistics changed: the charts are redrawn on the next tick of the refresh timer.
    void statisticsChanged();
    // Redraws now, whatever the timer says.
    void refresh();

Q_SIGNALS:
    // A bar was clicked: apply this filter to the table.
    void filterRequested(const QString &expression);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct TopChart {
        DriftStatistics::Dimension dimension = DriftStatistics::Dimension::ResourceType;
        QChartView *view = nullptr;
        QBarSet *set = nullptr;
        QBarCategoryAxis *categories = nullptr;
        QValueAxis *counts = nullptr;
        QStringList values; // bar index -> the value it counts
    };

    void buildTimeline();
    void buildTopChart(TopChart &chart, DriftStatistics::Dimension dimension);
    static void fitTopChartHeight(TopChart &chart);
    void onTick();
    void refreshTimeline(qint64 nowMs);
    void refreshTopChart(TopChart &chart);
    void relabelTimeline();
    qint64 timeLabelSpacingMinutes() const;
    void showTimelineToolTip(Severity severity, bool hovered, int index);
    void showTopToolTip(const TopChart &chart, bool hovered, int index);
    void reflow();
    void retranslate();
    void applyPalette();
    qint64 currentBucketStart(qint64 nowMs) const;
    TopChart &topChart(DriftStatistics::Dimension dimension);
    const TopChart &topChart(DriftStatistics::Dimension dimension) const;

    const DriftStatistics *m_statistics = nullptr;
    DriftStatistics::Range m_range = DriftStatistics::Range::LastHour;
    std::function<qint64()> m_clock;
    QTimer *m_timer;
    QElapsedTimer m_sinceRefresh;
    bool m_dirty = true;
    int m_refreshCount = 0;
    qint64 m_drawnBucketStart = 0;

    QLabel *m_rangeLabel;
    QComboBox *m_rangeBox;
    QScrollArea *m_scrollArea;
    QWidget *m_content;
    QGridLayout *m_grid;
    int m_columns = 0;

    QChartView *m_timelineView = nullptr;
    QStackedBarSeries *m_timelineSeries = nullptr;
    std::array<QBarSet *, DriftStatistics::kSeverityCount> m_timelineSets{}; // by int(Severity)
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_timelineCounts = nullptr;
    QList<DriftStatistics::TimelineBucket> m_buckets; // as drawn
    int m_timelineUtcOffset = 0;
    QString m_timeLabelsKey; // what the time axis labels were made for

    std::array<TopChart, 3> m_topCharts;
};

} // namespace tfdrift

#include "ui/DriftChartsDock.h"

#include "core/filter/DriftFilter.h"
#include "models/DriftEventTableModel.h"
#include "models/PlainTextToolTip.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tfdrift {

namespace {

using Dimension = DriftStatistics::Dimension;
using Range = DriftStatistics::Range;

// Most severe first, as summaries read; the stack and the legend go the other way, low at the bottom.
constexpr std::array<Severity, DriftStatistics::kSeverityCount> kSeverities{
    Severity::Critical, Severity::High, Severity::Medium, Severity::Low};
constexpr std::array<Dimension, 3> kDimensions{Dimension::ResourceType, Dimension::User, Dimension::Account};

// A chart is laid out next to another only when both get at least this much width.
constexpr int kMinimumColumnWidth = 320;
// Category labels longer than this are cut in the middle: ARNs and e-mail addresses differ at both ends.
constexpr qsizetype kMaxLabelChars = 40;

qint64 wallClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

int localUtcOffsetSeconds(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs).offsetFromUtc();
}

QString fieldName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::ResourceType: return QStringLiteral("resource.type");
    case Dimension::User: return QStringLiteral("user");
    case Dimension::Account: break;
    }
    return QStringLiteral("account");
}

QString elidedInTheMiddle(const QString &text)
{
    if (text.size() <= kMaxLabelChars)
        return text;
    const qsizetype head = (kMaxLabelChars - 1) / 2;
    const qsizetype tail = kMaxLabelChars - 1 - head;
    return text.left(head) + QChar(0x2026) + text.right(tail);
}

// Labels of a category axis must be distinct: a label equal to one already used (two long values cut
// to the same text) gets invisible zero-width spaces.
QStringList distinctLabels(const QStringList &labels)
{
    QStringList distinct;
    QSet<QString> used;
    for (QString label : labels) {
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        distinct.append(label);
    }
    return distinct;
}

// Updates a set in place, touching only the bars whose value changed, so that a refresh in which one
// bucket grew redraws one bar instead of rebuilding the chart.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    const qsizetype common = std::min<qsizetype>(set->count(), values.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
    }
    if (set->count() > values.size())
        set->remove(values.size(), set->count() - values.size());
    else if (values.size() > common)
        set->append(values.mid(common));
}

// A value axis from zero to a little above `maximum`, with whole-number ticks at 1, 2 or 5 times a
// power of ten, at most five intervals.
void fitCountAxis(QValueAxis *axis, qint64 maximum)
{
    qint64 step = 1;
    while (maximum > 5 * step) {
        if (maximum <= 10 * step)
            step *= 2;
        else if (maximum <= 25 * step)
            step *= 5;
        else
            step *= 10;
    }
    const qint64 top = std::max<qint64>(step, (maximum + step - 1) / step * step);
    if (axis->max() != qreal(top) || axis->min() != 0.0) {
        axis->setRange(0, qreal(top));
        axis->setTickCount(int(top / step) + 1);
    }
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setLocalizeNumbers(true);
    return chart;
}

QChartView *newChartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(DriftChartsDock::kMinimumChartHeight);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

QValueAxis *newCountAxis()
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, 1);
    axis->setTickCount(2);
    axis->setMinorTickCount(0);
    return axis;
}

// Time labels go on bucket starts at round local times; the closest spacing whose labels fit is used.
QList<qint64> labelSpacingsMinutes(Range range)
{
    switch (range) {
    case Range::LastHour: return {10, 15, 20, 30, 60};
    case Range::LastDay: return {2 * 60, 4 * 60, 6 * 60, 12 * 60, 24 * 60};
    case Range::LastWeek: break;
    }
    return {24 * 60, 2 * 24 * 60, 7 * 24 * 60};
}

// The locale's short time format without seconds, which every bucket start has at zero.
QString hoursAndMinutes(const QTime &time)
{
    const QLocale locale;
    static const QRegularExpression seconds(QStringLiteral("[.:,]?s+"));
    return locale.toString(time, locale.timeFormat(QLocale::ShortFormat).remove(seconds));
}

QString timeLabel(Range range, const QDateTime &localStart)
{
    if (range == Range::LastWeek)
        return QLocale().dayName(localStart.date().dayOfWeek(), QLocale::ShortFormat);
    return hoursAndMinutes(localStart.time());
}

QString bucketSpan(Range range, const DriftStatistics::TimelineBucket &bucket)
{
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(bucket.startMs);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(bucket.endMs);
    if (range == Range::LastWeek)
        return locale.toString(start, QLocale::ShortFormat) + QStringLiteral(" \u2013 ")
            + locale.toString(end, QLocale::ShortFormat);
    return hoursAndMinutes(start.time()) + QStringLiteral(" \u2013 ") + hoursAndMinutes(end.time());
}

} // namespace

DriftChartsDock::DriftChartsDock(QWidget *parent)
    : QDockWidget(parent)
    , m_clock(wallClock)
    , m_timer(new QTimer(this))
    , m_rangeLabel(new QLabel(this))
    , m_rangeBox(new QComboBox(this))
    , m_scrollArea(new QScrollArea(this))
    , m_content(new QWidget(m_scrollArea))
    , m_grid(new QGridLayout(m_content))
{
    setObjectName(QStringLiteral("driftChartsDock"));

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *header = new QHBoxLayout;
    m_rangeLabel->setTextFormat(Qt::PlainText);
    m_rangeLabel->setBuddy(m_rangeBox);
    for (Range range : {Range::LastHour, Range::LastDay, Range::LastWeek})
        m_rangeBox->addItem(QString(), int(range));
    header->addWidget(m_rangeLabel);
    header->addWidget(m_rangeBox);
    header->addStretch(1);
    layout->addLayout(header);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_scrollArea->setWidget(m_content);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scrollArea->viewport()->installEventFilter(this);
    layout->addWidget(m_scrollArea, 1);
    setWidget(body);

    buildTimeline();
    for (std::size_t i = 0; i < kDimensions.size(); ++i)
        buildTopChart(m_topCharts[i], kDimensions[i]);

    connect(m_rangeBox, &QComboBox::activated, this,
            [this](int index) { setRange(Range(m_rangeBox->itemData(index).toInt())); });
    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DriftChartsDock::onTick);

    retranslate();
    applyPalette();
    reflow();
}

DriftChartsDock::~DriftChartsDock() = default;

void DriftChartsDock::buildTimeline()
{
    QChart *chart = newChart();
    m_timelineSeries = new QStackedBarSeries;
    m_timelineSeries->setBarWidth(0.9);
    // Bottom of the stack first: low, medium, high, critical, and the legend in the same order.
    for (auto it = kSeverities.rbegin(); it != kSeverities.rend(); ++it) {
        const Severity severity = *it;
        auto *set = new QBarSet(QString());
        m_timelineSets[std::size_t(severity)] = set;
        m_timelineSeries->append(set);
        connect(set, &QBarSet::clicked, this,
                [this, severity](int) { Q_EMIT filterRequested(filterExpression(severity)); });
        connect(set, &QBarSet::hovered, this,
                [this, severity](bool hovered, int index) { showTimelineToolTip(severity, hovered, index); });
    }
    chart->addSeries(m_timelineSeries);

    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timelineCounts = newCountAxis();
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_timelineCounts, Qt::AlignLeft);
    m_timelineSeries->attachAxis(m_timeAxis);
    m_timelineSeries->attachAxis(m_timelineCounts);
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_timelineView = newChartView(chart, m_content);
    m_timelineView->setObjectName(QStringLiteral("driftTimelineChart"));
    m_timelineView->installEventFilter(this);
}

void DriftChartsDock::buildTopChart(TopChart &chart, Dimension dimension)
{
    chart.dimension = dimension;
    QChart *qchart = newChart();
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    chart.set = new QBarSet(QString());
    series->append(chart.set);
    qchart->addSeries(series);
    chart.categories = new QBarCategoryAxis;
    chart.counts = newCountAxis();
    qchart->addAxis(chart.categories, Qt::AlignLeft);
    qchart->addAxis(chart.counts, Qt::AlignBottom);
    series->attachAxis(chart.categories);
    series->attachAxis(chart.counts);
    qchart->legend()->hide();

    chart.view = newChartView(qchart, m_content);
    static const char *const objectNames[] = {"topResourceTypesChart", "topUsersChart", "topAccountsChart"};
    chart.view->setObjectName(QString::fromLatin1(objectNames[int(dimension)]));
    fitTopChartHeight(chart);

    // Looked up by dimension, not by address: the connections outlive nothing but the dock.
    connect(chart.set, &QBarSet::clicked, this, [this, dimension](int index) {
        const TopChart &clicked = topChart(dimension);
        if (index >= 0 && index < clicked.values.size())
            Q_EMIT filterRequested(filterExpression(dimension, clicked.values[index]));
    });
    connect(chart.set, &QBarSet::hovered, this, [this, dimension](bool hovered, int index) {
        showTopToolTip(topChart(dimension), hovered, index);
    });
}

void DriftChartsDock::fitTopChartHeight(TopChart &chart)
{
    // The chart leaves out a category label that does not fit its row, so a row gets a line of text and
    // some air, and the chart its title and count axis on top of kTopCount rows.
    const int line = QFontMetrics(chart.categories->labelsFont()).height();
    chart.view->setMinimumHeight(std::max(kMinimumChartHeight, kTopCount * (line + 10) + 5 * line));
}

DriftChartsDock::TopChart &DriftChartsDock::topChart(Dimension dimension)
{
    return m_topCharts[std::size_t(dimension)];
}

const DriftChartsDock::TopChart &DriftChartsDock::topChart(Dimension dimension) const
{
    return m_topCharts[std::size_t(dimension)];
}

void DriftChartsDock::setStatistics(const DriftStatistics *statistics)
{
    m_statistics = statistics;
    m_dirty = true;
}

void DriftChartsDock::statisticsChanged()
{
    m_dirty = true;
}

void DriftChartsDock::setRange(Range range)
{
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
    if (range == m_range)
        return;
    m_range = range;
    m_dirty = true;
    // The user asked for it: draw at once rather than on the next tick.
    if (isVisible())
        refresh();
}

void DriftChartsDock::setClock(std::function<qint64()> clock)
{
    m_clock = clock ? std::move(clock) : std::function<qint64()>(wallClock);
    m_dirty = true;
}

QBarSet *DriftChartsDock::timelineSet(Severity severity) const
{
    return m_timelineSets[std::size_t(severity)];
}

QBarSet *DriftChartsDock::topSet(Dimension dimension) const
{
    return topChart(dimension).set;
}

QStringList DriftChartsDock::topValues(Dimension dimension) const
{
    return topChart(dimension).values;
}

QChartView *DriftChartsDock::topView(Dimension dimension) const
{
    return topChart(dimension).view;
}

QString DriftChartsDock::filterExpression(Dimension dimension, const QString &value)
{
    // The filter treats an empty value as missing, so "= \"\"" would match nothing.
    if (value.isEmpty())
        return QStringLiteral("not ") + fieldName(dimension) + QStringLiteral(" exists");
    return fieldName(dimension) + QStringLiteral(" = ") + DriftFilter::quotedValue(value);
}

QString DriftChartsDock::filterExpression(Severity severity)
{
    return QStringLiteral("severity = ") + severityName(severity);
}

qint64 DriftChartsDock::currentBucketStart(qint64 nowMs) const
{
    const qint64 width = DriftStatistics::bucketWidthMs(m_range);
    const qint64 local = nowMs + qint64(localUtcOffsetSeconds(nowMs)) * 1000;
    return local - ((local % width) + width) % width;
}

void DriftChartsDock::onTick()
{
    if (!isVisible() || (window() && window()->isMinimized()))
        return;
    // The window slides with time even when no event comes.
    if (m_dirty || currentBucketStart(m_clock()) != m_drawnBucketStart)
        refresh();
}

void DriftChartsDock::refresh()
{
    const qint64 now = m_clock();
    refreshTimeline(now);
    for (TopChart &chart : m_topCharts)
        refreshTopChart(chart);
    m_drawnBucketStart = currentBucketStart(now);
    m_dirty = false;
    m_sinceRefresh.start();
    ++m_refreshCount;
    Q_EMIT refreshed();
}

void DriftChartsDock::refreshTimeline(qint64 nowMs)
{
    const int offset = localUtcOffsetSeconds(nowMs);
    if (m_statistics) {
        m_buckets = m_statistics->timeline(m_range, nowMs, offset);
    } else {
        m_buckets = DriftStatistics().timeline(m_range, nowMs, offset);
    }

    qint64 highest = 0;
    std::array<qint64, DriftStatistics::kSeverityCount> totals{};
    for (const auto &bucket : m_buckets) {
        highest = std::max(highest, bucket.total());
        for (std::size_t s = 0; s < totals.size(); ++s)
            totals[s] += bucket.counts[s];
    }
    for (Severity severity : kSeverities) {
        QList<qreal> values;
        values.reserve(m_buckets.size());
        for (const auto &bucket : m_buckets)
            values.append(qreal(bucket.count(severity)));
        setValues(timelineSet(severity), values);
    }
    m_timelineUtcOffset = offset;
    relabelTimeline();
    fitCountAxis(m_timelineCounts, highest);

    QStringList parts;
    for (Severity severity : kSeverities)
        parts.append(tr("%1: %2")
                         .arg(DriftEventTableModel::severityTitle(severity))
                         .arg(totals[std::size_t(severity)]));
    m_timelineView->setAccessibleDescription(m_rangeBox->currentText() + QStringLiteral(": ")
                                             + parts.join(QStringLiteral(", ")));
}

qint64 DriftChartsDock::timeLabelSpacingMinutes() const
{
    // The widest label this range can have, with room around it.
    QString widest;
    const QFontMetrics metrics(m_timeAxis->labelsFont());
    for (int day = 1; day <= 7; ++day) {
        const QString label = timeLabel(m_range, QDateTime(QDate(2026, 6, day), QTime(22, 58)));
        if (metrics.horizontalAdvance(label) > metrics.horizontalAdvance(widest))
            widest = label;
    }
    const int labelWidth = metrics.horizontalAdvance(widest) + 3 * metrics.averageCharWidth();
    // The count axis and the margins take about this much of the view.
    const int plotWidth = std::max(1, m_timelineView->width() - 6 * metrics.averageCharWidth());
    const qint64 fitting = std::max(1, plotWidth / std::max(1, labelWidth));
    const qint64 spanMinutes
        = DriftStatistics::bucketCount(m_range) * DriftStatistics::bucketWidthMs(m_range) / 60'000;
    const QList<qint64> spacings = labelSpacingsMinutes(m_range);
    for (qint64 spacing : spacings) {
        if (spanMinutes / spacing <= fitting)
            return spacing;
    }
    return spacings.last();
}

void DriftChartsDock::relabelTimeline()
{
    if (m_buckets.isEmpty())
        return;
    const qint64 every = timeLabelSpacingMinutes();
    const QString key = QString::number(int(m_range)) + u':' + QString::number(m_buckets.first().startMs)
        + u':' + QString::number(m_timelineUtcOffset) + u':' + QString::number(every);
    if (key == m_timeLabelsKey)
        return;
    m_timeLabelsKey = key;

    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(-0.5);
    m_timeAxis->setRange(-0.5, qreal(m_buckets.size()) - 0.5);

    QStringList texts;
    QList<qreal> positions;
    for (qsizetype i = 1; i < m_buckets.size(); ++i) {
        const qint64 localMinutes = (m_buckets[i].startMs / 1000 + m_timelineUtcOffset) / 60;
        if (((localMinutes % every) + every) % every != 0)
            continue;
        texts.append(
            timeLabel(m_range, QDateTime::fromMSecsSinceEpoch(m_buckets[i].startMs)).toHtmlEscaped());
        positions.append(qreal(i) - 0.5);
    }
    const QStringList labels = distinctLabels(texts);
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_timeAxis->append(labels[i], positions[i]);
}

void DriftChartsDock::refreshTopChart(TopChart &chart)
{
    const QList<DriftStatistics::ValueCount> top
        = m_statistics ? m_statistics->top(chart.dimension, kTopCount) : QList<DriftStatistics::ValueCount>();

    // A horizontal bar chart draws its first category at the bottom: the most frequent value goes last.
    QStringList values;
    QStringList texts;
    QList<qreal> counts;
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        values.append(it->value);
        // Qt Charts draws axis labels as HTML (QGraphicsTextItem::setHtml): text from an event is escaped
        // to be shown as written, and only our own "(unknown)" is set in italics, so that it cannot be
        // mistaken for a value spelled the same.
        texts.append(it->value.isEmpty()
                         ? QStringLiteral("<i>") + tr("(unknown)").toHtmlEscaped() + QStringLiteral("</i>")
                         : elidedInTheMiddle(it->value).toHtmlEscaped());
        counts.append(qreal(it->count));
    }
    const QStringList labels = distinctLabels(texts);
    if (labels != chart.categories->categories())
        chart.categories->setCategories(labels);
    setValues(chart.set, counts);
    chart.values = values;
    fitCountAxis(chart.counts, top.isEmpty() ? 0 : top.first().count);

    QStringList parts;
    for (const auto &entry : top)
        parts.append(
            tr("%1: %2").arg(entry.value.isEmpty() ? tr("(unknown)") : entry.value).arg(entry.count));
    chart.view->setAccessibleDescription(parts.isEmpty() ? tr("No drift events")
                                                         : parts.join(QStringLiteral(", ")));
}

void DriftChartsDock::showTimelineToolTip(Severity severity, bool hovered, int index)
{
    if (!hovered || index < 0 || index >= m_buckets.size()) {
        QToolTip::hideText();
        return;
    }
    const auto &bucket = m_buckets[index];
    const QString text = bucketSpan(m_range, bucket) + u'\n'
        + tr("%1: %2 of %n drift event(s)", nullptr, int(bucket.total()))
              .arg(DriftEventTableModel::severityTitle(severity))
              .arg(bucket.count(severity))
        + u'\n' + tr("Click to filter the table by this severity.");
    QToolTip::showText(QCursor::pos(), plainTextToolTip(text), m_timelineView);
}

void DriftChartsDock::showTopToolTip(const TopChart &chart, bool hovered, int index)
{
    if (!hovered || index < 0 || index >= chart.values.size() || index >= chart.set->count()) {
        QToolTip::hideText();
        return;
    }
    const QString &value = chart.values[index];
    const QString text = (value.isEmpty() ? tr("(unknown: the events have no value)") : value) + u'\n'
        + tr("%n drift event(s)", nullptr, int(chart.set->at(index))) + u'\n'
        + tr("Click to filter the table by this value.");
    QToolTip::showText(QCursor::pos(), plainTextToolTip(text), chart.view);
}

void DriftChartsDock::reflow()
{
    const int width = m_scrollArea->viewport()->width();
    const int columns = std::clamp(width / kMinimumColumnWidth, 1, int(m_topCharts.size()));
    if (columns == m_columns)
        return;
    m_columns = columns;
    m_grid->removeWidget(m_timelineView);
    for (const TopChart &chart : m_topCharts)
        m_grid->removeWidget(chart.view);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);

    m_grid->addWidget(m_timelineView, 0, 0, 1, columns);
    for (int i = 0; i < int(m_topCharts.size()); ++i)
        m_grid->addWidget(m_topCharts[std::size_t(i)].view, 1 + i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
}

void DriftChartsDock::retranslate()
{
    setWindowTitle(tr("Drift charts"));
    m_rangeLabel->setText(tr("&Range:"));
    m_rangeBox->setItemText(m_rangeBox->findData(int(Range::LastHour)), tr("Last hour"));
    m_rangeBox->setItemText(m_rangeBox->findData(int(Range::LastDay)), tr("Last 24 hours"));
    m_rangeBox->setItemText(m_rangeBox->findData(int(Range::LastWeek)), tr("Last 7 days"));
    m_rangeBox->setAccessibleName(tr("Time range of the drift chart"));

    m_timelineView->chart()->setTitle(tr("Drift over time").toHtmlEscaped());
    m_timelineView->setAccessibleName(tr("Drift over time by severity"));
    for (Severity severity : kSeverities)
        timelineSet(severity)->setLabel(DriftEventTableModel::severityTitle(severity).toHtmlEscaped());

    const QString titles[] = {tr("Top resource types"), tr("Top users"), tr("Top accounts")};
    for (TopChart &chart : m_topCharts) {
        const QString &title = titles[int(chart.dimension)];
        chart.view->chart()->setTitle(title.toHtmlEscaped());
        chart.view->setAccessibleName(title);
        chart.set->setLabel(title.toHtmlEscaped());
    }
}

void DriftChartsDock::applyPalette()
{
    const QPalette &colors = palette();
    const QColor text = colors.color(QPalette::Text);
    const QColor lines = colors.color(QPalette::Mid);
    auto style = [&](QChart *chart) {
        chart->setBackgroundBrush(colors.brush(QPalette::Base));
        chart->setTitleBrush(text);
        chart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setLinePenColor(lines);
            axis->setGridLineColor(lines);
        }
    };
    style(m_timelineView->chart());
    m_timelineView->setBackgroundBrush(colors.brush(QPalette::Base));
    for (Severity severity : kSeverities) {
        const QColor color = severityTextColor(severity, colors);
        timelineSet(severity)->setColor(color);
        timelineSet(severity)->setBorderColor(color);
    }
    for (TopChart &chart : m_topCharts) {
        style(chart.view->chart());
        chart.view->setBackgroundBrush(colors.brush(QPalette::Base));
        chart.set->setColor(colors.color(QPalette::Highlight));
        chart.set->setBorderColor(colors.color(QPalette::Highlight));
    }
}

void DriftChartsDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    m_timer->start();
    // Fresh charts as soon as they are shown, unless they were drawn a moment ago.
    if (m_dirty && (!m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= kRefreshIntervalMs))
        refresh();
}

void DriftChartsDock::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    if (!isVisible())
        m_timer->stop();
}

void DriftChartsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        m_timeLabelsKey.clear();
        m_dirty = true;
        break;
    case QEvent::FontChange:
        for (TopChart &chart : m_topCharts)
            fitTopChartHeight(chart);
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange: applyPalette(); break;
    default: break;
    }
}

bool DriftChartsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scrollArea->viewport() && event->type() == QEvent::Resize)
        reflow();
    else if (watched == m_timelineView && event->type() == QEvent::Resize)
        relabelTimeline();
    return QDockWidget::eventFilter(watched, event);
}

} // namespace tfdrift

#include "core/filter/DriftFilter.h"
#include "models/DriftEventTableModel.h"
#include "models/DriftStatistics.h"
#include "ui/DriftChartsDock.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHorizontalBarSeries>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>
#include <vector>

using namespace tfdrift;

using Dimension = DriftStatistics::Dimension;
using Range = DriftStatistics::Range;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 34, 56), QTimeZone::utc()).toMSecsSinceEpoch();

DriftEvent makeEvent(qint64 detectedAtMs, Severity severity, const QString &type, const QString &user,
                     const QString &account)
{
    DriftEvent event;
    event.detectedAtMs = detectedAtMs;
    event.severity = severity;
    event.resourceType = type;
    event.caller.user = user;
    event.account = account;
    return event;
}

QString valueOf(const DriftEvent &event, Dimension dimension)
{
    switch (dimension) {
    case Dimension::ResourceType: return event.resourceType;
    case Dimension::User: return event.caller.user;
    case Dimension::Account: break;
    }
    return event.account;
}

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

QBarCategoryAxis *categoryAxisOf(QChartView *view)
{
    const auto axes = view->chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
}

// Values an attacker controls: each tries to close the string and add a condition of its own, or to
// break the escape syntax, or to be read as markup by the chart labels.
const QStringList &hostileValues()
{
    static const QStringList values{
        QStringLiteral("x\" or user exists or user = \"x"),
        QStringLiteral("a\\\" or severity >= low or \\\""),
        QStringLiteral("trailing backslash\\"),
        QStringLiteral("\\b\\n not escapes \\x"),
        QStringLiteral("it's \"quoted\""),
        QStringLiteral("line\nbreak\tand\rreturn"),
        QStringLiteral("<b>bold</b> &amp;"),
        QStringLiteral("(unknown)"),
    };
    return values;
}

// Events whose users, resource types and accounts include the hostile values and an unknown (empty)
// user and account; at most ten distinct values per dimension, so that every one gets a bar.
std::vector<DriftEvent> mixedEvents()
{
    std::vector<DriftEvent> events;
    const QList<Severity> severities{Severity::Low, Severity::Medium, Severity::High, Severity::Critical};
    int n = 0;
    auto addEvents = [&](const QString &type, const QString &user, const QString &account, int count) {
        for (int i = 0; i < count; ++i, ++n)
            events.push_back(
                makeEvent(kNow - qint64(n % 50) * 60'000, severities[n % 4], type, user, account));
    };
    addEvents(QStringLiteral("aws_iam_role"), QStringLiteral("alice"), QStringLiteral("111111111111"), 5);
    addEvents(QStringLiteral("aws_s3_bucket"), QString(), QString(), 3);
    for (qsizetype i = 0; i < hostileValues().size(); ++i)
        addEvents(hostileValues()[i], hostileValues()[i], hostileValues()[i], int(i % 3) + 1);
    return events;
}

} // namespace

// The dock as the console holds it: docked in a main window beside the table's place.
struct DockedCharts {
    QMainWindow window;
    DriftChartsDock *dock = new DriftChartsDock(&window);

    explicit DockedCharts(int dockWidth = 400)
    {
        window.setCentralWidget(new QWidget(&window));
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resize(dockWidth + 200, 900);
        window.resizeDocks({dock}, {dockWidth}, Qt::Horizontal);
    }

    bool show()
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

class TestDriftChartsDock : public QObject
{
    Q_OBJECT

private:
    std::vector<DriftEvent> m_events;
    DriftStatistics m_stats;

    void feed(DriftChartsDock &dock, const std::vector<DriftEvent> &events)
    {
        m_events = events;
        m_stats.clear();
        for (const DriftEvent &event : m_events)
            m_stats.add(event);
        dock.setClock([] { return kNow; });
        dock.setStatistics(&m_stats);
        dock.statisticsChanged();
    }

    // The filter compiles, and matches exactly the events that have `matching`.
    void checkFilter(const QString &expression, const std::function<bool(const DriftEvent &)> &matching)
    {
        const DriftFilterResult compiled = DriftFilter::compile(expression);
        QVERIFY2(compiled.ok(), qPrintable(expression + QStringLiteral(": ") + compiled.error));
        int matched = 0;
        for (const DriftEvent &event : m_events) {
            QVERIFY2(compiled.filter->matches(event) == matching(event),
                     qPrintable(QStringLiteral("%1 on %2 / %3 / %4")
                                    .arg(expression, event.resourceType, event.caller.user, event.account)));
            matched += matching(event) ? 1 : 0;
        }
        QVERIFY2(matched > 0, qPrintable(expression));
    }

private Q_SLOTS:
    void namedForTheWindowStateAndScreenReaders()
    {
        DriftChartsDock dock;
        QCOMPARE(dock.objectName(), QStringLiteral("driftChartsDock"));
        QVERIFY(!dock.windowTitle().isEmpty());
        QVERIFY(!dock.rangeSelector()->accessibleName().isEmpty());
        QCOMPARE(dock.rangeSelector()->count(), 3);
        QVERIFY(!dock.timelineView()->accessibleName().isEmpty());
        QSet<QString> names;
        for (Dimension dimension : {Dimension::ResourceType, Dimension::User, Dimension::Account})
            names.insert(dock.topView(dimension)->accessibleName());
        QCOMPARE(names.size(), 3);
        QVERIFY(!names.contains(QString()));
    }

    void timelineBarsMatchTheStatistics()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        std::vector<DriftEvent> events = mixedEvents();
        // Spread over the week, so each range has something of its own to show.
        for (int i = 0; i < 200; ++i)
            events.push_back(makeEvent(kNow - qint64(i) * 47 * 60'000, Severity(i % 4), QStringLiteral("t"),
                                       QStringLiteral("u"), QStringLiteral("a")));
        feed(dock, events);
        QVERIFY(host.show());

        const int offset = QDateTime::fromMSecsSinceEpoch(kNow).offsetFromUtc();
        for (Range range : {Range::LastHour, Range::LastDay, Range::LastWeek}) {
            dock.setRange(range);
            dock.refresh();
            const auto buckets = m_stats.timeline(range, kNow, offset);
            qint64 drawn = 0;
            for (Severity severity : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
                QList<qreal> expected;
                for (const auto &bucket : buckets)
                    expected.append(qreal(bucket.count(severity)));
                QCOMPARE(valuesOf(dock.timelineSet(severity)), expected);
                for (qreal value : expected)
                    drawn += qint64(value);
            }
            // Every event of the range is drawn once: counted here without the statistics.
            const qint64 since = buckets.first().startMs;
            const auto inRange = std::count_if(m_events.cbegin(), m_events.cend(), [&](const DriftEvent &e) {
                return e.detectedAtMs >= since && e.detectedAtMs <= kNow;
            });
            QCOMPARE(drawn, qint64(inRange));
        }
        // The legend names the severities as the table does, coloured as the table colours them.
        QCOMPARE(dock.timelineSet(Severity::Critical)->label(),
                 DriftEventTableModel::severityTitle(Severity::Critical).toHtmlEscaped());
        QCOMPARE(dock.timelineSet(Severity::Low)->color(), severityTextColor(Severity::Low, dock.palette()));
    }

    void topBarsMatchTheStatistics()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        dock.refresh();

        for (Dimension dimension : {Dimension::ResourceType, Dimension::User, Dimension::Account}) {
            const QStringList values = dock.topValues(dimension);
            const QList<qreal> bars = valuesOf(dock.topSet(dimension));
            QCOMPARE(values.size(), qsizetype(hostileValues().size() + 2));
            QCOMPARE(bars.size(), values.size());
            for (qsizetype i = 0; i < values.size(); ++i) {
                const auto count
                    = std::count_if(m_events.cbegin(), m_events.cend(),
                                    [&](const DriftEvent &e) { return valueOf(e, dimension) == values[i]; });
                QCOMPARE(bars[i], qreal(count));
                // Drawn bottom up, so the most frequent value is the top bar.
                if (i > 0)
                    QVERIFY(bars[i - 1] <= bars[i]);
            }
            QCOMPARE(bars.last(), 5.0);
            QCOMPARE(values.last(), valueOf(m_events.front(), dimension));
        }
    }

    void eventTextIsShownAsPlainText()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        dock.refresh();
        QBarCategoryAxis *axis = categoryAxisOf(dock.topView(Dimension::User));
        QVERIFY(axis);
        const QStringList labels = axis->categories();
        QCOMPARE(labels.size(), dock.topValues(Dimension::User).size());
        // The chart draws labels as HTML: markup from an event arrives escaped, never as tags.
        QVERIFY(labels.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp;amp;")));
        // An unknown user and a user literally named "(unknown)" are two bars that look different: only
        // the console's own words are marked up.
        const QStringList unknown = labels.filter(QStringLiteral("(unknown)"));
        QCOMPARE(unknown.size(), 2);
        QVERIFY(unknown.contains(QStringLiteral("(unknown)")));
        QVERIFY(unknown.contains(QStringLiteral("<i>(unknown)</i>")));
        const QStringList values = dock.topValues(Dimension::User);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (!values[i].isEmpty())
                QVERIFY2(!labels[i].contains(u'<'), qPrintable(labels[i]));
        }
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    }

    void toolTipsShowEventTextVerbatim()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        dock.refresh();
        const QString markup = QStringLiteral("<b>bold</b> &amp;");
        const int index = int(dock.topValues(Dimension::User).indexOf(markup));
        QVERIFY(index >= 0);
        Q_EMIT dock.topSet(Dimension::User)->hovered(true, index);
        QTRY_VERIFY(QToolTip::isVisible());
        // The tooltip is rich text that shows the value escaped: the user sees the tags as typed.
        QVERIFY2(QToolTip::text().contains(markup.toHtmlEscaped()), qPrintable(QToolTip::text()));
        QVERIFY(!QToolTip::text().contains(markup));
        Q_EMIT dock.topSet(Dimension::User)->hovered(false, index);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void clickingATopBarFiltersExactlyItsEvents()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        dock.refresh();
        QSignalSpy requested(&dock, &DriftChartsDock::filterRequested);

        for (Dimension dimension : {Dimension::ResourceType, Dimension::User, Dimension::Account}) {
            const QStringList values = dock.topValues(dimension);
            for (int index = 0; index < values.size(); ++index) {
                requested.clear();
                Q_EMIT dock.topSet(dimension)->clicked(index);
                QCOMPARE(requested.size(), 1);
                const QString expression = requested.first().first().toString();
                const QString value = values[index];
                checkFilter(expression, [&](const DriftEvent &e) { return valueOf(e, dimension) == value; });
                // A filter bar is one line: no raw line breaks.
                QVERIFY(!expression.contains(u'\n'));
            }
        }
    }

    void expressionsReadAsAPersonWouldWriteThem()
    {
        QCOMPARE(DriftChartsDock::filterExpression(Dimension::ResourceType, QStringLiteral("aws_iam_role")),
                 QStringLiteral("resource.type = \"aws_iam_role\""));
        QCOMPARE(DriftChartsDock::filterExpression(Dimension::User, QStringLiteral("alice")),
                 QStringLiteral("user = \"alice\""));
        QCOMPARE(DriftChartsDock::filterExpression(Dimension::Account, QStringLiteral("123456789012")),
                 QStringLiteral("account = \"123456789012\""));
        QCOMPARE(DriftChartsDock::filterExpression(Dimension::User, QString()),
                 QStringLiteral("not user exists"));
        QCOMPARE(DriftChartsDock::filterExpression(Severity::Critical),
                 QStringLiteral("severity = critical"));
        QCOMPARE(DriftChartsDock::filterExpression(Dimension::User, QStringLiteral("a\"b\\c")),
                 QStringLiteral("user = \"a\\\"b\\\\c\""));
    }

    void everyCharacterSurvivesQuoting()
    {
        // Each of the first 256 code points and a few beyond, alone and between letters.
        QStringList values;
        for (char16_t c = 1; c < 256; ++c) {
            values.append(QString(QChar(c)));
            values.append(QStringLiteral("a") + QChar(c) + QStringLiteral("b"));
        }
        values << QStringLiteral("\u65e5\u672c") << QStringLiteral("\U0001F600")
               << QStringLiteral("  spaced  ");
        for (const QString &value : values) {
            const QString expression = DriftChartsDock::filterExpression(Dimension::ResourceType, value);
            const DriftFilterResult compiled = DriftFilter::compile(expression);
            QVERIFY2(compiled.ok(), qPrintable(expression + QStringLiteral(": ") + compiled.error));
            QVERIFY2(compiled.filter->matches(makeEvent(kNow, Severity::Low, value, {}, {})),
                     qPrintable(expression));
            QVERIFY2(!compiled.filter->matches(makeEvent(kNow, Severity::Low, value + u'x', {}, {})),
                     qPrintable(expression));
        }
    }

    void clickingATimelineSetFiltersItsSeverity()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        dock.refresh();
        QSignalSpy requested(&dock, &DriftChartsDock::filterRequested);
        for (Severity severity : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
            requested.clear();
            Q_EMIT dock.timelineSet(severity)->clicked(59);
            QCOMPARE(requested.size(), 1);
            checkFilter(requested.first().first().toString(),
                        [severity](const DriftEvent &e) { return e.severity == severity; });
        }
    }

    void burstsRedrawAtMostTwiceASecond()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        QTest::qWait(DriftChartsDock::kRefreshIntervalMs + 100); // past the first drawing
        const int before = dock.refreshCount();

        std::vector<qint64> refreshTimes;
        QElapsedTimer clock;
        clock.start();
        connect(&dock, &DriftChartsDock::refreshed, this, [&] { refreshTimes.push_back(clock.elapsed()); });
        // Two seconds of events as fast as they come, each announced.
        int changes = 0;
        while (clock.elapsed() < 2000) {
            m_stats.add(makeEvent(kNow, Severity::High, QStringLiteral("aws_iam_role"),
                                  QStringLiteral("alice"), QStringLiteral("111111111111")));
            dock.statisticsChanged();
            ++changes;
            QTest::qWait(1);
        }
        QTest::qWait(DriftChartsDock::kRefreshIntervalMs + 200);

        const int redraws = dock.refreshCount() - before;
        qInfo("%d changes, %d redraws", changes, redraws);
        QVERIFY(changes > 100);
        QVERIFY2(redraws >= 3 && redraws <= 6, qPrintable(QString::number(redraws)));
        for (std::size_t i = 1; i < refreshTimes.size(); ++i)
            QVERIFY2(
                refreshTimes[i] - refreshTimes[i - 1] >= DriftChartsDock::kRefreshIntervalMs - 50,
                qPrintable(QStringLiteral("redraws %1 ms apart").arg(refreshTimes[i] - refreshTimes[i - 1])));
        // The last change is drawn: alice's bar counts every event.
        QCOMPARE(dock.topSet(Dimension::User)->at(dock.topSet(Dimension::User)->count() - 1),
                 qreal(m_stats.top(Dimension::User, 1).first().count));
    }

    void hiddenDockDoesNotRedraw()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        dock.refresh();
        dock.hide();
        const int before = dock.refreshCount();
        for (int i = 0; i < 20; ++i) {
            m_stats.add(makeEvent(kNow, Severity::Low, QStringLiteral("aws_instance"), {}, {}));
            dock.statisticsChanged();
            QTest::qWait(60);
        }
        QCOMPARE(dock.refreshCount(), before);

        // Shown again, it catches up at once.
        QTest::qWait(DriftChartsDock::kRefreshIntervalMs);
        dock.show();
        QTRY_COMPARE_WITH_TIMEOUT(dock.refreshCount(), before + 1, DriftChartsDock::kRefreshIntervalMs * 2);
        QVERIFY(dock.topValues(Dimension::ResourceType).contains(QStringLiteral("aws_instance")));
    }

    void layoutFitsNarrowAndWideDocks()
    {
        DockedCharts host(350);
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        QTRY_VERIFY(dock.topView(Dimension::Account)->isVisible());
        QCOMPARE(dock.width(), 350);

        QList<QChartView *> views{dock.timelineView(), dock.topView(Dimension::ResourceType),
                                  dock.topView(Dimension::User), dock.topView(Dimension::Account)};
        auto topLeft = [](QWidget *w) { return w->mapTo(w->window(), QPoint(0, 0)); };
        // Narrow: one column, each chart tall enough to read and no wider than the dock.
        for (QChartView *view : views) {
            QVERIFY(view->height() >= DriftChartsDock::kMinimumChartHeight);
            QVERIFY2(view->width() <= 350, qPrintable(QString::number(view->width())));
            QCOMPARE(topLeft(view).x(), topLeft(views.first()).x());
        }
        QVERIFY(topLeft(views[1]).y() < topLeft(views[2]).y());
        QVERIFY(topLeft(views[2]).y() < topLeft(views[3]).y());

        // Wide: the three top charts side by side under the timeline, which spans them.
        host.window.resize(1500, 800);
        host.window.resizeDocks({&dock}, {1300}, Qt::Horizontal);
        QTRY_COMPARE(topLeft(views[1]).y(), topLeft(views[3]).y());
        QCOMPARE(topLeft(views[2]).y(), topLeft(views[1]).y());
        QVERIFY(topLeft(views[1]).x() < topLeft(views[2]).x());
        QVERIFY(topLeft(views[2]).x() < topLeft(views[3]).x());
        QVERIFY(views[0]->width() > 3 * views[1]->width() - 50);
        for (QChartView *view : views)
            QVERIFY(view->height() >= DriftChartsDock::kMinimumChartHeight);
    }

    void rangeSelectorSwitchesTheTimeline()
    {
        DockedCharts host;
        DriftChartsDock &dock = *host.dock;
        feed(dock, mixedEvents());
        QVERIFY(host.show());
        QComboBox *box = dock.rangeSelector();
        const int before = dock.refreshCount();
        const int weekIndex = box->findData(int(Range::LastWeek));
        QVERIFY(weekIndex >= 0);
        box->setCurrentIndex(weekIndex);
        Q_EMIT box->activated(weekIndex);
        QCOMPARE(dock.range(), Range::LastWeek);
        QCOMPARE(dock.refreshCount(), before + 1); // drawn at once, not on the next tick
        QCOMPARE(dock.timelineSet(Severity::Low)->count(), DriftStatistics::bucketCount(Range::LastWeek));
    }
};

QTEST_MAIN(TestDriftChartsDock)
#include "test_drift_charts_dock.moc"

#include "models/DriftStatistics.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <vector>

using namespace tfdrift;

using Range = DriftStatistics::Range;
using Dimension = DriftStatistics::Dimension;
using ValueCount = DriftStatistics::ValueCount;

namespace {

struct Event {
    qint64 timeMs = 0;
    Severity severity = Severity::Low;
    QString resourceType;
    QString user;
    QString account;
};

void add(DriftStatistics &stats, const Event &e)
{
    stats.add(e.timeMs, e.severity, e.resourceType, e.user, e.account);
}

bool remove(DriftStatistics &stats, const Event &e)
{
    return stats.remove(e.timeMs, e.severity, e.resourceType, e.user, e.account);
}

qint64 utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

const QList<Range> &allRanges()
{
    static const QList<Range> ranges{Range::LastHour, Range::LastDay, Range::LastWeek};
    return ranges;
}

const QList<Severity> &allSeverities()
{
    static const QList<Severity> severities{Severity::Low, Severity::Medium, Severity::High,
                                            Severity::Critical};
    return severities;
}

// The answer counted the slow, obvious way: every value with its events, most first, then by value.
QList<ValueCount> countedByHand(const std::vector<Event> &events, Dimension dimension)
{
    std::map<QString, qint64> counts;
    for (const Event &e : events) {
        const QString &value = dimension == Dimension::ResourceType ? e.resourceType
            : dimension == Dimension::User                          ? e.user
                                                                    : e.account;
        ++counts[value];
    }
    QList<ValueCount> result;
    for (const auto &[value, count] : counts)
        result.append(ValueCount{value, count});
    std::stable_sort(result.begin(), result.end(),
                     [](const ValueCount &a, const ValueCount &b) { return a.count > b.count; });
    return result;
}

// Checks the shape of a timeline and that each bucket holds exactly the events inside its bounds.
void checkTimeline(const DriftStatistics &stats, const std::vector<Event> &events, Range range, qint64 nowMs,
                   int utcOffsetSeconds = 0)
{
    const QList<DriftStatistics::TimelineBucket> buckets = stats.timeline(range, nowMs, utcOffsetSeconds);
    QCOMPARE(buckets.size(), DriftStatistics::bucketCount(range));
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const auto &bucket = buckets[i];
        QCOMPARE(bucket.endMs - bucket.startMs, DriftStatistics::bucketWidthMs(range));
        if (i > 0)
            QCOMPARE(bucket.startMs, buckets[i - 1].endMs);
        for (Severity severity : allSeverities()) {
            const auto expected = std::count_if(events.cbegin(), events.cend(), [&](const Event &e) {
                return e.severity == severity && e.timeMs >= bucket.startMs && e.timeMs < bucket.endMs;
            });
            if (bucket.count(severity) != expected)
                QFAIL(qPrintable(QStringLiteral("bucket %1 severity %2: %3 instead of %4")
                                     .arg(i)
                                     .arg(severityName(severity))
                                     .arg(bucket.count(severity))
                                     .arg(expected)));
        }
    }
    QVERIFY(buckets.last().startMs <= nowMs);
    QVERIFY(nowMs < buckets.last().endMs);
}

std::vector<Event> randomEvents(int count, qint64 nowMs, qint64 spanMs, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<Event> events;
    events.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Event e;
        e.timeMs = nowMs - qint64(random.bounded(double(spanMs)));
        e.severity = Severity(random.bounded(4));
        e.resourceType = QStringLiteral("aws_type_%1").arg(random.bounded(12));
        // Some callers and accounts are unknown: empty, as the events carry them.
        const int user = random.bounded(9);
        e.user = user == 0 ? QString() : QStringLiteral("user%1").arg(user);
        const int account = random.bounded(5);
        e.account
            = account == 0 ? QString() : QStringLiteral("1234567890%1").arg(account, 2, 10, QLatin1Char('0'));
        events.push_back(e);
    }
    return events;
}

} // namespace

class TestDriftStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty()
    {
        DriftStatistics stats;
        QVERIFY(stats.isEmpty());
        QCOMPARE(stats.total(), 0);
        for (Dimension dimension : {Dimension::ResourceType, Dimension::User, Dimension::Account})
            QVERIFY(stats.top(dimension, 10).isEmpty());
        for (Range range : allRanges()) {
            const auto buckets = stats.timeline(range, utc(2026, 3, 1, 12, 0));
            QCOMPARE(buckets.size(), DriftStatistics::bucketCount(range));
            for (const auto &bucket : buckets)
                QCOMPARE(bucket.total(), 0);
        }
    }

    void rangesHaveTheAdvertisedBuckets()
    {
        QCOMPARE(DriftStatistics::bucketCount(Range::LastHour), 60);
        QCOMPARE(DriftStatistics::bucketWidthMs(Range::LastHour), 60'000);
        QCOMPARE(DriftStatistics::bucketCount(Range::LastDay), 48);
        QCOMPARE(DriftStatistics::bucketWidthMs(Range::LastDay), 30 * 60'000);
        QCOMPARE(DriftStatistics::bucketCount(Range::LastWeek), 28);
        QCOMPARE(DriftStatistics::bucketWidthMs(Range::LastWeek), 6 * 3600'000);
        // Each range spans what its name says.
        QCOMPARE(DriftStatistics::bucketCount(Range::LastHour)
                     * DriftStatistics::bucketWidthMs(Range::LastHour),
                 3600'000);
        QCOMPARE(DriftStatistics::bucketCount(Range::LastDay)
                     * DriftStatistics::bucketWidthMs(Range::LastDay),
                 24 * 3600'000);
        QCOMPARE(DriftStatistics::bucketCount(Range::LastWeek)
                     * DriftStatistics::bucketWidthMs(Range::LastWeek),
                 7 * 24 * 3600'000);
    }

    void countsEachDimensionAndSeverity()
    {
        DriftStatistics stats;
        const qint64 now = utc(2026, 3, 1, 12, 0);
        add(stats,
            {now, Severity::Critical, QStringLiteral("aws_iam_role"), QStringLiteral("alice"),
             QStringLiteral("111111111111")});
        add(stats,
            {now, Severity::High, QStringLiteral("aws_iam_role"), QStringLiteral("bob"),
             QStringLiteral("111111111111")});
        add(stats,
            {now, Severity::High, QStringLiteral("aws_s3_bucket"), QStringLiteral("alice"),
             QStringLiteral("222222222222")});

        QCOMPARE(stats.total(), 3);
        QCOMPARE(stats.count(Severity::Critical), 1);
        QCOMPARE(stats.count(Severity::High), 2);
        QCOMPARE(stats.count(Severity::Low), 0);
        QCOMPARE(
            stats.top(Dimension::ResourceType, 10),
            (QList<ValueCount>{{QStringLiteral("aws_iam_role"), 2}, {QStringLiteral("aws_s3_bucket"), 1}}));
        QCOMPARE(stats.top(Dimension::User, 10),
                 (QList<ValueCount>{{QStringLiteral("alice"), 2}, {QStringLiteral("bob"), 1}}));
        QCOMPARE(
            stats.top(Dimension::Account, 10),
            (QList<ValueCount>{{QStringLiteral("111111111111"), 2}, {QStringLiteral("222222222222"), 1}}));
        QCOMPARE(stats.distinctCount(Dimension::User), 2);
    }

    void wholeEventsCountByTheirFields()
    {
        DriftEvent event;
        event.detectedAtMs = utc(2026, 3, 1, 12, 0);
        event.severity = Severity::Medium;
        event.resourceType = QStringLiteral("google_storage_bucket");
        event.caller.user = QStringLiteral("carol@example.com");
        event.account = QStringLiteral("my-project");
        DriftStatistics stats;
        stats.add(event);
        QCOMPARE(stats.top(Dimension::ResourceType, 1).value(0).value,
                 QStringLiteral("google_storage_bucket"));
        QCOMPARE(stats.top(Dimension::User, 1).value(0).value, QStringLiteral("carol@example.com"));
        QCOMPARE(stats.top(Dimension::Account, 1).value(0).value, QStringLiteral("my-project"));
        QCOMPARE(stats.timeline(Range::LastHour, event.detectedAtMs).last().count(Severity::Medium), 1);
        QVERIFY(stats.remove(event));
        QVERIFY(stats.isEmpty());
    }

    void unknownValuesAreEmptyKeys()
    {
        DriftStatistics stats;
        const qint64 now = utc(2026, 3, 1, 12, 0);
        add(stats, {now, Severity::Low, QStringLiteral("aws_instance"), QString(), QString()});
        add(stats, {now, Severity::Low, QStringLiteral("aws_instance"), QString(), QStringLiteral("1")});
        // The statistics keep the value as the event has it; the words for "unknown" are the UI's.
        QCOMPARE(stats.top(Dimension::User, 10), (QList<ValueCount>{{QString(), 2}}));
        QCOMPARE(stats.top(Dimension::Account, 10),
                 (QList<ValueCount>{{QString(), 1}, {QStringLiteral("1"), 1}}));
    }

    void tiesAreOrderedByValue()
    {
        DriftStatistics stats;
        const qint64 now = utc(2026, 3, 1, 12, 0);
        for (const char *type : {"c_type", "a_type", "b_type", "d_type", "b_type", "D_type"})
            add(stats,
                {now, Severity::Low, QString::fromLatin1(type), QStringLiteral("u"), QStringLiteral("a")});
        // b_type has two events; the rest one each, in code point order ("D" sorts before "a").
        QCOMPARE(stats.top(Dimension::ResourceType, 10),
                 (QList<ValueCount>{{QStringLiteral("b_type"), 2},
                                    {QStringLiteral("D_type"), 1},
                                    {QStringLiteral("a_type"), 1},
                                    {QStringLiteral("c_type"), 1},
                                    {QStringLiteral("d_type"), 1}}));
        QCOMPARE(stats.top(Dimension::ResourceType, 3),
                 (QList<ValueCount>{{QStringLiteral("b_type"), 2},
                                    {QStringLiteral("D_type"), 1},
                                    {QStringLiteral("a_type"), 1}}));
        QVERIFY(stats.top(Dimension::ResourceType, 0).isEmpty());
        QCOMPARE(stats.top(Dimension::ResourceType, -1).size(), 5);
    }

    void removeTakesBackAdd_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("spanMs");
        // Few events: the timeline walks the minutes that hold events. Many: it walks the range.
        QTest::newRow("few, within an hour") << 40 << qint64(3600'000);
        QTest::newRow("many, over eight days") << 4000 << qint64(8 * 24 * 3600'000);
    }

    void removeTakesBackAdd()
    {
        QFETCH(int, count);
        QFETCH(qint64, spanMs);
        const qint64 now = utc(2026, 3, 1, 12, 7, 31, 250);
        std::vector<Event> events = randomEvents(count, now, spanMs, 20260301);

        DriftStatistics stats;
        for (const Event &e : events)
            add(stats, e);
        // The table drops its oldest rows first, but removal must be exact in any order.
        std::vector<Event> kept;
        QRandomGenerator random(7);
        for (const Event &e : events) {
            if (random.bounded(3) == 0)
                QVERIFY(remove(stats, e));
            else
                kept.push_back(e);
        }

        QCOMPARE(stats.total(), qint64(kept.size()));
        for (Severity severity : allSeverities())
            QCOMPARE(stats.count(severity),
                     std::count_if(kept.cbegin(), kept.cend(),
                                   [severity](const Event &e) { return e.severity == severity; }));
        for (Dimension dimension : {Dimension::ResourceType, Dimension::User, Dimension::Account})
            QCOMPARE(stats.top(dimension, -1), countedByHand(kept, dimension));
        for (Range range : allRanges()) {
            checkTimeline(stats, kept, range, now);
            checkTimeline(stats, kept, range, now, 9 * 3600);
            checkTimeline(stats, kept, range, now, -(3 * 3600 + 30 * 60));
        }

        for (const Event &e : kept)
            QVERIFY(remove(stats, e));
        QVERIFY(stats.isEmpty());
        for (Dimension dimension : {Dimension::ResourceType, Dimension::User, Dimension::Account})
            QCOMPARE(stats.distinctCount(dimension), 0);
        for (Range range : allRanges())
            checkTimeline(stats, {}, range, now);
    }

    void removingWhatWasNeverAddedChangesNothing()
    {
        DriftStatistics stats;
        const qint64 now = utc(2026, 3, 1, 12, 0);
        const Event event{now, Severity::High, QStringLiteral("aws_iam_role"), QStringLiteral("alice"),
                          QStringLiteral("111111111111")};
        QVERIFY(!remove(stats, event));
        add(stats, event);

        // Each field differs in turn: none of them may be taken back alone.
        Event otherMinute = event;
        otherMinute.timeMs += 60'000;
        Event otherSeverity = event;
        otherSeverity.severity = Severity::Low;
        Event otherType = event;
        otherType.resourceType = QStringLiteral("aws_s3_bucket");
        Event otherUser = event;
        otherUser.user = QStringLiteral("bob");
        Event otherAccount = event;
        otherAccount.account = QString();
        for (const Event &wrong : {otherMinute, otherSeverity, otherType, otherUser, otherAccount})
            QVERIFY(!remove(stats, wrong));

        QCOMPARE(stats.total(), 1);
        QCOMPARE(stats.top(Dimension::User, 10), (QList<ValueCount>{{QStringLiteral("alice"), 1}}));
        QCOMPARE(stats.timeline(Range::LastHour, now).last().count(Severity::High), 1);
        // Within the same minute the exact millisecond does not matter.
        Event sameMinute = event;
        sameMinute.timeMs += 59'999;
        QVERIFY(remove(stats, sameMinute));
        QVERIFY(!remove(stats, event));
        QVERIFY(stats.isEmpty());
    }

    void hourBucketsAtTheRangeEdges()
    {
        const qint64 now = utc(2026, 3, 1, 10, 30, 15);
        const qint64 first = utc(2026, 3, 1, 9, 31); // 59 whole minutes before the current one
        DriftStatistics stats;
        std::vector<Event> events;
        for (qint64 t : {first - 1, first, first + 59'999, utc(2026, 3, 1, 10, 30), now,
                         utc(2026, 3, 1, 10, 30, 59, 999), utc(2026, 3, 1, 10, 31)}) {
            events.push_back(
                {t, Severity::Medium, QStringLiteral("t"), QStringLiteral("u"), QStringLiteral("a")});
            add(stats, events.back());
        }
        const auto buckets = stats.timeline(Range::LastHour, now);
        QCOMPARE(buckets.first().startMs, first);
        QCOMPARE(buckets.last().startMs, utc(2026, 3, 1, 10, 30));
        QCOMPARE(buckets.last().endMs, utc(2026, 3, 1, 10, 31));
        QCOMPARE(buckets.first().count(Severity::Medium), 2); // 09:31:00.000 and 09:31:59.999
        QCOMPARE(buckets.last().count(Severity::Medium), 3);  // 10:30:00, now and 10:30:59.999
        qint64 shown = 0;
        for (const auto &bucket : buckets)
            shown += bucket.total();
        QCOMPARE(shown, 5); // 09:30:59.999 is too old and 10:31 is in the future
        checkTimeline(stats, events, Range::LastHour, now);
    }

    void dayBucketsStartOnTheHalfHour()
    {
        const qint64 now = utc(2026, 3, 1, 10, 44, 59, 999);
        DriftStatistics stats;
        add(stats, {utc(2026, 3, 1, 10, 29, 59, 999), Severity::Low, {}, {}, {}});
        add(stats, {utc(2026, 3, 1, 10, 30), Severity::Critical, {}, {}, {}});
        add(stats, {utc(2026, 2, 28, 11, 0), Severity::High, {}, {}, {}});
        add(stats, {utc(2026, 2, 28, 10, 59, 59, 999), Severity::High, {}, {}, {}});
        const auto buckets = stats.timeline(Range::LastDay, now);
        QCOMPARE(buckets.last().startMs, utc(2026, 3, 1, 10, 30));
        QCOMPARE(buckets.first().startMs, utc(2026, 2, 28, 11, 0));
        QCOMPARE(buckets.last().count(Severity::Critical), 1);
        QCOMPARE(buckets.last().total(), 1);
        QCOMPARE(buckets[46].count(Severity::Low), 1);
        QCOMPARE(buckets.first().count(Severity::High), 1);
        QCOMPARE(buckets.first().total(), 1);
    }

    void weekBucketsFollowTheLocalOffset()
    {
        // 02:00 UTC is 11:00 in UTC+9: the current 6-hour bucket is 06:00-12:00 local, 21:00-03:00 UTC.
        const qint64 now = utc(2026, 3, 1, 2, 0);
        const int tokyo = 9 * 3600;
        DriftStatistics stats;
        add(stats, {utc(2026, 2, 28, 21, 0), Severity::High, {}, {}, {}});
        add(stats, {utc(2026, 2, 28, 20, 59, 59, 999), Severity::High, {}, {}, {}});
        const auto buckets = stats.timeline(Range::LastWeek, now, tokyo);
        QCOMPARE(buckets.last().startMs, utc(2026, 2, 28, 21, 0));
        QCOMPARE(buckets.last().endMs, utc(2026, 3, 1, 3, 0));
        QCOMPARE(buckets.first().startMs, utc(2026, 2, 22, 3, 0));
        QCOMPARE(buckets.last().total(), 1);
        QCOMPARE(buckets[26].total(), 1);
        // In UTC the same events share the bucket 18:00-24:00.
        const auto utcBuckets = stats.timeline(Range::LastWeek, now);
        QCOMPARE(utcBuckets.last().startMs, utc(2026, 3, 1, 0, 0));
        QCOMPARE(utcBuckets[26].startMs, utc(2026, 2, 28, 18, 0));
        QCOMPARE(utcBuckets[26].total(), 2);
    }

    void timesBeforeTheEpochLandInTheirMinute()
    {
        DriftStatistics stats;
        add(stats, {-1, Severity::Low, {}, {}, {}});
        const auto buckets = stats.timeline(Range::LastHour, 0);
        QCOMPARE(buckets.last().startMs, 0);
        QCOMPARE(buckets[58].startMs, -60'000);
        QCOMPARE(buckets[58].total(), 1);
        QCOMPARE(buckets.last().total(), 0);
    }

    void clearForgetsEverything()
    {
        DriftStatistics stats;
        const qint64 now = utc(2026, 3, 1, 12, 0);
        for (const Event &e : randomEvents(100, now, 3600'000, 1))
            add(stats, e);
        stats.clear();
        QVERIFY(stats.isEmpty());
        QCOMPARE(stats.count(Severity::Low), 0);
        QVERIFY(stats.top(Dimension::User, -1).isEmpty());
        for (const auto &bucket : stats.timeline(Range::LastHour, now))
            QCOMPARE(bucket.total(), 0);
    }

    void hundredThousandEventsAreCheap()
    {
        // A full table's worth of adds and drops, plus a refresh of every chart, well under the time a
        // user would notice (generous for a debug build on a shared machine).
        const qint64 now = utc(2026, 3, 1, 12, 0);
        const std::vector<Event> events = randomEvents(100'000, now, 7 * 24 * 3600'000LL, 42);
        DriftStatistics stats;
        QElapsedTimer timer;
        timer.start();
        for (const Event &e : events)
            add(stats, e);
        for (Range range : allRanges())
            stats.timeline(range, now);
        for (Dimension dimension : {Dimension::ResourceType, Dimension::User, Dimension::Account})
            stats.top(dimension, 10);
        for (std::size_t i = 0; i < events.size() / 2; ++i)
            remove(stats, events[i]);
        const qint64 elapsed = timer.elapsed();
        qInfo("100k adds, 50k removes and a full refresh: %lld ms", elapsed);
        QVERIFY2(elapsed < 3000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QCOMPARE(stats.total(), 50'000);
    }
};

QTEST_GUILESS_MAIN(TestDriftStatistics)
#include "test_drift_statistics.moc"

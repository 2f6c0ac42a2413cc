#include "models/AlertRateTracker.h"

#include <QTest>

using namespace tfdrift;

class TestAlertRateTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownSourceHasNoRate()
    {
        AlertRateTracker tracker;
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("prod"), 10'000), 0.0);
    }

    void steadyStreamReadsAsItsRate()
    {
        // 20 alerts/s delivered as one alert every 50 ms for 12 s.
        AlertRateTracker tracker(5000);
        const qint64 start = 1'000'000;
        for (qint64 t = 0; t < 12'000; t += 50)
            tracker.record(QStringLiteral("demo"), 1, start + t);
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("demo"), start + 11'999), 20.0);
    }

    void batchedDeliveryReadsAsTheSameRate()
    {
        // Sources hand over batches once per event-loop pass; 10 alerts every 500 ms is still 20/s.
        AlertRateTracker tracker(5000);
        for (qint64 t = 0; t < 10'000; t += 500)
            tracker.record(QStringLiteral("demo"), 10, t + 50);
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("demo"), 10'000), 20.0);
    }

    void earlyRateUsesTimeSinceFirstAlert()
    {
        AlertRateTracker tracker(5000);
        for (qint64 t = 0; t < 2000; t += 100)
            tracker.record(QStringLiteral("demo"), 3, 40'000 + t);
        // 60 alerts in the first 2 s: 30/s, not 60/5 = 12/s.
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("demo"), 42'000), 30.0);
    }

    void singleEarlyBatchIsNotABurst()
    {
        AlertRateTracker tracker(5000);
        tracker.record(QStringLiteral("demo"), 5, 7'000);
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("demo"), 7'010), 5.0);
    }

    void silenceDecaysToZero()
    {
        AlertRateTracker tracker(5000);
        for (qint64 t = 0; t < 10'000; t += 100)
            tracker.record(QStringLiteral("demo"), 2, t);
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("demo"), 9'999), 20.0);
        // Half the window without alerts halves the rate; a whole window brings it to zero.
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("demo"), 12'450), 10.0);
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("demo"), 15'000), 0.0);
    }

    void sourcesAreCountedSeparately()
    {
        AlertRateTracker tracker(5000);
        for (qint64 t = 0; t < 6000; t += 100) {
            tracker.record(QStringLiteral("prod"), 1, t);
            tracker.record(QStringLiteral("staging"), 4, t);
        }
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("prod"), 5'999), 10.0);
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("staging"), 5'999), 40.0);
        tracker.clear();
        QCOMPARE(tracker.ratePerSecond(QStringLiteral("prod"), 5'999), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestAlertRateTracker)
#include "test_alert_rate_tracker.moc"

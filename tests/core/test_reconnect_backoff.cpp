#include "core/ingest/ReconnectBackoff.h"

#include <QTest>

using namespace tfdrift;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsFromHalfASecondToThirtySeconds()
    {
        ReconnectBackoff backoff(ReconnectBackoff::Policy{}, 42);
        QList<int> delays;
        for (int i = 0; i < 12; ++i)
            delays.append(backoff.nextDelayMs());
        // First attempt: 0.5 s within the ±20 % jitter.
        QVERIFY(delays[0] >= 400 && delays[0] <= 600);
        // Roughly doubling: the fourth is around 4 s.
        QVERIFY(delays[3] >= 3200 && delays[3] <= 4800);
        // Capped at 30 s, never above.
        for (int delay : delays)
            QVERIFY(delay <= 30'000);
        QVERIFY(delays.last() >= 24'000);
        QCOMPARE(backoff.failures(), 12);
    }

    void jitterSpreadsClients()
    {
        QSet<int> firstDelays;
        for (quint32 seed = 1; seed <= 20; ++seed)
            firstDelays.insert(ReconnectBackoff(ReconnectBackoff::Policy{}, seed).nextDelayMs());
        QVERIFY2(firstDelays.size() > 10, "clients restarting together must not retry in lock step");
    }

    void resetStartsOver()
    {
        ReconnectBackoff backoff(ReconnectBackoff::Policy{}, 7);
        for (int i = 0; i < 8; ++i)
            backoff.nextDelayMs();
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        const int delay = backoff.nextDelayMs();
        QVERIFY(delay >= 400 && delay <= 600);
    }
};

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "test_reconnect_backoff.moc"

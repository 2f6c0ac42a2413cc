// The replay that drives `tfdrift emulate` and the demo: alerts re-stamped as if live, with alerts of
// one audit event still sharing one time.
#include "core/emulator/ReplayFeed.h"

#include <QDateTime>
#include <QTest>

using namespace tfdrift;

namespace {
FalcoAlert alertAt(qint64 timeNs, const QString &rule)
{
    FalcoAlert alert;
    alert.timeNs = timeNs;
    alert.rule = rule;
    alert.output = QStringLiteral("2024-03-06T21:22:54.000000000+0000: Warning %1").arg(rule);
    return alert;
}
} // namespace

class TestReplayFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restampedAlertsOfOneEventShareTheirTime()
    {
        const qint64 recorded = 1'709'760'174'000'000'000;
        const AlertBatch alerts{alertAt(recorded, QStringLiteral("S3 Bucket Deleted")),
                                alertAt(recorded, QStringLiteral("Terraform Managed Resource Modified")),
                                alertAt(recorded + 1'000'000'000, QStringLiteral("Root Account Used"))};
        AlertBatch sent;
        ReplayFeed feed(alerts, [&sent](const FalcoAlert &alert) {
            sent.append(alert);
            QTest::qWait(5); // the clock moves between alerts, as it does at any real rate
        });
        const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        feed.start(0, false);
        QCOMPARE(sent.size(), 3);
        QVERIFY(sent[0].timeNs >= before);
        QCOMPARE(sent[1].timeNs, sent[0].timeNs);
        QVERIFY(sent[2].timeNs > sent[0].timeNs);
        // The output's leading time follows the new time; the rest is as recorded.
        QVERIFY(sent[1].output.endsWith(QLatin1String(": Warning Terraform Managed Resource Modified")));
        QVERIFY(!sent[1].output.startsWith(QLatin1String("2024-03-06")));
    }

    void keepTimeLeavesAlertsAsRecorded()
    {
        const AlertBatch alerts{alertAt(42, QStringLiteral("a"))};
        AlertBatch sent;
        ReplayFeed feed(alerts, [&sent](const FalcoAlert &alert) { sent.append(alert); });
        feed.start(0, false, false);
        QCOMPARE(sent, alerts);
    }
};

QTEST_GUILESS_MAIN(TestReplayFeed)
#include "test_replay_feed.moc"

// Where the console finds a whole drift event again: the newest in memory, the rest in the history.
#include "core/history/DriftEventArchive.h"
#include "core/history/DriftHistory.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

namespace {
QList<DriftEvent> events(int first, int count)
{
    QList<DriftEvent> list;
    for (int n = first; n < first + count; ++n) {
        DriftEvent event;
        event.id = 1; // every engine run counts from the start again
        event.detectedAtMs = 1'700'000'000'000 + n;
        event.resourceId = QStringLiteral("sg-%1").arg(n);
        event.eventTimeNs = event.detectedAtMs * 1'000'000;
        event.resourceType = QStringLiteral("aws_security_group");
        event.alert.timeNs = event.eventTimeNs;
        event.alert.rule = QStringLiteral("Terraform Managed Resource Modified");
        event.alert.source = QStringLiteral("aws_cloudtrail");
        event.alert.output = QStringLiteral("raw alert %1").arg(n);
        list.append(event);
    }
    return list;
}
} // namespace

class TestDriftEventArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutHistoryTheNewestAreFoundWhole()
    {
        DriftEventArchive archive(3);
        QList<DriftEvent> batch = events(0, 5);
        QVERIFY(archive.record(batch));
        const QSet<quint64> ids{batch[0].id, batch[1].id, batch[2].id, batch[3].id, batch[4].id};
        QCOMPARE(ids.size(), 5);
        const QList<DriftEvent> kept = batch;
        archive.keepRecent(std::move(batch));
        QVERIFY(!archive.find(kept[1].id)); // beyond the three newest, and no history to ask
        for (int i = 2; i < 5; ++i)
            QCOMPARE(archive.find(kept[i].id)->alert.output, QStringLiteral("raw alert %1").arg(i));

        QList<DriftEvent> more = events(5, 2);
        archive.number(more);
        QVERIFY(more[0].id != kept[4].id && more[1].id != more[0].id);
        archive.keepRecent(QList<DriftEvent>(more));
        QVERIFY(!archive.find(kept[3].id));
        QCOMPARE(archive.find(more[1].id)->resourceId, QStringLiteral("sg-6"));
    }

    void batchesAreSharedAndHandedBackOnceNoneOfTheirEventsIsKept()
    {
        DriftEventArchive archive(4);
        QList<DriftEvent> first = events(0, 3);
        QList<DriftEvent> second = events(3, 3);
        archive.number(first);
        archive.number(second);
        QVERIFY(archive.keepRecent(first).empty());
        // Kept by sharing: the archive holds the very same events, not copies (at() reads without
        // detaching this copy from the archive's).
        QVERIFY(archive.keepRecent(second).empty()); // first.at(2) is still among the newest 4
        QVERIFY(!archive.find(first.at(1).id));
        QCOMPARE(archive.find(first.at(2).id)->alert.output, QStringLiteral("raw alert 2"));

        const std::vector<QList<DriftEvent>> released = archive.keepRecent(events(6, 1));
        QCOMPARE(released.size(), std::size_t(1));
        QCOMPARE(released[0].constData(), first.constData()); // the batch itself, to free where it was made
        QVERIFY(!archive.find(first.at(2).id));
        for (const DriftEvent &event : second)
            QVERIFY(archive.find(event.id));
    }

    void withHistoryEveryEventIsFoundAndNumberedByIt()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<DriftHistory> history
            = DriftHistory::open(dir.filePath(QStringLiteral("h.sqlite")), &error);
        QVERIFY2(history, qPrintable(error));
        DriftEventArchive archive(2);
        archive.setHistory(history.get());
        QList<DriftEvent> batch = events(0, 4);
        QVERIFY2(archive.record(batch, &error), qPrintable(error));
        const QList<DriftEvent> kept = batch;
        archive.keepRecent(std::move(batch));
        for (int i = 0; i < 4; ++i) {
            const std::optional<DriftEvent> found = archive.find(kept[i].id);
            QVERIFY(found);
            QCOMPARE(found->alert.output, QStringLiteral("raw alert %1").arg(i));
        }
        QCOMPARE(history->load(0, std::numeric_limits<qint64>::max(), 10).last().id, kept[3].id);
    }
};

QTEST_GUILESS_MAIN(TestDriftEventArchive)
#include "test_drift_event_archive.moc"

// Drift events kept between runs: what comes back after a restart is what was found, field for
// field; time ranges, limits and retention; a drift event's JSON form read back.
#include "core/drift/DriftEventJson.h"
#include "core/history/DriftHistory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

namespace {

DriftEvent richEvent(qint64 detectedAtMs, const QString &id = QStringLiteral("sg-0abc"))
{
    DriftEvent event;
    event.id = 42;
    event.detectedAtMs = detectedAtMs;
    event.eventTimeNs = detectedAtMs * 1'000'000 - 123'456'789;
    event.provider = CloudProvider::Gcp;
    event.account = QStringLiteral("prod-project");
    event.region = QStringLiteral("europe-west1");
    event.eventName = QStringLiteral("v1.compute.firewalls.patch");
    event.eventSource = QStringLiteral("compute.googleapis.com");
    event.resourceType = QStringLiteral("google_compute_firewall");
    event.resourceId = id;
    event.terraformAddress = QStringLiteral("google_compute_firewall.ssh");
    event.stateName = QStringLiteral("gcp-prod");
    event.kind = ChangeKind::Deleted;
    event.changes
        = {{QStringLiteral("source_ranges"), QJsonArray{QStringLiteral("10.0.0.0/8")},
            QJsonArray{QStringLiteral("0.0.0.0/0")}},
           {QStringLiteral("description"), QStringLiteral("ssh <b>from</b> office\n"), QJsonValue()}};
    event.caller = {QStringLiteral("mallory@example.com"), QStringLiteral("user"), QString(),
                    QStringLiteral("203.0.113.9"), QStringLiteral("gcloud/1.0")};
    event.severity = Severity::Critical;
    event.matchedRules = {QStringLiteral("Firewalls"), QStringLiteral("Production")};
    event.excluded = true;
    event.environment = QStringLiteral("production");
    event.alert.rule = QStringLiteral("GCP Firewall Changed");
    event.alert.priority = FalcoPriority::Critical;
    event.alert.source = QStringLiteral("gcp_auditlog");
    event.alert.hostname = QStringLiteral("falco-gcp");
    event.alert.output = QStringLiteral("firewall changed by mallory");
    event.alert.timeNs = event.eventTimeNs;
    event.alert.endpoint = QStringLiteral("gcp-prod-falco");
    event.alert.outputFields.insertString(QStringLiteral("gcp.user"), QStringLiteral("mallory@example.com"));
    return event;
}

void compareEvents(const DriftEvent &actual, DriftEvent expected)
{
    // The JSON form names every field, so equal JSON means nothing was lost on the way; the id is
    // the history's number for the event, checked on its own.
    expected.id = actual.id;
    QCOMPARE(driftEventToJson(actual), driftEventToJson(expected));
    QCOMPARE(actual.alert.endpoint, expected.alert.endpoint);
    QVERIFY(actual.changes[1].newValue.isUndefined());
}

} // namespace

class TestDriftHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsComeBackAfterARestart();
    void timeRangeAndLimitKeepTheNewest();
    void retentionForgetsOldEvents();
    void eventsAreNumberedAcrossRunsAndFoundByNumber();
    void jsonFormReadsBack();
    void jsonWithoutRequiredKeysIsRefused();
};

void TestDriftHistory::eventsComeBackAfterARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const DriftEvent first = richEvent(1'700'000'000'000);
    const DriftEvent second = richEvent(1'700'000'060'000, QStringLiteral("fw-2"));
    {
        QString error;
        auto history = DriftHistory::open(path, &error);
        QVERIFY2(history, qPrintable(error));
        QList<DriftEvent> events{first, second};
        QVERIFY(history->append(events));
    }
    QString error;
    auto reopened = DriftHistory::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->count(), 2);
    int skipped = -1;
    const QList<DriftEvent> loaded = reopened->load(0, std::numeric_limits<qint64>::max(), 100, &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(loaded.size(), 2);
    compareEvents(loaded[0], first);
    compareEvents(loaded[1], second);
}

void TestDriftHistory::timeRangeAndLimitKeepTheNewest()
{
    QTemporaryDir dir;
    QString error;
    auto history = DriftHistory::open(dir.filePath(QStringLiteral("h.sqlite")), &error);
    QList<DriftEvent> events;
    for (int minute = 0; minute < 10; ++minute)
        events.append(richEvent(1'700'000'000'000 + minute * 60'000, QStringLiteral("fw-%1").arg(minute)));
    QVERIFY(history->append(events));
    const QList<DriftEvent> range
        = history->load(1'700'000'000'000 + 2 * 60'000, 1'700'000'000'000 + 5 * 60'000, 100);
    QCOMPARE(range.size(), 4);
    QCOMPARE(range.first().resourceId, QStringLiteral("fw-2"));
    QCOMPARE(range.last().resourceId, QStringLiteral("fw-5"));
    const QList<DriftEvent> newest = history->load(0, std::numeric_limits<qint64>::max(), 3);
    QCOMPARE(newest.size(), 3);
    QCOMPARE(newest.first().resourceId, QStringLiteral("fw-7"));
    QCOMPARE(newest.last().resourceId, QStringLiteral("fw-9"));
}

void TestDriftHistory::retentionForgetsOldEvents()
{
    QTemporaryDir dir;
    QString error;
    auto history = DriftHistory::open(dir.filePath(QStringLiteral("h.sqlite")), &error);
    const qint64 day = 24 * 3600 * 1000LL;
    const qint64 now = 1'700'000'000'000;
    QList<DriftEvent> events{richEvent(now - 40 * day, QStringLiteral("old")),
                             richEvent(now - 29 * day, QStringLiteral("recent")), richEvent(now)};
    QVERIFY(history->append(events));
    QCOMPARE(history->forgetBefore(now - 30 * day), 1);
    QCOMPARE(history->count(), 2);
    QCOMPARE(history->load(0, now, 10).first().resourceId, QStringLiteral("recent"));
}

void TestDriftHistory::eventsAreNumberedAcrossRunsAndFoundByNumber()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    QString error;
    QList<DriftEvent> firstRun{richEvent(1'700'000'000'000, QStringLiteral("a")),
                               richEvent(1'700'000'001'000, QStringLiteral("b"))};
    QList<DriftEvent> secondRun{richEvent(1'700'000'002'000, QStringLiteral("c"))};
    // Every run's engine starts counting at the same id.
    firstRun[0].id = secondRun[0].id = 1;
    {
        auto history = DriftHistory::open(path, &error);
        QVERIFY(history->append(firstRun));
    }
    auto history = DriftHistory::open(path, &error);
    QVERIFY(history->append(secondRun));
    QSet<quint64> ids{firstRun[0].id, firstRun[1].id, secondRun[0].id};
    QCOMPARE(ids.size(), 3);
    const std::optional<DriftEvent> found = history->find(firstRun[1].id);
    QVERIFY(found);
    QCOMPARE(found->resourceId, QStringLiteral("b"));
    QCOMPARE(found->id, firstRun[1].id);
    const QList<DriftEvent> loaded = history->load(0, std::numeric_limits<qint64>::max(), 10);
    QCOMPARE(loaded.last().id, secondRun[0].id);
    QVERIFY(!history->find(secondRun[0].id + 100));
}

void TestDriftHistory::jsonFormReadsBack()
{
    const DriftEvent event = richEvent(1'700'000'000'000);
    QString error;
    const std::optional<DriftEvent> read = driftEventFromJson(driftEventToJson(event), &error);
    QVERIFY2(read, qPrintable(error));
    compareEvents(*read, event);
    QCOMPARE(read->caller.userAgent, QStringLiteral("gcloud/1.0"));
    QCOMPARE(read->changes[1].oldValue.toString(), QStringLiteral("ssh <b>from</b> office\n"));
}

void TestDriftHistory::jsonWithoutRequiredKeysIsRefused()
{
    QJsonObject json = driftEventToJson(richEvent(1'700'000'000'000));
    json.insert(QStringLiteral("severity"), QStringLiteral("urgent"));
    QString error;
    QVERIFY(!driftEventFromJson(json, &error));
    QVERIFY2(error.contains(QLatin1String("severity")), qPrintable(error));
    json = driftEventToJson(richEvent(1'700'000'000'000));
    json.remove(QStringLiteral("detected_at"));
    QVERIFY(!driftEventFromJson(json, &error));
    QVERIFY2(error.contains(QLatin1String("detected_at")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDriftHistory)
#include "test_drift_history.moc"

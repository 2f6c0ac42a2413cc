#include "core/falco/AlertJson.h"

#include "support/AlertFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tfdrift;

namespace {
// What Falco's http_output posts for a CloudTrail rule (falco-interfaces.md §3).
const QByteArray kHttpOutputAlert
    = "{\"hostname\":\"falco-1\","
      " \"output\":\"2026-03-06T21:22:54.000000000+0000: Warning ModifyInstanceAttribute by alice\","
      " \"priority\":\"Warning\",\"rule\":\"Terraform Managed Resource Modified\","
      " \"source\":\"aws_cloudtrail\",\"tags\":[\"aws\",\"terraform\"],"
      " \"time\":\"2026-03-06T21:22:54.123456789Z\","
      " \"output_fields\":{\"ct.name\":\"ModifyInstanceAttribute\",\"ct.user\":\"alice\","
      "   \"ct.region\":\"us-east-1\",\"ct.request\":\"{\\\"instanceId\\\":\\\"i-0abc\\\"}\","
      "   "
      "\"evt.time\":1772832174123456789,\"s3.bytes\":null,\"ct.readonly\":false,\"ec2.imageids\":[\"ami-1\","
      "\"ami-2\"]}}";
} // namespace

class TestAlertJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHttpOutputAlert()
    {
        QString error;
        const std::optional<FalcoAlert> alert = alertFromJsonText(kHttpOutputAlert, &error);
        QVERIFY2(alert, qPrintable(error));
        QCOMPARE(alert->rule, QStringLiteral("Terraform Managed Resource Modified"));
        QCOMPARE(alert->priority, FalcoPriority::Warning);
        QCOMPARE(alert->source, QStringLiteral("aws_cloudtrail"));
        QCOMPARE(alert->hostname, QStringLiteral("falco-1"));
        QCOMPARE(alert->tags, QStringList({QStringLiteral("aws"), QStringLiteral("terraform")}));
        QCOMPARE(alert->timeNs, 1772832174123456789LL);
        QCOMPARE(alert->outputFields.value(QStringLiteral("ct.user")).toString(), QStringLiteral("alice"));
        // ct.request is JSON text inside a string, as the cloudtrail plugin sends it.
        QCOMPARE(alert->outputFields.value(QStringLiteral("ct.request")).toString(),
                 QStringLiteral("{\"instanceId\":\"i-0abc\"}"));
    }

    void keepsOutputFieldValuesAsJson()
    {
        QString error;
        const std::optional<FalcoAlert> alert = alertFromJsonText(kHttpOutputAlert, &error);
        QVERIFY2(alert, qPrintable(error));
        const QJsonValue time = alert->outputFields.value(QStringLiteral("evt.time"));
        QVERIFY(time.isDouble());
        // Beyond 2^53: must survive as an exact integer, not a rounded double.
        QCOMPARE(time.toInteger(), 1772832174123456789LL);
        QVERIFY(alert->outputFields.value(QStringLiteral("s3.bytes")).isNull());
        QCOMPARE(alert->outputFields.value(QStringLiteral("ct.readonly")), QJsonValue(false));
        QCOMPARE(alert->outputFields.value(QStringLiteral("ec2.imageids")).toArray().size(), 2);

        const QByteArray written = alertToJsonLine(*alert);
        QVERIFY(written.contains("\"evt.time\":1772832174123456789"));
        QVERIFY(written.contains("\"s3.bytes\":null"));
    }

    void writesHttpOutputShape()
    {
        const FalcoAlert alert = test::cloudTrailAlert(7);
        const QByteArray line = alertToJsonLine(alert);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(QStringLiteral("priority")).toString(), QStringLiteral("Warning"));
        QCOMPARE(object.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-03-06T21:22:54.130456789Z"));
        QCOMPARE(object.value(QStringLiteral("source")).toString(), QStringLiteral("aws_cloudtrail"));
        for (const char *key :
             {"hostname", "output", "output_fields", "priority", "rule", "source", "tags", "time"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        QVERIFY(!object.contains(QStringLiteral("uuid")));

        QString error;
        const std::optional<FalcoAlert> back = alertFromJsonText(line, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, alert);
    }

    void keepsFalcosidekickUuid()
    {
        QJsonObject object = QJsonDocument::fromJson(kHttpOutputAlert).object();
        object.insert(QStringLiteral("uuid"), QStringLiteral("5f0f1d3e-8c2a-4d47-9a51-0b3c8ee2f7a1"));
        QString error;
        const std::optional<FalcoAlert> alert = alertFromJson(object, &error);
        QVERIFY2(alert, qPrintable(error));
        QCOMPARE(alert->uuid, QStringLiteral("5f0f1d3e-8c2a-4d47-9a51-0b3c8ee2f7a1"));
        QCOMPARE(alertToJson(*alert).value(QStringLiteral("uuid")).toString(), alert->uuid);
    }

    void acceptsEveryFalcoPriorityName()
    {
        const QStringList names
            = {QStringLiteral("Emergency"),     QStringLiteral("Alert"),   QStringLiteral("Critical"),
               QStringLiteral("Error"),         QStringLiteral("Warning"), QStringLiteral("Notice"),
               QStringLiteral("Informational"), QStringLiteral("Debug")};
        for (int level = 0; level < names.size(); ++level) {
            QCOMPARE(parsePriority(names[level]), std::optional(static_cast<FalcoPriority>(level)));
            QCOMPARE(parsePriority(names[level].toUpper()), std::optional(static_cast<FalcoPriority>(level)));
            QCOMPARE(priorityName(static_cast<FalcoPriority>(level)), names[level]);
        }
        QCOMPARE(parsePriority(u"info"), std::optional(FalcoPriority::Informational));
        QVERIFY(!parsePriority(u"HIGH"));
    }

    void rejectsBrokenAlerts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"rule\":") << QStringLiteral("");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("expected a JSON object");
        QTest::newRow("no rule") << QByteArray("{\"priority\":\"Warning\",\"time\":\"2026-03-06T21:22:54Z\"}")
                                 << QStringLiteral("missing \"rule\"");
        QTest::newRow("HIGH priority")
            << QByteArray("{\"rule\":\"r\",\"priority\":\"HIGH\",\"time\":\"2026-03-06T21:22:54Z\"}")
            << QStringLiteral("invalid \"priority\"");
        QTest::newRow("bad time") << QByteArray(
            "{\"rule\":\"r\",\"priority\":\"Warning\",\"time\":\"yesterday\"}")
                                  << QStringLiteral("invalid \"time\"");
        QTest::newRow("fields not object") << QByteArray("{\"rule\":\"r\",\"priority\":\"Warning\",\"time\":"
                                                         "\"2026-03-06T21:22:54Z\",\"output_fields\":[]}")
                                           << QStringLiteral("\"output_fields\" must be an object");
        QTest::newRow("tags not strings") << QByteArray(
            "{\"rule\":\"r\",\"priority\":\"Warning\",\"time\":\"2026-03-06T21:22:54Z\",\"tags\":[1]}")
                                          << QStringLiteral("\"tags\" must be an array of strings");
    }

    void rejectsBrokenAlerts()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!alertFromJsonText(json, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAlertJson)
#include "test_alert_json.moc"

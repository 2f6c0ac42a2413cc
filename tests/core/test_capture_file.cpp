// Saved captures: what is saved reads back alert for alert, each line is the JSON Falco itself writes,
// the capture it replaces is kept, and a damaged file gives every good line plus a located error per
// bad one.
#include "core/capture/CaptureFile.h"
#include "core/falco/AlertJson.h"

#include "support/AlertFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

namespace {

FalcoAlert gcpAlertInJapanese()
{
    FalcoAlert alert;
    alert.timeNs = 1772832175000000001LL;
    alert.priority = FalcoPriority::Critical;
    alert.rule = QStringLiteral("GCP ファイアウォール変更");
    alert.output = QStringLiteral("ファイアウォール \"ssh\" が変更されました\nby 山田太郎");
    alert.source = QStringLiteral("gcp_auditlog");
    alert.hostname = QStringLiteral("falco-東京");
    alert.uuid = QStringLiteral("3f1c2b7e-7d1e-4d1a-9a0e-3c2b1a0f9e8d");
    alert.outputFields = OutputFields{
        {QStringLiteral("gcp.user"), QStringLiteral("yamada@example.jp")},
        {QStringLiteral("gcp.methodName"), QStringLiteral("v1.compute.firewalls.patch")},
        {QStringLiteral("evt.num"), 99},
        {QStringLiteral("gcp.missing"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("gcp.flag"), true},
        {QStringLiteral("gcp.ports"), QJsonArray{22, 443}},
    };
    return alert;
}

AlertBatch sampleAlerts()
{
    AlertBatch alerts{test::cloudTrailAlert(1), gcpAlertInJapanese(), test::cloudTrailAlert(2)};
    // Which configured source delivered an alert is the console's own knowledge, not Falco's.
    alerts[0].endpoint = QStringLiteral("prod-falco");
    alerts[0].receivedAtMs = 1772832180000;
    return alerts;
}

QList<QJsonObject> asJson(const AlertBatch &alerts)
{
    QList<QJsonObject> objects;
    for (const FalcoAlert &alert : alerts)
        objects.append(alertToJson(alert));
    return objects;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCaptureFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedAlertsReadBackTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        const AlertBatch alerts = sampleAlerts();
        QString error;
        QVERIFY2(saveCapture(path, alerts, &error), qPrintable(error));

        const CaptureReadResult read = readCapture(path);
        QVERIFY2(read.ok(), qPrintable(read.fileError));
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(asJson(read.alerts), asJson(alerts));
        QCOMPARE(read.alerts[1].output,
                 QStringLiteral("ファイアウォール \"ssh\" が変更されました\nby 山田太郎"));
    }

    void eachLineIsOneAlertAsFalcoWritesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        QString error;
        QVERIFY2(saveCapture(path, sampleAlerts(), &error), qPrintable(error));

        const QByteArray bytes = contents(path);
        QVERIFY(bytes.endsWith('\n'));
        const QList<QByteArray> lines = bytes.chopped(1).split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &line : lines) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            const QJsonObject object = document.object();
            // The keys of Falco's json_output, with their JSON types.
            QVERIFY(object.value(QStringLiteral("rule")).isString());
            QVERIFY(object.value(QStringLiteral("priority")).isString());
            QVERIFY(object.value(QStringLiteral("output")).isString());
            QVERIFY(object.value(QStringLiteral("source")).isString());
            QVERIFY(object.value(QStringLiteral("hostname")).isString());
            QVERIFY(object.value(QStringLiteral("tags")).isArray());
            QVERIFY(object.value(QStringLiteral("output_fields")).isObject());
            QVERIFY(!object.contains(QStringLiteral("endpoint")));
        }
        const QJsonObject gcp = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(gcp.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-03-06T21:22:55.000000001Z"));
        QCOMPARE(gcp.value(QStringLiteral("priority")).toString(), QStringLiteral("Critical"));
        const QJsonObject fields = gcp.value(QStringLiteral("output_fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("evt.num")).toInteger(), 99);
        QVERIFY(fields.value(QStringLiteral("gcp.missing")).isNull());
        QCOMPARE(fields.value(QStringLiteral("gcp.ports")).toArray(), (QJsonArray{22, 443}));
    }

    void readsALineThatFalcoWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("falco_events.json"));
        QVERIFY(writeRaw(path,
                         R"({"hostname":"falco-1","output":"2026-03-06T21:22:54.000000000+0000: Warning x",)"
                         R"("priority":"Warning","rule":"Terraform Managed Resource Modified",)"
                         R"("source":"aws_cloudtrail","tags":["aws","terraform"],)"
                         R"("time":"2026-03-06T21:22:54.123456789Z",)"
                         R"("output_fields":{"ct.name":"ModifyInstanceAttribute","ct.user":"alice",)"
                         R"("evt.time":1772832174123456789}})"
                         "\n"));
        const CaptureReadResult read = readCapture(path);
        QVERIFY(read.ok());
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(read.alerts.size(), 1);
        QCOMPARE(read.alerts[0].rule, QStringLiteral("Terraform Managed Resource Modified"));
        QCOMPARE(read.alerts[0].outputFields.text(QStringLiteral("ct.user")), QStringLiteral("alice"));
        QCOMPARE(read.alerts[0].timeNs, 1772832174123456789LL);
    }

    void savingOverACaptureKeepsThePreviousOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        const AlertBatch first{test::cloudTrailAlert(1)};
        const AlertBatch second{test::cloudTrailAlert(2), test::cloudTrailAlert(3)};
        QString error;
        QVERIFY2(saveCapture(path, first, &error), qPrintable(error));
        QVERIFY2(saveCapture(path, second, &error), qPrintable(error));

        QCOMPARE(asJson(readCapture(path).alerts), asJson(second));
        const CaptureReadResult backup = readCapture(path + QStringLiteral(".bak"));
        QVERIFY(backup.ok());
        QCOMPARE(asJson(backup.alerts), asJson(first));
    }

    void anUnwritableFolderIsNamedAndNothingIsTouched()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("captures"));
        QVERIFY(writeRaw(blocker, "a file, not a folder"));
        const QString path = blocker + QStringLiteral("/session.jsonl");
        QString error;
        QVERIFY(!saveCapture(path, sampleAlerts(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(contents(blocker), QByteArray("a file, not a folder"));
    }

    void badLinesAreReportedWithTheirPlaceAndSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.jsonl"));
        QByteArray bytes = test::cloudTrailAlertJson(1) + '\n';
        bytes += "{\"rule\":\"r\",\"priority\":\"Warning\",\"time\":\n";           // line 2: cut short
        bytes += "\n";                                                             // line 3: blank, fine
        bytes += "{\"priority\":\"Warning\",\"time\":\"2026-03-06T21:22:54Z\"}\n"; // line 4: no rule
        bytes += "\xff\xfe not json at all\n";                                     // line 5
        bytes += test::cloudTrailAlertJson(6) + '\n';
        bytes += test::cloudTrailAlertJson(7); // no newline at the end: still read
        QVERIFY(writeRaw(path, bytes));

        const CaptureReadResult read = readCapture(path);
        QVERIFY(read.ok());
        QCOMPARE(read.alerts.size(), 3);
        QCOMPARE(asJson(read.alerts),
                 asJson({test::cloudTrailAlert(1), test::cloudTrailAlert(6), test::cloudTrailAlert(7)}));
        QCOMPARE(read.errors.size(), 3);
        QCOMPARE(read.errors[0].line, 2);
        QCOMPARE(read.errors[1].line, 4);
        QVERIFY2(read.errors[1].message.contains(QStringLiteral("rule")), qPrintable(read.errors[1].message));
        QCOMPARE(read.errors[2].line, 5);
        for (const ReplayError &lineError : read.errors) {
            QVERIFY(lineError.column >= 1);
            const QString where
                = QStringLiteral("%1:%2:%3: ").arg(path).arg(lineError.line).arg(lineError.column);
            QVERIFY2(lineError.toString().startsWith(where), qPrintable(lineError.toString()));
        }
    }

    void aMissingFileOrAFolderIsAClearError()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nowhere.jsonl"));
        const CaptureReadResult read = readCapture(missing);
        QVERIFY(!read.ok());
        QVERIFY(read.alerts.isEmpty());
        QVERIFY2(read.fileError.contains(QDir::toNativeSeparators(missing)), qPrintable(read.fileError));

        const CaptureReadResult folder = readCapture(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY2(folder.fileError.contains(QDir::toNativeSeparators(dir.path())),
                 qPrintable(folder.fileError));
    }

    void anEmptyCaptureIsAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.jsonl"));
        QString error;
        QVERIFY2(saveCapture(path, {}, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(contents(path), QByteArray());
        const CaptureReadResult read = readCapture(path);
        QVERIFY(read.ok());
        QVERIFY(read.alerts.isEmpty());
        QVERIFY(read.errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaptureFile)
#include "test_capture_file.moc"

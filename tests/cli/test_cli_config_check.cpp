#include "support/ChildProcess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift::test;

namespace {
struct CheckRun {
    int exitCode = -1;
    QStringList lines; // stdout
    QString stderrText;
};

CheckRun runConfig(const QStringList &arguments,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(builtBinary(QStringLiteral("tfdrift")), QStringList{QStringLiteral("config")} + arguments);
    CheckRun run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.lines
        = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}
} // namespace

class TestCliConfigCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFileSaysOk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeConfig(dir, R"(drift_rules:
  - name: IAM
    resource_types: ["aws_iam_*"]
    severity: high
)");
        const CheckRun run = runConfig({QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines, QStringList{path + QStringLiteral(": OK")});
    }

    void warningsAloneStillPass()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeConfig(dir, "telemetry: true\n");
        const CheckRun run = runConfig({QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 2);
        QCOMPARE(run.lines[0],
                 path
                     + QStringLiteral(
                         ":1:1: warning: unknown key \"telemetry\" in the config file; it is ignored"));
        QCOMPARE(run.lines[1], path + QStringLiteral(": 1 warning"));
    }

    void errorsFailWithEveryDiagnosticAndASummary()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeConfig(dir, R"(drift_rules:
  - name: r
    resource_types: ["*"]
    severity: urgent
    environment: prod
    colour: blue
notifications:
  slack:
    enabled: true
    webhook_url: [https://hooks.example.invalid/services/hunter2]
)");
        const CheckRun run = runConfig({QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.size(), 5);
        QCOMPARE(run.lines[0],
                 path + QStringLiteral(":4:15: error: \"severity\" must be critical, high, medium or low"));
        QCOMPARE(
            run.lines[1],
            path
                + QStringLiteral(":5:18: error: \"environment\" must be production, staging or development"));
        QVERIFY2(run.lines[2].startsWith(path + QStringLiteral(":6:5: warning: unknown key \"colour\"")),
                 qPrintable(run.lines[2]));
        QCOMPARE(run.lines[3], path + QStringLiteral(":10:18: error: \"webhook_url\" must be a string"));
        QCOMPARE(run.lines[4], path + QStringLiteral(": 3 errors, 1 warning"));
        QVERIFY(!run.lines.join(QLatin1Char('\n')).contains(QStringLiteral("hunter2")));
        QVERIFY(!run.stderrText.contains(QStringLiteral("hunter2")));
    }

    void oneErrorIsSingular()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeConfig(dir, "default_severity: severe\n");
        const CheckRun run = runConfig({QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.constLast(), path + QStringLiteral(": 1 error"));
    }

    void everyLineHasTheCompilerFormat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeConfig(dir, R"(providers:
  aws:
    state:
      - {name: a, local_path: a.tfstate, refresh: 1m}
      - {name: a, backend: ftp}
drift_rules: {name: not-a-list}
logging: {level: loud}
)");
        const CheckRun run = runConfig({QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.lines.size() >= 5);
        const QRegularExpression format(
            QStringLiteral("^%1:\\d+:\\d+: (error|warning): \\S.*$").arg(QRegularExpression::escape(path)));
        for (const QString &line : run.lines.mid(0, run.lines.size() - 1))
            QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
        QVERIFY(QRegularExpression(QStringLiteral(": \\d+ errors?(, \\d+ warnings?)?$"))
                    .match(run.lines.constLast())
                    .hasMatch());
    }

    void unreadableFileFails()
    {
        const QString path = QStringLiteral("/nonexistent/tfdrift/config.yaml");
        const CheckRun run = runConfig({QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.lines.value(0).startsWith(path + QStringLiteral(": error: cannot read the file")),
                 qPrintable(run.lines.value(0)));
        QCOMPARE(run.lines.constLast(), path + QStringLiteral(": 1 error"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no subcommand") << QStringList();
        QTest::newRow("no file") << QStringList{QStringLiteral("check")};
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("lint"), QStringLiteral("config.yaml")};
        QTest::newRow("two files") << QStringList{QStringLiteral("check"), QStringLiteral("a.yaml"),
                                                  QStringLiteral("b.yaml")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--strict"), QStringLiteral("a.yaml")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const CheckRun run = runConfig(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.lines.isEmpty());
        QVERIFY2(run.stderrText.startsWith(QStringLiteral("tfdrift: ")), qPrintable(run.stderrText));
    }

    void helpExitsZero()
    {
        const CheckRun run = runConfig({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.lines.join(QLatin1Char('\n')).contains(QStringLiteral("check FILE")));
    }

    // What a user sees for the shipped example, with its secrets in the environment.
    void exampleConfigChecksClean()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"FALCO_HTTP_TOKEN", "WEBHOOK_TOKEN", "CUSTOM_API_KEY", "PAGERDUTY_ROUTING_KEY"})
            environment.insert(QString::fromLatin1(name), QStringLiteral("example-secret"));
        // Webhook URLs must be http(s) URLs once expanded.
        for (const char *name : {"SLACK_WEBHOOK_URL", "DISCORD_WEBHOOK_URL", "WEBHOOK_URL",
                                 "CUSTOM_API_ENDPOINT", "TEAMS_WEBHOOK_URL"})
            environment.insert(QString::fromLatin1(name),
                               QStringLiteral("https://hooks.example.invalid/example-secret"));
        const QString path = qEnvironmentVariable("TFDRIFT_SOURCE_DIR")
            + QLatin1String("/resources/config/config.example.yaml");
        const CheckRun run = runConfig({QStringLiteral("check"), path}, environment);
        QCOMPARE(run.lines, QStringList{path + QStringLiteral(": OK")});
        QCOMPARE(run.exitCode, 0);

        // Without the Slack URL (the one enabled channel) the check names the variable, not a value.
        environment.remove(QStringLiteral("SLACK_WEBHOOK_URL"));
        const CheckRun unset = runConfig({QStringLiteral("check"), path}, environment);
        QCOMPARE(unset.exitCode, 1);
        QCOMPARE(unset.lines.size(), 2);
        QVERIFY2(unset.lines[0].contains(QStringLiteral("environment variable SLACK_WEBHOOK_URL is not set")),
                 qPrintable(unset.lines[0]));
        QVERIFY(!unset.lines.join(QLatin1Char('\n')).contains(QStringLiteral("example-secret")));
    }
};

QTEST_GUILESS_MAIN(TestCliConfigCheck)
#include "test_cli_config_check.moc"

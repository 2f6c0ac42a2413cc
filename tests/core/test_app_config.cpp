#include "core/config/AppConfig.h"
#include "core/config/ScheduleParser.h"

#include "support/ConfigDiagnosticText.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;
using tfdrift::test::describe;
using tfdrift::test::findDiagnostic;

namespace {
QString fixture(const QString &name)
{
    return qEnvironmentVariable("TFDRIFT_SOURCE_DIR") + QLatin1String("/tests/core/fixtures/config/") + name;
}

int countOf(const AppConfigResult &result, ConfigDiagnostic::Severity severity)
{
    return int(std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                             [severity](const ConfigDiagnostic &d) { return d.severity == severity; }));
}

// "line:column" of the diagnostic whose message contains text, or a note that there is none.
QString positionOf(const AppConfigResult &result, const QString &text)
{
    const ConfigDiagnostic *diagnostic = findDiagnostic(result, text);
    if (!diagnostic)
        return QStringLiteral("no diagnostic about \"%1\" in:\n%2").arg(text, describe(result.diagnostics));
    return QStringLiteral("%1:%2").arg(diagnostic->line).arg(diagnostic->column);
}

// Writes text as config.yaml in dir and loads it, so that relative paths resolve against dir.
AppConfigResult loadFromDir(const QTemporaryDir &dir, const QByteArray &text)
{
    QFile file(dir.filePath(QStringLiteral("config.yaml")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    file.close();
    return loadAppConfigFile(file.fileName());
}

const StateSourceConfig *stateNamed(const AppConfig &config, const QString &name)
{
    for (const ProviderConfig *provider : {&config.aws, &config.gcp}) {
        for (const StateSourceConfig &state : provider->states) {
            if (state.name == name)
                return &state;
        }
    }
    return nullptr;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}
} // namespace

class TestAppConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The product brief's Example 1: one rule per environment.
    void briefEnvironmentRules()
    {
        const QString path = fixture(QStringLiteral("brief_environment_rules.yaml"));
        const AppConfigResult result = loadAppConfigFile(path);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        const QList<DriftRule> &rules = result.config.driftRules;
        QCOMPARE(rules.size(), 3);

        QCOMPARE(rules[0].name, QStringLiteral("Production - All Changes"));
        QCOMPARE(rules[0].resourceTypes, strings({"*"}));
        QCOMPARE(rules[0].watchedAttributes, strings({"*"}));
        QCOMPARE(rules[0].severity, Severity::Critical);
        QCOMPARE(rules[0].environment, QStringLiteral("production"));
        QCOMPARE(rules[0].excludeUsers, strings({"terraform-automation"}));
        QVERIFY(!rules[0].schedule);
        // Messages about a rule point at the rule in the file.
        QCOMPARE(rules[0].origin, path + QStringLiteral(":4:5"));

        QCOMPARE(rules[1].name, QStringLiteral("Staging - Security Changes"));
        QCOMPARE(rules[1].resourceTypes, strings({"aws_security_group*", "aws_iam_*", "aws_kms_*"}));
        QCOMPARE(rules[1].watchedAttributes, strings({"*"}));
        QCOMPARE(rules[1].severity, Severity::High);
        QCOMPARE(rules[1].environment, QStringLiteral("staging"));
        QVERIFY(rules[1].excludeUsers.isEmpty());
        QCOMPARE(rules[1].origin, path + QStringLiteral(":15:5"));

        QCOMPARE(rules[2].name, QStringLiteral("Development - IAM Only"));
        QCOMPARE(rules[2].resourceTypes, strings({"aws_iam_*"}));
        QCOMPARE(rules[2].watchedAttributes, strings({"policy", "assume_role_policy"}));
        QCOMPARE(rules[2].severity, Severity::Medium);
        QCOMPARE(rules[2].environment, QStringLiteral("development"));
    }

    // The product brief's Example 2: attribute-level rules, for every environment.
    void briefAttributeRules()
    {
        const AppConfigResult result
            = loadAppConfigFile(fixture(QStringLiteral("brief_attribute_rules.yaml")));
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        const QList<DriftRule> &rules = result.config.driftRules;
        QCOMPARE(rules.size(), 3);

        QCOMPARE(rules[0].name, QStringLiteral("EC2 Critical Attributes"));
        QCOMPARE(rules[0].resourceTypes, strings({"aws_instance"}));
        QCOMPARE(
            rules[0].watchedAttributes,
            strings({"instance_type", "disable_api_termination", "security_groups", "iam_instance_profile"}));
        QCOMPARE(rules[0].severity, Severity::High);
        QVERIFY(rules[0].environment.isEmpty());

        QCOMPARE(rules[1].name, QStringLiteral("RDS Security Settings"));
        QCOMPARE(rules[1].resourceTypes, strings({"aws_db_instance"}));
        QCOMPARE(rules[1].watchedAttributes,
                 strings({"storage_encrypted", "backup_retention_period", "deletion_protection",
                          "publicly_accessible"}));
        QCOMPARE(rules[1].severity, Severity::Critical);

        QCOMPARE(rules[2].name, QStringLiteral("S3 Public Access"));
        QCOMPARE(rules[2].resourceTypes, strings({"aws_s3_bucket", "aws_s3_bucket_public_access_block"}));
        QCOMPARE(rules[2].watchedAttributes,
                 strings({"block_public_acls", "block_public_policy", "ignore_public_acls",
                          "restrict_public_buckets"}));
        QCOMPARE(rules[2].severity, Severity::Critical);
        for (const DriftRule &rule : rules) {
            QVERIFY(rule.excludeUsers.isEmpty());
            QVERIFY(!rule.schedule);
        }
    }

    // The product brief's Example 3: business hours in Tokyo.
    void briefScheduleRules()
    {
        const AppConfigResult result
            = loadAppConfigFile(fixture(QStringLiteral("brief_schedule_rules.yaml")));
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        const QList<DriftRule> &rules = result.config.driftRules;
        QCOMPARE(rules.size(), 2);

        QCOMPARE(rules[0].name, QStringLiteral("After Hours Changes"));
        QCOMPARE(rules[0].resourceTypes, strings({"*"}));
        QCOMPARE(rules[0].severity, Severity::Critical);
        QVERIFY(rules[0].schedule);
        QVERIFY(rules[0].schedule->hasAllowedHours);
        QCOMPARE(rules[0].schedule->allowedFromMinutes, 9 * 60);
        QCOMPARE(rules[0].schedule->allowedToMinutes, 18 * 60);
        QCOMPARE(rules[0].schedule->timeZone.id(), QByteArray("Asia/Tokyo"));
        QVERIFY(rules[0].schedule->weekdaysOnly);
        // Tokyo has no daylight saving time: 09:00 there is always 00:00 UTC.
        QCOMPARE(rules[0].schedule->timeZone.offsetFromUtc(QDateTime::currentDateTimeUtc()), 9 * 3600);

        QCOMPARE(rules[1].name, QStringLiteral("Business Hours - Critical Only"));
        QCOMPARE(rules[1].resourceTypes, strings({"aws_iam_*", "aws_kms_*"}));
        QCOMPARE(rules[1].severity, Severity::High);
        QVERIFY(rules[1].schedule);
        QCOMPARE(rules[1].schedule->allowedFromMinutes, 9 * 60);
        QCOMPARE(rules[1].schedule->allowedToMinutes, 18 * 60);
        QCOMPARE(rules[1].schedule->timeZone.id(), QByteArray("Asia/Tokyo"));
        QVERIFY(!rules[1].schedule->weekdaysOnly);
    }

    void allowedHours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("office") << QStringLiteral("09:00-18:00") << 540 << 1080 << QString();
        QTest::newRow("spaces, one-digit hour")
            << QStringLiteral(" 9:30 - 17:45 ") << 570 << 1065 << QString();
        QTest::newRow("night shift wraps") << QStringLiteral("22:00-06:00") << 1320 << 360 << QString();
        QTest::newRow("whole day") << QStringLiteral("00:00-24:00") << 0 << 1440 << QString();
        QTest::newRow("hour 25") << QStringLiteral("09:00-25:00") << 0 << 0 << QStringLiteral("hour 25");
        QTest::newRow("minute 60") << QStringLiteral("09:60-18:00") << 0 << 0 << QStringLiteral("minute 60");
        QTest::newRow("past 24:00") << QStringLiteral("09:00-24:30") << 0 << 0 << QStringLiteral("24:30");
        QTest::newRow("no minutes") << QStringLiteral("9-18") << 0 << 0 << QStringLiteral("HH:MM-HH:MM");
        QTest::newRow("one time") << QStringLiteral("09:00") << 0 << 0 << QStringLiteral("HH:MM-HH:MM");
        QTest::newRow("empty window")
            << QStringLiteral("09:00-09:00") << 0 << 0 << QStringLiteral("same time");
    }

    void allowedHours()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, error);
        QString reason;
        const std::optional<AllowedHours> hours = parseAllowedHours(text, &reason);
        if (error.isEmpty()) {
            QVERIFY2(hours, qPrintable(reason));
            QCOMPARE(hours->fromMinutes, from);
            QCOMPARE(hours->toMinutes, to);
        } else {
            QVERIFY(!hours);
            QVERIFY2(reason.contains(error), qPrintable(reason));
        }
    }

    // TFDrift-Falco's form: one state map per provider.
    void singleStateMap()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AppConfigResult result = loadFromDir(dir, R"(providers:
  aws:
    enabled: true
    regions: [us-east-1, eu-west-1]
    state:
      backend: local
      local_path: states/terraform.tfstate
  gcp:
    enabled: false
    projects: [acme-prod]
)");
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        const AppConfig &config = result.config;
        QVERIFY(config.aws.enabled);
        QCOMPARE(config.aws.regions, strings({"us-east-1", "eu-west-1"}));
        QCOMPARE(config.aws.states.size(), 1);
        const StateSourceConfig &state = config.aws.states.constFirst();
        QCOMPARE(state.backend, StateSourceConfig::Backend::Local);
        QCOMPARE(state.provider, CloudProvider::Aws);
        // Relative to the config file, not to wherever the program was started.
        QCOMPARE(state.localPath, dir.filePath(QStringLiteral("states/terraform.tfstate")));
        QCOMPARE(state.name, QStringLiteral("states/terraform.tfstate"));
        QCOMPARE(state.refreshIntervalMs, 300'000);
        QVERIFY(!config.gcp.enabled);
        QCOMPARE(config.gcp.projects, strings({"acme-prod"}));
        QVERIFY(config.gcp.states.isEmpty());
    }

    // Several states per provider, one of each backend.
    void stateListWithEveryBackend()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AppConfigResult result = loadFromDir(dir, R"(state_refresh_interval: 2m
providers:
  aws:
    enabled: true
    state:
      - name: prod
        environment: production
        local_path: prod.tfstate
        refresh_interval: 30s
      - name: apps
        backend: s3
        s3_bucket: acme-state
        s3_key: /prod/apps.tfstate
        s3_region: us-east-1
      - backend: s3
        s3_bucket: acme-state
        s3_key: staging/apps.tfstate
        workspace: blue
      - environment: staging
        backend: command
        command: terraform
        dir: infra/staging
      - backend: command
        command: tofu
        dir: infra/dev
        workspace: feature-x
        refresh_interval: 0
      - name: custom
        command: [/usr/local/bin/fetch-state, --env, qa]
        dir: tools
        command_timeout: 45s
  gcp:
    enabled: true
    state:
      - backend: gcs
        gcs_bucket: acme-tf
        gcs_prefix: terraform/state/
      - name: gcp-blue
        backend: gcs
        gcs_bucket: acme-tf
        workspace: blue
)");
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        const AppConfig &config = result.config;
        QCOMPARE(config.stateRefreshIntervalMs, 120'000);
        QCOMPARE(config.aws.states.size(), 6);
        QCOMPARE(config.gcp.states.size(), 2);

        const StateSourceConfig *prod = stateNamed(config, QStringLiteral("prod"));
        QVERIFY(prod);
        QCOMPARE(prod->backend, StateSourceConfig::Backend::Local);
        QCOMPARE(prod->localPath, dir.filePath(QStringLiteral("prod.tfstate")));
        QCOMPARE(prod->environment, QStringLiteral("production"));
        QCOMPARE(prod->refreshIntervalMs, 30'000);

        const StateSourceConfig *apps = stateNamed(config, QStringLiteral("apps"));
        QVERIFY(apps);
        QCOMPARE(apps->backend, StateSourceConfig::Backend::Command);
        QCOMPARE(
            apps->command,
            strings({"aws", "s3", "cp", "s3://acme-state/prod/apps.tfstate", "-", "--region", "us-east-1"}));
        QCOMPARE(apps->refreshIntervalMs, 120'000);

        // Terraform's s3 backend keeps other workspaces under env:/NAME/.
        const StateSourceConfig *blue
            = stateNamed(config, QStringLiteral("s3://acme-state/env:/blue/staging/apps.tfstate"));
        QVERIFY2(blue, "an s3 state is named after its URL by default");
        QCOMPARE(blue->command,
                 strings({"aws", "s3", "cp", "s3://acme-state/env:/blue/staging/apps.tfstate", "-"}));

        const StateSourceConfig *staging = stateNamed(config, QStringLiteral("infra/staging"));
        QVERIFY2(staging, "a terraform state is named after its dir by default");
        const QString stagingDir = dir.filePath(QStringLiteral("infra/staging"));
        QCOMPARE(staging->command,
                 QStringList({QStringLiteral("terraform"), QStringLiteral("-chdir=") + stagingDir,
                              QStringLiteral("state"), QStringLiteral("pull")}));
        QCOMPARE(staging->environment, QStringLiteral("staging"));

        const StateSourceConfig *dev = stateNamed(config, QStringLiteral("infra/dev@feature-x"));
        QVERIFY(dev);
        QCOMPARE(dev->command,
                 QStringList({QStringLiteral("env"), QStringLiteral("TF_WORKSPACE=feature-x"),
                              QStringLiteral("tofu"),
                              QStringLiteral("-chdir=") + dir.filePath(QStringLiteral("infra/dev")),
                              QStringLiteral("state"), QStringLiteral("pull")}));
        QCOMPARE(dev->refreshIntervalMs, 0);

        const StateSourceConfig *custom = stateNamed(config, QStringLiteral("custom"));
        QVERIFY(custom);
        QCOMPARE(custom->command, strings({"/usr/local/bin/fetch-state", "--env", "qa"}));
        QCOMPARE(custom->workingDirectory, dir.filePath(QStringLiteral("tools")));
        QCOMPARE(custom->commandTimeoutMs, 45'000);

        const StateSourceConfig *gcs
            = stateNamed(config, QStringLiteral("gs://acme-tf/terraform/state/default.tfstate"));
        QVERIFY(gcs);
        QCOMPARE(gcs->provider, CloudProvider::Gcp);
        QCOMPARE(gcs->command,
                 strings({"gcloud", "storage", "cat", "gs://acme-tf/terraform/state/default.tfstate"}));
        const StateSourceConfig *gcpBlue = stateNamed(config, QStringLiteral("gcp-blue"));
        QVERIFY(gcpBlue);
        QCOMPARE(gcpBlue->command, strings({"gcloud", "storage", "cat", "gs://acme-tf/blue.tfstate"}));
    }

    void stateMistakes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AppConfigResult result = loadFromDir(dir, R"(providers:
  aws:
    state:
      - name: a
        local_path: a.tfstate
      - name: a
        local_path: b.tfstate
      - backend: azurerm
      - backend: local
      - backend: s3
        s3_bucket: only-a-bucket
      - command: make
        dir: infra
      - command: [./fetch.sh]
        dir: infra
        workspace: blue
      - command: [./fetch.sh]
      - command: terraform
      - local_path: c.tfstate
        s3_region: us-east-1
      - local_path: d.tfstate
        refresh_interval: 10ms
  gcp:
    state:
      local_path: c.tfstate
)");
        QVERIFY(!result.ok());
        QCOMPARE(positionOf(result, QStringLiteral("already named \"a\"")), QStringLiteral("6:15"));
        QCOMPARE(positionOf(result, QStringLiteral("\"backend\" must be local, command, s3 or gcs")),
                 QStringLiteral("8:18"));
        QCOMPARE(positionOf(result, QStringLiteral("backend local needs \"local_path\"")),
                 QStringLiteral("9:9"));
        QCOMPARE(positionOf(result, QStringLiteral("backend s3 needs")), QStringLiteral("10:9"));
        QCOMPARE(positionOf(result, QStringLiteral("\"command\" must be terraform or tofu")),
                 QStringLiteral("12:18"));
        QCOMPARE(positionOf(result, QStringLiteral("\"workspace\" works with command: terraform or tofu")),
                 QStringLiteral("16:20"));
        QCOMPARE(positionOf(result, QStringLiteral("needs a \"name\"")), QStringLiteral("17:9"));
        QCOMPARE(positionOf(result, QStringLiteral("command: terraform needs \"dir\"")),
                 QStringLiteral("18:18"));
        QCOMPARE(positionOf(result, QStringLiteral("\"refresh_interval\" must be 0")),
                 QStringLiteral("22:27"));
        // The same default name under another provider is a duplicate too.
        QCOMPARE(positionOf(result, QStringLiteral("already named \"c.tfstate\"")), QStringLiteral("25:7"));

        const ConfigDiagnostic *foreign
            = findDiagnostic(result, QStringLiteral("\"s3_region\" does not apply"));
        QVERIFY(foreign);
        QCOMPARE(foreign->severity, ConfigDiagnostic::Severity::Warning);
        QCOMPARE(foreign->line, 20);
        // The valid ones still load.
        QCOMPARE(result.config.aws.states.size(), 2);
        QCOMPARE(result.config.aws.states[0].name, QStringLiteral("a"));
        QCOMPARE(result.config.aws.states[1].name, QStringLiteral("c.tfstate"));
        QVERIFY(result.config.gcp.states.isEmpty());
    }

    // Every mistake in one file, each with its exact line and column, in file order.
    void errorsCarryLineAndColumn()
    {
        const QByteArray text = R"(drift_rules:
  - name: bad severity
    resource_types: ["*"]
    severity: urgent
  - name: bad environment
    resource_types: ["*"]
    environment: prod
  - name: bad hours
    resource_types: ["*"]
    schedule:
      allowed_hours: "09:00-25:00"
  - name: bad zone
    resource_types: ["*"]
    schedule:
      allowed_hours: "09:00-18:00"
      timezone: Asia/Tokio
  - name: wrong types
    resource_types: aws_instance
    schedule:
      weekdays_only: "yes"
  - resource_types: []
  - name: good
    resource_types: [aws_iam_*]
default_severity: 3
)";
        const AppConfigResult result = parseAppConfig(text, QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        QCOMPARE(positionOf(result, QStringLiteral("\"severity\" must be critical, high, medium or low")),
                 QStringLiteral("4:15"));
        QCOMPARE(
            positionOf(result, QStringLiteral("\"environment\" must be production, staging or development")),
            QStringLiteral("7:18"));
        QCOMPARE(positionOf(result, QStringLiteral("hour 25 is out of range 00-24")),
                 QStringLiteral("11:22"));
        QCOMPARE(positionOf(result, QStringLiteral("unknown time zone \"Asia/Tokio\"")),
                 QStringLiteral("16:17"));
        QCOMPARE(positionOf(result, QStringLiteral("\"resource_types\" must be a list of strings")),
                 QStringLiteral("18:21"));
        QCOMPARE(positionOf(result, QStringLiteral("\"weekdays_only\" must be true or false")),
                 QStringLiteral("20:22"));
        QCOMPARE(positionOf(result, QStringLiteral("drift rule has no \"name\"")), QStringLiteral("21:5"));
        QCOMPARE(positionOf(result, QStringLiteral("\"resource_types\" must list at least one")),
                 QStringLiteral("21:21"));
        QCOMPARE(positionOf(result, QStringLiteral("\"default_severity\" must be")), QStringLiteral("24:19"));
        QCOMPARE(countOf(result, ConfigDiagnostic::Severity::Error), 9);
        QCOMPARE(countOf(result, ConfigDiagnostic::Severity::Warning), 0);

        for (qsizetype i = 1; i < result.diagnostics.size(); ++i)
            QVERIFY(result.diagnostics[i - 1].line <= result.diagnostics[i].line);
        QCOMPARE(
            result.diagnostics.constFirst().toString(),
            QStringLiteral("config.yaml:4:15: error: \"severity\" must be critical, high, medium or low"));
        // The rule without mistakes still loads.
        QCOMPARE(result.config.driftRules.size(), 1);
        QCOMPARE(result.config.driftRules.constFirst().name, QStringLiteral("good"));
    }

    void emptyValuesPointAtTheirKey()
    {
        // yaml-cpp places `name:` with nothing after it at the next token; the message must not.
        const AppConfigResult result = parseAppConfig(R"(drift_rules:
  - name:
    resource_types: ["*"]
)",
                                                      QStringLiteral("config.yaml"));
        QCOMPARE(positionOf(result, QStringLiteral("\"name\" must not be empty")), QStringLiteral("2:5"));
    }

    void unknownKeysAreWarnings()
    {
        const AppConfigResult result = parseAppConfig(R"(telemetry: true
providers:
  azure: {enabled: true}
  aws:
    enabled: true
    projects: [p]
drift_rules:
  - name: r
    resource_types: ["*"]
    colour: blue
    schedule:
      allowed_hours: "09:00-18:00"
      holidays: [2026-01-01]
notifications:
  slack:
    enabled: false
    icon: ":robot:"
  carrier_pigeon: {enabled: true}
logging:
  level: warning
  colour: auto
)",
                                                      QStringLiteral("config.yaml"));
        QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
        QCOMPARE(countOf(result, ConfigDiagnostic::Severity::Warning), 8);
        QCOMPARE(positionOf(result, QStringLiteral("\"telemetry\"")), QStringLiteral("1:1"));
        QCOMPARE(positionOf(result, QStringLiteral("\"azure\"")), QStringLiteral("3:3"));
        QCOMPARE(positionOf(result, QStringLiteral("\"projects\" in providers.aws")), QStringLiteral("6:5"));
        QCOMPARE(positionOf(result, QStringLiteral("\"colour\" in drift_rules")), QStringLiteral("10:5"));
        QCOMPARE(positionOf(result, QStringLiteral("\"holidays\" in schedule")), QStringLiteral("13:7"));
        QCOMPARE(positionOf(result, QStringLiteral("\"icon\" in notifications.slack")),
                 QStringLiteral("17:5"));
        QCOMPARE(positionOf(result, QStringLiteral("\"carrier_pigeon\" in notifications")),
                 QStringLiteral("18:3"));
        QCOMPARE(positionOf(result, QStringLiteral("\"colour\" in logging")), QStringLiteral("21:3"));
        // What was understood is kept.
        QCOMPARE(result.config.driftRules.size(), 1);
        QCOMPARE(result.config.logging.level, QStringLiteral("warn"));
    }

    void keyWrittenTwiceIsAnError()
    {
        const AppConfigResult result = parseAppConfig(R"(drift_rules:
  - name: r
    resource_types: ["*"]
    severity: low
    severity: critical
)",
                                                      QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        QCOMPARE(positionOf(result, QStringLiteral("\"severity\" appears twice")), QStringLiteral("5:5"));
    }

    void environmentVariablesExpand()
    {
        qputenv("TFDRIFT_TEST_RULE_SEVERITY", "high");
        qputenv("TFDRIFT_TEST_TEAM", "platform");
        qputenv("TFDRIFT_TEST_WEEKDAYS", "true");
        qputenv("TFDRIFT_TEST_INTERVAL", "90s");
        qputenv("TFDRIFT_TEST_BUCKET", "acme-state");
        const AppConfigResult result = parseAppConfig(R"(state_refresh_interval: ${TFDRIFT_TEST_INTERVAL}
providers:
  aws:
    enabled: true
    state:
      backend: s3
      s3_bucket: ${TFDRIFT_TEST_BUCKET}
      s3_key: prod.tfstate
drift_rules:
  - name: "${TFDRIFT_TEST_TEAM} rule"
    resource_types: ["*"]
    severity: ${TFDRIFT_TEST_RULE_SEVERITY}
    exclude_users: ["${TFDRIFT_TEST_TEAM}-*"]
    schedule:
      weekdays_only: ${TFDRIFT_TEST_WEEKDAYS}
)",
                                                      QStringLiteral("config.yaml"));
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QCOMPARE(result.config.stateRefreshIntervalMs, 90'000);
        QCOMPARE(result.config.aws.states.constFirst().command.value(3),
                 QStringLiteral("s3://acme-state/prod.tfstate"));
        QCOMPARE(result.config.aws.states.constFirst().refreshIntervalMs, 90'000);
        const DriftRule &rule = result.config.driftRules.constFirst();
        QCOMPARE(rule.name, QStringLiteral("platform rule"));
        QCOMPARE(rule.severity, Severity::High);
        QCOMPARE(rule.excludeUsers, strings({"platform-*"}));
        QVERIFY(rule.schedule && rule.schedule->weekdaysOnly);
        // Without allowed_hours every weekday hour is allowed: the rule fires on weekends.
        QVERIFY(!rule.schedule->hasAllowedHours);
        QCOMPARE(rule.schedule->allowedFromMinutes, 0);
        QCOMPARE(rule.schedule->allowedToMinutes, 24 * 60);
    }

    void unsetVariableIsAnError()
    {
        qunsetenv("TFDRIFT_TEST_NOT_SET");
        const AppConfigResult result = parseAppConfig(R"(drift_rules:
  - name: r
    resource_types: ["aws_${TFDRIFT_TEST_NOT_SET}_*"]
)",
                                                      QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        // Points at the ${ itself: the value starts at column 22, inside quotes.
        QCOMPARE(positionOf(result, QStringLiteral("TFDRIFT_TEST_NOT_SET is not set")),
                 QStringLiteral("3:27"));
    }

    void notificationKeysOfTheBrief()
    {
        qputenv("TFDRIFT_TEST_SLACK_URL", "https://hooks.example.invalid/services/FAKE/FAKE/secret-slack");
        qputenv("TFDRIFT_TEST_API_KEY", "secret-api-key");
        const AppConfigResult result = parseAppConfig(R"(notifications:
  slack:
    enabled: true
    webhook_url: ${TFDRIFT_TEST_SLACK_URL}
    channel: "#drift"
    min_severity: high
    environments: [production]
  discord:
    enabled: false
    webhook_url: https://discord.example.invalid/api/webhooks/0/x
  webhook:
    enabled: true
    url: https://hooks.example.com/drift
    method: put
    headers:
      X-Team: platform
  custom:
    enabled: true
    api_endpoint: https://your-custom-api.example.com/notifications
    api_key: "${TFDRIFT_TEST_API_KEY}"
    timeout: "30s"
    resource_types: ["aws_iam_*"]
  pagerduty: {enabled: true, routing_key: abc, region: eu, events_url: http://127.0.0.1:9/enqueue}
  teams: {enabled: false, webhook_url: https://teams.example.invalid/x}
  falco_output: {enabled: true, path: drift.jsonl, priority: Warning}
)",
                                                      QStringLiteral("config.yaml"));
        // TFDrift-Falco's keys all read; secrets written in plain text are only warned about.
        QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
        QCOMPARE(countOf(result, ConfigDiagnostic::Severity::Warning), 5);
        for (const ConfigDiagnostic &diagnostic : result.diagnostics)
            QVERIFY2(diagnostic.message.contains(QStringLiteral("holds a secret in plain text")),
                     qPrintable(diagnostic.toString()));
        QCOMPARE(result.config.notifications.channels.size(), 7);
    }

    void notificationMistakesNeverShowSecrets()
    {
        qunsetenv("TFDRIFT_TEST_UNSET_HOOK");
        const AppConfigResult result = parseAppConfig(R"(notifications:
  slack:
    enabled: "yes"
    webhook_url: {url: https://hooks.example.invalid/services/hunter2}
  webhook:
    enabled: true
    url: ${TFDRIFT_TEST_UNSET_HOOK}
    method: GET
    headers:
      Authorization: [Bearer hunter2]
  custom:
    enabled: true
    timeout: 30
  pagerduty:
    enabled: true
    region: apac
    min_severity: urgent
    environments: [prod]
  teams: [https://teams.example.invalid/hunter2]
)",
                                                      QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        QCOMPARE(positionOf(result, QStringLiteral("\"enabled\" must be true or false")),
                 QStringLiteral("3:14"));
        QCOMPARE(positionOf(result, QStringLiteral("\"webhook_url\" must be a string")),
                 QStringLiteral("4:18"));
        QCOMPARE(positionOf(result, QStringLiteral("TFDRIFT_TEST_UNSET_HOOK is not set")),
                 QStringLiteral("7:10"));
        QCOMPARE(positionOf(result, QStringLiteral("\"method\" must be POST or PUT")),
                 QStringLiteral("8:13"));
        QCOMPARE(positionOf(result, QStringLiteral("\"headers.Authorization\" must be a string")),
                 QStringLiteral("10:22"));
        QCOMPARE(positionOf(result, QStringLiteral("\"timeout\" must be a duration")),
                 QStringLiteral("13:14"));
        QCOMPARE(positionOf(result, QStringLiteral("\"region\" must be us or eu")), QStringLiteral("16:13"));
        QCOMPARE(positionOf(result, QStringLiteral("\"min_severity\" must be")), QStringLiteral("17:19"));
        QCOMPARE(positionOf(result, QStringLiteral("\"environments\" must be")), QStringLiteral("18:20"));
        QCOMPARE(positionOf(result, QStringLiteral("\"teams\" must be a mapping")), QStringLiteral("19:10"));
        for (const ConfigDiagnostic &diagnostic : result.diagnostics)
            QVERIFY2(!diagnostic.toString().contains(QStringLiteral("hunter2")),
                     qPrintable(diagnostic.toString()));
    }

    void disabledChannelNeedsNoVariables()
    {
        qunsetenv("TFDRIFT_TEST_UNSET_DISCORD");
        const AppConfigResult result = parseAppConfig(R"(notifications:
  discord:
    enabled: false
    webhook_url: ${TFDRIFT_TEST_UNSET_DISCORD}
)",
                                                      QStringLiteral("config.yaml"));
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    }

    void topLevelSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("mappings")));
        QFile extra(dir.filePath(QStringLiteral("mappings/internal.yaml")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.close();
        const AppConfigResult result = loadFromDir(dir, R"(default_severity: medium
state_refresh_interval: 0
mappings:
  - mappings/internal.yaml
  - mappings/missing.yaml
logging:
  level: debug
  format: json
falco:
  endpoints:
    - name: capture
      transport: replay
      file: captures/a.jsonl
)");
        QCOMPARE(countOf(result, ConfigDiagnostic::Severity::Error), 1);
        QCOMPARE(positionOf(result, QStringLiteral("missing.yaml does not exist")), QStringLiteral("5:5"));
        const AppConfig &config = result.config;
        QCOMPARE(config.defaultSeverity, Severity::Medium);
        QCOMPARE(config.stateRefreshIntervalMs, 0);
        QCOMPARE(config.mappingFiles, QStringList{dir.filePath(QStringLiteral("mappings/internal.yaml"))});
        QCOMPARE(config.logging.level, QStringLiteral("debug"));
        QCOMPARE(config.logging.format, QStringLiteral("json"));
        // The falco section is the same parser as before, with paths relative to the config file.
        QCOMPARE(config.falco.endpoints.size(), 1);
        QCOMPARE(config.falco.endpoints.constFirst().replayFile,
                 dir.filePath(QStringLiteral("captures/a.jsonl")));
    }

    void defaultsWithoutAnyKey()
    {
        const AppConfigResult result = parseAppConfig(QByteArray(), QStringLiteral("empty.yaml"));
        QVERIFY(result.diagnostics.isEmpty());
        QCOMPARE(result.config.defaultSeverity, Severity::Low);
        QCOMPARE(result.config.stateRefreshIntervalMs, 300'000);
        QCOMPARE(result.config.logging.level, QStringLiteral("info"));
        QVERIFY(result.config.driftRules.isEmpty());
        QVERIFY(!result.config.aws.enabled);
    }

    void unreadableOrBrokenFiles()
    {
        const AppConfigResult missing = loadAppConfigFile(QStringLiteral("/nonexistent/config.yaml"));
        QVERIFY(!missing.ok());
        QVERIFY(
            missing.diagnostics[0].toString().startsWith(QStringLiteral("/nonexistent/config.yaml: error:")));

        const AppConfigResult broken
            = parseAppConfig("drift_rules:\n  - name: [unclosed\n", QStringLiteral("broken.yaml"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.diagnostics.size(), 1);
        QVERIFY(broken.diagnostics[0].line >= 2);

        const AppConfigResult notAMap = parseAppConfig("- just\n- a list\n", QStringLiteral("list.yaml"));
        QVERIFY(!notAMap.ok());
        QCOMPARE(notAMap.diagnostics[0].line, 1);
    }

    // The shipped example documents every key; it must load without a single diagnostic.
    void exampleConfigLoadsCleanly()
    {
        for (const char *name :
             {"FALCO_HTTP_TOKEN", "WEBHOOK_TOKEN", "CUSTOM_API_KEY", "PAGERDUTY_ROUTING_KEY"})
            qputenv(name, "example-secret");
        // Webhook URLs must be http(s) URLs once expanded.
        for (const char *name : {"SLACK_WEBHOOK_URL", "DISCORD_WEBHOOK_URL", "WEBHOOK_URL",
                                 "CUSTOM_API_ENDPOINT", "TEAMS_WEBHOOK_URL"})
            qputenv(name, "https://hooks.example.invalid/example-secret");
        const QString path = qEnvironmentVariable("TFDRIFT_SOURCE_DIR")
            + QLatin1String("/resources/config/config.example.yaml");
        const AppConfigResult result = loadAppConfigFile(path);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));

        const AppConfig &config = result.config;
        QCOMPARE(config.aws.states.size(), 4);
        QCOMPARE(config.gcp.states.size(), 1);
        QCOMPARE(config.falco.endpoints.size(), 6);
        QCOMPARE(config.driftRules.size(), 8);
        // The brief's three example rule sets are all in it.
        QStringList names;
        for (const DriftRule &rule : config.driftRules)
            names << rule.name;
        for (const char *name : {"Production - All Changes", "Staging - Security Changes",
                                 "Development - IAM Only", "EC2 Critical Attributes", "RDS Security Settings",
                                 "S3 Public Access", "After Hours Changes", "Business Hours - Critical Only"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
        const StateSourceConfig *apps = stateNamed(config, QStringLiteral("prod-apps"));
        QVERIFY(apps);
        QCOMPARE(apps->command,
                 strings({"aws", "s3", "cp", "s3://acme-terraform-state/prod/apps/terraform.tfstate", "-",
                          "--region", "us-east-1"}));
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "test_app_config.moc"

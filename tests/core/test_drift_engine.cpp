#include "core/config/AppConfig.h"
#include "core/drift/DriftEngine.h"
#include "core/mapping/MappingCatalog.h"
#include "core/state/StateIndex.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tfdrift;

namespace {
const QByteArray kCatalog = R"(provider: aws
services:
  - source: ec2.amazonaws.com
    events:
      - name: ModifyInstanceAttribute
        type: aws_instance
        action: modify
        id: [/request/instanceId]
        attributes:
          /request/disableApiTermination/value: disable_api_termination
          /request/instanceType/value: instance_type
      - name: ModifyInstanceMetadataOptions
        type: aws_instance
        action: modify
        id: [/request/ModifyInstanceMetadataOptionsRequest/InstanceId]
      - name: RunInstances
        type: aws_instance
        action: create
        id: [/response/instancesSet/items/0/instanceId]
      - name: TerminateInstances
        type: aws_instance
        action: delete
        id: [/request/instancesSet/items/0/instanceId]
  - source: rds.amazonaws.com
    events:
      - name: ModifyDBInstance
        type: aws_db_instance
        action: modify
        id: [/request/dBInstanceIdentifier]
        attributes:
          /request/masterUserPassword: password
          /request/deletionProtection: deletion_protection
  - source: iam.amazonaws.com
    events:
      - name: AttachRolePolicy
        type: aws_iam_role
        action: modify
        id: [/request/roleName]
        attributes:
          /request/policyArn: managed_policy_arns
)";

const QByteArray kGcpCatalog = R"(provider: gcp
methods:
  - name: v1.compute.instances.setMachineType
    type: google_compute_instance
    action: modify
    id: [/resource]
    attributes:
      /request/machineType: machine_type
)";

// Provider addresses and URLs are filled in here: Qt 6.4's moc loses the test class when a raw
// string holds \" or a quoted "//".
QByteArray stateJson(QString resources)
{
    resources.replace(QLatin1String("AWS_PROVIDER"),
                      QLatin1String("provider[\\\"registry.terraform.io/hashicorp/aws\\\"]"));
    resources.replace(
        QLatin1String("GOOGLE_SELF_LINK"),
        QLatin1String("https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/"
                      "instances/vm-1"));
    resources.replace(QLatin1String("GOOGLE_PROVIDER"),
                      QLatin1String("provider[\\\"registry.terraform.io/hashicorp/google\\\"]"));
    return QStringLiteral(R"({"version": 4, "terraform_version": "1.9.8", "serial": 7, "lineage": "l-1",
        "outputs": {}, "resources": [%1]})")
        .arg(resources)
        .toUtf8();
}

const QString kProdResources = QStringLiteral(R"(
    {"mode": "managed", "type": "aws_instance", "name": "web", "provider": "AWS_PROVIDER",
     "instances": [{"schema_version": 1, "attributes": {"id": "i-0abc", "arn": "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
        "instance_type": "t3.micro", "disable_api_termination": true}, "sensitive_attributes": []}]},
    {"mode": "managed", "type": "aws_db_instance", "name": "main", "module": "module.db", "provider": "AWS_PROVIDER",
     "instances": [{"schema_version": 2, "attributes": {"id": "db-ABCDEF", "identifier": "orders", "password": "hunter2",
        "deletion_protection": true}, "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]},
    {"mode": "managed", "type": "aws_iam_role", "name": "deployer", "provider": "AWS_PROVIDER",
     "instances": [{"schema_version": 0, "attributes": {"id": "deployer", "name": "deployer",
        "arn": "arn:aws:iam::111122223333:role/deployer", "managed_policy_arns": []}, "sensitive_attributes": []}]}
)");

const QString kStagingResources = QStringLiteral(R"(
    {"mode": "managed", "type": "aws_instance", "name": "batch", "module": "module.jobs", "provider": "AWS_PROVIDER",
     "instances": [{"index_key": 0, "schema_version": 1, "attributes": {"id": "i-0stg", "instance_type": "t3.small",
        "disable_api_termination": false}, "sensitive_attributes": []}]}
)");

const QString kGcpResources = QStringLiteral(R"(
    {"mode": "managed", "type": "google_compute_instance", "name": "vm", "provider": "GOOGLE_PROVIDER",
     "instances": [{"schema_version": 6, "attributes": {"id": "projects/acme-prod/zones/us-central1-a/instances/vm-1",
        "name": "vm-1", "machine_type": "e2-small",
        "self_link": "GOOGLE_SELF_LINK"},
        "sensitive_attributes": []}]}
)");

struct Caller {
    QString type = QStringLiteral("IAMUser");
    QString user = QStringLiteral("alice");
    QString arn = QStringLiteral("arn:aws:iam::111122223333:user/alice");
};

Caller assumedRole(const QString &role, const QString &session)
{
    return {QStringLiteral("AssumedRole"), role,
            QStringLiteral("arn:aws:sts::111122223333:assumed-role/%1/%2").arg(role, session)};
}

FalcoAlert cloudTrail(const QString &source, const QString &name, const QJsonObject &request,
                      const QJsonObject &response = {}, const Caller &caller = {},
                      const char *utcTime = "2026-03-04T03:00:00Z")
{
    FalcoAlert alert;
    alert.timeNs = QDateTime::fromString(QLatin1String(utcTime), Qt::ISODate).toMSecsSinceEpoch() * 1'000'000;
    alert.source = QStringLiteral("aws_cloudtrail");
    alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    alert.priority = FalcoPriority::Warning;
    alert.outputFields.insertString(QStringLiteral("ct.name"), name);
    alert.outputFields.insertString(QStringLiteral("ct.src"), source);
    alert.outputFields.insertString(QStringLiteral("ct.region"), QStringLiteral("us-east-1"));
    alert.outputFields.insertString(QStringLiteral("ct.user"), caller.user);
    alert.outputFields.insertString(QStringLiteral("ct.user.identitytype"), caller.type);
    alert.outputFields.insertString(QStringLiteral("ct.user.arn"), caller.arn);
    alert.outputFields.insertString(QStringLiteral("ct.user.accountid"), QStringLiteral("111122223333"));
    alert.outputFields.insertString(QStringLiteral("ct.readonly"), QStringLiteral("false"));
    alert.outputFields.insertString(QStringLiteral("ct.srcip"), QStringLiteral("192.0.2.10"));
    alert.outputFields.insertString(QStringLiteral("ct.request"),
                                    QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    if (!response.isEmpty())
        alert.outputFields.insertString(
            QStringLiteral("ct.response"),
            QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
    return alert;
}

FalcoAlert disableTermination(const QString &instanceId, bool value = false, const Caller &caller = {},
                              const char *utcTime = "2026-03-04T03:00:00Z")
{
    return cloudTrail(
        QStringLiteral("ec2.amazonaws.com"), QStringLiteral("ModifyInstanceAttribute"),
        QJsonObject{{QStringLiteral("instanceId"), instanceId},
                    {QStringLiteral("disableApiTermination"), QJsonObject{{QStringLiteral("value"), value}}}},
        {}, caller, utcTime);
}

// A GCP audit alert: mallory sets vm-1's machine type; `request` holds the request's field(s).
FalcoAlert setMachineType(const OutputFields &request)
{
    FalcoAlert alert;
    alert.source = QStringLiteral("gcp_auditlog");
    alert.outputFields = OutputFields{
        {QStringLiteral("gcp.methodName"), QStringLiteral("v1.compute.instances.setMachineType")},
        {QStringLiteral("gcp.serviceName"), QStringLiteral("compute.googleapis.com")},
        {QStringLiteral("gcp.user"), QStringLiteral("mallory@example.com")},
        {QStringLiteral("gcp.projectId"), QStringLiteral("acme-prod")},
        {QStringLiteral("gcp.resourceName"),
         QStringLiteral("projects/acme-prod/zones/us-central1-a/instances/vm-1")},
    };
    for (const OutputField &field : request)
        alert.outputFields.insert(field.name(), field.value());
    return alert;
}

std::shared_ptr<const MappingCatalog> fixtureCatalog()
{
    auto catalog = std::make_shared<MappingCatalog>();
    QList<ConfigDiagnostic> diagnostics;
    catalog->loadText(kCatalog, QStringLiteral("catalog.yaml"), &diagnostics);
    catalog->loadText(kGcpCatalog, QStringLiteral("gcp.yaml"), &diagnostics);
    if (hasErrors(diagnostics))
        qFatal("fixture catalog: %s", qPrintable(diagnostics.constFirst().toString()));
    return catalog;
}

std::shared_ptr<const StateIndex> fixtureState()
{
    auto index = std::make_shared<StateIndex>();
    const struct {
        QString resources;
        QString name;
        QString environment;
    } states[] = {{kProdResources, QStringLiteral("prod"), QStringLiteral("production")},
                  {kStagingResources, QStringLiteral("staging"), QStringLiteral("staging")},
                  {kGcpResources, QStringLiteral("gcp-prod"), QStringLiteral("production")}};
    for (const auto &state : states) {
        QString error;
        const std::optional<TerraformState> parsed
            = parseTerraformState(stateJson(state.resources), state.name + QLatin1String(".tfstate"),
                                  state.name, state.environment, &error);
        if (!parsed)
            qFatal("fixture state: %s", qPrintable(error));
        index->addState(*parsed);
    }
    return index;
}

DriftRule rule(const QString &name, QStringList types, QStringList watched, Severity severity)
{
    DriftRule result;
    result.name = name;
    result.resourceTypes = std::move(types);
    result.watchedAttributes = std::move(watched);
    result.severity = severity;
    return result;
}

DriftEngine engineWith(const QList<DriftRule> &rules)
{
    DriftEngineSettings settings;
    settings.rules = rules;
    DriftEngine engine(fixtureCatalog(), settings);
    engine.setStateIndex(fixtureState());
    return engine;
}

// The brief's examples, as a user writes them in config.yaml.
DriftEngine engineFromConfig(const QByteArray &yaml)
{
    const AppConfigResult parsed = parseAppConfig(yaml, QStringLiteral("config.yaml"));
    if (!parsed.ok())
        qFatal("example config: %s", qPrintable(parsed.diagnostics.constFirst().toString()));
    return engineWith(parsed.config.driftRules);
}
} // namespace

class TestDriftEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managedChangeCarriesItsDiff()
    {
        DriftEngine engine = engineWith({});
        const std::optional<DriftEvent> event = engine.evaluate(disableTermination(QStringLiteral("i-0abc")));
        QVERIFY(event);
        QCOMPARE(event->kind, ChangeKind::Modified);
        QCOMPARE(event->resourceType, QStringLiteral("aws_instance"));
        QCOMPARE(event->resourceId, QStringLiteral("i-0abc"));
        QCOMPARE(event->terraformAddress, QStringLiteral("aws_instance.web"));
        QCOMPARE(event->stateName, QStringLiteral("prod"));
        QCOMPARE(event->environment, QStringLiteral("production"));
        QCOMPARE(event->account, QStringLiteral("111122223333"));
        QCOMPARE(event->region, QStringLiteral("us-east-1"));
        QCOMPARE(event->caller.user, QStringLiteral("alice"));
        QCOMPARE(event->caller.sourceIp, QStringLiteral("192.0.2.10"));
        QCOMPARE(event->changes.size(), 1);
        QCOMPARE(event->changes[0].attribute, QStringLiteral("disable_api_termination"));
        QCOMPARE(event->changes[0].oldValue, QJsonValue(true));
        QCOMPARE(event->changes[0].newValue, QJsonValue(false));
        QCOMPARE(event->severity, Severity::Low); // no rule: the default
        QCOMPARE(event->alert.rule, QStringLiteral("Terraform Managed Resource Modified"));
    }

    void moduleAddressesWithIndexKeys()
    {
        DriftEngine engine = engineWith({});
        const std::optional<DriftEvent> event
            = engine.evaluate(disableTermination(QStringLiteral("i-0stg"), true));
        QVERIFY(event);
        QCOMPARE(event->terraformAddress, QStringLiteral("module.jobs.aws_instance.batch[0]"));
        QCOMPARE(event->environment, QStringLiteral("staging"));
    }

    void aValueStateAlreadyHoldsIsNoDrift()
    {
        // After an apply and a state refresh, the call that made the change is seen again.
        DriftEngine engine = engineWith({});
        QVERIFY(!engine.evaluate(disableTermination(QStringLiteral("i-0abc"), true)));
    }

    void callsTheCatalogCannotDiffAreModifiedOutOfBand()
    {
        DriftEngine engine = engineWith({});
        const std::optional<DriftEvent> event = engine.evaluate(cloudTrail(
            QStringLiteral("ec2.amazonaws.com"), QStringLiteral("ModifyInstanceMetadataOptions"),
            QJsonObject{{QStringLiteral("ModifyInstanceMetadataOptionsRequest"),
                         QJsonObject{{QStringLiteral("InstanceId"), QStringLiteral("i-0abc")},
                                     {QStringLiteral("HttpTokens"), QStringLiteral("optional")}}}}));
        QVERIFY(event);
        QCOMPARE(event->kind, ChangeKind::Modified);
        QCOMPARE(event->changes.size(), 1);
        QCOMPARE(event->changes[0].attribute, outOfBandAttribute());
    }

    void creationOutsideTerraformIsUnmanaged()
    {
        DriftEngine engine = engineWith({});
        const QJsonObject response{{QStringLiteral("instancesSet"),
                                    QJsonObject{{QStringLiteral("items"),
                                                 QJsonArray{QJsonObject{{QStringLiteral("instanceId"),
                                                                         QStringLiteral("i-0new")}}}}}}};
        const std::optional<DriftEvent> event = engine.evaluate(
            cloudTrail(QStringLiteral("ec2.amazonaws.com"), QStringLiteral("RunInstances"), {}, response));
        QVERIFY(event);
        QCOMPARE(event->kind, ChangeKind::Created);
        QCOMPARE(event->resourceId, QStringLiteral("i-0new"));
        QVERIFY(event->terraformAddress.isEmpty());

        const std::optional<DriftEvent> modified
            = engine.evaluate(disableTermination(QStringLiteral("i-0zzz")));
        QVERIFY(modified);
        QCOMPARE(modified->kind, ChangeKind::Unmanaged);
        QVERIFY(modified->terraformAddress.isEmpty());
    }

    void deletingAManagedResource()
    {
        DriftEngine engine = engineWith({});
        const QJsonObject request{{QStringLiteral("instancesSet"),
                                   QJsonObject{{QStringLiteral("items"),
                                                QJsonArray{QJsonObject{{QStringLiteral("instanceId"),
                                                                        QStringLiteral("i-0abc")}}}}}}};
        const std::optional<DriftEvent> event = engine.evaluate(
            cloudTrail(QStringLiteral("ec2.amazonaws.com"), QStringLiteral("TerminateInstances"), request));
        QVERIFY(event);
        QCOMPARE(event->kind, ChangeKind::Deleted);
        QCOMPARE(event->terraformAddress, QStringLiteral("aws_instance.web"));
    }

    void sensitiveValuesNeverLeaveTheState()
    {
        DriftEngine engine = engineWith({});
        const std::optional<DriftEvent> event = engine.evaluate(
            cloudTrail(QStringLiteral("rds.amazonaws.com"), QStringLiteral("ModifyDBInstance"),
                       QJsonObject{{QStringLiteral("dBInstanceIdentifier"), QStringLiteral("orders")},
                                   {QStringLiteral("masterUserPassword"), QStringLiteral("new-secret")},
                                   {QStringLiteral("deletionProtection"), false}}));
        QVERIFY(event);
        QCOMPARE(event->terraformAddress, QStringLiteral("module.db.aws_db_instance.main"));
        QCOMPARE(event->changes.size(), 2);
        const QJsonDocument all(QJsonArray{event->changes[0].oldValue, event->changes[0].newValue,
                                           event->changes[1].oldValue, event->changes[1].newValue});
        QVERIFY(!all.toJson().contains("hunter2"));
        QVERIFY(!all.toJson().contains("new-secret"));
    }

    void readOnlyAndFailedCallsAreNoDrift()
    {
        DriftEngine engine = engineWith({});
        FalcoAlert read = disableTermination(QStringLiteral("i-0abc"));
        read.outputFields.insertString(QStringLiteral("ct.readonly"), QStringLiteral("true"));
        QVERIFY(!engine.evaluate(read));
        FalcoAlert denied = disableTermination(QStringLiteral("i-0abc"));
        denied.outputFields.insertString(QStringLiteral("ct.error"), QStringLiteral("AccessDenied"));
        QVERIFY(!engine.evaluate(denied));
        FalcoAlert syscall;
        syscall.source = QStringLiteral("syscall");
        syscall.outputFields.insertString(QStringLiteral("proc.name"), QStringLiteral("bash"));
        QVERIFY(!engine.evaluate(syscall));
    }

    void unknownCallsAreReportedNotDropped()
    {
        DriftEngine engine = engineWith({});
        const std::optional<DriftEvent> event = engine.evaluate(
            cloudTrail(QStringLiteral("quantum.amazonaws.com"), QStringLiteral("EntangleQubits"), {}));
        QVERIFY(event);
        QCOMPARE(event->resourceType, QStringLiteral("unknown"));
        QCOMPARE(event->eventName, QStringLiteral("EntangleQubits"));
    }

    void assumedRoleSessionsAreTheUser()
    {
        DriftRule rule1
            = rule(QStringLiteral("all"), {QStringLiteral("*")}, {QStringLiteral("*")}, Severity::High);
        rule1.excludeUsers = {QStringLiteral("terraform-ci")};
        DriftEngine engine = engineWith({rule1});

        const std::optional<DriftEvent> sso = engine.evaluate(disableTermination(
            QStringLiteral("i-0abc"), false,
            assumedRole(QStringLiteral("AWSReservedSSO_Admin_5f2c"), QStringLiteral("carol@example.com"))));
        QVERIFY(sso);
        QCOMPARE(sso->caller.user, QStringLiteral("carol@example.com"));
        QCOMPARE(sso->caller.identityType, QStringLiteral("AssumedRole"));
        QVERIFY(!sso->excluded);
        QCOMPARE(sso->severity, Severity::High);

        const std::optional<DriftEvent> ci = engine.evaluate(
            disableTermination(QStringLiteral("i-0abc"), false,
                               assumedRole(QStringLiteral("deployer"), QStringLiteral("terraform-ci"))));
        QVERIFY(ci);
        QCOMPARE(ci->caller.user, QStringLiteral("terraform-ci"));
        QVERIFY(ci->excluded);
        QVERIFY(ci->matchedRules.isEmpty());
    }

    void gcpCallsMapThroughTheResourceName()
    {
        DriftEngine engine = engineWith({});
        const std::optional<DriftEvent> event = engine.evaluate(setMachineType(
            {{QStringLiteral("gcp.request"), QStringLiteral(R"({"machineType": "n2-standard-8"})")}}));
        QVERIFY(event);
        QCOMPARE(event->provider, CloudProvider::Gcp);
        QCOMPARE(event->terraformAddress, QStringLiteral("google_compute_instance.vm"));
        QCOMPARE(event->account, QStringLiteral("acme-prod"));
        QCOMPARE(event->caller.user, QStringLiteral("mallory@example.com"));
        QCOMPARE(event->changes.size(), 1);
        QCOMPARE(event->changes[0].newValue, QJsonValue(QStringLiteral("n2-standard-8")));
    }

    // Real Falco sends gcp.request as "" (the plugin reads an object as a string); the bundled GCP rule
    // sends the request as json.value[/protoPayload/request] instead.
    void gcpRequestFromJsonValueWhenGcpRequestIsEmpty()
    {
        DriftEngine engine = engineWith({});
        const std::optional<DriftEvent> event
            = engine.evaluate(setMachineType({{QStringLiteral("gcp.request"), QString()},
                                              {QStringLiteral("json.value[/protoPayload/request]"),
                                               QStringLiteral(R"({"machineType": "e2-micro"})")}}));
        QVERIFY(event);
        QCOMPARE(event->changes.size(), 1);
        QCOMPARE(event->changes[0].newValue, QJsonValue(QStringLiteral("e2-micro")));
    }

    // Falco raises one alert per matching rule; one CloudTrail record is one change.
    void secondRuleOnTheSameRecordIsNotASecondDrift()
    {
        DriftEngine engine = engineWith({});
        FalcoAlert first = disableTermination(QStringLiteral("i-0abc"));
        first.outputFields.insertString(QStringLiteral("ct.id"), QStringLiteral("0f4a-event"));
        FalcoAlert second = first;
        second.rule = QStringLiteral("EC2 Termination Protection Removed");
        QVERIFY(engine.evaluate(first));
        QVERIFY(!engine.evaluate(second));
        // The same record replayed later (a looping demo restamps times) is evaluated again.
        FalcoAlert replayed = first;
        replayed.timeNs += 3'600'000'000'000;
        QVERIFY(engine.evaluate(replayed));
        // Alerts without an event id are never merged.
        FalcoAlert anonymous = disableTermination(QStringLiteral("i-0abc"));
        QVERIFY(engine.evaluate(anonymous));
        QVERIFY(engine.evaluate(anonymous));
    }

    void regionsOutsideTheConfigAreIgnored()
    {
        DriftEngineSettings settings;
        settings.awsRegions = {QStringLiteral("eu-west-1")};
        DriftEngine engine(fixtureCatalog(), settings);
        QVERIFY(!engine.evaluate(disableTermination(QStringLiteral("i-0abc"))));
    }

    // Example 1 of the brief: rules per environment.
    void briefExampleEnvironmentRules()
    {
        DriftEngine engine = engineFromConfig(R"(drift_rules:
  - name: "Production - All Changes"
    resource_types: ["*"]
    watched_attributes: ["*"]
    severity: "critical"
    environment: "production"
    exclude_users: ["terraform-automation"]
  - name: "Staging - Security Changes"
    resource_types: ["aws_security_group*", "aws_iam_*", "aws_kms_*"]
    watched_attributes: ["*"]
    severity: "high"
    environment: "staging"
  - name: "Development - IAM Only"
    resource_types: ["aws_iam_*"]
    watched_attributes: ["policy", "assume_role_policy"]
    severity: "medium"
    environment: "development"
)");
        const std::optional<DriftEvent> prod = engine.evaluate(disableTermination(QStringLiteral("i-0abc")));
        QCOMPARE(prod->severity, Severity::Critical);
        QCOMPARE(prod->matchedRules, QStringList{QStringLiteral("Production - All Changes")});
        // A staging instance is no security group, IAM or KMS resource: no staging rule.
        const std::optional<DriftEvent> staging
            = engine.evaluate(disableTermination(QStringLiteral("i-0stg"), true));
        QVERIFY(staging->matchedRules.isEmpty());
        QCOMPARE(staging->severity, Severity::Low);
        const std::optional<DriftEvent> automation = engine.evaluate(
            disableTermination(QStringLiteral("i-0abc"), false,
                               {QStringLiteral("IAMUser"), QStringLiteral("terraform-automation"),
                                QStringLiteral("arn:aws:iam::111122223333:user/terraform-automation")}));
        QVERIFY(automation->excluded);
    }

    // Example 2: attribute-level control.
    void briefExampleAttributeRules()
    {
        DriftEngine engine = engineFromConfig(R"(drift_rules:
  - name: "EC2 Critical Attributes"
    resource_types: ["aws_instance"]
    watched_attributes: ["instance_type", "disable_api_termination", "security_groups", "iam_instance_profile"]
    severity: "high"
  - name: "RDS Security Settings"
    resource_types: ["aws_db_instance"]
    watched_attributes: ["storage_encrypted", "backup_retention_period", "deletion_protection", "publicly_accessible"]
    severity: "critical"
  - name: "S3 Public Access"
    resource_types: ["aws_s3_bucket", "aws_s3_bucket_public_access_block"]
    watched_attributes: ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]
    severity: "critical"
)");
        const std::optional<DriftEvent> ec2 = engine.evaluate(disableTermination(QStringLiteral("i-0abc")));
        QCOMPARE(ec2->severity, Severity::High);
        QCOMPARE(ec2->matchedRules, QStringList{QStringLiteral("EC2 Critical Attributes")});
        const std::optional<DriftEvent> rds = engine.evaluate(
            cloudTrail(QStringLiteral("rds.amazonaws.com"), QStringLiteral("ModifyDBInstance"),
                       QJsonObject{{QStringLiteral("dBInstanceIdentifier"), QStringLiteral("orders")},
                                   {QStringLiteral("deletionProtection"), false}}));
        QCOMPARE(rds->severity, Severity::Critical);
        // The metadata options are not a watched attribute of any rule.
        const std::optional<DriftEvent> imds = engine.evaluate(
            cloudTrail(QStringLiteral("ec2.amazonaws.com"), QStringLiteral("ModifyInstanceMetadataOptions"),
                       QJsonObject{{QStringLiteral("ModifyInstanceMetadataOptionsRequest"),
                                    QJsonObject{{QStringLiteral("InstanceId"), QStringLiteral("i-0abc")}}}}));
        QVERIFY(imds->matchedRules.isEmpty());
    }

    // Example 3: time-based rules, in Asia/Tokyo.
    void briefExampleScheduleRules()
    {
        DriftEngine engine = engineFromConfig(R"(drift_rules:
  - name: "After Hours Changes"
    resource_types: ["*"]
    watched_attributes: ["*"]
    severity: "critical"
    schedule:
      allowed_hours: "09:00-18:00"
      timezone: "Asia/Tokyo"
      weekdays_only: true
  - name: "Business Hours - Critical Only"
    resource_types: ["aws_iam_*", "aws_kms_*"]
    watched_attributes: ["*"]
    severity: "high"
    schedule:
      allowed_hours: "09:00-18:00"
      timezone: "Asia/Tokyo"
)");
        // 2026-03-04 is a Wednesday. 03:00 UTC is 12:00 in Tokyo: allowed, no rule fires.
        QVERIFY(
            engine.evaluate(disableTermination(QStringLiteral("i-0abc"), false, {}, "2026-03-04T03:00:00Z"))
                ->matchedRules.isEmpty());
        // 12:00 UTC is 21:00 in Tokyo: after hours.
        QCOMPARE(
            engine.evaluate(disableTermination(QStringLiteral("i-0abc"), false, {}, "2026-03-04T12:00:00Z"))
                ->severity,
            Severity::Critical);
        // Saturday noon in Tokyo: weekends always fire.
        QCOMPARE(
            engine.evaluate(disableTermination(QStringLiteral("i-0abc"), false, {}, "2026-03-07T03:00:00Z"))
                ->matchedRules,
            QStringList{QStringLiteral("After Hours Changes")});
    }
};

QTEST_GUILESS_MAIN(TestDriftEngine)
#include "test_drift_engine.moc"

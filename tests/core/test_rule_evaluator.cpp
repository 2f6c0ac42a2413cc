// The rule evaluator as a rule author relies on it: fields read from CloudTrail records and GCP audit
// entries the way Falco's plugins read them, Falco's comparison semantics, outputs, and --explain.
#include "core/falco/AlertJson.h"
#include "core/rules/FieldCatalog.h"
#include "core/rules/RulesLoader.h"
#include "core/rules/evaluation/CloudTrailEvent.h"
#include "core/rules/evaluation/EventFileReader.h"
#include "core/rules/evaluation/GcpAuditEvent.h"
#include "core/rules/evaluation/RuleEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tfdrift;
using namespace tfdrift::rules;

namespace {

// A CloudTrail record shaped like AWS's documented StartInstances example, with `changes` merged in.
QJsonObject cloudTrailRecord(const QJsonObject &changes = {}, const QStringList &removed = {})
{
    QJsonObject record{
        {QStringLiteral("eventVersion"), QStringLiteral("1.08")},
        {QStringLiteral("userIdentity"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("IAMUser")},
                     {QStringLiteral("principalId"), QStringLiteral("AIDAEXAMPLEPRINCIPAL")},
                     {QStringLiteral("arn"), QStringLiteral("arn:aws:iam::111122223333:user/Alice")},
                     {QStringLiteral("accountId"), QStringLiteral("111122223333")},
                     {QStringLiteral("userName"), QStringLiteral("Alice")}}},
        {QStringLiteral("eventTime"), QStringLiteral("2024-03-06T21:22:54Z")},
        {QStringLiteral("eventSource"), QStringLiteral("ec2.amazonaws.com")},
        {QStringLiteral("eventName"), QStringLiteral("StartInstances")},
        {QStringLiteral("awsRegion"), QStringLiteral("us-east-2")},
        {QStringLiteral("sourceIPAddress"), QStringLiteral("192.0.2.10")},
        {QStringLiteral("userAgent"), QStringLiteral("aws-cli/2.15.0")},
        {QStringLiteral("requestParameters"),
         QJsonObject{{QStringLiteral("instancesSet"),
                      QJsonObject{{QStringLiteral("items"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("instanceId"), QStringLiteral("i-0abc")}}}}}}}},
        {QStringLiteral("responseElements"), QJsonValue::Null},
        {QStringLiteral("requestID"), QStringLiteral("req-1")},
        {QStringLiteral("eventID"), QStringLiteral("evt-1")},
        {QStringLiteral("readOnly"), false},
        {QStringLiteral("eventType"), QStringLiteral("AwsApiCall")},
        {QStringLiteral("managementEvent"), true},
        {QStringLiteral("recipientAccountId"), QStringLiteral("111122223333")},
    };
    for (auto it = changes.begin(); it != changes.end(); ++it)
        record.insert(it.key(), it.value());
    for (const QString &key : removed)
        record.remove(key);
    return record;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The values of `field` for `event`, as output text; "<NA>" when missing.
QString fieldText(const RuleEvent &event, const QString &field, const QString &argument = {})
{
    const std::optional<ResolvedField> resolved = event.source() == QLatin1String("aws_cloudtrail")
        ? CloudTrailEvent::resolveField(field)
        : GcpAuditEvent::resolveField(field);
    if (!resolved)
        return QStringLiteral("<unknown field>");
    FieldValue value;
    event.extract(*resolved, argument, value);
    return OutputTemplate::valueText(value);
}

QString ctField(const QJsonObject &record, const QString &field, const QString &argument = {})
{
    const CloudTrailEvent event(record, QJsonDocument(record).toJson(QJsonDocument::Compact), 1);
    return fieldText(event, field, argument);
}

// Loads `rulesYaml` and returns the evaluator; fails the test on any validation error.
std::unique_ptr<RuleEvaluator> evaluatorFor(const QByteArray &rulesYaml)
{
    RulesLoader loader(FieldCatalog::builtIn());
    loader.loadText(rulesYaml, QStringLiteral("test_rules.yaml"));
    loader.validate();
    for (const RuleDiagnostic &diagnostic : loader.diagnostics()) {
        if (diagnostic.isError())
            qWarning("%s", qPrintable(diagnostic.toString()));
    }
    if (hasErrors(loader.diagnostics()))
        return nullptr;
    return std::make_unique<RuleEvaluator>(loader);
}

// A rules file with one aws_cloudtrail rule named "r" whose condition is `condition`.
QByteArray oneRule(const QString &condition, const QString &output = QStringLiteral("%ct.name"),
                   const QString &extra = {})
{
    return (extra
            + QStringLiteral("- rule: r\n  desc: d\n  condition: '%1'\n  output: '%2'\n"
                             "  priority: WARNING\n  source: aws_cloudtrail\n")
                  .arg(QString(condition).replace(QLatin1Char('\''), QStringLiteral("''")), output))
        .toUtf8();
}

bool matches(const QString &condition, const QJsonObject &record, const QString &extra = {})
{
    auto evaluator = evaluatorFor(oneRule(condition, QStringLiteral("%ct.name"), extra));
    if (!evaluator || evaluator->ruleCount() != 1) {
        qWarning("rule did not compile: %s", qPrintable(condition));
        return false;
    }
    const CloudTrailEvent event(record, {}, 1);
    return !evaluator->matchingRules(event).empty();
}

} // namespace

class TestRuleEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void userOfEachIdentityType_data();
    void userOfEachIdentityType();
    void cloudTrailFields();
    void jsonKeepsTheRecordsOwnSpelling();
    void pluginQuirksAreKept();
    void missingFieldsHaveNoValue();
    void jsonValuePointers();
    void listFieldsAndIndexes();
    void gcpAuditFields();
    void comparisonSemantics_data();
    void comparisonSemantics();
    void numericFieldsCompareAsNumbers();
    void macrosAndListsExpand();
    void unsupportedRulesAreSkippedWithAReason();
    void alertHasFalcoShape();
    void explainNamesTheDecidingCheck();
    void outputTokensFormatAsFalcoDoes();
    void eventFilesInEachFormat();
    void badEventLinesAreReportedAndSkipped();
};

void TestRuleEvaluator::initTestCase()
{
    // evt.time prints in the local time zone, as libsinsp does; pin it so expectations hold anywhere.
    qputenv("TZ", "UTC");
}

void TestRuleEvaluator::userOfEachIdentityType_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("originalUser");

    QTest::newRow("IAM user: userName") << R"({"type":"IAMUser","userName":"Alice"})"
                                        << "Alice"
                                        << "Alice";
    QTest::newRow("root: userName") << R"({"type":"Root","userName":"root-account"})"
                                    << "root-account"
                                    << "root-account";
    QTest::newRow("assumed role: the role, session from the ARN")
        << R"({"type":"AssumedRole","arn":"arn:aws:sts::111122223333:assumed-role/deployer/bob",
               "principalId":"AROAEXAMPLE:bob",
               "sessionContext":{"sessionIssuer":{"type":"Role","userName":"deployer"}}})"
        << "deployer"
        << "bob";
    QTest::newRow("assumed role without issuer")
        << R"({"type":"AssumedRole","principalId":"AROAEXAMPLE:carol"})"
        << "AssumedRole"
        << "carol";
    QTest::newRow("AWS service: invokedBy")
        << R"({"type":"AWSService","invokedBy":"autoscaling.amazonaws.com"})"
        << "autoscaling.amazonaws.com"
        << "<NA>";
    QTest::newRow("federated user") << R"({"type":"FederatedUser","principalId":"111122223333:dave"})"
                                    << "FederatedUser"
                                    << "<NA>";
    QTest::newRow("identity type the plugin does not know")
        << R"({"type":"IdentityCenterUser","userName":"erin"})"
        << "<NA>"
        << "erin";
}

void TestRuleEvaluator::userOfEachIdentityType()
{
    QFETCH(QString, identity);
    QFETCH(QString, user);
    QFETCH(QString, originalUser);
    const QJsonObject record = cloudTrailRecord(
        {{QStringLiteral("userIdentity"), QJsonDocument::fromJson(identity.toUtf8()).object()}});
    QCOMPARE(ctField(record, QStringLiteral("ct.user")), user);
    QCOMPARE(ctField(record, QStringLiteral("ct.originaluser")), originalUser);
}

void TestRuleEvaluator::cloudTrailFields()
{
    const QJsonObject record = cloudTrailRecord();
    QCOMPARE(ctField(record, QStringLiteral("ct.name")), QStringLiteral("StartInstances"));
    QCOMPARE(ctField(record, QStringLiteral("ct.src")), QStringLiteral("ec2.amazonaws.com"));
    QCOMPARE(ctField(record, QStringLiteral("ct.shortsrc")), QStringLiteral("ec2"));
    QCOMPARE(ctField(record, QStringLiteral("ct.region")), QStringLiteral("us-east-2"));
    QCOMPARE(ctField(record, QStringLiteral("ct.srcip")), QStringLiteral("192.0.2.10"));
    QCOMPARE(ctField(record, QStringLiteral("ct.user.arn")),
             QStringLiteral("arn:aws:iam::111122223333:user/Alice"));
    QCOMPARE(ctField(record, QStringLiteral("ct.user.identitytype")), QStringLiteral("IAMUser"));
    QCOMPARE(ctField(record, QStringLiteral("ct.readonly")), QStringLiteral("false"));
    QCOMPARE(ctField(record, QStringLiteral("ct.managementevent")), QStringLiteral("true"));
    QCOMPARE(ctField(record, QStringLiteral("ct.id")), QStringLiteral("evt-1"));
    QCOMPARE(ctField(record, QStringLiteral("ct.request")),
             QStringLiteral(R"({"instancesSet":{"items":[{"instanceId":"i-0abc"}]}})"));
    QCOMPARE(ctField(record, QStringLiteral("ct.response")), QStringLiteral("null"));
    // libsinsp writes the UTC offset as +0000, not Z.
    QCOMPARE(ctField(record, QStringLiteral("evt.time.iso8601")),
             QStringLiteral("2024-03-06T21:22:54.000000000+0000"));
    QCOMPARE(ctField(record, QStringLiteral("evt.time")), QStringLiteral("21:22:54.000000000"));
    QCOMPARE(ctField(record, QStringLiteral("evt.source")), QStringLiteral("aws_cloudtrail"));
    QCOMPARE(ctField(record, QStringLiteral("evt.pluginname")), QStringLiteral("cloudtrail"));
    // ct.info: who, from where, whether it failed (!), and → for a change.
    QCOMPARE(ctField(record, QStringLiteral("ct.info")),
             QStringLiteral("Alice via 192.0.2.10 \u2192 StartInstances"));
    QCOMPARE(ctField(record, QStringLiteral("evt.plugininfo")),
             QStringLiteral("us-east-2 Alice ec2 StartInstances Alice via 192.0.2.10 \u2192 StartInstances"));

    // The account falls back to the recipient when the identity has none (AWS services).
    const QJsonObject service = cloudTrailRecord(
        {{QStringLiteral("userIdentity"), parse(R"({"type":"AWSService","invokedBy":"s3.amazonaws.com"})")}});
    QCOMPARE(ctField(service, QStringLiteral("ct.user.accountid")), QStringLiteral("111122223333"));

    const QJsonObject s3 = cloudTrailRecord(
        {{QStringLiteral("eventSource"), QStringLiteral("s3.amazonaws.com")},
         {QStringLiteral("eventName"), QStringLiteral("GetObject")},
         {QStringLiteral("requestParameters"), parse(R"({"bucketName":"logs","key":"2024/a.gz"})")},
         {QStringLiteral("additionalEventData"),
          parse(R"({"bytesTransferredIn":0,"bytesTransferredOut":2048})")}});
    QCOMPARE(ctField(s3, QStringLiteral("s3.bucket")), QStringLiteral("logs"));
    QCOMPARE(ctField(s3, QStringLiteral("s3.uri")), QStringLiteral("s3://logs/2024/a.gz"));
    QCOMPARE(ctField(s3, QStringLiteral("s3.bytes")), QStringLiteral("2048"));
    QCOMPARE(ctField(s3, QStringLiteral("s3.cnt.get")), QStringLiteral("1"));
    QCOMPARE(ctField(s3, QStringLiteral("s3.cnt.put")), QStringLiteral("<NA>"));
    QCOMPARE(ctField(s3, QStringLiteral("ct.info")),
             QStringLiteral("Alice via 192.0.2.10 \u2192 GetObject Size=2048 URI=s3://logs/2024/a.gz"));

    const QJsonObject iam = cloudTrailRecord(
        {{QStringLiteral("eventSource"), QStringLiteral("iam.amazonaws.com")},
         {QStringLiteral("eventName"), QStringLiteral("AttachRolePolicy")},
         {QStringLiteral("requestParameters"),
          parse(R"({"roleName":"ci","policyArn":"arn:aws:iam::aws:policy/AdministratorAccess"})")},
         {QStringLiteral("errorCode"), QStringLiteral("AccessDenied")}});
    QCOMPARE(ctField(iam, QStringLiteral("iam.role")), QStringLiteral("ci"));
    QCOMPARE(ctField(iam, QStringLiteral("ct.error")), QStringLiteral("AccessDenied"));
    QCOMPARE(ctField(iam, QStringLiteral("ct.info")),
             QStringLiteral("Alice via 192.0.2.10 !\u2192 AttachRolePolicy"));
}

void TestRuleEvaluator::jsonKeepsTheRecordsOwnSpelling()
{
    // Falco's plugins read the record's text: members stay in the order written, numbers as written.
    const QByteArray text = R"({"eventTime": "2024-03-06T21:22:54Z", "eventSource": "ec2.amazonaws.com",
        "eventName": "ModifyInstanceAttribute", "userIdentity": {"type": "IAMUser", "userName": "Alice"},
        "requestParameters": {"instanceId": "i-0abc",
                              "instanceType": {"value": "m5.large"}, "ebsOptimized": {"value": true},
                              "cpuCredits": 1.0, "name": "a\/b"}})";
    const QJsonObject record = QJsonDocument::fromJson(text).object();
    QVERIFY(!record.isEmpty());
    const CloudTrailEvent event(record, text, 1);
    QCOMPARE(
        fieldText(event, QStringLiteral("ct.request")),
        QStringLiteral(
            R"({"instanceId":"i-0abc","instanceType":{"value":"m5.large"},"ebsOptimized":{"value":true},"cpuCredits":1.0,"name":"a\/b"})"));
    QCOMPARE(fieldText(event, QStringLiteral("json.value"), QStringLiteral("/requestParameters/cpuCredits")),
             QStringLiteral("1.0"));
    QCOMPARE(fieldText(event, QStringLiteral("json.value"), QStringLiteral("/requestParameters/name")),
             QStringLiteral("a/b"));
}

void TestRuleEvaluator::pluginQuirksAreKept()
{
    // What real Falco does, so that a dry run predicts it: a non-string value reads as "", only a JSON
    // true reads as "true", and ct.request.documentname is never extracted.
    const QJsonObject record
        = cloudTrailRecord({{QStringLiteral("sessionCredentialFromConsole"), QStringLiteral("true")},
                            {QStringLiteral("serviceEventDetails"), parse(R"({"snapshotId":"snap-1"})")},
                            {QStringLiteral("requestParameters"),
                             parse(R"({"documentName":"AWS-RunShellScript","userName":7})")}});
    QCOMPARE(ctField(record, QStringLiteral("ct.sessioncredentialfromconsole")), QStringLiteral("false"));
    QCOMPARE(ctField(record, QStringLiteral("ct.serviceeventdetails")), QString());
    QCOMPARE(ctField(record, QStringLiteral("ct.request.username")), QString());
    QCOMPARE(ctField(record, QStringLiteral("ct.request.documentname")), QStringLiteral("<NA>"));
}

void TestRuleEvaluator::missingFieldsHaveNoValue()
{
    const QJsonObject record = cloudTrailRecord({}, {QStringLiteral("readOnly")});
    for (const char *field : {"ct.error", "ct.errormessage", "ct.readonly", "s3.bucket", "s3.uri", "ec2.name",
                              "iam.policy", "ct.request.username", "ct.additionaleventdata", "s3.bytes"})
        QVERIFY2(ctField(record, QLatin1String(field)) == QLatin1String("<NA>"), field);
    // An empty string is a value, not a missing one.
    const QJsonObject empty = cloudTrailRecord({{QStringLiteral("errorCode"), QString()}});
    QCOMPARE(ctField(empty, QStringLiteral("ct.error")), QString());
    QVERIFY(matches(QStringLiteral("ct.error exists"), empty));
    QVERIFY(!matches(QStringLiteral("ct.error exists"), record));
    // Falco: every comparison with a missing value is false, `!=` included; `not` inverts that.
    QVERIFY(!matches(QStringLiteral("ct.error != \"AccessDenied\""), record));
    QVERIFY(matches(QStringLiteral("not ct.error = \"AccessDenied\""), record));
    QVERIFY(matches(QStringLiteral("not ct.error exists"), record));
}

void TestRuleEvaluator::jsonValuePointers()
{
    const QJsonObject record = cloudTrailRecord(
        {{QStringLiteral("eventName"), QStringLiteral("AuthorizeSecurityGroupIngress")},
         {QStringLiteral("requestParameters"),
          parse(R"({"groupId":"sg-1","ipPermissions":{"items":[{"ipProtocol":"tcp","fromPort":22,"toPort":22,
                    "ipRanges":{"items":[{"cidrIp":"0.0.0.0/0"}]}}]},"a/b":{"~x":true},"publicAccessBlock":""})")}});
    const QString fromPort = QStringLiteral("/requestParameters/ipPermissions/items/0/fromPort");
    QCOMPARE(ctField(record, QStringLiteral("json.value"), fromPort), QStringLiteral("22"));
    QCOMPARE(ctField(record, QStringLiteral("json.value"),
                     QStringLiteral("/requestParameters/ipPermissions/items/0/ipRanges/items/0/cidrIp")),
             QStringLiteral("0.0.0.0/0"));
    // RFC 6901 escapes: ~1 is '/', ~0 is '~'; booleans print as JSON.
    QCOMPARE(ctField(record, QStringLiteral("json.value"), QStringLiteral("/requestParameters/a~1b/~0x")),
             QStringLiteral("true"));
    QCOMPARE(ctField(record, QStringLiteral("json.value"),
                     QStringLiteral("/requestParameters/ipPermissions/items/1")),
             QStringLiteral("<NA>"));
    QCOMPARE(
        ctField(record, QStringLiteral("json.value"), QStringLiteral("/requestParameters/publicAccessBlock")),
        QString());
    // Comparisons see the printed text: a number equals its digits, a boolean "false".
    QVERIFY(matches(QStringLiteral("json.value[%1]=22").arg(fromPort), record));
    QVERIFY(matches(QStringLiteral("json.value[%1] in (22, 3389)").arg(fromPort), record));
    QVERIFY(matches(QStringLiteral("json.value[/requestParameters/publicAccessBlock]=\"\""), record));
}

void TestRuleEvaluator::listFieldsAndIndexes()
{
    const QJsonObject record = cloudTrailRecord(
        {{QStringLiteral("eventName"), QStringLiteral("RunInstances")},
         {QStringLiteral("requestParameters"),
          parse(
              R"({"tagSpecificationSet":{"items":[{"resourceType":"volume","tags":[{"key":"Name","value":"vol"}]},
                    {"resourceType":"instance","tags":[{"key":"team","value":"a"},{"key":"Name","value":"web-1"}]}]}})")},
         {QStringLiteral("responseElements"),
          parse(R"({"instancesSet":{"items":[{"imageId":"ami-1"},{"imageId":"ami-2"}]}})")}});
    QCOMPARE(ctField(record, QStringLiteral("ec2.name")), QStringLiteral("web-1"));
    QCOMPARE(ctField(record, QStringLiteral("ec2.imageids")), QStringLiteral("(ami-1,ami-2)"));
    QCOMPARE(ctField(record, QStringLiteral("ec2.imageids"), QStringLiteral("1")), QStringLiteral("ami-2"));
    QCOMPARE(ctField(record, QStringLiteral("ec2.imageid")), QStringLiteral("ami-1"));
    // `in` wants every value in the set; `intersects` one of them.
    QVERIFY(!matches(QStringLiteral("ec2.imageids in (ami-1)"), record));
    QVERIFY(matches(QStringLiteral("ec2.imageids in (ami-1, ami-2, ami-3)"), record));
    QVERIFY(matches(QStringLiteral("ec2.imageids intersects (ami-2, ami-9)"), record));
    QVERIFY(!matches(QStringLiteral("ec2.imageids intersects (ami-9)"), record));
}

void TestRuleEvaluator::gcpAuditFields()
{
    const QJsonObject entry = parse(R"({
        "protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog",
            "authenticationInfo": {"principalEmail": "alice@example.com"},
            "requestMetadata": {"callerIp": "203.0.113.7", "callerSuppliedUserAgent": "gcloud/450.0.0"},
            "serviceName": "compute.googleapis.com", "methodName": "v1.compute.firewalls.insert",
            "resourceName": "projects/demo-prod/global/firewalls/allow-ssh",
            "request": {"sourceRanges": ["0.0.0.0/0"]}},
        "resource": {"type": "gce_firewall_rule",
            "labels": {"project_id": "demo-prod", "zone": "us-central1-a", "firewall_rule_id": "123"}},
        "timestamp": "2024-05-01T10:00:00.5Z"})");
    const GcpAuditEvent event(entry, QJsonDocument(entry).toJson(QJsonDocument::Compact), 7);
    QCOMPARE(fieldText(event, QStringLiteral("gcp.user")), QStringLiteral("alice@example.com"));
    QCOMPARE(fieldText(event, QStringLiteral("gcp.callerIP")), QStringLiteral("203.0.113.7"));
    QCOMPARE(fieldText(event, QStringLiteral("gcp.methodName")),
             QStringLiteral("v1.compute.firewalls.insert"));
    QCOMPARE(fieldText(event, QStringLiteral("gcp.projectId")), QStringLiteral("demo-prod"));
    // A zone's region: the zone without its last two characters.
    QCOMPARE(fieldText(event, QStringLiteral("gcp.location")), QStringLiteral("us-central1"));
    // The plugin reads gcp.request as a string, which an object is not; json.value gives the JSON.
    QCOMPARE(fieldText(event, QStringLiteral("gcp.request")), QString());
    QCOMPARE(fieldText(event, QStringLiteral("json.value"), QStringLiteral("/protoPayload/request")),
             QStringLiteral(R"({"sourceRanges":["0.0.0.0/0"]})"));
    QCOMPARE(fieldText(event, QStringLiteral("gcp.storage.bucket")), QStringLiteral("<NA>"));
    QCOMPARE(fieldText(event, QStringLiteral("gcp.logging.sink")), QStringLiteral("<NA>"));
    QCOMPARE(fieldText(event, QStringLiteral("evt.num")), QStringLiteral("7"));
    QCOMPARE(fieldText(event, QStringLiteral("evt.time.iso8601")),
             QStringLiteral("2024-05-01T10:00:00.500000000+0000"));
}

void TestRuleEvaluator::comparisonSemantics_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<bool>("expected");
    // The record: Alice (IAMUser) calls ec2 StartInstances from 192.0.2.10 with aws-cli/2.15.0.
    QTest::newRow("= exact") << "ct.name = StartInstances" << true;
    QTest::newRow("= is case-sensitive") << "ct.name = startinstances" << false;
    QTest::newRow("==") << "ct.user == Alice" << true;
    QTest::newRow("!=") << "ct.user != Bob" << true;
    QTest::newRow("contains") << "ct.useragent contains \"cli/2\"" << true;
    QTest::newRow("icontains") << "ct.useragent icontains \"AWS-CLI\"" << true;
    QTest::newRow("contains is case-sensitive") << "ct.useragent contains \"AWS-CLI\"" << false;
    QTest::newRow("startswith") << "ct.src startswith ec2." << true;
    QTest::newRow("endswith") << "ct.src endswith .amazonaws.com" << true;
    QTest::newRow("glob") << "ct.name glob \"Start*\"" << true;
    QTest::newRow("glob anchors the whole value") << "ct.name glob \"Instances\"" << false;
    QTest::newRow("glob character class") << "ct.srcip glob \"192.0.2.[0-9]*\"" << true;
    QTest::newRow("iglob") << "ct.name iglob \"start*\"" << true;
    QTest::newRow("regex matches the whole value") << "ct.name regex \"Start[A-Z][a-z]+\"" << true;
    QTest::newRow("regex partial is no match") << "ct.name regex \"Start\"" << false;
    QTest::newRow("in") << "ct.name in (StopInstances, StartInstances)" << true;
    QTest::newRow("in misses") << "ct.name in (StopInstances, \"startinstances\")" << false;
    QTest::newRow("intersects one value") << "ct.region intersects (us-east-2)" << true;
    QTest::newRow("pmatch path prefix") << "json.value[/userAgent] pmatch (aws-cli)" << true;
    QTest::newRow("pmatch needs a whole segment") << "json.value[/userAgent] pmatch (aws-c)" << false;
    QTest::newRow("bcontains hex bytes") << "ct.user bcontains 416c" << true;
    QTest::newRow("bstartswith") << "ct.user bstartswith 6c69" << false;
    QTest::newRow("transformer") << "tolower(ct.user) = alice" << true;
    QTest::newRow("len of a string") << "len(ct.user) = 5" << true;
    QTest::newRow("val compares two fields") << "ct.recipientaccountid = val(ct.user.accountid)" << true;
    QTest::newRow("and") << "ct.user = Alice and ct.region = us-west-1" << false;
    QTest::newRow("or") << "ct.user = Bob or ct.region = us-east-2" << true;
    QTest::newRow("not(") << "not(ct.user = Bob)" << true;
    QTest::newRow("precedence: and before or")
        << "ct.user = Bob and ct.user = Carol or ct.name = StartInstances" << true;
}

void TestRuleEvaluator::comparisonSemantics()
{
    QFETCH(QString, condition);
    QFETCH(bool, expected);
    QCOMPARE(matches(condition, cloudTrailRecord()), expected);
}

void TestRuleEvaluator::numericFieldsCompareAsNumbers()
{
    const QJsonObject record
        = cloudTrailRecord({{QStringLiteral("eventSource"), QStringLiteral("s3.amazonaws.com")},
                            {QStringLiteral("eventName"), QStringLiteral("PutObject")},
                            {QStringLiteral("additionalEventData"), parse(R"({"bytesTransferredIn":900})")}});
    // As text "900" > "1000"; as numbers it is not.
    QVERIFY(!matches(QStringLiteral("s3.bytes > 1000"), record));
    QVERIFY(matches(QStringLiteral("s3.bytes >= 900 and s3.bytes < 0x400"), record));
    QVERIFY(matches(QStringLiteral("s3.bytes in (100, 900)"), record));
    QVERIFY(matches(QStringLiteral("s3.cnt.put = 1"), record));
}

void TestRuleEvaluator::macrosAndListsExpand()
{
    const QString definitions = QStringLiteral(
        "- list: start_calls\n  items: [StartInstances, RunInstances]\n"
        "- list: instance_calls\n  items: [start_calls, StopInstances]\n"
        "- macro: instance_change\n  condition: ct.name in (instance_calls) and not ct.error exists\n"
        "- macro: from_console\n  condition: ct.useragent = console.amazonaws.com\n");
    QVERIFY(matches(QStringLiteral("instance_change"), cloudTrailRecord(), definitions));
    QVERIFY(!matches(QStringLiteral("instance_change and from_console"), cloudTrailRecord(), definitions));
    QVERIFY(!matches(QStringLiteral("instance_change"),
                     cloudTrailRecord({{QStringLiteral("errorCode"), QStringLiteral("Client.Unauthorized")}}),
                     definitions));
    // A bare word that names no list is a value.
    QVERIFY(
        matches(QStringLiteral("ct.name in (StartInstances, not_a_list)"), cloudTrailRecord(), definitions));
}

void TestRuleEvaluator::unsupportedRulesAreSkippedWithAReason()
{
    auto evaluator
        = evaluatorFor("- rule: shell\n  desc: d\n  condition: proc.name = bash\n  output: '%proc.name'\n  "
                       "priority: NOTICE\n"
                       "- rule: cloud\n  desc: d\n  condition: ct.name = DeleteBucket\n  output: '%ct.name'\n"
                       "  priority: NOTICE\n  source: aws_cloudtrail\n");
    QVERIFY(evaluator);
    QCOMPARE(evaluator->ruleCount(), 1);
    QCOMPARE(evaluator->skippedRules().size(), std::size_t(1));
    QCOMPARE(evaluator->skippedRules().front().name, QStringLiteral("shell"));
    QVERIFY(evaluator->skippedRules().front().reason.contains(QLatin1String("syscall")));
}

void TestRuleEvaluator::alertHasFalcoShape()
{
    auto evaluator
        = evaluatorFor(oneRule(QStringLiteral("ct.name = StartInstances"),
                               QStringLiteral("Started by %ct.user (error=%ct.error) in %ct.region")));
    QVERIFY(evaluator);
    evaluator->setHostname(QStringLiteral("falco-1"));
    const CloudTrailEvent event(cloudTrailRecord(), {}, 1);
    const std::vector<int> matched = evaluator->matchingRules(event);
    QCOMPARE(matched.size(), std::size_t(1));
    const QJsonObject alert = alertToJson(evaluator->alertFor(event, matched.front()));
    QCOMPARE(alert.value(QLatin1String("rule")).toString(), QStringLiteral("r"));
    QCOMPARE(alert.value(QLatin1String("priority")).toString(), QStringLiteral("Warning"));
    QCOMPARE(alert.value(QLatin1String("source")).toString(), QStringLiteral("aws_cloudtrail"));
    QCOMPARE(alert.value(QLatin1String("hostname")).toString(), QStringLiteral("falco-1"));
    QCOMPARE(alert.value(QLatin1String("time")).toString(), QStringLiteral("2024-03-06T21:22:54.000000000Z"));
    QCOMPARE(alert.value(QLatin1String("output")).toString(),
             QStringLiteral(
                 "2024-03-06T21:22:54.000000000+0000: Warning Started by Alice (error=<NA>) in us-east-2"));
    const QJsonObject fields = alert.value(QLatin1String("output_fields")).toObject();
    QCOMPARE(fields.value(QLatin1String("ct.user")).toString(), QStringLiteral("Alice"));
    QCOMPARE(fields.value(QLatin1String("ct.region")).toString(), QStringLiteral("us-east-2"));
    QVERIFY(fields.value(QLatin1String("ct.error")).isNull());
    QCOMPARE(fields.size(), 3);
}

void TestRuleEvaluator::outputTokensFormatAsFalcoDoes()
{
    // A transformer, a padded field, a field ending a sentence, and a leading '*' (sysdig's flag).
    auto evaluator = evaluatorFor(oneRule(QStringLiteral("ct.name = StartInstances"),
                                          QStringLiteral("*By %tolower(ct.user). [%12ct.region] %ct.name.")));
    QVERIFY(evaluator);
    const CloudTrailEvent event(cloudTrailRecord(), {}, 1);
    const FalcoAlert alert = evaluator->alertFor(event, 0);
    QVERIFY2(alert.output.endsWith(QLatin1String("Warning By alice. [us-east-2   ] StartInstances.")),
             qPrintable(alert.output));
    QCOMPARE(alert.outputFields.text(QLatin1String("tolower(ct.user)")), QStringLiteral("alice"));
}

void TestRuleEvaluator::explainNamesTheDecidingCheck()
{
    auto evaluator
        = evaluatorFor(oneRule(QStringLiteral("ct.src = ec2.amazonaws.com and ct.name = StopInstances "
                                              "and not ct.error exists")));
    QVERIFY(evaluator);
    const CloudTrailEvent event(cloudTrailRecord(), {}, 1);
    const auto steps = evaluator->explain(event, QStringLiteral("r"));
    QCOMPARE(steps.size(), std::size_t(2));
    QCOMPARE(steps[0].result, false);
    QCOMPARE(steps[1].text, QStringLiteral("ct.name = StopInstances"));
    QCOMPARE(steps[1].observed, QStringLiteral("StartInstances"));
    QCOMPARE(steps[1].depth, 1);
}

void TestRuleEvaluator::eventFilesInEachFormat()
{
    const QByteArray record = QJsonDocument(cloudTrailRecord()).toJson(QJsonDocument::Compact);
    EventFileReader trail;
    QVERIFY(trail.readText("{\"Records\": [\n" + record + ",\n" + record + "\n]}\n",
                           QStringLiteral("trail.json")));
    QCOMPARE(trail.events().size(), std::size_t(2));
    QCOMPARE(trail.events()[1]->number(), quint64(2));
    QVERIFY(trail.errors().isEmpty());
    // A record of a log file keeps its own text: members in the order the file has them.
    EventFileReader ordered;
    QVERIFY(ordered.readText(R"({"Records": [{"eventType": "AwsApiCall", "eventTime": "2024-03-06T21:22:54Z",
        "eventName": "RunInstances", "requestParameters": {"zeta": 1, "alpha": 2.50}}]})",
                             QStringLiteral("ordered.json")));
    QCOMPARE(ordered.events().size(), std::size_t(1));
    QCOMPARE(fieldText(*ordered.events()[0], QStringLiteral("ct.request")),
             QStringLiteral(R"({"zeta":1,"alpha":2.50})"));

    EventFileReader lines;
    QVERIFY(lines.readText(
        record + "\n\n"
            + R"({"protoPayload":{"methodName":"storage.buckets.delete"},"resource":{"type":"gcs_bucket"}})"
            + "\n",
        QStringLiteral("mixed.jsonl")));
    QCOMPARE(lines.events().size(), std::size_t(2));
    QCOMPARE(lines.events()[0]->source(), QStringLiteral("aws_cloudtrail"));
    QCOMPARE(lines.events()[1]->source(), QStringLiteral("gcp_auditlog"));
}

void TestRuleEvaluator::badEventLinesAreReportedAndSkipped()
{
    const QByteArray record = QJsonDocument(cloudTrailRecord()).toJson(QJsonDocument::Compact);
    EventFileReader reader;
    QVERIFY(
        reader.readText(record + "\n{\"eventName\": \"X\",, }\n" + "{\"kind\": \"other\"}\n" + record + "\n",
                        QStringLiteral("bad.jsonl")));
    QCOMPARE(reader.events().size(), std::size_t(2));
    QCOMPARE(reader.errors().size(), 2);
    QVERIFY2(reader.errors()[0].startsWith(QLatin1String("bad.jsonl:2:")), qPrintable(reader.errors()[0]));
    QVERIFY2(reader.errors()[1].startsWith(QLatin1String("bad.jsonl:3:1: error:")),
             qPrintable(reader.errors()[1]));
}

QTEST_GUILESS_MAIN(TestRuleEvaluator)
#include "test_rule_evaluator.moc"

#include "RuleEvaluationBench.h"

#include "core/rules/evaluation/CloudTrailEvent.h"
#include "core/rules/evaluation/RuleDryRun.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <vector>

namespace tfdrift::bench {

namespace {

struct Call {
    const char *source;
    const char *name;
    bool readOnly;
};

// A spread of management events: what a busy account logs, with the security-relevant calls rare.
constexpr Call kCalls[] = {
    {"ec2.amazonaws.com", "DescribeInstances", true},
    {"ec2.amazonaws.com", "DescribeSecurityGroups", true},
    {"s3.amazonaws.com", "GetBucketAcl", true},
    {"s3.amazonaws.com", "ListBuckets", true},
    {"iam.amazonaws.com", "GetRole", true},
    {"sts.amazonaws.com", "AssumeRole", true},
    {"kms.amazonaws.com", "Decrypt", true},
    {"lambda.amazonaws.com", "GetFunction20150331v2", true},
    {"logs.amazonaws.com", "CreateLogStream", false},
    {"ec2.amazonaws.com", "RunInstances", false},
    {"ec2.amazonaws.com", "ModifyInstanceAttribute", false},
    {"ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", false},
    {"ec2.amazonaws.com", "CreateSubnet", false},
    {"ec2.amazonaws.com", "DeleteVpc", false},
    {"s3.amazonaws.com", "PutBucketPolicy", false},
    {"s3.amazonaws.com", "PutBucketPublicAccessBlock", false},
    {"s3.amazonaws.com", "DeleteBucket", false},
    {"iam.amazonaws.com", "CreateUser", false},
    {"iam.amazonaws.com", "AttachRolePolicy", false},
    {"iam.amazonaws.com", "DeactivateMFADevice", false},
    {"iam.amazonaws.com", "CreateAccessKey", false},
    {"signin.amazonaws.com", "ConsoleLogin", false},
    {"cloudtrail.amazonaws.com", "StopLogging", false},
    {"cloudtrail.amazonaws.com", "UpdateTrail", false},
    {"lambda.amazonaws.com", "UpdateFunctionCode20150331v2", false},
    {"lambda.amazonaws.com", "CreateFunction20150331", false},
    {"ecs.amazonaws.com", "RunTask", false},
    {"ecs.amazonaws.com", "CreateService", false},
    {"cloudwatch.amazonaws.com", "DeleteAlarms", false},
    {"ssm.amazonaws.com", "SendCommand", false},
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

QList<QByteArray> makeSyntheticCloudTrailRecords(int count)
{
    QList<QByteArray> records;
    records.reserve(count);
    constexpr int kCallCount = int(std::size(kCalls));
    for (int index = 0; index < count; ++index) {
        // A stride coprime with the table size mixes calls and callers without repeating in step.
        const Call &call = kCalls[(index * 7) % kCallCount];
        const int caller = index % 5;
        QJsonObject identity;
        if (caller == 4) {
            identity = {{QStringLiteral("type"), QStringLiteral("Root")},
                        {QStringLiteral("principalId"), QStringLiteral("111122223333")},
                        {QStringLiteral("arn"), QStringLiteral("arn:aws:iam::111122223333:root")},
                        {QStringLiteral("accountId"), QStringLiteral("111122223333")}};
        } else if (caller == 3) {
            identity = {{QStringLiteral("type"), QStringLiteral("IAMUser")},
                        {QStringLiteral("principalId"), QStringLiteral("AIDAEXAMPLE")},
                        {QStringLiteral("arn"), QStringLiteral("arn:aws:iam::111122223333:user/alice")},
                        {QStringLiteral("accountId"), QStringLiteral("111122223333")},
                        {QStringLiteral("userName"), QStringLiteral("alice")}};
        } else {
            identity = {
                {QStringLiteral("type"), QStringLiteral("AssumedRole")},
                {QStringLiteral("principalId"), QStringLiteral("AROAEXAMPLE:session-%1").arg(index % 97)},
                {QStringLiteral("arn"),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/deployer/session-%1")
                     .arg(index % 97)},
                {QStringLiteral("accountId"), QStringLiteral("111122223333")},
                {QStringLiteral("sessionContext"),
                 QJsonObject{{QStringLiteral("sessionIssuer"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("Role")},
                                          {QStringLiteral("userName"), QStringLiteral("deployer")}}},
                             {QStringLiteral("attributes"),
                              QJsonObject{{QStringLiteral("mfaAuthenticated"), QStringLiteral("false")}}}}}};
        }
        QJsonObject record{
            {QStringLiteral("eventVersion"), QStringLiteral("1.08")},
            {QStringLiteral("userIdentity"), identity},
            {QStringLiteral("eventTime"),
             QStringLiteral("2024-03-06T%1:%2:%3Z")
                 .arg(index / 3600 % 24, 2, 10, QLatin1Char('0'))
                 .arg(index / 60 % 60, 2, 10, QLatin1Char('0'))
                 .arg(index % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("eventSource"), QLatin1String(call.source)},
            {QStringLiteral("eventName"), QLatin1String(call.name)},
            {QStringLiteral("awsRegion"), QStringLiteral("us-east-1")},
            {QStringLiteral("sourceIPAddress"), QStringLiteral("192.0.2.%1").arg(index % 250)},
            {QStringLiteral("userAgent"), QStringLiteral("aws-cli/2.15.0 Python/3.11.6")},
            {QStringLiteral("requestParameters"),
             QJsonObject{{QStringLiteral("bucketName"), QStringLiteral("bucket-%1").arg(index % 50)},
                         {QStringLiteral("userName"), QStringLiteral("user-%1").arg(index % 30)},
                         {QStringLiteral("functionName"), QStringLiteral("fn-%1").arg(index % 20)}}},
            {QStringLiteral("responseElements"),
             index % 3 == 0
                 ? QJsonValue(QJsonObject{{QStringLiteral("ConsoleLogin"), QStringLiteral("Success")}})
                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("additionalEventData"),
             QJsonObject{
                 {QStringLiteral("MFAUsed"), index % 2 ? QStringLiteral("No") : QStringLiteral("Yes")}}},
            {QStringLiteral("requestID"), QStringLiteral("req-%1").arg(index)},
            {QStringLiteral("eventID"), QStringLiteral("evt-%1").arg(index)},
            {QStringLiteral("readOnly"), call.readOnly},
            {QStringLiteral("eventType"), QStringLiteral("AwsApiCall")},
            {QStringLiteral("managementEvent"), true},
            {QStringLiteral("recipientAccountId"), QStringLiteral("111122223333")},
            {QStringLiteral("eventCategory"), QStringLiteral("Management")},
        };
        if (index % 23 == 0)
            record.insert(QStringLiteral("errorCode"), QStringLiteral("AccessDenied"));
        records.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }
    return records;
}

RuleEvaluationResult benchRuleEvaluation(const QStringList &rulesFiles, int recordCount, int runs,
                                         QString *error)
{
    RuleEvaluationResult result;
    rules::RuleDryRun dryRun;
    if (!dryRun.loadRules(rulesFiles, rules::RuleEvaluator::RuleSelection::All)) {
        for (const rules::RuleDiagnostic &diagnostic : dryRun.ruleDiagnostics()) {
            if (diagnostic.isError()) {
                *error = diagnostic.toString();
                break;
            }
        }
        return result;
    }
    rules::RuleEvaluator &evaluator = dryRun.evaluator();
    result.rules = evaluator.ruleCount(QStringLiteral("aws_cloudtrail"));
    result.records = recordCount;
    result.runs = runs;
    const QList<QByteArray> texts = makeSyntheticCloudTrailRecords(recordCount);

    std::vector<double> parseRates;
    std::vector<double> evaluateRates;
    std::vector<double> alertRates;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<rules::CloudTrailEvent>> events;
        events.reserve(std::size_t(texts.size()));
        quint64 number = 0;
        for (const QByteArray &text : texts)
            events.push_back(std::make_unique<rules::CloudTrailEvent>(QJsonDocument::fromJson(text).object(),
                                                                      text, ++number));
        const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;

        timer.restart();
        quint64 matches = 0;
        for (const auto &event : events)
            matches += evaluator.matchingRules(*event).size();
        const double evaluateSeconds = double(timer.nsecsElapsed()) / 1e9;

        timer.restart();
        quint64 alerts = 0;
        for (const auto &event : events) {
            for (int rule : evaluator.matchingRules(*event))
                alerts += evaluator.alertFor(*event, rule).rule.isEmpty() ? 0 : 1;
        }
        const double alertSeconds = double(timer.nsecsElapsed()) / 1e9;
        result.matches = matches;
        if (run == 0)
            continue; // warm-up: first touches of the heap and the caches
        parseRates.push_back(recordCount / parseSeconds);
        evaluateRates.push_back(recordCount / evaluateSeconds);
        alertRates.push_back(recordCount / alertSeconds);
    }
    result.parsePerSec = median(parseRates);
    result.evaluatePerSec = median(evaluateRates);
    result.alertsPerSec = median(alertRates);
    return result;
}

} // namespace tfdrift::bench

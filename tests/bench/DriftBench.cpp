#include "DriftBench.h"

#include "core/drift/DriftEngine.h"
#include "core/mapping/MappingCatalog.h"
#include "core/state/StateIndex.h"

#include "SyntheticState.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace tfdrift::bench {

namespace {
const QString kAccount = QStringLiteral("111122223333");

FalcoAlert cloudTrailAlert(const QString &source, const QString &name, const QJsonObject &request,
                           const QString &user, qint64 timeNs)
{
    FalcoAlert alert;
    alert.timeNs = timeNs;
    alert.source = QStringLiteral("aws_cloudtrail");
    alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    alert.priority = FalcoPriority::Warning;
    alert.outputFields = OutputFields{
        {QStringLiteral("ct.name"), name},
        {QStringLiteral("ct.src"), source},
        {QStringLiteral("ct.region"), QStringLiteral("us-east-1")},
        {QStringLiteral("ct.readonly"), QStringLiteral("false")},
        {QStringLiteral("ct.user"), user},
        {QStringLiteral("ct.user.identitytype"), QStringLiteral("IAMUser")},
        {QStringLiteral("ct.user.arn"), QStringLiteral("arn:aws:iam::%1:user/%2").arg(kAccount, user)},
        {QStringLiteral("ct.user.accountid"), kAccount},
        {QStringLiteral("ct.srcip"), QStringLiteral("192.0.2.10")},
        {QStringLiteral("ct.request"),
         QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))},
    };
    return alert;
}

// One realistic call per resource, by type; nullopt for types the bench does not exercise.
std::optional<FalcoAlert> callOn(const TerraformResource &resource, int sequence)
{
    static const QStringList users = {QStringLiteral("alice"), QStringLiteral("bob"),
                                      QStringLiteral("terraform-ci"), QStringLiteral("carol")};
    const QString user = users[sequence % users.size()];
    // Spread over a week, so that schedules see weekdays, weekends, days and nights.
    const qint64 timeNs = (1'772'800'000LL + qint64(sequence) * 37) * 1'000'000'000LL;
    const QString id = resource.attributes.value(QLatin1String("id")).toString();
    if (resource.type == QLatin1String("aws_instance"))
        return cloudTrailAlert(QStringLiteral("ec2.amazonaws.com"), QStringLiteral("ModifyInstanceAttribute"),
                               {{QStringLiteral("instanceId"), id},
                                {QStringLiteral("disableApiTermination"),
                                 QJsonObject{{QStringLiteral("value"), sequence % 2 == 0}}}},
                               user, timeNs);
    if (resource.type == QLatin1String("aws_security_group"))
        return cloudTrailAlert(QStringLiteral("ec2.amazonaws.com"),
                               QStringLiteral("RevokeSecurityGroupIngress"),
                               {{QStringLiteral("groupId"), id}}, user, timeNs);
    if (resource.type == QLatin1String("aws_s3_bucket"))
        return cloudTrailAlert(
            QStringLiteral("s3.amazonaws.com"), QStringLiteral("PutBucketVersioning"),
            {{QStringLiteral("bucketName"), resource.attributes.value(QLatin1String("bucket")).toString()},
             {QStringLiteral("VersioningConfiguration"),
              QJsonObject{{QStringLiteral("Status"), QStringLiteral("Suspended")}}}},
            user, timeNs);
    if (resource.type == QLatin1String("aws_iam_role"))
        return cloudTrailAlert(
            QStringLiteral("iam.amazonaws.com"), QStringLiteral("AttachRolePolicy"),
            {{QStringLiteral("roleName"), resource.attributes.value(QLatin1String("name")).toString()},
             {QStringLiteral("policyArn"), QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")}},
            user, timeNs);
    if (resource.type == QLatin1String("aws_db_instance"))
        return cloudTrailAlert(QStringLiteral("rds.amazonaws.com"), QStringLiteral("ModifyDBInstance"),
                               {{QStringLiteral("dBInstanceIdentifier"),
                                 resource.attributes.value(QLatin1String("identifier")).toString()},
                                {QStringLiteral("deletionProtection"), false},
                                {QStringLiteral("backupRetentionPeriod"), 0}},
                               user, timeNs);
    return std::nullopt;
}

QList<DriftRule> syntheticRules(int count)
{
    static const QStringList typeGlobs
        = {QStringLiteral("aws_iam_*"), QStringLiteral("aws_security_group*"), QStringLiteral("aws_instance"),
           QStringLiteral("aws_s3_*"),  QStringLiteral("aws_db_instance"),     QStringLiteral("aws_kms_*"),
           QStringLiteral("*"),         QStringLiteral("aws_lambda_*")};
    static const QList<QStringList> watched
        = {{QStringLiteral("*")},
           {QStringLiteral("instance_type"), QStringLiteral("disable_api_termination")},
           {QStringLiteral("deletion_protection"), QStringLiteral("backup_retention_period")},
           {QStringLiteral("ingress"), QStringLiteral("egress")},
           {QStringLiteral("versioning")}};
    static const QStringList environments
        = {QString(), QStringLiteral("production"), QStringLiteral("staging")};
    QList<DriftRule> rules;
    for (int i = 0; i < count; ++i) {
        DriftRule rule;
        rule.name = QStringLiteral("rule %1").arg(i);
        rule.resourceTypes = {typeGlobs[i % typeGlobs.size()], typeGlobs[(i * 3 + 1) % typeGlobs.size()]};
        rule.watchedAttributes = watched[i % watched.size()];
        rule.severity = Severity(i % 4);
        rule.environment = environments[i % environments.size()];
        if (i % 3 == 0)
            rule.excludeUsers = {QStringLiteral("terraform-*"), QStringLiteral("atlantis")};
        if (i % 5 == 0) {
            DriftSchedule schedule;
            schedule.hasAllowedHours = true;
            schedule.allowedFromMinutes = 9 * 60;
            schedule.allowedToMinutes = 18 * 60;
            schedule.timeZone = QTimeZone("Asia/Tokyo");
            schedule.weekdaysOnly = i % 10 == 0;
            rule.schedule = schedule;
        }
        rules.append(rule);
    }
    return rules;
}
} // namespace

DriftBenchResult benchDrift(int alertCount, int resourceCount, int ruleCount, int stateMegabytes)
{
    DriftBenchResult result;
    QString error;
    const std::optional<TerraformState> state
        = parseTerraformState(makeSyntheticState(resourceCount), QStringLiteral("bench.tfstate"),
                              QStringLiteral("bench"), QStringLiteral("production"), &error);
    if (!state)
        qFatal("synthetic state: %s", qPrintable(error));
    auto index = std::make_shared<StateIndex>();
    index->addState(*state);
    result.resources = index->resourceCount();

    DriftEngineSettings settings;
    settings.rules = syntheticRules(ruleCount);
    result.rules = ruleCount;
    DriftEngine engine(std::make_shared<MappingCatalog>(MappingCatalog::builtIn()), settings);
    engine.setStateIndex(index);

    // Alerts reach the engine in batches, just decoded and still in the CPU's caches; so here:
    // each batch is built untimed, then evaluated against the timer. The calls go to managed
    // resources, plus one in ten to resources no state knows.
    constexpr int kBatchSize = 512;
    const QList<TerraformResource> &resources = state->resources;
    std::vector<FalcoAlert> batch;
    batch.reserve(kBatchSize);
    qint64 evaluatingNs = 0;
    int sequence = 0;
    int next = 0;
    const auto nextAlert = [&]() -> FalcoAlert {
        for (;;) {
            const TerraformResource &resource = resources[next++ % resources.size()];
            ++sequence;
            if (sequence % 10 == 0) {
                TerraformResource stranger = resource;
                stranger.type = QStringLiteral("aws_instance");
                stranger.attributes.insert(QStringLiteral("id"),
                                           QStringLiteral("i-0unmanaged%1").arg(sequence));
                return *callOn(stranger, sequence);
            }
            if (std::optional<FalcoAlert> alert = callOn(resource, sequence))
                return std::move(*alert);
        }
    };
    for (int i = 0; i < kBatchSize * 4; ++i) // warm-up: caches, allocator
        engine.evaluate(nextAlert());
    QElapsedTimer timer;
    for (int done = 0; done < alertCount; done += kBatchSize) {
        batch.clear();
        for (int i = 0; i < std::min(kBatchSize, alertCount - done); ++i)
            batch.push_back(nextAlert());
        timer.start();
        for (const FalcoAlert &alert : batch) {
            if (engine.evaluate(alert))
                ++result.driftEvents;
        }
        evaluatingNs += timer.nsecsElapsed();
    }
    result.alertsPerSec = alertCount / (double(evaluatingNs) / 1e9);
    result.alerts = quint64(alertCount);

    const QByteArray large = makeSyntheticStateOfSize(qint64(stateMegabytes) << 20);
    result.stateMegabytes = double(large.size()) / (1 << 20);
    result.stateLoadSeconds = measureStateLoadSeconds(large);
    return result;
}

} // namespace tfdrift::bench

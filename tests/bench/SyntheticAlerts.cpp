#include "SyntheticAlerts.h"

#include "core/falco/Rfc3339.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

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
        {QStringLiteral("ct.id"),
         QStringLiteral("%1-5e1b-4c1f-9f4e-%2")
             .arg(quint32(timeNs / 1000), 8, 16, QLatin1Char('0'))
             .arg(quint64(timeNs % 1'000'000'000'000), 12, 16, QLatin1Char('0'))},
        {QStringLiteral("ct.useragent"),
         QStringLiteral("aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0 exe/x86_64.debian.12")},
    };
    // Falco's output line: the rule's output format with every field filled in, as the real rules
    // write it; the drift engine never reads it, but the table's rows carry it as Falco sent it.
    QStringList values{formatRfc3339Nanos(timeNs),
                       QStringLiteral("Warning Terraform managed resource modified:")};
    for (const OutputField &field : alert.outputFields)
        values.append(field.text());
    alert.output = values.join(QLatin1Char(' '));
    return alert;
}

} // namespace

// One realistic call per resource, by type; nullopt for types the bench does not exercise.
std::optional<FalcoAlert> syntheticCall(const TerraformResource &resource, int sequence)
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

QList<DriftRule> syntheticDriftRules(int count)
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

} // namespace tfdrift::bench

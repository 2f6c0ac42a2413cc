#include "support/AlertFixtures.h"

#include "core/falco/AlertJson.h"

#include <QJsonArray>

namespace tfdrift::test {

FalcoAlert cloudTrailAlert(qint64 sequence)
{
    FalcoAlert alert;
    // 2026-03-06T21:22:54.123456789Z plus one millisecond per sequence number.
    alert.timeNs = 1772832174123456789LL + sequence * 1'000'000LL;
    alert.priority = FalcoPriority::Warning;
    alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    alert.output = QStringLiteral("2026-03-06T21:22:54.123456789+0000: Warning ModifyInstanceAttribute on "
                                  "i-0abc123def4567890 by alice");
    alert.source = QStringLiteral("aws_cloudtrail");
    alert.hostname = QStringLiteral("falco-prod-1");
    alert.tags = {QStringLiteral("aws"), QStringLiteral("terraform")};
    alert.outputFields = OutputFields{
        {QStringLiteral("ct.name"), QStringLiteral("ModifyInstanceAttribute")},
        {QStringLiteral("ct.src"), QStringLiteral("ec2.amazonaws.com")},
        {QStringLiteral("ct.user"), QStringLiteral("alice")},
        {QStringLiteral("ct.user.accountid"), QStringLiteral("111122223333")},
        {QStringLiteral("ct.region"), QStringLiteral("us-east-1")},
        {QStringLiteral("ct.request"),
         QStringLiteral(
             "{\"instanceId\":\"i-0abc123def4567890\",\"disableApiTermination\":{\"value\":false}}")},
        {QStringLiteral("evt.num"), sequence},
        {QStringLiteral("evt.time"), alert.timeNs},
    };
    return alert;
}

QByteArray cloudTrailAlertJson(qint64 sequence)
{
    QByteArray line = alertToJsonLine(cloudTrailAlert(sequence));
    line.chop(1);
    return line;
}

} // namespace tfdrift::test

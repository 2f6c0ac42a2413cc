#include "core/drift/CallerIdentityResolver.h"

namespace tfdrift {

namespace {
// "arn:aws:sts::1:assumed-role/Role/session" -> "session"; "...:federated-user/bob" -> "bob".
QString lastArnSegment(const QString &arn)
{
    const qsizetype slash = arn.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : arn.mid(slash + 1);
}
} // namespace

CallerIdentity resolveAwsCaller(const OutputFields &fields)
{
    CallerIdentity caller;
    caller.identityType = fields.text(QLatin1String("ct.user.identitytype"));
    caller.arn = fields.text(QLatin1String("ct.user.arn"));
    caller.sourceIp = fields.text(QLatin1String("ct.srcip"));
    caller.userAgent = fields.text(QLatin1String("ct.useragent"));
    const QString pluginUser = fields.text(QLatin1String("ct.user"));
    if (caller.identityType == QLatin1String("AssumedRole")
        || caller.identityType == QLatin1String("FederatedUser")) {
        caller.user = lastArnSegment(caller.arn);
    } else if (caller.identityType == QLatin1String("Root")) {
        caller.user = QStringLiteral("root");
    }
    if (caller.user.isEmpty())
        caller.user = pluginUser; // IAM user name, or the invoking service for AWSService
    if (caller.user.isEmpty() && !caller.arn.isEmpty())
        caller.user = lastArnSegment(caller.arn);
    return caller;
}

CallerIdentity resolveGcpCaller(const OutputFields &fields)
{
    CallerIdentity caller;
    caller.user = fields.text(QLatin1String("gcp.user"));
    caller.identityType = caller.user.endsWith(QLatin1String(".gserviceaccount.com"))
        ? QStringLiteral("ServiceAccount")
        : QStringLiteral("User");
    caller.sourceIp = fields.text(QLatin1String("gcp.callerIP"));
    caller.userAgent = fields.text(QLatin1String("gcp.userAgent"));
    return caller;
}

QVarLengthArray<QStringView, 4> callerNames(const CallerIdentity &caller, const OutputFields &fields)
{
    QVarLengthArray<QStringView, 4> names;
    const auto add = [&names](QStringView name) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    };
    add(caller.user);
    add(fields.string(QLatin1String("ct.user")));
    // The role of an assumed-role ARN, in case the alert's output does not carry ct.user:
    // "arn:aws:sts::1:assumed-role/ROLE/session".
    const QStringView arn(caller.arn);
    const qsizetype roleStart = arn.indexOf(QLatin1String(":assumed-role/"));
    if (roleStart >= 0) {
        const QStringView rest = arn.mid(roleStart + 14);
        const qsizetype end = rest.indexOf(QLatin1Char('/'));
        add(end < 0 ? rest : rest.left(end));
    }
    add(arn);
    return names;
}

} // namespace tfdrift

#include "core/config/NotificationsConfig.h"

namespace tfdrift {

QString channelKindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Slack: return QStringLiteral("slack");
    case ChannelKind::Discord: return QStringLiteral("discord");
    case ChannelKind::Teams: return QStringLiteral("teams");
    case ChannelKind::PagerDuty: return QStringLiteral("pagerduty");
    case ChannelKind::Webhook: return QStringLiteral("webhook");
    case ChannelKind::Custom: return QStringLiteral("custom");
    case ChannelKind::FalcoOutput: return QStringLiteral("falco_output");
    }
    return {};
}

} // namespace tfdrift

#include "core/config/EndpointConfig.h"

namespace tfdrift {

QString transportName(EndpointConfig::Transport transport)
{
    switch (transport) {
    case EndpointConfig::Transport::Grpc: return QStringLiteral("grpc");
    case EndpointConfig::Transport::Http: return QStringLiteral("http");
    case EndpointConfig::Transport::Replay: return QStringLiteral("replay");
    }
    return {};
}

} // namespace tfdrift

namespace tfdrift {

bool splitHostPort(const QString &address, QString *host, quint16 *port)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString hostPart = address.left(colon);
    if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']')))
        hostPart = hostPart.mid(1, hostPart.size() - 2);
    else if (hostPart.contains(QLatin1Char(':')))
        return false; // an IPv6 literal needs brackets
    bool ok = false;
    const uint portValue = address.mid(colon + 1).toUInt(&ok);
    if (!ok || portValue > 65535 || hostPart.isEmpty())
        return false;
    if (host)
        *host = hostPart;
    if (port)
        *port = quint16(portValue);
    return true;
}

} // namespace tfdrift

#include "core/ingest/http/HttpListenAddress.h"

#include <QCoreApplication>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::HttpListenAddress)
};

std::optional<HttpListenAddress> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}
} // namespace

QString HttpListenAddress::toString() const
{
    return format(host, port);
}

QString HttpListenAddress::format(const QHostAddress &host, quint16 port)
{
    if (host.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + host.toString() + QLatin1String("]:") + QString::number(port);
    return host.toString() + QLatin1Char(':') + QString::number(port);
}

std::optional<HttpListenAddress> parseListenAddress(QStringView text, QString *error)
{
    const QStringView input = text.trimmed();
    QStringView hostText;
    QStringView portText;
    if (input.startsWith(QLatin1Char('['))) {
        const qsizetype close = input.indexOf(QLatin1Char(']'));
        if (close < 0 || input.sliced(close + 1).size() < 2 || input.at(close + 1) != QLatin1Char(':'))
            return fail(error,
                        Text::tr("invalid listen address \"%1\": expected [IPv6 address]:port").arg(input));
        hostText = input.sliced(1, close - 1);
        portText = input.sliced(close + 2);
    } else {
        const qsizetype colon = input.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return fail(error, Text::tr("invalid listen address \"%1\": expected host:port").arg(input));
        hostText = input.first(colon);
        portText = input.sliced(colon + 1);
        if (hostText.contains(QLatin1Char(':')))
            return fail(error,
                        Text::tr("invalid listen address \"%1\": put an IPv6 address in brackets, "
                                 "e.g. [::1]:2801")
                            .arg(input));
    }

    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535 || portText.startsWith(QLatin1Char('+')))
        return fail(error,
                    Text::tr("invalid port \"%1\" in listen address; expected 0 to 65535").arg(portText));

    HttpListenAddress address;
    address.port = quint16(port);
    if (hostText.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        address.host = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.host.setAddress(hostText.toString())) {
        return fail(
            error,
            Text::tr("invalid listen address \"%1\": \"%2\" is not an IP address").arg(input, hostText));
    }
    return address;
}

} // namespace tfdrift

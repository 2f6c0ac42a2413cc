#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringView>

#include <optional>

namespace tfdrift {

// Where the HTTP receiver listens: "127.0.0.1:2801", "[::1]:2801", "0.0.0.0:2801", "localhost:2801".
// Port 0 picks any free port.
struct HttpListenAddress {
    QHostAddress host;
    quint16 port = 0;

    // "127.0.0.1:2801" or "[::1]:2801".
    QString toString() const;
    static QString format(const QHostAddress &host, quint16 port);
};

// Where falcosidekick listens by default, and so do we: loopback only until the user says otherwise.
inline QString defaultListenAddress()
{
    return QStringLiteral("127.0.0.1:2801");
}

// Host names other than "localhost" are refused: a listener binds to an address, and a name that
// resolves differently tomorrow would silently move it.
std::optional<HttpListenAddress> parseListenAddress(QStringView text, QString *error);

} // namespace tfdrift

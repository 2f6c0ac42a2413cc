#pragma once

#include <QMetaType>
#include <QString>

namespace tfdrift {

// What a source's status line shows. Every transition is a signal on AlertSource.
struct ConnectionState {
    // Listening is the "connected" state of a receiver that Falco posts to.
    enum class Kind { Idle, Connecting, Connected, Listening, Retrying, Failed };

    Kind kind = Kind::Idle;
    int retryInMs = 0; // Retrying: when the next attempt starts
    QString detail;    // Connected: the peer; Listening: the listen address; Retrying/Failed: the reason

    bool isUp() const { return kind == Kind::Connected || kind == Kind::Listening; }

    static ConnectionState idle() { return {}; }
    static ConnectionState connecting(QString target) { return {Kind::Connecting, 0, std::move(target)}; }
    static ConnectionState connected(QString peer) { return {Kind::Connected, 0, std::move(peer)}; }
    static ConnectionState listening(QString address) { return {Kind::Listening, 0, std::move(address)}; }
    static ConnectionState retrying(int inMs, QString reason)
    {
        return {Kind::Retrying, inMs, std::move(reason)};
    }
    static ConnectionState failed(QString reason) { return {Kind::Failed, 0, std::move(reason)}; }

    bool operator==(const ConnectionState &other) const = default;
};

QString connectionStateName(ConnectionState::Kind kind);
// One line for a status bar or stderr, e.g. "Retrying in 4 s: connection refused".
QString describeConnectionState(const ConnectionState &state);

} // namespace tfdrift

Q_DECLARE_METATYPE(tfdrift::ConnectionState)

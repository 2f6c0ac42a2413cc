#include "core/ingest/ConnectionState.h"

#include <QCoreApplication>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::ConnectionState)
};
const int kConnectionStateMetaType = qRegisterMetaType<ConnectionState>("tfdrift::ConnectionState");
} // namespace

QString connectionStateName(ConnectionState::Kind kind)
{
    switch (kind) {
    case ConnectionState::Kind::Idle: return Text::tr("Idle");
    case ConnectionState::Kind::Connecting: return Text::tr("Connecting");
    case ConnectionState::Kind::Connected: return Text::tr("Connected");
    case ConnectionState::Kind::Listening: return Text::tr("Listening");
    case ConnectionState::Kind::Retrying: return Text::tr("Retrying");
    case ConnectionState::Kind::Failed: return Text::tr("Failed");
    }
    return {};
}

QString describeConnectionState(const ConnectionState &state)
{
    switch (state.kind) {
    case ConnectionState::Kind::Idle: return Text::tr("Idle");
    case ConnectionState::Kind::Connecting: return Text::tr("Connecting to %1").arg(state.detail);
    case ConnectionState::Kind::Connected: return Text::tr("Connected to %1").arg(state.detail);
    case ConnectionState::Kind::Listening: return Text::tr("Listening on %1").arg(state.detail);
    case ConnectionState::Kind::Retrying: {
        const int seconds = (state.retryInMs + 999) / 1000;
        return Text::tr("Retrying in %n s: %1", nullptr, seconds).arg(state.detail);
    }
    case ConnectionState::Kind::Failed: return Text::tr("Failed: %1").arg(state.detail);
    }
    return {};
}

} // namespace tfdrift

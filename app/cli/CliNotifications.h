#pragma once

#include "core/config/NotificationsConfig.h"
#include "core/notify/NotificationManager.h"
#include "core/notify/Outbox.h"
#include "core/notify/SecretStore.h"

#include <memory>

namespace tfdrift::cli {

// Notification delivery in a `tfdrift` run: the outbox the config names (or the shared default),
// secrets from the environment or the OS keychain, and a stderr line for every failed attempt.
class CliNotifications
{
public:
    // False, with the error printed, when the outbox cannot be opened.
    bool open(const NotificationsConfig &config);
    notify::NotificationManager *manager() const { return m_manager.get(); }
    notify::Outbox *outbox() const { return m_outbox.get(); }
    static bool hasEnabledChannel(const NotificationsConfig &config);

    // Runs the event loop until nothing is due or in flight, or timeoutMs passes.
    bool waitUntilIdle(int timeoutMs);
    // Sends every pending notification now, backoffs notwithstanding, and runs the event loop until
    // none is pending (each delivered or dead-lettered) or timeoutMs passes.
    bool deliverAllPending(int timeoutMs);

    static QString outboxPath(const NotificationsConfig &config);

private:
    notify::KeychainSecretStore m_keychain;
    std::unique_ptr<notify::Outbox> m_outbox;
    std::unique_ptr<notify::NotificationManager> m_manager;
};

} // namespace tfdrift::cli

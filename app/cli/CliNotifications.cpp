#include "app/cli/CliNotifications.h"

#include "app/cli/CliCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::CliNotifications)
};
} // namespace

QString CliNotifications::outboxPath(const NotificationsConfig &config)
{
    return config.outboxPath.isEmpty() ? notify::Outbox::defaultPath() : config.outboxPath;
}

bool CliNotifications::open(const NotificationsConfig &config)
{
    QString error;
    m_outbox = notify::Outbox::open(outboxPath(config), &error);
    if (!m_outbox) {
        printError(error);
        return false;
    }
    m_manager = std::make_unique<notify::NotificationManager>(config, m_outbox.get(), &m_keychain);
    QObject::connect(
        m_manager.get(), &notify::NotificationManager::attemptFinished,
        [](const notify::DeliveryReport &report) {
            if (report.state == notify::OutboxState::Delivered)
                return;
            if (report.state == notify::OutboxState::Dead)
                printError(Text::tr("%1: notification %2 dead-lettered after %n attempt(s): %3", nullptr,
                                    report.attempts)
                               .arg(report.channel)
                               .arg(report.outboxId)
                               .arg(report.result.error));
            else
                printError(
                    Text::tr("%1: notification %2 failed (%3), next attempt at %4")
                        .arg(report.channel)
                        .arg(report.outboxId)
                        .arg(report.result.error,
                             QDateTime::fromMSecsSinceEpoch(report.nextAttemptMs).toString(Qt::ISODate)));
        });
    QObject::connect(m_manager.get(), &notify::NotificationManager::channelError,
                     [](const QString &, const QString &message) { printError(message); });
    QObject::connect(m_manager.get(), &notify::NotificationManager::queueError,
                     [](const QString &message) { printError(message); });
    m_manager->start();
    return true;
}

bool CliNotifications::hasEnabledChannel(const NotificationsConfig &config)
{
    return std::any_of(config.channels.cbegin(), config.channels.cend(),
                       [](const ChannelConfig &channel) { return channel.enabled; });
}

namespace {
// Idle is announced by the channel that finished last; a channel still reading its secrets
// announces nothing, so the condition is also looked at now and then.
bool runUntil(notify::NotificationManager *manager, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(manager, &notify::NotificationManager::idle, &loop, check);
    QObject::connect(manager, &notify::NotificationManager::attemptFinished, &loop, check);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(100);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}
} // namespace

bool CliNotifications::waitUntilIdle(int timeoutMs)
{
    return runUntil(
        m_manager.get(), [this] { return m_manager->isIdle(); }, timeoutMs);
}

bool CliNotifications::deliverAllPending(int timeoutMs)
{
    m_outbox->makePendingDue(QDateTime::currentMSecsSinceEpoch());
    m_manager->wake();
    return runUntil(
        m_manager.get(), [this] { return m_manager->isIdle() && m_outbox->stats().pending == 0; }, timeoutMs);
}

} // namespace tfdrift::cli

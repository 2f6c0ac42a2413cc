#pragma once

#include "core/config/NotificationsConfig.h"
#include "core/notify/DeliveryAttempt.h"

#include <QList>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace tfdrift::notify {

class SecretStore;

struct TestAlertResult {
    QString channel;
    QString target; // masked
    AttemptResult result;
};

// Sends the test drift event once to each enabled channel, or to one, straight away: no outbox and
// no retry, because the point is to see what the service says now. `tfdrift notify test` and the
// console's notification panel both use it.
class TestAlertRunner : public QObject
{
    Q_OBJECT

public:
    TestAlertRunner(NotificationsConfig config, SecretStore *secrets, QObject *parent = nullptr);

    // False, with *error set, when onlyChannel names no channel in the config or one that is off,
    // or when no channel is enabled.
    bool start(const QString &onlyChannel, QString *error);

Q_SIGNALS:
    void channelFinished(const tfdrift::notify::TestAlertResult &result);
    void finished(const QList<tfdrift::notify::TestAlertResult> &results);

private:
    void runChannel(const ChannelConfig &channel);
    void record(const TestAlertResult &result);

    NotificationsConfig m_config;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QList<TestAlertResult> m_results;
    int m_outstanding = 0;
};

} // namespace tfdrift::notify

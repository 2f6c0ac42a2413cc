#pragma once

#include "core/config/EndpointConfig.h"
#include "core/ingest/AlertSource.h"
#include "core/ingest/replay/ReplayReader.h"

#include <atomic>
#include <thread>

namespace tfdrift {

// Plays a capture file into the console as if a Falco were sending it, as fast as it reads.
class ReplayAlertSource : public AlertSource
{
    Q_OBJECT

public:
    explicit ReplayAlertSource(EndpointConfig endpoint, QObject *parent = nullptr);
    ~ReplayAlertSource() override;

    void start() override;
    void stop() override;

Q_SIGNALS:
    void lineRejected(const tfdrift::ReplayError &error);
    // Emitted after the last batch of the file.
    void finished(quint64 alerts, int rejectedLines);

private:
    void run();

    EndpointConfig m_endpoint;
    std::thread m_worker;
    std::atomic<bool> m_stopping{false};
};

} // namespace tfdrift

Q_DECLARE_METATYPE(tfdrift::ReplayError)

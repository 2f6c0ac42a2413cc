#include "core/ingest/replay/ReplayAlertSource.h"

#include <QCoreApplication>
#include <QFile>

namespace tfdrift {

namespace {
constexpr int kBatchSize = 2048;
} // namespace

ReplayAlertSource::ReplayAlertSource(EndpointConfig endpoint, QObject *parent)
    : AlertSource(endpoint.name, parent)
    , m_endpoint(std::move(endpoint))
{
}

ReplayAlertSource::~ReplayAlertSource()
{
    stop();
}

void ReplayAlertSource::start()
{
    if (m_worker.joinable())
        return;
    m_stopping = false;
    m_worker = std::thread([this] { run(); });
}

void ReplayAlertSource::stop()
{
    if (!m_worker.joinable())
        return;
    m_stopping = true;
    m_worker.join();
}

void ReplayAlertSource::run()
{
    QFile file(m_endpoint.replayFile);
    postState(ConnectionState::connecting(m_endpoint.replayFile));
    if (!file.open(QIODevice::ReadOnly)) {
        postState(ConnectionState::failed(
            QCoreApplication::translate("tfdrift::ReplayAlertSource", "cannot read %1: %2")
                .arg(m_endpoint.replayFile, file.errorString())));
        return;
    }
    postState(ConnectionState::connected(m_endpoint.replayFile));
    ReplayReader reader(&file, m_endpoint.replayFile);
    quint64 total = 0;
    int rejected = 0;
    bool more = true;
    while (more && !m_stopping) {
        AlertBatch batch;
        more = reader.readBatch(&batch, kBatchSize);
        total += quint64(batch.size());
        postAlerts(std::move(batch));
        for (const ReplayError &error : reader.takeErrors()) {
            ++rejected;
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT lineRejected(error); }, Qt::QueuedConnection);
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, total, rejected] {
            flushAlerts();
            Q_EMIT finished(total, rejected);
        },
        Qt::QueuedConnection);
    postState(ConnectionState::idle());
}

} // namespace tfdrift

#include "core/ingest/http/HttpAlertReceiver.h"

#include "core/ingest/http/HttpAlertServer.h"
#include "core/ingest/http/HttpListenAddress.h"

#include <QThread>

namespace tfdrift {

HttpAlertReceiver::HttpAlertReceiver(const EndpointConfig &endpoint, QObject *parent)
    : AlertSource(endpoint.name, parent)
    , m_endpoint(endpoint)
{
}

HttpAlertReceiver::~HttpAlertReceiver()
{
    shutDown();
}

void HttpAlertReceiver::start()
{
    if (m_thread) {
        if (state().kind != ConnectionState::Kind::Failed)
            return;
        shutDown();
    }
    m_port = 0;
    postState(ConnectionState::connecting(m_endpoint.listenAddress.isEmpty() ? defaultListenAddress()
                                                                             : m_endpoint.listenAddress));

    HttpAlertServer::Callbacks callbacks;
    // Both post into this object's thread; the worker is joined before this object goes away.
    callbacks.stateChanged = [this](ConnectionState state) { postState(std::move(state)); };
    callbacks.alertsReceived = [this](AlertBatch &&alerts) { postAlerts(std::move(alerts)); };
    callbacks.listening = [this](quint16 port) { m_port = port; };

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("http-ingest"));
    auto *server = new HttpAlertServer(m_endpoint, m_limits, std::move(callbacks));
    server->moveToThread(m_thread);
    // QThread runs deferred deletes after finished, so the server dies in its own thread.
    connect(m_thread, &QThread::finished, server, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(server, &HttpAlertServer::listen, Qt::QueuedConnection);
}

void HttpAlertReceiver::stop()
{
    if (!m_thread)
        return;
    shutDown();
    postState(ConnectionState::idle());
}

// Joins the worker; its server closes every socket as it is destroyed in its own thread.
void HttpAlertReceiver::shutDown()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

} // namespace tfdrift

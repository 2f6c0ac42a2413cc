#pragma once

#include "core/falco/FalcoAlert.h"
#include "core/ingest/AlertBatcher.h"
#include "core/ingest/ConnectionState.h"

#include <QObject>
#include <QString>

namespace tfdrift {

// A named place alerts come from: a Falco gRPC endpoint, an HTTP listener, or a capture file.
// Signals are emitted on the thread the source lives in (the GUI thread in the console),
// whatever thread did the network work.
class AlertSource : public QObject
{
    Q_OBJECT

public:
    explicit AlertSource(QString name, QObject *parent = nullptr);
    ~AlertSource() override;

    QString name() const { return m_name; }
    ConnectionState state() const { return m_state; }
    QString falcoVersion() const { return m_falcoVersion; }
    quint64 alertCount() const { return m_alertCount; }

    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void stateChanged(const tfdrift::ConnectionState &state);
    void alertsArrived(const tfdrift::AlertBatch &batch);
    void falcoVersionChanged(const QString &version);

protected:
    // Safe from any thread: queued to this object's thread, in order with alert batches.
    void postState(ConnectionState state);
    void postFalcoVersion(QString version);
    void postAlerts(AlertBatch &&alerts);
    void flushAlerts();

private:
    void applyState(const ConnectionState &state);
    void deliver(AlertBatch &&batch);

    QString m_name;
    ConnectionState m_state;
    QString m_falcoVersion;
    quint64 m_alertCount = 0;
    AlertBatcher m_batcher;
};

} // namespace tfdrift

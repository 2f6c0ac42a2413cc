#pragma once

#include "core/notify/ChannelTransport.h"

namespace tfdrift::notify {

// falco_output: appends each alert line to a file, or writes it to stdout, as TFDrift-Falco does.
// A write that fails (disk full, permissions) is retried like a failed HTTP request.
class FileChannelTransport : public ChannelTransport
{
    Q_OBJECT

public:
    explicit FileChannelTransport(QString path, QObject *parent = nullptr);

    void send(const QByteArray &body, const QString &deliveryId, Done done) override;
    QString target() const override;

private:
    QString m_path; // empty: stdout
};

} // namespace tfdrift::notify

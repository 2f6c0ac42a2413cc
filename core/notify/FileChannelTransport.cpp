#include "core/notify/FileChannelTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>

#include <cstdio>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::FileChannelTransport)
};

QString writeLine(const QString &path, const QByteArray &line)
{
    if (path.isEmpty()) {
        const bool written
            = std::fwrite(line.constData(), 1, size_t(line.size()), stdout) == size_t(line.size())
            && std::fflush(stdout) == 0;
        return written ? QString() : Text::tr("cannot write to standard output");
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Text::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    // One write call per line keeps lines whole when another writer appends to the same file.
    if (file.write(line) != line.size() || !file.flush())
        return Text::tr("cannot write to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}
} // namespace

FileChannelTransport::FileChannelTransport(QString path, QObject *parent)
    : ChannelTransport(parent)
    , m_path(std::move(path))
{
}

void FileChannelTransport::send(const QByteArray &body, const QString &, Done done)
{
    QElapsedTimer clock;
    clock.start();
    AttemptResult result;
    result.error = writeLine(m_path, body);
    result.outcome = result.error.isEmpty() ? AttemptOutcome::Delivered : AttemptOutcome::Retry;
    result.latencyMs = clock.elapsed();
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

QString FileChannelTransport::target() const
{
    return m_path.isEmpty() ? QStringLiteral("stdout") : QDir::toNativeSeparators(m_path);
}

} // namespace tfdrift::notify

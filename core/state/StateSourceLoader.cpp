#include "core/state/StateSourceLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::StateStore)
};

// Far above any real state (the 50 MB benchmark state holds 10,000 resources); stops a wrong
// path such as a disk image from eating the memory.
constexpr qint64 kMaxStateBytes = qint64(1) << 30;
// Enough of stderr to hold Terraform's error block; the rest is noise in a status line.
constexpr qsizetype kMaxStderrChars = 4000;
// A file being written is read again this many times, this far apart, before it counts as read.
constexpr int kMaxSettleAttempts = 10;
constexpr unsigned long kSettleWaitMs = 50;

size_t hashContent(const QByteArray &bytes)
{
    return qHash(QByteArrayView(bytes), size_t(bytes.size()));
}

StateLoadResult failure(const QString &error)
{
    StateLoadResult result;
    result.error = error;
    return result;
}

StateLoadResult parse(const QByteArray &bytes, const QString &displayName, const StateSourceConfig &source,
                      size_t previousContentHash)
{
    StateLoadResult result;
    result.contentHash = hashContent(bytes);
    if (previousContentHash != 0 && result.contentHash == previousContentHash) {
        result.ok = true;
        result.unchanged = true;
        return result;
    }
    const QString name = source.name.isEmpty() ? defaultStateName(source) : source.name;
    result.state = parseTerraformState(bytes, displayName, name, source.environment, &result.error);
    result.ok = result.state.has_value();
    return result;
}

struct FileStamp {
    qint64 size = -1;
    qint64 modifiedMs = 0;
    bool operator==(const FileStamp &) const = default;
};

FileStamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

StateLoadResult loadLocal(const StateSourceConfig &source, size_t previousContentHash,
                          const std::atomic_bool &cancelled)
{
    const QString path = source.localPath;
    if (path.isEmpty())
        return failure(Text::tr("no local_path is set for the state"));
    const QString shownPath = QDir::toNativeSeparators(path);
    QByteArray bytes;
    // Terraform's local backend rewrites the file in place: a read that overlaps the write sees
    // half a state. Read again until the file holds still, rather than report a false error.
    for (int attempt = 0;; ++attempt) {
        const FileStamp before = stampOf(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(Text::tr("cannot read %1: %2").arg(shownPath, file.errorString()));
        if (file.size() > kMaxStateBytes)
            return failure(Text::tr("%1 is larger than 1 GiB: not a Terraform state").arg(shownPath));
        bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return failure(Text::tr("cannot read %1: %2").arg(shownPath, file.errorString()));
        const FileStamp after = stampOf(path);
        if ((before == after && after.size == bytes.size()) || attempt == kMaxSettleAttempts || cancelled)
            break;
        QThread::msleep(kSettleWaitMs);
    }
    return parse(bytes, shownPath, source, previousContentHash);
}

QString trimmedStderr(const QByteArray &bytes)
{
    // Terraform colours its diagnostics unless told -no-color, even into a pipe.
    static const QRegularExpression ansiEscape(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    QString text = QString::fromLocal8Bit(bytes).remove(ansiEscape).trimmed();
    if (text.size() > kMaxStderrChars)
        text = text.left(kMaxStderrChars) + QStringLiteral(" […]");
    return text;
}

StateLoadResult loadCommand(const StateSourceConfig &source, size_t previousContentHash,
                            const std::atomic_bool &cancelled)
{
    if (source.command.isEmpty() || source.command.first().isEmpty())
        return failure(Text::tr("no command is set for the state"));
    const QString described = describeCommand(source.command);

    QProcess process;
    process.setProgram(source.command.first());
    process.setArguments(source.command.mid(1));
    if (!source.workingDirectory.isEmpty())
        process.setWorkingDirectory(source.workingDirectory);
    // Nobody can answer a prompt: Terraform must fail instead of waiting for input.
    process.setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TF_INPUT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("TF_IN_AUTOMATION"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);

    process.start();
    if (!process.waitForStarted(30'000)) {
        return failure(Text::tr("cannot run `%1`: %2").arg(described, process.errorString()));
    }

    // Wait in slices so that a store being destroyed does not wait for a slow backend.
    const QDeadlineTimer deadline(std::max<qint64>(1, source.commandTimeoutMs));
    while (process.state() != QProcess::NotRunning) {
        if (cancelled.load()) {
            process.kill();
            process.waitForFinished(5'000);
            return failure(Text::tr("`%1` was stopped").arg(described));
        }
        if (deadline.hasExpired()) {
            process.kill();
            process.waitForFinished(5'000);
            return failure(Text::tr("`%1` did not finish within %2 s")
                               .arg(described)
                               .arg(double(source.commandTimeoutMs) / 1000.0));
        }
        process.waitForFinished(int(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime()))));
    }

    const QString errors = trimmedStderr(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit) {
        return failure(errors.isEmpty() ? Text::tr("`%1` crashed").arg(described)
                                        : Text::tr("`%1` crashed: %2").arg(described, errors));
    }
    if (process.exitCode() != 0) {
        return failure(errors.isEmpty()
                           ? Text::tr("`%1` failed with exit code %2").arg(described).arg(process.exitCode())
                           : Text::tr("`%1` failed with exit code %2: %3")
                                 .arg(described)
                                 .arg(process.exitCode())
                                 .arg(errors));
    }
    const QByteArray bytes = process.readAllStandardOutput();
    return parse(bytes, QLatin1Char('`') + described + QLatin1Char('`'), source, previousContentHash);
}
} // namespace

QString describeCommand(const QStringList &command)
{
    QStringList quoted;
    quoted.reserve(command.size());
    for (const QString &argument : command) {
        if (argument.isEmpty() || argument.contains(QLatin1Char(' ')) || argument.contains(QLatin1Char('\'')))
            quoted.append(QLatin1Char('"') + argument + QLatin1Char('"'));
        else
            quoted.append(argument);
    }
    return quoted.join(QLatin1Char(' '));
}

QString defaultStateName(const StateSourceConfig &source)
{
    if (!source.name.isEmpty())
        return source.name;
    if (source.backend == StateSourceConfig::Backend::Local)
        return QFileInfo(source.localPath).fileName();
    if (!source.workingDirectory.isEmpty())
        return QFileInfo(QDir::cleanPath(source.workingDirectory)).fileName();
    return describeCommand(source.command);
}

StateLoadResult loadStateSource(const StateSourceConfig &source, size_t previousContentHash,
                                const std::atomic_bool &cancelled)
{
    switch (source.backend) {
    case StateSourceConfig::Backend::Local: return loadLocal(source, previousContentHash, cancelled);
    case StateSourceConfig::Backend::Command: return loadCommand(source, previousContentHash, cancelled);
    }
    return failure(Text::tr("unknown state backend"));
}

} // namespace tfdrift

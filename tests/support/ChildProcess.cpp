#include "support/ChildProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>

namespace tfdrift::test {

QString builtBinary(const QString &name)
{
    const QString binDir = qEnvironmentVariable("TFDRIFT_BIN_DIR");
    return binDir + QLatin1Char('/') + name;
}

QList<QByteArray> CliRun::lines() const
{
    QList<QByteArray> result;
    for (const QByteArray &line : stdoutBytes.split('\n')) {
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

CliRun runTfdrift(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(builtBinary(QStringLiteral("tfdrift")), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdoutBytes = process.readAllStandardOutput();
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

EmulatorProcess::~EmulatorProcess()
{
    kill();
}

bool EmulatorProcess::start(const QStringList &arguments, QString *error, int timeoutMs)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(builtBinary(QStringLiteral("tfdrift")),
                    QStringList{QStringLiteral("emulate")} + arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(50);
        m_stderr += m_process.readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stderr));
        if (match.hasMatch()) {
            const QString where = match.captured(1);
            if (!where.startsWith(QLatin1String("unix:")))
                m_port = quint16(where.mid(where.lastIndexOf(QLatin1Char(':')) + 1).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("emulator did not start: ") + QString::fromUtf8(m_stderr);
    return false;
}

void EmulatorProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString EmulatorProcess::stderrText()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

} // namespace tfdrift::test

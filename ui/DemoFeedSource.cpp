#include "ui/DemoFeedSource.h"

#include "core/config/EndpointConfig.h"
#include "core/ingest/AlertSourceFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>

#include <csignal>
#endif

namespace tfdrift {

namespace {
constexpr int kSocketPollMs = 100;
constexpr qsizetype kStderrTailBytes = 4096;
} // namespace

DemoFeedSource::DemoFeedSource(QString emulatorProgram, QObject *parent)
    : AlertSource(QStringLiteral("demo"), parent)
    , m_program(std::move(emulatorProgram))
{
    m_socketPoll.setInterval(kSocketPollMs);
    connect(&m_socketPoll, &QTimer::timeout, this, &DemoFeedSource::waitForSocket);
}

DemoFeedSource::~DemoFeedSource()
{
    stopSubscription();
    // Quitting the application cannot wait for the event loop: give the child (and one that stop()
    // is still terminating) its grace period here, before ~QProcess would kill it outright.
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(kTerminateGraceMs)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
}

QString DemoFeedSource::defaultEmulatorProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tfdrift"));
}

bool DemoFeedSource::isEmulatorRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 DemoFeedSource::emulatorProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

void DemoFeedSource::start()
{
    if (isEmulatorRunning())
        return;
    stopSubscription();
    m_stderrTail.clear();
    postState(ConnectionState::connecting(tr("the built-in demo feed")));

    const QFileInfo program(m_program);
    if (!program.isFile() || !program.isExecutable()) {
        fail(tr("the demo feed needs %1, which is missing or not executable").arg(m_program));
        return;
    }

    // A private folder: nobody else can connect to, or squat on, the socket.
    m_socketDir
        = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("tfdrift-demo-XXXXXX")));
    if (!m_socketDir->isValid()) {
        fail(tr("cannot create a folder for the demo feed's socket: %1").arg(m_socketDir->errorString()));
        return;
    }
    m_socketPath = m_socketDir->filePath(QStringLiteral("falco.sock"));

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_program);
    process->setArguments({QStringLiteral("emulate"), QStringLiteral("--unix"), m_socketPath,
                           QStringLiteral("--rate"), QString::number(kAlertsPerSecond),
                           QStringLiteral("--loop")});
    process->setStandardOutputFile(QProcess::nullDevice());
#if defined(Q_OS_LINUX)
    // If the console dies without running its destructors, the looping emulator must not live on.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(process, &QProcess::readyReadStandardError, this, &DemoFeedSource::readEmulatorErrors);
    connect(process, &QProcess::errorOccurred, this, &DemoFeedSource::onEmulatorError);
    connect(process, &QProcess::finished, this, &DemoFeedSource::onEmulatorFinished);
    process->start();

    m_waiting.start();
    m_socketPoll.start();
}

void DemoFeedSource::waitForSocket()
{
    if (QFileInfo::exists(m_socketPath)) {
        m_socketPoll.stop();
        subscribe();
        return;
    }
    if (m_waiting.elapsed() > kSocketWaitMs) {
        fail(tr("the emulator did not open its socket within %1 s").arg(kSocketWaitMs / 1000));
        stopEmulator();
    }
}

void DemoFeedSource::subscribe()
{
    EndpointConfig endpoint;
    endpoint.name = name();
    endpoint.transport = EndpointConfig::Transport::Grpc;
    endpoint.address = QLatin1String("unix://") + m_socketPath;
    endpoint.environment = QStringLiteral("development");

    m_subscription = createAlertSource(endpoint);
    AlertSource *subscription = m_subscription.get();
    connect(subscription, &AlertSource::alertsArrived, this,
            [this](const AlertBatch &batch) { postAlerts(AlertBatch(batch)); });
    connect(subscription, &AlertSource::falcoVersionChanged, this,
            [this](const QString &version) { postFalcoVersion(version); });
    connect(subscription, &AlertSource::stateChanged, this, [this](const ConnectionState &state) {
        // The socket path is a random temporary name; say what it is instead.
        if (state.kind == ConnectionState::Kind::Connected)
            postState(ConnectionState::connected(tr("the built-in emulator")));
        else if (state.kind == ConnectionState::Kind::Connecting)
            postState(ConnectionState::connecting(tr("the built-in emulator")));
        else
            postState(state);
    });
    subscription->start();
}

void DemoFeedSource::readEmulatorErrors()
{
    if (!m_process)
        return;
    m_stderrTail += m_process->readAllStandardError();
    if (m_stderrTail.size() > kStderrTailBytes)
        m_stderrTail = m_stderrTail.right(kStderrTailBytes);
}

QString DemoFeedSource::lastErrorLine() const
{
    const QList<QByteArray> lines = m_stderrTail.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed());
}

void DemoFeedSource::onEmulatorError(QProcess::ProcessError error)
{
    // Crashes and exits are reported by finished(); only a failed start never gets there.
    if (error != QProcess::FailedToStart || !m_process)
        return;
    fail(tr("cannot start %1: %2").arg(m_program, m_process->errorString()));
    m_process->deleteLater();
}

void DemoFeedSource::onEmulatorFinished(int exitCode, QProcess::ExitStatus status)
{
    readEmulatorErrors();
    QString reason = status == QProcess::CrashExit ? tr("the emulator crashed")
                                                   : tr("the emulator exited with code %1").arg(exitCode);
    const QString detail = lastErrorLine();
    if (!detail.isEmpty())
        reason += QStringLiteral(" (") + detail + QLatin1Char(')');
    fail(reason);
    if (m_process)
        m_process->deleteLater();
}

void DemoFeedSource::fail(const QString &reason)
{
    m_socketPoll.stop();
    stopSubscription();
    postState(ConnectionState::failed(reason));
}

void DemoFeedSource::stop()
{
    m_socketPoll.stop();
    stopSubscription();
    stopEmulator();
    postState(ConnectionState::idle());
}

void DemoFeedSource::stopSubscription()
{
    if (!m_subscription)
        return;
    m_subscription->disconnect(this);
    m_subscription->stop();
    m_subscription.reset();
}

void DemoFeedSource::stopEmulator()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    // A deliberate stop is not a failure: the child's exit no longer concerns this source.
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->terminate();
    QTimer::singleShot(kTerminateGraceMs, process, [process] { process->kill(); });
}

} // namespace tfdrift

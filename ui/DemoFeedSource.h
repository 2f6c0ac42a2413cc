#pragma once

#include "core/ingest/AlertSource.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <memory>

class QTemporaryDir;

namespace tfdrift {

// The built-in demo feed: runs `tfdrift emulate` as a child process on a private unix socket and
// subscribes to it over gRPC like to any Falco, which exercises the whole path end to end.
//
// It lives in ui/, not core/: spawning our own CLI to feed the GUI is an application concern, and
// core stays a library that never starts processes behind its user's back. To the window it is
// just another AlertSource; a missing binary or a dead child shows up as a Failed state.
class DemoFeedSource : public AlertSource
{
    Q_OBJECT

public:
    static constexpr int kAlertsPerSecond = 20;
    static constexpr int kSocketWaitMs = 10'000;
    static constexpr int kTerminateGraceMs = 2000;

    explicit DemoFeedSource(QString emulatorProgram, QObject *parent = nullptr);
    ~DemoFeedSource() override;

    // The `tfdrift` executable next to the running application.
    static QString defaultEmulatorProgram();

    void start() override;
    void stop() override;

    QString emulatorProgram() const { return m_program; }
    // Empty until start() has created the socket folder.
    QString socketPath() const { return m_socketPath; }
    bool isEmulatorRunning() const;
    // 0 when no emulator is running.
    qint64 emulatorProcessId() const;

private:
    void waitForSocket();
    void subscribe();
    void onEmulatorFinished(int exitCode, QProcess::ExitStatus status);
    void onEmulatorError(QProcess::ProcessError error);
    void readEmulatorErrors();
    void fail(const QString &reason);
    void stopSubscription();
    void stopEmulator();
    QString lastErrorLine() const;

    QString m_program;
    QString m_socketPath;
    std::unique_ptr<QTemporaryDir> m_socketDir;
    QPointer<QProcess> m_process;
    std::unique_ptr<AlertSource> m_subscription;
    QTimer m_socketPoll;
    QElapsedTimer m_waiting;
    QByteArray m_stderrTail;
};

} // namespace tfdrift

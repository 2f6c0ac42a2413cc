#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace tfdrift::test {

// Path of a binary built into build/bin (tfdrift, tfdrift-console).
QString builtBinary(const QString &name);

// What a finished run of the built tfdrift printed.
struct CliRun {
    int exitCode = -1; // -1 when it crashed or had to be killed
    QByteArray stdoutBytes;
    QString stderrText;
    // stdout's non-empty lines
    QList<QByteArray> lines() const;
};

// Runs the built `tfdrift ARGUMENTS...` to its end (killed after timeoutMs).
CliRun runTfdrift(const QStringList &arguments, int timeoutMs = 60'000);

// Runs `tfdrift emulate ...` and waits until it says where it listens.
class EmulatorProcess
{
public:
    ~EmulatorProcess();

    // Returns false with *error when it does not come up within timeoutMs.
    bool start(const QStringList &arguments, QString *error, int timeoutMs = 15'000);
    // The TCP port from "listening on HOST:PORT" (0 for unix sockets).
    quint16 port() const { return m_port; }
    void kill();
    QProcess &process() { return m_process; }
    QString stderrText();

private:
    QProcess m_process;
    QByteArray m_stderr;
    quint16 m_port = 0;
};

} // namespace tfdrift::test

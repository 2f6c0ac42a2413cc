#pragma once

#include "core/config/ConfigDiagnostic.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace tfdrift::cli {

// Exit codes shared by every subcommand.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the work failed: connection lost for good, invalid input file, ...
    ExitUsage = 2,
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is "tfdrift <name>" so that help and errors read naturally.
    virtual int run(const QStringList &arguments) = 0;
};

// Parses arguments with the standard options (--help) and prints errors the same way for
// every command. Returns false when the command must exit with *exitCode.
bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

// Reads `--count N` (0 when the option is absent). False, with the error printed, when N is not
// a positive number.
bool readCountOption(const QCommandLineParser &parser, const QCommandLineOption &option, quint64 *count);

// config.yaml errors and warnings, one "file:line:column: ..." line each on stderr.
void printConfigDiagnostics(const QList<ConfigDiagnostic> &diagnostics);

// Errors and status share stderr, so that stdout carries only alerts.
void printError(const QString &message);
inline void printStatus(const QString &message)
{
    printError(message);
}

} // namespace tfdrift::cli

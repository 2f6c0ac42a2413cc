#include "app/cli/CliCommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace tfdrift::cli {

bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = ExitSuccess;
        return false;
    }
    return true;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "tfdrift: %s\n", qPrintable(message));
    std::fflush(stderr);
}

} // namespace tfdrift::cli

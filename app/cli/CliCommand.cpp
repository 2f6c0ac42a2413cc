#include "app/cli/CliCommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::CliCommand)
};
} // namespace

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

void printConfigDiagnostics(const QList<ConfigDiagnostic> &diagnostics)
{
    for (const ConfigDiagnostic &diagnostic : diagnostics)
        printError(diagnostic.toString());
}

bool readCountOption(const QCommandLineParser &parser, const QCommandLineOption &option, quint64 *count)
{
    *count = 0;
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *count = parser.value(option).toULongLong(&ok);
    if (ok && *count > 0)
        return true;
    printError(Text::tr("--count needs a positive number"));
    return false;
}

} // namespace tfdrift::cli

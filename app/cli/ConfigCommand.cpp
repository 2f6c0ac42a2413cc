#include "app/cli/ConfigCommand.h"

#include "core/config/AppConfig.h"

#include <QCoreApplication>

#include <cstdio>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::ConfigCommand)
};

// The CLI loads no translations, so English plurals are spelled out rather than left to %n.
QString errorCount(int count)
{
    return count == 1 ? Text::tr("1 error") : Text::tr("%1 errors").arg(count);
}

QString warningCount(int count)
{
    return count == 1 ? Text::tr("1 warning") : Text::tr("%1 warnings").arg(count);
}

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}
} // namespace

QString ConfigCommand::summary() const
{
    return Text::tr("Check a config.yaml and report its errors and warnings with their line and column");
}

int ConfigCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary()
        + Text::tr("\n\nExit status: 0 when the file is valid (warnings allowed), 1 when it has errors, "
                   "2 on usage errors."));
    parser.addPositionalArgument(QStringLiteral("check"), Text::tr("Check FILE."), Text::tr("check FILE"));
    int exitCode = ExitSuccess;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(Text::tr("missing subcommand; usage: tfdrift config check FILE"));
        return ExitUsage;
    }
    if (positional.constFirst() != QLatin1String("check")) {
        printError(Text::tr("unknown subcommand \"%1\"; usage: tfdrift config check FILE")
                       .arg(positional.constFirst()));
        return ExitUsage;
    }
    if (positional.size() < 2) {
        printError(Text::tr("missing FILE; usage: tfdrift config check FILE"));
        return ExitUsage;
    }
    if (positional.size() > 2) {
        printError(Text::tr("unexpected argument: %1").arg(positional.at(2)));
        return ExitUsage;
    }
    return check(positional.at(1));
}

int ConfigCommand::check(const QString &path)
{
    const AppConfigResult result = loadAppConfigFile(path);
    int errors = 0;
    int warnings = 0;
    for (const ConfigDiagnostic &diagnostic : result.diagnostics) {
        printLine(diagnostic.toString());
        if (diagnostic.severity == ConfigDiagnostic::Severity::Error)
            ++errors;
        else
            ++warnings;
    }
    QString summary;
    if (errors == 0 && warnings == 0)
        summary = Text::tr("%1: OK").arg(path);
    else if (warnings == 0)
        summary = Text::tr("%1: %2").arg(path, errorCount(errors));
    else if (errors == 0)
        summary = Text::tr("%1: %2").arg(path, warningCount(warnings));
    else
        summary = Text::tr("%1: %2, %3").arg(path, errorCount(errors), warningCount(warnings));
    printLine(summary);
    std::fflush(stdout);
    return errors == 0 ? ExitSuccess : ExitFailure;
}

} // namespace tfdrift::cli

// tfdrift: the console's engine without a window, for servers and CI.

#include "app/cli/CliCommand.h"
#include "app/cli/ConfigCommand.h"
#include "app/cli/EmulateCommand.h"
#include "app/cli/NotifyCommand.h"
#include "app/cli/RulesCommand.h"
#include "app/cli/TailCommand.h"
#include "app/cli/WatchCommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <vector>

using namespace tfdrift::cli;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli)
};

QString overview(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QString text = Text::tr("Usage: tfdrift <command> [options]\n"
                            "Terraform drift detection from Falco alerts, without a window.\n\n"
                            "Commands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    text += Text::tr("\nOptions:\n  -h, --help     Show this help.\n  -v, --version  Show the version.\n\n"
                     "Run \"tfdrift <command> --help\" for a command's options.\n");
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TFDrift"));
    QCoreApplication::setApplicationName(QStringLiteral("tfdrift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TFDRIFT_VERSION));

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<WatchCommand>());
    commands.push_back(std::make_unique<TailCommand>());
    commands.push_back(std::make_unique<EmulateCommand>());
    commands.push_back(std::make_unique<ConfigCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<NotifyCommand>());

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        std::fputs(qPrintable(overview(commands)), first.isEmpty() ? stderr : stdout);
        return first.isEmpty() ? ExitUsage : ExitSuccess;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        std::printf("tfdrift %s\n", TFDRIFT_VERSION);
        return ExitSuccess;
    }
    for (const auto &command : commands) {
        if (command->name() == first) {
            QStringList commandArguments = arguments.mid(2);
            commandArguments.prepend(QStringLiteral("tfdrift ") + first);
            return command->run(commandArguments);
        }
    }
    printError(Text::tr("unknown command \"%1\"; see tfdrift --help").arg(first));
    return ExitUsage;
}

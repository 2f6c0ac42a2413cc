#include "app/cli/SubcommandCommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::SubcommandCommand)
};
} // namespace

void SubcommandCommand::addSubcommand(Subcommand subcommand)
{
    m_subcommands.push_back(std::move(subcommand));
}

QString SubcommandCommand::overview() const
{
    QString text
        = usageLine() + QLatin1Char('\n') + summary() + QLatin1String(".\n\n") + Text::tr("Subcommands:\n");
    for (const Subcommand &subcommand : m_subcommands)
        text += QStringLiteral("  %1  %2\n").arg(subcommand.name, -10).arg(subcommand.summary);
    text += Text::tr("\nRun \"tfdrift %1 <subcommand> --help\" for a subcommand's options.\n").arg(name());
    return text;
}

int SubcommandCommand::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        std::fputs(qPrintable(overview()), stdout);
        return ExitSuccess;
    }
    QStringList names;
    for (const Subcommand &subcommand : m_subcommands)
        names.append(subcommand.name);
    if (first.isEmpty()) {
        printError(Text::tr("missing subcommand; usage: tfdrift %1 %2 ...")
                       .arg(name(), names.join(QLatin1Char('|'))));
        return ExitUsage;
    }
    for (const Subcommand &subcommand : m_subcommands) {
        if (subcommand.name == first) {
            QStringList subArguments = arguments.mid(2);
            subArguments.prepend(arguments.value(0) + QLatin1Char(' ') + first);
            return subcommand.run(subArguments);
        }
    }
    printError(Text::tr("unknown subcommand \"%1\"; usage: tfdrift %2 %3 ...")
                   .arg(first, name(), names.join(QLatin1Char('|'))));
    return ExitUsage;
}

} // namespace tfdrift::cli

#pragma once

#include "app/cli/CliCommand.h"

#include <functional>
#include <vector>

namespace tfdrift::cli {

// A command made of subcommands (`tfdrift rules validate`, `tfdrift notify test`): a table of
// names, summaries and functions, each taking its own arguments (arguments[0] is
// "tfdrift COMMAND NAME"), with the overview and the dispatch shared.
class SubcommandCommand : public CliCommand
{
public:
    struct Subcommand {
        QString name;
        QString summary;
        std::function<int(const QStringList &arguments)> run;
    };

    void addSubcommand(Subcommand subcommand);
    int run(const QStringList &arguments) override;

protected:
    // "Usage: tfdrift rules <subcommand> [options] FILE..."
    virtual QString usageLine() const = 0;

private:
    QString overview() const;

    std::vector<Subcommand> m_subcommands;
};

} // namespace tfdrift::cli

#pragma once

#include "app/cli/CliCommand.h"

#include <functional>
#include <vector>

namespace tfdrift::cli {

// `tfdrift rules SUBCOMMAND ...`: the Falco rule toolkit.
//   validate [--json] FILE...  checks rules files as `falco -V` does, in the order given, and prints each
//                              finding as FILE:LINE:COL: error|warning: CODE: message (fix: ...);
//                              --json prints Falco's falco_load_results document instead.
//   list [--json] FILE...      prints each rule's name, source, priority, enabled and tags.
// Exit status: 0 when the files are valid (warnings allowed), 1 on errors, 2 on usage errors.
//
// Subcommands are a table: a new one is a name, a summary and a function taking its own arguments
// (arguments[0] is "tfdrift rules NAME").
class RulesCommand : public CliCommand
{
public:
    RulesCommand();

    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

    struct Subcommand {
        QString name;
        QString summary;
        std::function<int(const QStringList &arguments)> run;
    };
    void addSubcommand(Subcommand subcommand);

private:
    QString overview() const;

    std::vector<Subcommand> m_subcommands;
};

// The subcommands themselves, usable on their own.
int runRulesValidate(const QStringList &arguments);
int runRulesList(const QStringList &arguments);

} // namespace tfdrift::cli

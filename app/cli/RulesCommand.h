#pragma once

#include "app/cli/SubcommandCommand.h"

namespace tfdrift::cli {

// `tfdrift rules SUBCOMMAND ...`: the Falco rule toolkit.
//   validate [--json] FILE...  checks rules files as `falco -V` does, in the order given, and prints each
//                              finding as FILE:LINE:COL: error|warning: CODE: message (fix: ...);
//                              --json prints Falco's falco_load_results document instead.
//   list [--json] FILE...      prints each rule's name, source, priority, enabled and tags.
// Exit status: 0 when the files are valid (warnings allowed), 1 on errors, 2 on usage errors.
class RulesCommand : public SubcommandCommand
{
public:
    RulesCommand();

    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override;

protected:
    QString usageLine() const override;
};

} // namespace tfdrift::cli

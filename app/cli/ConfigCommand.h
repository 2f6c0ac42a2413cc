#pragma once

#include "app/cli/CliCommand.h"

namespace tfdrift::cli {

// `tfdrift config check FILE`: reads config.yaml the way the console and `tfdrift watch` do and
// prints every diagnostic as FILE:LINE:COL: error|warning: message, then a one-line summary.
// Exits 0 when the file is valid (warnings allowed), 1 when it has errors, 2 on usage errors.
class ConfigCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    int check(const QString &path);
};

} // namespace tfdrift::cli

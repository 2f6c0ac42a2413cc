#pragma once

#include "app/cli/CliCommand.h"

namespace tfdrift::cli {

// `tfdrift watch`: the drift engine without a window. Receives alerts from the configured
// Falco sources (or the built-in demo), and prints each drift event as a JSON line on stdout;
// status and errors go to stderr.
class WatchCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace tfdrift::cli

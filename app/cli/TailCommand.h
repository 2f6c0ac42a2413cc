#pragma once

#include "app/cli/CliCommand.h"

namespace tfdrift::cli {

// `tfdrift tail`: receive alerts from one source and print each as a JSON line
// (Falco's http_output shape) on stdout; status goes to stderr.
class TailCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("tail"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace tfdrift::cli

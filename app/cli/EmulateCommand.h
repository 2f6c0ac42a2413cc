#pragma once

#include "app/cli/CliCommand.h"

namespace tfdrift::cli {

// `tfdrift emulate`: a stand-in Falco serving the gRPC API, or posting like http_output.
class EmulateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("emulate"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace tfdrift::cli

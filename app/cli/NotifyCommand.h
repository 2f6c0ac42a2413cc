#pragma once

#include "app/cli/SubcommandCommand.h"

namespace tfdrift::cli {

// `tfdrift notify SUBCOMMAND ...`: notification channels and their outbox.
//   test [--config F] [--channel NAME]  sends a marked test drift event to each enabled channel (or one)
//                                        and prints per channel: result, HTTP status, latency, the
//                                        service's error; exit 1 when any channel failed.
//   flush [--config F] [--timeout D]    delivers what the outbox holds, then exits.
//   outbox [--config F] [--state S]     lists notifications: pending, dead (with their reason), delivered.
//   retry [--config F] (--id N|--all)   puts dead letters back in the queue.
//   secret set NAME                     stores a secret, read from stdin, in the OS secret store for
//                                        `keychain:NAME` in config.yaml.
// Secrets are masked in everything printed.
class NotifyCommand : public SubcommandCommand
{
public:
    NotifyCommand();

    QString name() const override { return QStringLiteral("notify"); }
    QString summary() const override;

protected:
    QString usageLine() const override;
};

} // namespace tfdrift::cli

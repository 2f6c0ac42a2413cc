#pragma once

#include "core/state/StateSourceConfig.h"
#include "core/state/TerraformState.h"

#include <QString>

#include <atomic>
#include <optional>

namespace tfdrift {

struct StateLoadResult {
    bool ok = false;
    // The bytes hash to previousContentHash: nothing was parsed and state is empty.
    bool unchanged = false;
    std::optional<TerraformState> state;
    QString error;
    size_t contentHash = 0;
};

// Fetches one state (reads the file or runs the command) and parses it. Blocking and free of
// any event loop, so that StateStore runs it on a pool thread. Setting *cancelled stops a
// running command early (the store is going away).
StateLoadResult loadStateSource(const StateSourceConfig &source, size_t previousContentHash,
                                const std::atomic_bool &cancelled);

// "terraform -chdir=/srv/infra state pull", quoted where an argument has spaces.
QString describeCommand(const QStringList &command);

// The name a source goes by when its config leaves `name` empty.
QString defaultStateName(const StateSourceConfig &source);

} // namespace tfdrift

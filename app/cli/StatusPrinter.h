#pragma once

#include "core/ingest/AlertSource.h"

namespace tfdrift::cli {

// Prints a source's state transitions and Falco version on stderr, one line each.
void printStatusChanges(AlertSource *source);

} // namespace tfdrift::cli

#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace tfdrift {

struct EnvExpansionError {
    int offset = 0; // where the offending ${...} starts in the input
    QString message;
};

using EnvLookup = std::function<std::optional<QString>(const QString &name)>;

// Expands ${VAR} from the environment; "$$" stands for a literal "$".
// An unset variable is an error rather than an empty string: an empty webhook URL or
// token would otherwise fail much later, far from its cause.
std::optional<QString> expandEnvironment(const QString &text, EnvExpansionError *error,
                                         const EnvLookup &lookup = {});

} // namespace tfdrift

#pragma once

#include "core/falco/FalcoPriority.h"
#include "core/falco/OutputFields.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tfdrift {

// One alert as Falco emits it, whichever transport brought it in.
struct FalcoAlert {
    qint64 timeNs = 0; // event time, nanoseconds since the Unix epoch (UTC)
    FalcoPriority priority = FalcoPriority::Debug;
    QString rule;
    QString output;
    QString source; // real source name, e.g. "aws_cloudtrail"
    QString hostname;
    QStringList tags;
    // Values stay JSON: numbers, bools, null and arrays as Falco's http_output sends them.
    // Over gRPC Falco flattens everything to strings, so those arrive as strings.
    OutputFields outputFields;
    QString uuid; // set by falcosidekick, empty otherwise

    QString endpoint;        // name of the configured source that delivered it
    qint64 receivedAtMs = 0; // local wall clock when it arrived

    bool operator==(const FalcoAlert &other) const = default;
};

using AlertBatch = QList<FalcoAlert>;

qint64 currentTimeMs();

} // namespace tfdrift

Q_DECLARE_METATYPE(tfdrift::FalcoAlert)
Q_DECLARE_METATYPE(tfdrift::AlertBatch)

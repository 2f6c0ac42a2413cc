#include "app/cli/StatusPrinter.h"

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace tfdrift::cli {

void printStatusChanges(AlertSource *source)
{
    QObject::connect(source, &AlertSource::stateChanged, source, [source](const ConnectionState &state) {
        printStatus(source->name() + QLatin1String(": ") + describeConnectionState(state));
    });
    QObject::connect(source, &AlertSource::falcoVersionChanged, source, [source](const QString &version) {
        printStatus(source->name() + QLatin1String(": ")
                    + QCoreApplication::translate("tfdrift::cli", "Falco version %1").arg(version));
    });
}

} // namespace tfdrift::cli

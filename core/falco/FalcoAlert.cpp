#include "core/falco/FalcoAlert.h"

#include <QDateTime>

namespace tfdrift {

qint64 currentTimeMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

namespace {
// Cross-thread signals carry AlertBatch; register it once per process.
const int kAlertBatchMetaType = qRegisterMetaType<AlertBatch>("tfdrift::AlertBatch");
} // namespace

} // namespace tfdrift

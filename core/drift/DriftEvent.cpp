#include "core/drift/DriftEvent.h"

namespace tfdrift {

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Modified: return QStringLiteral("modified");
    case ChangeKind::Created: return QStringLiteral("created");
    case ChangeKind::Deleted: return QStringLiteral("deleted");
    case ChangeKind::Unmanaged: break;
    }
    return QStringLiteral("unmanaged");
}

QString providerName(CloudProvider provider)
{
    return provider == CloudProvider::Gcp ? QStringLiteral("gcp") : QStringLiteral("aws");
}

} // namespace tfdrift

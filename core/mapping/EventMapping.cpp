#include "core/mapping/EventMapping.h"

namespace tfdrift {

QString apiActionName(ApiAction action)
{
    // Catalog keywords, not user-visible prose: never translated.
    switch (action) {
    case ApiAction::Create: return QStringLiteral("create");
    case ApiAction::Modify: return QStringLiteral("modify");
    case ApiAction::Delete: return QStringLiteral("delete");
    }
    return QStringLiteral("modify");
}

} // namespace tfdrift

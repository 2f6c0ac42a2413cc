#include "models/AttributeTitle.h"

#include "core/drift/DriftEngine.h"

#include <QCoreApplication>

namespace tfdrift {

QString attributeTitle(const QString &attribute)
{
    if (attribute != outOfBandAttribute())
        return attribute;
    //: In place of an attribute name: the call changed the resource, but not in a way that names an attribute
    return QCoreApplication::translate("tfdrift::AttributeTitle", "(modified out of band)");
}

} // namespace tfdrift

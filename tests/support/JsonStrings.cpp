#include "support/JsonStrings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tfdrift::test {

QStringList allJsonStrings(const QJsonValue &value)
{
    QStringList strings;
    if (value.isString())
        strings.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        strings += allJsonStrings(item);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        strings += allJsonStrings(it.value());
    return strings;
}

} // namespace tfdrift::test

#pragma once

#include <QJsonValue>
#include <QStringList>

namespace tfdrift::test {

// Every string value anywhere in a JSON document: where hostile event text could end up.
QStringList allJsonStrings(const QJsonValue &value);

} // namespace tfdrift::test

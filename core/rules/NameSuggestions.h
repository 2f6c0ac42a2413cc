#pragma once

#include <QString>
#include <QStringList>

namespace tfdrift::rules {

// Known names close to `name` by edit distance, closest first, for "did you mean" hints: about one typo
// per three characters is allowed, and at most `maxCount` names come back.
QStringList closestNames(const QString &name, const QStringList &candidates, int maxCount = 3);

} // namespace tfdrift::rules

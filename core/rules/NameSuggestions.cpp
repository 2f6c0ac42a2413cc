#include "core/rules/NameSuggestions.h"

#include "core/rules/FieldCatalog.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace tfdrift::rules {

QStringList closestNames(const QString &name, const QStringList &candidates, int maxCount)
{
    const int limit = std::max(1, int(name.size()) / 3);
    QList<std::pair<int, QString>> scored;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(name, candidate);
        if (distance <= limit)
            scored.append({distance, candidate});
    }
    std::sort(scored.begin(), scored.end());
    QStringList result;
    for (qsizetype i = 0; i < std::min<qsizetype>(maxCount, scored.size()); ++i)
        result.append(scored[i].second);
    return result;
}

} // namespace tfdrift::rules

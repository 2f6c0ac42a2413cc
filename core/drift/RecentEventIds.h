#pragma once

#include <QSet>
#include <QString>

#include <deque>

namespace tfdrift {

// The audit events the engine has seen lately. Falco raises one alert per matching rule, so one
// CloudTrail record can arrive as "S3 Bucket Deleted" and "Terraform Managed Resource Modified"; the
// engine reports the change once, for the first alert (Falco evaluates rules in file order, so the
// more specific rule comes first in our bundled file).
class RecentEventIds
{
public:
    explicit RecentEventIds(int capacity = 8192);

    // False when `id` was already seen among the last `capacity` ids.
    bool insert(const QString &id);

private:
    int m_capacity;
    QSet<QString> m_ids;
    std::deque<QString> m_order;
};

} // namespace tfdrift

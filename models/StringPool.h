#pragma once

#include <QSet>
#include <QString>

namespace tfdrift {

// Makes equal strings share one buffer: a million drift events name a few hundred users, accounts,
// regions and resource types, and each copy would otherwise cost its own allocation. The pool stops
// growing at its limit, so a feed of ever-new values costs what it would without the pool.
class StringPool
{
public:
    static constexpr qsizetype kDefaultLimit = 200'000;

    explicit StringPool(qsizetype limit = kDefaultLimit)
        : m_limit(limit)
    {
    }

    // Replaces text with the pooled copy of an equal string, pooling it first if there is room.
    void intern(QString &text);
    void clear() { m_strings.clear(); }
    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
    qsizetype m_limit;
};

} // namespace tfdrift

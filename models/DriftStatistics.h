#pragma once

#include "core/drift/DriftEvent.h"
#include "core/drift/Severity.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace tfdrift {

// Running totals over the drift events held by the live table, for the charts: events per minute and
// severity, and events per resource type, user and account. The table adds each event it stores and
// removes each one it drops at its cap, so every total stays exact however long the console runs.
// add() and remove() are O(1) (hash counters); queries cost O(buckets + distinct values).
// Values are kept as the events carry them: an empty user or account is the empty string here, and
// only the charts call it "(unknown)".
class DriftStatistics
{
public:
    enum class Range {
        LastHour, // 60 buckets of 1 minute
        LastDay,  // 48 buckets of 30 minutes
        LastWeek, // 28 buckets of 6 hours
    };

    enum class Dimension { ResourceType, User, Account };

    static constexpr int kSeverityCount = 4;

    struct TimelineBucket {
        qint64 startMs = 0;                          // inclusive
        qint64 endMs = 0;                            // exclusive
        std::array<qint64, kSeverityCount> counts{}; // indexed by int(Severity)

        qint64 count(Severity severity) const { return counts[std::size_t(severity)]; }
        qint64 total() const;
    };

    struct ValueCount {
        QString value;
        qint64 count = 0;

        friend bool operator==(const ValueCount &, const ValueCount &) = default;
    };

    void add(qint64 detectedAtMs, Severity severity, const QString &resourceType, const QString &user,
             const QString &account);
    // Takes back an add() with the same arguments. A removal with nothing to take back is ignored
    // (and returns false), so that a caller's mistake cannot drive a count below zero.
    bool remove(qint64 detectedAtMs, Severity severity, const QString &resourceType, const QString &user,
                const QString &account);
    // The same for a whole event: its detection time, severity, resource type, caller and account.
    void add(const DriftEvent &event);
    bool remove(const DriftEvent &event);
    void clear();

    qint64 total() const { return m_total; }
    qint64 count(Severity severity) const { return m_severityTotals[std::size_t(severity)]; }
    bool isEmpty() const { return m_total == 0; }

    static int bucketCount(Range range);
    static qint64 bucketWidthMs(Range range);

    // The range's buckets, oldest first; the last one holds nowMs. Buckets start on whole multiples of
    // their width counted from the epoch shifted by utcOffsetSeconds (pass the local offset so that
    // 6-hour buckets start at local midnight, 06:00, ...). Events before the first bucket or after the
    // last are left out.
    QList<TimelineBucket> timeline(Range range, qint64 nowMs, int utcOffsetSeconds = 0) const;

    // The n values with the most events, most first, ties in ascending value order (as QString
    // compares, so stable from one refresh to the next). A negative n asks for all of them.
    QList<ValueCount> top(Dimension dimension, int n) const;
    // Distinct values seen along the dimension.
    qsizetype distinctCount(Dimension dimension) const;

private:
    using SeverityCounts = std::array<qint64, kSeverityCount>;

    static void decrement(QHash<QString, qint64> &counts, const QString &value);
    const QHash<QString, qint64> &countsFor(Dimension dimension) const;

    // Minutes since the epoch (floor), each with its events per severity.
    QHash<qint64, SeverityCounts> m_minutes;
    QHash<QString, qint64> m_resourceTypes;
    QHash<QString, qint64> m_users;
    QHash<QString, qint64> m_accounts;
    SeverityCounts m_severityTotals{};
    qint64 m_total = 0;
};

} // namespace tfdrift

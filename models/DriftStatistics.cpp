#include "models/DriftStatistics.h"

#include <algorithm>
#include <vector>

namespace tfdrift {

namespace {

constexpr qint64 kMinuteMs = 60'000;

// Floor division, so that times before the epoch still land in the minute that holds them.
qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

qint64 minuteOf(qint64 timeMs)
{
    return floorDiv(timeMs, kMinuteMs);
}

// A Severity cast from an unchecked integer must not index past the counters.
bool isKnown(Severity severity)
{
    return int(severity) >= 0 && int(severity) < DriftStatistics::kSeverityCount;
}

qint64 bucketMinutes(DriftStatistics::Range range)
{
    switch (range) {
    case DriftStatistics::Range::LastHour: return 1;
    case DriftStatistics::Range::LastDay: return 30;
    case DriftStatistics::Range::LastWeek: break;
    }
    return 6 * 60;
}

} // namespace

qint64 DriftStatistics::TimelineBucket::total() const
{
    qint64 sum = 0;
    for (qint64 count : counts)
        sum += count;
    return sum;
}

void DriftStatistics::add(qint64 detectedAtMs, Severity severity, const QString &resourceType,
                          const QString &user, const QString &account)
{
    if (!isKnown(severity))
        return;
    const auto index = std::size_t(severity);
    ++m_minutes[minuteOf(detectedAtMs)][index];
    ++m_resourceTypes[resourceType];
    ++m_users[user];
    ++m_accounts[account];
    ++m_severityTotals[index];
    ++m_total;
}

bool DriftStatistics::remove(qint64 detectedAtMs, Severity severity, const QString &resourceType,
                             const QString &user, const QString &account)
{
    if (!isKnown(severity))
        return false;
    const auto index = std::size_t(severity);
    const auto minute = m_minutes.find(minuteOf(detectedAtMs));
    // Check everything before touching anything: a removal is taken back whole or not at all.
    if (minute == m_minutes.end() || (*minute)[index] <= 0 || m_resourceTypes.value(resourceType) <= 0
        || m_users.value(user) <= 0 || m_accounts.value(account) <= 0)
        return false;

    if (--(*minute)[index] == 0
        && std::all_of(minute->cbegin(), minute->cend(), [](qint64 c) { return c == 0; }))
        m_minutes.erase(minute);
    decrement(m_resourceTypes, resourceType);
    decrement(m_users, user);
    decrement(m_accounts, account);
    --m_severityTotals[index];
    --m_total;
    return true;
}

void DriftStatistics::add(const DriftEvent &event)
{
    add(event.detectedAtMs, event.severity, event.resourceType, event.caller.user, event.account);
}

bool DriftStatistics::remove(const DriftEvent &event)
{
    return remove(event.detectedAtMs, event.severity, event.resourceType, event.caller.user, event.account);
}

void DriftStatistics::clear()
{
    m_minutes.clear();
    m_resourceTypes.clear();
    m_users.clear();
    m_accounts.clear();
    m_severityTotals = {};
    m_total = 0;
}

void DriftStatistics::decrement(QHash<QString, qint64> &counts, const QString &value)
{
    const auto it = counts.find(value);
    if (--*it == 0)
        counts.erase(it);
}

int DriftStatistics::bucketCount(Range range)
{
    switch (range) {
    case Range::LastHour: return 60;
    case Range::LastDay: return 48;
    case Range::LastWeek: break;
    }
    return 28;
}

qint64 DriftStatistics::bucketWidthMs(Range range)
{
    return bucketMinutes(range) * kMinuteMs;
}

QList<DriftStatistics::TimelineBucket> DriftStatistics::timeline(Range range, qint64 nowMs,
                                                                 int utcOffsetSeconds) const
{
    const qint64 width = bucketMinutes(range);
    const qint64 buckets = bucketCount(range);
    const qint64 offsetMinutes = floorDiv(utcOffsetSeconds, 60);
    const qint64 lastStartLocal = floorDiv(minuteOf(nowMs) + offsetMinutes, width) * width;
    const qint64 firstMinute = lastStartLocal - (buckets - 1) * width - offsetMinutes;
    const qint64 endMinute = firstMinute + buckets * width;

    QList<TimelineBucket> result(buckets);
    for (qint64 i = 0; i < buckets; ++i) {
        result[i].startMs = (firstMinute + i * width) * kMinuteMs;
        result[i].endMs = result[i].startMs + width * kMinuteMs;
    }
    auto addMinute = [&](qint64 minute, const SeverityCounts &counts) {
        TimelineBucket &bucket = result[(minute - firstMinute) / width];
        for (std::size_t s = 0; s < counts.size(); ++s)
            bucket.counts[s] += counts[s];
    };
    // Walk whichever is shorter: the minutes that hold events, or the minutes of the range.
    if (qint64(m_minutes.size()) < endMinute - firstMinute) {
        for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it) {
            if (it.key() >= firstMinute && it.key() < endMinute)
                addMinute(it.key(), it.value());
        }
    } else {
        for (qint64 minute = firstMinute; minute < endMinute; ++minute) {
            const auto it = m_minutes.constFind(minute);
            if (it != m_minutes.cend())
                addMinute(minute, it.value());
        }
    }
    return result;
}

const QHash<QString, qint64> &DriftStatistics::countsFor(Dimension dimension) const
{
    switch (dimension) {
    case Dimension::ResourceType: return m_resourceTypes;
    case Dimension::User: return m_users;
    case Dimension::Account: break;
    }
    return m_accounts;
}

QList<DriftStatistics::ValueCount> DriftStatistics::top(Dimension dimension, int n) const
{
    const QHash<QString, qint64> &counts = countsFor(dimension);
    using Entry = QHash<QString, qint64>::const_iterator;
    std::vector<Entry> entries;
    entries.reserve(std::size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entries.push_back(it);

    const std::size_t wanted = n < 0 ? entries.size() : std::min(entries.size(), std::size_t(n));
    std::partial_sort(entries.begin(), entries.begin() + qsizetype(wanted), entries.end(),
                      [](const Entry &a, const Entry &b) {
                          if (a.value() != b.value())
                              return a.value() > b.value();
                          return a.key() < b.key();
                      });

    QList<ValueCount> result;
    result.reserve(qsizetype(wanted));
    for (std::size_t i = 0; i < wanted; ++i)
        result.append(ValueCount{entries[i].key(), entries[i].value()});
    return result;
}

qsizetype DriftStatistics::distinctCount(Dimension dimension) const
{
    return countsFor(dimension).size();
}

} // namespace tfdrift

#include "core/drift/DriftRuleSet.h"

#include <QDateTime>

namespace tfdrift {

namespace {
bool insideWindow(int minuteOfDay, int from, int to)
{
    if (from <= to)
        return minuteOfDay >= from && minuteOfDay < to;
    return minuteOfDay >= from || minuteOfDay < to; // e.g. 22:00-06:00
}
} // namespace

DriftRuleSet::DriftRuleSet(const QList<DriftRule> &rules, Severity defaultSeverity)
    : m_defaultSeverity(defaultSeverity)
{
    m_rules.reserve(std::size_t(rules.size()));
    for (const DriftRule &rule : rules) {
        CompiledRule compiled{rule, GlobList(rule.resourceTypes, Qt::CaseSensitive),
                              // IAM user and role names are unique regardless of case.
                              GlobList(rule.excludeUsers, Qt::CaseInsensitive),
                              rule.watchedAttributes.contains(QStringLiteral("*"))};
        m_rules.push_back(std::move(compiled));
    }
}

const std::vector<int> &DriftRuleSet::rulesForType(const QString &resourceType) const
{
    auto it = m_rulesByType.constFind(resourceType);
    if (it != m_rulesByType.constEnd())
        return *it;
    std::vector<int> matching;
    for (int i = 0; i < int(m_rules.size()); ++i) {
        if (m_rules[std::size_t(i)].resourceTypes.matches(resourceType))
            matching.push_back(i);
    }
    return *m_rulesByType.insert(resourceType, std::move(matching));
}

bool DriftRuleSet::watchesChange(const CompiledRule &rule, const RuleQuery &query)
{
    if (rule.watchesEverything)
        return true;
    if (!query.attributesKnown)
        return false;
    if (query.changedAttributes.isEmpty())
        return true; // the whole resource: created, deleted or unmanaged
    for (const QStringView attribute : query.changedAttributes) {
        if (rule.rule.watchedAttributes.contains(attribute))
            return true;
    }
    return false;
}

bool DriftRuleSet::scheduleExempts(const CompiledRule &rule, qint64 eventTimeMs)
{
    constexpr qint64 kMsPerQuarterHour = 15 * 60 * 1000;
    constexpr qint64 kSecondsPerDay = 24 * 60 * 60;
    const DriftSchedule &schedule = *rule.rule.schedule;
    const qint64 quarter
        = eventTimeMs >= 0 ? eventTimeMs / kMsPerQuarterHour : (eventTimeMs + 1) / kMsPerQuarterHour - 1;
    if (quarter != rule.cachedQuarter) {
        rule.cachedOffsetSeconds = schedule.timeZone.offsetFromUtc(
            QDateTime::fromMSecsSinceEpoch(quarter * kMsPerQuarterHour, QTimeZone::utc()));
        rule.cachedQuarter = quarter;
    }
    const qint64 localSeconds = eventTimeMs / 1000 + rule.cachedOffsetSeconds;
    const qint64 day
        = localSeconds >= 0 ? localSeconds / kSecondsPerDay : (localSeconds + 1) / kSecondsPerDay - 1;
    const int minuteOfDay = int((localSeconds - day * kSecondsPerDay) / 60);
    // 1970-01-01 was a Thursday: ISO day 4.
    const int dayOfWeek = int(((day % 7) + 7 + 3) % 7) + 1;
    const bool weekday = dayOfWeek <= 5;
    if (schedule.weekdaysOnly && !weekday)
        return false; // weekends are never allowed
    if (!schedule.hasAllowedHours)
        return schedule.weekdaysOnly; // weekdays_only alone allows every weekday hour
    return insideWindow(minuteOfDay, schedule.allowedFromMinutes, schedule.allowedToMinutes);
}

RuleVerdict DriftRuleSet::evaluate(const RuleQuery &query) const
{
    RuleVerdict verdict;
    bool anyMatch = false;
    bool anyExcluding = false;
    for (const int index : rulesForType(query.resourceType)) {
        const CompiledRule &rule = m_rules[std::size_t(index)];
        if (!watchesChange(rule, query))
            continue;
        if (!rule.rule.environment.isEmpty()
            && std::none_of(query.environments.cbegin(), query.environments.cend(),
                            [&](QStringView environment) { return environment == rule.rule.environment; }))
            continue;
        if (rule.rule.schedule && scheduleExempts(rule, query.eventTimeMs))
            continue;
        const bool excludes = std::any_of(query.userNames.cbegin(), query.userNames.cend(),
                                          [&](QStringView name) { return rule.excludeUsers.matches(name); });
        if (excludes) {
            anyExcluding = true;
            continue;
        }
        if (!anyMatch || rule.rule.severity > verdict.severity)
            verdict.severity = rule.rule.severity;
        anyMatch = true;
        verdict.matchedRules.append(rule.rule.name);
    }
    if (!anyMatch) {
        verdict.severity = m_defaultSeverity;
        verdict.excluded = anyExcluding;
    }
    return verdict;
}

} // namespace tfdrift

#pragma once

#include "core/drift/DriftRule.h"
#include "core/drift/GlobList.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

namespace tfdrift {

// What the rules are asked about one drift.
// Views into the drift event being judged, so that asking costs no copies.
struct RuleQuery {
    QString resourceType;
    QVarLengthArray<QStringView, 8> changedAttributes;
    // False for a call the catalog cannot diff: only rules watching "*" see it. Creations,
    // deletions and unmanaged resources concern the whole resource and count as known.
    bool attributesKnown = true;
    QVarLengthArray<QStringView, 4> userNames;    // every name the caller goes by: user, role, session, ARN
    QVarLengthArray<QStringView, 2> environments; // the source's and the state's labels
    qint64 eventTimeMs = 0;
};

struct RuleVerdict {
    Severity severity = Severity::Low;
    QStringList matchedRules;
    bool excluded = false; // every rule that would match excludes the user
};

// drift_rules, compiled. A rule matches when the resource type matches a glob, a changed
// attribute is watched, the user is not excluded, the environment agrees and the schedule does
// not exempt the time. Severity is the highest among matching rules; without any, the default.
// Not thread-safe: it caches the rules per resource type.
class DriftRuleSet
{
public:
    DriftRuleSet(const QList<DriftRule> &rules, Severity defaultSeverity);

    RuleVerdict evaluate(const RuleQuery &query) const;
    int size() const { return int(m_rules.size()); }

private:
    struct CompiledRule {
        DriftRule rule;
        GlobList resourceTypes;
        GlobList excludeUsers;
        bool watchesEverything = false;
        // The time zone's UTC offset for the last quarter hour asked about: zone lookups cost
        // more than the rest of a rule, and offsets only change on quarter hours.
        mutable qint64 cachedQuarter = -1;
        mutable int cachedOffsetSeconds = 0;
    };

    const std::vector<int> &rulesForType(const QString &resourceType) const;
    static bool watchesChange(const CompiledRule &rule, const RuleQuery &query);
    static bool scheduleExempts(const CompiledRule &rule, qint64 eventTimeMs);

    std::vector<CompiledRule> m_rules;
    Severity m_defaultSeverity;
    mutable QHash<QString, std::vector<int>> m_rulesByType;
};

} // namespace tfdrift

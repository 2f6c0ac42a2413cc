#include "core/filter/QuickFilter.h"

namespace tfdrift {

namespace {

constexpr quint8 bitOf(int value)
{
    return quint8(1u << (unsigned(value) & 7u));
}

void setBit(quint8 *mask, int value, bool on)
{
    if (on)
        *mask |= bitOf(value);
    else
        *mask &= quint8(~bitOf(value));
}

bool containsText(QStringView haystack, QStringView needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool anyFieldContains(const DriftEvent &event, QStringView text)
{
    if (containsText(event.resourceType, text) || containsText(event.resourceId, text)
        || containsText(event.terraformAddress, text) || containsText(event.caller.user, text)
        || containsText(event.account, text) || containsText(event.region, text)
        || containsText(event.eventName, text) || containsText(event.alert.endpoint, text)
        || containsText(event.alert.rule, text)) {
        return true;
    }
    for (const AttributeChange &change : event.changes) {
        if (containsText(change.attribute, text))
            return true;
    }
    return false;
}

} // namespace

bool QuickFilter::includesSeverity(Severity severity) const
{
    return severities & bitOf(int(severity));
}

void QuickFilter::setSeverityIncluded(Severity severity, bool included)
{
    setBit(&severities, int(severity), included);
}

void QuickFilter::setSeverities(std::initializer_list<Severity> shown)
{
    severities = 0;
    for (Severity severity : shown)
        setSeverityIncluded(severity, true);
}

bool QuickFilter::includesChangeKind(ChangeKind kind) const
{
    return changeKinds & bitOf(int(kind));
}

void QuickFilter::setChangeKindIncluded(ChangeKind kind, bool included)
{
    setBit(&changeKinds, int(kind), included);
}

void QuickFilter::setChangeKinds(std::initializer_list<ChangeKind> shown)
{
    changeKinds = 0;
    for (ChangeKind kind : shown)
        setChangeKindIncluded(kind, true);
}

bool QuickFilter::matches(const DriftEvent &event) const
{
    if (!includesSeverity(event.severity) || !includesChangeKind(event.kind))
        return false;
    return text.isEmpty() || anyFieldContains(event, text);
}

bool QuickFilter::matchesEverything() const
{
    return (severities & kAllSeverities) == kAllSeverities
        && (changeKinds & kAllChangeKinds) == kAllChangeKinds && text.isEmpty();
}

} // namespace tfdrift

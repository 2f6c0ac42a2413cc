#pragma once

#include "core/drift/DriftEvent.h"
#include "core/drift/DriftRuleSet.h"
#include "core/drift/RecentEventIds.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace tfdrift {

class MappingCatalog;
class StateIndex;
struct EventMapping;
struct TerraformResource;
class EventDocument;

struct DriftEngineSettings {
    QList<DriftRule> rules;
    Severity defaultSeverity = Severity::Low;
    QStringList awsRegions;  // empty: every region
    QStringList gcpProjects; // empty: every project
};

// Turns Falco alerts into drift events: maps the API call to a Terraform resource type, finds
// the resource in Terraform state, diffs the attributes the call set, and applies drift_rules.
// One engine serves one thread; it is cheap to build one per thread.
class DriftEngine
{
public:
    DriftEngine(std::shared_ptr<const MappingCatalog> catalog, const DriftEngineSettings &settings);
    ~DriftEngine();

    void setStateIndex(std::shared_ptr<const StateIndex> index);

    // nullopt when the alert is no drift: not a cloud audit event, a read-only or failed call,
    // outside the configured regions or projects, a change Terraform state already holds (a
    // legitimate apply, seen again after the state was refreshed), or another rule's alert about an
    // audit event already evaluated.
    std::optional<DriftEvent> evaluate(const FalcoAlert &alert, const QString &sourceEnvironment = {});

private:
    struct Call;
    std::optional<Call> readCall(const FalcoAlert &alert) const;
    QString resourceId(const EventMapping &mapping, EventDocument &document) const;
    // false when every attribute the call set already has that value in state.
    bool diff(const EventMapping &mapping, const TerraformResource &resource, EventDocument &document,
              DriftEvent *event) const;

    std::shared_ptr<const MappingCatalog> m_catalog;
    std::shared_ptr<const StateIndex> m_state;
    DriftRuleSet m_rules;
    QStringList m_awsRegions;
    QStringList m_gcpProjects;
    quint64 m_nextId = 1;
    RecentEventIds m_recentEvents;
};

// The attribute name of a call whose effect the catalog cannot diff.
QString outOfBandAttribute();

} // namespace tfdrift

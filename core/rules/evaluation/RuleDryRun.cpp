#include "core/rules/evaluation/RuleDryRun.h"

#include "core/rules/FieldCatalog.h"
#include "core/rules/RulesLoader.h"
#include "core/rules/evaluation/EventFileReader.h"

namespace tfdrift::rules {

RuleDryRun::RuleDryRun() = default;
RuleDryRun::~RuleDryRun() = default;

bool RuleDryRun::loadRules(const QStringList &files, RuleEvaluator::RuleSelection selection)
{
    RulesLoader loader(FieldCatalog::builtIn());
    for (const QString &path : files)
        loader.loadFile(path);
    loader.validate();
    m_diagnostics = loader.diagnostics();
    if (hasErrors(m_diagnostics))
        return false;
    m_evaluator = std::make_unique<RuleEvaluator>(loader, selection);
    return true;
}

bool RuleDryRun::loadEvents(const QString &file)
{
    EventFileReader reader;
    const bool readable = reader.readFile(file);
    m_eventErrors = reader.errors();
    m_eventNotes = reader.notes();
    m_events = reader.takeEvents();
    // evt.reltime counts from the first event, as in a Falco capture.
    for (const auto &event : m_events)
        event->setStartTimeNs(m_events.front()->timeNs());
    return readable;
}

AlertBatch RuleDryRun::alerts()
{
    AlertBatch alerts;
    if (!m_evaluator)
        return alerts;
    for (const auto &event : m_events) {
        for (int ruleIndex : m_evaluator->matchingRules(*event))
            alerts.append(m_evaluator->alertFor(*event, ruleIndex));
    }
    return alerts;
}

} // namespace tfdrift::rules

#pragma once

#include "core/falco/FalcoAlert.h"
#include "core/rules/evaluation/ConditionProgram.h"
#include "core/rules/evaluation/FieldSlots.h"
#include "core/rules/evaluation/OutputTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace tfdrift::rules {

class RulesLoader;

// A rule ready to run over events.
struct CompiledRule {
    QString name;
    QString source;
    FalcoPriority priority = FalcoPriority::Debug;
    QStringList tags;
    ConditionProgram condition;
    OutputTemplate output;
};

// A rule the evaluator leaves out, and why: its source has no evaluator (syscall, k8s_audit...), or it
// uses a field or construct the evaluator does not support.
struct SkippedRule {
    QString name;
    QString source;
    QString reason;
};

// Runs the enabled rules of a loaded rule set over CloudTrail records and GCP audit log entries, and
// turns each match into the alert Falco would emit. Not thread-safe: one evaluator per thread.
class RuleEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::rules::RuleEvaluator)

public:
    // Which rules run: Falco runs the enabled ones; a rule author testing a rule that ships disabled
    // (`enabled: false`, to be turned on by a later file) wants those too.
    enum class RuleSelection { Enabled, All };

    // Compiles the rules of `loader` (after its validate()). Rules the loader found errors in are
    // compiled anyway when they can be; those that cannot end up in skippedRules().
    explicit RuleEvaluator(const RulesLoader &loader, RuleSelection selection = RuleSelection::Enabled);
    ~RuleEvaluator();
    RuleEvaluator(const RuleEvaluator &) = delete;
    RuleEvaluator &operator=(const RuleEvaluator &) = delete;

    // Sources this evaluator can read events of.
    static QStringList evaluableSources();

    const std::vector<SkippedRule> &skippedRules() const { return m_skipped; }
    int ruleCount() const;
    int ruleCount(const QString &source) const;

    // Indexes (into rule()) of the rules whose condition the event satisfies, in file order.
    std::vector<int> matchingRules(const RuleEvent &event);
    const CompiledRule &rule(const QString &source, int index) const;
    const CompiledRule *findRule(const QString &name) const;

    // The alert Falco would emit for `rule` on `event`: output with the time and priority prefix,
    // output_fields with the fields the output names (missing ones as null).
    FalcoAlert alertFor(const RuleEvent &event, int ruleIndex);

    // How the named rule's condition came to its result on this event (empty for an unknown rule or
    // one of another source).
    std::vector<ConditionProgram::ExplainStep> explain(const RuleEvent &event, const QString &ruleName);

    // The hostname alerts carry (default: this machine's).
    void setHostname(const QString &hostname) { m_hostname = hostname; }

private:
    struct SourceRules;
    SourceRules *rulesFor(const QString &source);

    std::vector<std::unique_ptr<SourceRules>> m_sources;
    std::vector<SkippedRule> m_skipped;
    QString m_hostname;
};

} // namespace tfdrift::rules

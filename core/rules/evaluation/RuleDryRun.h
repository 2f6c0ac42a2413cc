#pragma once

#include "core/falco/FalcoAlert.h"
#include "core/rules/RuleDiagnostic.h"
#include "core/rules/evaluation/RuleEvaluator.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace tfdrift::rules {

// Rules files and recorded events, put together for a dry run: what `tfdrift rules test` prints and what
// `tfdrift emulate --cloudtrail` streams.
class RuleDryRun
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::rules::RuleDryRun)

public:
    RuleDryRun();
    ~RuleDryRun();

    // Loads and validates rules files in order. False when they have errors (as Falco would refuse
    // them); the errors are in ruleDiagnostics().
    bool loadRules(const QStringList &files,
                   RuleEvaluator::RuleSelection selection = RuleEvaluator::RuleSelection::Enabled);
    // Reads the events. False when the file could not be read at all; bad records are in
    // eventErrors() and the others are kept.
    bool loadEvents(const QString &file);

    const QList<RuleDiagnostic> &ruleDiagnostics() const { return m_diagnostics; }
    const QStringList &eventErrors() const { return m_eventErrors; }
    const QStringList &eventNotes() const { return m_eventNotes; }
    RuleEvaluator &evaluator() { return *m_evaluator; }
    const std::vector<std::unique_ptr<RuleEvent>> &events() const { return m_events; }

    // Every alert the rules raise over the events, in event order.
    AlertBatch alerts();

private:
    QList<RuleDiagnostic> m_diagnostics;
    QStringList m_eventErrors;
    QStringList m_eventNotes;
    std::unique_ptr<RuleEvaluator> m_evaluator;
    std::vector<std::unique_ptr<RuleEvent>> m_events;
};

} // namespace tfdrift::rules

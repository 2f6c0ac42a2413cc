#include "core/rules/evaluation/RuleEvaluator.h"

#include "core/falco/Rfc3339.h"
#include "core/rules/RulesLoader.h"
#include "core/rules/evaluation/CloudTrailEvent.h"
#include "core/rules/evaluation/ConditionCompiler.h"
#include "core/rules/evaluation/GcpAuditEvent.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSysInfo>

namespace tfdrift::rules {

struct RuleEvaluator::SourceRules {
    QString source;
    FieldSlots slots;
    std::vector<CompiledRule> rules;
    std::unique_ptr<EventFieldCache> cache;

    SourceRules(QString name, FieldSlots::Resolver resolver)
        : source(std::move(name))
        , slots(std::move(resolver))
    {
    }
    EventFieldCache &cacheFor(const RuleEvent &event)
    {
        if (!cache)
            cache = std::make_unique<EventFieldCache>(slots);
        cache->setEvent(event);
        return *cache;
    }
};

namespace {

QJsonValue jsonNumber(quint64 number)
{
    return number <= quint64(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(number))
                                                                 : QJsonValue(QString::number(number));
}

// A value as Falco's JSON output gives it: null when missing, an array for a list field, a number for
// numeric fields and for the evt.time family (nanoseconds, whatever their text looks like).
QJsonValue outputFieldValue(const FieldValue &value, const FieldOperand &operand, const RuleEvent &event)
{
    if (value.isMissing())
        return QJsonValue::Null;
    if (operand.kind == FieldOperand::Kind::Field && operand.field.outputsTimestamp)
        return jsonNumber(quint64(event.timeNs()));
    if (operand.kind == FieldOperand::Kind::Field && operand.field.isList && operand.argument.isEmpty()) {
        QJsonArray values;
        for (qsizetype index = 0; index < value.count(); ++index)
            values.append(value.type == FieldType::String ? QJsonValue(value.strings[index])
                                                          : jsonNumber(value.numbers[index]));
        return values;
    }
    if (value.count() > 1)
        return OutputTemplate::valueText(value);
    return value.type == FieldType::String ? QJsonValue(value.strings.first())
                                           : jsonNumber(value.numbers.first());
}

} // namespace

RuleEvaluator::RuleEvaluator(const RulesLoader &loader, RuleSelection selection)
    : m_hostname(QSysInfo::machineHostName())
{
    m_sources.push_back(
        std::make_unique<SourceRules>(QStringLiteral("aws_cloudtrail"), &CloudTrailEvent::resolveField));
    m_sources.push_back(
        std::make_unique<SourceRules>(QStringLiteral("gcp_auditlog"), &GcpAuditEvent::resolveField));

    for (const auto &sourceRules : m_sources) {
        ConditionCompiler compiler(sourceRules->slots, loader.macros(), loader.lists());
        for (const RuleDefinition &definition : loader.rules()) {
            const bool selected = definition.enabled || selection == RuleSelection::All;
            if (definition.source != sourceRules->source || !selected)
                continue;
            CompileError conditionError;
            std::optional<ConditionProgram> condition
                = compiler.compile(definition.condition.text, definition.name, &conditionError);
            if (!condition) {
                m_skipped.push_back(
                    {definition.name, definition.source,
                     conditionError.origin == definition.name
                         ? conditionError.message
                         : tr("%1 (in macro %2)").arg(conditionError.message, conditionError.origin)});
                continue;
            }
            QString outputError;
            std::optional<OutputTemplate> output
                // Falco trims the output, so a folded YAML block does not end the alert with "\n".
                = OutputTemplate::compile(definition.output.text.trimmed(), sourceRules->slots, &outputError);
            if (!output) {
                m_skipped.push_back({definition.name, definition.source, outputError});
                continue;
            }
            CompiledRule rule;
            rule.name = definition.name;
            rule.source = definition.source;
            rule.priority = parsePriority(definition.priority).value_or(FalcoPriority::Debug);
            rule.tags = definition.tags;
            rule.condition = std::move(*condition);
            rule.output = std::move(*output);
            sourceRules->rules.push_back(std::move(rule));
        }
    }
    for (const RuleDefinition &definition : loader.rules()) {
        const bool selected = definition.enabled || selection == RuleSelection::All;
        if (selected && !evaluableSources().contains(definition.source))
            m_skipped.push_back({definition.name, definition.source,
                                 tr("the evaluator reads aws_cloudtrail and gcp_auditlog events, not %1")
                                     .arg(definition.source)});
    }
}

RuleEvaluator::~RuleEvaluator() = default;

QStringList RuleEvaluator::evaluableSources()
{
    return {QStringLiteral("aws_cloudtrail"), QStringLiteral("gcp_auditlog")};
}

int RuleEvaluator::ruleCount() const
{
    int count = 0;
    for (const auto &sourceRules : m_sources)
        count += int(sourceRules->rules.size());
    return count;
}

int RuleEvaluator::ruleCount(const QString &source) const
{
    for (const auto &sourceRules : m_sources) {
        if (sourceRules->source == source)
            return int(sourceRules->rules.size());
    }
    return 0;
}

RuleEvaluator::SourceRules *RuleEvaluator::rulesFor(const QString &source)
{
    for (const auto &sourceRules : m_sources) {
        if (sourceRules->source == source)
            return sourceRules.get();
    }
    return nullptr;
}

std::vector<int> RuleEvaluator::matchingRules(const RuleEvent &event)
{
    std::vector<int> matches;
    SourceRules *sourceRules = rulesFor(event.source());
    if (!sourceRules)
        return matches;
    EventFieldCache &cache = sourceRules->cacheFor(event);
    for (std::size_t index = 0; index < sourceRules->rules.size(); ++index) {
        if (sourceRules->rules[index].condition.evaluate(cache))
            matches.push_back(int(index));
    }
    return matches;
}

const CompiledRule &RuleEvaluator::rule(const QString &source, int index) const
{
    for (const auto &sourceRules : m_sources) {
        if (sourceRules->source == source)
            return sourceRules->rules.at(std::size_t(index));
    }
    Q_UNREACHABLE();
}

const CompiledRule *RuleEvaluator::findRule(const QString &name) const
{
    for (const auto &sourceRules : m_sources) {
        for (const CompiledRule &rule : sourceRules->rules) {
            if (rule.name == name)
                return &rule;
        }
    }
    return nullptr;
}

FalcoAlert RuleEvaluator::alertFor(const RuleEvent &event, int ruleIndex)
{
    SourceRules *sourceRules = rulesFor(event.source());
    Q_ASSERT(sourceRules);
    const CompiledRule &rule = sourceRules->rules.at(std::size_t(ruleIndex));
    EventFieldCache &cache = sourceRules->cacheFor(event);

    FalcoAlert alert;
    alert.timeNs = event.timeNs();
    alert.priority = rule.priority;
    alert.rule = rule.name;
    alert.source = rule.source;
    alert.hostname = m_hostname;
    alert.tags = rule.tags;
    // Falco's time_format_iso_8601 prefix: "2026-03-06T21:22:54.000000000+0000: Warning ...".
    QString time = formatRfc3339Nanos(event.timeNs());
    time.chop(1);
    alert.output = time + QStringLiteral("+0000: ") + priorityName(rule.priority) + QLatin1Char(' ')
        + rule.output.format(cache);
    for (int slot : rule.output.fieldSlots())
        alert.outputFields.insert(
            sourceRules->slots.operand(slot).text,
            outputFieldValue(cache.value(slot), sourceRules->slots.operand(slot), event));
    return alert;
}

std::vector<ConditionProgram::ExplainStep> RuleEvaluator::explain(const RuleEvent &event,
                                                                  const QString &ruleName)
{
    SourceRules *sourceRules = rulesFor(event.source());
    if (!sourceRules)
        return {};
    for (const CompiledRule &rule : sourceRules->rules) {
        if (rule.name == ruleName)
            return rule.condition.explain(sourceRules->cacheFor(event));
    }
    return {};
}

} // namespace tfdrift::rules

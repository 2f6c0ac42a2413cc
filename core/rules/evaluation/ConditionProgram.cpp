#include "core/rules/evaluation/ConditionProgram.h"

#include <fnmatch.h>

namespace tfdrift::rules {

namespace {

bool matchesGlob(const QByteArray &pattern, const QString &value, bool caseInsensitive)
{
    const QByteArray text = value.toUtf8();
    return fnmatch(pattern.constData(), text.constData(), caseInsensitive ? FNM_CASEFOLD : 0) == 0;
}

bool matchesPathPrefix(const QString &value, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes) {
        if (value == prefix)
            return true;
        if (prefix.endsWith(QLatin1Char('/')) ? value.startsWith(prefix)
                                              : value.startsWith(prefix) && value.size() > prefix.size()
                    && value[prefix.size()] == QLatin1Char('/'))
            return true;
    }
    return false;
}

QString observedValues(const FieldValue &value)
{
    if (value.isMissing())
        return QStringLiteral("<NA>");
    QStringList texts;
    for (qsizetype index = 0; index < value.count(); ++index)
        texts.append(value.text(index));
    return texts.size() == 1 ? texts.first()
                             : QLatin1Char('(') + texts.join(QLatin1String(", ")) + QLatin1Char(')');
}

} // namespace

bool compareText(const QString &value, ConditionOperator op, const ComparisonValue &rhs)
{
    switch (op) {
    case ConditionOperator::Equal:
    case ConditionOperator::EqualEqual: return value == rhs.text;
    case ConditionOperator::NotEqual: return value != rhs.text;
    case ConditionOperator::Less: return QString::compare(value, rhs.text) < 0;
    case ConditionOperator::LessEqual: return QString::compare(value, rhs.text) <= 0;
    case ConditionOperator::Greater: return QString::compare(value, rhs.text) > 0;
    case ConditionOperator::GreaterEqual: return QString::compare(value, rhs.text) >= 0;
    case ConditionOperator::Contains: return value.contains(rhs.text);
    case ConditionOperator::IContains: return value.contains(rhs.text, Qt::CaseInsensitive);
    case ConditionOperator::BContains: return value.toUtf8().contains(rhs.bytes);
    case ConditionOperator::StartsWith: return value.startsWith(rhs.text);
    case ConditionOperator::BStartsWith: return value.toUtf8().startsWith(rhs.bytes);
    case ConditionOperator::EndsWith: return value.endsWith(rhs.text);
    case ConditionOperator::Glob: return matchesGlob(rhs.bytes, value, false);
    case ConditionOperator::IGlob: return matchesGlob(rhs.bytes, value, true);
    case ConditionOperator::Regex: return rhs.regex && rhs.regex->match(value).hasMatch();
    case ConditionOperator::In:
    case ConditionOperator::Intersects: return rhs.textSet.contains(value);
    case ConditionOperator::PMatch: return matchesPathPrefix(value, rhs.items);
    case ConditionOperator::Exists: return true;
    }
    return false;
}

bool compareNumber(quint64 value, ConditionOperator op, const ComparisonValue &rhs)
{
    if (op == ConditionOperator::In || op == ConditionOperator::Intersects)
        return rhs.numberSet.contains(value);
    if (!rhs.hasNumber)
        return compareText(QString::number(value), op, rhs);
    switch (op) {
    case ConditionOperator::Equal:
    case ConditionOperator::EqualEqual: return value == rhs.number;
    case ConditionOperator::NotEqual: return value != rhs.number;
    case ConditionOperator::Less: return value < rhs.number;
    case ConditionOperator::LessEqual: return value <= rhs.number;
    case ConditionOperator::Greater: return value > rhs.number;
    case ConditionOperator::GreaterEqual: return value >= rhs.number;
    default: return compareText(QString::number(value), op, rhs);
    }
}

int ConditionProgram::addNode(Node node)
{
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size()) - 1;
}

bool ConditionProgram::evaluateNode(int index, EventFieldCache &cache) const
{
    const Node &current = m_nodes[std::size_t(index)];
    switch (current.kind) {
    case NodeKind::And:
        for (int child : current.children) {
            if (!evaluateNode(child, cache))
                return false;
        }
        return true;
    case NodeKind::Or:
        for (int child : current.children) {
            if (evaluateNode(child, cache))
                return true;
        }
        return false;
    case NodeKind::Not: return !evaluateNode(current.children.front(), cache);
    case NodeKind::Check: return evaluateCheck(current, cache);
    case NodeKind::Constant: return current.constant;
    }
    return false;
}

bool ConditionProgram::evaluateCheck(const Node &check, EventFieldCache &cache) const
{
    const FieldValue &value = cache.value(check.slot);
    if (check.op == ConditionOperator::Exists)
        return !value.isMissing();
    // Falco: a comparison with a missing value is false, whatever the operator (so `!=` too).
    if (value.isMissing())
        return false;

    const ComparisonValue *rhs = &check.value;
    ComparisonValue fromField;
    if (check.value.valueSlot >= 0) {
        const FieldValue &other = cache.value(check.value.valueSlot);
        if (other.isMissing())
            return false;
        fromField.text = other.text();
        fromField.bytes = fromField.text.toUtf8();
        fromField.textSet.insert(fromField.text);
        fromField.items.append(fromField.text);
        if (other.type != FieldType::String) {
            fromField.hasNumber = true;
            fromField.number = other.numbers.first();
            fromField.numberSet.insert(fromField.number);
        }
        rhs = &fromField;
    }

    const auto compareAt = [&](qsizetype index) {
        return value.type == FieldType::String ? compareText(value.strings[index], check.op, *rhs)
                                               : compareNumber(value.numbers[index], check.op, *rhs);
    };
    // A list field is `in` a set when every value is; any other operator wants one value to match.
    if (check.op == ConditionOperator::In) {
        for (qsizetype index = 0; index < value.count(); ++index) {
            if (!compareAt(index))
                return false;
        }
        return true;
    }
    for (qsizetype index = 0; index < value.count(); ++index) {
        if (compareAt(index))
            return true;
    }
    return false;
}

std::vector<ConditionProgram::ExplainStep> ConditionProgram::explain(EventFieldCache &cache) const
{
    std::vector<ExplainStep> steps;
    if (!m_nodes.empty())
        explainNode(m_root, 0, cache, steps);
    return steps;
}

void ConditionProgram::explainNode(int index, int depth, EventFieldCache &cache,
                                   std::vector<ExplainStep> &steps) const
{
    const Node &current = m_nodes[std::size_t(index)];
    ExplainStep step;
    step.depth = depth;
    step.text = current.text;
    step.origin = current.origin;
    step.result = evaluateNode(index, cache);
    if (current.kind == NodeKind::Check)
        step.observed = observedValues(cache.value(current.slot));
    steps.push_back(step);

    switch (current.kind) {
    case NodeKind::And:
    case NodeKind::Or: {
        // The part that decided: the first one that agrees with the result, unless every part had to.
        const bool decisive = current.kind == NodeKind::Or;
        if (step.result == decisive) {
            for (int child : current.children) {
                if (evaluateNode(child, cache) == decisive) {
                    explainNode(child, depth + 1, cache, steps);
                    return;
                }
            }
        }
        for (int child : current.children)
            explainNode(child, depth + 1, cache, steps);
        return;
    }
    case NodeKind::Not: explainNode(current.children.front(), depth + 1, cache, steps); return;
    case NodeKind::Check:
    case NodeKind::Constant: return;
    }
}

} // namespace tfdrift::rules

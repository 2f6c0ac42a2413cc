#include "core/rules/ConditionAst.h"

#include <array>

namespace tfdrift::rules {

namespace {

struct OperatorSpelling {
    ConditionOperator op;
    const char16_t *name;
    OperatorArity arity;
};

constexpr std::array<OperatorSpelling, 20> kOperators = {{
    {ConditionOperator::Exists, u"exists", OperatorArity::Unary},
    {ConditionOperator::LessEqual, u"<=", OperatorArity::Numeric},
    {ConditionOperator::Less, u"<", OperatorArity::Numeric},
    {ConditionOperator::GreaterEqual, u">=", OperatorArity::Numeric},
    {ConditionOperator::Greater, u">", OperatorArity::Numeric},
    {ConditionOperator::EqualEqual, u"==", OperatorArity::String},
    {ConditionOperator::Equal, u"=", OperatorArity::String},
    {ConditionOperator::NotEqual, u"!=", OperatorArity::String},
    {ConditionOperator::Glob, u"glob", OperatorArity::String},
    {ConditionOperator::IGlob, u"iglob", OperatorArity::String},
    {ConditionOperator::Contains, u"contains", OperatorArity::String},
    {ConditionOperator::IContains, u"icontains", OperatorArity::String},
    {ConditionOperator::BContains, u"bcontains", OperatorArity::String},
    {ConditionOperator::StartsWith, u"startswith", OperatorArity::String},
    {ConditionOperator::BStartsWith, u"bstartswith", OperatorArity::String},
    {ConditionOperator::EndsWith, u"endswith", OperatorArity::String},
    {ConditionOperator::Regex, u"regex", OperatorArity::String},
    {ConditionOperator::Intersects, u"intersects", OperatorArity::List},
    {ConditionOperator::In, u"in", OperatorArity::List},
    {ConditionOperator::PMatch, u"pmatch", OperatorArity::List},
}};

const OperatorSpelling &spelling(ConditionOperator op)
{
    for (const auto &s : kOperators) {
        if (s.op == op)
            return s;
    }
    return kOperators.front();
}

void collect(const ConditionNode &node, bool underListOperator, std::vector<ConditionReference> *macros,
             std::vector<ConditionReference> *lists, std::vector<const ConditionNode *> *fields)
{
    switch (node.kind) {
    case ConditionNodeKind::MacroRef:
        if (macros)
            macros->push_back({node.text, node.offset});
        return;
    case ConditionNodeKind::Field:
        if (fields)
            fields->push_back(&node);
        return;
    case ConditionNodeKind::Value:
        if (lists && underListOperator && node.valueKind == ConditionValueKind::Bare)
            lists->push_back({node.text, node.offset});
        return;
    case ConditionNodeKind::Check: {
        const bool listOp = conditionOperatorArity(node.op) == OperatorArity::List;
        for (std::size_t i = 0; i < node.children.size(); ++i)
            collect(*node.children[i], listOp && i == 1, macros, lists, fields);
        return;
    }
    case ConditionNodeKind::Transformer:
        for (const auto &child : node.children)
            collect(*child, false, macros, lists, fields);
        return;
    default:
        for (const auto &child : node.children)
            collect(*child, underListOperator, macros, lists, fields);
        return;
    }
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString conditionOperatorName(ConditionOperator op)
{
    return QString::fromUtf16(spelling(op).name);
}

std::optional<ConditionOperator> conditionOperatorFromName(QStringView name)
{
    for (const auto &s : kOperators) {
        if (name == QStringView(s.name))
            return s.op;
    }
    return std::nullopt;
}

OperatorArity conditionOperatorArity(ConditionOperator op)
{
    return spelling(op).arity;
}

QStringList conditionOperatorNames()
{
    QStringList names;
    for (const auto &s : kOperators)
        names << QString::fromUtf16(s.name);
    return names;
}

QStringList conditionTransformerNames()
{
    return {QStringLiteral("tolower"),  QStringLiteral("toupper"), QStringLiteral("b64"),
            QStringLiteral("basename"), QStringLiteral("len"),     QStringLiteral("join"),
            QStringLiteral("concat"),   QStringLiteral("getopt")};
}

std::vector<ConditionReference> macroReferences(const ConditionNode &root)
{
    std::vector<ConditionReference> result;
    collect(root, false, &result, nullptr, nullptr);
    return result;
}

std::vector<ConditionReference> listCandidates(const ConditionNode &root)
{
    std::vector<ConditionReference> result;
    collect(root, false, nullptr, &result, nullptr);
    return result;
}

std::vector<const ConditionNode *> fieldNodes(const ConditionNode &root)
{
    std::vector<const ConditionNode *> result;
    collect(root, false, nullptr, nullptr, &result);
    return result;
}

QString toDebugString(const ConditionNode &node)
{
    auto childrenText = [&node]() {
        QString text;
        for (const auto &child : node.children)
            text += QLatin1Char(' ') + toDebugString(*child);
        return text;
    };
    switch (node.kind) {
    case ConditionNodeKind::And: return QStringLiteral("(and") + childrenText() + QLatin1Char(')');
    case ConditionNodeKind::Or: return QStringLiteral("(or") + childrenText() + QLatin1Char(')');
    case ConditionNodeKind::Not: return QStringLiteral("(not") + childrenText() + QLatin1Char(')');
    case ConditionNodeKind::MacroRef: return QStringLiteral("macro:") + node.text;
    case ConditionNodeKind::Check:
        return QLatin1Char('(') + conditionOperatorName(node.op) + childrenText() + QLatin1Char(')');
    case ConditionNodeKind::Field:
        return node.hasArgument ? node.text + QLatin1Char('[') + node.argument + QLatin1Char(']') : node.text;
    case ConditionNodeKind::Transformer:
        return node.text + QLatin1Char('(') + childrenText().mid(1) + QLatin1Char(')');
    case ConditionNodeKind::Value:
        switch (node.valueKind) {
        case ConditionValueKind::Quoted: return quoted(node.text);
        case ConditionValueKind::Number: return QStringLiteral("#") + node.text;
        case ConditionValueKind::Bare: return node.text;
        }
        return node.text;
    case ConditionNodeKind::List: return QStringLiteral("[") + childrenText().mid(1) + QLatin1Char(']');
    }
    return {};
}

} // namespace tfdrift::rules

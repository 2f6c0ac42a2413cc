#include "core/rules/evaluation/ConditionCompiler.h"

#include "core/rules/ConditionParser.h"

namespace tfdrift::rules {

namespace {

// Thrown inside the recursive compiler; compile() turns it into a CompileError.
struct CompileFailure {
    CompileError error;
};

constexpr int kMaxMacroDepth = 64;

} // namespace

struct ConditionCompiler::ParsedMacro {
    QString text;
    ConditionParseResult parsed;
};

struct ConditionCompiler::Context {
    ConditionProgram program;
    QString text;
    QString origin;
    QStringList macroStack;

    [[noreturn]] void fail(qsizetype offset, const QString &message) const
    {
        throw CompileFailure{CompileError{message, origin, offset}};
    }
    QString source(const ConditionNode &node) const { return text.mid(node.offset, node.length); }
};

ConditionCompiler::ConditionCompiler(FieldSlots &slots, const std::vector<MacroDefinition> &macros,
                                     const std::vector<ListDefinition> &lists)
    : m_slots(slots)
{
    for (const MacroDefinition &macro : macros)
        m_macros.insert(macro.name, &macro);
    for (const ListDefinition &list : lists)
        m_lists.insert(list.name, &list);
}

ConditionCompiler::~ConditionCompiler() = default;

std::optional<ConditionProgram> ConditionCompiler::compile(const QString &condition, const QString &origin,
                                                           CompileError *error)
{
    const ConditionParseResult parsed = ConditionParser().parse(condition);
    if (!parsed.ok()) {
        if (error)
            *error = CompileError{parsed.error ? parsed.error->message : tr("the condition is empty"), origin,
                                  parsed.error ? parsed.error->offset : 0};
        return std::nullopt;
    }
    Context context;
    context.text = condition;
    context.origin = origin;
    try {
        context.program.setRoot(compileNode(*parsed.root, context));
    } catch (const CompileFailure &failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
    return std::move(context.program);
}

QStringList ConditionCompiler::listItems(const QString &name) const
{
    QStringList items;
    QSet<QString> visiting;
    expandListItems(name, items, visiting);
    return items;
}

void ConditionCompiler::expandListItems(const QString &name, QStringList &items,
                                        QSet<QString> &visiting) const
{
    const ListDefinition *list = m_lists.value(name);
    if (!list || visiting.contains(name))
        return;
    visiting.insert(name);
    for (const QString &item : list->items) {
        // Falco replaces an item that names another list by that list's items.
        if (m_lists.contains(item) && !visiting.contains(item))
            expandListItems(item, items, visiting);
        else
            items.append(item);
    }
    visiting.remove(name);
}

int ConditionCompiler::compileNode(const ConditionNode &node, Context &context)
{
    ConditionProgram::Node compiled;
    compiled.text = context.source(node);
    compiled.origin = context.origin;
    switch (node.kind) {
    case ConditionNodeKind::And:
    case ConditionNodeKind::Or:
    case ConditionNodeKind::Not: {
        compiled.kind = node.kind == ConditionNodeKind::And ? ConditionProgram::NodeKind::And
            : node.kind == ConditionNodeKind::Or            ? ConditionProgram::NodeKind::Or
                                                            : ConditionProgram::NodeKind::Not;
        for (const auto &child : node.children)
            compiled.children.push_back(compileNode(*child, context));
        return context.program.addNode(std::move(compiled));
    }
    case ConditionNodeKind::MacroRef: return compileMacro(node, context);
    case ConditionNodeKind::Check: return compileCheck(node, context);
    case ConditionNodeKind::Field:
    case ConditionNodeKind::Transformer:
    case ConditionNodeKind::Value:
    case ConditionNodeKind::List: break;
    }
    context.fail(node.offset, tr("expected a condition here"));
}

int ConditionCompiler::compileMacro(const ConditionNode &node, Context &context)
{
    const MacroDefinition *macro = m_macros.value(node.text);
    if (!macro)
        context.fail(node.offset, tr("Undefined macro '%1' used in filter.").arg(node.text));
    if (context.macroStack.contains(node.text) || context.macroStack.size() >= kMaxMacroDepth)
        context.fail(node.offset,
                     tr("macro '%1' refers to itself (through %2)")
                         .arg(node.text, context.macroStack.join(QLatin1String(" -> "))));

    std::shared_ptr<ParsedMacro> &parsed = m_parsedMacros[node.text];
    if (!parsed)
        parsed = std::make_shared<ParsedMacro>(
            ParsedMacro{macro->condition.text, ConditionParser().parse(macro->condition.text)});
    if (!parsed->parsed.ok())
        context.fail(node.offset,
                     tr("macro '%1' does not compile: %2")
                         .arg(node.text, parsed->parsed.error ? parsed->parsed.error->message : QString()));

    const QString outerText = context.text;
    const QString outerOrigin = context.origin;
    context.text = parsed->text;
    context.origin = node.text;
    context.macroStack.append(node.text);
    const int body = compileNode(*parsed->parsed.root, context);
    context.macroStack.removeLast();
    context.text = outerText;
    context.origin = outerOrigin;

    // A one-child `and` keeps the macro's name in --explain without changing the result.
    ConditionProgram::Node wrapper;
    wrapper.kind = ConditionProgram::NodeKind::And;
    wrapper.children.push_back(body);
    wrapper.text = node.text;
    wrapper.origin = outerOrigin;
    return context.program.addNode(std::move(wrapper));
}

int ConditionCompiler::compileOperand(const ConditionNode &node, Context &context)
{
    FieldOperand operand;
    if (node.kind == ConditionNodeKind::Field) {
        const std::optional<ResolvedField> resolved = m_slots.resolve(node.text);
        if (!resolved)
            context.fail(node.offset, tr("the evaluator cannot extract field %1").arg(node.text));
        operand.field = *resolved;
        operand.argument = node.argument;
        operand.text
            = node.hasArgument ? node.text + QLatin1Char('[') + node.argument + QLatin1Char(']') : node.text;
        return m_slots.slotFor(std::move(operand));
    }
    if (node.kind != ConditionNodeKind::Transformer || node.children.empty())
        context.fail(node.offset, tr("expected a field here"));
    if (!FieldSlots::isSupportedTransformer(node.text))
        context.fail(node.offset, tr("the evaluator does not support the transformer %1()").arg(node.text));
    operand.kind = FieldOperand::Kind::Transformer;
    operand.transformer = node.text;
    QStringList argumentTexts;
    for (const auto &child : node.children) {
        const int slot = compileOperand(*child, context);
        operand.arguments.push_back(slot);
        argumentTexts.append(m_slots.operand(slot).text);
    }
    operand.field.type = node.text == QLatin1String("len") ? FieldType::Number : FieldType::String;
    operand.text = node.text + QLatin1Char('(') + argumentTexts.join(QLatin1String(", ")) + QLatin1Char(')');
    return m_slots.slotFor(std::move(operand));
}

int ConditionCompiler::compileCheck(const ConditionNode &node, Context &context)
{
    ConditionProgram::Node compiled;
    compiled.kind = ConditionProgram::NodeKind::Check;
    compiled.text = context.source(node);
    compiled.origin = context.origin;
    compiled.op = node.op;
    compiled.slot = compileOperand(*node.child(0), context);
    if (node.op != ConditionOperator::Exists)
        compiled.value = compileValue(node, node.child(1), compiled.slot, context);
    return context.program.addNode(std::move(compiled));
}

ComparisonValue ConditionCompiler::compileValue(const ConditionNode &check, const ConditionNode *value,
                                                int fieldSlot, Context &context)
{
    ComparisonValue result;
    if (!value)
        context.fail(check.offset, tr("the comparison has no value"));
    if (value->kind == ConditionNodeKind::Transformer) {
        if (value->text != QLatin1String("val") || value->children.empty())
            context.fail(value->offset,
                         tr("the evaluator does not support %1() as a value").arg(value->text));
        result.valueSlot = compileOperand(*value->child(0), context);
        return result;
    }

    const bool listOperator = check.op == ConditionOperator::In || check.op == ConditionOperator::Intersects
        || check.op == ConditionOperator::PMatch;
    const auto addItem = [&](const ConditionNode &item) {
        if (listOperator && item.valueKind == ConditionValueKind::Bare && hasList(item.text))
            result.items.append(listItems(item.text));
        else
            result.items.append(item.text);
    };
    if (value->kind == ConditionNodeKind::List) {
        for (const auto &item : value->children)
            addItem(*item);
    } else {
        addItem(*value);
    }
    result.text = result.items.value(0);
    for (const QString &item : std::as_const(result.items))
        result.textSet.insert(item);

    switch (check.op) {
    case ConditionOperator::BContains:
    case ConditionOperator::BStartsWith: {
        // Falco reads the value as hex digits: bcontains 48454c4c4f.
        static const QRegularExpression hexDigits(QStringLiteral("\\A(?:[0-9A-Fa-f]{2})+\\z"));
        if (!hexDigits.match(result.text).hasMatch())
            context.fail(value->offset, tr("'%1' is not an even number of hex digits").arg(result.text));
        result.bytes = QByteArray::fromHex(result.text.toLatin1());
        break;
    }
    case ConditionOperator::Regex: {
        auto regex = std::make_shared<QRegularExpression>(QStringLiteral("\\A(?:") + result.text
                                                          + QStringLiteral(")\\z"));
        if (!regex->isValid())
            context.fail(value->offset,
                         tr("invalid regular expression '%1': %2").arg(result.text, regex->errorString()));
        regex->optimize();
        result.regex = std::move(regex);
        break;
    }
    default: result.bytes = result.text.toUtf8(); break;
    }

    if (m_slots.operand(fieldSlot).field.type != FieldType::String) {
        for (const QString &item : std::as_const(result.items)) {
            bool ok = false;
            quint64 number = item.toULongLong(&ok, 0);
            if (!ok) {
                const double real = item.toDouble(&ok);
                ok = ok && real >= 0 && real == double(quint64(real));
                number = ok ? quint64(real) : 0;
            }
            if (!ok)
                context.fail(
                    value->offset,
                    tr("'%1' is not a number, but %2 is numeric").arg(item, m_slots.operand(fieldSlot).text));
            result.numberSet.insert(number);
            if (&item == &result.items.first()) {
                result.hasNumber = true;
                result.number = number;
            }
        }
    }
    return result;
}

} // namespace tfdrift::rules

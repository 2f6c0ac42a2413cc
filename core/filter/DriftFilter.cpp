#include "core/filter/DriftFilter.h"

#include "core/filter/DriftFilterFields.h"
#include "core/filter/GlobPattern.h"
#include "core/rules/ConditionParser.h"
#include "core/rules/NameSuggestions.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace tfdrift {

using rules::ConditionNode;
using rules::ConditionNodeKind;
using rules::ConditionOperator;

namespace {

// A comparison prepared once: the right-hand side in the form the operator wants it.
struct Check {
    const DriftFilterField *field = nullptr;
    ConditionOperator op = ConditionOperator::Equal;
    // Enumerated fields under =, !=, <, <=, >, >=, in, intersects compare ranks, not text.
    bool byRank = false;
    int rank = 0;
    quint32 rankMask = 0; // in, intersects: bit n set when rank n is listed
    QString text;         // the value; lower-case for enumerated fields
    QStringList items;    // in, intersects: sorted for binary search; pmatch: as written
    GlobPattern glob;
    QRegularExpression regex;
};

enum class NodeKind { MatchAll, And, Or, Not, Check };

struct Node {
    NodeKind kind = NodeKind::MatchAll;
    std::vector<int> children; // And, Or, Not
    int check = -1;            // Check: index into Program::checks
};

bool isListOperator(ConditionOperator op)
{
    return op == ConditionOperator::In || op == ConditionOperator::Intersects
        || op == ConditionOperator::PMatch;
}

bool isRankOperator(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::Equal:
    case ConditionOperator::EqualEqual:
    case ConditionOperator::NotEqual:
    case ConditionOperator::Less:
    case ConditionOperator::LessEqual:
    case ConditionOperator::Greater:
    case ConditionOperator::GreaterEqual:
    case ConditionOperator::In:
    case ConditionOperator::Intersects: return true;
    default: return false;
    }
}

bool isOrderingOperator(ConditionOperator op)
{
    return op == ConditionOperator::Less || op == ConditionOperator::LessEqual
        || op == ConditionOperator::Greater || op == ConditionOperator::GreaterEqual;
}

bool compareRank(int rank, const Check &check)
{
    switch (check.op) {
    case ConditionOperator::Equal:
    case ConditionOperator::EqualEqual: return rank == check.rank;
    case ConditionOperator::NotEqual: return rank != check.rank;
    case ConditionOperator::Less: return rank < check.rank;
    case ConditionOperator::LessEqual: return rank <= check.rank;
    case ConditionOperator::Greater: return rank > check.rank;
    case ConditionOperator::GreaterEqual: return rank >= check.rank;
    case ConditionOperator::In:
    case ConditionOperator::Intersects: return (check.rankMask >> rank) & 1u;
    default: return false;
    }
}

// Falco's pmatch: the value is one of the paths or lies under one of them.
bool underPathPrefix(QStringView value, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes) {
        if (value == prefix)
            return true;
        if (!value.startsWith(prefix))
            continue;
        if (prefix.endsWith(QLatin1Char('/'))
            || (value.size() > prefix.size() && value[prefix.size()] == u'/'))
            return true;
    }
    return false;
}

bool compareText(QStringView value, const Check &check)
{
    // Enumerated values are lower-case words and their right-hand sides were lowered at compile time.
    const Qt::CaseSensitivity enumerated
        = check.field->kind == DriftFieldKind::Enumerated ? Qt::CaseInsensitive : Qt::CaseSensitive;
    switch (check.op) {
    case ConditionOperator::Equal:
    case ConditionOperator::EqualEqual: return value == check.text;
    case ConditionOperator::NotEqual: return value != check.text;
    case ConditionOperator::Less: return value.compare(check.text) < 0;
    case ConditionOperator::LessEqual: return value.compare(check.text) <= 0;
    case ConditionOperator::Greater: return value.compare(check.text) > 0;
    case ConditionOperator::GreaterEqual: return value.compare(check.text) >= 0;
    case ConditionOperator::Contains: return value.contains(check.text, enumerated);
    case ConditionOperator::IContains: return value.contains(check.text, Qt::CaseInsensitive);
    case ConditionOperator::StartsWith: return value.startsWith(check.text, enumerated);
    case ConditionOperator::EndsWith: return value.endsWith(check.text, enumerated);
    case ConditionOperator::Glob:
    case ConditionOperator::IGlob: return check.glob.matches(value);
    case ConditionOperator::Regex: return check.regex.match(value).hasMatch();
    case ConditionOperator::In:
    case ConditionOperator::Intersects:
        return std::binary_search(check.items.cbegin(), check.items.cend(), value,
                                  [](QStringView a, QStringView b) { return a.compare(b) < 0; });
    case ConditionOperator::PMatch: return underPathPrefix(value, check.items);
    case ConditionOperator::BContains:
    case ConditionOperator::BStartsWith:
    case ConditionOperator::Exists: return false; // rejected or handled before
    }
    return false;
}

bool evaluateCheck(const Check &check, const DriftEvent &event)
{
    const DriftFilterField &field = *check.field;
    if (check.byRank)
        return compareRank(field.rank(event), check);

    // Falco: a missing value (here also an empty one) fails every comparison, `!=` included. A list
    // is `in` a set when each of its values is; any other operator wants one value to match.
    bool present = false;
    for (qsizetype index = 0;; ++index) {
        const QStringView value = field.valueAt(event, index);
        if (value.isNull())
            break;
        if (value.isEmpty())
            continue;
        present = true;
        if (check.op == ConditionOperator::Exists)
            return true;
        const bool matched = compareText(value, check);
        if (check.op == ConditionOperator::In) {
            if (!matched)
                return false;
        } else if (matched) {
            return true;
        }
    }
    return check.op == ConditionOperator::In && present;
}

struct CompileFailure {
    qsizetype offset = 0;
    QString message;
};

} // namespace

struct DriftFilter::Program {
    QString text;
    std::vector<Node> nodes; // nodes[root] is evaluated first
    std::vector<Check> checks;
    int root = 0;

    bool evaluate(int index, const DriftEvent &event) const
    {
        const Node &node = nodes[std::size_t(index)];
        switch (node.kind) {
        case NodeKind::MatchAll: return true;
        case NodeKind::And:
            for (int child : node.children) {
                if (!evaluate(child, event))
                    return false;
            }
            return true;
        case NodeKind::Or:
            for (int child : node.children) {
                if (evaluate(child, event))
                    return true;
            }
            return false;
        case NodeKind::Not: return !evaluate(node.children.front(), event);
        case NodeKind::Check: return evaluateCheck(checks[std::size_t(node.check)], event);
        }
        return false;
    }
};

namespace {

class FilterCompiler
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::DriftFilter)

public:
    explicit FilterCompiler(DriftFilter::Program &program)
        : m_program(program)
    {
    }

    int compileNode(const ConditionNode &node)
    {
        switch (node.kind) {
        case ConditionNodeKind::And:
        case ConditionNodeKind::Or:
        case ConditionNodeKind::Not: {
            Node compiled;
            compiled.kind = node.kind == ConditionNodeKind::And ? NodeKind::And
                : node.kind == ConditionNodeKind::Or            ? NodeKind::Or
                                                                : NodeKind::Not;
            for (const auto &child : node.children)
                compiled.children.push_back(compileNode(*child));
            return add(std::move(compiled));
        }
        case ConditionNodeKind::Check: return compileCheck(node);
        case ConditionNodeKind::MacroRef:
            fail(node.offset,
                 tr("'%1' is not a condition; write a field, an operator and a value, "
                    "such as severity >= high.")
                         .arg(node.text)
                     + didYouMean(node.text, DriftFilterFields::names()));
        case ConditionNodeKind::Field:
        case ConditionNodeKind::Transformer:
        case ConditionNodeKind::Value:
        case ConditionNodeKind::List: break;
        }
        fail(node.offset, tr("expected a condition here"));
    }

private:
    [[noreturn]] static void fail(qsizetype offset, const QString &message)
    {
        throw CompileFailure{offset, message};
    }

    static QString didYouMean(const QString &name, const QStringList &candidates)
    {
        const QStringList close = rules::closestNames(name, candidates);
        if (close.isEmpty())
            return {};
        return QLatin1Char(' ') + tr("Did you mean '%1'?").arg(close.join(QStringLiteral("', '")));
    }

    int add(Node node)
    {
        m_program.nodes.push_back(std::move(node));
        return int(m_program.nodes.size()) - 1;
    }

    const DriftFilterField &resolveField(const ConditionNode &operand)
    {
        if (operand.kind == ConditionNodeKind::Transformer)
            fail(operand.offset,
                 tr("transformers such as %1() are not supported in filters").arg(operand.text));
        const DriftFilterField *field = DriftFilterFields::find(operand.text);
        if (!field)
            fail(operand.offset,
                 tr("unknown field '%1'.").arg(operand.text)
                     + didYouMean(operand.text, DriftFilterFields::names()));
        if (operand.hasArgument)
            fail(operand.offset + operand.text.size(),
                 tr("the field %1 takes no [argument]").arg(operand.text));
        return *field;
    }

    int compileCheck(const ConditionNode &node)
    {
        Check check;
        check.field = &resolveField(*node.child(0));
        check.op = node.op;
        const DriftFilterField &field = *check.field;

        if (node.op == ConditionOperator::BContains || node.op == ConditionOperator::BStartsWith)
            fail(node.operatorOffset,
                 tr("'%1' compares bytes and is not supported in filters; use contains "
                    "or startswith")
                     .arg(rules::conditionOperatorName(node.op)));
        if (field.kind == DriftFieldKind::Enumerated && isOrderingOperator(node.op) && !field.ordered)
            fail(node.operatorOffset, tr("%1 has no order; compare it with =, != or in").arg(field.name));
        if (node.op != ConditionOperator::Exists)
            prepareValue(node, check);

        Node compiled;
        compiled.kind = NodeKind::Check;
        compiled.check = int(m_program.checks.size());
        m_program.checks.push_back(std::move(check));
        return add(std::move(compiled));
    }

    void prepareValue(const ConditionNode &node, Check &check)
    {
        const ConditionNode *value = node.child(1);
        if (!value)
            fail(node.offset, tr("the comparison has no value"));
        if (value->kind == ConditionNodeKind::Transformer)
            fail(value->offset,
                 tr("%1() is not supported in filters; compare with a value").arg(value->text));

        std::vector<const ConditionNode *> items;
        if (value->kind == ConditionNodeKind::List) {
            for (const auto &item : value->children)
                items.push_back(item.get());
        } else {
            items.push_back(value);
        }

        const DriftFilterField &field = *check.field;
        const bool enumerated = field.kind == DriftFieldKind::Enumerated;
        for (const ConditionNode *item : items)
            check.items.append(enumerated ? item->text.toLower() : item->text);
        check.text = check.items.value(0);

        if (enumerated && isRankOperator(check.op)) {
            check.byRank = true;
            for (qsizetype index = 0; index < check.items.size(); ++index) {
                const QString &word = check.items[index];
                const int rank = int(field.values.indexOf(word));
                if (rank < 0)
                    fail(items[std::size_t(index)]->offset,
                         tr("'%1' is not a valid %2; expected one of: %3.")
                                 .arg(items[std::size_t(index)]->text, field.name,
                                      field.values.join(QStringLiteral(", ")))
                             + didYouMean(word, field.values));
                check.rankMask |= 1u << rank;
                if (index == 0)
                    check.rank = rank;
            }
            return;
        }

        switch (check.op) {
        case ConditionOperator::In:
        case ConditionOperator::Intersects:
            std::sort(check.items.begin(), check.items.end(),
                      [](const QString &a, const QString &b) { return QStringView(a).compare(b) < 0; });
            break;
        case ConditionOperator::Glob:
        case ConditionOperator::IGlob:
            check.glob = GlobPattern(check.text,
                                     check.op == ConditionOperator::IGlob || enumerated ? Qt::CaseInsensitive
                                                                                        : Qt::CaseSensitive);
            break;
        case ConditionOperator::Regex: {
            // Falco's regex must match the whole value, as RE2::FullMatch does.
            QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
            if (enumerated)
                options |= QRegularExpression::CaseInsensitiveOption;
            check.regex
                = QRegularExpression(QStringLiteral("\\A(?:") + check.text + QStringLiteral(")\\z"), options);
            if (!check.regex.isValid())
                fail(value->offset,
                     tr("invalid regular expression '%1': %2").arg(check.text, check.regex.errorString()));
            check.regex.optimize();
            break;
        }
        default:
            if (!isListOperator(check.op) && items.size() != 1)
                fail(value->offset,
                     tr("'%1' takes a single value").arg(rules::conditionOperatorName(check.op)));
            break;
        }
    }

    DriftFilter::Program &m_program;
};

} // namespace

DriftFilter::DriftFilter()
    : DriftFilter(std::make_shared<const Program>(Program{QString(), {Node{}}, {}, 0}))
{
}

DriftFilter::DriftFilter(std::shared_ptr<const Program> program)
    : m_program(std::move(program))
{
}

DriftFilterResult DriftFilter::compile(const QString &text)
{
    DriftFilterResult result;
    auto program = std::make_shared<Program>();
    program->text = text;
    if (text.trimmed().isEmpty()) {
        program->nodes.push_back(Node{});
        result.filter = DriftFilter(std::move(program));
        return result;
    }

    const rules::ConditionParseResult parsed
        = rules::ConditionParser(rules::ConditionDialect::Filter).parse(text);
    if (!parsed.ok()) {
        result.error = parsed.error ? parsed.error->message : tr("the filter could not be read");
        result.errorColumn = parsed.error ? int(parsed.error->offset) : 0;
        return result;
    }
    try {
        FilterCompiler compiler(*program);
        program->root = compiler.compileNode(*parsed.root);
    } catch (const CompileFailure &failure) {
        result.error = failure.message;
        result.errorColumn = int(failure.offset);
        return result;
    }
    result.filter = DriftFilter(std::move(program));
    return result;
}

bool DriftFilter::matches(const DriftEvent &event) const
{
    return m_program->evaluate(m_program->root, event);
}

bool DriftFilter::matchesEverything() const
{
    return m_program->nodes[std::size_t(m_program->root)].kind == NodeKind::MatchAll;
}

QString DriftFilter::text() const
{
    return m_program->text;
}

QStringList DriftFilter::fieldNames()
{
    return DriftFilterFields::names();
}

QString DriftFilter::quotedValue(const QString &value)
{
    // The escapes ConditionLexer resolves in a double-quoted string; every other character stands for
    // itself there, so escaping these two and the control characters is enough to stay inside it.
    QString literal;
    literal.reserve(value.size() + 2);
    literal += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"': literal += QStringLiteral("\\\""); break;
        case u'\\': literal += QStringLiteral("\\\\"); break;
        case u'\b': literal += QStringLiteral("\\b"); break;
        case u'\f': literal += QStringLiteral("\\f"); break;
        case u'\n': literal += QStringLiteral("\\n"); break;
        case u'\r': literal += QStringLiteral("\\r"); break;
        case u'\t': literal += QStringLiteral("\\t"); break;
        default: literal += c; break;
        }
    }
    literal += u'"';
    return literal;
}

QString DriftFilter::quotedValueIfNeeded(const QString &value)
{
    // None of these ends a bare value (ConditionLexer::lexBareString stops at blanks, quotes, '(', ')',
    // ',' and '='), and a bare value keeps its text even when it also reads as a number.
    const auto plain = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-' || c == u'*' || c == u':'
            || c == u'/' || c == u'@';
    };
    if (!value.isEmpty() && std::all_of(value.cbegin(), value.cend(), plain))
        return value;
    return quotedValue(value);
}

} // namespace tfdrift

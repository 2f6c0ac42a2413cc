#include "core/rules/ConditionParser.h"

#include "core/rules/ConditionLexer.h"

#include <QCoreApplication>

namespace tfdrift::rules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConditionParser", text);
}

// Unwinds the recursive descent to parse(); never escapes it.
struct ParseFailure {
    ConditionError error;
};

[[noreturn]] void fail(qsizetype offset, const QString &message)
{
    throw ParseFailure{ConditionError{offset, message}};
}

ConditionNodePtr makeNode(ConditionNodeKind kind, qsizetype offset)
{
    auto node = std::make_unique<ConditionNode>();
    node->kind = kind;
    node->offset = offset;
    return node;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const auto &name : names)
        quoted << QLatin1Char('\'') + name + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

std::optional<double> numberValue(const QString &text)
{
    bool ok = false;
    if (text.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive)) {
        const qulonglong value = text.mid(2).toULongLong(&ok, 16);
        return ok ? std::optional<double>(double(value)) : std::nullopt;
    }
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

class Parser
{
public:
    Parser(const QString &input, int maxDepth, ConditionDialect dialect)
        : m_lex(input)
        , m_maxDepth(maxDepth)
        , m_dialect(dialect)
    {
    }

    ConditionNodePtr parseAll()
    {
        m_lex.skipBlanks();
        if (m_lex.atEnd())
            fail(0, tr("condition is empty; expected a field check, a macro name or '('"));
        auto root = parseOr();
        m_lex.skipBlanks();
        if (!m_lex.atEnd()) {
            if (m_lex.peek() == QLatin1Char(')'))
                fail(m_lex.position(), tr("unexpected ')' without a matching '('"));
            fail(m_lex.position(), tr("unexpected text; expected 'and', 'or' or the end of the condition"));
        }
        return root;
    }

private:
    class DepthGuard
    {
    public:
        DepthGuard(Parser &parser, qsizetype offset)
            : m_parser(parser)
        {
            if (++m_parser.m_depth > m_parser.m_maxDepth)
                fail(offset,
                     tr("condition nests too deeply: more than %1 levels of parentheses, 'not' "
                        "or transformers")
                         .arg(m_parser.m_maxDepth));
        }
        ~DepthGuard() { --m_parser.m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;

    private:
        Parser &m_parser;
    };

    void finish(ConditionNode &node) const { node.length = m_lex.position() - node.offset; }

    // The joining keyword must be followed by a blank or '(' ("orange" is not "or ange").
    bool consumeJoiner(QStringView keyword)
    {
        const qsizetype at = m_lex.position();
        if (!m_lex.consume(keyword))
            return false;
        if (m_lex.atEnd() || ConditionLexer::isBlank(m_lex.peek()) || m_lex.peek() == QLatin1Char('('))
            return true;
        m_lex.setPosition(at);
        return false;
    }

    ConditionNodePtr parseJoined(ConditionNodeKind kind, QStringView keyword)
    {
        const bool isOr = kind == ConditionNodeKind::Or;
        m_lex.skipBlanks();
        const qsizetype start = m_lex.position();
        auto first = isOr ? parseJoined(ConditionNodeKind::And, u"and") : parseNot();
        m_lex.skipBlanks();
        if (!consumeJoiner(keyword))
            return first;
        auto node = makeNode(kind, start);
        node->children.push_back(std::move(first));
        do {
            m_lex.skipBlanks();
            if (m_lex.atEnd())
                fail(m_lex.position(), tr("expected a condition after '%1'").arg(keyword));
            node->children.push_back(isOr ? parseJoined(ConditionNodeKind::And, u"and") : parseNot());
            finish(*node);
            m_lex.skipBlanks();
        } while (consumeJoiner(keyword));
        return node;
    }

    ConditionNodePtr parseOr() { return parseJoined(ConditionNodeKind::Or, u"or"); }

    ConditionNodePtr parseNot()
    {
        m_lex.skipBlanks();
        const qsizetype start = m_lex.position();
        if (m_lex.consume(u"not")) {
            if (m_lex.peek() == QLatin1Char('(') || ConditionLexer::isBlank(m_lex.peek())) {
                DepthGuard guard(*this, start);
                m_lex.skipBlanks();
                if (m_lex.atEnd())
                    fail(m_lex.position(), tr("expected a condition after 'not'"));
                auto node = makeNode(ConditionNodeKind::Not, start);
                node->children.push_back(parseNot());
                finish(*node);
                return node;
            }
            if (m_lex.atEnd())
                fail(m_lex.position(),
                     tr("expected a condition after 'not', found the end of the condition"));
            m_lex.setPosition(start); // "nothing", "not_a_macro": an identifier, not the keyword
        }
        return parseCheck();
    }

    ConditionNodePtr parseCheck()
    {
        m_lex.skipBlanks();
        const qsizetype start = m_lex.position();
        if (m_lex.consume(u"(")) {
            DepthGuard guard(*this, start);
            auto inner = parseOr();
            m_lex.skipBlanks();
            if (!m_lex.consume(u")")) {
                if (m_lex.atEnd())
                    fail(m_lex.position(),
                         tr("expected ')' to close the '(' at offset %1, found the end of the condition")
                             .arg(start));
                fail(m_lex.position(),
                     tr("expected 'and', 'or' or ')' to close the '(' at offset %1").arg(start));
            }
            return inner;
        }
        if (m_lex.atEnd())
            fail(start, tr("expected a field check, a macro name or '(', found the end of the condition"));

        if (auto field = m_lex.lexFieldName())
            return parseCondition(parseFieldRemainder(*field), start);
        if (auto transformer = lexTransformerOpening(false))
            return parseCondition(parseTransformerRemainder(*transformer), start);
        if (auto identifier = m_lex.lexIdentifier()) {
            if (m_lex.peek() == QLatin1Char('('))
                fail(identifier->offset,
                     tr("unknown transformer '%1'; expected one of %2")
                         .arg(identifier->text, quotedList(conditionTransformerNames())));
            if (identifier->text == QLatin1String("and") || identifier->text == QLatin1String("or"))
                fail(identifier->offset,
                     tr("expected a field check, a macro name or '(' before '%1'").arg(identifier->text));
            if (m_dialect == ConditionDialect::Filter
                && (m_lex.peek() == QLatin1Char('[') || operatorFollows()))
                return parseCondition(parseFieldRemainder(*identifier), start);
            auto node = makeNode(ConditionNodeKind::MacroRef, start);
            node->text = identifier->text;
            finish(*node);
            return node;
        }
        if (m_lex.peek() == QLatin1Char(')'))
            fail(start, tr("expected a field check, a macro name or '(' before ')'"));
        fail(start, tr("expected a field check, a macro name or '('"));
    }

    // A transformer name directly followed by '(' (libsinsp reads "tolower(" as one token).
    std::optional<ConditionToken> lexTransformerOpening(bool allowVal)
    {
        const qsizetype start = m_lex.position();
        QStringList names = conditionTransformerNames();
        if (allowVal)
            names.prepend(QStringLiteral("val"));
        for (const auto &name : names) {
            if (m_lex.consume(QString(name + QLatin1Char('('))))
                return ConditionToken{start, name.size() + 1, name};
        }
        return std::nullopt;
    }

    ConditionNodePtr parseFieldRemainder(const ConditionToken &name)
    {
        auto field = makeNode(ConditionNodeKind::Field, name.offset);
        field->text = name.text;
        const qsizetype bracket = m_lex.position();
        if (m_lex.consume(u"[")) {
            std::optional<ConditionError> error;
            auto argument = m_lex.lexQuotedString(error);
            if (error)
                throw ParseFailure{*error};
            if (!argument)
                argument = m_lex.lexFieldArgument();
            if (!argument)
                fail(m_lex.position(),
                     tr("expected a field argument (a quoted or bare string) after '[' of '%1'")
                         .arg(name.text));
            field->hasArgument = true;
            field->argument = argument->text;
            field->argumentOffset = argument->offset;
            if (!m_lex.consume(u"]"))
                fail(m_lex.position(),
                     tr("expected ']' to close the argument opened at offset %1").arg(bracket));
        }
        finish(*field);
        return field;
    }

    // After "name(": one or more operands (fields or nested transformers), then ')'.
    ConditionNodePtr parseTransformerRemainder(const ConditionToken &opening)
    {
        DepthGuard guard(*this, opening.offset);
        auto node = makeNode(ConditionNodeKind::Transformer, opening.offset);
        node->text = opening.text;
        do {
            m_lex.skipBlanks();
            const qsizetype at = m_lex.position();
            if (auto nested = lexTransformerOpening(false)) {
                node->children.push_back(parseTransformerRemainder(*nested));
            } else if (auto field = m_lex.lexFieldName()) {
                node->children.push_back(parseFieldRemainder(*field));
            } else {
                fail(at, tr("expected a field or a nested transformer inside '%1('").arg(opening.text));
            }
            m_lex.skipBlanks();
        } while (m_lex.consume(u","));
        if (!m_lex.consume(u")"))
            fail(m_lex.position(),
                 tr("expected ')' to close '%1(' at offset %2").arg(opening.text).arg(opening.offset));
        finish(*node);
        return node;
    }

    // After "val(": exactly one field.
    ConditionNodePtr parseValRemainder(const ConditionToken &opening)
    {
        auto node = makeNode(ConditionNodeKind::Transformer, opening.offset);
        node->text = opening.text;
        m_lex.skipBlanks();
        auto field = m_lex.lexFieldName();
        if (!field)
            fail(m_lex.position(), tr("expected a field inside 'val('"));
        node->children.push_back(parseFieldRemainder(*field));
        m_lex.skipBlanks();
        if (!m_lex.consume(u")"))
            fail(m_lex.position(), tr("expected ')' to close 'val(' at offset %1").arg(opening.offset));
        finish(*node);
        return node;
    }

    ConditionNodePtr tryTransformerValue()
    {
        auto opening = lexTransformerOpening(true);
        if (!opening)
            return nullptr;
        if (opening->text == QLatin1String("val"))
            return parseValRemainder(*opening);
        return parseTransformerRemainder(*opening);
    }

    std::optional<ConditionOperator> lexOperator()
    {
        // Symbols first, longest spelling first; then words, which need a boundary after them.
        static const std::pair<const char16_t *, ConditionOperator> symbols[] = {
            {u"<=", ConditionOperator::LessEqual},    {u"<", ConditionOperator::Less},
            {u">=", ConditionOperator::GreaterEqual}, {u">", ConditionOperator::Greater},
            {u"==", ConditionOperator::EqualEqual},   {u"=", ConditionOperator::Equal},
            {u"!=", ConditionOperator::NotEqual},
        };
        for (const auto &[text, op] : symbols) {
            if (m_lex.consume(QStringView(text)))
                return op;
        }
        for (const auto &name : conditionOperatorNames()) {
            if (!name.front().isLetter())
                continue;
            if (m_lex.consumeWord(name))
                return conditionOperatorFromName(name);
        }
        return std::nullopt;
    }

    bool operatorFollows()
    {
        const qsizetype at = m_lex.position();
        m_lex.skipBlanks();
        const bool found = lexOperator().has_value();
        m_lex.setPosition(at);
        return found;
    }

    ConditionNodePtr parseCondition(ConditionNodePtr left, qsizetype start)
    {
        auto check = makeNode(ConditionNodeKind::Check, start);
        m_lex.skipBlanks();
        check->operatorOffset = m_lex.position();
        const auto op = lexOperator();
        if (!op) {
            const QString subject
                = left->kind == ConditionNodeKind::Field ? left->text : left->text + QStringLiteral("(...)");
            if (m_lex.atEnd())
                fail(m_lex.position(),
                     tr("expected an operator after '%1', found the end of the condition; "
                        "operators: %2")
                         .arg(subject, quotedList(conditionOperatorNames())));
            fail(m_lex.position(),
                 tr("expected an operator after '%1': one of %2")
                     .arg(subject, quotedList(conditionOperatorNames())));
        }
        check->op = *op;
        check->children.push_back(std::move(left));
        switch (conditionOperatorArity(*op)) {
        case OperatorArity::Unary: break;
        case OperatorArity::Numeric: check->children.push_back(parseNumericValue(*op)); break;
        case OperatorArity::String: check->children.push_back(parseStringValue(*op)); break;
        case OperatorArity::List: check->children.push_back(parseListValue(*op)); break;
        }
        finish(*check);
        return check;
    }

    [[noreturn]] void failMissingValue(ConditionOperator op, const QString &expected)
    {
        if (m_lex.atEnd())
            fail(m_lex.position(),
                 tr("expected %1 after '%2', found the end of the condition")
                     .arg(expected, conditionOperatorName(op)));
        fail(m_lex.position(), tr("expected %1 after '%2'").arg(expected, conditionOperatorName(op)));
    }

    ConditionNodePtr parseNumericValue(ConditionOperator op)
    {
        m_lex.skipBlanks();
        if (auto transformed = tryTransformerValue())
            return transformed;
        if (m_dialect == ConditionDialect::Filter) {
            if (auto value = parsePlainValue())
                return value;
        }
        auto token = m_lex.lexNumber();
        if (!token)
            failMissingValue(op, tr("a number (decimal, with optional exponent, or 0x hex) or val(field)"));
        auto value = makeNode(ConditionNodeKind::Value, token->offset);
        value->text = token->text;
        value->valueKind = ConditionValueKind::Number;
        value->number = numberValue(token->text).value_or(0);
        finish(*value);
        return value;
    }

    // A quoted or bare string; bare strings that read as numbers are marked as numbers.
    ConditionNodePtr parsePlainValue()
    {
        std::optional<ConditionError> error;
        if (auto quoted = m_lex.lexQuotedString(error)) {
            auto value = makeNode(ConditionNodeKind::Value, quoted->offset);
            value->text = quoted->text;
            value->valueKind = ConditionValueKind::Quoted;
            finish(*value);
            return value;
        }
        if (error)
            throw ParseFailure{*error};
        auto bare = m_lex.lexBareString();
        if (!bare)
            return nullptr;
        auto value = makeNode(ConditionNodeKind::Value, bare->offset);
        value->text = bare->text;
        ConditionLexer numberCheck(bare->text);
        if (auto number = numberCheck.lexNumber(); number && number->length == bare->text.size()) {
            value->valueKind = ConditionValueKind::Number;
            value->number = numberValue(bare->text).value_or(0);
        }
        finish(*value);
        return value;
    }

    ConditionNodePtr parseStringValue(ConditionOperator op)
    {
        m_lex.skipBlanks();
        if (auto transformed = tryTransformerValue())
            return transformed;
        if (auto value = parsePlainValue())
            return value;
        failMissingValue(op, tr("a string value (quoted or bare) or val(field)"));
    }

    ConditionNodePtr parseListValue(ConditionOperator op)
    {
        m_lex.skipBlanks();
        const qsizetype start = m_lex.position();
        if (m_lex.consume(u"(")) {
            auto list = makeNode(ConditionNodeKind::List, start);
            m_lex.skipBlanks();
            if (!m_lex.consume(u")")) {
                while (true) {
                    m_lex.skipBlanks();
                    auto item = parsePlainValue();
                    if (!item) {
                        if (m_lex.atEnd())
                            fail(m_lex.position(),
                                 tr("expected a list item, found the end of the condition "
                                    "(the list opened at offset %1 is not closed)")
                                     .arg(start));
                        fail(m_lex.position(),
                             tr("expected a list item (a quoted or bare string or a list name)"));
                    }
                    list->children.push_back(std::move(item));
                    m_lex.skipBlanks();
                    if (m_lex.consume(u","))
                        continue;
                    if (m_lex.consume(u")"))
                        break;
                    if (m_lex.atEnd())
                        fail(m_lex.position(),
                             tr("expected ',' or ')' in the list opened at offset %1, found "
                                "the end of the condition")
                                 .arg(start));
                    fail(m_lex.position(),
                         tr("expected ',' or ')' in the list opened at offset %1").arg(start));
                }
            }
            finish(*list);
            return list;
        }
        if (auto transformed = tryTransformerValue())
            return transformed;
        if (auto identifier = m_lex.lexIdentifier()) {
            auto value = makeNode(ConditionNodeKind::Value, identifier->offset);
            value->text = identifier->text;
            finish(*value);
            return value;
        }
        failMissingValue(op, tr("a parenthesised list, a list name or val(field)"));
    }

    ConditionLexer m_lex;
    int m_maxDepth;
    ConditionDialect m_dialect;
    int m_depth = 0;
};

} // namespace

ConditionParser::ConditionParser(int maxDepth)
    : m_maxDepth(maxDepth)
{
}

ConditionParser::ConditionParser(ConditionDialect dialect, int maxDepth)
    : m_maxDepth(maxDepth)
    , m_dialect(dialect)
{
}

ConditionParseResult ConditionParser::parse(const QString &condition) const
{
    ConditionParseResult result;
    try {
        Parser parser(condition, m_maxDepth, m_dialect);
        result.root = parser.parseAll();
    } catch (const ParseFailure &failure) {
        result.root.reset();
        result.error = failure.error;
    }
    return result;
}

} // namespace tfdrift::rules

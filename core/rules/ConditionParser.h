#pragma once

#include "core/rules/ConditionAst.h"

#include <QString>

namespace tfdrift::rules {

// Which grammar to accept. Rules files are Falco's; the console's filter bar relaxes two things so that
// `severity >= high` reads naturally: a single word followed by an operator (or by `[`) is a field (Falco
// would call it a macro), and <, <=, >, >= take any plain value, not only numbers.
enum class ConditionDialect { Falco, Filter };

// Recursive-descent parser for Falco rule conditions (the libsinsp filter grammar):
//   or_expr   := and_expr ("or" and_expr)*
//   and_expr  := not_expr ("and" not_expr)*
//   not_expr  := ("not" blank | "not(" ...) not_expr | check
//   check     := "(" or_expr ")" | operand "exists" | operand binop value | macro_name
//   operand   := field | transformer "(" operand ("," operand)* ")"
//   value     := quoted | bare | number | "(" [value ("," value)*] ")" | list_name
//              | "val(" field ")" | transformer "(" ... ")"
// Macros and lists are not resolved here: bare identifiers become MacroRef nodes and bare list items
// stay Bare values, for the rules loader to look up.
class ConditionParser
{
public:
    // How many parentheses, `not`s and transformers may nest before the parser gives up with an error
    // instead of exhausting the stack.
    static constexpr int kDefaultMaxDepth = 100;

    explicit ConditionParser(int maxDepth = kDefaultMaxDepth);
    explicit ConditionParser(ConditionDialect dialect, int maxDepth = kDefaultMaxDepth);

    // Never throws; on failure the result holds an error with the offset where parsing went wrong.
    ConditionParseResult parse(const QString &condition) const;

private:
    int m_maxDepth;
    ConditionDialect m_dialect = ConditionDialect::Falco;
};

} // namespace tfdrift::rules

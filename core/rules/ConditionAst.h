#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace tfdrift::rules {

// Every operator the libsinsp filter grammar accepts between a field and a value.
enum class ConditionOperator {
    Equal,        // =
    EqualEqual,   // ==
    NotEqual,     // !=
    Less,         // <
    LessEqual,    // <=
    Greater,      // >
    GreaterEqual, // >=
    Contains,
    IContains,
    BContains,
    StartsWith,
    BStartsWith,
    EndsWith,
    Glob,
    IGlob,
    Regex,
    In,
    Intersects,
    PMatch,
    Exists, // the only unary operator: no right-hand side
};

// How the operator reads its right-hand side: decides which values the parser accepts.
enum class OperatorArity { Unary, Numeric, String, List };

QString conditionOperatorName(ConditionOperator op);
std::optional<ConditionOperator> conditionOperatorFromName(QStringView name);
OperatorArity conditionOperatorArity(ConditionOperator op);
// All operator spellings, in the order Falco lists them (exceptions' `comps` are checked against this).
QStringList conditionOperatorNames();
// Transformers usable as `name(field)`; `val` is not among them (it is only a right-hand side).
QStringList conditionTransformerNames();

enum class ConditionNodeKind {
    And,         // children: two or more operands
    Or,          // children: two or more operands
    Not,         // children: exactly one operand
    MacroRef,    // a bare identifier: a macro the loader resolves later; name in `text`
    Check,       // children[0] = Field or Transformer, children[1] = right-hand side (absent for exists)
    Field,       // `text` = field name, `argument` when `hasArgument`
    Transformer, // `text` = transformer name (tolower, val, ...), children = its operands
    Value,       // a single value; `text` = value with escapes resolved
    List,        // `(a, b, "c d")`; children = Value nodes
};

enum class ConditionValueKind {
    Bare,   // unquoted word; inside a list or after `in` it may name a list
    Quoted, // single- or double-quoted string, escapes already resolved in `text`
    Number, // decimal, with optional fraction and exponent, or 0x hex
};

// A node of a parsed condition. Offsets are 0-based UTF-16 indexes into the condition string, so the
// loader can map them to the YAML line and column of the scalar the condition came from.
struct ConditionNode {
    ConditionNodeKind kind = ConditionNodeKind::MacroRef;
    qsizetype offset = 0; // where the node's source text starts
    qsizetype length = 0; // how many characters of source text it spans
    QString text;

    // Field nodes: the `[arg]` suffix.
    bool hasArgument = false;
    QString argument;
    qsizetype argumentOffset = -1; // offset of the argument's first character (after '[')

    // Check nodes.
    ConditionOperator op = ConditionOperator::Equal;
    qsizetype operatorOffset = -1;

    // Value nodes.
    ConditionValueKind valueKind = ConditionValueKind::Bare;
    double number = 0; // for Number values

    std::vector<std::unique_ptr<ConditionNode>> children;

    const ConditionNode *child(std::size_t index) const
    {
        return index < children.size() ? children[index].get() : nullptr;
    }
};

using ConditionNodePtr = std::unique_ptr<ConditionNode>;

struct ConditionError {
    qsizetype offset = 0; // 0-based UTF-16 index into the condition where parsing went wrong
    QString message;      // says what was expected there
};

struct ConditionParseResult {
    ConditionNodePtr root;
    std::optional<ConditionError> error;

    bool ok() const { return root != nullptr && !error; }
};

// Names of macros referenced by the condition, and bare words that may name lists (list items and the
// right-hand side of in/intersects/pmatch), each with the offset of its first use.
struct ConditionReference {
    QString name;
    qsizetype offset = 0;
};
std::vector<ConditionReference> macroReferences(const ConditionNode &root);
std::vector<ConditionReference> listCandidates(const ConditionNode &root);
// Every Field node in source order (including those inside transformers and val()).
std::vector<const ConditionNode *> fieldNodes(const ConditionNode &root);

// A compact, unambiguous rendering for tests and --explain: (and (= proc.name "x") (not m)).
QString toDebugString(const ConditionNode &node);

} // namespace tfdrift::rules

// libFuzzer target for ConditionParser: arbitrary text as a Falco condition must never crash the parser
// or the AST helpers, and every offset it reports must point inside the condition, since the rules loader
// maps those offsets to YAML lines and columns.
//
// Build: cmake -DTFDRIFT_BUILD_FUZZERS=ON -DCMAKE_CXX_COMPILER=clang++ ...; run:
//     fuzz_condition_parser -dict=tests/fuzz/seeds/condition.dict corpus/
//         tests/fuzz/seeds/fuzz_condition_parser

#include "core/rules/ConditionAst.h"
#include "core/rules/ConditionParser.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tfdrift::rules;

namespace {

// A shallow limit, so that the depth error is reached with short inputs and can be compared with the
// default limit.
constexpr int kShallowDepth = 3;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool inside(qsizetype offset, qsizetype length, qsizetype size)
{
    return offset >= 0 && length >= 0 && offset + length <= size;
}

// The shape the grammar promises, checked on every node.
void checkNode(const ConditionNode &node, qsizetype size)
{
    check(inside(node.offset, node.length, size));
    switch (node.kind) {
    case ConditionNodeKind::And:
    case ConditionNodeKind::Or: check(node.children.size() >= 2); break;
    case ConditionNodeKind::Not: check(node.children.size() == 1); break;
    case ConditionNodeKind::Check: {
        const bool unary = node.op == ConditionOperator::Exists;
        check(node.children.size() == (unary ? 1u : 2u));
        check(node.operatorOffset >= node.offset && node.operatorOffset < size);
        const ConditionNodeKind left = node.children[0]->kind;
        check(left == ConditionNodeKind::Field || left == ConditionNodeKind::Transformer);
        break;
    }
    case ConditionNodeKind::MacroRef:
    case ConditionNodeKind::Field:
        check(!node.text.isEmpty());
        if (node.kind == ConditionNodeKind::Field && node.hasArgument)
            check(node.argumentOffset > node.offset && node.argumentOffset <= size);
        check(node.children.empty());
        break;
    case ConditionNodeKind::Transformer: check(!node.children.empty()); break;
    case ConditionNodeKind::Value: check(node.children.empty()); break;
    case ConditionNodeKind::List:
        for (const auto &child : node.children)
            check(child->kind == ConditionNodeKind::Value);
        break;
    }
    for (const auto &child : node.children) {
        check(child != nullptr);
        check(child->offset >= node.offset);
        checkNode(*child, size);
    }
}

// Macro names and bare words are taken verbatim from the condition, so each must read back at its
// offset: that is what puts "undefined macro" errors on the right column.
void checkReferences(const std::vector<ConditionReference> &references, const QString &condition)
{
    for (const ConditionReference &reference : references) {
        check(!reference.name.isEmpty());
        check(inside(reference.offset, reference.name.size(), condition.size()));
        check(QStringView(condition).sliced(reference.offset, reference.name.size()) == reference.name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString condition = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype length = condition.size();

    static const ConditionParser parser;
    const ConditionParseResult result = parser.parse(condition);
    check(result.ok() == (result.root != nullptr));
    check(result.ok() != result.error.has_value());
    if (result.error) {
        check(result.error->offset >= 0 && result.error->offset <= length);
        check(!result.error->message.isEmpty());
    } else {
        checkNode(*result.root, length);
        checkReferences(macroReferences(*result.root), condition);
        checkReferences(listCandidates(*result.root), condition);
        for (const ConditionNode *field : fieldNodes(*result.root)) {
            check(field->kind == ConditionNodeKind::Field);
            check(inside(field->offset, field->text.size(), length));
            check(QStringView(condition).sliced(field->offset, field->text.size()) == field->text);
        }
        check(!toDebugString(*result.root).isEmpty());
    }

    // A depth limit may only turn a success into an error, never change what a success means.
    static const ConditionParser shallowParser(kShallowDepth);
    const ConditionParseResult shallow = shallowParser.parse(condition);
    if (shallow.ok()) {
        check(result.ok());
        check(toDebugString(*shallow.root) == toDebugString(*result.root));
    } else if (result.ok()) {
        check(shallow.error->message.contains(QLatin1String("nests too deeply")));
    }
    return 0;
}

#pragma once

#include "core/rules/ConditionAst.h"
#include "core/rules/evaluation/FieldSlots.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace tfdrift::rules {

// The right-hand side of a comparison, prepared once: a set for `in`, a compiled regex, a number for
// numeric fields.
struct ComparisonValue {
    QString text;
    QByteArray bytes; // UTF-8 of `text`, or the bytes of a bcontains/bstartswith hex string
    bool hasNumber = false;
    quint64 number = 0;
    QSet<QString> textSet;
    QSet<quint64> numberSet;
    QStringList items; // list items in order (pmatch, explain)
    std::shared_ptr<const QRegularExpression> regex;
    int valueSlot = -1; // val(field): compare with another field of the same event
};

// A condition compiled for evaluation, macros and lists expanded. Nodes live in one vector and refer
// to each other by index; node 0 is the root.
class ConditionProgram
{
public:
    enum class NodeKind { And, Or, Not, Check, Constant };
    struct Node {
        NodeKind kind = NodeKind::Constant;
        std::vector<int> children;
        bool constant = false;
        int slot = -1;
        ConditionOperator op = ConditionOperator::Equal;
        ComparisonValue value;
        QString text;   // the source text of this part of the condition
        QString origin; // the rule or macro it was written in
    };

    // One line of --explain: a part of the condition, how deep it sits, and what it evaluated to.
    struct ExplainStep {
        int depth = 0;
        QString text;
        QString origin;
        bool result = false;
        QString observed; // for checks: the values the field had ("<NA>" when missing)
    };

    int addNode(Node node);
    Node &node(int index) { return m_nodes[std::size_t(index)]; }
    const Node &node(int index) const { return m_nodes[std::size_t(index)]; }
    void setRoot(int index) { m_root = index; }

    bool evaluate(EventFieldCache &cache) const { return evaluateNode(m_root, cache); }
    // The chain of sub-conditions that decided the result, from the whole condition down to a check:
    // for a false `and`, its first false part; for a true `or`, its first true part.
    std::vector<ExplainStep> explain(EventFieldCache &cache) const;

private:
    bool evaluateNode(int index, EventFieldCache &cache) const;
    bool evaluateCheck(const Node &node, EventFieldCache &cache) const;
    void explainNode(int index, int depth, EventFieldCache &cache, std::vector<ExplainStep> &steps) const;

    std::vector<Node> m_nodes;
    int m_root = 0;
};

// Falco's comparison of one extracted value with a prepared right-hand side.
bool compareText(const QString &value, ConditionOperator op, const ComparisonValue &rhs);
bool compareNumber(quint64 value, ConditionOperator op, const ComparisonValue &rhs);

} // namespace tfdrift::rules

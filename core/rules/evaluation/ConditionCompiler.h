#pragma once

#include "core/rules/ConditionAst.h"
#include "core/rules/RulesDocument.h"
#include "core/rules/evaluation/ConditionProgram.h"
#include "core/rules/evaluation/FieldSlots.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace tfdrift::rules {

// Why a condition could not be compiled for evaluation, and where in it.
struct CompileError {
    QString message;
    QString origin;       // the rule or macro whose text is at fault
    qsizetype offset = 0; // in that text
};

// Compiles rule conditions into ConditionPrograms for one event source: macros are inlined, list names
// inside `in (...)`-style lists are replaced by their items, fields are resolved to slots.
class ConditionCompiler
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::rules::ConditionCompiler)

public:
    ConditionCompiler(FieldSlots &slots, const std::vector<MacroDefinition> &macros,
                      const std::vector<ListDefinition> &lists);
    ~ConditionCompiler();

    std::optional<ConditionProgram> compile(const QString &condition, const QString &origin,
                                            CompileError *error);

    // The items of a list with nested list names expanded; empty when no list has that name.
    QStringList listItems(const QString &name) const;
    bool hasList(const QString &name) const { return m_lists.contains(name); }

private:
    struct ParsedMacro;
    struct Context;

    int compileNode(const ConditionNode &node, Context &context);
    int compileCheck(const ConditionNode &node, Context &context);
    int compileMacro(const ConditionNode &node, Context &context);
    int compileOperand(const ConditionNode &node, Context &context);
    ComparisonValue compileValue(const ConditionNode &check, const ConditionNode *value, int fieldSlot,
                                 Context &context);
    void expandListItems(const QString &name, QStringList &items, QSet<QString> &visiting) const;

    FieldSlots &m_slots;
    QHash<QString, const MacroDefinition *> m_macros;
    QHash<QString, const ListDefinition *> m_lists;
    QHash<QString, std::shared_ptr<ParsedMacro>> m_parsedMacros;
};

} // namespace tfdrift::rules

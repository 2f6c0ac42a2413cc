#pragma once

#include "core/rules/FieldFixTable.h"
#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RulesDocument.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace YAML {
class Node;
}

namespace tfdrift {
class FieldCatalog;
}

namespace tfdrift::rules {

struct ConditionNode;
struct ConditionReference;
class ConditionParser;

// Reads Falco rules files the way `falco -V` does and reports what Falco would refuse, each finding
// with Falco's code name and the file:line:column of the YAML text at fault.
//
// Files load in order with Falco's semantics: a later definition of a macro, list or rule replaces
// the earlier one; `append: true` and `override: {key: append|replace}` modify it. Conditions, fields
// and outputs are checked by validate(), once every file is in, since a macro may be defined after
// the rule that uses it.
//
// Beyond Falco, findings carry a suggested fix where one is known (FieldFixTable), a rule written without
// `source:` whose fields belong to one plugin source is told so once instead of once per field, and a rule
// Falco refuses for another reason (an invalid priority...) still has its condition and output checked,
// so that one run shows every mistake.
class RulesLoader
{
public:
    explicit RulesLoader(const FieldCatalog &catalog, const FieldFixTable &fixes = FieldFixTable::builtIn());
    ~RulesLoader();
    RulesLoader(const RulesLoader &) = delete;
    RulesLoader &operator=(const RulesLoader &) = delete;

    // Reads one file (LOAD_ERR_FILE_READ when it cannot be read). Returns false when it was unreadable
    // or not valid YAML.
    bool loadFile(const QString &path);
    bool loadText(const QByteArray &yamlText, const QString &fileName);

    // Compiles every condition and output against the field catalog and reports unused macros and
    // lists. Call once, after the last file.
    void validate();

    const QList<RuleDiagnostic> &diagnostics() const { return m_diagnostics; }

    // Rules in the order they were first defined, as they stand after every append and override.
    QList<RuleSummary> ruleSummaries() const;
    const std::vector<RuleDefinition> &rules() const { return m_rules; }
    const std::vector<MacroDefinition> &macros() const { return m_macros; }
    const std::vector<ListDefinition> &lists() const { return m_lists; }

    // Falco's canonical spelling of a priority (case-insensitive), or an empty string if Falco has none.
    static QString canonicalPriority(const QString &text);

private:
    struct FileContext;
    struct ValidationState;
    struct SuggestedFix {
        QString text;
        QString reason;
    };
    struct ImpliedSource {
        QString source;            // the plugin source the fields belong to; empty when unclear
        QString firstUnknownField; // the first field syscall lacks
        bool inOutput = false;     // ... found in the output rather than the condition
    };
    // The text of a loaded file, to turn line:column into a byte offset and a snippet.
    struct FileText {
        std::shared_ptr<const QStringList> lines;
        QList<qint64> lineStarts; // byte offset of each line
    };
    // A rule Falco refuses for a reason outside its condition and output: not in rules(), but checked.
    struct RejectedRule {
        RuleDefinition rule;
        bool sourceImplied = false;
    };

    void readItem(const FileContext &file, const YAML::Node &item);
    void readRule(const FileContext &file, const YAML::Node &item);
    void readMacro(const FileContext &file, const YAML::Node &item);
    QStringList warnUnknownKeys(const FileContext &file, const YAML::Node &item, const QStringList &known,
                                const QString &type, const QString &name);
    struct AppendMessages {
        QString badOverride;       // override is not {KEY: append|replace}
        QString overrideOfNothing; // override with no earlier definition
        QString appendToNothing;   // append: true with no earlier definition
    };
    std::optional<bool> readAppendMode(const FileContext &file, const YAML::Node &item, const char *key,
                                       bool defined, const AppendMessages &messages, const QString &type,
                                       const QString &name);
    void readList(const FileContext &file, const YAML::Node &item);
    void readEngineVersion(const FileContext &file, const YAML::Node &item);
    void readPluginVersions(const FileContext &file, const YAML::Node &item);
    void readExceptions(const FileContext &file, const YAML::Node &exceptions, const QString &source,
                        const QString &ruleName);

    void validateRule(const RuleDefinition &rule, bool sourceImplied, const ConditionParser &parser,
                      ValidationState &state);
    void checkFields(const ConditionNode &root, const LocatedText &text, const RuleDefinition &rule,
                     const QString &source, const QString &itemType, const QString &itemName);
    void checkOutput(const RuleDefinition &rule, const QString &source);
    ImpliedSource impliedPluginSource(const QStringList &conditionFields, const QStringList &outputFields,
                                      ValidationState &state) const;
    // " Did you mean ...?" to append to the message, or a fix from the table (then no hint).
    std::pair<QString, SuggestedFix> unknownFieldAdvice(const QString &source, const QString &field) const;
    SuggestedFix priorityAdvice(const QString &written) const;
    void reportUndefinedMacro(const ConditionReference &reference, const LocatedText &text,
                              const QString &itemType, const QString &itemName);

    void report(RuleDiagnostic::Severity severity, const QString &code, const QString &file, int line,
                int column, const QString &message, const QString &itemType = {},
                const QString &itemName = {}, const SuggestedFix &fix = {});
    void reportAt(RuleDiagnostic::Severity severity, const QString &code, const LocatedText &text,
                  qsizetype offset, const QString &message, const QString &itemType, const QString &itemName,
                  const SuggestedFix &fix = {});

    const FieldCatalog &m_catalog;
    const FieldFixTable &m_fixes;
    QList<RuleDiagnostic> m_diagnostics;
    std::vector<RuleDefinition> m_rules;
    std::vector<MacroDefinition> m_macros;
    std::vector<ListDefinition> m_lists;
    QHash<QString, std::size_t> m_ruleIndex;
    QHash<QString, std::size_t> m_macroIndex;
    QHash<QString, std::size_t> m_listIndex;
    QSet<QString> m_sourceImplied; // rules in m_rules defined without `source:`
    std::vector<RejectedRule> m_rejectedRules;
    QHash<QString, FileText> m_files;
};

} // namespace tfdrift::rules

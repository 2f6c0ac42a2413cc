#pragma once

#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RulesDocument.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
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
class RulesLoader
{
public:
    explicit RulesLoader(const FieldCatalog &catalog);
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

    void validateRule(const RuleDefinition &rule, const ConditionParser &parser, ValidationState &state);
    void checkFields(const ConditionNode &root, const LocatedText &text, const RuleDefinition &rule,
                     const QString &itemType, const QString &itemName);
    void checkOutput(const RuleDefinition &rule, bool sourceKnown);
    void reportUndefinedMacro(const ConditionReference &reference, const LocatedText &text,
                              const QString &itemType, const QString &itemName);

    void report(RuleDiagnostic::Severity severity, const QString &code, const QString &file, int line,
                int column, const QString &message, const QString &itemType = {},
                const QString &itemName = {});
    void reportAt(RuleDiagnostic::Severity severity, const QString &code, const LocatedText &text,
                  qsizetype offset, const QString &message, const QString &itemType, const QString &itemName);

    const FieldCatalog &m_catalog;
    QList<RuleDiagnostic> m_diagnostics;
    std::vector<RuleDefinition> m_rules;
    std::vector<MacroDefinition> m_macros;
    std::vector<ListDefinition> m_lists;
    QHash<QString, std::size_t> m_ruleIndex;
    QHash<QString, std::size_t> m_macroIndex;
    QHash<QString, std::size_t> m_listIndex;
    QList<std::shared_ptr<const QStringList>> m_fileLines;
};

} // namespace tfdrift::rules

#include "core/rules/RulesLoader.h"

#include "core/rules/ConditionParser.h"
#include "core/rules/FieldCatalog.h"
#include "core/rules/NameSuggestions.h"
#include "core/rules/OutputTokens.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringBuilder>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace tfdrift::rules {

namespace {

using Severity = RuleDiagnostic::Severity;

QString tr(const char *text)
{
    return QCoreApplication::translate("tfdrift::rules::RulesLoader", text);
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

const QStringList &ruleKeys()
{
    static const QStringList keys{QStringLiteral("rule"),
                                  QStringLiteral("condition"),
                                  QStringLiteral("output"),
                                  QStringLiteral("desc"),
                                  QStringLiteral("priority"),
                                  QStringLiteral("source"),
                                  QStringLiteral("enabled"),
                                  QStringLiteral("tags"),
                                  QStringLiteral("exceptions"),
                                  QStringLiteral("override"),
                                  QStringLiteral("append"),
                                  QStringLiteral("capture"),
                                  QStringLiteral("capture_duration"),
                                  QStringLiteral("warn_evttypes"),
                                  QStringLiteral("skip-if-unknown-filter")};
    return keys;
}

// Keys an override may append to; every other overridable key can only be replaced.
const QStringList &appendableRuleKeys()
{
    static const QStringList keys{QStringLiteral("condition"), QStringLiteral("output"),
                                  QStringLiteral("desc"), QStringLiteral("tags"),
                                  QStringLiteral("exceptions")};
    return keys;
}

const QStringList &replaceableRuleKeys()
{
    static const QStringList keys{QStringLiteral("condition"),
                                  QStringLiteral("output"),
                                  QStringLiteral("desc"),
                                  QStringLiteral("priority"),
                                  QStringLiteral("tags"),
                                  QStringLiteral("exceptions"),
                                  QStringLiteral("enabled"),
                                  QStringLiteral("warn_evttypes"),
                                  QStringLiteral("skip-if-unknown-filter")};
    return keys;
}

// Falco's own patterns: macro names are identifiers, list names anything a bare value may be.
const char kMacroNamePattern[] = "[a-zA-Z]+[a-zA-Z0-9_]*";
const char kListNamePattern[] = "[^()\"'\\s=,]+";

// Falco's name patterns, compiled once: a rules file has hundreds of macros and lists.
bool matchesWhole(const char *pattern, const QString &name)
{
    static const QRegularExpression macroName(
        QRegularExpression::anchoredPattern(QLatin1String(kMacroNamePattern)));
    static const QRegularExpression listName(
        QRegularExpression::anchoredPattern(QLatin1String(kListNamePattern)));
    const QRegularExpression &expression = pattern == kMacroNamePattern ? macroName : listName;
    return expression.match(name).hasMatch();
}

QString didYouMean(const QStringList &suggestions)
{
    if (suggestions.isEmpty())
        return {};
    return tr(" Did you mean '%1'?").arg(suggestions.join(QStringLiteral("', '")));
}

// Falco's priorities, most severe first, spelled as Falco prints them.
const QStringList &priorityNames()
{
    static const QStringList names{QStringLiteral("Emergency"),     QStringLiteral("Alert"),
                                   QStringLiteral("Critical"),      QStringLiteral("Error"),
                                   QStringLiteral("Warning"),       QStringLiteral("Notice"),
                                   QStringLiteral("Informational"), QStringLiteral("Debug")};
    return names;
}

const QString &syscallSource()
{
    static const QString name = QStringLiteral("syscall");
    return name;
}

// "ct." for ct.request.bucketname: the part that tells which source a field comes from.
QString fieldPrefix(const QString &field)
{
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    return dot < 0 ? field : field.left(dot + 1);
}

// Fields Falco still accepts but warns about (LOAD_DEPRECATED_ITEM), with why; empty when not deprecated.
// Falco keeps its own list: the catalogs' `deprecated` flags are wider and Falco does not warn for those.
const QStringList &deprecatedFieldNames()
{
    static const QStringList names{QStringLiteral("evt.dir"),           QStringLiteral("evt.latency"),
                                   QStringLiteral("evt.latency.s"),     QStringLiteral("evt.latency.ns"),
                                   QStringLiteral("evt.latency.human"), QStringLiteral("evt.wait_latency")};
    return names;
}

QString deprecationReason(const QString &field)
{
    if (field == QLatin1String("evt.dir"))
        return tr("since enter events are dropped, 'evt.dir = <' is always true and 'evt.dir = >' always "
                  "false; remove the condition on evt.dir");
    if (deprecatedFieldNames().contains(field))
        return tr("the field has no value since enter events are dropped");
    return {};
}

// Falco's LOAD_UNSAFE_NA_CHECK: a k8s audit field compared for equality with "<NA>", which Falco prints for
// a missing value but the field may not return. Calls `found` with the offending value node.
template<typename Found>
void forEachUnsafeNaCheck(const ConditionNode &node, const Found &found)
{
    if (node.kind == ConditionNodeKind::Check) {
        const ConditionNode *left = node.child(0);
        const ConditionNode *right = node.child(1);
        static const QList<ConditionOperator> equality{
            ConditionOperator::Equal, ConditionOperator::EqualEqual, ConditionOperator::NotEqual,
            ConditionOperator::In,    ConditionOperator::Intersects, ConditionOperator::PMatch};
        const bool unsafeField = left && left->kind == ConditionNodeKind::Field
            && (left->text.startsWith(QLatin1String("ka.")) || left->text.startsWith(QLatin1String("jevt.")));
        if (unsafeField && right && equality.contains(node.op)) {
            const auto isNa = [](const ConditionNode *value) {
                return value->kind == ConditionNodeKind::Value && value->text == QLatin1String("<NA>");
            };
            if (isNa(right))
                found(*right);
            for (const auto &item : right->children) {
                if (right->kind == ConditionNodeKind::List && isNa(item.get()))
                    found(*item);
            }
        }
        return;
    }
    for (const auto &child : node.children)
        forEachUnsafeNaCheck(*child, found);
}

} // namespace

struct RulesLoader::FileContext {
    QString name;
    std::shared_ptr<const QStringList> lines;

    ItemLocation location(const YAML::Node &node) const
    {
        return {name, node.Mark().line + 1, node.Mark().column + 1};
    }

    TextPiece piece(const YAML::Node &scalar) const
    {
        TextPiece result;
        result.file = name;
        result.map = std::make_shared<ScalarSourceMap>(*lines, scalar.Mark().line, scalar.Mark().column,
                                                       scalarText(scalar));
        return result;
    }
};

struct RulesLoader::ValidationState {
    std::vector<ConditionParseResult> macroTrees; // parsed once, in m_macros order
    // Which macros and lists the rules reach, for the unused-item warnings.
    QSet<QString> usedMacros;
    QSet<QString> usedLists;
    // Field prefix ("ct.") -> the sources that have fields with it; built when first needed.
    std::optional<QHash<QString, QSet<QString>>> prefixSources;
};

RulesLoader::RulesLoader(const FieldCatalog &catalog, const FieldFixTable &fixes)
    : m_catalog(catalog)
    , m_fixes(fixes)
{
}

RulesLoader::~RulesLoader() = default;

QString RulesLoader::canonicalPriority(const QString &text)
{
    for (const QString &name : priorityNames()) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    }
    if (text.compare(QLatin1String("Info"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Informational");
    return {};
}

void RulesLoader::report(Severity severity, const QString &code, const QString &file, int line, int column,
                         const QString &message, const QString &itemType, const QString &itemName,
                         const SuggestedFix &fix)
{
    RuleDiagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.code = code;
    diagnostic.file = file;
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.message = message;
    diagnostic.itemType = itemType;
    diagnostic.itemName = itemName;
    diagnostic.fix = fix.text;
    diagnostic.fixReason = fix.reason;
    if (const auto text = m_files.constFind(file); text != m_files.cend() && line > 0) {
        const QStringList &lines = *text->lines;
        if (line <= lines.size()) {
            const QString &lineText = lines.at(line - 1);
            const qsizetype before = std::clamp<qsizetype>(column - 1, 0, lineText.size());
            diagnostic.offset = text->lineStarts.value(line - 1) + lineText.left(before).toUtf8().size();
            diagnostic.snippet = snippetAt(lineText, column);
        }
    }
    // A macro shared by several rules would otherwise repeat the same finding once per rule.
    for (const RuleDiagnostic &existing : std::as_const(m_diagnostics)) {
        if (existing.file == file && existing.line == line && existing.column == column
            && existing.code == code && existing.message == message)
            return;
    }
    m_diagnostics.append(diagnostic);
}

void RulesLoader::reportAt(Severity severity, const QString &code, const LocatedText &text, qsizetype offset,
                           const QString &message, const QString &itemType, const QString &itemName,
                           const SuggestedFix &fix)
{
    const TextPiece *piece = text.pieceAt(offset);
    const SourcePosition position = text.position(offset);
    report(severity, code, piece ? piece->file : QString(), position.line, position.column, message, itemType,
           itemName, fix);
}

bool RulesLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(Severity::Error, QStringLiteral("LOAD_ERR_FILE_READ"), path, 0, 0,
               tr("Could not read the file: %1").arg(file.errorString()));
        return false;
    }
    return loadText(file.readAll(), path);
}

bool RulesLoader::loadText(const QByteArray &yamlText, const QString &fileName)
{
    FileContext file;
    file.name = fileName;
    QString text = QString::fromUtf8(yamlText);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    file.lines = std::make_shared<const QStringList>(text.split(QLatin1Char('\n')));
    FileText &fileText = m_files[fileName];
    fileText.lines = file.lines;
    fileText.lineStarts = {0};
    for (qsizetype i = yamlText.indexOf('\n'); i >= 0; i = yamlText.indexOf('\n', i + 1))
        fileText.lineStarts.append(i + 1);

    YAML::Node root;
    try {
        root = YAML::Load(yamlText.toStdString());
    } catch (const YAML::Exception &error) {
        report(Severity::Error, QStringLiteral("LOAD_ERR_YAML_PARSE"), fileName, error.mark.line + 1,
               error.mark.column + 1, QString::fromStdString(error.msg));
        return false;
    }
    if (!root.IsDefined() || root.IsNull())
        return true; // an empty rules file is valid
    if (!root.IsSequence()) {
        const ItemLocation where = file.location(root);
        report(Severity::Error, QStringLiteral("LOAD_ERR_YAML_VALIDATE"), fileName, where.line, where.column,
               tr("Rules content is not yaml array of objects"));
        return true;
    }
    for (const YAML::Node &item : root) {
        // yaml-cpp throws on some shapes (a key looked up on a scalar...); one bad item must not stop
        // the others from being checked.
        try {
            readItem(file, item);
        } catch (const YAML::Exception &error) {
            report(Severity::Error, QStringLiteral("LOAD_ERR_YAML_VALIDATE"), fileName, item.Mark().line + 1,
                   item.Mark().column + 1, QString::fromStdString(error.msg));
        }
    }
    return true;
}

void RulesLoader::readItem(const FileContext &file, const YAML::Node &item)
{
    const ItemLocation where = file.location(item);
    if (!item.IsMap()) {
        report(Severity::Error, QStringLiteral("LOAD_ERR_YAML_VALIDATE"), file.name, where.line, where.column,
               tr("Unexpected element type. Each element should be a yaml associative array."));
        return;
    }
    // Falco decides the kind by which key is present, not by which comes first.
    if (item["required_engine_version"].IsDefined())
        readEngineVersion(file, item);
    else if (item["required_plugin_versions"].IsDefined())
        readPluginVersions(file, item);
    else if (item["list"].IsDefined())
        readList(file, item);
    else if (item["macro"].IsDefined())
        readMacro(file, item);
    else if (item["rule"].IsDefined())
        readRule(file, item);
    else
        report(Severity::Warning, QStringLiteral("LOAD_UNKNOWN_ITEM"), file.name, where.line, where.column,
               tr("Unknown top level item"));
}

void RulesLoader::readEngineVersion(const FileContext &file, const YAML::Node &item)
{
    const YAML::Node value = item["required_engine_version"];
    const ItemLocation where = file.location(value);
    static const QRegularExpression format(QStringLiteral("^(\\d+|\\d+\\.\\d+\\.\\d+)$"));
    if (!isScalar(value) || !format.match(scalarText(value)).hasMatch()) {
        report(Severity::Error, QStringLiteral("LOAD_ERR_YAML_VALIDATE"), file.name, where.line, where.column,
               tr("Unable to parse engine version '%1' as a semver string. Expected \"x.y.z\" semver format.")
                   .arg(isScalar(value) ? scalarText(value) : QString()),
               QStringLiteral("required_engine_version"));
    }
}

void RulesLoader::readPluginVersions(const FileContext &file, const YAML::Node &item)
{
    const YAML::Node value = item["required_plugin_versions"];
    const auto invalid = [&](const YAML::Node &node, const QString &message) {
        const ItemLocation where = file.location(node);
        report(Severity::Error, QStringLiteral("LOAD_ERR_YAML_VALIDATE"), file.name, where.line, where.column,
               message, QStringLiteral("required_plugin_versions"));
    };
    if (!value.IsSequence()) {
        invalid(value, tr("Value of required_plugin_versions must be a sequence"));
        return;
    }
    for (const YAML::Node &plugin : value) {
        if (!plugin.IsMap()) {
            invalid(plugin, tr("Each plugin requirement must be a map with 'name' and 'version'"));
            continue;
        }
        for (const char *key : {"name", "version"}) {
            if (!isScalar(plugin[key]))
                invalid(plugin, tr("Item has no mapping for key '%1'").arg(QLatin1String(key)));
        }
    }
}

// Warns about every key of item that is not in known, as Falco does; returns the keys present.
QStringList RulesLoader::warnUnknownKeys(const FileContext &file, const YAML::Node &item,
                                         const QStringList &known, const QString &type, const QString &name)
{
    QStringList present;
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QString key = scalarText(it->first);
        present.append(key);
        if (!known.contains(key)) {
            const ItemLocation at = file.location(it->first);
            report(Severity::Warning, QStringLiteral("LOAD_UNKNOWN_KEY"), file.name, at.line, at.column,
                   tr("Unknown key '%1'. The key will be ignored.").arg(key), type, name);
        }
    }
    return present;
}

// `append: true` or `override: {KEY: append|replace}` on a macro or list: whether the item appends
// to the earlier definition. nullopt, with the error reported, when the item must be skipped.
std::optional<bool> RulesLoader::readAppendMode(const FileContext &file, const YAML::Node &item,
                                                const char *key, bool defined, const AppendMessages &messages,
                                                const QString &type, const QString &name)
{
    const auto error = [&](const QString &code, const YAML::Node &node, const QString &message) {
        const ItemLocation at = file.location(node);
        report(Severity::Error, code, file.name, at.line, at.column, message, type, name);
    };
    bool append = false;
    if (item["append"].IsDefined() && !YAML::convert<bool>::decode(item["append"], append))
        error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item["append"], tr("Can't decode YAML boolean"));
    const YAML::Node override = item["override"];
    if (override.IsDefined()) {
        if (!override.IsMap() || !isScalar(override[key])) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), override, messages.badOverride);
            return std::nullopt;
        }
        const QString mode = scalarText(override[key]);
        if (mode != QLatin1String("append") && mode != QLatin1String("replace")) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), override[key],
                  tr("Invalid override value '%1': expected 'append' or 'replace'").arg(mode));
            return std::nullopt;
        }
        if (!defined) {
            error(QStringLiteral("LOAD_ERR_VALIDATE"), item, messages.overrideOfNothing);
            return std::nullopt;
        }
        return mode == QLatin1String("append");
    }
    if (append && !defined) {
        error(QStringLiteral("LOAD_ERR_VALIDATE"), item, messages.appendToNothing);
        return std::nullopt;
    }
    return append;
}

void RulesLoader::readMacro(const FileContext &file, const YAML::Node &item)
{
    const ItemLocation where = file.location(item);
    const YAML::Node nameNode = item["macro"];
    const QString type = QStringLiteral("macro");
    const auto error
        = [&](const QString &code, const YAML::Node &node, const QString &message, const QString &name) {
              const ItemLocation at = file.location(node);
              report(Severity::Error, code, file.name, at.line, at.column, message, type, name);
          };
    if (!isScalar(nameNode) || scalarText(nameNode).isEmpty()) {
        error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item, tr("Macro name is empty"), {});
        return;
    }
    const QString name = scalarText(nameNode);
    static const QStringList keys{QStringLiteral("macro"), QStringLiteral("condition"),
                                  QStringLiteral("append"), QStringLiteral("override")};
    warnUnknownKeys(file, item, keys, type, name);
    if (!matchesWhole(kMacroNamePattern, name)) {
        const ItemLocation at = file.location(nameNode);
        report(Severity::Warning, QStringLiteral("LOAD_INVALID_MACRO_NAME"), file.name, at.line, at.column,
               tr("Macro has an invalid name '%1'. Macro names should match a regular expression: %2")
                   .arg(name, QLatin1String(kMacroNamePattern)),
               type, name);
    }
    const YAML::Node condition = item["condition"];
    if (!isScalar(condition)) {
        error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), condition.IsDefined() ? condition : item,
              tr("Item has no mapping for key 'condition'"), name);
        return;
    }
    const std::optional<bool> append = readAppendMode(
        file, item, "condition", m_macroIndex.contains(name),
        {tr("A macro override must map 'condition' to 'append' or 'replace'"),
         tr("An override for macro '%1' was specified but no macro by that name already exists").arg(name),
         tr("Macro has 'append' key but no macro by that name already exists")},
        type, name);
    if (!append)
        return;
    const auto existing = m_macroIndex.constFind(name);
    if (existing == m_macroIndex.cend()) {
        MacroDefinition macro;
        macro.name = name;
        macro.location = where;
        macro.condition.replace(scalarText(condition), file.piece(condition));
        m_macroIndex.insert(name, m_macros.size());
        m_macros.push_back(std::move(macro));
        return;
    }
    MacroDefinition &macro = m_macros[*existing];
    if (*append) {
        macro.condition.append(scalarText(condition), file.piece(condition));
    } else {
        macro.location = where;
        macro.condition.replace(scalarText(condition), file.piece(condition));
    }
}

void RulesLoader::readList(const FileContext &file, const YAML::Node &item)
{
    const ItemLocation where = file.location(item);
    const YAML::Node nameNode = item["list"];
    const QString type = QStringLiteral("list");
    const auto error
        = [&](const QString &code, const YAML::Node &node, const QString &message, const QString &name) {
              const ItemLocation at = file.location(node);
              report(Severity::Error, code, file.name, at.line, at.column, message, type, name);
          };
    if (!isScalar(nameNode) || scalarText(nameNode).isEmpty()) {
        error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item, tr("List name is empty"), {});
        return;
    }
    const QString name = scalarText(nameNode);
    static const QStringList keys{QStringLiteral("list"), QStringLiteral("items"), QStringLiteral("append"),
                                  QStringLiteral("override")};
    warnUnknownKeys(file, item, keys, type, name);
    if (!matchesWhole(kListNamePattern, name)) {
        const ItemLocation at = file.location(nameNode);
        report(Severity::Warning, QStringLiteral("LOAD_INVALID_LIST_NAME"), file.name, at.line, at.column,
               tr("List has an invalid name '%1'. List names should match a regular expression: %2")
                   .arg(name, QLatin1String(kListNamePattern)),
               type, name);
    }
    const YAML::Node itemsNode = item["items"];
    if (!itemsNode.IsDefined()) {
        error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item, tr("Item has no mapping for key 'items'"),
              name);
        return;
    }
    QStringList items;
    if (!itemsNode.IsNull()) {
        if (!itemsNode.IsSequence()) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), itemsNode,
                  tr("Value of 'items' must be a sequence"), name);
            return;
        }
        for (const YAML::Node &value : itemsNode) {
            if (!value.IsScalar()) {
                error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), value,
                      tr("List items must be strings or numbers"), name);
                return;
            }
            items.append(scalarText(value));
        }
    }
    const std::optional<bool> append = readAppendMode(
        file, item, "items", m_listIndex.contains(name),
        {tr("A list override must map 'items' to 'append' or 'replace'"),
         tr("An override for list '%1' was specified but no list by that name already exists").arg(name),
         tr("List has 'append' key but no list by that name already exists")},
        type, name);
    if (!append)
        return;
    if (*append && items.isEmpty()) {
        report(Severity::Warning, QStringLiteral("LOAD_APPEND_NO_VALUES"), file.name, where.line,
               where.column, tr("Overriding/appending list with no values"), type, name);
    }
    const auto existing = m_listIndex.constFind(name);
    if (existing == m_listIndex.cend()) {
        m_listIndex.insert(name, m_lists.size());
        m_lists.push_back(ListDefinition{name, where, items});
        return;
    }
    ListDefinition &list = m_lists[*existing];
    if (*append) {
        list.items += items;
    } else {
        list.location = where;
        list.items = items;
    }
}

// Exceptions are checked for shape only: {name, fields, comps, values}, fields known to the rule's source,
// comps valid operators, and each value tuple as long as the field list.
void RulesLoader::readExceptions(const FileContext &file, const YAML::Node &exceptions, const QString &source,
                                 const QString &ruleName)
{
    if (!exceptions.IsDefined() || exceptions.IsNull())
        return;
    const QString type = QStringLiteral("rule");
    const auto invalid = [&](const YAML::Node &node, const QString &message) {
        const ItemLocation at = file.location(node);
        report(Severity::Error, QStringLiteral("LOAD_ERR_YAML_VALIDATE"), file.name, at.line, at.column,
               message, type, ruleName);
    };
    if (!exceptions.IsSequence()) {
        invalid(exceptions, tr("Rule exceptions must be a sequence"));
        return;
    }
    const bool sourceKnown = m_catalog.hasSource(source);
    QStringList names;
    for (const YAML::Node &exception : exceptions) {
        if (!exception.IsMap()) {
            invalid(exception, tr("Rule exception must be a mapping"));
            continue;
        }
        const YAML::Node name = exception["name"];
        if (!isScalar(name) || scalarText(name).isEmpty()) {
            invalid(exception, tr("Item has no mapping for key 'name'"));
            continue;
        }
        if (names.contains(scalarText(name))) {
            const ItemLocation at = file.location(name);
            report(Severity::Warning, QStringLiteral("LOAD_EXCEPTION_NAME_NOT_UNIQUE"), file.name, at.line,
                   at.column,
                   tr("Multiple definitions of exception '%1' in the same rule").arg(scalarText(name)), type,
                   ruleName);
        }
        names.append(scalarText(name));

        const YAML::Node fields = exception["fields"];
        const bool fieldList = fields.IsDefined() && fields.IsSequence();
        std::size_t fieldCount = 1;
        std::vector<YAML::Node> fieldNodes;
        if (fieldList) {
            fieldCount = fields.size();
            for (const YAML::Node &field : fields)
                fieldNodes.push_back(field);
        } else if (fields.IsDefined()) {
            fieldNodes.push_back(fields);
        }
        for (const YAML::Node &field : fieldNodes) {
            if (!field.IsScalar()) {
                invalid(field, tr("Rule exception fields must be strings"));
                continue;
            }
            // A field may carry an argument: proc.aname[2].
            QString fieldName = scalarText(field);
            const qsizetype bracket = fieldName.indexOf(QLatin1Char('['));
            if (bracket >= 0)
                fieldName.truncate(bracket);
            if (sourceKnown && !m_catalog.resolve(source, fieldName)) {
                const ItemLocation at = file.location(field);
                const auto [hint, fix] = unknownFieldAdvice(source, fieldName);
                report(Severity::Error, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"), file.name, at.line,
                       at.column,
                       tr("filter_check called with nonexistent field %1 (source %2).").arg(fieldName, source)
                           + hint,
                       type, ruleName, fix);
            }
        }

        const YAML::Node comps = exception["comps"];
        std::vector<YAML::Node> compNodes;
        if (comps.IsDefined() && comps.IsSequence()) {
            for (const YAML::Node &comp : comps)
                compNodes.push_back(comp);
            if (fieldList && comps.size() != fieldCount)
                invalid(comps, tr("Fields and comps lists must have equal length"));
        } else if (comps.IsDefined()) {
            compNodes.push_back(comps);
        }
        for (const YAML::Node &comp : compNodes) {
            if (!comp.IsScalar() || !conditionOperatorNames().contains(scalarText(comp)))
                invalid(comp,
                        tr("Invalid comparison operator '%1'")
                            .arg(comp.IsScalar() ? scalarText(comp) : QString()));
        }

        const YAML::Node values = exception["values"];
        if (!values.IsDefined() || values.IsNull())
            continue;
        if (!values.IsSequence()) {
            invalid(values, tr("Rule exception values must be a sequence"));
            continue;
        }
        for (const YAML::Node &value : values) {
            if (!fieldList) {
                if (!value.IsScalar() && !value.IsSequence())
                    invalid(value, tr("Expected values entry to be a string or a sequence"));
                continue;
            }
            if (!value.IsSequence())
                invalid(value, tr("Expected values array to contain a list of strings"));
            else if (value.size() != fieldCount)
                invalid(value, tr("Fields and values lists must have equal length"));
        }
    }
}

void RulesLoader::readRule(const FileContext &file, const YAML::Node &item)
{
    const ItemLocation where = file.location(item);
    const YAML::Node nameNode = item["rule"];
    const QString type = QStringLiteral("rule");
    QString name;
    const auto error = [&](const QString &code, const YAML::Node &node, const QString &message) {
        const ItemLocation at = file.location(node);
        report(Severity::Error, code, file.name, at.line, at.column, message, type, name);
    };
    if (!isScalar(nameNode) || scalarText(nameNode).isEmpty()) {
        error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item, tr("Rule name is empty"));
        return;
    }
    name = scalarText(nameNode);

    const QStringList presentKeys = warnUnknownKeys(file, item, ruleKeys(), type, name);

    // Typed readers: each reports a value of the wrong shape and says whether the key was usable.
    bool valid = true;
    const auto readString = [&](const char *key, QString *out) {
        const YAML::Node value = item[key];
        if (!value.IsDefined())
            return false;
        if (value.IsNull()) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), value,
                  tr("Mapping for key '%1' is empty").arg(QLatin1String(key)));
            valid = false;
            return false;
        }
        if (!value.IsScalar()) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), value,
                  tr("Value of '%1' must be a string").arg(QLatin1String(key)));
            valid = false;
            return false;
        }
        *out = scalarText(value);
        return true;
    };
    const auto readBool = [&](const char *key, bool *out) {
        const YAML::Node value = item[key];
        if (!value.IsDefined())
            return false;
        if (!YAML::convert<bool>::decode(value, *out)) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), value, tr("Can't decode YAML boolean"));
            valid = false;
            return false;
        }
        return true;
    };
    const auto readTags = [&](QStringList *out) {
        const YAML::Node value = item["tags"];
        if (!value.IsDefined() || value.IsNull())
            return value.IsDefined();
        if (!value.IsSequence()) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), value, tr("Value of 'tags' must be a sequence"));
            valid = false;
            return false;
        }
        for (const YAML::Node &tag : value) {
            if (!tag.IsScalar()) {
                error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), tag, tr("Each tag must be a string"));
                valid = false;
                return false;
            }
            out->append(scalarText(tag));
        }
        return true;
    };
    const auto readPriority = [&](QString *out) {
        QString text;
        if (!readString("priority", &text))
            return false;
        const QString canonical = canonicalPriority(text);
        if (canonical.isEmpty()) {
            const ItemLocation at = file.location(item["priority"]);
            report(
                Severity::Error, QStringLiteral("LOAD_ERR_YAML_VALIDATE"), file.name, at.line, at.column,
                tr("Invalid priority '%1' (Falco accepts Emergency, Alert, Critical, Error, Warning, Notice, "
                   "Informational or Debug, in any case)")
                    .arg(text),
                type, name, priorityAdvice(text));
            valid = false;
            return false;
        }
        *out = canonical;
        return true;
    };

    QString source;
    const bool hasSource = readString("source", &source);
    if (!hasSource)
        source = QStringLiteral("syscall");
    bool append = false;
    readBool("append", &append);
    const YAML::Node override = item["override"];
    const auto existing = m_ruleIndex.constFind(name);
    RuleDefinition *previous = existing == m_ruleIndex.cend() ? nullptr : &m_rules[*existing];

    // A full redefinition without `source:` means syscall; an append or override keeps the old source.
    const auto checkSameSource = [&](bool sourceImplied) {
        if (previous && (hasSource || sourceImplied) && previous->source != source) {
            error(QStringLiteral("LOAD_ERR_VALIDATE"), hasSource ? item["source"] : item,
                  tr("Rule has been re-defined with a different source ('%1' before, '%2' now)")
                      .arg(previous->source, source));
            return false;
        }
        return true;
    };
    const auto conditionPiece = [&](const char *key) { return file.piece(item[key]); };

    if (override.IsDefined()) {
        if (append) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item["append"],
                  tr("Keys 'override' and 'append: true' cannot be used together"));
            return;
        }
        if (!override.IsMap()) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), override,
                  tr("Value of 'override' must be a map of keys to 'append' or 'replace'"));
            return;
        }
        QHash<QString, QString> modes;
        for (auto it = override.begin(); it != override.end(); ++it) {
            const QString key = scalarText(it->first);
            const QString mode = it->second.IsScalar() ? scalarText(it->second) : QString();
            const bool allowed = mode == QLatin1String("append") ? appendableRuleKeys().contains(key)
                : mode == QLatin1String("replace")               ? replaceableRuleKeys().contains(key)
                                                                 : false;
            if (!allowed) {
                error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), it->second,
                      tr("Key '%1' cannot be overridden with '%2'").arg(key, mode));
                valid = false;
                continue;
            }
            if (!item[it->first.Scalar()].IsDefined()) {
                error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), it->first,
                      tr("An override for '%1' was specified but '%1' is not defined").arg(key));
                valid = false;
                continue;
            }
            modes.insert(key, mode);
        }
        for (const QString &key : std::as_const(presentKeys)) {
            const bool overridable
                = appendableRuleKeys().contains(key) || replaceableRuleKeys().contains(key);
            if (overridable && !modes.contains(key) && valid) {
                error(
                    QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item[key.toStdString()],
                    tr("Unexpected key '%1': no corresponding entry under 'override' is defined.").arg(key));
                valid = false;
            }
        }
        if (!previous) {
            error(QStringLiteral("LOAD_ERR_VALIDATE"), item,
                  tr("An override for rule '%1' was specified but no rule by that name already exists")
                      .arg(name));
            return;
        }
        if (!checkSameSource(false) || !valid)
            return;
        const auto isAppend = [&](const QString &key) { return modes.value(key) == QLatin1String("append"); };
        for (const char *key : {"condition", "output"}) {
            const QString keyName = QLatin1String(key);
            QString text;
            if (!modes.contains(keyName) || !readString(key, &text))
                continue;
            LocatedText &target
                = keyName == QLatin1String("condition") ? previous->condition : previous->output;
            if (isAppend(keyName))
                target.append(text, conditionPiece(key));
            else
                target.replace(text, conditionPiece(key));
        }
        QString desc;
        if (modes.contains(QStringLiteral("desc")) && readString("desc", &desc))
            previous->desc
                = isAppend(QStringLiteral("desc")) ? previous->desc % QLatin1Char(' ') % desc : desc;
        QStringList tags;
        if (modes.contains(QStringLiteral("exceptions")))
            readExceptions(file, item["exceptions"], previous->source, name);
        if (modes.contains(QStringLiteral("tags")) && readTags(&tags))
            previous->tags = isAppend(QStringLiteral("tags")) ? previous->tags + tags : tags;
        QString priority;
        if (modes.contains(QStringLiteral("priority")) && readPriority(&priority))
            previous->priority = priority;
        if (modes.contains(QStringLiteral("enabled")))
            readBool("enabled", &previous->enabled);
        if (modes.contains(QStringLiteral("skip-if-unknown-filter")))
            readBool("skip-if-unknown-filter", &previous->skipIfUnknownFilter);
        return;
    }

    if (append) {
        if (!previous) {
            error(QStringLiteral("LOAD_ERR_VALIDATE"), item,
                  tr("Rule has 'append' key but no rule by that name already exists"));
            return;
        }
        if (!checkSameSource(false))
            return;
        QString condition;
        if (readString("condition", &condition))
            previous->condition.append(condition, conditionPiece("condition"));
        readExceptions(file, item["exceptions"], previous->source, name);
        QString output;
        if (readString("output", &output))
            previous->output.append(output, conditionPiece("output"));
        return;
    }

    // An item with only `rule` and `enabled` switches an existing rule on or off.
    const bool enabledOnly = !item["condition"].IsDefined() && !item["output"].IsDefined()
        && !item["desc"].IsDefined() && !item["priority"].IsDefined();
    if (enabledOnly) {
        if (!item["enabled"].IsDefined()) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item,
                  tr("Item has no mapping for key 'enabled'"));
            return;
        }
        if (!previous) {
            error(QStringLiteral("LOAD_ERR_VALIDATE"), item,
                  tr("Rule has 'enabled' key but no rule by that name already exists"));
            return;
        }
        readBool("enabled", &previous->enabled);
        return;
    }

    RuleDefinition rule;
    rule.name = name;
    rule.location = where;
    rule.source = source;
    for (const char *key : {"condition", "output", "desc", "priority"}) {
        if (!item[key].IsDefined()) {
            error(QStringLiteral("LOAD_ERR_YAML_VALIDATE"), item,
                  tr("Item has no mapping for key '%1'").arg(QLatin1String(key)));
            valid = false;
        }
    }
    QString condition;
    if (readString("condition", &condition))
        rule.condition.replace(condition, conditionPiece("condition"));
    QString output;
    if (readString("output", &output))
        rule.output.replace(output, conditionPiece("output"));
    readString("desc", &rule.desc);
    readPriority(&rule.priority);
    readBool("enabled", &rule.enabled);
    readTags(&rule.tags);
    readExceptions(file, item["exceptions"], rule.source, name);
    readBool("skip-if-unknown-filter", &rule.skipIfUnknownFilter);
    if (!checkSameSource(true))
        return;
    if (!valid) {
        if (!rule.condition.isEmpty() && !rule.output.isEmpty())
            m_rejectedRules.push_back({std::move(rule), !hasSource});
        return;
    }
    if (hasSource)
        m_sourceImplied.remove(name);
    else
        m_sourceImplied.insert(name);
    if (previous) {
        *previous = std::move(rule);
    } else {
        m_ruleIndex.insert(name, m_rules.size());
        m_rules.push_back(std::move(rule));
    }
}

void RulesLoader::validate()
{
    const ConditionParser parser;
    const QString macroType = QStringLiteral("macro");
    const QString compileCode = QStringLiteral("LOAD_ERR_COMPILE_CONDITION");
    ValidationState state;
    state.macroTrees.reserve(m_macros.size());
    for (const MacroDefinition &macro : m_macros) {
        ConditionParseResult parsed = parser.parse(macro.condition.text);
        if (parsed.error) {
            reportAt(Severity::Error, compileCode, macro.condition, parsed.error->offset,
                     parsed.error->message, macroType, macro.name);
        } else {
            for (const ConditionReference &reference : macroReferences(*parsed.root)) {
                if (!m_macroIndex.contains(reference.name))
                    reportUndefinedMacro(reference, macro.condition, macroType, macro.name);
            }
            for (const ConditionReference &candidate : listCandidates(*parsed.root)) {
                if (m_listIndex.contains(candidate.name))
                    state.usedLists.insert(candidate.name);
            }
        }
        state.macroTrees.push_back(std::move(parsed));
    }
    // A list item naming another list expands to that list's items.
    for (const ListDefinition &list : m_lists) {
        for (const QString &item : list.items) {
            if (m_listIndex.contains(item))
                state.usedLists.insert(item);
        }
    }
    for (const RuleDefinition &rule : m_rules)
        validateRule(rule, m_sourceImplied.contains(rule.name), parser, state);
    for (const RejectedRule &rejected : m_rejectedRules)
        validateRule(rejected.rule, rejected.sourceImplied, parser, state);

    for (const MacroDefinition &macro : m_macros) {
        if (!state.usedMacros.contains(macro.name)) {
            report(Severity::Warning, QStringLiteral("LOAD_UNUSED_MACRO"), macro.location.file,
                   macro.location.line, macro.location.column,
                   tr("Macro not referred to by any other rule/macro"), macroType, macro.name);
        }
    }
    for (const ListDefinition &list : m_lists) {
        if (!state.usedLists.contains(list.name)) {
            report(Severity::Warning, QStringLiteral("LOAD_UNUSED_LIST"), list.location.file,
                   list.location.line, list.location.column,
                   tr("List not referred to by any other rule/macro"), QStringLiteral("list"), list.name);
        }
    }
}

void RulesLoader::reportUndefinedMacro(const ConditionReference &reference, const LocatedText &text,
                                       const QString &itemType, const QString &itemName)
{
    const QStringList known = m_macroIndex.keys();
    reportAt(Severity::Error, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"), text, reference.offset,
             tr("Undefined macro '%1' used in filter.").arg(reference.name)
                 + didYouMean(closestNames(reference.name, known)),
             itemType, itemName);
}

void RulesLoader::validateRule(const RuleDefinition &rule, bool sourceImplied, const ConditionParser &parser,
                               ValidationState &state)
{
    const QString ruleType = QStringLiteral("rule");
    const bool sourceKnown = m_catalog.hasSource(rule.source);
    if (!sourceKnown) {
        report(Severity::Warning, QStringLiteral("LOAD_UNKNOWN_SOURCE"), rule.location.file,
               rule.location.line, rule.location.column,
               tr("Unknown source %1, skipping: no field catalog describes it").arg(rule.source), ruleType,
               rule.name);
    }
    // The rule's condition and the macros it reaches, each with where its text came from.
    struct Tree {
        const ConditionNode *root;
        const LocatedText *text;
        QString itemType;
        QString itemName;
    };
    std::vector<Tree> trees;
    const ConditionParseResult parsed = parser.parse(rule.condition.text);
    if (parsed.error) {
        reportAt(Severity::Error, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"), rule.condition,
                 parsed.error->offset, parsed.error->message, ruleType, rule.name);
    } else {
        for (const ConditionReference &reference : macroReferences(*parsed.root)) {
            if (!m_macroIndex.contains(reference.name))
                reportUndefinedMacro(reference, rule.condition, ruleType, rule.name);
        }
        QSet<QString> expanded;
        std::vector<std::pair<const ConditionNode *, std::size_t>> pending; // tree, macro index (or npos)
        pending.push_back({parsed.root.get(), std::size_t(-1)});
        while (!pending.empty()) {
            const auto [root, macroIndex] = pending.back();
            pending.pop_back();
            const bool inMacro = macroIndex != std::size_t(-1);
            for (const ConditionReference &candidate : listCandidates(*root)) {
                if (m_listIndex.contains(candidate.name))
                    state.usedLists.insert(candidate.name);
            }
            for (const ConditionReference &reference : macroReferences(*root)) {
                const auto found = m_macroIndex.constFind(reference.name);
                if (found == m_macroIndex.cend() || expanded.contains(reference.name))
                    continue;
                expanded.insert(reference.name);
                state.usedMacros.insert(reference.name);
                const ConditionParseResult &macroTree = state.macroTrees[*found];
                if (macroTree.ok())
                    pending.push_back({macroTree.root.get(), *found});
            }
            if (inMacro)
                trees.push_back({root, &m_macros[macroIndex].condition, QStringLiteral("macro"),
                                 m_macros[macroIndex].name});
            else
                trees.push_back({root, &rule.condition, ruleType, rule.name});
        }
    }

    // Without `source:` Falco compiles the rule for syscall. When the fields say which plugin it was
    // written for, say so once, and check the fields against that source instead of failing each one.
    QString source = rule.source;
    if (sourceImplied && rule.source == syscallSource() && sourceKnown) {
        QStringList conditionFields;
        for (const Tree &tree : trees) {
            for (const ConditionNode *field : fieldNodes(*tree.root))
                conditionFields.append(field->text);
        }
        QStringList outputFields;
        for (const OutputToken &token : outputTokens(rule.output.text)) {
            if (!token.field.isEmpty())
                outputFields.append(token.field);
        }
        const ImpliedSource implied = impliedPluginSource(conditionFields, outputFields, state);
        if (!implied.source.isEmpty()) {
            const QString message
                = tr("filter_check called with nonexistent field %1: the rule has no 'source' key, so Falco "
                     "reads it as a syscall rule, but its fields belong to source %2.")
                      .arg(implied.firstUnknownField, implied.source);
            const SuggestedFix fix{QStringLiteral("source: ") + implied.source,
                                   tr("Without 'source', Falco compiles a rule against the syscall fields.")};
            const QString code = implied.inOutput ? QStringLiteral("LOAD_ERR_COMPILE_OUTPUT")
                                                  : QStringLiteral("LOAD_ERR_COMPILE_CONDITION");
            if (rule.skipIfUnknownFilter) {
                report(Severity::Warning, QStringLiteral("LOAD_UNKNOWN_FILTER"), rule.location.file,
                       rule.location.line, rule.location.column,
                       tr("Rule '%1' is skipped (skip-if-unknown-filter): %2").arg(rule.name, message),
                       ruleType, rule.name, fix);
            } else {
                report(Severity::Error, code, rule.location.file, rule.location.line, rule.location.column,
                       message, ruleType, rule.name, fix);
            }
            source = implied.source;
        }
    }
    if (sourceKnown) {
        for (const Tree &tree : trees)
            checkFields(*tree.root, *tree.text, rule, source, tree.itemType, tree.itemName);
    }
    for (const Tree &tree : trees) {
        forEachUnsafeNaCheck(*tree.root, [&](const ConditionNode &value) {
            reportAt(Severity::Warning, QStringLiteral("LOAD_UNSAFE_NA_CHECK"), *tree.text, value.offset,
                     tr("Comparing a field with <NA> is unsafe: the field may not return <NA> when it has no "
                        "value. Use 'exists' to test whether it has one."),
                     tree.itemType, tree.itemName);
        });
    }
    checkOutput(rule, sourceKnown ? source : QString());
    // Falco looks for the deprecated names anywhere in the output text, not only in %field tokens.
    for (const QString &deprecated : deprecatedFieldNames()) {
        const qsizetype at = rule.output.text.indexOf(deprecated);
        if (at >= 0 && sourceKnown && m_catalog.resolve(source, deprecated)) {
            reportAt(Severity::Warning, QStringLiteral("LOAD_DEPRECATED_ITEM"), rule.output, at,
                     tr("Field '%1' is deprecated and used in the output: %2")
                         .arg(deprecated, deprecationReason(deprecated)),
                     ruleType, rule.name);
        }
    }
}

RulesLoader::ImpliedSource RulesLoader::impliedPluginSource(const QStringList &conditionFields,
                                                            const QStringList &outputFields,
                                                            ValidationState &state) const
{
    if (!state.prefixSources) {
        QHash<QString, QSet<QString>> owners;
        for (const QString &source : m_catalog.sources()) {
            for (const FieldInfo *field : m_catalog.fields(source))
                owners[fieldPrefix(field->name)].insert(source);
        }
        state.prefixSources = std::move(owners);
    }
    ImpliedSource result;
    QSet<QString> claimed;
    const QStringList all = conditionFields + outputFields;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (result.firstUnknownField.isEmpty() && !m_catalog.resolve(syscallSource(), all[i])) {
            result.firstUnknownField = all[i];
            result.inOutput = i >= conditionFields.size();
        }
        // A prefix several sources share (evt., json.) says nothing about which one was meant, and one
        // no source has (a typo) says nothing either. A syscall field (proc.name) next to plugin fields
        // leaves it open which of the two was meant.
        const QSet<QString> owners = state.prefixSources->value(fieldPrefix(all[i]));
        if (owners.size() == 1)
            claimed.unite(owners);
    }
    if (!result.firstUnknownField.isEmpty() && claimed.size() == 1 && !claimed.contains(syscallSource()))
        result.source = *claimed.cbegin();
    return result;
}

std::pair<QString, RulesLoader::SuggestedFix> RulesLoader::unknownFieldAdvice(const QString &source,
                                                                              const QString &field) const
{
    if (const FieldFix *fix = m_fixes.fieldFix(source, field))
        return {QString(), SuggestedFix{fix->replacement, fix->reason}};
    return {didYouMean(m_catalog.suggestions(source, field)), SuggestedFix{}};
}

RulesLoader::SuggestedFix RulesLoader::priorityAdvice(const QString &written) const
{
    if (const PriorityFix *fix = m_fixes.priorityFix(written))
        return {FieldFixTable::spelledLike(fix->replacement, written), fix->reason};
    // A misspelling of a priority Falco has: the closest name, if it is close enough.
    QStringList lowered;
    for (const QString &name : priorityNames())
        lowered.append(name.toLower());
    const QStringList closest = closestNames(written.trimmed().toLower(), lowered);
    if (closest.isEmpty())
        return {};
    const QString canonical = priorityNames().at(lowered.indexOf(closest.first()));
    return {FieldFixTable::spelledLike(canonical, written),
            tr("'%1' is the closest priority Falco has.").arg(canonical)};
}

void RulesLoader::checkFields(const ConditionNode &root, const LocatedText &text, const RuleDefinition &rule,
                              const QString &source, const QString &itemType, const QString &itemName)
{
    for (const ConditionNode *field : fieldNodes(root)) {
        const std::optional<FieldReference> resolved = m_catalog.resolve(source, field->text);
        if (!resolved) {
            const auto [hint, fix] = unknownFieldAdvice(source, field->text);
            const QString message
                = tr("filter_check called with nonexistent field %1 (source %2).").arg(field->text, source)
                + hint;
            if (rule.skipIfUnknownFilter) {
                reportAt(Severity::Warning, QStringLiteral("LOAD_UNKNOWN_FILTER"), text, field->offset,
                         tr("Rule '%1' is skipped (skip-if-unknown-filter): %2").arg(rule.name, message),
                         itemType, itemName, fix);
            } else {
                reportAt(Severity::Error, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"), text, field->offset,
                         message, itemType, itemName, fix);
            }
            continue;
        }
        if (const QString deprecated = deprecationReason(field->text); !deprecated.isEmpty()) {
            reportAt(Severity::Warning, QStringLiteral("LOAD_DEPRECATED_ITEM"), text, field->offset,
                     tr("Field '%1' is deprecated: %2").arg(field->text, deprecated), itemType, itemName);
        }
        if (!resolved->dottedArgument.isEmpty())
            continue;
        const QString why
            = FieldCatalog::checkArgument(*resolved->field, field->hasArgument, field->argument);
        if (!why.isEmpty()) {
            reportAt(Severity::Error, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"), text,
                     field->hasArgument && field->argumentOffset >= 0 ? field->argumentOffset : field->offset,
                     why, itemType, itemName);
        }
    }
}

// Output syntax is checked always; fields only when `source` has a catalog (empty otherwise).
void RulesLoader::checkOutput(const RuleDefinition &rule, const QString &source)
{
    const QString ruleType = QStringLiteral("rule");
    const QString outputCode = QStringLiteral("LOAD_ERR_COMPILE_OUTPUT");
    for (const OutputToken &token : outputTokens(rule.output.text)) {
        if (!token.error.isEmpty()) {
            reportAt(Severity::Error, outputCode, rule.output, token.offset, token.error, ruleType,
                     rule.name);
            continue;
        }
        if (source.isEmpty())
            continue;
        // Falco ends a field at the longest known name, so "%proc.name." may close a sentence.
        QString name = token.field;
        while (!token.hasArgument && name.endsWith(QLatin1Char('.')) && !m_catalog.resolve(source, name))
            name.chop(1);
        const std::optional<FieldReference> resolved = m_catalog.resolve(source, name);
        if (!resolved) {
            const auto [hint, fix] = unknownFieldAdvice(source, name);
            const QString message
                = tr("invalid formatting token %%1: no field '%1' in source %2.").arg(name, source) + hint;
            if (rule.skipIfUnknownFilter)
                reportAt(Severity::Warning, QStringLiteral("LOAD_UNKNOWN_FILTER"), rule.output, token.offset,
                         message, ruleType, rule.name, fix);
            else
                reportAt(Severity::Error, outputCode, rule.output, token.offset, message, ruleType, rule.name,
                         fix);
            continue;
        }
        if (resolved->dottedArgument.isEmpty()) {
            const QString why
                = FieldCatalog::checkArgument(*resolved->field, token.hasArgument, token.argument);
            if (!why.isEmpty())
                reportAt(Severity::Error, outputCode, rule.output, token.offset, why, ruleType, rule.name);
        }
    }
}

QList<RuleSummary> RulesLoader::ruleSummaries() const
{
    QList<RuleSummary> summaries;
    summaries.reserve(qsizetype(m_rules.size()));
    for (const RuleDefinition &rule : m_rules) {
        summaries.append(RuleSummary{rule.name, rule.source, rule.priority, rule.enabled, rule.tags,
                                     rule.location.file, rule.location.line});
    }
    return summaries;
}

} // namespace tfdrift::rules

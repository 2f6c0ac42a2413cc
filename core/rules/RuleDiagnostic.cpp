#include "core/rules/RuleDiagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QStringBuilder>

#include <algorithm>

namespace tfdrift::rules {

QString RuleDiagnostic::toString() const
{
    QString location = file;
    if (line > 0)
        location += QLatin1Char(':') % QString::number(line) % QLatin1Char(':') % QString::number(column);
    const QLatin1String kind
        = severity == Severity::Error ? QLatin1String("error") : QLatin1String("warning");
    QString text
        = location % QLatin1String(": ") % kind % QLatin1String(": ") % code % QLatin1String(": ") % message;
    if (hasFix())
        text += QLatin1String(" (fix: ") % fix % QLatin1Char(')');
    return text;
}

QString snippetAt(const QString &lineText, int column)
{
    // Falco shows at most 80 characters either side of the position.
    constexpr qsizetype kHalfWidth = 80;
    const qsizetype at = std::clamp<qsizetype>(column - 1, 0, lineText.size());
    const qsizetype from = std::max<qsizetype>(0, at - kHalfWidth);
    const qsizetype to = std::min<qsizetype>(lineText.size(), at + kHalfWidth);
    QString shown = lineText.mid(from, to - from);
    if (from > 0)
        shown.replace(0, 3, QStringLiteral("..."));
    if (to < lineText.size())
        shown.replace(shown.size() - 3, 3, QStringLiteral("..."));
    // Tabs stay tabs so that the caret lines up however the terminal expands them.
    QString caret;
    caret.reserve(at - from + 2);
    for (qsizetype i = 0; i < at - from; ++i)
        caret += shown.at(i) == QLatin1Char('\t') ? QLatin1Char('\t') : QLatin1Char(' ');
    return shown % QLatin1Char('\n') % caret % QLatin1String("^\n");
}

bool hasErrors(const QList<RuleDiagnostic> &diagnostics)
{
    return errorCount(diagnostics) > 0;
}

int errorCount(const QList<RuleDiagnostic> &diagnostics)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const RuleDiagnostic &d) { return d.isError(); }));
}

int warningCount(const QList<RuleDiagnostic> &diagnostics)
{
    return int(diagnostics.size()) - errorCount(diagnostics);
}

QString codeDescription(const QString &code)
{
    static const QHash<QString, const char *> descriptions{
        {QStringLiteral("LOAD_ERR_FILE_READ"), QT_TRANSLATE_NOOP("tfdrift::rules", "File read error")},
        {QStringLiteral("LOAD_ERR_YAML_PARSE"), QT_TRANSLATE_NOOP("tfdrift::rules", "YAML parse error")},
        {QStringLiteral("LOAD_ERR_YAML_VALIDATE"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Error validating internal structure of YAML file")},
        {QStringLiteral("LOAD_ERR_COMPILE_CONDITION"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Error compiling condition")},
        {QStringLiteral("LOAD_ERR_COMPILE_OUTPUT"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Error compiling output")},
        {QStringLiteral("LOAD_ERR_VALIDATE"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Error validating rule/macro/list/exception objects")},
        {QStringLiteral("LOAD_UNKNOWN_SOURCE"), QT_TRANSLATE_NOOP("tfdrift::rules", "Unknown event source")},
        {QStringLiteral("LOAD_UNSAFE_NA_CHECK"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Unsafe <NA> comparison in condition")},
        {QStringLiteral("LOAD_NO_EVTTYPE"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Condition has no event-type restriction")},
        {QStringLiteral("LOAD_COMPILE_CONDITION"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Warning in rule condition")},
        {QStringLiteral("LOAD_UNKNOWN_FILTER"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Unknown field or event-type in condition or output")},
        {QStringLiteral("LOAD_UNUSED_MACRO"), QT_TRANSLATE_NOOP("tfdrift::rules", "Unused macro")},
        {QStringLiteral("LOAD_UNUSED_LIST"), QT_TRANSLATE_NOOP("tfdrift::rules", "Unused list")},
        {QStringLiteral("LOAD_UNKNOWN_ITEM"), QT_TRANSLATE_NOOP("tfdrift::rules", "Unknown rules file item")},
        {QStringLiteral("LOAD_DEPRECATED_ITEM"), QT_TRANSLATE_NOOP("tfdrift::rules", "Used deprecated item")},
        {QStringLiteral("LOAD_APPEND_NO_VALUES"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Overriding/appending with no values")},
        {QStringLiteral("LOAD_UNKNOWN_KEY"), QT_TRANSLATE_NOOP("tfdrift::rules", "Unknown key in item")},
        {QStringLiteral("LOAD_INVALID_MACRO_NAME"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Invalid macro name")},
        {QStringLiteral("LOAD_INVALID_LIST_NAME"), QT_TRANSLATE_NOOP("tfdrift::rules", "Invalid list name")},
        {QStringLiteral("LOAD_EXCEPTION_NAME_NOT_UNIQUE"),
         QT_TRANSLATE_NOOP("tfdrift::rules", "Multiple exceptions defined with the same name")},
    };
    const char *text = descriptions.value(code, nullptr);
    return text ? QCoreApplication::translate("tfdrift::rules", text) : QString();
}

namespace {
QJsonObject diagnosticJson(const RuleDiagnostic &diagnostic)
{
    const QJsonObject position{{QStringLiteral("name"), diagnostic.file},
                               // Falco prints yaml-cpp's marks, which count from 0.
                               {QStringLiteral("line"), std::max(0, diagnostic.line - 1)},
                               {QStringLiteral("column"), std::max(0, diagnostic.column - 1)},
                               {QStringLiteral("offset"), std::max<qint64>(0, diagnostic.offset)}};
    const QJsonObject location{{QStringLiteral("item_type"), diagnostic.itemType},
                               {QStringLiteral("item_name"), diagnostic.itemName},
                               {QStringLiteral("position"), position}};
    const QJsonObject context{{QStringLiteral("locations"), QJsonArray{location}},
                              {QStringLiteral("snippet"), diagnostic.snippet}};
    QJsonObject json{{QStringLiteral("code"), diagnostic.code},
                     {QStringLiteral("codedesc"), codeDescription(diagnostic.code)},
                     {QStringLiteral("message"), diagnostic.message},
                     {QStringLiteral("context"), context}};
    if (diagnostic.hasFix()) {
        json.insert(QStringLiteral("fix"),
                    QJsonObject{{QStringLiteral("text"), diagnostic.fix},
                                {QStringLiteral("reason"), diagnostic.fixReason}});
    }
    return json;
}
} // namespace

QJsonObject falcoLoadResultsJson(const QStringList &files, const QList<RuleDiagnostic> &diagnostics)
{
    QJsonArray results;
    for (const QString &file : files) {
        QJsonArray errors;
        QJsonArray warnings;
        for (const RuleDiagnostic &diagnostic : diagnostics) {
            if (diagnostic.file != file)
                continue;
            (diagnostic.isError() ? errors : warnings).append(diagnosticJson(diagnostic));
        }
        results.append(QJsonObject{{QStringLiteral("name"), file},
                                   {QStringLiteral("successful"), errors.isEmpty()},
                                   {QStringLiteral("schema_valid"), true},
                                   {QStringLiteral("schema_warnings"), QJsonArray()},
                                   {QStringLiteral("errors"), errors},
                                   {QStringLiteral("warnings"), warnings}});
    }
    return {{QStringLiteral("falco_load_results"), results}};
}

} // namespace tfdrift::rules

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tfdrift::rules {

// One finding of the rules loader, named with Falco's load-result codes (LOAD_ERR_..., LOAD_...) so
// users can search for them, and located in the YAML file the way compilers do.
struct RuleDiagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString code; // e.g. LOAD_ERR_COMPILE_CONDITION
    QString file;
    int line = 0;   // 1-based; 0 when the whole file is concerned
    int column = 0; // 1-based
    QString message;
    QString itemType; // rule, macro, list... (empty when no item is concerned)
    QString itemName;

    bool isError() const { return severity == Severity::Error; }
    // "rules.yaml:12:7: error: LOAD_ERR_VALIDATE: Invalid priority"
    QString toString() const;
};

bool hasErrors(const QList<RuleDiagnostic> &diagnostics);
int errorCount(const QList<RuleDiagnostic> &diagnostics);
int warningCount(const QList<RuleDiagnostic> &diagnostics);

// Falco's short description of a load-result code ("YAML parse error"), as its JSON output names it
// `codedesc`; empty for a code Falco does not have.
QString codeDescription(const QString &code);

// The `falco -V FILE... -o json_output=true` document: {"falco_load_results": [one entry per file]}, each
// {name, successful, schema_valid, schema_warnings, errors, warnings}. Positions are 1-based; the byte
// offset and the snippet Falco adds are not computed (offset 0, empty snippet).
QJsonObject falcoLoadResultsJson(const QStringList &files, const QList<RuleDiagnostic> &diagnostics);

} // namespace tfdrift::rules

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

    // A suggested fix, beyond what Falco says: what to write instead of the text at line:column
    // ("s3.bucket" for ct.request.bucketname, "ERROR" for HIGH), or, when something is missing, the
    // line to add ("source: aws_cloudtrail"). Empty when there is none.
    QString fix;
    QString fixReason; // why, in one sentence; may be empty even when there is a fix

    // Where line:column is in the file: its 0-based byte offset (UTF-8), and the line with a caret under
    // the column, as Falco's JSON output gives them. -1 and empty when the loader had no text for it.
    qint64 offset = -1;
    QString snippet;

    bool isError() const { return severity == Severity::Error; }
    bool hasFix() const { return !fix.isEmpty(); }
    // "rules.yaml:12:7: error: LOAD_ERR_VALIDATE: Invalid priority 'HIGH' (...) (fix: ERROR)"
    QString toString() const;
};

bool hasErrors(const QList<RuleDiagnostic> &diagnostics);
int errorCount(const QList<RuleDiagnostic> &diagnostics);
int warningCount(const QList<RuleDiagnostic> &diagnostics);

// Falco's short description of a load-result code ("YAML parse error"), as its JSON output names it
// `codedesc`; empty for a code Falco does not have.
QString codeDescription(const QString &code);

// The `falco -V FILE... -o json_output=true` document: {"falco_load_results": [one entry per file]}, each
// {name, successful, schema_valid, schema_warnings, errors, warnings}, each error and warning
// {code, codedesc, message, context: {locations: [{item_type, item_name, position: {name, line, column,
// offset}}], snippet}}. Lines and columns count from 0, as in Falco (yaml-cpp's marks); offset is the
// byte offset. A diagnostic with a fix has one more key, which Falco does not have:
// "fix": {"text": ..., "reason": ...}.
QJsonObject falcoLoadResultsJson(const QStringList &files, const QList<RuleDiagnostic> &diagnostics);

// Falco's snippet of a position: `lineText` (cut to 80 characters either side of the column, the cut ends
// shown as "..."), a line break, then a caret under `column` (1-based) and a line break.
QString snippetAt(const QString &lineText, int column);

} // namespace tfdrift::rules

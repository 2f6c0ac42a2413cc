#pragma once

#include "core/config/ConfigDiagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace tfdrift::rules {

// A known trap: a field that looks right but does not exist in `source`, and the form that works.
struct FieldFix {
    QString field;       // ct.request.bucketname
    QString source;      // aws_cloudtrail
    QString replacement; // s3.bucket
    QString reason;      // why, in one sentence
};

// A priority Falco does not have (HIGH) and the one it does.
struct PriorityFix {
    QString word;        // HIGH
    QString replacement; // Error (Falco's spelling; see spelledLike())
    QString reason;
};

// The suggested fixes the rules validator attaches to its findings, read from data
// (resources/fields/fixes.yaml, whose header documents the schema) so that a new trap is a line of YAML.
class FieldFixTable
{
public:
    // The table built into the program (:/field_fixes/fixes.yaml).
    static const FieldFixTable &builtIn();

    bool loadFile(const QString &path);
    bool loadText(const QByteArray &yamlText, const QString &fileName);
    const QList<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }

    // The fix for `field` used with `source`, or null. Field names match exactly, then ignoring case.
    const FieldFix *fieldFix(const QString &source, const QString &field) const;
    // The fix for an invalid priority word (case-insensitive), or null.
    const PriorityFix *priorityFix(const QString &word) const;

    const QList<FieldFix> &fieldFixes() const { return m_fields; }
    const QList<PriorityFix> &priorityFixes() const { return m_priorities; }

    // `canonical` written in the case style of `written`: HIGH -> ERROR, high -> error, High -> Error.
    static QString spelledLike(const QString &canonical, const QString &written);

private:
    QList<FieldFix> m_fields;
    QList<PriorityFix> m_priorities;
    QList<ConfigDiagnostic> m_diagnostics;
};

} // namespace tfdrift::rules

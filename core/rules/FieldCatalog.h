#pragma once

#include "core/config/ConfigDiagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tfdrift {

// How a field accepts an argument in brackets: proc.aname[2] (index), json.value[/a/b] (key).
enum class FieldArgKind { None, Index, Key, IndexOrKey };

// One field of an event source, as a catalog file describes it.
struct FieldInfo {
    QString name;
    QString type; // string, uint64, charbuf, ipaddr, relativetime...
    QString description;
    FieldArgKind argKind = FieldArgKind::None;
    bool argRequired = false;
    bool dottedArg = false; // the argument may also follow a dot: evt.arg.fd == evt.arg[fd]
    bool isList = false;
    bool deprecated = false;
    QString file; // where it was defined, for messages
    int line = 0;

    bool takesArgument() const { return argKind != FieldArgKind::None; }
};

// A field name as written in a rule, resolved against the catalog.
struct FieldReference {
    const FieldInfo *field = nullptr;
    QString dottedArgument; // "fd" for evt.arg.fd; empty otherwise
};

// The fields each Falco event source offers, read from data files (resources/fields/*.yaml, whose
// header documents the schema). Fields shared by sources live in groups (common.yaml): the generic
// evt.* fields apply to every source, the json plugin's json.* to every plugin source (all but syscall).
class FieldCatalog
{
public:
    // The catalogs built into the program (:/fields/*.yaml).
    static const FieldCatalog &builtIn();

    // Reads :/fields/*.yaml. Returns false when any file had an error.
    bool loadBuiltIn();
    // Adds an extra catalog file: a new source, or more fields for a known one.
    bool loadFile(const QString &path);
    bool loadText(const QByteArray &yamlText, const QString &fileName);

    // Errors and warnings of every file read so far, with file:line:column.
    const QList<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }

    // Sources with a catalog, sorted.
    QStringList sources() const;
    bool hasSource(const QString &source) const;

    // The field called exactly `name` in `source` (own fields first, then the shared ones), or null.
    const FieldInfo *field(const QString &source, const QString &name) const;
    // Like field(), but also understands the dotted argument form (evt.arg.fd).
    std::optional<FieldReference> resolve(const QString &source, const QString &name) const;
    // Every field usable with `source`, shared ones included, sorted by name.
    QList<const FieldInfo *> fields(const QString &source) const;

    // Why an argument use is wrong ("json.value needs an argument..."), or an empty string when fine.
    static QString checkArgument(const FieldInfo &field, bool hasArgument, const QString &argument);

    // Known names of `source` close to `unknownName` by edit distance, closest first.
    QStringList suggestions(const QString &source, const QString &unknownName, int maxCount = 3) const;

private:
    enum class Scope { All, Plugins };
    struct Group {
        Scope scope;
        QHash<QString, FieldInfo> fields;
    };

    QList<const Group *> sharedGroupsFor(const QString &source) const;

    QHash<QString, QHash<QString, FieldInfo>> m_bySource;
    QList<Group> m_shared;
    QList<ConfigDiagnostic> m_diagnostics;
};

int editDistance(const QString &a, const QString &b);

} // namespace tfdrift

#pragma once

#include "core/config/ConfigDiagnostic.h"
#include "core/mapping/EventMapping.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace tfdrift {

// The resource mapping catalogs (resources/mappings/aws.yaml, gcp.yaml, and the user's extra
// files from `mappings:`). Data, not code: users extend and override them without recompiling.
class MappingCatalog
{
public:
    // The catalogs built into the program (Qt resources :/mappings/aws.yaml and gcp.yaml).
    static MappingCatalog builtIn(QList<ConfigDiagnostic> *diagnostics = nullptr);

    // Adds a catalog file. An entry with the same provider, eventName and eventSource as an
    // earlier one replaces it. Errors carry file:line:column; false when the file has errors
    // (entries without errors are still added).
    bool loadFile(const QString &path, QList<ConfigDiagnostic> *diagnostics);
    bool loadText(const QByteArray &yamlText, const QString &fileName, QList<ConfigDiagnostic> *diagnostics);

    // For AWS, eventSource resolves collisions (CreateAlias: lambda or kms). An empty or unknown
    // eventSource falls back to the name's only entry, or to the entry marked as its default.
    // nullptr when the call is not in the catalog: the engine reports it as type "unknown".
    // ("Unknown" means no loaded catalog lists that source: a listed service without the name
    // gets nullptr, never another service's entry. The pointer is valid until the next load.)
    const EventMapping *find(CloudProvider provider, const QString &eventName,
                             const QString &eventSource) const;

    const QList<EventMapping> &entries() const;
    int size() const;

private:
    // Where one eventSource's entry for a name sits in m_entries.
    struct SourceSlot {
        QString source;
        qsizetype index = -1;
    };
    // All entries that share an eventName. Most names have one source; the collisions have a few.
    struct NameSlots {
        QVarLengthArray<SourceSlot, 2> sources;
        qsizetype defaultIndex = -1; // the entry marked default_for_name, -1 when none
    };
    struct ProviderIndex {
        QHash<QString, NameSlots> byName;
        QSet<QString> sources; // every eventSource the catalogs name, for "known source" checks
    };

    // Adds or replaces an entry; defaultForName is nullopt when the entry does not say.
    void insert(EventMapping mapping, std::optional<bool> defaultForName);
    ProviderIndex &index(CloudProvider provider);
    const ProviderIndex &index(CloudProvider provider) const;

    QList<EventMapping> m_entries;
    ProviderIndex m_aws;
    ProviderIndex m_gcp;
};

} // namespace tfdrift

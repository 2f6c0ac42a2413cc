#pragma once

#include "core/config/ConfigDiagnostic.h"
#include "core/config/YamlDiagnostics.h"
#include "core/mapping/EventMapping.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tfdrift {

// One entry as a catalog file states it.
struct CatalogEntry {
    EventMapping mapping;
    std::optional<bool> defaultForName; // nullopt when the file does not say
};

// Reads one mapping catalog file (the schema is documented at the top of
// resources/mappings/aws.yaml and gcp.yaml). Every problem is recorded with file:line:column;
// an entry with an error is left out, the others are kept.
class MappingCatalogReader
{
public:
    explicit MappingCatalogReader(QString fileName);

    QList<CatalogEntry> read(const QByteArray &yamlText);
    QList<ConfigDiagnostic> takeDiagnostics() { return m_yaml.takeDiagnostics(); }

private:
    void readRoot(const YAML::Node &root);
    void readServices(const YAML::Node &services);
    void readMethods(const YAML::Node &methods);
    void readEntry(const YAML::Node &node, CloudProvider provider, const QString &source);
    std::optional<QString> readName(const YAML::Node &node, const QString &key);
    bool readIdPointers(const YAML::Node &node, CloudProvider provider, QStringList *pointers);
    bool readAttributes(const YAML::Node &node, CloudProvider provider, QList<AttributeSetter> *attributes);
    bool checkPointer(const YAML::Node &node, const QString &pointer, CloudProvider provider,
                      bool forAttribute);
    void noteDuplicates(const YAML::Node &node, const CatalogEntry &entry);

    QString m_fileName;
    YamlDiagnostics m_yaml;
    QList<CatalogEntry> m_entries;
    QHash<QString, int> m_lineOfKey;           // name + source -> line, to warn about repeats
    QHash<QString, int> m_lineOfDefaultByName; // name -> line of its default_for_name entry
};

} // namespace tfdrift

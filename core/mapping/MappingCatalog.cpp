#include "core/mapping/MappingCatalog.h"

#include "core/mapping/MappingCatalogReader.h"

#include <QCoreApplication>
#include <QFile>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::MappingCatalog)
};

struct BuiltInCatalogs {
    MappingCatalog catalog;
    QList<ConfigDiagnostic> diagnostics;
};

BuiltInCatalogs loadBuiltInCatalogs()
{
    BuiltInCatalogs result;
    for (const QString &name : {QStringLiteral("aws.yaml"), QStringLiteral("gcp.yaml")}) {
        QFile file(QStringLiteral(":/mappings/") + name);
        if (!file.open(QIODevice::ReadOnly)) {
            ConfigDiagnostic missing;
            missing.file = name;
            missing.message = Text::tr("the built-in mapping catalog is missing from this build");
            result.diagnostics.append(missing);
            continue;
        }
        result.catalog.loadText(file.readAll(), name, &result.diagnostics);
    }
    return result;
}
} // namespace

MappingCatalog MappingCatalog::builtIn(QList<ConfigDiagnostic> *diagnostics)
{
    // Parsed once per process; copies share the data.
    static const BuiltInCatalogs builtInCatalogs = loadBuiltInCatalogs();
    if (diagnostics)
        diagnostics->append(builtInCatalogs.diagnostics);
    return builtInCatalogs.catalog;
}

bool MappingCatalog::loadFile(const QString &path, QList<ConfigDiagnostic> *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics) {
            ConfigDiagnostic unreadable;
            unreadable.file = path;
            unreadable.message = Text::tr("cannot read the mapping catalog: %1").arg(file.errorString());
            diagnostics->append(unreadable);
        }
        return false;
    }
    return loadText(file.readAll(), path, diagnostics);
}

bool MappingCatalog::loadText(const QByteArray &yamlText, const QString &fileName,
                              QList<ConfigDiagnostic> *diagnostics)
{
    MappingCatalogReader reader(fileName);
    const QList<CatalogEntry> entries = reader.read(yamlText);
    for (const CatalogEntry &entry : entries)
        insert(entry.mapping, entry.defaultForName);
    const QList<ConfigDiagnostic> found = reader.takeDiagnostics();
    if (diagnostics)
        diagnostics->append(found);
    return !hasErrors(found);
}

void MappingCatalog::insert(EventMapping mapping, std::optional<bool> defaultForName)
{
    ProviderIndex &providerIndex = index(mapping.provider);
    NameSlots &slots = providerIndex.byName[mapping.eventName];
    for (const SourceSlot &slot : slots.sources) {
        if (slot.source != mapping.eventSource)
            continue;
        m_entries[slot.index] = std::move(mapping);
        // An override that does not mention default_for_name keeps the replaced entry's role.
        if (defaultForName.value_or(false))
            slots.defaultIndex = slot.index;
        else if (defaultForName.has_value() && slots.defaultIndex == slot.index)
            slots.defaultIndex = -1;
        return;
    }
    const qsizetype at = m_entries.size();
    if (!mapping.eventSource.isEmpty())
        providerIndex.sources.insert(mapping.eventSource);
    slots.sources.append({mapping.eventSource, at});
    if (defaultForName.value_or(false))
        slots.defaultIndex = at;
    m_entries.append(std::move(mapping));
}

const EventMapping *MappingCatalog::find(CloudProvider provider, const QString &eventName,
                                         const QString &eventSource) const
{
    const ProviderIndex &providerIndex = index(provider);
    const auto it = providerIndex.byName.constFind(eventName);
    if (it == providerIndex.byName.constEnd())
        return nullptr;
    const NameSlots &slots = *it;
    for (const SourceSlot &slot : slots.sources) {
        if (slot.source == eventSource)
            return &m_entries.at(slot.index);
    }
    // A source the catalogs know, without this name, is another service's call of the same
    // name (lambda.amazonaws.com CreateAlias is not KMS's): no guessing then.
    if (!eventSource.isEmpty() && providerIndex.sources.contains(eventSource))
        return nullptr;
    if (slots.sources.size() == 1)
        return &m_entries.at(slots.sources.first().index);
    if (slots.defaultIndex >= 0)
        return &m_entries.at(slots.defaultIndex);
    return nullptr;
}

const QList<EventMapping> &MappingCatalog::entries() const
{
    return m_entries;
}

int MappingCatalog::size() const
{
    return int(m_entries.size());
}

MappingCatalog::ProviderIndex &MappingCatalog::index(CloudProvider provider)
{
    return provider == CloudProvider::Aws ? m_aws : m_gcp;
}

const MappingCatalog::ProviderIndex &MappingCatalog::index(CloudProvider provider) const
{
    return provider == CloudProvider::Aws ? m_aws : m_gcp;
}

} // namespace tfdrift

#include "core/mapping/MappingCatalogReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::MappingCatalog)
};

const QStringList kTopLevelKeys
    = {QStringLiteral("provider"), QStringLiteral("services"), QStringLiteral("methods")};
const QStringList kServiceKeys = {QStringLiteral("source"), QStringLiteral("events")};
const QStringList kEntryKeys = {
    QStringLiteral("name"), QStringLiteral("type"),       QStringLiteral("action"),
    QStringLiteral("id"),   QStringLiteral("attributes"), QStringLiteral("default_for_name"),
};

// Terraform names: resource types (aws_instance) and attributes (disable_api_termination).
bool isTerraformName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

std::optional<ApiAction> parseAction(const QString &text)
{
    if (text == QLatin1String("create"))
        return ApiAction::Create;
    if (text == QLatin1String("modify"))
        return ApiAction::Modify;
    if (text == QLatin1String("delete"))
        return ApiAction::Delete;
    return std::nullopt;
}

QString entryKey(const EventMapping &mapping)
{
    return mapping.eventName + QLatin1Char('\n') + mapping.eventSource;
}

int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}
} // namespace

MappingCatalogReader::MappingCatalogReader(QString fileName)
    : m_fileName(fileName)
    , m_yaml(std::move(fileName))
{
}

QList<CatalogEntry> MappingCatalogReader::read(const QByteArray &yamlText)
{
    // yaml-cpp reports syntax errors, and anything else it rejects, by throwing.
    try {
        readRoot(YAML::Load(yamlText.toStdString()));
    } catch (const YAML::Exception &error) {
        m_yaml.error(error.mark, Text::tr("YAML syntax error: %1").arg(QString::fromStdString(error.msg)));
        m_entries.clear();
    }
    return std::exchange(m_entries, {});
}

void MappingCatalogReader::readRoot(const YAML::Node &root)
{
    if (!root.IsMap()) {
        m_yaml.error(root.Mark(),
                     Text::tr("a mapping catalog is a mapping with \"provider\" and "
                              "\"services\" (aws) or \"methods\" (gcp)"));
        return;
    }
    m_yaml.warnUnknownKeys(root, kTopLevelKeys, Text::tr("the catalog"));

    const YAML::Node provider = root["provider"];
    const QString providerName
        = provider ? m_yaml.string(provider, QStringLiteral("provider")).value_or(QString()) : QString();
    const YAML::Node services = root["services"];
    const YAML::Node methods = root["methods"];
    if (!provider) {
        m_yaml.error(root.Mark(), Text::tr("the catalog has no \"provider\" (aws or gcp)"));
    } else if (providerName == QLatin1String("aws")) {
        if (methods)
            m_yaml.error(methods.Mark(), Text::tr("an aws catalog lists \"services\", not \"methods\""));
        if (!services)
            m_yaml.error(root.Mark(), Text::tr("an aws catalog needs \"services\""));
        else
            readServices(services);
    } else if (providerName == QLatin1String("gcp")) {
        if (services)
            m_yaml.error(services.Mark(), Text::tr("a gcp catalog lists \"methods\", not \"services\""));
        if (!methods)
            m_yaml.error(root.Mark(), Text::tr("a gcp catalog needs \"methods\""));
        else
            readMethods(methods);
    } else if (provider.IsScalar()) {
        m_yaml.error(provider.Mark(), Text::tr("\"provider\" must be aws or gcp"));
    }
}

void MappingCatalogReader::readServices(const YAML::Node &services)
{
    if (!services.IsSequence()) {
        m_yaml.error(services.Mark(), Text::tr("\"services\" must be a list"));
        return;
    }
    for (const YAML::Node &service : services) {
        if (!m_yaml.expectMap(service, QStringLiteral("services[]")))
            continue;
        m_yaml.warnUnknownKeys(service, kServiceKeys, QStringLiteral("services[]"));
        const YAML::Node sourceNode = service["source"];
        const std::optional<QString> source
            = sourceNode ? readName(sourceNode, QStringLiteral("source")) : std::nullopt;
        if (!sourceNode)
            m_yaml.error(service.Mark(), Text::tr("service has no \"source\" (its CloudTrail eventSource)"));
        const YAML::Node events = service["events"];
        if (!events) {
            m_yaml.error(service.Mark(), Text::tr("service has no \"events\""));
            continue;
        }
        if (!events.IsSequence()) {
            m_yaml.error(events.Mark(), Text::tr("\"events\" must be a list"));
            continue;
        }
        if (!source)
            continue; // already reported; its events cannot be keyed
        for (const YAML::Node &event : events)
            readEntry(event, CloudProvider::Aws, *source);
    }
}

void MappingCatalogReader::readMethods(const YAML::Node &methods)
{
    if (!methods.IsSequence()) {
        m_yaml.error(methods.Mark(), Text::tr("\"methods\" must be a list"));
        return;
    }
    for (const YAML::Node &method : methods)
        readEntry(method, CloudProvider::Gcp, QString());
}

std::optional<QString> MappingCatalogReader::readName(const YAML::Node &node, const QString &key)
{
    std::optional<QString> text = m_yaml.string(node, key);
    if (!text)
        return std::nullopt;
    if (text->isEmpty() || text->contains(QRegularExpression(QStringLiteral("\\s")))) {
        m_yaml.error(node.Mark(), Text::tr("\"%1\" must be a name without spaces").arg(key));
        return std::nullopt;
    }
    return text;
}

void MappingCatalogReader::readEntry(const YAML::Node &node, CloudProvider provider, const QString &source)
{
    const QString section
        = provider == CloudProvider::Aws ? QStringLiteral("events[]") : QStringLiteral("methods[]");
    if (!m_yaml.expectMap(node, section))
        return;
    m_yaml.warnUnknownKeys(node, kEntryKeys, section);

    CatalogEntry entry;
    EventMapping &mapping = entry.mapping;
    mapping.provider = provider;
    mapping.eventSource = source;
    mapping.origin = QStringLiteral("%1:%2:%3").arg(m_fileName).arg(lineOf(node)).arg(node.Mark().column + 1);
    bool ok = true;

    if (const YAML::Node name = node["name"]) {
        const std::optional<QString> text = readName(name, QStringLiteral("name"));
        ok = text.has_value() && ok;
        mapping.eventName = text.value_or(QString());
    } else {
        m_yaml.error(node.Mark(), Text::tr("entry has no \"name\""));
        ok = false;
    }
    const QString label = mapping.eventName.isEmpty() ? Text::tr("entry") : mapping.eventName;

    if (const YAML::Node type = node["type"]) {
        mapping.resourceType = m_yaml.string(type, QStringLiteral("type")).value_or(QString());
        if (!isTerraformName(mapping.resourceType)) {
            m_yaml.error(type.Mark(),
                         Text::tr("\"type\" must be a Terraform resource type such as aws_instance"));
            ok = false;
        } else {
            const QLatin1String prefix
                = provider == CloudProvider::Aws ? QLatin1String("aws_") : QLatin1String("google_");
            if (!mapping.resourceType.startsWith(prefix))
                m_yaml.warning(type.Mark(),
                               Text::tr("\"%1\" is not a %2* type").arg(mapping.resourceType, prefix));
        }
    } else {
        m_yaml.error(node.Mark(), Text::tr("\"%1\" has no \"type\"").arg(label));
        ok = false;
    }

    if (const YAML::Node action = node["action"]) {
        const std::optional<ApiAction> parsed
            = parseAction(m_yaml.string(action, QStringLiteral("action")).value_or(QString()));
        if (parsed) {
            mapping.action = *parsed;
        } else {
            m_yaml.error(action.Mark(), Text::tr("\"action\" must be create, modify or delete"));
            ok = false;
        }
    } else {
        m_yaml.error(node.Mark(), Text::tr("\"%1\" has no \"action\" (create, modify or delete)").arg(label));
        ok = false;
    }

    if (const YAML::Node id = node["id"]) {
        ok = readIdPointers(id, provider, &mapping.idPointers) && ok;
    } else {
        m_yaml.error(node.Mark(), Text::tr("\"%1\" has no \"id\": say where the resource id is").arg(label));
        ok = false;
    }

    if (const YAML::Node attributes = node["attributes"])
        ok = readAttributes(attributes, provider, &mapping.attributes) && ok;

    if (const YAML::Node isDefault = node["default_for_name"]) {
        entry.defaultForName = m_yaml.boolean(isDefault, QStringLiteral("default_for_name"));
        ok = entry.defaultForName.has_value() && ok;
    }

    if (!ok)
        return;
    noteDuplicates(node, entry);
    m_entries.append(std::move(entry));
}

bool MappingCatalogReader::readIdPointers(const YAML::Node &node, CloudProvider provider,
                                          QStringList *pointers)
{
    const auto readOne = [&](const YAML::Node &item) {
        const std::optional<QString> pointer = m_yaml.string(item, QStringLiteral("id"));
        if (!pointer || !checkPointer(item, *pointer, provider, false))
            return false;
        pointers->append(*pointer);
        return true;
    };
    if (node.IsScalar())
        return readOne(node);
    if (!node.IsSequence()) {
        m_yaml.error(node.Mark(), Text::tr("\"id\" must be a list of JSON pointers"));
        return false;
    }
    bool ok = true;
    for (const YAML::Node &item : node)
        ok = readOne(item) && ok;
    if (ok && pointers->isEmpty()) {
        m_yaml.error(node.Mark(), Text::tr("\"id\" needs at least one JSON pointer"));
        return false;
    }
    return ok;
}

bool MappingCatalogReader::readAttributes(const YAML::Node &node, CloudProvider provider,
                                          QList<AttributeSetter> *attributes)
{
    if (!m_yaml.expectMap(node, QStringLiteral("attributes")))
        return false;
    bool ok = true;
    for (const auto &item : node) {
        const std::optional<QString> pointer = m_yaml.string(item.first, QStringLiteral("attributes"));
        const std::optional<QString> attribute = m_yaml.string(item.second, QStringLiteral("attributes"));
        if (!pointer || !attribute) {
            ok = false;
            continue;
        }
        if (!checkPointer(item.first, *pointer, provider, true)) {
            ok = false;
            continue;
        }
        if (!isTerraformName(*attribute)) {
            m_yaml.error(
                item.second.Mark(),
                Text::tr("\"%1\" is not a Terraform attribute name such as instance_type").arg(*attribute));
            ok = false;
            continue;
        }
        attributes->append({*pointer, *attribute});
    }
    return ok;
}

bool MappingCatalogReader::checkPointer(const YAML::Node &node, const QString &pointer,
                                        CloudProvider provider, bool forAttribute)
{
    const auto fail = [&](const QString &message) {
        m_yaml.error(node.Mark(), Text::tr("JSON pointer \"%1\": %2").arg(pointer, message));
        return false;
    };
    if (!pointer.startsWith(QLatin1Char('/')))
        return fail(Text::tr("a JSON pointer starts with \"/\""));
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) != QLatin1Char('~'))
            continue;
        const QChar next = i + 1 < pointer.size() ? pointer.at(i + 1) : QChar();
        if (next != QLatin1Char('0') && next != QLatin1Char('1'))
            return fail(Text::tr("\"~\" must be followed by 0 or 1 (RFC 6901)"));
    }
    const qsizetype rootEnd = pointer.indexOf(QLatin1Char('/'), 1);
    const QStringView root = QStringView(pointer).mid(1, rootEnd < 0 ? -1 : rootEnd - 1);
    if (root == QLatin1String("request"))
        return true;
    if (root == QLatin1String("response")) {
        if (provider == CloudProvider::Gcp)
            return fail(Text::tr("GCP audit events carry no /response; use /resource or /request"));
        return true;
    }
    if (root == QLatin1String("resource")) {
        if (provider == CloudProvider::Aws)
            return fail(Text::tr("/resource is the GCP resourceName; CloudTrail ids are under /request or "
                                 "/response"));
        if (forAttribute)
            return fail(Text::tr("attributes are set by the request: use /request/..."));
        if (rootEnd >= 0)
            return fail(Text::tr("/resource is a string; nothing can follow it"));
        return true;
    }
    return fail(provider == CloudProvider::Aws
                    ? Text::tr("a pointer starts with /request (requestParameters) or /response "
                               "(responseElements)")
                    : Text::tr("a pointer starts with /resource (resourceName) or /request"));
}

void MappingCatalogReader::noteDuplicates(const YAML::Node &node, const CatalogEntry &entry)
{
    const EventMapping &mapping = entry.mapping;
    const QString key = entryKey(mapping);
    if (const auto it = m_lineOfKey.constFind(key); it != m_lineOfKey.constEnd())
        m_yaml.warning(node.Mark(),
                       Text::tr("\"%1\" is listed again; this entry replaces the one at line %2")
                           .arg(mapping.eventName)
                           .arg(*it));
    m_lineOfKey.insert(key, lineOf(node));
    if (entry.defaultForName.value_or(false)) {
        const auto it = m_lineOfDefaultByName.constFind(mapping.eventName);
        if (it != m_lineOfDefaultByName.constEnd() && *it != lineOf(node))
            m_yaml.warning(node.Mark(),
                           Text::tr("\"%1\" already has a default entry at line %2; this one replaces it")
                               .arg(mapping.eventName)
                               .arg(*it));
        m_lineOfDefaultByName.insert(mapping.eventName, lineOf(node));
    }
}

} // namespace tfdrift

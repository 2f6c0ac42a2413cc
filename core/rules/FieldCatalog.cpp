#include "core/rules/FieldCatalog.h"

#include "core/config/YamlDiagnostics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::FieldCatalog)
};

const QString kSyscallSource = QStringLiteral("syscall");
const QStringList kFileKeys = {QStringLiteral("schema"), QStringLiteral("source"), QStringLiteral("fields"),
                               QStringLiteral("groups")};
const QStringList kGroupKeys = {QStringLiteral("applies_to"), QStringLiteral("fields")};
const QStringList kFieldKeys = {
    QStringLiteral("name"),       QStringLiteral("type"),         QStringLiteral("list"),
    QStringLiteral("arg"),        QStringLiteral("arg_required"), QStringLiteral("dotted_arg"),
    QStringLiteral("deprecated"), QStringLiteral("desc"),
};
// Value types of libsinsp and of the plugin API, lower-cased; "relativetime" is the plugin API's reltime.
const QSet<QString> kTypes = {
    QStringLiteral("string"),    QStringLiteral("charbuf"),  QStringLiteral("bytebuf"),
    QStringLiteral("bool"),      QStringLiteral("uint8"),    QStringLiteral("uint16"),
    QStringLiteral("uint32"),    QStringLiteral("uint64"),   QStringLiteral("int8"),
    QStringLiteral("int16"),     QStringLiteral("int32"),    QStringLiteral("int64"),
    QStringLiteral("double"),    QStringLiteral("ipaddr"),   QStringLiteral("ipnet"),
    QStringLiteral("ipv4addr"),  QStringLiteral("ipv6addr"), QStringLiteral("ipv4net"),
    QStringLiteral("ipv6net"),   QStringLiteral("port"),     QStringLiteral("relativetime"),
    QStringLiteral("abstime"),   QStringLiteral("fd"),       QStringLiteral("pid"),
    QStringLiteral("errno"),     QStringLiteral("mode"),     QStringLiteral("fspath"),
    QStringLiteral("fsrelpath"), QStringLiteral("l4proto"),  QStringLiteral("sockfamily"),
    QStringLiteral("flags8"),    QStringLiteral("flags16"),  QStringLiteral("flags32"),
    QStringLiteral("uid"),       QStringLiteral("gid"),      QStringLiteral("syscallid"),
    QStringLiteral("dynamic"),
};

bool isFieldName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+$"));
    return pattern.match(name).hasMatch();
}

std::optional<FieldArgKind> parseArgKind(const QString &text)
{
    if (text == QLatin1String("index"))
        return FieldArgKind::Index;
    if (text == QLatin1String("key"))
        return FieldArgKind::Key;
    if (text == QLatin1String("index_or_key"))
        return FieldArgKind::IndexOrKey;
    return std::nullopt;
}

// Reads one catalog file into plain data; FieldCatalog merges the result.
class CatalogFileReader
{
public:
    struct FieldGroup {
        QString appliesTo; // a source name, or "all" / "plugins" for shared groups
        QList<FieldInfo> fields;
    };

    explicit CatalogFileReader(const QString &fileName)
        : m_fileName(fileName)
        , m_yaml(fileName)
    {
    }

    QList<FieldGroup> read(const QByteArray &yamlText)
    {
        // yaml-cpp reports syntax errors by throwing.
        try {
            readRoot(YAML::Load(yamlText.toStdString()));
        } catch (const YAML::Exception &error) {
            m_yaml.error(error.mark,
                         Text::tr("YAML syntax error: %1").arg(QString::fromStdString(error.msg)));
            m_groups.clear();
        }
        return std::exchange(m_groups, {});
    }

    QList<ConfigDiagnostic> takeDiagnostics() { return m_yaml.takeDiagnostics(); }

private:
    void readRoot(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            m_yaml.error(root.Mark(),
                         Text::tr("a field catalog is a mapping with \"schema\", \"source\" and "
                                  "\"fields\" (or \"groups\")"));
            return;
        }
        m_yaml.warnUnknownKeys(root, kFileKeys, Text::tr("the field catalog"));
        const YAML::Node schema = root["schema"];
        if (!schema) {
            m_yaml.error(root.Mark(), Text::tr("the field catalog has no \"schema\" (expected 1)"));
            return;
        }
        if (m_yaml.integer(schema, QStringLiteral("schema"), 1, 1) != 1)
            return;

        const YAML::Node source = root["source"];
        const YAML::Node fields = root["fields"];
        const YAML::Node groups = root["groups"];
        if (groups) {
            if (source || fields)
                m_yaml.error(groups.Mark(),
                             Text::tr("a field catalog has either \"source\" and \"fields\" or \"groups\", "
                                      "not both"));
            readGroups(groups);
            return;
        }
        if (!source) {
            m_yaml.error(root.Mark(), Text::tr("the field catalog has no \"source\""));
            return;
        }
        const QString sourceName = readSourceName(source);
        if (sourceName.isEmpty())
            return;
        if (!fields) {
            m_yaml.error(root.Mark(), Text::tr("the field catalog has no \"fields\""));
            return;
        }
        m_groups.append({sourceName, readFields(fields)});
    }

    QString readSourceName(const YAML::Node &source)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]+$"));
        const QString name = m_yaml.string(source, QStringLiteral("source")).value_or(QString());
        if (!name.isNull() && !pattern.match(name).hasMatch()) {
            m_yaml.error(source.Mark(), Text::tr("\"%1\" is not a valid source name").arg(name));
            return {};
        }
        if (name == QLatin1String("all") || name == QLatin1String("plugins")) {
            m_yaml.error(source.Mark(),
                         Text::tr("\"%1\" is reserved for shared groups (\"applies_to\")").arg(name));
            return {};
        }
        return name;
    }

    void readGroups(const YAML::Node &groups)
    {
        if (!groups.IsSequence()) {
            m_yaml.error(groups.Mark(), Text::tr("\"groups\" must be a list"));
            return;
        }
        for (const YAML::Node &group : groups) {
            if (!m_yaml.expectMap(group, QStringLiteral("groups")))
                continue;
            m_yaml.warnUnknownKeys(group, kGroupKeys, Text::tr("a field group"));
            const YAML::Node appliesTo = group["applies_to"];
            if (!appliesTo) {
                m_yaml.error(group.Mark(), Text::tr("the group has no \"applies_to\" (all or plugins)"));
                continue;
            }
            const QString scope = m_yaml.string(appliesTo, QStringLiteral("applies_to")).value_or(QString());
            if (scope != QLatin1String("all") && scope != QLatin1String("plugins")) {
                if (!scope.isNull())
                    m_yaml.error(appliesTo.Mark(),
                                 Text::tr("\"applies_to\" must be all or plugins, not \"%1\"").arg(scope));
                continue;
            }
            const YAML::Node fields = group["fields"];
            if (!fields) {
                m_yaml.error(group.Mark(), Text::tr("the group has no \"fields\""));
                continue;
            }
            m_groups.append({scope, readFields(fields)});
        }
    }

    QList<FieldInfo> readFields(const YAML::Node &fields)
    {
        QList<FieldInfo> result;
        if (!fields.IsSequence()) {
            m_yaml.error(fields.Mark(), Text::tr("\"fields\" must be a list"));
            return result;
        }
        QHash<QString, int> lineOfName;
        for (const YAML::Node &node : fields) {
            std::optional<FieldInfo> field = readField(node);
            if (!field)
                continue;
            if (const auto it = lineOfName.constFind(field->name); it != lineOfName.cend()) {
                m_yaml.error(
                    node["name"].Mark(),
                    Text::tr("field \"%1\" is already defined on line %2").arg(field->name).arg(*it));
                continue;
            }
            lineOfName.insert(field->name, field->line);
            result.append(*field);
        }
        return result;
    }

    std::optional<bool> optionalBoolean(const YAML::Node &node, const char *key, bool *ok)
    {
        const YAML::Node value = node[key];
        if (!value)
            return false;
        const std::optional<bool> parsed = m_yaml.boolean(value, QString::fromLatin1(key));
        if (!parsed)
            *ok = false;
        return parsed;
    }

    std::optional<FieldInfo> readField(const YAML::Node &node)
    {
        if (!m_yaml.expectMap(node, QStringLiteral("fields")))
            return std::nullopt;
        m_yaml.warnUnknownKeys(node, kFieldKeys, Text::tr("a field"));
        FieldInfo field;
        field.file = m_fileName;
        field.line = node.Mark().line + 1;
        bool ok = true;

        const YAML::Node name = node["name"];
        if (!name) {
            m_yaml.error(node.Mark(), Text::tr("the field has no \"name\""));
            return std::nullopt;
        }
        field.name = name.IsScalar() ? yamlScalar(name) : QString();
        if (!isFieldName(field.name)) {
            m_yaml.error(name.Mark(),
                         Text::tr("\"%1\" is not a field name (expected words joined by dots, "
                                  "e.g. ct.user)")
                             .arg(field.name));
            ok = false;
        }

        const YAML::Node type = node["type"];
        if (!type) {
            m_yaml.error(node.Mark(), Text::tr("field \"%1\" has no \"type\"").arg(field.name));
            ok = false;
        } else {
            field.type = type.IsScalar() ? yamlScalar(type) : QString();
            if (!kTypes.contains(field.type)) {
                m_yaml.error(type.Mark(), Text::tr("unknown field type \"%1\"").arg(field.type));
                ok = false;
            }
        }

        const YAML::Node description = node["desc"];
        if (description && description.IsScalar())
            field.description = yamlScalar(description).trimmed();
        if (field.description.isEmpty()) {
            m_yaml.error(description ? description.Mark() : node.Mark(),
                         Text::tr("field \"%1\" needs a \"desc\"").arg(field.name));
            ok = false;
        }

        if (const YAML::Node arg = node["arg"]) {
            const std::optional<FieldArgKind> kind
                = arg.IsScalar() ? parseArgKind(yamlScalar(arg)) : std::optional<FieldArgKind>();
            if (!kind) {
                m_yaml.error(arg.Mark(), Text::tr("\"arg\" must be index, key or index_or_key"));
                ok = false;
            } else {
                field.argKind = *kind;
            }
        }
        field.argRequired = optionalBoolean(node, "arg_required", &ok).value_or(false);
        field.dottedArg = optionalBoolean(node, "dotted_arg", &ok).value_or(false);
        field.isList = optionalBoolean(node, "list", &ok).value_or(false);
        field.deprecated = optionalBoolean(node, "deprecated", &ok).value_or(false);
        if ((field.argRequired || field.dottedArg) && field.argKind == FieldArgKind::None) {
            m_yaml.error(node.Mark(),
                         Text::tr("field \"%1\" has \"arg_required\" or \"dotted_arg\" but no \"arg\"")
                             .arg(field.name));
            ok = false;
        }
        if (!ok)
            return std::nullopt;
        return field;
    }

    QString m_fileName;
    YamlDiagnostics m_yaml;
    QList<FieldGroup> m_groups;
};
} // namespace

const FieldCatalog &FieldCatalog::builtIn()
{
    static const FieldCatalog catalog = [] {
        FieldCatalog loaded;
        loaded.loadBuiltIn();
        return loaded;
    }();
    return catalog;
}

bool FieldCatalog::loadBuiltIn()
{
    bool ok = true;
    const QDir dir(QStringLiteral(":/fields"));
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        ConfigDiagnostic missing;
        missing.file = QStringLiteral(":/fields");
        missing.message = Text::tr("no built-in field catalogs found");
        m_diagnostics.append(missing);
        return false;
    }
    for (const QString &name : names)
        ok = loadFile(dir.filePath(name)) && ok;
    return ok;
}

bool FieldCatalog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigDiagnostic unreadable;
        unreadable.file = path;
        unreadable.message = Text::tr("cannot read the field catalog: %1").arg(file.errorString());
        m_diagnostics.append(unreadable);
        return false;
    }
    return loadText(file.readAll(), path);
}

bool FieldCatalog::loadText(const QByteArray &yamlText, const QString &fileName)
{
    CatalogFileReader reader(fileName);
    const auto groups = reader.read(yamlText);
    QList<ConfigDiagnostic> found = reader.takeDiagnostics();

    for (const auto &group : groups) {
        const bool shared
            = group.appliesTo == QLatin1String("all") || group.appliesTo == QLatin1String("plugins");
        QHash<QString, FieldInfo> *target = nullptr;
        if (shared) {
            m_shared.append({group.appliesTo == QLatin1String("all") ? Scope::All : Scope::Plugins, {}});
            target = &m_shared.last().fields;
        } else {
            target = &m_bySource[group.appliesTo];
        }
        for (const FieldInfo &field : group.fields) {
            // A second file for the same source may add fields but not quietly redefine one.
            if (const auto it = target->constFind(field.name); it != target->cend()) {
                ConfigDiagnostic duplicate;
                duplicate.file = fileName;
                duplicate.line = field.line;
                duplicate.column = 1;
                duplicate.message = Text::tr("field \"%1\" is already defined in %2:%3")
                                        .arg(field.name, it->file)
                                        .arg(it->line);
                found.append(duplicate);
                continue;
            }
            target->insert(field.name, field);
        }
    }
    const bool ok = !hasErrors(found);
    m_diagnostics.append(found);
    return ok;
}

QStringList FieldCatalog::sources() const
{
    QStringList names = m_bySource.keys();
    names.sort();
    return names;
}

bool FieldCatalog::hasSource(const QString &source) const
{
    return m_bySource.contains(source);
}

QList<const FieldCatalog::Group *> FieldCatalog::sharedGroupsFor(const QString &source) const
{
    QList<const Group *> groups;
    for (const Group &group : m_shared) {
        if (group.scope == Scope::All || source != kSyscallSource)
            groups.append(&group);
    }
    return groups;
}

const FieldInfo *FieldCatalog::field(const QString &source, const QString &name) const
{
    const auto own = m_bySource.constFind(source);
    if (own == m_bySource.cend())
        return nullptr;
    if (const auto it = own->constFind(name); it != own->cend())
        return &*it;
    for (const Group *group : sharedGroupsFor(source)) {
        if (const auto it = group->fields.constFind(name); it != group->fields.cend())
            return &*it;
    }
    return nullptr;
}

std::optional<FieldReference> FieldCatalog::resolve(const QString &source, const QString &name) const
{
    if (const FieldInfo *exact = field(source, name))
        return FieldReference{exact, {}};
    // evt.arg.fd: the longest known prefix that accepts a dotted argument.
    for (qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot > 0;
         dot = name.lastIndexOf(QLatin1Char('.'), dot - 1)) {
        const FieldInfo *prefix = field(source, name.left(dot));
        if (prefix && prefix->dottedArg && dot + 1 < name.size())
            return FieldReference{prefix, name.mid(dot + 1)};
    }
    return std::nullopt;
}

QList<const FieldInfo *> FieldCatalog::fields(const QString &source) const
{
    QList<const FieldInfo *> result;
    const auto own = m_bySource.constFind(source);
    if (own == m_bySource.cend())
        return result;
    for (const FieldInfo &field : *own)
        result.append(&field);
    for (const Group *group : sharedGroupsFor(source)) {
        for (const FieldInfo &field : group->fields)
            result.append(&field);
    }
    std::sort(result.begin(), result.end(),
              [](const FieldInfo *a, const FieldInfo *b) { return a->name < b->name; });
    return result;
}

QString FieldCatalog::checkArgument(const FieldInfo &field, bool hasArgument, const QString &argument)
{
    if (!hasArgument) {
        if (field.argRequired)
            return Text::tr("%1 needs an argument, e.g. %1[...]").arg(field.name);
        return {};
    }
    if (!field.takesArgument())
        return Text::tr("%1 does not take an argument").arg(field.name);
    if (field.argKind == FieldArgKind::Index) {
        bool isNumber = false;
        argument.trimmed().toUInt(&isNumber);
        if (!isNumber)
            return Text::tr("the argument of %1 must be a number, not \"%2\"").arg(field.name, argument);
    }
    if (argument.trimmed().isEmpty())
        return Text::tr("the argument of %1 is empty").arg(field.name);
    return {};
}

QStringList FieldCatalog::suggestions(const QString &source, const QString &unknownName, int maxCount) const
{
    // Allow about one typo per three characters, never more than three in all.
    const int limit = std::clamp(static_cast<int>(unknownName.size() / 3), 1, 3);
    QList<QPair<int, QString>> close;
    for (const FieldInfo *field : fields(source)) {
        const int distance = editDistance(unknownName, field->name);
        if (distance <= limit)
            close.append({distance, field->name});
    }
    std::sort(close.begin(), close.end());
    QStringList names;
    for (qsizetype i = 0; i < close.size() && names.size() < maxCount; ++i)
        names.append(close.at(i).second);
    return names;
}

int editDistance(const QString &a, const QString &b)
{
    // Levenshtein distance, one row at a time.
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace tfdrift

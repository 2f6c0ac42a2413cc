#include "core/rules/FieldFixTable.h"

#include "core/config/YamlDiagnostics.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace tfdrift::rules {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::rules::FieldFixTable)
};

const QStringList kFileKeys{QStringLiteral("schema"), QStringLiteral("fields"), QStringLiteral("priorities")};
const QStringList kFieldKeys{QStringLiteral("field"), QStringLiteral("source"), QStringLiteral("use"),
                             QStringLiteral("why")};
const QStringList kPriorityKeys{QStringLiteral("word"), QStringLiteral("use"), QStringLiteral("why")};

class FixFileReader
{
public:
    explicit FixFileReader(const QString &fileName)
        : m_yaml(fileName)
    {
    }

    void read(const QByteArray &yamlText, QList<FieldFix> *fields, QList<PriorityFix> *priorities)
    {
        try {
            readRoot(YAML::Load(yamlText.toStdString()), fields, priorities);
        } catch (const YAML::Exception &error) {
            m_yaml.error(error.mark,
                         Text::tr("YAML syntax error: %1").arg(QString::fromStdString(error.msg)));
        }
    }

    QList<ConfigDiagnostic> takeDiagnostics() { return m_yaml.takeDiagnostics(); }

private:
    void readRoot(const YAML::Node &root, QList<FieldFix> *fields, QList<PriorityFix> *priorities)
    {
        if (!root.IsMap()) {
            m_yaml.error(root.Mark(),
                         Text::tr("a fix table is a mapping with \"schema\", \"fields\" and "
                                  "\"priorities\""));
            return;
        }
        m_yaml.warnUnknownKeys(root, kFileKeys, Text::tr("the fix table"));
        const YAML::Node schema = root["schema"];
        if (!schema) {
            m_yaml.error(root.Mark(), Text::tr("the fix table has no \"schema\" (expected 1)"));
            return;
        }
        if (m_yaml.integer(schema, QStringLiteral("schema"), 1, 1) != 1)
            return;
        for (const YAML::Node &entry : sequence(root, "fields")) {
            const std::optional<QStringList> values
                = strings(entry, kFieldKeys, QStringLiteral("fields"), Text::tr("a field fix"));
            if (values)
                fields->append(FieldFix{values->at(0), values->at(1), values->at(2), values->at(3)});
        }
        for (const YAML::Node &entry : sequence(root, "priorities")) {
            const std::optional<QStringList> values
                = strings(entry, kPriorityKeys, QStringLiteral("priorities"), Text::tr("a priority fix"));
            if (values)
                priorities->append(PriorityFix{values->at(0), values->at(1), values->at(2)});
        }
    }

    std::vector<YAML::Node> sequence(const YAML::Node &root, const char *key)
    {
        std::vector<YAML::Node> entries;
        const YAML::Node node = root[key];
        if (!node)
            return entries;
        if (!node.IsSequence()) {
            m_yaml.error(node.Mark(), Text::tr("\"%1\" must be a list").arg(QLatin1String(key)));
            return entries;
        }
        for (const YAML::Node &entry : node)
            entries.push_back(entry);
        return entries;
    }

    // The values of `keys` in `entry`, in that order; every key is required and must be a non-empty string.
    std::optional<QStringList> strings(const YAML::Node &entry, const QStringList &keys, const QString &list,
                                       const QString &what)
    {
        if (!m_yaml.expectMap(entry, list))
            return std::nullopt;
        m_yaml.warnUnknownKeys(entry, keys, what);
        QStringList values;
        for (const QString &key : keys) {
            const YAML::Node value = entry[key.toStdString()];
            const QString text = value && value.IsScalar() ? yamlScalar(value).simplified() : QString();
            if (text.isEmpty()) {
                m_yaml.error(value ? value.Mark() : entry.Mark(),
                             Text::tr("%1 needs a non-empty \"%2\"").arg(what, key));
                return std::nullopt;
            }
            values.append(text);
        }
        return values;
    }

    YamlDiagnostics m_yaml;
};
} // namespace

const FieldFixTable &FieldFixTable::builtIn()
{
    static const FieldFixTable table = [] {
        FieldFixTable loaded;
        loaded.loadFile(QStringLiteral(":/field_fixes/fixes.yaml"));
        return loaded;
    }();
    return table;
}

bool FieldFixTable::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigDiagnostic unreadable;
        unreadable.file = path;
        unreadable.message = Text::tr("cannot read the fix table: %1").arg(file.errorString());
        m_diagnostics.append(unreadable);
        return false;
    }
    return loadText(file.readAll(), path);
}

bool FieldFixTable::loadText(const QByteArray &yamlText, const QString &fileName)
{
    FixFileReader reader(fileName);
    reader.read(yamlText, &m_fields, &m_priorities);
    const QList<ConfigDiagnostic> found = reader.takeDiagnostics();
    m_diagnostics.append(found);
    return !hasErrors(found);
}

const FieldFix *FieldFixTable::fieldFix(const QString &source, const QString &field) const
{
    for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const FieldFix &fix : m_fields) {
            if (fix.source == source && fix.field.compare(field, sensitivity) == 0)
                return &fix;
        }
    }
    return nullptr;
}

const PriorityFix *FieldFixTable::priorityFix(const QString &word) const
{
    const QString trimmed = word.trimmed();
    for (const PriorityFix &fix : m_priorities) {
        if (fix.word.compare(trimmed, Qt::CaseInsensitive) == 0)
            return &fix;
    }
    return nullptr;
}

QString FieldFixTable::spelledLike(const QString &canonical, const QString &written)
{
    const bool hasLetters = std::any_of(written.begin(), written.end(), [](QChar c) { return c.isLetter(); });
    if (hasLetters && written == written.toUpper())
        return canonical.toUpper();
    if (hasLetters && written == written.toLower())
        return canonical.toLower();
    return canonical;
}

} // namespace tfdrift::rules

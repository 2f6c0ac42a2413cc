#include "core/state/TerraformState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::TerraformState)
};

// Attributes that providers declare sensitive in their schemas. Terraform records in
// sensitive_attributes only the values that the configuration marked sensitive, so a database
// password set from a plain variable sits in the state as clear text with no mark; these names
// are masked whatever the state says.
const QStringList &secretAttributeNames()
{
    static const QStringList names = {
        QStringLiteral("password"),         QStringLiteral("master_password"),
        QStringLiteral("root_password"),    QStringLiteral("master_user_password"),
        QStringLiteral("secret"),           QStringLiteral("secret_string"),
        QStringLiteral("secret_binary"),    QStringLiteral("secret_data"),
        QStringLiteral("client_secret"),    QStringLiteral("private_key"),
        QStringLiteral("private_key_pem"),  QStringLiteral("private_key_openssh"),
        QStringLiteral("auth_token"),       QStringLiteral("access_token"),
        QStringLiteral("oauth_token"),      QStringLiteral("plaintext"),
        QStringLiteral("master_auth"),      QStringLiteral("ses_smtp_password_v4"),
        QStringLiteral("encrypted_secret"), QStringLiteral("sensitive_labels"),
    };
    return names;
}

QString notAnObjectMessage()
{
    return Text::tr("expected a JSON object with \"version\", \"serial\" and \"resources\": not a Terraform "
                    "state file");
}

struct LineColumn {
    int line = 1;
    int column = 1;
};

// QJsonParseError's offset is in bytes of the UTF-8 input; columns count characters, as editors do.
LineColumn lineColumnAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    LineColumn position;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    const QByteArrayView lineText(text.constData() + lineStart, offset - lineStart);
    position.column = int(QString::fromUtf8(lineText).size()) + 1;
    return position;
}

// Terraform renders string instance keys with HCL's quoting so that addresses parse back.
QString quotedInstanceKey(const QString &key)
{
    QString quoted;
    quoted.reserve(key.size() + 4);
    quoted += QLatin1String("[\"");
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const bool templateStart = i + 1 < key.size() && key.at(i + 1) == QLatin1Char('{');
        switch (c.unicode()) {
        case '\\': quoted += QLatin1String("\\\\"); break;
        case '"': quoted += QLatin1String("\\\""); break;
        case '\n': quoted += QLatin1String("\\n"); break;
        case '\r': quoted += QLatin1String("\\r"); break;
        case '\t': quoted += QLatin1String("\\t"); break;
        case '$': quoted += templateStart ? QLatin1String("$$") : QLatin1String("$"); break;
        case '%': quoted += templateStart ? QLatin1String("%%") : QLatin1String("%"); break;
        default:
            if (c.unicode() < 0x20)
                quoted += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    quoted += QLatin1String("\"]");
    return quoted;
}

// `provider["registry.terraform.io/hashicorp/aws"].west` -> registry.terraform.io/hashicorp/aws;
// states upgraded from 0.12 may still say `provider.aws`.
QString providerSource(const QString &providerConfig)
{
    const qsizetype open = providerConfig.indexOf(QLatin1String("[\""));
    if (open >= 0) {
        const qsizetype close = providerConfig.indexOf(QLatin1String("\"]"), open + 2);
        if (close > open)
            return providerConfig.mid(open + 2, close - open - 2);
    }
    const qsizetype legacy = providerConfig.lastIndexOf(QLatin1String("provider."));
    if (legacy >= 0)
        return providerConfig.mid(legacy + 9).section(QLatin1Char('.'), 0, 0);
    return providerConfig;
}

class StateReader
{
public:
    StateReader(QString fileName, QString stateName, QString environment)
        : m_fileName(std::move(fileName))
        , m_stateName(std::move(stateName))
        , m_environment(std::move(environment))
    {
    }

    std::optional<TerraformState> read(const QJsonObject &root)
    {
        TerraformState state;
        if (root.contains(QLatin1String("encrypted_data")))
            return fail(
                Text::tr("the state is encrypted (OpenTofu state encryption): use the command backend "
                         "with `tofu state pull`, which decrypts it"));
        const QJsonValue version = root.value(QLatin1String("version"));
        if (version.isUndefined() || version.isNull())
            return fail(Text::tr("missing \"version\": not a Terraform state file"));
        if (!isInteger(version))
            return fail(Text::tr("\"version\" must be an integer"));
        state.version = version.toInt();
        if (state.version < 4)
            return fail(Text::tr("state format version %1 is not supported: it was written by Terraform 0.11 "
                                 "or older; refresh it once with Terraform 0.12 or later to upgrade it")
                            .arg(state.version));
        if (state.version > 4)
            return fail(Text::tr("state format version %1 is newer than this console understands (4)")
                            .arg(state.version));

        if (!readString(root, QLatin1String("terraform_version"), false, &state.terraformVersion)
            || !readString(root, QLatin1String("lineage"), false, &state.lineage))
            return std::nullopt;
        const QJsonValue serial = root.value(QLatin1String("serial"));
        if (!serial.isUndefined() && !serial.isNull()) {
            if (!isInteger(serial) || serial.toDouble() < 0)
                return fail(Text::tr("\"serial\" must be a non-negative integer"));
            state.serial = serial.toInteger();
        }

        const QJsonValue resources = root.value(QLatin1String("resources"));
        if (resources.isUndefined() || resources.isNull())
            return state;
        if (!resources.isArray())
            return fail(Text::tr("\"resources\" must be an array"));
        const QJsonArray resourceArray = resources.toArray();
        state.resources.reserve(resourceArray.size());
        for (qsizetype i = 0; i < resourceArray.size(); ++i) {
            if (!readResource(resourceArray.at(i), i, &state.resources))
                return std::nullopt;
        }
        return state;
    }

    std::nullopt_t fail(const QString &message)
    {
        m_error = QStringLiteral("%1: %2: %3").arg(m_fileName, Text::tr("error"), message);
        return std::nullopt;
    }

    QString error() const { return m_error; }

private:
    static bool isInteger(const QJsonValue &value)
    {
        if (!value.isDouble())
            return false;
        const double number = value.toDouble();
        return std::isfinite(number) && number == std::floor(number)
            && std::fabs(number) < 9.007199254740992e15;
    }

    // Where in the file the reader is, for messages: built only when there is something to say.
    QString where() const
    {
        QString location = QStringLiteral("resources[%1]").arg(m_resourceIndex);
        if (m_instanceIndex >= 0)
            location += QStringLiteral(".instances[%1]").arg(m_instanceIndex);
        if (!m_address.isEmpty())
            location += QStringLiteral(" (%1)").arg(m_address);
        return location;
    }

    bool failHere(const QString &message)
    {
        fail(where() + QStringLiteral(": ") + message);
        return false;
    }

    bool readString(const QJsonObject &object, QLatin1String key, bool inResource, QString *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString()) {
            const QString message = Text::tr("\"%1\" must be a string").arg(key);
            if (inResource)
                return failHere(message);
            fail(message);
            return false;
        }
        *out = value.toString();
        return true;
    }

    bool readResource(const QJsonValue &value, qsizetype index, QList<TerraformResource> *out)
    {
        m_resourceIndex = index;
        m_instanceIndex = -1;
        m_address.clear();
        if (!value.isObject())
            return failHere(Text::tr("must be an object"));
        const QJsonObject resource = value.toObject();
        const QJsonValue mode = resource.value(QLatin1String("mode"));
        if (!mode.isString())
            return failHere(Text::tr("\"mode\" must be \"managed\" or \"data\""));

        TerraformResource prototype;
        QString providerConfig;
        if (!readString(resource, QLatin1String("type"), true, &prototype.type)
            || !readString(resource, QLatin1String("name"), true, &prototype.name)
            || !readString(resource, QLatin1String("module"), true, &prototype.module)
            || !readString(resource, QLatin1String("provider"), true, &providerConfig))
            return false;
        if (prototype.type.isEmpty() || prototype.name.isEmpty())
            return failHere(Text::tr("a resource needs a \"type\" and a \"name\""));
        // Data sources are read, not managed: nothing outside Terraform can drift them.
        if (mode.toString() != QLatin1String("managed"))
            return true;

        prototype.provider = providerSource(providerConfig);
        prototype.stateName = m_stateName;
        prototype.environment = m_environment;
        const QString baseAddress
            = (prototype.module.isEmpty() ? QString() : prototype.module + QLatin1Char('.')) + prototype.type
            + QLatin1Char('.') + prototype.name;
        m_address = baseAddress;

        const QJsonValue instances = resource.value(QLatin1String("instances"));
        if (instances.isUndefined() || instances.isNull())
            return true;
        if (!instances.isArray())
            return failHere(Text::tr("\"instances\" must be an array"));
        const QJsonArray instanceArray = instances.toArray();
        for (qsizetype i = 0; i < instanceArray.size(); ++i) {
            m_instanceIndex = i;
            m_address = baseAddress;
            if (!readInstance(instanceArray.at(i), prototype, baseAddress, out))
                return false;
        }
        return true;
    }

    bool readInstance(const QJsonValue &value, const TerraformResource &prototype, const QString &baseAddress,
                      QList<TerraformResource> *out)
    {
        if (!value.isObject())
            return failHere(Text::tr("must be an object"));
        const QJsonObject instance = value.toObject();

        // A deposed object is the old half of a create_before_destroy replacement, about to be
        // destroyed; the current object under the same address is the one Terraform manages.
        const QJsonValue deposed = instance.value(QLatin1String("deposed"));
        if (deposed.isString() && !deposed.toString().isEmpty())
            return true;

        TerraformResource resource = prototype;
        const QJsonValue indexKey = instance.value(QLatin1String("index_key"));
        if (indexKey.isString()) {
            resource.address = baseAddress + quotedInstanceKey(indexKey.toString());
        } else if (isInteger(indexKey)) {
            resource.address
                = baseAddress + QLatin1Char('[') + QString::number(indexKey.toInteger()) + QLatin1Char(']');
        } else if (indexKey.isUndefined() || indexKey.isNull()) {
            resource.address = baseAddress;
        } else {
            return failHere(Text::tr("\"index_key\" must be an integer or a string"));
        }
        m_address = resource.address;

        const QJsonValue attributes = instance.value(QLatin1String("attributes"));
        if (attributes.isObject()) {
            resource.attributes = attributes.toObject();
        } else if (!attributes.isUndefined() && !attributes.isNull()) {
            return failHere(Text::tr("\"attributes\" must be an object"));
        } else {
            // Objects that Terraform 0.12 upgraded from a 0.11 state and has not rewritten since
            // keep the old flat string map ("tags.%": "1").
            const QJsonValue flat = instance.value(QLatin1String("attributes_flat"));
            if (flat.isObject())
                resource.attributes = flat.toObject();
            else if (!flat.isUndefined() && !flat.isNull())
                return failHere(Text::tr("\"attributes_flat\" must be an object"));
        }

        if (!maskSensitive(instance, &resource))
            return false;
        out->append(std::move(resource));
        return true;
    }

    // sensitive_attributes is a list of cty paths, each a list of steps such as
    // {"type": "get_attr", "value": "password"} or {"type": "index", "value": {...}}; the
    // first step names the top-level attribute, which is masked whole.
    bool maskSensitive(const QJsonObject &instance, TerraformResource *resource)
    {
        QStringList names;
        const QJsonValue paths = instance.value(QLatin1String("sensitive_attributes"));
        if (paths.isArray()) {
            for (const QJsonValue &path : paths.toArray()) {
                const QJsonValue firstStep = path.isArray() ? path.toArray().at(0) : path;
                QString name;
                if (firstStep.isObject()) {
                    const QJsonObject step = firstStep.toObject();
                    if (step.value(QLatin1String("type")).toString() == QLatin1String("get_attr"))
                        name = step.value(QLatin1String("value")).toString();
                } else if (firstStep.isString()) {
                    name = firstStep.toString(); // a bare attribute name, as some tools write it
                }
                if (!name.isEmpty() && !names.contains(name))
                    names.append(name);
            }
        } else if (!paths.isUndefined() && !paths.isNull()) {
            return failHere(Text::tr("\"sensitive_attributes\" must be an array"));
        }
        for (const QString &name : secretAttributeNames()) {
            if (resource->attributes.contains(name) && !names.contains(name))
                names.append(name);
        }
        // aws_ssm_parameter's `value` is sensitive in the schema (SecureString parameters).
        static const QString ssmValue = QStringLiteral("value");
        if (resource->type == QLatin1String("aws_ssm_parameter") && resource->attributes.contains(ssmValue)
            && !names.contains(ssmValue))
            names.append(ssmValue);
        if (names.isEmpty())
            return true;

        for (const QString &name : std::as_const(names)) {
            const auto it = resource->attributes.find(name);
            if (it != resource->attributes.end() && !it.value().isNull())
                it.value() = QStringLiteral("(sensitive)");
        }
        resource->sensitiveAttributes = std::move(names);
        return true;
    }

    QString m_fileName;
    QString m_stateName;
    QString m_environment;
    QString m_error;
    qsizetype m_resourceIndex = -1;
    qsizetype m_instanceIndex = -1;
    QString m_address;
};
} // namespace

std::optional<TerraformState> parseTerraformState(const QByteArray &json, const QString &fileName,
                                                  const QString &stateName, const QString &environment,
                                                  QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<TerraformState> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QByteArray text = json;
    if (text.startsWith("\xEF\xBB\xBF")) // written by some Windows tools
        text.remove(0, 3);
    const qsizetype start
        = std::find_if(text.cbegin(), text.cend(), [](char c) { return !std::isspace(uchar(c)); })
        - text.cbegin();
    if (start == text.size())
        return fail(
            QStringLiteral("%1: %2: %3")
                .arg(fileName, Text::tr("error"), Text::tr("the state is empty (no state stored yet?)")));
    // Anything but an object (an HCL file, a plan, a scalar) gets the same clear message.
    if (text.at(start) != '{') {
        const LineColumn at = lineColumnAt(text, start);
        return fail(QStringLiteral("%1:%2:%3: %4: %5")
                        .arg(fileName)
                        .arg(at.line)
                        .arg(at.column)
                        .arg(Text::tr("error"), notAnObjectMessage()));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character where it gave up, except for a bad number,
        // where it points at the number's first character; either way, point at that character.
        const int offset
            = parseError.error == QJsonParseError::IllegalNumber ? parseError.offset : parseError.offset - 1;
        const LineColumn at = lineColumnAt(text, std::max(0, offset));
        return fail(QStringLiteral("%1:%2:%3: %4: %5")
                        .arg(fileName)
                        .arg(at.line)
                        .arg(at.column)
                        .arg(Text::tr("error"), parseError.errorString()));
    }
    StateReader reader(fileName, stateName, environment);
    if (!document.isObject()) {
        reader.fail(notAnObjectMessage());
        return fail(reader.error());
    }
    std::optional<TerraformState> state = reader.read(document.object());
    if (!state)
        return fail(reader.error());
    return state;
}

} // namespace tfdrift

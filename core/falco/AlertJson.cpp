#include "core/falco/AlertJson.h"

#include "core/falco/Rfc3339.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::AlertJson)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readString(const QJsonObject &object, QLatin1String key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(error, Text::tr("\"%1\" must be a string").arg(key));
    *out = value.toString();
    return true;
}
} // namespace

std::optional<FalcoAlert> alertFromJson(const QJsonObject &object, QString *error)
{
    FalcoAlert alert;

    const QJsonValue rule = object.value(QLatin1String("rule"));
    if (!rule.isString() || rule.toString().isEmpty()) {
        fail(error, Text::tr("missing \"rule\""));
        return std::nullopt;
    }
    alert.rule = rule.toString();

    const QJsonValue priority = object.value(QLatin1String("priority"));
    const auto parsedPriority = priority.isString() ? parsePriority(priority.toString()) : std::nullopt;
    if (!parsedPriority) {
        fail(error,
             priority.isUndefined() ? Text::tr("missing \"priority\"")
                                    : Text::tr("invalid \"priority\": expected one of Emergency, Alert, "
                                               "Critical, Error, Warning, Notice, Informational, Debug"));
        return std::nullopt;
    }
    alert.priority = *parsedPriority;

    const QJsonValue time = object.value(QLatin1String("time"));
    const auto parsedTime = time.isString() ? parseRfc3339Nanos(time.toString()) : std::nullopt;
    if (!parsedTime) {
        fail(error,
             time.isUndefined() ? Text::tr("missing \"time\"")
                                : Text::tr("invalid \"time\": expected an RFC 3339 timestamp"));
        return std::nullopt;
    }
    alert.timeNs = *parsedTime;

    if (!readString(object, QLatin1String("output"), &alert.output, error)
        || !readString(object, QLatin1String("source"), &alert.source, error)
        || !readString(object, QLatin1String("hostname"), &alert.hostname, error)
        || !readString(object, QLatin1String("uuid"), &alert.uuid, error))
        return std::nullopt;
    // Falco releases before plugins existed sent no "source": everything was syscall.
    if (alert.source.isEmpty())
        alert.source = QStringLiteral("syscall");

    const QJsonValue tags = object.value(QLatin1String("tags"));
    if (tags.isArray()) {
        const QJsonArray array = tags.toArray();
        alert.tags.reserve(array.size());
        for (const QJsonValue &tag : array) {
            if (!tag.isString()) {
                fail(error, Text::tr("\"tags\" must be an array of strings"));
                return std::nullopt;
            }
            alert.tags.append(tag.toString());
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        fail(error, Text::tr("\"tags\" must be an array of strings"));
        return std::nullopt;
    }

    const QJsonValue fields = object.value(QLatin1String("output_fields"));
    if (fields.isObject()) {
        alert.outputFields = OutputFields::fromJsonObject(fields.toObject());
    } else if (!fields.isUndefined() && !fields.isNull()) {
        fail(error, Text::tr("\"output_fields\" must be an object"));
        return std::nullopt;
    }
    return alert;
}

std::optional<FalcoAlert> alertFromJsonText(QByteArrayView text, QString *error, qsizetype *errorOffset)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (errorOffset)
            *errorOffset = parseError.offset;
        fail(error, parseError.errorString());
        return std::nullopt;
    }
    if (errorOffset)
        *errorOffset = 0;
    if (!document.isObject()) {
        fail(error, Text::tr("expected a JSON object"));
        return std::nullopt;
    }
    return alertFromJson(document.object(), error);
}

QJsonObject alertToJson(const FalcoAlert &alert)
{
    QJsonObject object;
    object.insert(QLatin1String("hostname"), alert.hostname);
    object.insert(QLatin1String("output"), alert.output);
    object.insert(QLatin1String("output_fields"), alert.outputFields.toJsonObject());
    object.insert(QLatin1String("priority"), priorityName(alert.priority));
    object.insert(QLatin1String("rule"), alert.rule);
    object.insert(QLatin1String("source"), alert.source);
    object.insert(QLatin1String("tags"), QJsonArray::fromStringList(alert.tags));
    object.insert(QLatin1String("time"), formatRfc3339Nanos(alert.timeNs));
    if (!alert.uuid.isEmpty())
        object.insert(QLatin1String("uuid"), alert.uuid);
    return object;
}

QByteArray alertToJsonLine(const FalcoAlert &alert)
{
    QByteArray line = QJsonDocument(alertToJson(alert)).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

} // namespace tfdrift

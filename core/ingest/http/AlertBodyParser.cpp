#include "core/ingest/http/AlertBodyParser.h"

#include "core/falco/AlertJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::AlertBodyParser)
};

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArrayView trimmedJson(QByteArrayView text)
{
    while (!text.isEmpty() && isJsonWhitespace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isJsonWhitespace(text.back()))
        text.chop(1);
    return text;
}

// "line 2, column 7" for a byte offset, counting columns in bytes from 1.
QString position(QByteArrayView text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    const QByteArrayView before = text.first(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return Text::tr("line %1, column %2").arg(line).arg(offset - lastNewline);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

std::optional<AlertBatch> parseArray(const QJsonArray &array, QString *error)
{
    AlertBatch alerts;
    alerts.reserve(array.size());
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonValue item = array.at(index);
        QString reason;
        std::optional<FalcoAlert> alert;
        if (item.isObject())
            alert = alertFromJson(item.toObject(), &reason);
        else
            reason = Text::tr("expected a JSON object");
        if (!alert) {
            setError(error, Text::tr("item %1 (counting from 0): %2").arg(index).arg(reason));
            return std::nullopt;
        }
        alerts.append(std::move(*alert));
    }
    return alerts;
}

std::optional<AlertBatch> parseLines(QByteArrayView body, QString *error)
{
    AlertBatch alerts;
    qsizetype lineNumber = 0;
    qsizetype start = 0;
    while (start < body.size()) {
        ++lineNumber;
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView line = body.sliced(start, end - start);
        start = end + 1;
        if (trimmedJson(line).isEmpty())
            continue;

        QString reason;
        qsizetype offset = 0;
        std::optional<FalcoAlert> alert = alertFromJsonText(line, &reason, &offset);
        if (!alert) {
            if (offset > 0)
                setError(error,
                         Text::tr("line %1, column %2: %3").arg(lineNumber).arg(offset + 1).arg(reason));
            else
                setError(error, Text::tr("line %1: %2").arg(lineNumber).arg(reason));
            return std::nullopt;
        }
        alerts.append(std::move(*alert));
    }
    return alerts;
}
} // namespace

std::optional<AlertBatch> parseAlertBody(const QByteArray &body, QString *error)
{
    const QByteArrayView content = trimmedJson(body);
    if (content.isEmpty()) {
        setError(error, Text::tr("empty body; expected a Falco alert as JSON"));
        return std::nullopt;
    }

    // One document first: it covers a single alert even when it is pretty-printed over many lines.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (document.isArray())
            return parseArray(document.array(), error);
        QString reason;
        std::optional<FalcoAlert> alert = alertFromJson(document.object(), &reason);
        if (!alert) {
            setError(error, reason);
            return std::nullopt;
        }
        return AlertBatch{std::move(*alert)};
    }
    // Several objects one after another: newline-delimited JSON.
    if (parseError.error == QJsonParseError::GarbageAtEnd && content.front() == '{')
        return parseLines(body, error);

    setError(
        error,
        Text::tr("invalid JSON at %1: %2").arg(position(body, parseError.offset), parseError.errorString()));
    return std::nullopt;
}

} // namespace tfdrift

#include "core/rules/evaluation/EventFileReader.h"

#include "core/falco/Rfc3339.h"
#include "core/rules/evaluation/CloudTrailEvent.h"
#include "core/rules/evaluation/GcpAuditEvent.h"
#include "core/rules/evaluation/RawJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace tfdrift::rules {

namespace {

// 1-based line and column (in characters) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before(text.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

bool EventFileReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append(tr("%1: error: cannot read the file: %2").arg(path, file.errorString()));
        return false;
    }
    return readText(file.readAll(), path);
}

bool EventFileReader::readText(const QByteArray &text, const QString &fileName)
{
    // A CloudTrail log file is one object holding the records; JSON lines hold one object a line.
    if (text.trimmed().startsWith('{') && text.contains("\"Records\"")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject()
            && document.object().value(QLatin1String("Records")).isArray()) {
            addRecords(document.object().value(QLatin1String("Records")).toArray(), text, fileName, 1);
            return true;
        }
    }

    qsizetype lineStart = 0;
    int lineNumber = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        ++lineNumber;
        const QByteArray line = text.mid(lineStart, lineEnd - lineStart);
        const qsizetype lineOffset = lineStart;
        lineStart = lineEnd + 1;
        if (line.trimmed().isEmpty())
            continue;

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const auto [row, column] = lineAndColumn(text, lineOffset + parseError.offset);
            addError(fileName, row, column, parseError.errorString());
            continue;
        }
        if (!document.isObject()) {
            addError(fileName, lineNumber, 1,
                     tr("expected a JSON object (a CloudTrail record or a LogEntry)"));
            continue;
        }
        const QJsonObject object = document.object();
        if (object.value(QLatin1String("Records")).isArray()) {
            addRecords(object.value(QLatin1String("Records")).toArray(), line, fileName, lineNumber);
            continue;
        }
        addEvent(object, line.trimmed(), fileName, lineNumber, QString());
    }
    if (lineNumber == 0)
        addError(fileName, 1, 1, tr("the file holds no events"));
    return true;
}

void EventFileReader::addRecords(const QJsonArray &records, const QByteArray &text, const QString &fileName,
                                 int line)
{
    // Each record keeps its own text (member order, number spelling), as the plugin reads it.
    const RawJson raw(text);
    const std::optional<RawJson::Span> array = raw.find({"Records"});
    for (qsizetype index = 0; index < records.size(); ++index) {
        const QJsonObject record = records.at(index).toObject();
        const std::optional<RawJson::Span> span
            = array ? raw.get(*array, QString::number(index)) : std::nullopt;
        addEvent(record, span ? raw.compact(*span) : QJsonDocument(record).toJson(QJsonDocument::Compact),
                 fileName, line, tr("record %1 of Records: ").arg(index + 1));
    }
}

void EventFileReader::addEvent(const QJsonObject &object, QByteArray rawJson, const QString &fileName,
                               int line, const QString &where)
{
    QString why;
    QString skipped;
    std::unique_ptr<RuleEvent> event
        = eventFromObject(object, std::move(rawJson), quint64(m_events.size() + 1), &why, &skipped);
    if (event) {
        m_events.push_back(std::move(event));
    } else if (!skipped.isEmpty()) {
        m_notes.append(QStringLiteral("%1:%2:1: ").arg(fileName).arg(line)
                       + tr("note: %1").arg(where + skipped));
    } else {
        addError(fileName, line, 1, where + why);
    }
}

void EventFileReader::addError(const QString &fileName, int line, int column, const QString &message)
{
    m_errors.append(QStringLiteral("%1:%2:%3: ").arg(fileName).arg(line).arg(column)
                    + tr("error: %1").arg(message));
}

std::unique_ptr<RuleEvent> EventFileReader::eventFromObject(const QJsonObject &object, QByteArray rawJson,
                                                            quint64 number, QString *why, QString *skipped)
{
    if (object.contains(QLatin1String("protoPayload")))
        return std::make_unique<GcpAuditEvent>(object, std::move(rawJson), number);
    if (object.contains(QLatin1String("eventName")) || object.contains(QLatin1String("eventSource"))
        || object.contains(QLatin1String("eventType"))) {
        // The cloudtrail plugin only turns records with a string eventType other than an Insights one,
        // and an RFC 3339 eventTime, into events.
        const QJsonValue eventType = object.value(QLatin1String("eventType"));
        QString reason;
        if (!eventType.isString())
            reason = tr("no eventType, so Falco's cloudtrail plugin skips it");
        else if (eventType.toString() == QLatin1String("AwsCloudTrailInsight"))
            reason = tr("an Insights event, which Falco's cloudtrail plugin skips");
        else if (!parseRfc3339Nanos(object.value(QLatin1String("eventTime")).toString()))
            reason = tr("no valid eventTime, so Falco's cloudtrail plugin skips it");
        if (reason.isEmpty())
            return std::make_unique<CloudTrailEvent>(object, std::move(rawJson), number);
        if (skipped)
            *skipped = reason;
        else if (why)
            *why = reason;
        return nullptr;
    }
    if (why)
        *why = tr("neither a CloudTrail record (no eventName or eventSource) nor a GCP audit LogEntry "
                  "(no protoPayload)");
    return nullptr;
}

} // namespace tfdrift::rules

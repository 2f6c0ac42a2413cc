#include "core/rules/evaluation/RuleEvent.h"

#include "core/falco/Rfc3339.h"
#include "core/rules/evaluation/JsonPointer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSysInfo>

namespace tfdrift::rules {

namespace {

constexpr qint64 kNanosPerSecond = 1000000000;

// libsinsp prints evt.time and evt.datetime in the local time zone of the process.
QDateTime localDateTime(qint64 timeNs)
{
    qint64 seconds = timeNs / kNanosPerSecond;
    if (timeNs % kNanosPerSecond < 0)
        --seconds;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::LocalTime);
}

qint64 nanosOfSecond(qint64 timeNs)
{
    const qint64 rest = timeNs % kNanosPerSecond;
    return rest < 0 ? rest + kNanosPerSecond : rest;
}

QString withNanos(const QString &seconds, qint64 timeNs)
{
    return seconds + QLatin1Char('.')
        + QStringLiteral("%1").arg(nanosOfSecond(timeNs), 9, 10, QLatin1Char('0'));
}

const QHash<QString, ResolvedField> &commonFields()
{
    static const QHash<QString, ResolvedField> fields = [] {
        const auto text = [](int id) { return ResolvedField{id, FieldType::String, false, false}; };
        const auto number = [](int id) { return ResolvedField{id, FieldType::Number, false, false}; };
        const auto time = [](int id) { return ResolvedField{id, FieldType::String, false, true}; };
        QHash<QString, ResolvedField> table;
        table.insert(QStringLiteral("evt.num"), number(EvtNum));
        table.insert(QStringLiteral("evt.time"),
                     ResolvedField{EvtTime, FieldType::AbsoluteTime, false, true});
        table.insert(QStringLiteral("evt.time.s"), time(EvtTimeSeconds));
        table.insert(QStringLiteral("evt.time.iso8601"), time(EvtTimeIso8601));
        table.insert(QStringLiteral("evt.datetime"), time(EvtDatetime));
        table.insert(QStringLiteral("evt.datetime.s"), time(EvtDatetimeSeconds));
        table.insert(QStringLiteral("evt.rawtime"), number(EvtRawtime));
        table.insert(QStringLiteral("evt.rawtime.s"), number(EvtRawtimeSeconds));
        table.insert(QStringLiteral("evt.rawtime.ns"), number(EvtRawtimeNanos));
        table.insert(QStringLiteral("evt.reltime"), number(EvtReltime));
        table.insert(QStringLiteral("evt.reltime.s"), number(EvtReltimeSeconds));
        table.insert(QStringLiteral("evt.reltime.ns"), number(EvtReltimeNanos));
        table.insert(QStringLiteral("evt.pluginname"), text(EvtPluginName));
        table.insert(QStringLiteral("evt.plugininfo"), text(EvtPluginInfo));
        table.insert(QStringLiteral("evt.source"), text(EvtSource));
        table.insert(QStringLiteral("evt.is_async"), text(EvtIsAsync));
        table.insert(QStringLiteral("evt.hostname"), text(EvtHostname));
        table.insert(QStringLiteral("json.value"), text(JsonValue));
        table.insert(QStringLiteral("jevt.value"), text(JsonValue));
        table.insert(QStringLiteral("json.obj"), text(JsonObj));
        table.insert(QStringLiteral("jevt.obj"), text(JsonObj));
        table.insert(QStringLiteral("json.rawtime"), number(JsonRawtime));
        table.insert(QStringLiteral("jevt.rawtime"), number(JsonRawtime));
        return table;
    }();
    return fields;
}

} // namespace

QString FieldValue::text(qsizetype index) const
{
    if (type == FieldType::String)
        return strings.value(index);
    if (index >= numbers.size())
        return {};
    const quint64 number = numbers[index];
    if (type == FieldType::AbsoluteTime)
        return withNanos(localDateTime(qint64(number)).toString(QStringLiteral("HH:mm:ss")), qint64(number));
    return QString::number(number);
}

RuleEvent::RuleEvent(QJsonObject record, QByteArray rawJson, quint64 number, qint64 timeNs)
    : m_record(std::move(record))
    , m_rawJson(rawJson.isEmpty() ? QJsonDocument(m_record).toJson(QJsonDocument::Compact)
                                  : std::move(rawJson))
    , m_raw(m_rawJson)
    , m_number(number)
    , m_timeNs(timeNs)
    , m_startTimeNs(timeNs)
{
}

RuleEvent::~RuleEvent() = default;

std::optional<ResolvedField> RuleEvent::resolveCommonField(const QString &name)
{
    const auto found = commonFields().constFind(name);
    if (found == commonFields().constEnd())
        return std::nullopt;
    return *found;
}

void RuleEvent::extract(const ResolvedField &field, const QString &argument, FieldValue &value) const
{
    value.clear();
    value.type = field.type;
    if (field.id >= kSourceFieldBase)
        extractSourceField(field.id, argument, value);
    else
        extractCommonField(field.id, argument, value);
}

void RuleEvent::extractCommonField(int id, const QString &argument, FieldValue &value) const
{
    const qint64 relative = m_timeNs - m_startTimeNs;
    switch (CommonField(id)) {
    case EvtNum: value.setNumber(m_number); break;
    case EvtTime: value.setNumber(quint64(m_timeNs), FieldType::AbsoluteTime); break;
    case EvtTimeSeconds: value.setString(localDateTime(m_timeNs).toString(QStringLiteral("HH:mm:ss"))); break;
    case EvtTimeIso8601: {
        // UTC, written with libsinsp's "+0000" rather than RFC 3339's "Z".
        QString text = formatRfc3339Nanos(m_timeNs);
        text.chop(1);
        value.setString(text + QStringLiteral("+0000"));
        break;
    }
    case EvtDatetime:
        value.setString(
            withNanos(localDateTime(m_timeNs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), m_timeNs));
        break;
    case EvtDatetimeSeconds:
        value.setString(localDateTime(m_timeNs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        break;
    case EvtRawtime:
    case JsonRawtime: value.setNumber(quint64(m_timeNs)); break;
    case EvtRawtimeSeconds: value.setNumber(quint64(m_timeNs / kNanosPerSecond)); break;
    case EvtRawtimeNanos: value.setNumber(quint64(nanosOfSecond(m_timeNs))); break;
    case EvtReltime: value.setNumber(quint64(relative)); break;
    case EvtReltimeSeconds: value.setNumber(quint64(relative / kNanosPerSecond)); break;
    case EvtReltimeNanos: value.setNumber(quint64(relative % kNanosPerSecond)); break;
    case EvtPluginName: value.setString(pluginName()); break;
    case EvtPluginInfo: value.setString(pluginInfo()); break;
    case EvtSource: value.setString(source()); break;
    case EvtIsAsync: value.setString(QStringLiteral("false")); break;
    case EvtHostname: value.setString(QSysInfo::machineHostName()); break;
    case JsonValue:
        if (const std::optional<RawJson::Span> found = resolveJsonPointer(m_raw, argument))
            value.setString(m_raw.displayText(*found));
        break;
    case JsonObj:
        if (const std::optional<RawJson::Span> root = m_raw.root())
            value.setString(QString::fromUtf8(indentJson(m_raw.compact(*root))));
        break;
    }
}

} // namespace tfdrift::rules

#pragma once

#include "core/rules/evaluation/FieldValue.h"
#include "core/rules/evaluation/RawJson.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tfdrift::rules {

// A field resolved for one event source: which extraction to run, and the type of what it yields.
struct ResolvedField {
    int id = 0;
    FieldType type = FieldType::String;
    bool isList = false;
    // Falco's JSON output gives the event time in nanoseconds for the evt.time family, whatever their text.
    bool outputsTimestamp = false;
};

// Fields every plugin event has (evt.*), and the json plugin's json.* over the event's JSON. Sources
// number their own fields from kSourceFieldBase up.
enum CommonField : int {
    EvtNum = 1,
    EvtTime,
    EvtTimeSeconds,
    EvtTimeIso8601,
    EvtDatetime,
    EvtDatetimeSeconds,
    EvtRawtime,
    EvtRawtimeSeconds,
    EvtRawtimeNanos,
    EvtReltime,
    EvtReltimeSeconds,
    EvtReltimeNanos,
    EvtPluginName,
    EvtPluginInfo,
    EvtSource,
    EvtIsAsync,
    EvtHostname,
    JsonValue,
    JsonObj,
    JsonRawtime,
};
constexpr int kSourceFieldBase = 100;

// One event as rules see it: a JSON record from a plugin source (a CloudTrail record, a GCP audit
// LogEntry), with the number and time Falco would give it. Subclasses extract their source's fields;
// this class extracts the ones every plugin source shares.
class RuleEvent
{
public:
    // `rawJson` is the record's text as it arrived (fields read from it keep its member order and
    // number spelling); when empty, the record is written out compactly instead.
    RuleEvent(QJsonObject record, QByteArray rawJson, quint64 number, qint64 timeNs);
    virtual ~RuleEvent();
    RuleEvent(const RuleEvent &) = delete;
    RuleEvent &operator=(const RuleEvent &) = delete;

    virtual QString source() const = 0;
    virtual QString pluginName() const = 0;
    // What the plugin prints for the event as a whole (evt.plugininfo).
    virtual QString pluginInfo() const = 0;

    // Fills `value` (cleared first) with the field's values; leaves it empty when the event has none.
    // `argument` is the text in brackets (json.value[/a/b], ec2.imageids[0]), or empty.
    void extract(const ResolvedField &field, const QString &argument, FieldValue &value) const;

    const QJsonObject &record() const { return m_record; }
    const QByteArray &rawJson() const { return m_rawJson; }
    const RawJson &raw() const { return m_raw; }
    quint64 number() const { return m_number; }
    qint64 timeNs() const { return m_timeNs; }
    // evt.reltime counts from here (the first event of a run).
    void setStartTimeNs(qint64 startNs) { m_startTimeNs = startNs; }

    // The fields shared by every plugin source; nullopt for a name that is not one of them.
    static std::optional<ResolvedField> resolveCommonField(const QString &name);

protected:
    virtual void extractSourceField(int id, const QString &argument, FieldValue &value) const = 0;

private:
    void extractCommonField(int id, const QString &argument, FieldValue &value) const;

    QJsonObject m_record;
    QByteArray m_rawJson;
    RawJson m_raw;
    quint64 m_number = 0;
    qint64 m_timeNs = 0;
    qint64 m_startTimeNs = 0;
};

} // namespace tfdrift::rules

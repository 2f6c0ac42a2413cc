#pragma once

#include "core/rules/evaluation/RuleEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace tfdrift::rules {

// Reads recorded cloud audit events for dry runs: a CloudTrail log file ({"Records": [...]}), JSON lines
// of CloudTrail records, or JSON lines of GCP audit LogEntry objects (lines may mix the two). A bad line
// is reported as FILE:LINE:COL: error: ... and the rest of the file is still read.
class EventFileReader
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::rules::EventFileReader)

public:
    // Returns false when the file could not be read at all.
    bool readFile(const QString &path);
    bool readText(const QByteArray &text, const QString &fileName);

    std::vector<std::unique_ptr<RuleEvent>> takeEvents() { return std::move(m_events); }
    const std::vector<std::unique_ptr<RuleEvent>> &events() const { return m_events; }
    const QStringList &errors() const { return m_errors; }
    // Records Falco's cloudtrail plugin would not turn into events (no eventType, an Insights record, no
    // valid eventTime), as FILE:LINE:COL: note: ... They are left out, as Falco leaves them out.
    const QStringList &notes() const { return m_notes; }

    // One JSON object as an event of the source it belongs to; nullptr, with *why, if it is neither a
    // CloudTrail record nor a GCP audit LogEntry, or with *skipped if the plugin would skip it.
    static std::unique_ptr<RuleEvent> eventFromObject(const QJsonObject &object, QByteArray rawJson,
                                                      quint64 number, QString *why,
                                                      QString *skipped = nullptr);

private:
    // `text` is the JSON text holding the {"Records": [...]} object.
    void addRecords(const QJsonArray &records, const QByteArray &text, const QString &fileName, int line);
    void addError(const QString &fileName, int line, int column, const QString &message);
    void addEvent(const QJsonObject &object, QByteArray rawJson, const QString &fileName, int line,
                  const QString &where);

    std::vector<std::unique_ptr<RuleEvent>> m_events;
    QStringList m_errors;
    QStringList m_notes;
};

} // namespace tfdrift::rules

#include "core/export/DriftEventExport.h"

#include "core/drift/DriftEventJson.h"
#include "core/storage/SafeFileWriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tfdrift {

namespace {

// A value longer than this is cut in the attributes cell; the JSON export has it whole.
constexpr qsizetype kMaxSummaryValueChars = 60;
// An event that changed more attributes than this lists the first ones and a count of the rest.
constexpr qsizetype kMaxSummaryAttributes = 20;

QString utcTimeWithMs(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// One line, whatever the value held: the cell stays readable in a spreadsheet row.
QString singleLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

QString shortened(const QString &text)
{
    if (text.size() <= kMaxSummaryValueChars)
        return text;
    return text.left(kMaxSummaryValueChars - 1) + QChar(0x2026);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined: return QStringLiteral("(unknown)");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

bool startsLikeAFormula(QChar first)
{
    switch (first.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // FULLWIDTH EQUALS SIGN
    case 0xFF0B: // FULLWIDTH PLUS SIGN
    case 0xFF0D: // FULLWIDTH HYPHEN-MINUS
    case 0xFF20: // FULLWIDTH COMMERCIAL AT
        return true;
    default: return false;
    }
}

bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QByteArray csvRow(const QStringList &cells)
{
    QString row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += u',';
        row += csvCell(cells.at(i));
    }
    row += QLatin1String("\r\n");
    return row.toUtf8();
}

} // namespace

QStringList driftEventCsvColumns()
{
    return {
        QStringLiteral("time"),          QStringLiteral("severity"),    QStringLiteral("change"),
        QStringLiteral("resource_type"), QStringLiteral("resource_id"), QStringLiteral("terraform_address"),
        QStringLiteral("state"),         QStringLiteral("attributes"),  QStringLiteral("user"),
        QStringLiteral("identity_type"), QStringLiteral("account"),     QStringLiteral("region"),
        QStringLiteral("provider"),      QStringLiteral("environment"), QStringLiteral("event_name"),
        QStringLiteral("event_source"),  QStringLiteral("source_ip"),   QStringLiteral("endpoint"),
        QStringLiteral("falco_rule"),    QStringLiteral("excluded")};
}

QString driftEventAttributeSummary(const DriftEvent &event)
{
    QString summary;
    qsizetype listed = 0;
    for (const AttributeChange &change : event.changes) {
        if (listed == kMaxSummaryAttributes) {
            summary += QStringLiteral("; \u2026 (%1 more)").arg(event.changes.size() - listed);
            break;
        }
        if (listed > 0)
            summary += QLatin1String("; ");
        summary += singleLine(change.attribute);
        summary += QLatin1String(": ");
        summary += shortened(singleLine(valueText(change.oldValue)));
        summary += QStringLiteral(" \u2192 ");
        summary += shortened(singleLine(valueText(change.newValue)));
        ++listed;
    }
    return summary;
}

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && startsLikeAFormula(cell.front()))
        cell.prepend(u'\'');
    if (!needsQuotes(cell))
        return cell;
    cell.replace(u'"', QLatin1String("\"\""));
    return u'"' + cell + u'"';
}

DriftEventWriter::DriftEventWriter(QIODevice &out)
    : m_out(out)
{
}

bool DriftEventWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_out.isWritable()) {
        m_error = tr("the output is not open for writing");
        return false;
    }
    if (m_out.write(bytes) != bytes.size()) {
        m_error = tr("cannot write the export: %1").arg(m_out.errorString());
        return false;
    }
    return true;
}

DriftEventCsvWriter::DriftEventCsvWriter(QIODevice &out)
    : DriftEventWriter(out)
{
}

bool DriftEventCsvWriter::begin()
{
    return write(QByteArrayLiteral("\xEF\xBB\xBF")) && write(csvRow(driftEventCsvColumns()));
}

bool DriftEventCsvWriter::append(const DriftEvent &event)
{
    return write(csvRow({
        utcTimeWithMs(event.detectedAtMs),
        severityName(event.severity),
        changeKindName(event.kind),
        event.resourceType,
        event.resourceId,
        event.terraformAddress,
        event.stateName,
        driftEventAttributeSummary(event),
        event.caller.user,
        event.caller.identityType,
        event.account,
        event.region,
        providerName(event.provider),
        event.environment,
        event.eventName,
        event.eventSource,
        event.caller.sourceIp,
        event.alert.endpoint,
        event.alert.rule,
        boolText(event.excluded),
    }));
}

bool DriftEventCsvWriter::finish()
{
    return m_error.isEmpty();
}

DriftEventJsonWriter::DriftEventJsonWriter(QIODevice &out)
    : DriftEventWriter(out)
{
}

bool DriftEventJsonWriter::begin()
{
    return write(QByteArrayLiteral("["));
}

bool DriftEventJsonWriter::append(const DriftEvent &event)
{
    QByteArray bytes = m_first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
    bytes += QJsonDocument(driftEventToJson(event)).toJson(QJsonDocument::Compact);
    m_first = false;
    return write(bytes);
}

bool DriftEventJsonWriter::finish()
{
    return write(m_first ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
}

std::unique_ptr<DriftEventWriter> createDriftEventWriter(DriftExportFormat format, QIODevice &out)
{
    if (format == DriftExportFormat::Json)
        return std::make_unique<DriftEventJsonWriter>(out);
    return std::make_unique<DriftEventCsvWriter>(out);
}

namespace {
bool writeAll(DriftEventWriter &writer, const QList<DriftEvent> &events, QString *error)
{
    bool ok = writer.begin();
    for (qsizetype i = 0; ok && i < events.size(); ++i)
        ok = writer.append(events.at(i));
    ok = ok && writer.finish();
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}
} // namespace

bool writeDriftEventsCsv(QIODevice &out, const QList<DriftEvent> &events, QString *error)
{
    DriftEventCsvWriter writer(out);
    return writeAll(writer, events, error);
}

bool writeDriftEventsJson(QIODevice &out, const QList<DriftEvent> &events, QString *error)
{
    DriftEventJsonWriter writer(out);
    return writeAll(writer, events, error);
}

bool exportDriftEvents(const QString &path, DriftExportFormat format, const QList<DriftEvent> &events,
                       QString *error)
{
    return writeFileSafely(
        path,
        [&](QIODevice &out, QString *writeError) {
            const std::unique_ptr<DriftEventWriter> writer = createDriftEventWriter(format, out);
            return writeAll(*writer, events, writeError);
        },
        error);
}

std::optional<DriftExportFormat> driftExportFormatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return DriftExportFormat::Csv;
    if (suffix.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return DriftExportFormat::Json;
    return std::nullopt;
}

} // namespace tfdrift

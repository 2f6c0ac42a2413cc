#include "models/AlertTableModel.h"

#include "models/PlainTextToolTip.h"

#include <QDateTime>
#include <QFont>

namespace tfdrift {

namespace {

QString formatLocalTime(qint64 timeNs)
{
    if (timeNs == 0)
        return {};
    // Floor division, so that times before 1970 still round towards the past.
    const qint64 ms = timeNs >= 0 ? timeNs / 1'000'000 : -((-timeNs + 999'999) / 1'000'000);
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

// One line per row: line breaks and tabs become spaces, and very long output is cut.
QString singleLine(QStringView text, qsizetype maxChars)
{
    QString line = text.size() > maxChars ? text.left(maxChars) + QChar(0x2026) : text.toString();
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line;
}

// Falco starts every output with "<event time>: <Priority> ", which the Time and Priority columns
// already show; the Output column starts where the message does. Tooltip and AlertRole keep it all.
QStringView withoutTimeAndPriority(const QString &output, FalcoPriority priority)
{
    const qsizetype colon = output.indexOf(QLatin1String(": "));
    if (colon <= 0 || !output.at(0).isDigit() || output.left(colon).contains(u' '))
        return output;
    const QString name = priorityName(priority);
    const QStringView rest = QStringView(output).mid(colon + 2);
    if (!rest.startsWith(name) || rest.size() <= name.size() + 1 || rest.at(name.size()) != u' ')
        return output;
    return rest.mid(name.size() + 1);
}

bool isUrgent(FalcoPriority priority)
{
    return priority <= FalcoPriority::Critical;
}

} // namespace

QColor priorityColor(FalcoPriority priority)
{
    switch (priority) {
    case FalcoPriority::Emergency: return QColor(0xC2, 0x18, 0x5B);
    case FalcoPriority::Alert: return QColor(0xE5, 0x39, 0x35);
    case FalcoPriority::Critical: return QColor(0xF4, 0x51, 0x1E);
    case FalcoPriority::Error: return QColor(0xFB, 0x8C, 0x00);
    case FalcoPriority::Warning: return QColor(0xF9, 0xA8, 0x25);
    case FalcoPriority::Notice: return QColor(0x1E, 0x88, 0xE5);
    case FalcoPriority::Informational: return QColor(0x00, 0xAC, 0xC1);
    case FalcoPriority::Debug: return QColor(0x9E, 0x9E, 0x9E);
    }
    return {};
}

AlertTableModel::AlertTableModel(QObject *parent)
    : BatchedRowModel(parent)
{
}

AlertTableModel::~AlertTableModel() = default;

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FalcoAlert &alert = alertAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: return displayText(alert, column);
    case Qt::ToolTipRole:
        if (column == OutputColumn)
            return plainTextToolTip(alert.output);
        return {};
    case Qt::DecorationRole:
        // A colour swatch beside the name: the text itself keeps the palette's colour,
        // which stays readable whether the palette is light or dark.
        if (column == PriorityColumn)
            return priorityColor(alert.priority);
        return {};
    case Qt::FontRole:
        if (column == PriorityColumn && isUrgent(alert.priority)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AlertRole: return QVariant::fromValue(alert);
    default: return {};
    }
}

QString AlertTableModel::displayText(const FalcoAlert &alert, int column) const
{
    switch (column) {
    case TimeColumn: return formatLocalTime(alert.timeNs);
    case PriorityColumn: return priorityName(alert.priority);
    case RuleColumn: return singleLine(alert.rule, kMaxDisplayedOutputChars);
    case SourceColumn: return alert.source;
    case EndpointColumn: return alert.endpoint;
    case HostnameColumn: return alert.hostname;
    case OutputColumn:
        return singleLine(withoutTimeAndPriority(alert.output, alert.priority), kMaxDisplayedOutputChars);
    default: return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case PriorityColumn: return tr("Priority");
    case RuleColumn: return tr("Rule");
    case SourceColumn:
        //: Falco's event source, e.g. aws_cloudtrail or syscall
        return tr("Source");
    case EndpointColumn:
        //: The configured Falco endpoint that delivered the alert
        return tr("Endpoint");
    case HostnameColumn: return tr("Hostname");
    case OutputColumn:
        //: Falco's formatted alert message
        return tr("Output");
    default: return {};
    }
}

} // namespace tfdrift

#include "models/DriftEventTableModel.h"

#include "models/AttributeTitle.h"
#include "models/PlainTextToolTip.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace tfdrift {

namespace {

std::size_t severityIndex(Severity severity)
{
    return std::size_t(std::clamp(int(severity), int(Severity::Low), int(Severity::Critical)));
}

QString formatLocalTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString attributeNames(const QList<AttributeChange> &changes)
{
    QString names;
    for (const AttributeChange &change : changes) {
        if (!names.isEmpty())
            names += QLatin1String(", ");
        names += attributeTitle(change.attribute);
    }
    return names;
}

QString resourceText(const DriftEvent &event)
{
    return event.terraformAddress.isEmpty() ? event.resourceId : event.terraformAddress;
}

bool hasLineBreak(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool isTextColumn(int column)
{
    return column != DriftEventTableModel::TimeColumn && column != DriftEventTableModel::SeverityColumn
        && column != DriftEventTableModel::ChangeKindColumn;
}

} // namespace

QColor severityTextColor(Severity severity, const QPalette &palette)
{
    // Each shade has a contrast ratio of at least 4.5 against white and 4.3 against #424242.
    const bool darkPalette = palette.color(QPalette::Window).lightness() < 128;
    switch (severity) {
    case Severity::Critical: return darkPalette ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB7, 0x1C, 0x1C);
    case Severity::High: return darkPalette ? QColor(0xFF, 0xAB, 0x40) : QColor(0xC4, 0x3E, 0x00);
    case Severity::Medium: return darkPalette ? QColor(0xFF, 0xE5, 0x7F) : QColor(0x8A, 0x65, 0x00);
    case Severity::Low: break;
    }
    return darkPalette ? QColor(0x82, 0xB1, 0xFF) : QColor(0x15, 0x65, 0xC0);
}

DriftEventTableModel::DriftEventTableModel(QObject *parent)
    : BatchedRowModel(parent)
{
}

DriftEventTableModel::~DriftEventTableModel() = default;

int DriftEventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftEventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriftEvent &event = eventAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: {
        const QString text = fullText(event, column);
        if (text.size() <= kMaxDisplayedChars)
            return text;
        return QString(text.left(kMaxDisplayedChars) + QChar(0x2026));
    }
    case Qt::ToolTipRole: {
        if (event.excluded && column == SeverityColumn)
            return tr(
                "Excluded by drift_rules: kept for the record, not counted as drift and never notified");
        // Only where the cell cannot show everything: cut, or on more than one line.
        if (!isTextColumn(column))
            return {};
        const QString text = fullText(event, column);
        if (text.size() <= kMaxDisplayedChars && !hasLineBreak(text))
            return {};
        return plainTextToolTip(text);
    }
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return severityTextColor(event.severity, QGuiApplication::palette());
        return {};
    case Qt::ForegroundRole:
        // Excluded events are kept and shown, greyed: not drift by the rules, never notified.
        if (event.excluded)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (column == SeverityColumn)
            return severityTextColor(event.severity, QGuiApplication::palette());
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setItalic(event.excluded);
        font.setBold(column == SeverityColumn && event.severity == Severity::Critical && !event.excluded);
        if (!font.italic() && !font.bold())
            return {};
        return font;
    }
    case DriftEventRole: return QVariant::fromValue(event);
    case SortRole: return sortValue(event, column);
    case SeverityRole: return int(event.severity);
    default: return {};
    }
}

QString DriftEventTableModel::fullText(const DriftEvent &event, int column)
{
    switch (column) {
    case TimeColumn: return formatLocalTime(event.detectedAtMs);
    case SeverityColumn: return severityTitle(event.severity);
    case ChangeKindColumn: return changeKindTitle(event.kind);
    case ResourceTypeColumn: return event.resourceType;
    case ResourceColumn: return resourceText(event);
    case AttributesColumn: return attributeNames(event.changes);
    case UserColumn: return event.caller.user;
    case AccountColumn: return event.account;
    case RegionColumn: return event.region;
    case SourceColumn: return event.alert.endpoint;
    case RuleColumn: return event.alert.rule;
    default: return {};
    }
}

QVariant DriftEventTableModel::sortValue(const DriftEvent &event, int column)
{
    switch (column) {
    case TimeColumn: return event.detectedAtMs;
    case SeverityColumn: return int(event.severity);
    default: return fullText(event, column);
    }
}

DriftEvent DriftEventTableModel::slimmed(const DriftEvent &event)
{
    // Built field by field: copying the whole event and clearing its raw alert would touch every
    // buffer of the alert for nothing.
    DriftEvent row;
    row.id = event.id;
    row.detectedAtMs = event.detectedAtMs;
    row.eventTimeNs = event.eventTimeNs;
    row.provider = event.provider;
    row.kind = event.kind;
    row.severity = event.severity;
    row.excluded = event.excluded;
    row.alert.timeNs = event.alert.timeNs;
    row.alert.priority = event.alert.priority;
    row.alert.receivedAtMs = event.alert.receivedAtMs;
    // Copies of their own: the event's other buffers are about to be freed, and a row that kept a
    // buffer allocated among them would keep their memory pages from going back to the system.
    row.resourceId = QString(event.resourceId.constData(), event.resourceId.size());
    row.terraformAddress = QString(event.terraformAddress.constData(), event.terraformAddress.size());
    const auto pooled = [this](QString &to, const QString &from) {
        to = from;
        m_strings.intern(to);
    };
    pooled(row.account, event.account);
    pooled(row.region, event.region);
    pooled(row.eventName, event.eventName);
    pooled(row.eventSource, event.eventSource);
    pooled(row.resourceType, event.resourceType);
    pooled(row.stateName, event.stateName);
    pooled(row.environment, event.environment);
    pooled(row.caller.user, event.caller.user);
    pooled(row.caller.identityType, event.caller.identityType);
    pooled(row.caller.arn, event.caller.arn);
    pooled(row.caller.sourceIp, event.caller.sourceIp);
    pooled(row.caller.userAgent, event.caller.userAgent);
    pooled(row.alert.rule, event.alert.rule);
    pooled(row.alert.source, event.alert.source);
    pooled(row.alert.hostname, event.alert.hostname);
    pooled(row.alert.endpoint, event.alert.endpoint);
    row.matchedRules = event.matchedRules;
    for (QString &rule : row.matchedRules)
        m_strings.intern(rule);
    row.changes = event.changes;
    for (AttributeChange &change : row.changes)
        m_strings.intern(change.attribute);
    return row;
}

int DriftEventTableModel::compareForSort(const DriftEvent &left, const DriftEvent &right, int column)
{
    const auto compareText = [](const QString &a, const QString &b) { return a.compare(b); };
    switch (column) {
    case TimeColumn:
        return left.detectedAtMs < right.detectedAtMs ? -1 : int(left.detectedAtMs > right.detectedAtMs);
    case SeverityColumn: return int(left.severity) - int(right.severity);
    case ChangeKindColumn: return int(left.kind) - int(right.kind);
    case ResourceTypeColumn: return compareText(left.resourceType, right.resourceType);
    case ResourceColumn:
        return compareText(left.terraformAddress.isEmpty() ? left.resourceId : left.terraformAddress,
                           right.terraformAddress.isEmpty() ? right.resourceId : right.terraformAddress);
    case AttributesColumn: {
        const qsizetype common = std::min(left.changes.size(), right.changes.size());
        for (qsizetype i = 0; i < common; ++i) {
            if (const int order = compareText(left.changes[i].attribute, right.changes[i].attribute))
                return order;
        }
        return int(left.changes.size() - right.changes.size());
    }
    case UserColumn: return compareText(left.caller.user, right.caller.user);
    case AccountColumn: return compareText(left.account, right.account);
    case RegionColumn: return compareText(left.region, right.region);
    case SourceColumn: return compareText(left.alert.endpoint, right.alert.endpoint);
    case RuleColumn: return compareText(left.alert.rule, right.alert.rule);
    default: return 0;
    }
}

QVariant DriftEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        //: When the drift was detected, local time
        return tr("Time");
    case SeverityColumn: return tr("Severity");
    case ChangeKindColumn:
        //: Modified, created, deleted or unmanaged
        return tr("Change");
    case ResourceTypeColumn:
        //: Terraform resource type, e.g. aws_instance
        return tr("Resource type");
    case ResourceColumn:
        //: Terraform address, or the cloud resource id when no state manages it
        return tr("Resource");
    case AttributesColumn:
        //: Names of the attributes that changed
        return tr("Attributes");
    case UserColumn:
        //: Who made the cloud API call
        return tr("User");
    case AccountColumn:
        //: AWS account id or GCP project
        return tr("Account");
    case RegionColumn: return tr("Region");
    case SourceColumn:
        //: The configured Falco endpoint that delivered the alert
        return tr("Source");
    case RuleColumn: return tr("Falco rule");
    default: return {};
    }
}

QString DriftEventTableModel::severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return tr("Critical");
    case Severity::High: return tr("High");
    case Severity::Medium: return tr("Medium");
    case Severity::Low: break;
    }
    return tr("Low");
}

QString DriftEventTableModel::changeKindTitle(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Modified:
        //: A resource managed by Terraform was changed outside Terraform
        return tr("Modified");
    case ChangeKind::Created: return tr("Created");
    case ChangeKind::Deleted:
        //: A resource managed by Terraform was deleted outside Terraform
        return tr("Deleted");
    case ChangeKind::Unmanaged: break;
    }
    //: The resource is in no Terraform state
    return tr("Unmanaged");
}

quint64 DriftEventTableModel::severityCount(Severity severity) const
{
    return m_severityCounts[severityIndex(severity)];
}

void DriftEventTableModel::rowStored(const DriftEvent &event)
{
    ++m_severityCounts[severityIndex(event.severity)];
    m_statistics.add(event);
}

void DriftEventTableModel::rowDropping(const DriftEvent &event)
{
    --m_severityCounts[severityIndex(event.severity)];
    m_statistics.remove(event);
}

void DriftEventTableModel::rowsCleared()
{
    m_severityCounts.fill(0);
    m_strings.clear();
    m_statistics.clear();
}

} // namespace tfdrift

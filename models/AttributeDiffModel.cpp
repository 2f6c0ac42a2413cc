#include "models/AttributeDiffModel.h"

#include "models/AttributeTitle.h"
#include "models/ColourContrast.h"
#include "models/PlainTextToolTip.h"

#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace tfdrift {

namespace {

constexpr qsizetype kMaxDisplayedChars = 1000;
constexpr qsizetype kMaxToolTipChars = 12000; // an inline IAM policy can be 10240 characters

// QJsonDocument indents by four spaces; two keep a nested policy readable in a narrow column.
QString halveIndentation(const QByteArray &indentedJson)
{
    QStringList lines = QString::fromUtf8(indentedJson).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
            ++spaces;
        line.remove(0, spaces - spaces / 2);
    }
    return lines.join(QLatin1Char('\n'));
}

QString prettyJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return halveIndentation(QJsonDocument(value.toObject()).toJson());
    case QJsonValue::Array: return halveIndentation(QJsonDocument(value.toArray()).toJson());
    case QJsonValue::String: {
        const QString text = value.toString();
        // Policies travel as JSON inside a string, in state and in the call alike.
        if (text.trimmed().startsWith(QLatin1Char('{'))) {
            const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
            if (document.isObject())
                return halveIndentation(document.toJson());
        }
        return text;
    }
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double: {
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::Undefined: break;
    }
    return {};
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

QString displayedText(const QString &text)
{
    QString shown = text;
    if (shown.size() > kMaxDisplayedChars)
        shown = shown.left(kMaxDisplayedChars) + QChar(0x2026);
    const QStringList lines = shown.split(QLatin1Char('\n'));
    if (lines.size() <= AttributeDiffModel::kMaxDisplayedLines)
        return shown;
    const int hidden = int(lines.size()) - AttributeDiffModel::kMaxDisplayedLines;
    return lines.mid(0, AttributeDiffModel::kMaxDisplayedLines).join(QLatin1Char('\n'))
        + QLatin1Char('\n')
        //: Shown below the first lines of a long value in the attribute diff; the tooltip has all of it
        + AttributeDiffModel::tr("(%n more line(s))", nullptr, hidden);
}

bool isKnown(const QJsonValue &value)
{
    return !value.isUndefined();
}

// Unknown when neither side is known; absent when only the other side is.
QString sideText(const QJsonValue &value, const QJsonValue &otherSide)
{
    if (isKnown(value))
        return prettyJson(value);
    if (isKnown(otherSide))
        //: An attribute value missing on one side of the diff (not in state, or not set by the call)
        return AttributeDiffModel::tr("(absent)");
    //: An attribute value that neither the state nor the cloud call reveals
    return AttributeDiffModel::tr("(unknown)");
}

} // namespace

QColor diffBackgroundColor(AttributeDiffModel::Mark mark, const QPalette &palette)
{
    // Black on each light tint and white on each dark one have a contrast ratio above 12.
    const bool darkPalette = palette.color(QPalette::Base).lightness() < 128;
    switch (mark) {
    case AttributeDiffModel::Mark::Removed:
        return darkPalette ? QColor(0x5A, 0x1E, 0x1E) : QColor(0xFF, 0xD7, 0xD5);
    case AttributeDiffModel::Mark::Added:
        return darkPalette ? QColor(0x1B, 0x4A, 0x26) : QColor(0xD3, 0xF5, 0xD9);
    case AttributeDiffModel::Mark::Changed:
        return darkPalette ? QColor(0x4A, 0x3F, 0x12) : QColor(0xFF, 0xF0, 0xC2);
    case AttributeDiffModel::Mark::None: break;
    }
    return {};
}

QColor diffTextColor(AttributeDiffModel::Mark mark, const QPalette &palette)
{
    const QColor background = diffBackgroundColor(mark, palette);
    const QColor text = palette.color(QPalette::Text);
    if (!background.isValid() || contrastRatio(text, background) >= 4.5)
        return text;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

AttributeDiffModel::AttributeDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AttributeDiffModel::~AttributeDiffModel() = default;

void AttributeDiffModel::setChanges(const QList<AttributeChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

void AttributeDiffModel::clear()
{
    setChanges({});
}

int AttributeDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int AttributeDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AttributeDiffModel::Mark AttributeDiffModel::cellMark(const AttributeChange &change, int column)
{
    const bool oldKnown = isKnown(change.oldValue);
    const bool newKnown = isKnown(change.newValue);
    // Equal sides only happen for masked values: the call set a secret, nobody can say to what.
    if (oldKnown && newKnown && change.oldValue == change.newValue)
        return Mark::None;
    switch (column) {
    case AttributeColumn:
        if (oldKnown && newKnown)
            return Mark::Changed;
        if (oldKnown)
            return Mark::Removed;
        return newKnown ? Mark::Added : Mark::None;
    case StateValueColumn: return oldKnown ? Mark::Removed : Mark::None;
    case NewValueColumn: return newKnown ? Mark::Added : Mark::None;
    default: return Mark::None;
    }
}

QString AttributeDiffModel::stateValueText(const AttributeChange &change)
{
    return sideText(change.oldValue, change.newValue);
}

QString AttributeDiffModel::newValueText(const AttributeChange &change)
{
    return sideText(change.newValue, change.oldValue);
}

QString AttributeDiffModel::fullText(const AttributeChange &change, int column) const
{
    switch (column) {
    case AttributeColumn: return attributeTitle(change.attribute);
    case StateValueColumn: return stateValueText(change);
    case NewValueColumn: return newValueText(change);
    default: return {};
    }
}

QVariant AttributeDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttributeChange &change = m_changes.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayedText(fullText(change, column));
    case Qt::ToolTipRole: {
        const QString text = fullText(change, column);
        // Attribute names do not wrap (no spaces), so a narrow column cuts them: the tooltip has them.
        if (column != AttributeColumn && displayedText(text) == text && !hasLineBreak(text))
            return {};
        return plainTextToolTip(text, kMaxToolTipChars);
    }
    case Qt::BackgroundRole: {
        const QColor colour = diffBackgroundColor(cellMark(change, column), QGuiApplication::palette());
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::ForegroundRole: {
        const Mark mark = cellMark(change, column);
        return mark == Mark::None ? QVariant() : QVariant(diffTextColor(mark, QGuiApplication::palette()));
    }
    case Qt::FontRole: {
        const QJsonValue &value = column == StateValueColumn ? change.oldValue : change.newValue;
        if (column == AttributeColumn || isKnown(value))
            return {};
        QFont italic; // marks "(unknown)" and "(absent)" as words about the value, not the value
        italic.setItalic(true);
        return italic;
    }
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignLeft | Qt::AlignTop);
    case FullTextRole: return fullText(change, column);
    case MarkRole: return int(cellMark(change, column));
    case JsonValueRole:
        if (column == StateValueColumn)
            return QVariant::fromValue(change.oldValue);
        if (column == NewValueColumn)
            return QVariant::fromValue(change.newValue);
        return QVariant::fromValue(QJsonValue(change.attribute));
    default: return {};
    }
}

QVariant AttributeDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AttributeColumn:
        //: Terraform attribute name
        return tr("Attribute");
    case StateValueColumn:
        //: The attribute's value as Terraform state records it
        return tr("In Terraform state");
    case NewValueColumn:
        //: The attribute's value set by the cloud API call
        return tr("New value");
    default: return {};
    }
}

QString AttributeDiffModel::plainTextDiff(const QList<AttributeChange> &changes)
{
    QString diff;
    const auto appendLines = [&diff](QLatin1String prefix, const QString &text) {
        for (const QString &line : text.split(QLatin1Char('\n')))
            diff += prefix + line + QLatin1Char('\n');
    };
    for (const AttributeChange &change : changes) {
        if (!diff.isEmpty())
            diff += QLatin1Char('\n');
        diff += attributeTitle(change.attribute) + QLatin1Char('\n');
        appendLines(QLatin1String("- "), stateValueText(change));
        appendLines(QLatin1String("+ "), newValueText(change));
    }
    return diff;
}

} // namespace tfdrift

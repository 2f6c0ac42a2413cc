#include "models/JsonTreeModel.h"

#include "models/PlainTextToolTip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace tfdrift {

struct JsonTreeModel::Node {
    const Node *parent = nullptr;
    int row = 0;
    QString key; // member name, "[i]" for an array item, empty for a scalar document
    QJsonValue value;
    // Built on the first request for a child; the model is read-only, so once built they stay.
    mutable std::vector<std::unique_ptr<Node>> children;
    mutable bool childrenBuilt = false;

    int childCount() const
    {
        if (value.isObject())
            return int(value.toObject().size());
        if (value.isArray())
            return int(value.toArray().size());
        return int(children.size()); // only the scalar document's wrapper has children of its own
    }

    const Node *child(int index) const
    {
        buildChildren();
        return children[std::size_t(index)].get();
    }

    void addChild(QString childKey, QJsonValue childValue) const
    {
        auto node = std::make_unique<Node>();
        node->parent = this;
        node->row = int(children.size());
        node->key = std::move(childKey);
        node->value = std::move(childValue);
        children.push_back(std::move(node));
    }

    void buildChildren() const
    {
        if (childrenBuilt)
            return;
        childrenBuilt = true;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            children.reserve(std::size_t(object.size()));
            for (auto it = object.begin(); it != object.end(); ++it)
                addChild(it.key(), it.value());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            children.reserve(std::size_t(array.size()));
            for (qsizetype i = 0; i < array.size(); ++i)
                addChild(QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), array.at(i));
        }
    }
};

namespace {

constexpr qsizetype kMaxToolTipChars = 12000; // enough for an inline IAM policy, not for a megabyte

// One line in the view: line breaks become a visible mark and long text is cut.
QString displayedText(const QString &text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QStringLiteral("\u21B5"));
    line.replace(QLatin1Char('\n'), QChar(0x21B5));
    line.replace(QLatin1Char('\r'), QChar(0x21B5));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (line.size() > JsonTreeModel::kMaxDisplayedChars)
        line = line.left(JsonTreeModel::kMaxDisplayedChars) + QChar(0x2026);
    return line;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &document)
{
    beginResetModel();
    m_document = document;
    m_root = std::make_unique<Node>();
    if (document.isObject() || document.isArray()) {
        m_root->value = document;
    } else if (!document.isUndefined()) {
        m_root->addChild(QString(), document);
        m_root->childrenBuilt = true;
    }
    endResetModel();
}

void JsonTreeModel::clear()
{
    setJson(QJsonValue(QJsonValue::Undefined));
}

QJsonValue JsonTreeModel::json() const
{
    return m_document;
}

const JsonTreeModel::Node *JsonTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *child = nodeAt(parent)->child(row);
    return createIndex(row, column, const_cast<Node *>(child));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeAt(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return nodeAt(parent)->childCount();
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);
    switch (role) {
    case Qt::DisplayRole: return displayedText(fullText(node, index.column()));
    case Qt::ToolTipRole: {
        const QString text = fullText(node, index.column());
        if (displayedText(text) == text)
            return {};
        return plainTextToolTip(text, kMaxToolTipChars);
    }
    case FullTextRole: return fullText(node, index.column());
    case JsonValueRole: return QVariant::fromValue(node.value);
    default: return {};
    }
}

QString JsonTreeModel::fullText(const Node &node, int column) const
{
    switch (column) {
    case KeyColumn: return node.key;
    case ValueColumn: return valueText(node.value);
    case TypeColumn: return typeName(node.value);
    default: return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        //: Column of a JSON tree: member name or array index
        return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn:
        //: Column of a JSON tree: object, array, string, number, boolean or null
        return tr("Type");
    default: return {};
    }
}

QString JsonTreeModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        //: Summary of a JSON object in a tree row
        return tr("%n member(s)", nullptr, int(value.toObject().size()));
    case QJsonValue::Array:
        //: Summary of a JSON array in a tree row
        return tr("%n item(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::String: return value.toString();
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Exactly as JSON writes it: the text of a one-item array, without its brackets.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::Undefined: break;
    }
    return {};
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        //: JSON type name
        return tr("object");
    case QJsonValue::Array:
        //: JSON type name
        return tr("array");
    case QJsonValue::String:
        //: JSON type name
        return tr("string");
    case QJsonValue::Double:
        //: JSON type name
        return tr("number");
    case QJsonValue::Bool:
        //: JSON type name
        return tr("boolean");
    case QJsonValue::Null:
        //: JSON type name
        return tr("null");
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace tfdrift

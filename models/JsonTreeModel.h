#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>

namespace tfdrift {

// A read-only tree over one JSON document: an alert, a resource's attributes. Object members and
// array items are rows, with their key, value and JSON type. Child rows are created only when a
// view first asks for them, so a large state resource costs nothing until it is expanded.
// Strings are shown without quotes (the Type column tells "true" from true); objects and arrays show
// how many members or items they have.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    enum Role {
        FullTextRole = Qt::UserRole, // the cell's whole text, never cut
        JsonValueRole,               // the row's QJsonValue
    };

    // Cells show at most this much of a value on one line; the tooltip (up to 12000 characters) and
    // FullTextRole have all of it.
    static constexpr qsizetype kMaxDisplayedChars = 200;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // An object or array shows its members as top-level rows; a scalar shows as one row without key.
    void setJson(const QJsonValue &document);
    void clear();
    QJsonValue json() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text a cell of the Value column holds for this value, uncut.
    static QString valueText(const QJsonValue &value);
    // The translated JSON type name: object, array, string, number, boolean, null.
    static QString typeName(const QJsonValue &value);

private:
    struct Node;

    const Node *nodeAt(const QModelIndex &index) const;
    QString fullText(const Node &node, int column) const;

    QJsonValue m_document;
    std::unique_ptr<Node> m_root;
};

} // namespace tfdrift

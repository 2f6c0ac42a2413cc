#pragma once

#include "core/drift/DriftEvent.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

class QPalette;

namespace tfdrift {

// The attributes a drift event changed, side by side: the value Terraform state holds and the one
// the cloud call set. Values are shown as JSON pretty-printed with two-space indents, strings without
// quotes; a string that holds a JSON object or array (an IAM policy document) is pretty-printed too.
// A value nobody knows reads "(unknown)"; a value missing on one side only reads "(absent)".
class AttributeDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AttributeColumn, StateValueColumn, NewValueColumn, ColumnCount };

    // What a cell shows about the change, for colouring.
    enum class Mark {
        None,    // nothing known, or a masked value that cannot be compared
        Removed, // the value Terraform state had, now replaced or gone
        Added,   // the value the call set
        Changed, // the attribute of a row whose value went from one known value to another
    };
    Q_ENUM(Mark)

    enum Role {
        FullTextRole = Qt::UserRole, // the cell's whole text, never cut
        MarkRole,                    // int(Mark)
        JsonValueRole,               // the cell's QJsonValue (Undefined when unknown or absent)
    };

    // A cell shows at most this many lines; the tooltip and FullTextRole have the rest.
    static constexpr int kMaxDisplayedLines = 12;

    explicit AttributeDiffModel(QObject *parent = nullptr);
    ~AttributeDiffModel() override;

    void setChanges(const QList<AttributeChange> &changes);
    void clear();
    const QList<AttributeChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Mark cellMark(const AttributeChange &change, int column);
    // The whole text of a cell of the value columns.
    static QString stateValueText(const AttributeChange &change);
    static QString newValueText(const AttributeChange &change);

    // The diff for a ticket or a chat: per attribute its name, then "- " before each line of the
    // state's value and "+ " before each line of the new one; a blank line between attributes.
    static QString plainTextDiff(const QList<AttributeChange> &changes);

private:
    QString fullText(const AttributeChange &change, int column) const;

    QList<AttributeChange> m_changes;
};

// Backgrounds of marked cells: light tints on light palettes and dark ones on dark palettes, chosen by
// the lightness of the palette's Base colour. Invalid for Mark::None.
QColor diffBackgroundColor(AttributeDiffModel::Mark mark, const QPalette &palette);
// The text colour on that background: the palette's own text colour when it has a contrast of at
// least 4.5:1 there, black or white otherwise.
QColor diffTextColor(AttributeDiffModel::Mark mark, const QPalette &palette);

} // namespace tfdrift

#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace tfdrift {

// Paints a live table's single-line cells from text shaped once and kept: the style's own item
// painting lays out and elides every cell's text two or three times on every paint, which is most
// of what a repaint of a busy table costs. Most cells repeat (resource types, users, accounts,
// regions, rules), so shaped text is reused across rows and repaints. Text is always plain: a line
// break shows as a space, markup as its characters. Background, selection, decoration and focus
// are drawn by the style as usual.
class ShapedTextItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kCachedTexts = 4096;

    explicit ShapedTextItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    // The text as it fits in width with this font, shaped; from the cache when seen before.
    const QStaticText &shapedText(const QString &text, const QFont &font, Qt::TextElideMode mode,
                                  int width) const;

    mutable QCache<QString, QStaticText> m_shaped{kCachedTexts};
    // QFont::key() builds a string each time, and nearly every cell has the same font.
    mutable QFont m_lastFont;
    mutable QString m_lastFontKey;
};

} // namespace tfdrift

#include "ui/ShapedTextItemDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace tfdrift {

namespace {

QString singleLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (option.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
}

} // namespace

ShapedTextItemDelegate::ShapedTextItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

const QStaticText &ShapedTextItemDelegate::shapedText(const QString &text, const QFont &font,
                                                      Qt::TextElideMode mode, int width) const
{
    if (m_lastFontKey.isEmpty() || font != m_lastFont) {
        m_lastFont = font;
        m_lastFontKey = font.key();
    }
    const QString key = m_lastFontKey + QChar(0x1f) + QString::number(width) + QChar(0x1f)
        + QString::number(int(mode)) + QChar(0x1f) + text;
    if (QStaticText *cached = m_shaped.object(key))
        return *cached;
    auto *shaped = new QStaticText(QFontMetrics(font).elidedText(singleLine(text), mode, width));
    shaped->setTextFormat(Qt::PlainText); // event text is attacker-controlled: never markup
    shaped->setPerformanceHint(QStaticText::AggressiveCaching);
    shaped->prepare(QTransform(), font);
    m_shaped.insert(key, shaped);
    return *shaped;
}

void ShapedTextItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect textRect = item.rect.adjusted(margin, 0, -margin, 0);
    if ((item.features & QStyleOptionViewItem::HasDecoration) && !item.icon.isNull()) {
        const QSize size = item.decorationSize;
        const QRect logical(textRect.left(), textRect.top() + (textRect.height() - size.height()) / 2,
                            size.width(), size.height());
        const QRect iconRect = QStyle::visualRect(item.direction, item.rect, logical);
        const QIcon::Mode mode = !(item.state & QStyle::State_Enabled) ? QIcon::Disabled
            : (item.state & QStyle::State_Selected)                    ? QIcon::Selected
                                                                       : QIcon::Normal;
        item.icon.paint(painter, iconRect, item.decorationAlignment, mode);
        textRect.setLeft(logical.right() + 1 + margin);
    }

    if (!item.text.isEmpty() && textRect.width() > 0) {
        const QRect visualText = QStyle::visualRect(item.direction, item.rect, textRect);
        const QStaticText &text = shapedText(item.text, item.font, item.textElideMode, visualText.width());
        const QSizeF size = text.size();
        const Qt::Alignment alignment = QStyle::visualAlignment(item.direction, item.displayAlignment);
        qreal x = visualText.left();
        if (alignment & Qt::AlignRight)
            x = visualText.right() + 1 - size.width();
        else if (alignment & Qt::AlignHCenter)
            x = visualText.left() + (visualText.width() - size.width()) / 2;
        const qreal y = visualText.top() + (visualText.height() - size.height()) / 2;
        const QPalette::ColorRole role
            = (item.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
        painter->setPen(item.palette.color(colorGroup(item), role));
        painter->setFont(item.font);
        painter->setClipRect(visualText, Qt::IntersectClip);
        painter->drawStaticText(QPointF(x, y), text);
    }
    painter->restore();

    if (item.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(item);
        focus.rect = item.rect;
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = item.palette.color(
            colorGroup(item), (item.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace tfdrift

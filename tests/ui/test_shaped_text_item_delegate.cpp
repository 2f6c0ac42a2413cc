// How the live tables paint a cell: event text shows as the characters it is (markup is not
// interpreted, line breaks do not make a second line), cut with an ellipsis where it does not fit.
#include "ui/ShapedTextItemDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace tfdrift;

namespace {

// The box around everything the delegate drew on a white cell.
QRect paintedBox(const ShapedTextItemDelegate &delegate, const QString &text, int width = 900)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, width, 40);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Text, Qt::black);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.textElideMode = Qt::ElideRight;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;

    QImage image(width, 40, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();

    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

} // namespace

class TestShapedTextItemDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markupIsShownAsItsCharacters()
    {
        ShapedTextItemDelegate delegate;
        const QString markup = QStringLiteral("<b>WWWW</b><img src=x>");
        const QFontMetrics metrics(QApplication::font());
        const int literalWidth = metrics.horizontalAdvance(markup);
        const QRect box = paintedBox(delegate, markup);
        QVERIFY(box.isValid());
        // Interpreted, it would be four bold letters and a broken image, far narrower.
        QVERIFY2(box.width() > literalWidth * 8 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(box.width()).arg(literalWidth)));
        QVERIFY(box.width() <= literalWidth + 2);
    }

    void aLineBreakDoesNotMakeASecondLine()
    {
        ShapedTextItemDelegate delegate;
        const QRect oneLine = paintedBox(delegate, QStringLiteral("Hg first Hg second"));
        const QRect broken = paintedBox(delegate, QStringLiteral("Hg first\nHg second"));
        QCOMPARE(broken.height(), oneLine.height());
        QVERIFY(broken.width() >= oneLine.width() - 2);
    }

    void textThatDoesNotFitIsCutWithAnEllipsis()
    {
        ShapedTextItemDelegate delegate;
        const QString longText(400, QLatin1Char('x'));
        const QRect box = paintedBox(delegate, longText, 200);
        QVERIFY(box.isValid());
        QVERIFY(box.right() < 200);
        // What was painted is the text cut to the cell, ellipsis included.
        const int margin = QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
        const QString cut
            = QFontMetrics(QApplication::font()).elidedText(longText, Qt::ElideRight, 200 - 2 * margin);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QCOMPARE(box.width(), paintedBox(delegate, cut).width());
        // The same cell painted again, from the kept shaping, looks the same.
        QCOMPARE(paintedBox(delegate, longText, 200), box);
    }
};

QTEST_MAIN(TestShapedTextItemDelegate)
#include "test_shaped_text_item_delegate.moc"

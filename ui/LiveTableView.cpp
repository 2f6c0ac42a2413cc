#include "ui/LiveTableView.h"

#include "ui/ShapedTextItemDelegate.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <memory>

namespace tfdrift {

namespace {
const char *const kFollowNewestProperty = "tfdriftFollowNewest";
} // namespace

void setFollowNewest(QTableView *view, bool follow)
{
    view->setProperty(kFollowNewestProperty, follow);
    if (follow)
        view->scrollToBottom();
}

void setUpLiveTableView(QTableView *view)
{
    view->setProperty(kFollowNewestProperty, true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setShowGrid(false);
    view->setItemDelegate(new ShapedTextItemDelegate(view));

    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 6);
    rows->hide();

    QHeaderView *columns = view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    auto followNewest = std::make_shared<bool>(true);
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, view, [view, followNewest] {
        const QScrollBar *bar = view->verticalScrollBar();
        *followNewest = bar->value() >= bar->maximum();
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, [view, followNewest] {
        if (*followNewest && view->property(kFollowNewestProperty).value<bool>())
            view->scrollToBottom();
    });
}

} // namespace tfdrift

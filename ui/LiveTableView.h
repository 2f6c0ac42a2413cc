#pragma once

class QTableView;

namespace tfdrift {

// What every live table of the console shares: rows selected whole, plain single-line cells
// painted from shaped text that is kept (ShapedTextItemDelegate),
// uniform row heights (the view never measures a row, which keeps a million of them cheap),
// interactive columns, and following the newest row, but only while the user looks at the bottom
// of the list; a user who scrolled up to read is left in peace.
void setUpLiveTableView(QTableView *view);
// Off, the view never scrolls by itself, even at the bottom (the toolbar's "Follow newest").
void setFollowNewest(QTableView *view, bool follow);

} // namespace tfdrift

#pragma once

#include <QWidget>

class QTableView;

namespace tfdrift {

class DriftEventTableModel;
class DriftFilterBar;
class DriftFilterProxyModel;

// The drift events: the filter bar above the live table. The table follows the newest event while
// the user looks at the bottom of it, and keeps still when they scrolled up to read.
class DriftPane : public QWidget
{
    Q_OBJECT

public:
    explicit DriftPane(QWidget *parent = nullptr);

    DriftEventTableModel *model() const { return m_model; }
    DriftFilterProxyModel *proxy() const { return m_proxy; }
    DriftFilterBar *filterBar() const { return m_filterBar; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // The filter bar's error (with its column) or an empty text when the filter is fine: for the status bar.
    void filterMessage(const QString &message);
    // Rows shown or held changed.
    void countsChanged();

private:
    void setUpView();
    void setInitialColumnWidths();

    DriftEventTableModel *m_model;
    DriftFilterProxyModel *m_proxy;
    DriftFilterBar *m_filterBar;
    QTableView *m_view;
};

} // namespace tfdrift

#pragma once

#include <QWidget>

class QProgressBar;
class QTableView;
class QToolButton;

namespace tfdrift {

class DriftEventTableModel;
class DriftFilterBar;
class DriftFilterProxyModel;
class QuickFilterBar;

// The drift events: the filter bar and the quick filters above the live table, with the progress of a
// long re-filter and its Cancel button between them. The table follows the newest event while
// the user looks at the bottom of it, and keeps still when they scrolled up to read.
class DriftPane : public QWidget
{
    Q_OBJECT

public:
    explicit DriftPane(QWidget *parent = nullptr);

    DriftEventTableModel *model() const { return m_model; }
    DriftFilterProxyModel *proxy() const { return m_proxy; }
    DriftFilterBar *filterBar() const { return m_filterBar; }
    QuickFilterBar *quickFilterBar() const { return m_quickFilterBar; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // The filter bar's error (with its column) or an empty text when the filter is fine: for the status bar.
    void filterMessage(const QString &message);
    // Rows shown or held changed.
    void countsChanged();

private:
    void setUpView();
    void setUpFilteringProgress();
    void setInitialColumnWidths();

    DriftEventTableModel *m_model;
    DriftFilterProxyModel *m_proxy;
    DriftFilterBar *m_filterBar;
    QuickFilterBar *m_quickFilterBar;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QToolButton *m_cancelFiltering;
    QTableView *m_view;
};

} // namespace tfdrift

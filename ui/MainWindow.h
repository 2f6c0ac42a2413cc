#pragma once

#include "models/AlertRateTracker.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <vector>

class QAction;
class QFrame;
class QLabel;
class QTabWidget;
class QTableView;

namespace tfdrift {

class AlertSource;
class AlertTableModel;
class DriftMonitor;
class DriftPane;
class ElidingLabel;

// The console's main window: live drift events with the filter bar, the Falco alerts behind them,
// and one status-bar entry per source with its connection state, Falco version and alert rate.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How often the alerts/s figures are refreshed; faster only makes them flicker.
    static constexpr int kRateRefreshMs = 500;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the source's alerts and status. The window does not own the source; a destroyed
    // source disappears from the status bar.
    void addSource(AlertSource *source);
    // Shows the monitor's drift events. The window does not own the monitor.
    void addDriftMonitor(DriftMonitor *monitor);

    DriftPane *driftPane() const { return m_driftPane; }
    AlertTableModel *alertModel() const { return m_model; }
    QTableView *alertView() const { return m_view; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *clearAction() const { return m_clearAction; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct SourceEntry {
        QPointer<AlertSource> source;
        ElidingLabel *label = nullptr;
        QFrame *separator = nullptr; // after the label
    };

    void createActions();
    void setUpView();
    void setInitialColumnWidths();
    void restoreSettings();
    void saveSettings() const;

    void setPaused(bool paused);
    void onAlertsArrived(AlertSource *source, qsizetype count);
    void removeSource(QObject *source);
    void refreshSourceLabels();
    void refreshSourceLabel(SourceEntry &entry);
    void refreshCounts();
    void refreshDriftCounts();
    void fitSourceLabels();

    AlertTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    DriftPane *m_driftPane = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_driftCountLabel = nullptr;
    QLabel *m_filterMessageLabel = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_clearAction = nullptr;
    QLabel *m_noSourcesLabel = nullptr;
    QLabel *m_countLabel = nullptr;

    std::vector<SourceEntry> m_sources;
    AlertRateTracker m_rates;
    QElapsedTimer m_clock;
    QTimer m_rateRefresh;
};

} // namespace tfdrift

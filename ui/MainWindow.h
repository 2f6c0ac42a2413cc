#pragma once

#include "core/config/EndpointConfig.h"
#include "core/drift/DriftMonitor.h"
#include "core/history/DriftEventArchive.h"
#include "models/AlertRateTracker.h"
#include "ui/ConsoleSettings.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QFrame;
class QMenu;
class QToolBar;
class QLabel;
class QTabWidget;
class QTableView;

namespace tfdrift {

class AlertSource;
class AlertTableModel;
class CriticalDriftNotifier;
class DriftChartsDock;
class DriftDetailPane;
class DriftHistory;
class DriftPane;
class ElidingLabel;
class LanguageSetup;
class SourcesDock;

// The console's main window: live drift events with the filter bars, the Falco alerts behind them,
// docks for the sources, the selected event's details and the charts, and one status-bar entry per
// source with its connection state, Falco version and alert rate. Drift events pass through a
// DriftEventArchive (numbered, kept whole, written to the history) before the table keeps its slim
// copy of each.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How often the alerts/s figures are refreshed; faster only makes them flicker.
    static constexpr int kRateRefreshMs = 500;
    static constexpr qsizetype kEventsRestoredAtStart = 100'000;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the source's alerts and status. The window does not own the source; a destroyed
    // source disappears from the status bar and the sources dock.
    void addSource(AlertSource *source, std::optional<EndpointConfig> config = std::nullopt);
    // Shows the monitor's drift events and carries out the sources dock's requests on it. The window
    // does not own the monitor.
    void addDriftMonitor(DriftMonitor *monitor);
    // What the monitor's drift goes through: numbered, kept whole and written to the history,
    // announced when critical, then shown.
    void appendDriftEvents(const DriftEventBatch &events) { onDriftEvents(events, true); }
    // Not owned. Drift events are written to it, and the last session's come back from it now.
    void setHistory(DriftHistory *history);
    // Replaces the drift table with the newest of the history's events detected in [fromMs, toMs]:
    // at most limit of them (0: as many as the table holds).
    void showHistory(qint64 fromMs, qint64 toMs, qsizetype limit = 0);
    // Not owned; the Settings dialog switches the language through it.
    void setLanguageSetup(LanguageSetup *languages) { m_languages = languages; }
    void applySettings(const ConsoleSettings &settings);
    const ConsoleSettings &settings() const { return m_settings; }

    // The selected drift rows (two or more), else every row the filters show; whole events.
    QList<DriftEvent> eventsToExport() const;
    bool exportDriftEvents(const QString &path, QString *error) const;
    bool saveCapture(const QString &path, QString *error) const;
    // Shows the capture's alerts and the drift they mean against the current state and rules.
    bool openCapture(const QString &path, QString *error);

    DriftPane *driftPane() const { return m_driftPane; }
    DriftDetailPane *detailPane() const { return m_detailPane; }
    SourcesDock *sourcesDock() const { return m_sourcesDock; }
    DriftChartsDock *chartsDock() const { return m_chartsDock; }
    CriticalDriftNotifier *criticalDriftNotifier() const { return m_notifier; }
    AlertTableModel *alertModel() const { return m_model; }
    QTableView *alertView() const { return m_view; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *clearAction() const { return m_clearAction; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct SourceEntry {
        QPointer<AlertSource> source;
        ElidingLabel *label = nullptr;
        QFrame *separator = nullptr; // after the label
    };

    void createActions();
    void createDocks();
    void retranslateUi();
    void onDriftEvents(const DriftEventBatch &batch, bool persist);
    void showCurrentDriftEvent();
    void selectDriftEvent(quint64 id);
    void forgetExpiredHistory();
    void chooseExportFile();
    void chooseCaptureToSave();
    void chooseCaptureToOpen();
    void openSettings();
    void openHelp();
    void connectAllSources(bool start);
    void addConfiguredSource(const EndpointConfig &config);
    void replaceConfiguredSource(const QString &oldName, const EndpointConfig &config);
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
    QAction *m_connectAllAction = nullptr;
    QAction *m_disconnectAllAction = nullptr;
    QAction *m_openCaptureAction = nullptr;
    QAction *m_saveCaptureAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_followNewestAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_alertsMenu = nullptr;
    QMenu *m_historyMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    SourcesDock *m_sourcesDock = nullptr;
    DriftDetailPane *m_detailPane = nullptr;
    QDockWidget *m_detailDock = nullptr;
    DriftChartsDock *m_chartsDock = nullptr;
    CriticalDriftNotifier *m_notifier = nullptr;
    DriftMonitor *m_monitor = nullptr;
    DriftHistory *m_history = nullptr;
    LanguageSetup *m_languages = nullptr;
    DriftEventArchive m_archive;
    ConsoleSettings m_settings;
    QLabel *m_noSourcesLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_rateLabel = nullptr; // all sources together

    std::vector<SourceEntry> m_sources;
    AlertRateTracker m_rates;
    QElapsedTimer m_clock;
    QTimer m_rateRefresh;
};

} // namespace tfdrift

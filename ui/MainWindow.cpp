#include "ui/MainWindow.h"

#include "core/capture/CaptureFile.h"
#include "core/drift/DriftMonitor.h"
#include "core/export/DriftEventExport.h"
#include "core/history/DriftHistory.h"
#include "core/ingest/AlertSource.h"
#include "core/ingest/AlertSourceFactory.h"
#include "core/state/StateStore.h"
#include "models/AlertTableModel.h"
#include "models/DriftEventTableModel.h"
#include "models/DriftFilterProxyModel.h"
#include "models/PlainTextToolTip.h"
#include "ui/CriticalDriftNotifier.h"
#include "ui/DriftChartsDock.h"
#include "ui/DriftDetailPane.h"
#include "ui/DriftFilterBar.h"
#include "ui/DriftPane.h"
#include "ui/ElidingLabel.h"
#include "ui/HelpDialog.h"
#include "ui/LanguageSetup.h"
#include "ui/LiveTableView.h"
#include "ui/SettingsDialog.h"
#include "ui/SourceDialog.h" // SourcesDock holds a QPointer to it
#include "ui/SourceStatusText.h"
#include "ui/SourcesDock.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

#include <algorithm>

namespace tfdrift {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kWindowStateKey = QStringLiteral("mainWindow/state");
const QString kHeaderStateKey = QStringLiteral("alertTable/headerState");
const QString kDriftHeaderStateKey = QStringLiteral("driftTable/headerState");
const QString kFilterHistoryKey = QStringLiteral("driftFilter/history");

void showPlainError(QWidget *parent, const QString &title, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, title, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // paths and capture lines are the user's or the network's
    box.setInformativeText(details);
    box.exec();
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // source names and error details may come from the network
    return label;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new AlertTableModel(this))
    , m_view(new QTableView(this))
    , m_driftPane(new DriftPane(this))
    , m_tabs(new QTabWidget(this))
{
    m_clock.start();

    setUpView();
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_driftPane, QString());
    m_tabs->addTab(m_view, QString());
    setCentralWidget(m_tabs);
    createActions();

    m_noSourcesLabel = plainLabel(this);
    statusBar()->addWidget(m_noSourcesLabel);
    m_rateLabel = plainLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("alertRate"));
    statusBar()->addPermanentWidget(m_rateLabel);
    m_countLabel = plainLabel(this);
    m_countLabel->setObjectName(QStringLiteral("alertCount"));
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_model, &AlertTableModel::countsChanged, this, &MainWindow::refreshCounts);
    refreshCounts();
    m_filterMessageLabel = plainLabel(this);
    m_filterMessageLabel->setObjectName(QStringLiteral("filterMessage"));
    m_filterMessageLabel->hide();
    statusBar()->addPermanentWidget(m_filterMessageLabel);
    m_driftCountLabel = plainLabel(this);
    m_driftCountLabel->setObjectName(QStringLiteral("driftCount"));
    statusBar()->addPermanentWidget(m_driftCountLabel);
    connect(m_driftPane, &DriftPane::countsChanged, this, &MainWindow::refreshDriftCounts);
    connect(m_driftPane, &DriftPane::filterMessage, this, [this](const QString &message) {
        m_filterMessageLabel->setText(message);
        m_filterMessageLabel->setVisible(!message.isEmpty());
    });
    refreshDriftCounts();

    statusBar()->installEventFilter(this);
    createDocks();
    retranslateUi();

    m_rateRefresh.setInterval(kRateRefreshMs);
    connect(&m_rateRefresh, &QTimer::timeout, this, &MainWindow::refreshSourceLabels);
    m_rateRefresh.start();

    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpView()
{
    m_view->setObjectName(QStringLiteral("alertTable"));
    m_view->setModel(m_model);
    setUpLiveTableView(m_view);
    setInitialColumnWidths();
}

void MainWindow::setInitialColumnWidths()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics boldMetrics(boldFont);
    const int padding = 3 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 16;
    const int iconWidth = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 6;

    // Wide enough for typical content, or for the header title if that is wider (in Japanese it can be).
    const auto fit = [&](int column, int contentWidth) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column,
                               std::max(contentWidth, metrics.horizontalAdvance(title) + 12) + padding);
    };
    const auto textWidth
        = [&metrics](const char *sample) { return metrics.horizontalAdvance(QLatin1String(sample)); };
    fit(AlertTableModel::TimeColumn, textWidth("2026-12-31 23:59:59.999"));
    fit(AlertTableModel::PriorityColumn,
        boldMetrics.horizontalAdvance(QStringLiteral("Informational")) + iconWidth);
    fit(AlertTableModel::RuleColumn, textWidth("Terraform Managed Resource Modified"));
    fit(AlertTableModel::SourceColumn, textWidth("aws_cloudtrail"));
    fit(AlertTableModel::EndpointColumn, textWidth("production"));
    fit(AlertTableModel::HostnameColumn, textWidth("falco-staging-1"));
}

void MainWindow::createActions()
{
    const auto action = [this](const char *objectName, const QIcon &icon, const QKeySequence &shortcut) {
        auto *created = new QAction(icon, QString(), this);
        created->setObjectName(QLatin1String(objectName));
        if (!shortcut.isEmpty())
            created->setShortcut(shortcut);
        return created;
    };
    const auto themed = [this](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(name), style()->standardIcon(fallback));
    };
    m_pauseAction = action("pauseAction", {}, QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);
    // Space pauses too; a text field that has the focus keeps its spaces (it overrides shortcuts).
    auto *spaceShortcut = new QShortcut(QKeySequence(Qt::Key_Space), this);
    connect(spaceShortcut, &QShortcut::activated, m_pauseAction, &QAction::toggle);

    m_clearAction = action("clearAction", themed("edit-clear", QStyle::SP_DialogResetButton),
                           QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_clearAction, &QAction::triggered, m_model, &AlertTableModel::clear);
    connect(m_clearAction, &QAction::triggered, m_driftPane->model(), &DriftEventTableModel::clear);

    m_connectAllAction = action("connectAllAction", themed("network-connect", QStyle::SP_MediaPlay), {});
    connect(m_connectAllAction, &QAction::triggered, this, [this] { connectAllSources(true); });
    m_disconnectAllAction
        = action("disconnectAllAction", themed("network-disconnect", QStyle::SP_MediaStop), {});
    connect(m_disconnectAllAction, &QAction::triggered, this, [this] { connectAllSources(false); });

    m_openCaptureAction = action("openCaptureAction", themed("document-open", QStyle::SP_DialogOpenButton),
                                 QKeySequence::Open);
    connect(m_openCaptureAction, &QAction::triggered, this, &MainWindow::chooseCaptureToOpen);
    m_saveCaptureAction = action("saveCaptureAction", themed("document-save", QStyle::SP_DialogSaveButton),
                                 QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveCaptureAction, &QAction::triggered, this, &MainWindow::chooseCaptureToSave);
    m_exportAction = action("exportAction", themed("document-export", QStyle::SP_FileDialogDetailedView),
                            QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);
    m_settingsAction = action("settingsAction", themed("preferences-system", QStyle::SP_FileDialogInfoView),
                              QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_helpAction = action("helpAction", themed("help-contents", QStyle::SP_DialogHelpButton),
                          QKeySequence(Qt::Key_F1));
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::openHelp);
    m_followNewestAction = action("followNewestAction", themed("go-bottom", QStyle::SP_ArrowDown), {});
    m_followNewestAction->setCheckable(true);
    m_followNewestAction->setChecked(true);
    connect(m_followNewestAction, &QAction::toggled, this, [this](bool follow) {
        setFollowNewest(m_driftPane->view(), follow);
        setFollowNewest(m_view, follow);
        // The toolbar and the Settings dialog show one setting: keep it, whichever changed it.
        if (m_settings.followNewest != follow) {
            m_settings.followNewest = follow;
            QSettings stored;
            m_settings.save(stored);
        }
    });
    m_quitAction = action("quitAction", {}, QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_driftPane);
        m_driftPane->filterBar()->focusFilter();
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_openCaptureAction, m_saveCaptureAction, m_exportAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_alertsMenu = menuBar()->addMenu(QString());
    m_alertsMenu->addActions({m_connectAllAction, m_disconnectAllAction});
    m_alertsMenu->addSeparator();
    m_alertsMenu->addActions({m_pauseAction, m_clearAction, m_followNewestAction});
    m_historyMenu = menuBar()->addMenu(QString());
    m_historyMenu->setObjectName(QStringLiteral("historyMenu"));
    m_viewMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_helpAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("alertsToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addActions({m_connectAllAction, m_disconnectAllAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_pauseAction, m_clearAction, m_followNewestAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_openCaptureAction, m_saveCaptureAction, m_exportAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_settingsAction, m_helpAction});
}

void MainWindow::createDocks()
{
    m_sourcesDock = new SourcesDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    m_chartsDock = new DriftChartsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    tabifyDockWidget(m_sourcesDock, m_chartsDock);
    m_chartsDock->raise();
    m_chartsDock->setStatistics(&m_driftPane->model()->statistics());
    connect(m_driftPane->model(), &DriftEventTableModel::countsChanged, m_chartsDock,
            &DriftChartsDock::statisticsChanged);
    connect(m_chartsDock, &DriftChartsDock::filterRequested, this, [this](const QString &expression) {
        m_tabs->setCurrentWidget(m_driftPane);
        m_driftPane->filterBar()->setFilterText(expression);
        m_driftPane->filterBar()->apply();
    });

    m_detailPane = new DriftDetailPane(this);
    m_detailDock = new QDockWidget(this);
    m_detailDock->setObjectName(QStringLiteral("driftDetailDock"));
    m_detailDock->setWidget(m_detailPane);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    connect(m_driftPane->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentDriftEvent);

    m_notifier = new CriticalDriftNotifier(this);
    connect(m_notifier, &CriticalDriftNotifier::activated, this, [this](quint64 id) {
        showNormal();
        raise();
        activateWindow();
        selectDriftEvent(id);
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("TFDrift Console"));
    m_tabs->setTabText(m_tabs->indexOf(m_driftPane), tr("Drift events"));
    m_tabs->setTabText(m_tabs->indexOf(m_view), tr("Falco alerts"));
    m_fileMenu->setTitle(tr("&File"));
    m_alertsMenu->setTitle(tr("&Alerts"));
    m_historyMenu->setTitle(tr("&History"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_detailDock->setWindowTitle(tr("Drift event details"));
    m_noSourcesLabel->setText(tr("No alert sources"));

    const auto describe = [](QAction *action, const QString &text, const QString &toolTip) {
        action->setText(text);
        action->setToolTip(toolTip);
        action->setStatusTip(toolTip);
    };
    describe(m_clearAction, tr("&Clear"), tr("Remove every drift event and alert from the tables"));
    describe(m_connectAllAction, tr("&Connect all"), tr("Connect every Falco source"));
    describe(m_disconnectAllAction, tr("&Disconnect all"), tr("Disconnect every Falco source"));
    describe(m_openCaptureAction, tr("&Open capture…"),
             tr("Open saved Falco alerts and judge them against the current state and rules"));
    describe(m_saveCaptureAction, tr("&Save capture…"),
             tr("Save the Falco alerts in the table as JSON lines"));
    describe(m_exportAction, tr("&Export drift events…"),
             tr("Export the selected drift events, or all the filters show, as CSV or JSON"));
    describe(m_settingsAction, tr("Se&ttings…"), tr("Language, history, table size and notifications"));
    describe(m_helpAction, tr("&Keyboard and filter help"), tr("Shortcuts and the filter language"));
    describe(m_followNewestAction, tr("&Follow newest"), tr("Scroll to new events as they arrive"));
    m_quitAction->setText(tr("&Quit"));

    m_historyMenu->clear();
    const qint64 hour = 3600 * 1000LL;
    const QList<std::pair<QString, qint64>> ranges = {{tr("Last hour"), hour},
                                                      {tr("Last 24 hours"), 24 * hour},
                                                      {tr("Last 7 days"), 7 * 24 * hour},
                                                      {tr("Last 30 days"), 30 * 24 * hour},
                                                      {tr("Everything kept"), 0}};
    for (const auto &[title, span] : ranges) {
        QAction *range = m_historyMenu->addAction(title);
        connect(range, &QAction::triggered, this, [this, span = span] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            showHistory(span > 0 ? now - span : 0, now);
        });
    }
    m_historyMenu->setEnabled(m_history != nullptr);
    m_viewMenu->clear();
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_sourcesDock), static_cast<QDockWidget *>(m_chartsDock), m_detailDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    setPaused(m_pauseAction->isChecked());
    refreshCounts();
    refreshDriftCounts();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_toolBar)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setPaused(bool paused)
{
    // One checkable action: its text says what pressing it will do.
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_pauseAction->setToolTip(paused
                                  ? tr("Show the alerts that arrived while paused, and follow new ones")
                                  : tr("Stop adding alerts to the table; they are kept and shown on resume"));
    if (m_pauseAction->isChecked() != paused)
        m_pauseAction->setChecked(paused);
    m_model->setPaused(paused);
    m_driftPane->model()->setPaused(paused);
}

void MainWindow::addDriftMonitor(DriftMonitor *monitor)
{
    m_monitor = monitor;
    connect(monitor, &DriftMonitor::driftEventsArrived, this,
            [this](const DriftEventBatch &events) { onDriftEvents(events, true); });
    m_detailPane->setStateIndexProvider([monitor]() -> std::shared_ptr<const StateIndex> {
        return monitor->stateStore() ? monitor->stateStore()->index() : nullptr;
    });
    if (StateStore *state = monitor->stateStore())
        connect(state, &StateStore::indexChanged, m_detailPane, &DriftDetailPane::refreshState);
    connect(m_sourcesDock, &SourcesDock::addRequested, this, &MainWindow::addConfiguredSource);
    connect(m_sourcesDock, &SourcesDock::editRequested, this, &MainWindow::replaceConfiguredSource);
    connect(m_sourcesDock, &SourcesDock::removeRequested, this,
            [this](const QString &name) { m_monitor->removeSource(name); });
    connect(m_sourcesDock, &SourcesDock::connectRequested, this, [this](const QString &name, bool start) {
        if (AlertSource *source = m_monitor->source(name))
            start ? source->start() : source->stop();
    });
}

void MainWindow::onDriftEvents(const DriftEventBatch &batch, bool persist)
{
    DriftEventBatch events = batch;
    if (persist) {
        QString error;
        if (!m_archive.record(events, &error))
            statusBar()->showMessage(tr("Drift history not written: %1").arg(error), 10'000);
        m_notifier->driftEventsArrived(events);
    } else {
        m_archive.number(events);
    }
    m_driftPane->model()->appendEvents(events);
    m_archive.keepRecent(std::move(events));
}

void MainWindow::showCurrentDriftEvent()
{
    const QModelIndex current = m_driftPane->view()->currentIndex();
    if (!current.isValid()) {
        m_detailPane->clearEvent();
        return;
    }
    const DriftEvent row = current.data(DriftEventTableModel::DriftEventRole).value<DriftEvent>();
    m_detailPane->setEvent(m_archive.find(row.id).value_or(row));
}

void MainWindow::selectDriftEvent(quint64 id)
{
    m_tabs->setCurrentWidget(m_driftPane);
    const QAbstractItemModel *shown = m_driftPane->view()->model();
    for (int row = shown->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(DriftEventTableModel::DriftEventRole).value<DriftEvent>().id == id) {
            m_driftPane->view()->setCurrentIndex(index);
            m_driftPane->view()->scrollTo(index);
            return;
        }
    }
}

void MainWindow::setHistory(DriftHistory *history)
{
    m_history = history;
    m_archive.setHistory(history);
    m_historyMenu->setEnabled(history != nullptr);
    if (!history)
        return;
    forgetExpiredHistory();
    // The last session's events. Each is read and decoded from JSON before the window shows, so the
    // start stops at kEventsRestoredAtStart; the History menu reaches the rest.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    showHistory(now - qint64(m_settings.historyRetentionDays) * 24 * 3600 * 1000, now,
                kEventsRestoredAtStart);
}

void MainWindow::forgetExpiredHistory()
{
    if (!m_history)
        return;
    const qint64 cutoff
        = QDateTime::currentMSecsSinceEpoch() - qint64(m_settings.historyRetentionDays) * 24 * 3600 * 1000;
    m_history->forgetBefore(cutoff);
}

void MainWindow::showHistory(qint64 fromMs, qint64 toMs, qsizetype limit)
{
    if (!m_history)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    int skipped = 0;
    const qsizetype rowCap = m_driftPane->model()->rowCap();
    const QList<DriftEvent> events
        = m_history->load(fromMs, toMs, int(limit > 0 ? std::min(limit, rowCap) : rowCap), &skipped);
    QGuiApplication::restoreOverrideCursor();
    m_driftPane->model()->clear();
    m_driftPane->model()->appendEvents(events);
    m_driftPane->model()->flushPending();
    QString message
        = tr("%L1 drift events from the history, %2 to %3")
              .arg(events.size())
              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(fromMs), QLocale::ShortFormat),
                   QLocale().toString(QDateTime::fromMSecsSinceEpoch(toMs), QLocale::ShortFormat));
    if (skipped > 0)
        message += QStringLiteral(" \u00B7 ") + tr("%L1 unreadable entries skipped").arg(skipped);
    statusBar()->showMessage(message, 10'000);
}

void MainWindow::applySettings(const ConsoleSettings &settings)
{
    const bool languageChanged = settings.language != m_settings.language;
    const bool retentionChanged = settings.historyRetentionDays != m_settings.historyRetentionDays;
    m_settings = settings;
    m_driftPane->model()->setRowCap(settings.tableRowCap);
    m_notifier->setEnabled(settings.criticalDriftNotifications);
    m_followNewestAction->setChecked(settings.followNewest);
    if (languageChanged && m_languages)
        m_languages->apply(settings.language);
    if (retentionChanged)
        forgetExpiredHistory();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConsoleSettings chosen = dialog.settings();
    QSettings stored;
    chosen.save(stored);
    applySettings(chosen);
}

void MainWindow::openHelp()
{
    auto *help = findChild<HelpDialog *>();
    if (!help) {
        help = new HelpDialog(this);
        help->setAttribute(Qt::WA_DeleteOnClose);
    }
    help->show();
    help->raise();
}

void MainWindow::connectAllSources(bool start)
{
    for (const SourceEntry &entry : m_sources) {
        if (entry.source)
            start ? entry.source->start() : entry.source->stop();
    }
}

void MainWindow::addConfiguredSource(const EndpointConfig &config)
{
    if (!m_monitor)
        return;
    std::unique_ptr<AlertSource> source = createAlertSource(config);
    AlertSource *added = source.get();
    m_monitor->addSource(std::move(source), config.environment);
    addSource(added, config);
}

void MainWindow::replaceConfiguredSource(const QString &oldName, const EndpointConfig &config)
{
    if (!m_monitor)
        return;
    std::unique_ptr<AlertSource> source = createAlertSource(config);
    AlertSource *added = source.get();
    if (m_monitor->replaceSource(oldName, std::move(source), config.environment))
        addSource(added, config);
}

QList<DriftEvent> MainWindow::eventsToExport() const
{
    const QTableView *view = m_driftPane->view();
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QList<DriftEvent> events;
    const auto addRow = [&](const QModelIndex &index) {
        const DriftEvent row = index.data(DriftEventTableModel::DriftEventRole).value<DriftEvent>();
        events.append(m_archive.find(row.id).value_or(row));
    };
    if (selected.size() > 1) {
        QModelIndexList ordered = selected;
        std::sort(ordered.begin(), ordered.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : ordered)
            addRow(index);
        return events;
    }
    const QAbstractItemModel *shown = view->model();
    events.reserve(shown->rowCount());
    for (int row = 0; row < shown->rowCount(); ++row)
        addRow(shown->index(row, 0));
    return events;
}

bool MainWindow::exportDriftEvents(const QString &path, QString *error) const
{
    const std::optional<DriftExportFormat> format = driftExportFormatForFileName(path);
    if (!format) {
        *error = tr("%1: choose a file name ending in .csv or .json").arg(path);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = tfdrift::exportDriftEvents(path, *format, eventsToExport(), error);
    QGuiApplication::restoreOverrideCursor();
    return ok;
}

bool MainWindow::saveCapture(const QString &path, QString *error) const
{
    AlertBatch alerts;
    alerts.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        alerts.append(m_model->alertAt(row));
    return tfdrift::saveCapture(path, alerts, error);
}

bool MainWindow::openCapture(const QString &path, QString *error)
{
    const CaptureReadResult capture = readCapture(path);
    if (!capture.fileError.isEmpty()) {
        *error = capture.fileError;
        return false;
    }
    m_model->appendAlerts(capture.alerts);
    if (m_monitor)
        onDriftEvents(m_monitor->evaluate(capture.alerts), false);
    QStringList problems;
    for (const ReplayError &problem : capture.errors.mid(0, 10))
        problems << problem.toString();
    *error = problems.join(QLatin1Char('\n'));
    return capture.errors.isEmpty();
}

void MainWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export drift events"), QString(),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportDriftEvents(path, &error))
        statusBar()->showMessage(tr("Exported to %1").arg(path), 10'000);
    else
        showPlainError(this, tr("Export failed"), error);
}

void MainWindow::chooseCaptureToSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save capture"), QString(),
                                                      tr("Falco alerts, JSON lines (*.jsonl *.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveCapture(path, &error))
        statusBar()->showMessage(tr("Saved %L1 alerts to %2").arg(m_model->rowCount()).arg(path), 10'000);
    else
        showPlainError(this, tr("Saving the capture failed"), error);
}

void MainWindow::chooseCaptureToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open capture"), QString(), tr("Falco alerts, JSON lines (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openCapture(path, &error))
        showPlainError(this, tr("Some lines of the capture could not be read"), error);
}

void MainWindow::addSource(AlertSource *source, std::optional<EndpointConfig> config)
{
    if (!source)
        return;
    m_sourcesDock->addSource(source, config);
    const bool known = std::any_of(m_sources.begin(), m_sources.end(),
                                   [source](const SourceEntry &entry) { return entry.source == source; });
    if (known)
        return;

    SourceEntry entry{source, new ElidingLabel(this), new QFrame(this)};
    entry.label->setObjectName(QStringLiteral("sourceStatus:") + source->name());
    entry.separator->setFrameShape(QFrame::VLine);
    entry.separator->setFrameShadow(QFrame::Sunken);
    // Each source has a label and a separator; when the width runs out, the longest texts are elided.
    const int position = 2 * int(m_sources.size());
    statusBar()->insertWidget(position, entry.label);
    statusBar()->insertWidget(position + 1, entry.separator);
    m_sources.push_back(entry);
    m_noSourcesLabel->hide();
    refreshSourceLabel(m_sources.back());

    connect(source, &AlertSource::alertsArrived, this, [this, source](const AlertBatch &batch) {
        m_model->appendAlerts(batch);
        onAlertsArrived(source, batch.size());
    });
    const auto refreshThisSource = [this, source] {
        for (SourceEntry &known : m_sources) {
            if (known.source == source)
                refreshSourceLabel(known);
        }
    };
    connect(source, &AlertSource::stateChanged, this, refreshThisSource);
    connect(source, &AlertSource::falcoVersionChanged, this, refreshThisSource);
    connect(source, &QObject::destroyed, this, &MainWindow::removeSource);
}

void MainWindow::onAlertsArrived(AlertSource *source, qsizetype count)
{
    m_rates.record(source->name(), count, m_clock.elapsed());
}

void MainWindow::removeSource(QObject *source)
{
    const auto it = std::find_if(m_sources.begin(), m_sources.end(), [source](const SourceEntry &entry) {
        return entry.source == source || entry.source.isNull();
    });
    if (it == m_sources.end())
        return;
    for (QWidget *widget : {static_cast<QWidget *>(it->label), static_cast<QWidget *>(it->separator)}) {
        statusBar()->removeWidget(widget);
        widget->deleteLater();
    }
    m_sources.erase(it);
    m_noSourcesLabel->setVisible(m_sources.empty());
    fitSourceLabels();
}

void MainWindow::refreshSourceLabels()
{
    for (SourceEntry &entry : m_sources)
        refreshSourceLabel(entry);
    refreshCounts();
}

void MainWindow::refreshSourceLabel(SourceEntry &entry)
{
    if (!entry.source)
        return;
    AlertSource *source = entry.source;
    const QString text = sourceStatusText(source->name(), source->state(), source->falcoVersion(),
                                          m_rates.ratePerSecond(source->name(), m_clock.elapsed()));
    if (entry.label->text() != text) {
        entry.label->setText(text);
        entry.label->setToolTip(plainTextToolTip(text));
        fitSourceLabels();
    }
}

void MainWindow::fitSourceLabels()
{
    // Share the status bar fairly: short entries keep their whole text, and the long ones split
    // what is left and elide. (A plain box layout would let one long error squeeze all the others.)
    if (m_sources.empty())
        return;
    int available = statusBar()->contentsRect().width() - m_countLabel->sizeHint().width() - 20;
    std::vector<SourceEntry *> byLength;
    for (SourceEntry &entry : m_sources) {
        available -= entry.separator->sizeHint().width()
            + 2 * statusBar()->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, statusBar());
        byLength.push_back(&entry);
    }
    std::sort(byLength.begin(), byLength.end(), [](const SourceEntry *a, const SourceEntry *b) {
        return a->label->sizeHint().width() < b->label->sizeHint().width();
    });
    int remaining = int(byLength.size());
    for (SourceEntry *entry : byLength) {
        const int share = std::max(0, available) / remaining;
        const int width = std::max(entry->label->minimumSizeHint().width(),
                                   std::min(entry->label->sizeHint().width(), share));
        entry->label->setMaximumWidth(width);
        available -= width;
        --remaining;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == statusBar() && event->type() == QEvent::Resize)
        fitSourceLabels();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::refreshCounts()
{
    // Phrased as "label: number" so that no plural forms are needed in any language.
    const QString separator = QStringLiteral(" \u00B7 ");
    double ratePerSecond = 0;
    for (const SourceEntry &entry : m_sources) {
        if (entry.source)
            ratePerSecond += m_rates.ratePerSecond(entry.source->name(), m_clock.elapsed());
    }
    m_rateLabel->setText(tr("%L1 alerts/s").arg(ratePerSecond, 0, 'f', 0));
    QString text = tr("Alerts: %L1").arg(m_model->rowCount());
    if (m_model->isPaused())
        text = tr("Paused, %L1 waiting").arg(m_model->pendingCount()) + separator + text;
    if (m_model->droppedCount() > 0)
        text += separator + tr("Dropped (row limit): %L1").arg(m_model->droppedCount());
    m_countLabel->setText(text);
}

void MainWindow::refreshDriftCounts()
{
    const DriftEventTableModel *model = m_driftPane->model();
    const QString separator = QStringLiteral(" \u00B7 ");
    QString text = tr("Drift: %L1 of %L2 shown").arg(m_driftPane->proxy()->rowCount()).arg(model->rowCount());
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low})
        text += separator + DriftEventTableModel::severityTitle(severity) + QStringLiteral(" ")
            + QLocale().toString(qulonglong(model->severityCount(severity)));
    m_driftCountLabel->setText(text);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(kWindowStateKey).toByteArray())) {
        // First start: room for the details beside the table, and for the charts below it.
        resizeDocks({m_detailDock}, {440}, Qt::Horizontal);
        resizeDocks({m_chartsDock}, {300}, Qt::Vertical);
    }
    m_view->horizontalHeader()->restoreState(settings.value(kHeaderStateKey).toByteArray());
    m_driftPane->view()->horizontalHeader()->restoreState(settings.value(kDriftHeaderStateKey).toByteArray());
    m_driftPane->filterBar()->setHistory(settings.value(kFilterHistoryKey).toStringList());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kWindowStateKey, saveState());
    settings.setValue(kHeaderStateKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kDriftHeaderStateKey, m_driftPane->view()->horizontalHeader()->saveState());
    settings.setValue(kFilterHistoryKey, m_driftPane->filterBar()->history());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace tfdrift

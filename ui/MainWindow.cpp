#include "ui/MainWindow.h"

#include "core/drift/DriftMonitor.h"
#include "core/ingest/AlertSource.h"
#include "models/AlertTableModel.h"
#include "models/DriftEventTableModel.h"
#include "models/DriftFilterProxyModel.h"
#include "models/PlainTextToolTip.h"
#include "ui/DriftFilterBar.h"
#include "ui/DriftPane.h"
#include "ui/ElidingLabel.h"
#include "ui/LiveTableView.h"
#include "ui/SourceStatusText.h"

#include <QAction>
#include <QCloseEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
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
    setWindowTitle(tr("TFDrift Console"));
    m_clock.start();

    setUpView();
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_driftPane, tr("Drift events"));
    m_tabs->addTab(m_view, tr("Falco alerts"));
    setCentralWidget(m_tabs);
    createActions();

    m_noSourcesLabel = plainLabel(this);
    m_noSourcesLabel->setText(tr("No alert sources"));
    statusBar()->addWidget(m_noSourcesLabel);
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
    m_pauseAction = new QAction(this);
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);

    m_clearAction = new QAction(
        QIcon::fromTheme(QStringLiteral("edit-clear"), style()->standardIcon(QStyle::SP_DialogResetButton)),
        tr("&Clear"), this);
    m_clearAction->setObjectName(QStringLiteral("clearAction"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clearAction->setToolTip(tr("Remove every drift event and alert from the tables"));
    connect(m_clearAction, &QAction::triggered, m_model, &AlertTableModel::clear);
    connect(m_clearAction, &QAction::triggered, m_driftPane->model(), &DriftEventTableModel::clear);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_driftPane);
        m_driftPane->filterBar()->focusFilter();
    });

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(quitAction);
    QMenu *alertsMenu = menuBar()->addMenu(tr("&Alerts"));
    alertsMenu->addAction(m_pauseAction);
    alertsMenu->addAction(m_clearAction);

    QToolBar *toolBar = addToolBar(tr("Alerts"));
    toolBar->setObjectName(QStringLiteral("alertsToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_pauseAction);
    toolBar->addAction(m_clearAction);

    setPaused(false);
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
    connect(monitor, &DriftMonitor::driftEventsArrived, m_driftPane->model(),
            &DriftEventTableModel::appendEvents);
}

void MainWindow::addSource(AlertSource *source)
{
    if (!source)
        return;
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
    restoreState(settings.value(kWindowStateKey).toByteArray());
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

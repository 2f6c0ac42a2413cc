#include "ui/DriftPane.h"

#include "models/DriftEventTableModel.h"
#include "models/DriftFilterProxyModel.h"
#include "ui/DriftFilterBar.h"
#include "ui/LiveTableView.h"
#include "ui/QuickFilterBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tfdrift {

DriftPane::DriftPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new DriftEventTableModel(this))
    , m_proxy(new DriftFilterProxyModel(m_model, this))
    , m_filterBar(new DriftFilterBar(this))
    , m_quickFilterBar(new QuickFilterBar(this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancelFiltering(new QToolButton(m_progressRow))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_quickFilterBar);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_view);
    setUpView();
    setUpFilteringProgress();

    connect(m_quickFilterBar, &QuickFilterBar::quickFilterChanged, this, [this](const QuickFilter &filter) {
        m_proxy->setQuickFilter(filter);
        Q_EMIT countsChanged();
    });

    connect(m_filterBar, &DriftFilterBar::filterApplied, this, [this](const DriftFilter &filter) {
        m_proxy->setDriftFilter(filter);
        Q_EMIT countsChanged();
    });
    connect(m_filterBar, &DriftFilterBar::errorChanged, this, &DriftPane::filterMessage);
    connect(m_model, &DriftEventTableModel::countsChanged, this, &DriftPane::countsChanged);
}

void DriftPane::setUpView()
{
    m_view->setObjectName(QStringLiteral("driftTable"));
    m_view->setAccessibleName(tr("Drift events"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Arrival order until the user sorts by a column.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setUpLiveTableView(m_view);
    m_view->horizontalHeader()->setSectionsMovable(true);
    setInitialColumnWidths();
}

void DriftPane::setUpFilteringProgress()
{
    auto *row = new QHBoxLayout(m_progressRow);
    row->setContentsMargins(4, 0, 4, 0);
    auto *label = new QLabel(tr("Filtering…"), m_progressRow);
    row->addWidget(label);
    m_progress->setObjectName(QStringLiteral("filteringProgress"));
    m_progress->setAccessibleName(tr("Filtering progress"));
    m_progress->setMaximumHeight(m_filterBar->sizeHint().height() * 2 / 3);
    row->addWidget(m_progress, 1);
    m_cancelFiltering->setObjectName(QStringLiteral("cancelFiltering"));
    m_cancelFiltering->setText(tr("Cancel"));
    m_cancelFiltering->setToolTip(tr("Stop filtering and keep the newest matches found so far"));
    m_cancelFiltering->setAccessibleName(tr("Cancel filtering"));
    row->addWidget(m_cancelFiltering);
    m_progressRow->hide();

    connect(m_cancelFiltering, &QToolButton::clicked, m_proxy, &DriftFilterProxyModel::cancelFiltering);
    connect(m_proxy, &DriftFilterProxyModel::filteringProgress, this, [this](qint64 examined, qint64 total) {
        // Shown only once a scan has run past kProgressAfterMs: short ones never flash it.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(examined * 1000 / total) : 0);
        m_progressRow->show();
        Q_EMIT countsChanged();
    });
    connect(m_proxy, &DriftFilterProxyModel::filteringFinished, this, [this] {
        m_progressRow->hide();
        Q_EMIT countsChanged();
    });
}

void DriftPane::setInitialColumnWidths()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 3 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 16;
    const int iconWidth = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 6;
    // Wide enough for typical content, or for the header title if that is wider (in Japanese it can be).
    const auto fit = [&](int column, const char *sample, int extra = 0) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column,
                               std::max(metrics.horizontalAdvance(QLatin1String(sample)) + extra,
                                        metrics.horizontalAdvance(title) + 12)
                                   + padding);
    };
    fit(DriftEventTableModel::TimeColumn, "2026-12-31 23:59:59.999");
    fit(DriftEventTableModel::SeverityColumn, "Critical", iconWidth);
    fit(DriftEventTableModel::ChangeKindColumn, "Unmanaged");
    fit(DriftEventTableModel::ResourceTypeColumn, "aws_security_group");
    fit(DriftEventTableModel::ResourceColumn, "aws_security_group.web_ingress");
    fit(DriftEventTableModel::AttributesColumn, "instance_type, tags");
    fit(DriftEventTableModel::UserColumn, "alice@example.com");
    fit(DriftEventTableModel::AccountColumn, "111122223333");
    fit(DriftEventTableModel::RegionColumn, "europe-west1");
    fit(DriftEventTableModel::SourceColumn, "production");
}

} // namespace tfdrift

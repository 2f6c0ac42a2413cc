#include "ui/DriftPane.h"

#include "models/DriftEventTableModel.h"
#include "models/DriftFilterProxyModel.h"
#include "ui/DriftFilterBar.h"
#include "ui/LiveTableView.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace tfdrift {

DriftPane::DriftPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new DriftEventTableModel(this))
    , m_proxy(new DriftFilterProxyModel(m_model, this))
    , m_filterBar(new DriftFilterBar(this))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view);
    setUpView();

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

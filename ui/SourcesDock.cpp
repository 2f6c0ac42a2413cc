#include "ui/SourcesDock.h"

#include "core/ingest/AlertSource.h"
#include "models/SourceTableModel.h"
#include "ui/SourceDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tfdrift {

namespace {
QToolButton *toolButton(const QString &text, const QString &accessibleName, const QString &objectName,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

SourcesDock::SourcesDock(QWidget *parent)
    : QDockWidget(tr("Sources"), parent)
{
    setObjectName(QStringLiteral("sourcesDock"));
    qRegisterMetaType<EndpointConfig>("tfdrift::EndpointConfig");

    auto *content = new QWidget(this);
    m_model = new SourceTableModel(this);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setAccessibleName(tr("Alert sources"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_add = toolButton(tr("Add\u2026"), tr("Add source"), QStringLiteral("addSourceButton"), content);
    m_edit = toolButton(tr("Edit\u2026"), tr("Edit source"), QStringLiteral("editSourceButton"), content);
    m_remove = toolButton(tr("Remove"), tr("Remove source"), QStringLiteral("removeSourceButton"), content);
    m_connect
        = toolButton(tr("Connect"), tr("Connect source"), QStringLiteral("connectSourceButton"), content);
    m_test = toolButton(tr("Test connection"), tr("Test connection"), QStringLiteral("testSourceButton"),
                        content);

    m_testResult = new QLabel(content);
    m_testResult->setObjectName(QStringLiteral("sourceTestResult"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    // Probe results quote what the server or the OS said.
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();

    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {m_add, m_edit, m_remove, m_connect, m_test})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_testResult);
    setWidget(content);

    connect(m_add, &QToolButton::clicked, this, [this] { openSourceDialog(std::nullopt); });
    connect(m_edit, &QToolButton::clicked, this, [this] {
        if (std::optional<EndpointConfig> config = m_model->configAt(selectedRow()))
            openSourceDialog(config);
    });
    connect(m_remove, &QToolButton::clicked, this, &SourcesDock::removeSelected);
    connect(m_connect, &QToolButton::clicked, this, &SourcesDock::toggleSelectedConnection);
    connect(m_test, &QToolButton::clicked, this, &SourcesDock::testSelected);
    connect(m_view, &QTableView::doubleClicked, m_edit, &QToolButton::click);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesDock::updateActions);
    // The Connect/Disconnect label follows the selected source's state.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SourcesDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SourcesDock::updateActions);
    connect(&m_probe, &ConnectionProbe::finished, this, [this](const ProbeResult &result) {
        m_testResult->setText(result.message);
        updateActions();
        Q_EMIT testFinished(result);
    });
    updateActions();
}

SourcesDock::~SourcesDock() = default;

void SourcesDock::addSource(AlertSource *source, std::optional<EndpointConfig> config)
{
    m_model->addSource(source, std::move(config));
    if (selectedRow() < 0 && m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateActions();
}

int SourcesDock::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

AlertSource *SourcesDock::selectedSource() const
{
    return m_model->sourceAt(selectedRow());
}

QString SourcesDock::testResultText() const
{
    return m_testResult->text();
}

bool SourcesDock::isActive(const AlertSource *source)
{
    return source && source->state().kind != ConnectionState::Kind::Idle
        && source->state().kind != ConnectionState::Kind::Failed;
}

void SourcesDock::updateActions()
{
    const int row = selectedRow();
    const AlertSource *source = m_model->sourceAt(row);
    const bool configured = m_model->configAt(row).has_value();
    m_edit->setEnabled(source && configured);
    m_remove->setEnabled(source != nullptr);
    m_connect->setEnabled(source != nullptr);
    m_test->setEnabled(source && configured && !m_probe.isRunning());
    const bool active = isActive(source);
    m_connect->setText(active ? tr("Disconnect") : tr("Connect"));
    m_connect->setAccessibleName(active ? tr("Disconnect source") : tr("Connect source"));
}

void SourcesDock::openSourceDialog(std::optional<EndpointConfig> editing)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new SourceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(editing ? tr("Edit Source") : tr("Add Source"));
    dialog->setExistingEndpoints(m_model->configs());
    if (editing)
        dialog->setEndpoint(*editing);
    const QString oldName = editing ? editing->name : QString();
    const bool isEdit = editing.has_value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, oldName, isEdit] {
        if (isEdit)
            Q_EMIT editRequested(oldName, dialog->endpoint());
        else
            Q_EMIT addRequested(dialog->endpoint());
    });
    m_dialog = dialog;
    dialog->open();
}

void SourcesDock::removeSelected()
{
    if (const AlertSource *source = selectedSource())
        Q_EMIT removeRequested(source->name());
}

void SourcesDock::toggleSelectedConnection()
{
    if (const AlertSource *source = selectedSource())
        Q_EMIT connectRequested(source->name(), !isActive(source));
}

void SourcesDock::testSelected()
{
    const int row = selectedRow();
    const AlertSource *source = m_model->sourceAt(row);
    const std::optional<EndpointConfig> config = m_model->configAt(row);
    if (!source || !config)
        return;
    m_testResult->show();
    // A listener that is up holds its port, so binding it again would only report our own use.
    if (config->transport == EndpointConfig::Transport::Http
        && source->state().kind == ConnectionState::Kind::Listening) {
        const ProbeResult result{
            true, tr("%1: %2").arg(source->name(), describeConnectionState(source->state())), {}};
        m_testResult->setText(result.message);
        Q_EMIT testFinished(result);
        return;
    }
    m_testResult->setText(tr("Testing %1\u2026").arg(source->name()));
    m_probe.start(*config);
    updateActions();
}

} // namespace tfdrift

#include "ui/DriftDetailPane.h"

#include "core/drift/DriftEventJson.h"
#include "core/falco/AlertJson.h"
#include "core/falco/Rfc3339.h"
#include "core/state/StateIndex.h"
#include "models/AttributeDiffModel.h"
#include "models/DriftEventTableModel.h"
#include "models/JsonTreeModel.h"
#include "models/PlainTextToolTip.h"
#include "ui/ElidingLabel.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace tfdrift {

namespace {

const QChar kEmDash(0x2014);

// Every label that shows event or state data: plain text (the data is attacker-controlled), wrapped,
// and selectable so that a user can copy one value.
QLabel *dataLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

QLabel *titleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    // A narrow dock puts values under their titles instead of squeezing them.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QString localTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
}

QString rfc3339ToolTip(qint64 nanos)
{
    return nanos == 0 ? QString() : formatRfc3339Nanos(nanos);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QString(kEmDash) : text;
}

// The engine's own lookup: the mapped type first, then any type for near misses of the catalog.
const TerraformResource *findResource(const StateIndex &index, const DriftEvent &event)
{
    if (event.resourceId.isEmpty())
        return nullptr;
    if (const TerraformResource *resource = index.find(event.resourceType, event.resourceId))
        return resource;
    return index.findAnyType(event.resourceId);
}

void setUpJsonTreeHeader(QTreeView *tree)
{
    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    tree->setColumnWidth(JsonTreeModel::KeyColumn,
                         tree->fontMetrics().horizontalAdvance(QLatin1String("output_fields.xx")) + 24);
}

// Wide enough for the names it holds, but never so wide in a narrow dock that the values have no room.
template<typename View>
void fitNameColumn(View *view, int column, int paneWidth)
{
    view->resizeColumnToContents(column);
    // The pane's width, not the view's: a tab never shown yet has not been laid out.
    const int cap = std::max(paneWidth / 3, view->fontMetrics().averageCharWidth() * 10);
    if (view->columnWidth(column) > cap)
        view->setColumnWidth(column, cap);
}

} // namespace

DriftDetailPane::DriftDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_diffModel(new AttributeDiffModel(this))
    , m_stateModel(new JsonTreeModel(this))
    , m_alertModel(new JsonTreeModel(this))
{
    setObjectName(QStringLiteral("driftDetailPane"));
    m_stateModel->setObjectName(QStringLiteral("stateAttributesModel"));
    m_alertModel->setObjectName(QStringLiteral("rawAlertModel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_noEventMessage = new QLabel(m_stack);
    m_noEventMessage->setObjectName(QStringLiteral("noEventMessage"));
    m_noEventMessage->setAlignment(Qt::AlignCenter);
    m_noEventMessage->setWordWrap(true);
    m_noEventMessage->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_noEventMessage);

    auto *details = new QWidget(m_stack);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(4, 4, 4, 4);
    m_title = new ElidingLabel(details);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    detailsLayout->addWidget(m_title);
    m_toolBar = new QToolBar(details);
    m_toolBar->setObjectName(QStringLiteral("detailCopyBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createCopyActions();
    detailsLayout->addWidget(m_toolBar);

    m_tabs = new QTabWidget(details);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setUsesScrollButtons(true); // four tabs do not fit a narrow dock
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createSummaryTab(), QString());
    m_tabs->addTab(createChangesTab(), QString());
    m_tabs->addTab(createStateTab(), QString());
    m_tabs->addTab(createRawAlertTab(), QString());
    detailsLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(details);

    retranslate();
    clearEvent();
}

DriftDetailPane::~DriftDetailPane() = default;

void DriftDetailPane::createCopyActions()
{
    const auto addAction = [this](const char *objectName, void (DriftDetailPane::*copy)()) {
        QAction *action = m_toolBar->addAction(QString());
        action->setObjectName(QLatin1String(objectName) + QLatin1String("Action"));
        m_toolBar->widgetForAction(action)->setObjectName(QLatin1String(objectName)
                                                          + QLatin1String("Button"));
        connect(action, &QAction::triggered, this, copy);
        return action;
    };
    m_copyEventJson = addAction("copyEventJson", &DriftDetailPane::copyEventJson);
    m_copyAlertJson = addAction("copyAlertJson", &DriftDetailPane::copyAlertJson);
    m_copyAddress = addAction("copyAddress", &DriftDetailPane::copyAddress);
    m_copyDiff = addAction("copyDiff", &DriftDetailPane::copyDiff);
}

QWidget *DriftDetailPane::createSummaryTab()
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("summaryTab"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    std::array<QFormLayout *, GroupCount> forms{};
    for (int group = 0; group < GroupCount; ++group) {
        m_groups[std::size_t(group)] = new QGroupBox(content);
        forms[std::size_t(group)] = formLayout(m_groups[std::size_t(group)]);
        layout->addWidget(m_groups[std::size_t(group)]);
    }
    layout->addStretch(1);
    for (int index = 0; index < FieldCount; ++index) {
        const auto field = Field(index);
        QGroupBox *box = m_groups[std::size_t(groupOf(field))];
        m_fieldTitles[std::size_t(index)] = titleLabel(box);
        m_fieldValues[std::size_t(index)] = dataLabel(box, fieldObjectName(field));
        m_fieldTitles[std::size_t(index)]->setBuddy(m_fieldValues[std::size_t(index)]);
        forms[std::size_t(groupOf(field))]->addRow(m_fieldTitles[std::size_t(index)],
                                                   m_fieldValues[std::size_t(index)]);
    }
    scroll->setWidget(content);
    return scroll;
}

QWidget *DriftDetailPane::createChangesTab()
{
    auto *tab = new QWidget;
    tab->setObjectName(QStringLiteral("changesTab"));
    auto *layout = new QVBoxLayout(tab);
    m_changesMessage = dataLabel(tab, QStringLiteral("changesMessage"));
    layout->addWidget(m_changesMessage);

    m_diffView = new QTableView(tab);
    m_diffView->setObjectName(QStringLiteral("attributeDiffTable"));
    m_diffView->setModel(m_diffModel);
    m_diffView->setWordWrap(true);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->verticalHeader()->hide();
    // Policies span many lines: rows grow with their wrapped text (the model cuts very long values).
    m_diffView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_diffView->horizontalHeader();
    header->setSectionResizeMode(AttributeDiffModel::AttributeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AttributeDiffModel::StateValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AttributeDiffModel::NewValueColumn, QHeaderView::Stretch);
    m_diffView->setColumnWidth(AttributeDiffModel::AttributeColumn,
                               m_diffView->fontMetrics().horizontalAdvance(QLatin1String("disable_api_term"))
                                   + 16);
    layout->addWidget(m_diffView, 1);
    return tab;
}

QTreeView *DriftDetailPane::createJsonTree(const QString &objectName, JsonTreeModel *model)
{
    auto *tree = new QTreeView;
    tree->setObjectName(objectName);
    tree->setModel(model);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpJsonTreeHeader(tree);
    return tree;
}

QWidget *DriftDetailPane::createStateTab()
{
    auto *tab = new QWidget;
    tab->setObjectName(QStringLiteral("stateTab"));
    auto *layout = new QVBoxLayout(tab);
    m_stateMessage = dataLabel(tab, QStringLiteral("stateMessage"));
    layout->addWidget(m_stateMessage);

    m_stateDetails = new QWidget(tab);
    m_stateDetails->setObjectName(QStringLiteral("stateResourceDetails"));
    auto *detailsLayout = new QVBoxLayout(m_stateDetails);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    QFormLayout *form = formLayout(nullptr);
    static const std::array<const char *, StateFieldCount> kObjectNames{
        "currentStateAddressValue", "currentStateNameValue", "currentStateEnvironmentValue",
        "currentStateProviderValue", "currentStateMaskedValue"};
    for (std::size_t i = 0; i < kObjectNames.size(); ++i) {
        m_stateTitles[i] = titleLabel(m_stateDetails);
        m_stateValues[i] = dataLabel(m_stateDetails, QLatin1String(kObjectNames[i]));
        m_stateTitles[i]->setBuddy(m_stateValues[i]);
        form->addRow(m_stateTitles[i], m_stateValues[i]);
    }
    detailsLayout->addLayout(form);

    m_stateTree = createJsonTree(QStringLiteral("stateAttributesTree"), m_stateModel);
    auto *buttons = new QHBoxLayout;
    m_stateTreeButtons = {new QPushButton(m_stateDetails), new QPushButton(m_stateDetails)};
    m_stateTreeButtons[0]->setObjectName(QStringLiteral("stateExpandAllButton"));
    m_stateTreeButtons[1]->setObjectName(QStringLiteral("stateCollapseAllButton"));
    connect(m_stateTreeButtons[0], &QPushButton::clicked, m_stateTree, &QTreeView::expandAll);
    connect(m_stateTreeButtons[1], &QPushButton::clicked, m_stateTree, &QTreeView::collapseAll);
    buttons->addWidget(m_stateTreeButtons[0]);
    buttons->addWidget(m_stateTreeButtons[1]);
    buttons->addStretch(1);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_stateTree, 1);
    layout->addWidget(m_stateDetails, 1);
    layout->addStretch(0);
    return tab;
}

QWidget *DriftDetailPane::createRawAlertTab()
{
    auto *tab = new QWidget;
    tab->setObjectName(QStringLiteral("rawAlertTab"));
    auto *layout = new QVBoxLayout(tab);
    m_alertTree = createJsonTree(QStringLiteral("rawAlertTree"), m_alertModel);
    auto *buttons = new QHBoxLayout;
    m_alertTreeButtons = {new QPushButton(tab), new QPushButton(tab)};
    m_alertTreeButtons[0]->setObjectName(QStringLiteral("rawAlertExpandAllButton"));
    m_alertTreeButtons[1]->setObjectName(QStringLiteral("rawAlertCollapseAllButton"));
    connect(m_alertTreeButtons[0], &QPushButton::clicked, m_alertTree, &QTreeView::expandAll);
    connect(m_alertTreeButtons[1], &QPushButton::clicked, m_alertTree, &QTreeView::collapseAll);
    buttons->addWidget(m_alertTreeButtons[0]);
    buttons->addWidget(m_alertTreeButtons[1]);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_alertTree, 1);
    return tab;
}

void DriftDetailPane::setEvent(const DriftEvent &event)
{
    m_event = event;
    showEventDetails();
}

void DriftDetailPane::clearEvent()
{
    m_event.reset();
    m_diffModel->clear();
    m_stateModel->clear();
    m_alertModel->clear();
    for (QLabel *value : m_fieldValues) {
        value->clear();
        value->setToolTip(QString());
    }
    m_title->clear();
    for (QAction *action : {m_copyEventJson, m_copyAlertJson, m_copyAddress, m_copyDiff})
        action->setEnabled(false);
    m_stack->setCurrentIndex(0);
}

void DriftDetailPane::setStateIndexProvider(StateIndexProvider provider)
{
    m_stateIndexProvider = std::move(provider);
    refreshState();
}

void DriftDetailPane::refreshState()
{
    if (m_event)
        showStateResource();
}

void DriftDetailPane::showEventDetails()
{
    const DriftEvent &event = *m_event;
    const QString title = tr("%1 · %2 · %3", "Detail pane heading: severity, change kind, resource")
                              .arg(DriftEventTableModel::severityTitle(event.severity),
                                   DriftEventTableModel::changeKindTitle(event.kind), resourceText());
    m_title->setText(title);
    m_title->setToolTip(plainTextToolTip(title));
    showSummary(event);
    showChanges(event);
    showStateResource();
    m_alertModel->setJson(alertToJson(event.alert));
    m_alertTree->expandAll(); // an alert has a few dozen fields: all of them at a glance
    fitNameColumn(m_alertTree, JsonTreeModel::KeyColumn, width());

    m_copyEventJson->setEnabled(true);
    m_copyAlertJson->setEnabled(true);
    m_copyAddress->setEnabled(!resourceText().isEmpty());
    m_copyDiff->setEnabled(!event.changes.isEmpty());
    m_stack->setCurrentIndex(1);
}

void DriftDetailPane::showSummary(const DriftEvent &event)
{
    for (int index = 0; index < FieldCount; ++index)
        m_fieldValues[std::size_t(index)]->setText(orDash(fieldText(Field(index), event)));
    m_fieldValues[DetectedAtField]->setToolTip(rfc3339ToolTip(event.detectedAtMs * 1'000'000));
    m_fieldValues[EventTimeField]->setToolTip(rfc3339ToolTip(event.eventTimeNs));
    QFont severityFont = font();
    severityFont.setBold(event.severity == Severity::Critical);
    m_fieldValues[SeverityField]->setFont(severityFont);
    updateSeverityColour();
}

void DriftDetailPane::updateSeverityColour()
{
    QLabel *label = m_fieldValues[SeverityField];
    QPalette labelPalette = label->palette();
    if (m_event)
        labelPalette.setColor(QPalette::WindowText, severityTextColor(m_event->severity, palette()));
    else
        labelPalette.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    label->setPalette(labelPalette);
}

void DriftDetailPane::showChanges(const DriftEvent &event)
{
    m_diffModel->setChanges(event.changes);
    fitNameColumn(m_diffView, AttributeDiffModel::AttributeColumn, width());
    const bool none = event.changes.isEmpty();
    m_diffView->setVisible(!none);
    m_changesMessage->setVisible(none);
    if (none) {
        m_changesMessage->setText(event.kind == ChangeKind::Deleted
                                      //: Changes tab of a drift event whose resource was deleted
                                      ? tr("The resource was deleted: no attribute changes to show.")
                                      : tr("No attribute changes are known for this event."));
    }
}

void DriftDetailPane::showStateResource()
{
    const DriftEvent &event = *m_event;
    m_stateModel->clear();
    m_stateDetails->hide();
    const std::shared_ptr<const StateIndex> index = m_stateIndexProvider ? m_stateIndexProvider() : nullptr;
    if (!index) {
        showStateMessage(tr("No Terraform state is loaded, so the resource cannot be looked up."));
        return;
    }
    // The resource lives in the index: read it while this snapshot is held.
    const TerraformResource *resource = findResource(*index, event);
    if (!resource) {
        if (!event.terraformAddress.isEmpty()) {
            showStateMessage(tr("The current Terraform state no longer has %1 (state \"%2\"): it may have "
                                "been removed or renamed since the event.")
                                 .arg(event.terraformAddress, event.stateName));
        } else if (event.resourceId.isEmpty()) {
            showStateMessage(tr("Not managed by Terraform: the event names no resource to look up."));
        } else {
            showStateMessage(tr("Not managed by Terraform: no loaded state has %1 \"%2\".")
                                 .arg(event.resourceType, event.resourceId));
        }
        return;
    }
    showResource(*resource);
    if (!event.terraformAddress.isEmpty()
        && (resource->address != event.terraformAddress || resource->stateName != event.stateName)) {
        showStateMessage(tr("When the event happened this resource was %1 in state \"%2\"; the current "
                            "state has it as shown below.")
                             .arg(event.terraformAddress, event.stateName));
    } else {
        showStateMessage(QString());
    }
}

void DriftDetailPane::showResource(const TerraformResource &resource)
{
    m_stateValues[StateAddressField]->setText(orDash(resource.address));
    m_stateValues[StateNameValueField]->setText(orDash(resource.stateName));
    m_stateValues[StateEnvironmentField]->setText(orDash(resource.environment));
    m_stateValues[StateProviderField]->setText(orDash(resource.provider));
    // Their values are already "(sensitive)" in the attributes; the names say which ones.
    m_stateValues[StateMaskedField]->setText(orDash(resource.sensitiveAttributes.join(QLatin1String(", "))));
    m_stateModel->setJson(resource.attributes);
    fitNameColumn(m_stateTree, JsonTreeModel::KeyColumn, width());
    m_stateDetails->show();
}

void DriftDetailPane::showStateMessage(const QString &message)
{
    m_stateMessage->setText(message);
    m_stateMessage->setVisible(!message.isEmpty());
}

void DriftDetailPane::copyEventJson()
{
    if (m_event)
        QGuiApplication::clipboard()->setText(eventJsonText());
}

void DriftDetailPane::copyAlertJson()
{
    if (m_event)
        QGuiApplication::clipboard()->setText(alertJsonText());
}

void DriftDetailPane::copyAddress()
{
    if (m_event && !resourceText().isEmpty())
        QGuiApplication::clipboard()->setText(resourceText());
}

void DriftDetailPane::copyDiff()
{
    if (m_event)
        QGuiApplication::clipboard()->setText(diffText());
}

QString DriftDetailPane::eventJsonText() const
{
    return QString::fromUtf8(QJsonDocument(driftEventToJson(*m_event)).toJson(QJsonDocument::Indented));
}

QString DriftDetailPane::alertJsonText() const
{
    return QString::fromUtf8(QJsonDocument(alertToJson(m_event->alert)).toJson(QJsonDocument::Indented));
}

QString DriftDetailPane::resourceText() const
{
    return m_event->terraformAddress.isEmpty() ? m_event->resourceId : m_event->terraformAddress;
}

QString DriftDetailPane::diffText() const
{
    //: First line of the attribute diff copied to the clipboard; %1 is the Terraform address or cloud id
    return tr("Changes to %1:").arg(resourceText()) + QLatin1String("\n\n")
        + AttributeDiffModel::plainTextDiff(m_event->changes);
}

void DriftDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_event)
            showEventDetails(); // severity, kind and placeholders are words too
    } else if (event->type() == QEvent::PaletteChange) {
        updateSeverityColour();
    }
    QWidget::changeEvent(event);
}

void DriftDetailPane::retranslate()
{
    m_noEventMessage->setText(tr("Select a drift event to see its details."));
    m_tabs->setTabText(0, tr("Summary"));
    //: Tab with the attribute diff of a drift event
    m_tabs->setTabText(1, tr("Changes"));
    //: Tab with the resource as the current Terraform state has it
    m_tabs->setTabText(2, tr("Terraform state"));
    //: Tab with the Falco alert as Falco sent it
    m_tabs->setTabText(3, tr("Raw alert"));

    const auto setUpAction = [this](QAction *action, const QString &text, const QString &description) {
        action->setText(text);
        action->setToolTip(description);
        QWidget *button = m_toolBar->widgetForAction(action);
        button->setAccessibleName(description);
        button->setToolTip(description);
    };
    //: Button: copy the drift event as JSON
    setUpAction(m_copyEventJson, tr("Copy JSON"), tr("Copy the drift event as JSON"));
    //: Button: copy the Falco alert as JSON
    setUpAction(m_copyAlertJson, tr("Copy alert"), tr("Copy the raw Falco alert as JSON"));
    setUpAction(
        m_copyAddress, tr("Copy address"),
        tr("Copy the Terraform address, or the cloud resource id when no state manages the resource"));
    setUpAction(m_copyDiff, tr("Copy diff"), tr("Copy the attribute changes as plain text"));
    m_toolBar->setAccessibleName(tr("Copy the drift event"));

    for (int group = 0; group < GroupCount; ++group)
        m_groups[std::size_t(group)]->setTitle(groupTitle(Group(group)));
    for (int field = 0; field < FieldCount; ++field)
        m_fieldTitles[std::size_t(field)]->setText(fieldTitle(Field(field)));

    m_diffView->setAccessibleName(tr("Attribute changes"));
    //: Where the Terraform state has the resource, e.g. module.net.aws_security_group.ssh[0]
    m_stateTitles[StateAddressField]->setText(tr("Address"));
    //: Name of the configured Terraform state
    m_stateTitles[StateNameValueField]->setText(tr("State"));
    m_stateTitles[StateEnvironmentField]->setText(tr("Environment"));
    //: Terraform provider, e.g. registry.terraform.io/hashicorp/aws
    m_stateTitles[StateProviderField]->setText(tr("Provider"));
    //: Attributes whose values the state marks sensitive; they are never shown
    m_stateTitles[StateMaskedField]->setText(tr("Masked attributes"));
    m_stateTree->setAccessibleName(tr("Terraform state attributes"));
    m_alertTree->setAccessibleName(tr("Raw Falco alert"));

    const auto setUpButton = [](QPushButton *button, const QString &text, const QString &description) {
        button->setText(text);
        button->setToolTip(description);
        button->setAccessibleName(description);
    };
    setUpButton(m_stateTreeButtons[0], tr("Expand all"), tr("Expand all state attributes"));
    setUpButton(m_stateTreeButtons[1], tr("Collapse all"), tr("Collapse all state attributes"));
    setUpButton(m_alertTreeButtons[0], tr("Expand all"), tr("Expand the whole alert"));
    setUpButton(m_alertTreeButtons[1], tr("Collapse all"), tr("Collapse the whole alert"));
}

DriftDetailPane::Group DriftDetailPane::groupOf(Field field)
{
    if (field < ResourceTypeField)
        return DriftGroup;
    if (field < EventTimeField)
        return ResourceGroup;
    if (field < UserField)
        return CallGroup;
    if (field < FalcoRuleField)
        return CallerGroup;
    return FalcoGroup;
}

QString DriftDetailPane::groupTitle(Group group)
{
    switch (group) {
    //: Summary section: how the drift was judged
    case DriftGroup: return tr("Drift");
    case ResourceGroup: return tr("Resource");
    //: Summary section: the cloud API call that caused the drift
    case CallGroup: return tr("Cloud call");
    //: Summary section: who made the call
    case CallerGroup: return tr("Caller");
    case FalcoGroup: return tr("Falco alert");
    case GroupCount: break;
    }
    return {};
}

QString DriftDetailPane::fieldObjectName(Field field)
{
    static const std::array<const char *, FieldCount> kNames{
        "detectedAt",  "severity",    "changeKind",   "excluded",     "matchedRules",
        "environment", "eventId",     "resourceType", "resourceId",   "terraformAddress",
        "stateName",   "eventTime",   "provider",     "account",      "region",
        "eventName",   "eventSource", "user",         "identityType", "arn",
        "sourceIp",    "userAgent",   "falcoRule",    "priority",     "falcoSource",
        "endpoint",    "hostname",    "uuid"};
    return QLatin1String(kNames[std::size_t(field)]) + QLatin1String("Value");
}

QString DriftDetailPane::fieldTitle(Field field)
{
    switch (field) {
    //: When the console detected the drift, local time
    case DetectedAtField: return tr("Detected");
    case SeverityField: return tr("Severity");
    //: Modified, created, deleted or unmanaged
    case ChangeKindField: return tr("Change");
    //: Whether drift_rules exclude the event's user
    case ExcludedField: return tr("Excluded");
    //: Names of the drift_rules that matched the event
    case MatchedRulesField: return tr("Matched rules");
    case EnvironmentField: return tr("Environment");
    //: The console's sequence number of the drift event
    case EventIdField: return tr("Event number");
    //: Terraform resource type, e.g. aws_instance
    case ResourceTypeField: return tr("Resource type");
    //: The cloud's id of the resource
    case ResourceIdField: return tr("Resource id");
    case TerraformAddressField: return tr("Terraform address");
    //: Name of the configured Terraform state that manages the resource
    case StateNameField: return tr("Terraform state");
    //: When the cloud API call was made, local time
    case EventTimeField: return tr("Event time");
    //: AWS or Google Cloud
    case ProviderField: return tr("Cloud");
    //: AWS account id or GCP project
    case AccountField: return tr("Account / project");
    case RegionField: return tr("Region");
    //: CloudTrail eventName or GCP methodName
    case EventNameField: return tr("Event name");
    //: CloudTrail eventSource or GCP service name
    case EventSourceField: return tr("Event source");
    case UserField: return tr("User");
    //: IAMUser, AssumedRole, AWSService, ...
    case IdentityTypeField: return tr("Identity type");
    case ArnField: return tr("ARN");
    case SourceIpField: return tr("Source IP");
    case UserAgentField: return tr("User agent");
    case FalcoRuleField: return tr("Falco rule");
    //: Falco priority, e.g. Warning
    case PriorityField: return tr("Priority");
    //: Falco event source, e.g. aws_cloudtrail
    case FalcoSourceField: return tr("Falco source");
    //: The configured Falco endpoint that delivered the alert
    case EndpointField: return tr("Endpoint");
    //: Host name of the Falco that sent the alert
    case HostnameField: return tr("Falco host");
    //: falcosidekick's id of the alert
    case UuidField: return tr("Alert UUID");
    case FieldCount: break;
    }
    return {};
}

QString DriftDetailPane::fieldText(Field field, const DriftEvent &event)
{
    switch (field) {
    case DetectedAtField: return localTime(event.detectedAtMs);
    case SeverityField: return DriftEventTableModel::severityTitle(event.severity);
    case ChangeKindField: return DriftEventTableModel::changeKindTitle(event.kind);
    case ExcludedField:
        return event.excluded ? tr("Yes: excluded by drift_rules; not notified")
                              //: The event is not excluded by drift_rules
                              : tr("No");
    case MatchedRulesField: return event.matchedRules.join(QLatin1String(", "));
    case EnvironmentField: return event.environment;
    case EventIdField: return event.id == 0 ? QString() : QString::number(event.id);
    case ResourceTypeField: return event.resourceType;
    case ResourceIdField: return event.resourceId;
    case TerraformAddressField: return event.terraformAddress;
    case StateNameField: return event.stateName;
    case EventTimeField: return localTime(event.eventTimeNs / 1'000'000);
    case ProviderField: return event.provider == CloudProvider::Aws ? tr("AWS") : tr("Google Cloud");
    case AccountField: return event.account;
    case RegionField: return event.region;
    case EventNameField: return event.eventName;
    case EventSourceField: return event.eventSource;
    case UserField: return event.caller.user;
    case IdentityTypeField: return event.caller.identityType;
    case ArnField: return event.caller.arn;
    case SourceIpField: return event.caller.sourceIp;
    case UserAgentField: return event.caller.userAgent;
    case FalcoRuleField: return event.alert.rule;
    case PriorityField: return priorityName(event.alert.priority);
    case FalcoSourceField: return event.alert.source;
    case EndpointField: return event.alert.endpoint;
    case HostnameField: return event.alert.hostname;
    case UuidField: return event.alert.uuid;
    case FieldCount: break;
    }
    return {};
}

} // namespace tfdrift

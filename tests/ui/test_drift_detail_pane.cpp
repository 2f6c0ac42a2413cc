// The drift event detail pane: what a user reads and copies about the event they selected.
#include "core/drift/DriftEventJson.h"
#include "core/falco/AlertJson.h"
#include "core/falco/Rfc3339.h"
#include "core/state/StateIndex.h"
#include "core/state/TerraformState.h"
#include "models/AttributeDiffModel.h"
#include "models/DriftEventTableModel.h"
#include "models/JsonTreeModel.h"
#include "ui/DriftDetailPane.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <time.h>

using namespace tfdrift;

namespace {

// A v4 state of the prod workspace with one instance whose user_data the configuration marks sensitive.
// Built as JSON objects rather than a raw string: moc cannot read raw strings with escaped quotes.
QByteArray prodState(const QString &instanceId = QStringLiteral("i-0abc123def4567890"))
{
    const QJsonObject attributes{
        {QStringLiteral("id"), instanceId},
        {QStringLiteral("arn"),
         QString(QStringLiteral("arn:aws:ec2:us-east-1:123456789012:instance/") + instanceId)},
        {QStringLiteral("instance_type"), QStringLiteral("t3.small")},
        {QStringLiteral("disable_api_termination"), true},
        {QStringLiteral("tags"),
         QJsonObject{{QStringLiteral("Name"), QStringLiteral("web-1")},
                     {QStringLiteral("Team"), QStringLiteral("payments")}}},
        {QStringLiteral("user_data"), QStringLiteral("#!/bin/sh\necho token=s3cr3t-user-data")},
    };
    const QJsonArray sensitive{
        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("get_attr")},
                               {QStringLiteral("value"), QStringLiteral("user_data")}}}};
    const QJsonObject instance{{QStringLiteral("index_key"), 0},
                               {QStringLiteral("schema_version"), 1},
                               {QStringLiteral("attributes"), attributes},
                               {QStringLiteral("sensitive_attributes"), sensitive}};
    const QJsonObject resource{
        {QStringLiteral("module"), QStringLiteral("module.web")},
        {QStringLiteral("mode"), QStringLiteral("managed")},
        {QStringLiteral("type"), QStringLiteral("aws_instance")},
        {QStringLiteral("name"), QStringLiteral("app")},
        {QStringLiteral("provider"), QStringLiteral("provider[\"registry.terraform.io/hashicorp/aws\"]")},
        {QStringLiteral("instances"), QJsonArray{instance}},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 4},
                                     {QStringLiteral("terraform_version"), QStringLiteral("1.7.5")},
                                     {QStringLiteral("serial"), 7},
                                     {QStringLiteral("lineage"),
                                      QStringLiteral("0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9")},
                                     {QStringLiteral("outputs"), QJsonObject{}},
                                     {QStringLiteral("resources"), QJsonArray{resource}}})
        .toJson();
}

std::shared_ptr<const StateIndex> indexOf(const QByteArray &stateJson)
{
    QString error;
    const std::optional<TerraformState> state
        = parseTerraformState(stateJson, QStringLiteral("prod.tfstate"), QStringLiteral("prod"),
                              QStringLiteral("production"), &error);
    if (!state)
        qFatal("fixture state: %s", qPrintable(error));
    auto index = std::make_shared<StateIndex>();
    index->addState(*state);
    return index;
}

// Someone in the console turned off termination protection and resized a managed instance.
DriftEvent instanceDrift()
{
    DriftEvent event;
    event.id = 17;
    event.detectedAtMs = *parseRfc3339Nanos(u"2026-03-06T21:22:55.500Z") / 1'000'000;
    event.eventTimeNs = *parseRfc3339Nanos(u"2026-03-06T21:22:54.123456789Z");
    event.provider = CloudProvider::Aws;
    event.account = QStringLiteral("123456789012");
    event.region = QStringLiteral("us-east-1");
    event.eventName = QStringLiteral("ModifyInstanceAttribute");
    event.eventSource = QStringLiteral("ec2.amazonaws.com");
    event.resourceType = QStringLiteral("aws_instance");
    event.resourceId = QStringLiteral("i-0abc123def4567890");
    event.terraformAddress = QStringLiteral("module.web.aws_instance.app[0]");
    event.stateName = QStringLiteral("prod");
    event.kind = ChangeKind::Modified;
    event.changes = {
        {QStringLiteral("disable_api_termination"), QJsonValue(true), QJsonValue(false)},
        {QStringLiteral("instance_type"), QJsonValue(QStringLiteral("t3.small")),
         QJsonValue(QStringLiteral("t3.large"))},
    };
    event.caller = {QStringLiteral("alice"), QStringLiteral("IAMUser"),
                    QStringLiteral("arn:aws:iam::123456789012:user/alice"), QStringLiteral("198.51.100.7"),
                    QStringLiteral("aws-cli/2.15.0 Python/3.11.6")};
    event.severity = Severity::High;
    event.matchedRules = {QStringLiteral("ec2-changes"), QStringLiteral("prod-guard")};
    event.environment = QStringLiteral("production");
    event.alert.timeNs = event.eventTimeNs;
    event.alert.priority = FalcoPriority::Warning;
    event.alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    event.alert.output
        = QStringLiteral("21:22:54.123456789: Warning EC2 instance attribute changed (user=alice)");
    event.alert.source = QStringLiteral("aws_cloudtrail");
    event.alert.hostname = QStringLiteral("falco-prod-1");
    event.alert.tags = {QStringLiteral("aws"), QStringLiteral("terraform")};
    event.alert.outputFields = OutputFields{
        {QStringLiteral("ct.name"), QStringLiteral("ModifyInstanceAttribute")},
        {QStringLiteral("ct.user"), QStringLiteral("alice")},
        {QStringLiteral("evt.num"), 4711},
    };
    event.alert.uuid = QStringLiteral("5c1b8a4e-6f0d-4c2b-9e7a-3d2f1a0b9c8d");
    event.alert.endpoint = QStringLiteral("prod-falco");
    return event;
}

// A security group nobody manages with Terraform.
DriftEvent unmanagedDrift()
{
    DriftEvent event = instanceDrift();
    event.resourceType = QStringLiteral("aws_security_group");
    event.resourceId = QStringLiteral("sg-0feedface0000001");
    event.terraformAddress.clear();
    event.stateName.clear();
    event.kind = ChangeKind::Unmanaged;
    event.changes = {{QStringLiteral("(modified out of band)"), QJsonValue(QJsonValue::Undefined),
                      QJsonValue(QJsonValue::Undefined)}};
    return event;
}

QString labelText(const QWidget &pane, const char *objectName)
{
    const auto *label = pane.findChild<QLabel *>(QLatin1String(objectName));
    if (!label)
        qFatal("no label %s", objectName);
    return label->text();
}

QModelIndex rowWithKey(const QAbstractItemModel &model, const QString &key, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

QString valueOf(const QModelIndex &keyIndex)
{
    return keyIndex.siblingAtColumn(JsonTreeModel::ValueColumn).data(JsonTreeModel::FullTextRole).toString();
}

QToolButton *copyButton(const QWidget &pane, const char *objectName)
{
    auto *button = pane.findChild<QToolButton *>(QLatin1String(objectName));
    if (!button)
        qFatal("no button %s", objectName);
    return button;
}

QJsonObject clipboardJson()
{
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("clipboard is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestDriftDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Local time is Tokyo's (UTC+9, no daylight saving) whatever the machine says.
        qputenv("TZ", "Asia/Tokyo");
        tzset();
    }

    void init() { QGuiApplication::clipboard()->clear(); }

    void asksForAnEventUntilOneIsSelected()
    {
        DriftDetailPane pane;
        pane.resize(700, 600);
        pane.show();
        QCOMPARE(pane.objectName(), QStringLiteral("driftDetailPane"));
        QVERIFY(!pane.hasEvent());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("noEventMessage"))->isVisible());
        for (const char *name :
             {"copyEventJsonButton", "copyAlertJsonButton", "copyAddressButton", "copyDiffButton"})
            QVERIFY2(!copyButton(pane, name)->isEnabled(), name);

        pane.setEvent(instanceDrift());
        QVERIFY(pane.hasEvent());
        QVERIFY(!pane.findChild<QLabel *>(QStringLiteral("noEventMessage"))->isVisible());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("userValue"))->isVisibleTo(&pane));
        QVERIFY(copyButton(pane, "copyEventJsonButton")->isEnabled());

        pane.clearEvent();
        QVERIFY(!pane.hasEvent());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("noEventMessage"))->isVisible());
        QVERIFY(!copyButton(pane, "copyDiffButton")->isEnabled());
    }

    void summaryShowsEveryFieldOfTheEvent()
    {
        DriftDetailPane pane;
        pane.setEvent(instanceDrift());
        QCOMPARE(labelText(pane, "severityValue"), QStringLiteral("High"));
        QCOMPARE(labelText(pane, "changeKindValue"), QStringLiteral("Modified"));
        QCOMPARE(labelText(pane, "resourceTypeValue"), QStringLiteral("aws_instance"));
        QCOMPARE(labelText(pane, "resourceIdValue"), QStringLiteral("i-0abc123def4567890"));
        QCOMPARE(labelText(pane, "terraformAddressValue"), QStringLiteral("module.web.aws_instance.app[0]"));
        QCOMPARE(labelText(pane, "stateNameValue"), QStringLiteral("prod"));
        QCOMPARE(labelText(pane, "accountValue"), QStringLiteral("123456789012"));
        QCOMPARE(labelText(pane, "regionValue"), QStringLiteral("us-east-1"));
        QCOMPARE(labelText(pane, "providerValue"), QStringLiteral("AWS"));
        QCOMPARE(labelText(pane, "environmentValue"), QStringLiteral("production"));
        QCOMPARE(labelText(pane, "eventNameValue"), QStringLiteral("ModifyInstanceAttribute"));
        QCOMPARE(labelText(pane, "eventSourceValue"), QStringLiteral("ec2.amazonaws.com"));
        QCOMPARE(labelText(pane, "userValue"), QStringLiteral("alice"));
        QCOMPARE(labelText(pane, "identityTypeValue"), QStringLiteral("IAMUser"));
        QCOMPARE(labelText(pane, "arnValue"), QStringLiteral("arn:aws:iam::123456789012:user/alice"));
        QCOMPARE(labelText(pane, "sourceIpValue"), QStringLiteral("198.51.100.7"));
        QCOMPARE(labelText(pane, "userAgentValue"), QStringLiteral("aws-cli/2.15.0 Python/3.11.6"));
        QCOMPARE(labelText(pane, "matchedRulesValue"), QStringLiteral("ec2-changes, prod-guard"));
        QCOMPARE(labelText(pane, "excludedValue"), QStringLiteral("No"));
        QCOMPARE(labelText(pane, "falcoRuleValue"), QStringLiteral("Terraform Managed Resource Modified"));
        QCOMPARE(labelText(pane, "priorityValue"), QStringLiteral("Warning"));
        QCOMPARE(labelText(pane, "falcoSourceValue"), QStringLiteral("aws_cloudtrail"));
        QCOMPARE(labelText(pane, "endpointValue"), QStringLiteral("prod-falco"));
        QCOMPARE(labelText(pane, "hostnameValue"), QStringLiteral("falco-prod-1"));
        QCOMPARE(labelText(pane, "uuidValue"), QStringLiteral("5c1b8a4e-6f0d-4c2b-9e7a-3d2f1a0b9c8d"));
        QCOMPARE(labelText(pane, "eventIdValue"), QStringLiteral("17"));
        QVERIFY(labelText(pane, "detailTitle").contains(QLatin1String("module.web.aws_instance.app[0]")));
    }

    void timesAreLocalWithRfc3339InTheToolTip()
    {
        DriftDetailPane pane;
        pane.setEvent(instanceDrift());
        // 21:22:54 UTC is 06:22:54 the next morning in Tokyo.
        const auto *eventTime = pane.findChild<QLabel *>(QStringLiteral("eventTimeValue"));
        QVERIFY2(eventTime->text().startsWith(QLatin1String("2026-03-07 06:22:54.123")),
                 qPrintable(eventTime->text()));
        QCOMPARE(eventTime->toolTip(), QStringLiteral("2026-03-06T21:22:54.123456789Z"));
        const auto *detected = pane.findChild<QLabel *>(QStringLiteral("detectedAtValue"));
        QVERIFY2(detected->text().startsWith(QLatin1String("2026-03-07 06:22:55.500")),
                 qPrintable(detected->text()));
        QVERIFY(detected->toolTip().startsWith(QLatin1String("2026-03-06T21:22:55.5")));
    }

    void severityIsShownInItsColour()
    {
        DriftDetailPane pane;
        DriftEvent event = instanceDrift();
        event.severity = Severity::Critical;
        pane.setEvent(event);
        const auto *severity = pane.findChild<QLabel *>(QStringLiteral("severityValue"));
        QCOMPARE(severity->text(), QStringLiteral("Critical"));
        QCOMPARE(severity->palette().color(QPalette::WindowText),
                 severityTextColor(Severity::Critical, pane.palette()));
        QVERIFY(severity->font().bold());
        event.severity = Severity::Low;
        pane.setEvent(event);
        QCOMPARE(severity->palette().color(QPalette::WindowText),
                 severityTextColor(Severity::Low, pane.palette()));
        QVERIFY(!severity->font().bold());
    }

    void anExcludedEventSaysWhyItWasNotNotified()
    {
        DriftDetailPane pane;
        DriftEvent event = instanceDrift();
        event.excluded = true;
        pane.setEvent(event);
        const QString text = labelText(pane, "excludedValue");
        QVERIFY2(text.contains(QLatin1String("excluded by drift_rules"))
                     && text.contains(QLatin1String("not notified")),
                 qPrintable(text));
    }

    void hostileTextStaysLiteral()
    {
        DriftDetailPane pane;
        pane.setStateIndexProvider([] { return indexOf(prodState()); });
        DriftEvent event = unmanagedDrift();
        event.caller.user = QStringLiteral("<b>x</b>");
        event.resourceId = QStringLiteral("<img src=x onerror=alert(1)>");
        event.alert.rule = QStringLiteral("<a href=\"https://evil.example\">click</a>");
        pane.setEvent(event);
        QCOMPARE(labelText(pane, "userValue"), QStringLiteral("<b>x</b>"));
        QCOMPARE(labelText(pane, "resourceIdValue"), QStringLiteral("<img src=x onerror=alert(1)>"));
        QCOMPARE(labelText(pane, "falcoRuleValue"),
                 QStringLiteral("<a href=\"https://evil.example\">click</a>"));
        QVERIFY(labelText(pane, "stateMessage").contains(QLatin1String("<img src=x onerror=alert(1)>")));
        // Every label of the pane, event data or not, is plain text; the ones with data are selectable.
        const QList<QLabel *> labels = pane.findChildren<QLabel *>();
        QVERIFY(labels.size() > 30);
        for (const QLabel *label : labels) {
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + label->text()));
            if (label->objectName().endsWith(QLatin1String("Value"))) {
                QVERIFY2(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse),
                         qPrintable(label->objectName()));
            }
        }
    }

    void changesTabShowsTheDiffSideBySideInColour()
    {
        DriftDetailPane pane;
        pane.setEvent(instanceDrift());
        auto *view = pane.findChild<QTableView *>(QStringLiteral("attributeDiffTable"));
        QVERIFY(view);
        const QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(view->wordWrap());
        const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(1, AttributeDiffModel::AttributeColumn).toString(), QStringLiteral("instance_type"));
        QCOMPARE(cell(1, AttributeDiffModel::StateValueColumn).toString(), QStringLiteral("t3.small"));
        QCOMPARE(cell(1, AttributeDiffModel::NewValueColumn).toString(), QStringLiteral("t3.large"));
        QCOMPARE(cell(0, AttributeDiffModel::StateValueColumn).toString(), QStringLiteral("true"));
        QCOMPARE(cell(0, AttributeDiffModel::NewValueColumn).toString(), QStringLiteral("false"));
        QCOMPARE(AttributeDiffModel::Mark(
                     cell(1, AttributeDiffModel::StateValueColumn, AttributeDiffModel::MarkRole).toInt()),
                 AttributeDiffModel::Mark::Removed);
        QCOMPARE(AttributeDiffModel::Mark(
                     cell(1, AttributeDiffModel::NewValueColumn, AttributeDiffModel::MarkRole).toInt()),
                 AttributeDiffModel::Mark::Added);
        const QColor removed
            = cell(1, AttributeDiffModel::StateValueColumn, Qt::BackgroundRole).value<QColor>();
        const QColor added = cell(1, AttributeDiffModel::NewValueColumn, Qt::BackgroundRole).value<QColor>();
        QVERIFY(removed.isValid() && added.isValid() && removed != added);

        // A deleted resource has nothing to compare: the tab says so instead of an empty table.
        DriftEvent deleted = instanceDrift();
        deleted.kind = ChangeKind::Deleted;
        deleted.changes.clear();
        pane.setEvent(deleted);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(view->isHidden());
        const auto *message = pane.findChild<QLabel *>(QStringLiteral("changesMessage"));
        QVERIFY(!message->isHidden() && message->text().contains(QLatin1String("deleted")));
    }

    void stateTabShowsTheResourceFromTheCurrentState()
    {
        int lookups = 0;
        std::shared_ptr<const StateIndex> current = indexOf(prodState());
        DriftDetailPane pane;
        pane.setStateIndexProvider([&] {
            ++lookups;
            return current;
        });
        pane.setEvent(instanceDrift());
        QVERIFY(lookups > 0);
        QCOMPARE(labelText(pane, "currentStateAddressValue"),
                 QStringLiteral("module.web.aws_instance.app[0]"));
        QCOMPARE(labelText(pane, "currentStateNameValue"), QStringLiteral("prod"));
        QCOMPARE(labelText(pane, "currentStateEnvironmentValue"), QStringLiteral("production"));
        QVERIFY(labelText(pane, "currentStateProviderValue").contains(QLatin1String("hashicorp/aws")));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("stateMessage"))->isHidden());

        auto *tree = pane.findChild<QTreeView *>(QStringLiteral("stateAttributesTree"));
        QVERIFY(tree);
        const auto *details = pane.findChild<QWidget *>(QStringLiteral("stateResourceDetails"));
        QVERIFY(details && !details->isHidden());
        const QAbstractItemModel &attributes = *tree->model();
        QCOMPARE(valueOf(rowWithKey(attributes, QStringLiteral("instance_type"))),
                 QStringLiteral("t3.small"));
        QCOMPARE(valueOf(rowWithKey(attributes, QStringLiteral("disable_api_termination"))),
                 QStringLiteral("true"));
        const QModelIndex tags = rowWithKey(attributes, QStringLiteral("tags"));
        QCOMPARE(valueOf(rowWithKey(attributes, QStringLiteral("Team"), tags)), QStringLiteral("payments"));
        // The sensitive user_data stays masked, and the pane says which attributes are.
        QCOMPARE(valueOf(rowWithKey(attributes, QStringLiteral("user_data"))), QStringLiteral("(sensitive)"));
        QCOMPARE(labelText(pane, "currentStateMaskedValue"), QStringLiteral("user_data"));
        for (int row = 0; row < attributes.rowCount(); ++row)
            QVERIFY(!valueOf(attributes.index(row, 0)).contains(QLatin1String("s3cr3t")));

        // After a reload that dropped the instance, the tab says the state no longer has it.
        current = indexOf(prodState(QStringLiteral("i-0replaced000000001")));
        pane.refreshState();
        const auto *message = pane.findChild<QLabel *>(QStringLiteral("stateMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("no longer has module.web.aws_instance.app[0]")),
                 qPrintable(message->text()));
        QVERIFY(details->isHidden());
        QCOMPARE(attributes.rowCount(), 0);
    }

    void anUnmanagedResourceIsSaidToBeInNoState()
    {
        DriftDetailPane pane;
        pane.setStateIndexProvider([] { return indexOf(prodState()); });
        pane.setEvent(unmanagedDrift());
        const auto *message = pane.findChild<QLabel *>(QStringLiteral("stateMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("Not managed by Terraform"))
                     && message->text().contains(QLatin1String("sg-0feedface0000001")),
                 qPrintable(message->text()));
        QVERIFY(pane.findChild<QWidget *>(QStringLiteral("stateResourceDetails"))->isHidden());
    }

    void withoutAStateTheTabSaysNoneIsLoaded()
    {
        DriftDetailPane pane;
        pane.setEvent(instanceDrift());
        QVERIFY(labelText(pane, "stateMessage").contains(QLatin1String("No Terraform state is loaded")));
        // A provider whose store has loaded nothing yet says the same.
        pane.setStateIndexProvider([] { return std::shared_ptr<const StateIndex>(); });
        QVERIFY(labelText(pane, "stateMessage").contains(QLatin1String("No Terraform state is loaded")));
    }

    void rawAlertTreeShowsTheAlertExpanded()
    {
        DriftDetailPane pane;
        pane.resize(700, 600);
        pane.show();
        pane.setEvent(instanceDrift());
        auto *tree = pane.findChild<QTreeView *>(QStringLiteral("rawAlertTree"));
        QVERIFY(tree);
        const QAbstractItemModel &alert = *tree->model();
        QCOMPARE(valueOf(rowWithKey(alert, QStringLiteral("rule"))),
                 QStringLiteral("Terraform Managed Resource Modified"));
        QCOMPARE(valueOf(rowWithKey(alert, QStringLiteral("output"))), instanceDrift().alert.output);
        QCOMPARE(valueOf(rowWithKey(alert, QStringLiteral("priority"))), QStringLiteral("Warning"));
        const QModelIndex fields = rowWithKey(alert, QStringLiteral("output_fields"));
        QVERIFY(fields.isValid());
        QCOMPARE(valueOf(rowWithKey(alert, QStringLiteral("ct.name"), fields)),
                 QStringLiteral("ModifyInstanceAttribute"));
        QCOMPARE(valueOf(rowWithKey(alert, QStringLiteral("evt.num"), fields)), QStringLiteral("4711"));
        QVERIFY(tree->isExpanded(fields));

        auto *collapse = pane.findChild<QPushButton *>(QStringLiteral("rawAlertCollapseAllButton"));
        auto *expand = pane.findChild<QPushButton *>(QStringLiteral("rawAlertExpandAllButton"));
        QVERIFY(collapse && expand);
        QVERIFY(!expand->accessibleName().isEmpty());
        collapse->click();
        QVERIFY(!tree->isExpanded(fields));
        expand->click();
        QVERIFY(tree->isExpanded(fields));
    }

    void aLanguageChangeKeepsTheEventShown()
    {
        DriftDetailPane pane;
        pane.setStateIndexProvider([] { return indexOf(prodState()); });
        pane.setEvent(instanceDrift());
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&pane, &languageChange);
        QCOMPARE(labelText(pane, "userValue"), QStringLiteral("alice"));
        QCOMPARE(labelText(pane, "currentStateAddressValue"),
                 QStringLiteral("module.web.aws_instance.app[0]"));
        QVERIFY(!copyButton(pane, "copyDiffButton")->text().isEmpty());
    }

    void copyButtonsPutTheEventOnTheClipboard()
    {
        DriftDetailPane pane;
        pane.resize(900, 600);
        pane.show();
        const DriftEvent event = instanceDrift();
        pane.setEvent(event);
        for (const char *name :
             {"copyEventJsonButton", "copyAlertJsonButton", "copyAddressButton", "copyDiffButton"}) {
            QToolButton *button = copyButton(pane, name);
            QVERIFY2(!button->accessibleName().isEmpty() && !button->toolTip().isEmpty(), name);
        }

        copyButton(pane, "copyEventJsonButton")->click();
        const QJsonObject eventJson = clipboardJson();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1Char('\n'))); // indented for reading
        QString error;
        const std::optional<DriftEvent> copied = driftEventFromJson(eventJson, &error);
        QVERIFY2(copied, qPrintable(error));
        QCOMPARE(copied->terraformAddress, event.terraformAddress);
        QCOMPARE(copied->resourceId, event.resourceId);
        QCOMPARE(copied->caller.user, QStringLiteral("alice"));
        QCOMPARE(copied->severity, Severity::High);
        QCOMPARE(copied->changes.size(), 2);
        QCOMPARE(copied->changes.at(1).oldValue, QJsonValue(QStringLiteral("t3.small")));
        QCOMPARE(copied->changes.at(1).newValue, QJsonValue(QStringLiteral("t3.large")));
        QCOMPARE(copied->alert.rule, event.alert.rule);
        QCOMPARE(copied->eventTimeNs, event.eventTimeNs);

        copyButton(pane, "copyAlertJsonButton")->click();
        const std::optional<FalcoAlert> alert = alertFromJson(clipboardJson(), &error);
        QVERIFY2(alert, qPrintable(error));
        QCOMPARE(alert->rule, event.alert.rule);
        QCOMPARE(alert->output, event.alert.output);
        QCOMPARE(alert->outputFields.text(QStringLiteral("ct.name")),
                 QStringLiteral("ModifyInstanceAttribute"));
        QCOMPARE(alert->timeNs, event.alert.timeNs);

        copyButton(pane, "copyAddressButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("module.web.aws_instance.app[0]"));

        copyButton(pane, "copyDiffButton")->click();
        const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        QVERIFY2(lines.constFirst().contains(QLatin1String("module.web.aws_instance.app[0]")),
                 qPrintable(lines.constFirst()));
        const qsizetype attribute = lines.indexOf(QStringLiteral("instance_type"));
        QVERIFY(attribute > 0);
        QCOMPARE(lines.at(attribute + 1), QStringLiteral("- t3.small"));
        QCOMPARE(lines.at(attribute + 2), QStringLiteral("+ t3.large"));

        // Without an address the cloud id is what there is to copy.
        pane.setEvent(unmanagedDrift());
        copyButton(pane, "copyAddressButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sg-0feedface0000001"));
    }
};

QTEST_MAIN(TestDriftDetailPane)
#include "test_drift_detail_pane.moc"

#include "core/mapping/MappingCatalog.h"
#include "core/rules/FieldCatalog.h"
#include "core/rules/RulesLoader.h"
#include "core/rules/evaluation/RuleDryRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tfdrift;
using namespace tfdrift::rules;

namespace {
const QString kBundledRules = QStringLiteral(":/rules/tfdrift_rules.yaml");

// What the drift engine reads from an alert's output_fields: the call, the caller, the resource and
// the audit event's own id, which tells two rules' alerts about one event apart from two events.
const QStringList kAwsDriftFields = {
    QStringLiteral("ct.name"),
    QStringLiteral("ct.src"),
    QStringLiteral("ct.user"),
    QStringLiteral("ct.user.arn"),
    QStringLiteral("ct.user.identitytype"),
    QStringLiteral("ct.user.accountid"),
    QStringLiteral("ct.region"),
    QStringLiteral("ct.srcip"),
    QStringLiteral("ct.useragent"),
    QStringLiteral("ct.request"),
    QStringLiteral("ct.response"),
    QStringLiteral("ct.id"),
    QStringLiteral("ct.recipientaccountid"),
};
// gcp.request and gcp.policyDelta read as "" in the gcpaudit plugin (it takes only string values), so
// the request and the policy changes travel as json.value.
const QStringList kGcpDriftFields = {
    QStringLiteral("gcp.methodName"),
    QStringLiteral("gcp.serviceName"),
    QStringLiteral("gcp.user"),
    QStringLiteral("gcp.callerIP"),
    QStringLiteral("gcp.userAgent"),
    QStringLiteral("gcp.projectId"),
    QStringLiteral("gcp.location"),
    QStringLiteral("gcp.resourceName"),
    QStringLiteral("gcp.resourceType"),
    QStringLiteral("json.value[/protoPayload/request]"),
    QStringLiteral("json.value[/protoPayload/serviceData/policyDelta/bindingDeltas]"),
    QStringLiteral("json.value[/insertId]"),
};

QString dump(const QList<RuleDiagnostic> &diagnostics)
{
    QStringList lines;
    for (const RuleDiagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(QLatin1Char('\n'));
}

// The fields an output names, as Falco reads its tokens: %field or %field[argument].
QSet<QString> outputFields(const QString &output)
{
    static const QRegularExpression token(QStringLiteral("%([A-Za-z_][A-Za-z0-9_.]*(\\[[^\\]]*\\])?)"));
    QSet<QString> fields;
    QRegularExpressionMatchIterator it = token.globalMatch(output);
    while (it.hasNext())
        fields.insert(it.next().captured(1));
    return fields;
}

// Every call name the built-in catalog maps for `provider` with a create, modify or delete action,
// sorted and without duplicates (a name several AWS services share appears once).
QStringList mutatingCatalogNames(const MappingCatalog &catalog, CloudProvider provider)
{
    QSet<QString> names;
    for (const EventMapping &mapping : catalog.entries()) {
        const bool mutating = mapping.action == ApiAction::Create || mapping.action == ApiAction::Modify
            || mapping.action == ApiAction::Delete;
        if (mapping.provider == provider && mutating)
            names.insert(mapping.eventName);
    }
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// "missing: A, B; not in the catalog: C", at most a few names each.
QString listDifference(const QStringList &inRules, const QStringList &inCatalog)
{
    const QSet<QString> rules(inRules.cbegin(), inRules.cend());
    const QSet<QString> catalog(inCatalog.cbegin(), inCatalog.cend());
    auto firstFew = [](QSet<QString> names) {
        QStringList sorted(names.cbegin(), names.cend());
        std::sort(sorted.begin(), sorted.end());
        return sorted.mid(0, 5).join(QLatin1String(", "));
    };
    return QStringLiteral("%1 names in the rules, %2 in the catalog; missing from the rules: [%3]; "
                          "not in the catalog: [%4]. Run packaging/maintainer/update_rule_lists.py.")
        .arg(inRules.size())
        .arg(inCatalog.size())
        .arg(firstFew(catalog - rules), firstFew(rules - catalog));
}

// The alerts the bundled rules raise for `records` (CloudTrail records or GCP LogEntries), written as JSON
// lines the way `tfdrift rules test --events` reads them.
AlertBatch dryRun(const QList<QJsonObject> &records, QString *error)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("events.jsonl")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the events file");
        return {};
    }
    for (const QJsonObject &record : records)
        file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    RuleDryRun run;
    if (!run.loadRules({kBundledRules}) || !run.loadEvents(file.fileName()) || !run.eventErrors().isEmpty()) {
        *error = dump(run.ruleDiagnostics()) + run.eventErrors().join(QLatin1Char('\n'));
        return {};
    }
    return run.alerts();
}

QStringList ruleNames(const AlertBatch &alerts)
{
    QStringList names;
    for (const FalcoAlert &alert : alerts)
        names.append(alert.rule);
    return names;
}

// A Cloud Audit Logs entry for a firewall change by `method`; `status` and `operation` are left out when
// undefined, as in entries that do not carry them.
QJsonObject firewallEntry(const QString &method, const QJsonValue &status, const QJsonValue &operation)
{
    QJsonObject payload{
        {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.cloud.audit.AuditLog")},
        {QStringLiteral("authenticationInfo"),
         QJsonObject{{QStringLiteral("principalEmail"), QStringLiteral("alice@example.com")}}},
        {QStringLiteral("requestMetadata"),
         QJsonObject{
             {QStringLiteral("callerIp"), QStringLiteral("192.0.2.10")},
             {QStringLiteral("callerSuppliedUserAgent"), QStringLiteral("google-cloud-sdk gcloud/502.0.0")}}},
        {QStringLiteral("serviceName"), QStringLiteral("compute.googleapis.com")},
        {QStringLiteral("methodName"), method},
        {QStringLiteral("resourceName"), QStringLiteral("projects/demo-project/global/firewalls/allow-ssh")},
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/compute.firewalls.patch")},
                     {QStringLiteral("sourceRanges"), QJsonArray{QStringLiteral("0.0.0.0/0")}}}},
    };
    if (!status.isUndefined())
        payload.insert(QStringLiteral("status"), status);
    QJsonObject entry{
        {QStringLiteral("protoPayload"), payload},
        {QStringLiteral("insertId"), QStringLiteral("x1y2z3")},
        {QStringLiteral("resource"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("gce_firewall_rule")},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("project_id"), QStringLiteral("demo-project")},
                                  {QStringLiteral("firewall_rule_id"), QStringLiteral("42")}}}}},
        {QStringLiteral("timestamp"), QStringLiteral("2026-11-26T01:16:40.250588Z")},
        {QStringLiteral("severity"), QStringLiteral("NOTICE")},
        {QStringLiteral("logName"),
         QStringLiteral("projects/demo-project/logs/cloudaudit.googleapis.com%2Factivity")},
    };
    if (!operation.isUndefined())
        entry.insert(QStringLiteral("operation"), operation);
    return entry;
}
} // namespace

class TestBundledRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_loader.loadFile(kBundledRules), qPrintable(dump(m_loader.diagnostics())));
        m_loader.validate();
        QList<ConfigDiagnostic> catalogDiagnostics;
        m_catalog = MappingCatalog::builtIn(&catalogDiagnostics);
        QVERIFY(!hasErrors(catalogDiagnostics));
        QVERIFY(m_catalog.size() > 0);
    }

    void validatesWithoutErrorsOrWarnings()
    {
        const QList<RuleDiagnostic> &diagnostics = m_loader.diagnostics();
        QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics)));
        QVERIFY(!m_loader.rules().empty());
    }

    void generatedListsEqualTheMappingCatalogs_data()
    {
        QTest::addColumn<QString>("listName");
        QTest::addColumn<CloudProvider>("provider");
        QTest::newRow("aws") << QStringLiteral("tfdrift_mutating_event_names") << CloudProvider::Aws;
        QTest::newRow("gcp") << QStringLiteral("tfdrift_mutating_gcp_methods") << CloudProvider::Gcp;
    }

    void generatedListsEqualTheMappingCatalogs()
    {
        QFETCH(QString, listName);
        QFETCH(CloudProvider, provider);
        const auto &lists = m_loader.lists();
        const auto list = std::find_if(lists.cbegin(), lists.cend(),
                                       [&](const ListDefinition &item) { return item.name == listName; });
        QVERIFY2(list != lists.cend(), qPrintable(listName + QLatin1String(" is not in the bundled rules")));
        const QStringList expected = mutatingCatalogNames(m_catalog, provider);
        QVERIFY(!expected.isEmpty());
        // Equal as written: sorted, each name once, nothing more and nothing less than the catalog.
        QVERIFY2(list->items == expected, qPrintable(listDifference(list->items, expected)));
    }

    void everyRuleOutputCarriesWhatTheDriftEngineReads()
    {
        QSet<QString> sources;
        for (const RuleDefinition &rule : m_loader.rules()) {
            sources.insert(rule.source);
            QStringList required;
            if (rule.source == QLatin1String("aws_cloudtrail"))
                required = kAwsDriftFields;
            else if (rule.source == QLatin1String("gcp_auditlog"))
                required = kGcpDriftFields;
            else
                QFAIL(qPrintable(
                    QStringLiteral("rule \"%1\": unexpected source %2").arg(rule.name, rule.source)));
            const QSet<QString> named = outputFields(rule.output.text);
            QStringList missing;
            for (const QString &field : std::as_const(required)) {
                if (!named.contains(field))
                    missing.append(field);
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("rule \"%1\" does not print %2")
                                    .arg(rule.name, missing.join(QLatin1String(", ")))));
        }
        QCOMPARE(sources, (QSet<QString>{QStringLiteral("aws_cloudtrail"), QStringLiteral("gcp_auditlog")}));
    }

    void theDriftRulesWatchEveryMutatingCall()
    {
        // The two Terraform rules are the ones that see every create, modify and delete: each must test
        // its call name against its generated list, or the drift engine never hears of most calls.
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("Terraform Managed Resource Modified"),
             QStringLiteral("ct.name in (tfdrift_mutating_event_names)")},
            {QStringLiteral("Terraform Managed GCP Resource Modified"),
             QStringLiteral("gcp.methodName in (tfdrift_mutating_gcp_methods)")},
        };
        for (const auto &[ruleName, test] : expected) {
            const auto &rules = m_loader.rules();
            const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                           [&](const RuleDefinition &item) { return item.name == ruleName; });
            QVERIFY2(rule != rules.cend(),
                     qPrintable(ruleName + QLatin1String(" is not in the bundled rules")));
            QVERIFY(rule->enabled);
            QCOMPARE(rule->priority, QStringLiteral("Warning"));
            QVERIFY2(rule->condition.text.simplified().contains(test), qPrintable(rule->condition.text));
        }
    }

    void gcpRuleReportsEachSuccessfulChangeOnce_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonValue>("status");
        QTest::addColumn<QJsonValue>("operation");
        QTest::addColumn<bool>("reported");
        const QString patch = QStringLiteral("v1.compute.firewalls.patch");
        const QJsonValue none(QJsonValue::Undefined);
        const QJsonObject denied{{QStringLiteral("code"), 7},
                                 {QStringLiteral("message"), QStringLiteral("PERMISSION_DENIED")}};
        const QJsonObject start{{QStringLiteral("id"), QStringLiteral("operation-1")},
                                {QStringLiteral("producer"), QStringLiteral("compute.googleapis.com")},
                                {QStringLiteral("first"), true}};
        QJsonObject end = start;
        end.remove(QStringLiteral("first"));
        end.insert(QStringLiteral("last"), true);
        QJsonObject startAndEnd = start;
        startAndEnd.insert(QStringLiteral("last"), true);
        QTest::newRow("empty status") << patch << QJsonValue(QJsonObject()) << none << true;
        QTest::newRow("status code 0")
            << patch << QJsonValue(QJsonObject{{QStringLiteral("code"), 0}}) << none << true;
        QTest::newRow("no status") << patch << none << none << true;
        QTest::newRow("permission denied") << patch << QJsonValue(denied) << none << false;
        QTest::newRow("operation starts") << patch << QJsonValue(QJsonObject()) << QJsonValue(start) << true;
        QTest::newRow("operation ends") << patch << QJsonValue(QJsonObject()) << QJsonValue(end) << false;
        QTest::newRow("operation starts and ends")
            << patch << QJsonValue(QJsonObject()) << QJsonValue(startAndEnd) << true;
        QTest::newRow("read-only method")
            << QStringLiteral("v1.compute.firewalls.get") << QJsonValue(QJsonObject()) << none << false;
    }

    void gcpRuleReportsEachSuccessfulChangeOnce()
    {
        QFETCH(QString, method);
        QFETCH(QJsonValue, status);
        QFETCH(QJsonValue, operation);
        QFETCH(bool, reported);
        QString error;
        const AlertBatch alerts = dryRun({firewallEntry(method, status, operation)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ruleNames(alerts),
                 reported ? QStringList{QStringLiteral("Terraform Managed GCP Resource Modified")}
                          : QStringList());
    }

    void gcpAlertCarriesTheRequestAndTheEntryId()
    {
        const QJsonObject entry = firewallEntry(QStringLiteral("v1.compute.firewalls.patch"), QJsonObject(),
                                                QJsonValue(QJsonValue::Undefined));
        QString error;
        const AlertBatch alerts = dryRun({entry}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(alerts.size(), 1);
        const OutputFields &fields = alerts.first().outputFields;
        const QJsonObject request = entry.value(QLatin1String("protoPayload"))
                                        .toObject()
                                        .value(QLatin1String("request"))
                                        .toObject();
        QCOMPARE(
            QJsonDocument::fromJson(fields.text(QLatin1String("json.value[/protoPayload/request]")).toUtf8())
                .object(),
            request);
        QCOMPARE(fields.text(QLatin1String("json.value[/insertId]")), QStringLiteral("x1y2z3"));
        QCOMPARE(fields.text(QLatin1String("gcp.resourceName")),
                 QStringLiteral("projects/demo-project/global/firewalls/allow-ssh"));
        QCOMPARE(fields.text(QLatin1String("gcp.projectId")), QStringLiteral("demo-project"));
    }

    void awsAlertsOfOneRecordShareItsEventIdAndOwner()
    {
        // alice of account 444455556666 deletes a bucket that account 111122223333 owns: two rules fire,
        // both name the record (ct.id) and the owner, not the caller's account.
        const QJsonObject record{
            {QStringLiteral("eventVersion"), QStringLiteral("1.09")},
            {QStringLiteral("userIdentity"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("IAMUser")},
                         {QStringLiteral("principalId"), QStringLiteral("AIDAEXAMPLEPRINCIPAL1")},
                         {QStringLiteral("arn"), QStringLiteral("arn:aws:iam::444455556666:user/alice")},
                         {QStringLiteral("accountId"), QStringLiteral("444455556666")},
                         {QStringLiteral("userName"), QStringLiteral("alice")}}},
            {QStringLiteral("eventTime"), QStringLiteral("2026-11-26T01:08:09Z")},
            {QStringLiteral("eventSource"), QStringLiteral("s3.amazonaws.com")},
            {QStringLiteral("eventName"), QStringLiteral("DeleteBucket")},
            {QStringLiteral("awsRegion"), QStringLiteral("us-east-1")},
            {QStringLiteral("sourceIPAddress"), QStringLiteral("192.0.2.44")},
            {QStringLiteral("userAgent"), QStringLiteral("aws-cli/2.15.30")},
            {QStringLiteral("requestParameters"),
             QJsonObject{{QStringLiteral("bucketName"), QStringLiteral("shared-logs")}}},
            {QStringLiteral("responseElements"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("eventID"), QStringLiteral("a665a71d-e8be-4987-9175-28c6144a488a")},
            {QStringLiteral("readOnly"), false},
            {QStringLiteral("eventType"), QStringLiteral("AwsApiCall")},
            {QStringLiteral("recipientAccountId"), QStringLiteral("111122223333")},
        };
        QString error;
        const AlertBatch alerts = dryRun({record}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ruleNames(alerts),
                 (QStringList{QStringLiteral("S3 Bucket Deleted"),
                              QStringLiteral("Terraform Managed Resource Modified")}));
        for (const FalcoAlert &alert : alerts) {
            QCOMPARE(alert.outputFields.text(QLatin1String("ct.id")),
                     QStringLiteral("a665a71d-e8be-4987-9175-28c6144a488a"));
            QCOMPARE(alert.outputFields.text(QLatin1String("ct.recipientaccountid")),
                     QStringLiteral("111122223333"));
            QCOMPARE(alert.outputFields.text(QLatin1String("ct.user.accountid")),
                     QStringLiteral("444455556666"));
        }
    }

private:
    RulesLoader m_loader{FieldCatalog::builtIn()};
    MappingCatalog m_catalog;
};

QTEST_GUILESS_MAIN(TestBundledRules)
#include "test_bundled_rules.moc"

#include "core/drift/DriftRuleSet.h"

#include <QDateTime>
#include <QTest>

using namespace tfdrift;

namespace {
DriftRule rule(const QString &name, QStringList types, QStringList watched, Severity severity)
{
    DriftRule result;
    result.name = name;
    result.resourceTypes = std::move(types);
    result.watchedAttributes = std::move(watched);
    result.severity = severity;
    return result;
}

qint64 utcMs(const char *isoTime)
{
    return QDateTime::fromString(QLatin1String(isoTime), Qt::ISODate).toMSecsSinceEpoch();
}

// A RuleQuery holds views; this keeps the strings they point at.
struct Query {
    QString resourceType;
    QStringList changedAttributes;
    QStringList userNames;
    QStringList environments = {QStringLiteral("production")};
    bool attributesKnown = true;
    qint64 eventTimeMs = utcMs("2026-03-04T03:00:00Z"); // a Wednesday

    operator RuleQuery() const
    {
        RuleQuery result;
        result.resourceType = resourceType;
        result.attributesKnown = attributesKnown;
        result.eventTimeMs = eventTimeMs;
        for (const QString &attribute : changedAttributes)
            result.changedAttributes.append(attribute);
        for (const QString &name : userNames)
            result.userNames.append(name);
        for (const QString &environment : environments)
            result.environments.append(environment);
        return result;
    }
};

Query query(const QString &type, QStringList attributes, const QString &user = QStringLiteral("alice"))
{
    Query result;
    result.resourceType = type;
    result.changedAttributes = std::move(attributes);
    result.userNames = {user};
    return result;
}

DriftSchedule tokyoOfficeHours(bool weekdaysOnly)
{
    DriftSchedule schedule;
    schedule.hasAllowedHours = true;
    schedule.allowedFromMinutes = 9 * 60;
    schedule.allowedToMinutes = 18 * 60;
    schedule.timeZone = QTimeZone("Asia/Tokyo");
    schedule.weekdaysOnly = weekdaysOnly;
    return schedule;
}
} // namespace

class TestDriftRuleSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceTypeGlobsSelectRules()
    {
        const DriftRuleSet rules({rule(QStringLiteral("iam"), {QStringLiteral("aws_iam_*")},
                                       {QStringLiteral("*")}, Severity::High),
                                  rule(QStringLiteral("sg"), {QStringLiteral("aws_security_group*")},
                                       {QStringLiteral("*")}, Severity::Critical)},
                                 Severity::Low);
        QCOMPARE(
            rules.evaluate(query(QStringLiteral("aws_iam_role"), {QStringLiteral("policy")})).matchedRules,
            QStringList{QStringLiteral("iam")});
        QCOMPARE(
            rules.evaluate(query(QStringLiteral("aws_security_group_rule"), {QStringLiteral("cidr_blocks")}))
                .matchedRules,
            QStringList{QStringLiteral("sg")});
        const RuleVerdict unmatched
            = rules.evaluate(query(QStringLiteral("aws_instance"), {QStringLiteral("ami")}));
        QVERIFY(unmatched.matchedRules.isEmpty());
        QCOMPARE(unmatched.severity, Severity::Low);
        QVERIFY(!unmatched.excluded);
    }

    void severityIsTheHighestAmongMatchingRules()
    {
        const DriftRuleSet rules(
            {rule(QStringLiteral("all"), {QStringLiteral("*")}, {QStringLiteral("*")}, Severity::Medium),
             rule(QStringLiteral("ec2"), {QStringLiteral("aws_instance")},
                  {QStringLiteral("disable_api_termination")}, Severity::Critical),
             rule(QStringLiteral("ec2-type"), {QStringLiteral("aws_instance")},
                  {QStringLiteral("instance_type")}, Severity::High)},
            Severity::Low);
        const RuleVerdict both = rules.evaluate(
            query(QStringLiteral("aws_instance"),
                  {QStringLiteral("instance_type"), QStringLiteral("disable_api_termination")}));
        QCOMPARE(both.severity, Severity::Critical);
        QCOMPARE(both.matchedRules.size(), 3);
        const RuleVerdict typeOnly
            = rules.evaluate(query(QStringLiteral("aws_instance"), {QStringLiteral("instance_type")}));
        QCOMPARE(typeOnly.severity, Severity::High);
        QCOMPARE(typeOnly.matchedRules, QStringList({QStringLiteral("all"), QStringLiteral("ec2-type")}));
    }

    void watchedAttributesFilterChanges()
    {
        const DriftRuleSet rules({rule(QStringLiteral("ec2"), {QStringLiteral("aws_instance")},
                                       {QStringLiteral("instance_type")}, Severity::High)},
                                 Severity::Low);
        QVERIFY(rules.evaluate(query(QStringLiteral("aws_instance"), {QStringLiteral("tags")}))
                    .matchedRules.isEmpty());
        // A call the catalog cannot diff concerns only rules that watch everything.
        Query unknown = query(QStringLiteral("aws_instance"), {QStringLiteral("(modified out of band)")});
        unknown.attributesKnown = false;
        QVERIFY(rules.evaluate(unknown).matchedRules.isEmpty());
        // A whole resource (created, deleted, unmanaged) concerns every rule of its type.
        QCOMPARE(rules.evaluate(query(QStringLiteral("aws_instance"), {})).matchedRules.size(), 1);
    }

    void environmentMustAgree()
    {
        DriftRule production
            = rule(QStringLiteral("prod"), {QStringLiteral("*")}, {QStringLiteral("*")}, Severity::Critical);
        production.environment = QStringLiteral("production");
        DriftRule staging
            = rule(QStringLiteral("staging"), {QStringLiteral("*")}, {QStringLiteral("*")}, Severity::High);
        staging.environment = QStringLiteral("staging");
        const DriftRuleSet rules({production, staging}, Severity::Low);

        Query inStaging = query(QStringLiteral("aws_kms_key"), {QStringLiteral("policy")});
        inStaging.environments = {QStringLiteral("staging")};
        QCOMPARE(rules.evaluate(inStaging).matchedRules, QStringList{QStringLiteral("staging")});
        Query unlabelled = inStaging;
        unlabelled.environments = {QString()};
        QVERIFY(rules.evaluate(unlabelled).matchedRules.isEmpty());
    }

    void excludedUsersAreKeptAsExcluded()
    {
        DriftRule production
            = rule(QStringLiteral("prod"), {QStringLiteral("*")}, {QStringLiteral("*")}, Severity::Critical);
        production.excludeUsers
            = {QStringLiteral("terraform-*"), QStringLiteral("AWSServiceRoleForAutoScaling")};
        const DriftRuleSet rules({production}, Severity::Low);

        const RuleVerdict ci
            = rules.evaluate(query(QStringLiteral("aws_instance"), {}, QStringLiteral("terraform-ci")));
        QVERIFY(ci.excluded);
        QVERIFY(ci.matchedRules.isEmpty());

        // An assumed role is known by its session and by its role; either may be excluded, and
        // IAM names are matched regardless of case.
        Query assumed = query(QStringLiteral("aws_instance"), {}, QStringLiteral("AutoScaling"));
        assumed.userNames.append(QStringLiteral("awsserviceroleforautoscaling"));
        QVERIFY(rules.evaluate(assumed).excluded);

        const RuleVerdict alice = rules.evaluate(query(QStringLiteral("aws_instance"), {}));
        QVERIFY(!alice.excluded);
        QCOMPARE(alice.severity, Severity::Critical);
    }

    void anotherMatchingRuleOverridesAnExclusion()
    {
        DriftRule lenient
            = rule(QStringLiteral("lenient"), {QStringLiteral("*")}, {QStringLiteral("*")}, Severity::Medium);
        lenient.excludeUsers = {QStringLiteral("bob")};
        const DriftRule strict = rule(QStringLiteral("strict"), {QStringLiteral("aws_iam_*")},
                                      {QStringLiteral("*")}, Severity::High);
        const DriftRuleSet rules({lenient, strict}, Severity::Low);
        const RuleVerdict verdict
            = rules.evaluate(query(QStringLiteral("aws_iam_user"), {}, QStringLiteral("bob")));
        QVERIFY(!verdict.excluded);
        QCOMPARE(verdict.matchedRules, QStringList{QStringLiteral("strict")});
    }

    void scheduleFiresOnlyOutsideAllowedHoursInItsTimeZone_data()
    {
        QTest::addColumn<QString>("utcTime");
        QTest::addColumn<bool>("weekdaysOnly");
        QTest::addColumn<bool>("fires");
        // 2026-03-06 is a Friday; Tokyo is UTC+9 all year.
        QTest::newRow("10:00 JST Friday, inside") << "2026-03-06T01:00:00Z" << false << false;
        QTest::newRow("08:59 JST Friday, before") << "2026-03-05T23:59:00Z" << false << true;
        QTest::newRow("18:00 JST Friday, at the end") << "2026-03-06T09:00:00Z" << false << true;
        QTest::newRow("17:59 JST Friday, inside") << "2026-03-06T08:59:00Z" << false << false;
        QTest::newRow("23:00 UTC Friday is 08:00 JST Saturday") << "2026-03-06T23:00:00Z" << false << true;
        QTest::newRow("10:00 JST Saturday, hours only") << "2026-03-07T01:00:00Z" << false << false;
        QTest::newRow("10:00 JST Saturday, weekdays only") << "2026-03-07T01:00:00Z" << true << true;
        QTest::newRow("10:00 JST Monday, weekdays only") << "2026-03-09T01:00:00Z" << true << false;
    }

    void scheduleFiresOnlyOutsideAllowedHoursInItsTimeZone()
    {
        QFETCH(QString, utcTime);
        QFETCH(bool, weekdaysOnly);
        QFETCH(bool, fires);
        DriftRule afterHours = rule(QStringLiteral("after hours"), {QStringLiteral("*")},
                                    {QStringLiteral("*")}, Severity::Critical);
        afterHours.schedule = tokyoOfficeHours(weekdaysOnly);
        const DriftRuleSet rules({afterHours}, Severity::Low);
        Query event = query(QStringLiteral("aws_instance"), {});
        event.eventTimeMs = utcMs(utcTime.toLatin1().constData());
        QCOMPARE(!rules.evaluate(event).matchedRules.isEmpty(), fires);
    }
};

QTEST_GUILESS_MAIN(TestDriftRuleSet)
#include "test_drift_rule_set.moc"

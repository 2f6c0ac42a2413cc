// The console's filter bar: Falco's condition language over drift-event fields. Each case states what
// a security engineer typing the filter expects to see, on events built here by hand.
#include "core/filter/DriftFilter.h"
#include "core/filter/DriftFilterFields.h"

#include <QTest>

using namespace tfdrift;

namespace {

AttributeChange changed(const QString &attribute)
{
    return AttributeChange{attribute, QJsonValue(QStringLiteral("old")), QJsonValue(QStringLiteral("new"))};
}

// An out-of-band change to a security group by a human in production.
DriftEvent securityGroupDrift()
{
    DriftEvent event;
    event.id = 7;
    event.provider = CloudProvider::Aws;
    event.account = QStringLiteral("123456789012");
    event.region = QStringLiteral("us-east-1");
    event.eventName = QStringLiteral("AuthorizeSecurityGroupIngress");
    event.eventSource = QStringLiteral("ec2.amazonaws.com");
    event.resourceType = QStringLiteral("aws_security_group");
    event.resourceId = QStringLiteral("sg-0123abcd");
    event.terraformAddress = QStringLiteral("module.network.aws_security_group.web");
    event.stateName = QStringLiteral("prod");
    event.kind = ChangeKind::Modified;
    event.changes = {changed(QStringLiteral("ingress")), changed(QStringLiteral("tags"))};
    event.caller.user = QStringLiteral("alice");
    event.caller.identityType = QStringLiteral("IAMUser");
    event.caller.arn = QStringLiteral("arn:aws:iam::123456789012:user/alice");
    event.caller.sourceIp = QStringLiteral("203.0.113.7");
    event.severity = Severity::High;
    event.environment = QStringLiteral("production");
    event.alert.rule = QStringLiteral("Terraform Managed Resource Drift");
    event.alert.source = QStringLiteral("aws_cloudtrail");
    event.alert.endpoint = QStringLiteral("prod-falco");
    return event;
}

// A deletion in GCP by a CI robot that the drift rules exclude; no Terraform address is missing here,
// but the caller has no IP and no ARN.
DriftEvent gcpDeletionByRobot()
{
    DriftEvent event;
    event.provider = CloudProvider::Gcp;
    event.account = QStringLiteral("acme-prod");
    event.region = QStringLiteral("europe-west1");
    event.eventName = QStringLiteral("v1.compute.instances.delete");
    event.eventSource = QStringLiteral("compute.googleapis.com");
    event.resourceType = QStringLiteral("google_compute_instance");
    event.resourceId = QStringLiteral("projects/acme-prod/zones/europe-west1-b/instances/web-1");
    event.terraformAddress = QStringLiteral("google_compute_instance.web");
    event.stateName = QStringLiteral("gcp-prod");
    event.kind = ChangeKind::Deleted;
    event.caller.user = QStringLiteral("terraform-ci");
    event.caller.identityType = QStringLiteral("ServiceAccount");
    event.severity = Severity::Critical;
    event.excluded = true;
    event.environment = QStringLiteral("production");
    event.alert.rule = QStringLiteral("GCP Drift");
    event.alert.source = QStringLiteral("gcp_auditlog");
    event.alert.endpoint = QStringLiteral("gcp-falco");
    return event;
}

// A change to a resource no state knows about: no address, no state, no attributes, no user.
DriftEvent unmanagedBucket()
{
    DriftEvent event;
    event.account = QStringLiteral("123456789012");
    event.region = QStringLiteral("us-east-1");
    event.eventName = QStringLiteral("PutBucketPolicy");
    event.resourceType = QStringLiteral("aws_s3_bucket");
    event.resourceId = QStringLiteral("scratch-bucket");
    event.kind = ChangeKind::Unmanaged;
    event.severity = Severity::Low;
    return event;
}

DriftFilter compiled(const QString &text)
{
    const DriftFilterResult result = DriftFilter::compile(text);
    if (!result.ok())
        qWarning("filter %s: %s at %d", qPrintable(text), qPrintable(result.error), result.errorColumn);
    return result.filter.value_or(DriftFilter());
}

bool matches(const QString &text, const DriftEvent &event)
{
    const DriftFilterResult result = DriftFilter::compile(text);
    if (!result.ok()) {
        qWarning("filter %s: %s at %d", qPrintable(text), qPrintable(result.error), result.errorColumn);
        return false;
    }
    return result.filter->matches(event);
}

DriftEvent withSeverity(Severity severity)
{
    DriftEvent event = securityGroupDrift();
    event.severity = severity;
    return event;
}

DriftEvent withAttributes(const QStringList &attributes)
{
    DriftEvent event = securityGroupDrift();
    event.changes.clear();
    for (const QString &attribute : attributes)
        event.changes.append(changed(attribute));
    return event;
}

} // namespace

class TestDriftFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFilterMatchesEverything_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blanks") << QStringLiteral("  \t \n");
    }

    void emptyFilterMatchesEverything()
    {
        QFETCH(QString, text);
        const DriftFilterResult result = DriftFilter::compile(text);
        QVERIFY(result.ok());
        QCOMPARE(result.errorColumn, -1);
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.filter->matchesEverything());
        QVERIFY(result.filter->matches(securityGroupDrift()));
        QVERIFY(result.filter->matches(unmanagedBucket()));
        QVERIFY(DriftFilter().matches(gcpDeletionByRobot()));
    }

    void eachField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("onSecurityGroup");
        QTest::addColumn<bool>("onGcpDeletion");

        QTest::newRow("severity") << QStringLiteral("severity = high") << true << false;
        QTest::newRow("change") << QStringLiteral("change = deleted") << false << true;
        QTest::newRow("change case-insensitive") << QStringLiteral("change = Modified") << true << false;
        QTest::newRow("resource.type")
            << QStringLiteral("resource.type = google_compute_instance") << false << true;
        QTest::newRow("resource.id") << QStringLiteral("resource.id = sg-0123abcd") << true << false;
        QTest::newRow("resource.address")
            << QStringLiteral("resource.address = \"module.network.aws_security_group.web\"") << true
            << false;
        QTest::newRow("resource.state") << QStringLiteral("resource.state = gcp-prod") << false << true;
        QTest::newRow("attribute") << QStringLiteral("attribute = ingress") << true << false;
        QTest::newRow("user") << QStringLiteral("user = alice") << true << false;
        QTest::newRow("user.type") << QStringLiteral("user.type = ServiceAccount") << false << true;
        QTest::newRow("user.arn") << QStringLiteral("user.arn endswith \":user/alice\"") << true << false;
        QTest::newRow("source.ip") << QStringLiteral("source.ip startswith 203.0.113.") << true << false;
        QTest::newRow("account") << QStringLiteral("account = 123456789012") << true << false;
        QTest::newRow("region") << QStringLiteral("region = europe-west1") << false << true;
        QTest::newRow("provider") << QStringLiteral("provider = gcp") << false << true;
        QTest::newRow("provider upper-case") << QStringLiteral("provider = AWS") << true << false;
        QTest::newRow("environment") << QStringLiteral("environment = production") << true << true;
        QTest::newRow("event.name") << QStringLiteral("event.name = AuthorizeSecurityGroupIngress") << true
                                    << false;
        QTest::newRow("event.source")
            << QStringLiteral("event.source = compute.googleapis.com") << false << true;
        QTest::newRow("rule") << QStringLiteral("rule = \"Terraform Managed Resource Drift\"") << true
                              << false;
        QTest::newRow("falco.source") << QStringLiteral("falco.source = gcp_auditlog") << false << true;
        QTest::newRow("endpoint") << QStringLiteral("endpoint = prod-falco") << true << false;
        QTest::newRow("excluded true") << QStringLiteral("excluded = true") << false << true;
        QTest::newRow("excluded false") << QStringLiteral("excluded = false") << true << false;
    }

    void eachField()
    {
        QFETCH(QString, text);
        QFETCH(bool, onSecurityGroup);
        QFETCH(bool, onGcpDeletion);
        const DriftFilterResult result = DriftFilter::compile(text);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.filter->matches(securityGroupDrift()), onSecurityGroup);
        QCOMPARE(result.filter->matches(gcpDeletionByRobot()), onGcpDeletion);
    }

    void everyFieldIsNamedAndDescribed()
    {
        const QStringList expected{QStringLiteral("severity"),         QStringLiteral("change"),
                                   QStringLiteral("resource.type"),    QStringLiteral("resource.id"),
                                   QStringLiteral("resource.address"), QStringLiteral("resource.state"),
                                   QStringLiteral("attribute"),        QStringLiteral("user"),
                                   QStringLiteral("user.type"),        QStringLiteral("user.arn"),
                                   QStringLiteral("source.ip"),        QStringLiteral("account"),
                                   QStringLiteral("region"),           QStringLiteral("provider"),
                                   QStringLiteral("environment"),      QStringLiteral("event.name"),
                                   QStringLiteral("event.source"),     QStringLiteral("rule"),
                                   QStringLiteral("falco.source"),     QStringLiteral("endpoint"),
                                   QStringLiteral("excluded")};
        QStringList names = DriftFilter::fieldNames();
        QCOMPARE(names.size(), expected.size());
        for (const QString &name : expected)
            QVERIFY2(names.contains(name), qPrintable(name));
        for (const DriftFilterField &field : DriftFilterFields::all())
            QVERIFY2(!DriftFilterFields::description(field).isEmpty(), qPrintable(field.name));
    }

    void severityIsOrdered_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<bool>>("lowMediumHighCritical");
        QTest::newRow(">= high") << QStringLiteral("severity >= high")
                                 << QList<bool>{false, false, true, true};
        QTest::newRow("> medium") << QStringLiteral("severity > medium")
                                  << QList<bool>{false, false, true, true};
        QTest::newRow("< medium") << QStringLiteral("severity < medium")
                                  << QList<bool>{true, false, false, false};
        QTest::newRow("<= medium") << QStringLiteral("severity <= medium")
                                   << QList<bool>{true, true, false, false};
        QTest::newRow("= critical") << QStringLiteral("severity = critical")
                                    << QList<bool>{false, false, false, true};
        QTest::newRow("!= low") << QStringLiteral("severity != low") << QList<bool>{false, true, true, true};
        QTest::newRow("upper-case") << QStringLiteral("severity >= HIGH")
                                    << QList<bool>{false, false, true, true};
        QTest::newRow("quoted") << QStringLiteral("severity = \"Medium\"")
                                << QList<bool>{false, true, false, false};
        QTest::newRow("in") << QStringLiteral("severity in (low, Critical)")
                            << QList<bool>{true, false, false, true};
        QTest::newRow("glob") << QStringLiteral("severity glob \"*i*\"")
                              << QList<bool>{false, true, true, true};
    }

    void severityIsOrdered()
    {
        QFETCH(QString, text);
        QFETCH(QList<bool>, lowMediumHighCritical);
        const DriftFilter filter = compiled(text);
        QCOMPARE(filter.matches(withSeverity(Severity::Low)), lowMediumHighCritical[0]);
        QCOMPARE(filter.matches(withSeverity(Severity::Medium)), lowMediumHighCritical[1]);
        QCOMPARE(filter.matches(withSeverity(Severity::High)), lowMediumHighCritical[2]);
        QCOMPARE(filter.matches(withSeverity(Severity::Critical)), lowMediumHighCritical[3]);
    }

    void attributeIsAList()
    {
        const DriftEvent ingressAndEgress
            = withAttributes({QStringLiteral("ingress"), QStringLiteral("egress")});
        const DriftEvent ingressAndTags = withAttributes({QStringLiteral("ingress"), QStringLiteral("tags")});
        const DriftEvent none = withAttributes({});

        // As in Falco, a list is `in` a set when every value is in it; intersects wants one in common.
        QVERIFY(matches(QStringLiteral("attribute in (ingress, egress)"), ingressAndEgress));
        QVERIFY(!matches(QStringLiteral("attribute in (ingress, egress)"), ingressAndTags));
        QVERIFY(matches(QStringLiteral("attribute intersects (egress, tags)"), ingressAndTags));
        QVERIFY(matches(QStringLiteral("attribute intersects (egress, tags)"), ingressAndEgress));
        QVERIFY(!matches(QStringLiteral("attribute intersects (policy, name)"), ingressAndTags));
        QVERIFY(matches(QStringLiteral("attribute = tags"), ingressAndTags));
        QVERIFY(matches(QStringLiteral("attribute glob \"e*\""), ingressAndEgress));
        QVERIFY(!matches(QStringLiteral("attribute glob \"e*\""), ingressAndTags));

        // No changed attribute: nothing compares, not even !=, and in is not vacuously true.
        QVERIFY(!matches(QStringLiteral("attribute exists"), none));
        QVERIFY(!matches(QStringLiteral("attribute != ingress"), none));
        QVERIFY(!matches(QStringLiteral("attribute in (ingress, egress)"), none));
        QVERIFY(matches(QStringLiteral("attribute exists"), ingressAndTags));
    }

    void stringOperators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        // resource.type = aws_security_group, resource.id = sg-0123abcd, user.arn ends in user/alice.
        QTest::newRow("glob star") << QStringLiteral("resource.type glob \"aws_*_group\"") << true;
        QTest::newRow("glob no match") << QStringLiteral("resource.type glob \"aws_iam_*\"") << false;
        QTest::newRow("glob question mark") << QStringLiteral("resource.id glob \"sg-012?abcd\"") << true;
        QTest::newRow("glob bracket range") << QStringLiteral("resource.id glob \"sg-[0-9]*\"") << true;
        QTest::newRow("glob negated bracket") << QStringLiteral("resource.id glob \"sg-[!0-9]*\"") << false;
        QTest::newRow("glob is case-sensitive") << QStringLiteral("resource.type glob \"AWS_*\"") << false;
        QTest::newRow("iglob") << QStringLiteral("resource.type iglob \"AWS_*\"") << true;
        QTest::newRow("regex whole value") << QStringLiteral("resource.id regex \"sg-[0-9a-f]{8}\"") << true;
        QTest::newRow("regex is not a search") << QStringLiteral("resource.id regex \"0123\"") << false;
        QTest::newRow("regex search spelled out") << QStringLiteral("resource.id regex \".*0123.*\"") << true;
        QTest::newRow("contains") << QStringLiteral("resource.type contains security") << true;
        QTest::newRow("contains case-sensitive")
            << QStringLiteral("resource.type contains SECURITY") << false;
        QTest::newRow("icontains") << QStringLiteral("resource.type icontains SECURITY") << true;
        QTest::newRow("startswith") << QStringLiteral("resource.type startswith aws_") << true;
        QTest::newRow("endswith") << QStringLiteral("resource.type endswith _bucket") << false;
        QTest::newRow("equal is exact") << QStringLiteral("user = Alice") << false;
        QTest::newRow("not equal") << QStringLiteral("user != bob") << true;
        QTest::newRow("lexical order") << QStringLiteral("region > us-east-0") << true;
        QTest::newRow("pmatch") << QStringLiteral("resource.address pmatch (module.network)") << false;
        QTest::newRow("in bare words") << QStringLiteral("user in (terraform-ci, alice)") << true;
        QTest::newRow("in quoted") << QStringLiteral("user in (\"bob smith\", 'alice')") << true;
        QTest::newRow("exists") << QStringLiteral("source.ip exists") << true;
    }

    void stringOperators()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        const DriftFilterResult result = DriftFilter::compile(text);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.filter->matches(securityGroupDrift()), expected);
    }

    void globEscapes()
    {
        DriftEvent starred = securityGroupDrift();
        starred.resourceId = QStringLiteral("a*b");
        DriftEvent plain = securityGroupDrift();
        plain.resourceId = QStringLiteral("axb");
        // In the filter text "a\\*b" is the glob a\*b: a literal star.
        const DriftFilter literalStar = compiled(QStringLiteral("resource.id glob \"a\\\\*b\""));
        QVERIFY(literalStar.matches(starred));
        QVERIFY(!literalStar.matches(plain));
        const DriftFilter anyMiddle = compiled(QStringLiteral("resource.id glob \"a*b\""));
        QVERIFY(anyMiddle.matches(starred));
        QVERIFY(anyMiddle.matches(plain));
    }

    void pathMatch()
    {
        DriftEvent event = securityGroupDrift();
        event.resourceId = QStringLiteral("/subscriptions/1/resourceGroups/web/disks/d1");
        QVERIFY(matches(QStringLiteral("resource.id pmatch (/subscriptions/1/resourceGroups/web)"), event));
        QVERIFY(!matches(QStringLiteral("resource.id pmatch (/subscriptions/1/resourceGroups/we)"), event));
    }

    void booleanPrecedence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        // On the security-group event: user = alice, severity = high, region = us-east-1.
        QTest::newRow("and binds tighter than or")
            << QStringLiteral("user = alice or user = bob and region = nowhere") << true;
        QTest::newRow("parentheses regroup")
            << QStringLiteral("(user = alice or user = bob) and region = nowhere") << false;
        QTest::newRow("not binds tighter than and")
            << QStringLiteral("not user = bob and severity = high") << true;
        QTest::newRow("not of a group") << QStringLiteral("not (user = bob or severity = high)") << false;
        QTest::newRow("not not") << QStringLiteral("not not user = alice") << true;
        QTest::newRow("or of falses")
            << QStringLiteral("user = bob or severity = low or region = x") << false;
        QTest::newRow("and of trues")
            << QStringLiteral("user = alice and severity = high and region = us-east-1") << true;
    }

    void booleanPrecedence()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        const DriftFilterResult result = DriftFilter::compile(text);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.filter->matches(securityGroupDrift()), expected);
    }

    void missingValuesCompareFalse()
    {
        const DriftEvent bucket = unmanagedBucket();
        QVERIFY(!matches(QStringLiteral("resource.address = \"\""), bucket));
        QVERIFY(!matches(QStringLiteral("resource.address != aws_s3_bucket.logs"), bucket));
        QVERIFY(!matches(QStringLiteral("resource.address exists"), bucket));
        QVERIFY(matches(QStringLiteral("not resource.address exists"), bucket));
        QVERIFY(!matches(QStringLiteral("user != alice"), bucket));
        QVERIFY(!matches(QStringLiteral("user in (terraform-ci, atlantis)"), bucket));
        QVERIFY(matches(QStringLiteral("not user in (terraform-ci, atlantis)"), bucket));
        QVERIFY(!matches(QStringLiteral("user.arn glob \"*\""), bucket));
        QVERIFY(!matches(QStringLiteral("source.ip exists"), gcpDeletionByRobot()));
        // Enumerated fields always have a value.
        QVERIFY(matches(QStringLiteral("change = unmanaged and severity exists"), bucket));
    }

    void theIssueExample()
    {
        const QString text = QStringLiteral(
            "severity >= high and resource.type glob \"aws_iam_*\" and not user in (terraform-ci, atlantis)");
        const DriftFilterResult result = DriftFilter::compile(text);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.filter->text(), text);

        DriftEvent roleByHuman = securityGroupDrift();
        roleByHuman.resourceType = QStringLiteral("aws_iam_role");
        QVERIFY(result.filter->matches(roleByHuman));

        DriftEvent criticalPolicyByHuman = roleByHuman;
        criticalPolicyByHuman.resourceType = QStringLiteral("aws_iam_policy");
        criticalPolicyByHuman.severity = Severity::Critical;
        QVERIFY(result.filter->matches(criticalPolicyByHuman));

        DriftEvent roleByAtlantis = roleByHuman;
        roleByAtlantis.caller.user = QStringLiteral("atlantis");
        QVERIFY(!result.filter->matches(roleByAtlantis));

        DriftEvent roleByCi = roleByHuman;
        roleByCi.caller.user = QStringLiteral("terraform-ci");
        QVERIFY(!result.filter->matches(roleByCi));

        DriftEvent mediumRole = roleByHuman;
        mediumRole.severity = Severity::Medium;
        QVERIFY(!result.filter->matches(mediumRole));

        QVERIFY(!result.filter->matches(securityGroupDrift())); // not an IAM resource

        // No user at all is not one of the robots either.
        DriftEvent roleByNobody = roleByHuman;
        roleByNobody.caller.user.clear();
        QVERIFY(result.filter->matches(roleByNobody));
    }

    void copiesFilterAlike()
    {
        const DriftFilter original = compiled(QStringLiteral("user = alice"));
        const DriftFilter copy = original;
        QVERIFY(copy.matches(securityGroupDrift()));
        QVERIFY(!copy.matches(gcpDeletionByRobot()));
        QCOMPARE(copy.text(), original.text());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("at");       // the text the error column must point at
        QTest::addColumn<QString>("mentions"); // a word the message must contain
        QTest::newRow("unknown single-word field")
            << QStringLiteral("sevrity >= high") << QStringLiteral("sevrity") << QStringLiteral("'severity'");
        QTest::newRow("unknown dotted field")
            << QStringLiteral("severity >= high and resource.typ = aws_iam_role")
            << QStringLiteral("resource.typ") << QStringLiteral("'resource.type'");
        QTest::newRow("unknown field, nothing close")
            << QStringLiteral("user = alice or zzzzzzzz = 1") << QStringLiteral("zzzzzzzz")
            << QStringLiteral("zzzzzzzz");
        QTest::newRow("bad severity, near one")
            << QStringLiteral("severity >= hight") << QStringLiteral("hight") << QStringLiteral("'high'");
        QTest::newRow("bad severity, listed") << QStringLiteral("severity >= hihg") << QStringLiteral("hihg")
                                              << QStringLiteral("low, medium, high, critical");
        QTest::newRow("bad severity in a list") << QStringLiteral("severity in (low, urgent)")
                                                << QStringLiteral("urgent") << QStringLiteral("critical");
        QTest::newRow("bad change kind")
            << QStringLiteral("change = removed") << QStringLiteral("removed") << QStringLiteral("deleted");
        QTest::newRow("bad boolean") << QStringLiteral("excluded = yes") << QStringLiteral("yes")
                                     << QStringLiteral("true");
        QTest::newRow("unordered field")
            << QStringLiteral("change < deleted") << QStringLiteral("<") << QStringLiteral("change");
        QTest::newRow("bare word") << QStringLiteral("user = alice and critical")
                                   << QStringLiteral("critical") << QStringLiteral("severity >= high");
        QTest::newRow("invalid regex")
            << QStringLiteral("user regex \"(ab\"") << QStringLiteral("\"(ab\"") << QStringLiteral("(ab");
        QTest::newRow("field argument")
            << QStringLiteral("user[0] = alice") << QStringLiteral("[0]") << QStringLiteral("user");
        QTest::newRow("transformer") << QStringLiteral("tolower(user.arn) = x") << QStringLiteral("tolower")
                                     << QStringLiteral("tolower");
        QTest::newRow("val") << QStringLiteral("user = val(user.arn)") << QStringLiteral("val(")
                             << QStringLiteral("val");
        QTest::newRow("byte operator") << QStringLiteral("user bcontains 414243")
                                       << QStringLiteral("bcontains") << QStringLiteral("bcontains");
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        QFETCH(QString, mentions);
        const DriftFilterResult result = DriftFilter::compile(text);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QCOMPARE(result.errorColumn, int(text.indexOf(at)));
    }

    void quotedValuesReadBackExactly_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain word") << QStringLiteral("alice");
        QTest::newRow("double quote") << QStringLiteral("say \"hi\"");
        QTest::newRow("single quote") << QStringLiteral("o'brien");
        QTest::newRow("both quote kinds") << QStringLiteral("it's \"quoted\"");
        QTest::newRow("backslash") << QStringLiteral("CORP\\alice");
        QTest::newRow("escape-looking backslashes") << QStringLiteral("a\\nb\\tc\\\"d\\'e\\\\f");
        QTest::newRow("trailing backslash") << QStringLiteral("alice\\");
        QTest::newRow("only a backslash") << QStringLiteral("\\");
        QTest::newRow("newline and tab") << QStringLiteral("line one\nline\ttwo");
        QTest::newRow("control characters") << QStringLiteral("a\bb\fc\rd");
        QTest::newRow("injection") << QStringLiteral("x\" or user exists or user = \"x");
        QTest::newRow("single-quote injection") << QStringLiteral("x' or user exists or user = 'x");
        QTest::newRow("operators and brackets") << QStringLiteral("a = (b, c) and not d");
        QTest::newRow("leading and trailing blanks") << QStringLiteral("  alice  ");
        QTest::newRow("looks like a number") << QStringLiteral("0x1F");
        QTest::newRow("looks like a transformer") << QStringLiteral("tolower(alice)");
        QTest::newRow("Japanese") << QStringLiteral("\u5c71\u7530 \u592a\u90ce");
        QTest::newRow("Japanese word") << QStringLiteral("\u5c71\u7530\u592a\u90ce");
        QTest::newRow("emoji") << QStringLiteral("\U0001F600 ops");
    }

    // Whatever a user name holds, "user = <quoted>" must select that user and nobody else.
    void quotedValuesReadBackExactly()
    {
        QFETCH(QString, value);
        DriftEvent exact = securityGroupDrift();
        exact.caller.user = value;
        DriftEvent longer = securityGroupDrift();
        longer.caller.user = value + u'x';
        DriftEvent shorter = securityGroupDrift();
        shorter.caller.user = value.chopped(1);
        DriftEvent someoneElse = securityGroupDrift(); // alice, or x when the value is alice
        if (value == someoneElse.caller.user)
            someoneElse.caller.user = QStringLiteral("x");

        for (const QString &literal :
             {DriftFilter::quotedValue(value), DriftFilter::quotedValueIfNeeded(value)}) {
            const QString text = QStringLiteral("user = ") + literal;
            const DriftFilterResult result = DriftFilter::compile(text);
            QVERIFY2(result.ok(), qPrintable(text + QStringLiteral(": ") + result.error));
            QVERIFY2(result.filter->matches(exact), qPrintable(text));
            QVERIFY2(!result.filter->matches(longer), qPrintable(text));
            QVERIFY2(!result.filter->matches(shorter), qPrintable(text));
            QVERIFY2(!result.filter->matches(someoneElse), qPrintable(text));
            QVERIFY2(!result.filter->matches(unmanagedBucket()), qPrintable(text)); // no user at all

            // The value also reads back inside a list, next to other items.
            const QString listed = QStringLiteral("user in (nobody, ") + literal + QStringLiteral(", x)");
            const DriftFilterResult inList = DriftFilter::compile(listed);
            QVERIFY2(inList.ok(), qPrintable(listed + QStringLiteral(": ") + inList.error));
            QVERIFY2(inList.filter->matches(exact), qPrintable(listed));
            QVERIFY2(!inList.filter->matches(longer), qPrintable(listed));
        }
        // Quoting keeps the text on one line.
        QVERIFY(!DriftFilter::quotedValue(value).contains(u'\n'));
    }

    void quotedValueIfNeededLeavesPlainWordsBare()
    {
        QCOMPARE(DriftFilter::quotedValueIfNeeded(QStringLiteral("aws_iam_role")),
                 QStringLiteral("aws_iam_role"));
        QCOMPARE(DriftFilter::quotedValueIfNeeded(QStringLiteral("arn:aws:iam::1:user/alice@corp")),
                 QStringLiteral("arn:aws:iam::1:user/alice@corp"));
        QCOMPARE(DriftFilter::quotedValueIfNeeded(QStringLiteral("Jane Doe")),
                 QStringLiteral("\"Jane Doe\""));
        QCOMPARE(DriftFilter::quotedValueIfNeeded(QString()), QStringLiteral("\"\""));
        QCOMPARE(DriftFilter::quotedValue(QStringLiteral("alice")), QStringLiteral("\"alice\""));
        QCOMPARE(DriftFilter::quotedValue(QStringLiteral("a\"b\\c")), QStringLiteral("\"a\\\"b\\\\c\""));
    }

    void syntaxErrorsFromTheParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::newRow("dangling and") << QStringLiteral("severity >= high and ") << 21;
        QTest::newRow("unclosed list") << QStringLiteral("user in (alice, bob") << 19;
        QTest::newRow("unclosed parenthesis") << QStringLiteral("(user = alice") << 13;
        QTest::newRow("stray parenthesis") << QStringLiteral("user = alice)") << 12;
        QTest::newRow("missing value") << QStringLiteral("user = ") << 7;
        QTest::newRow("missing operator") << QStringLiteral("resource.type aws_iam_role") << 14;
        QTest::newRow("unterminated string") << QStringLiteral("user = \"alice") << 7;
    }

    void syntaxErrorsFromTheParser()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        const DriftFilterResult result = DriftFilter::compile(text);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.errorColumn, column);
    }
};

QTEST_GUILESS_MAIN(TestDriftFilter)
#include "test_drift_filter.moc"

// The quick filters: severity toggles, a change kind and free text, alone and together, over the
// fields a row shows.
#include "core/filter/QuickFilter.h"

#include <QTest>

#include <functional>

using namespace tfdrift;

namespace {

DriftEvent driftEvent(Severity severity, ChangeKind kind)
{
    DriftEvent e;
    e.severity = severity;
    e.kind = kind;
    e.resourceType = QStringLiteral("aws_security_group");
    e.resourceId = QStringLiteral("sg-0abc");
    e.terraformAddress = QStringLiteral("aws_security_group.ssh");
    e.changes = {{QStringLiteral("ingress"), QJsonValue(), QJsonValue()}};
    e.caller.user = QStringLiteral("alice");
    e.caller.arn = QStringLiteral("arn:aws:iam::111122223333:user/hidden-arn");
    e.account = QStringLiteral("111122223333");
    e.region = QStringLiteral("us-east-1");
    e.eventName = QStringLiteral("AuthorizeSecurityGroupIngress");
    e.alert.endpoint = QStringLiteral("prod-falco");
    e.alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    e.alert.output = QStringLiteral("only-in-the-raw-output");
    return e;
}

using EventEdit = std::function<void(DriftEvent &, const QString &)>;

} // namespace

Q_DECLARE_METATYPE(EventEdit)

class TestQuickFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefaultShowsEverything()
    {
        const QuickFilter filter;
        QVERIFY(filter.matchesEverything());
        for (Severity severity : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
            for (ChangeKind kind :
                 {ChangeKind::Modified, ChangeKind::Created, ChangeKind::Deleted, ChangeKind::Unmanaged}) {
                QVERIFY(filter.includesSeverity(severity));
                QVERIFY(filter.includesChangeKind(kind));
                QVERIFY(filter.matches(driftEvent(severity, kind)));
            }
        }
        QVERIFY(filter.matches(DriftEvent{}));
    }

    void severityTogglesHideTheirEvents()
    {
        QuickFilter filter;
        filter.setSeverityIncluded(Severity::Low, false);
        filter.setSeverityIncluded(Severity::Medium, false);
        QVERIFY(!filter.matchesEverything());
        QVERIFY(filter.matches(driftEvent(Severity::Critical, ChangeKind::Modified)));
        QVERIFY(filter.matches(driftEvent(Severity::High, ChangeKind::Modified)));
        QVERIFY(!filter.matches(driftEvent(Severity::Medium, ChangeKind::Modified)));
        QVERIFY(!filter.matches(driftEvent(Severity::Low, ChangeKind::Modified)));

        filter.setSeverityIncluded(Severity::Low, true);
        QVERIFY(filter.matches(driftEvent(Severity::Low, ChangeKind::Modified)));

        QuickFilter nothing;
        nothing.setSeverities({});
        QVERIFY(!nothing.matchesEverything());
        QVERIFY(!nothing.matches(driftEvent(Severity::Critical, ChangeKind::Modified)));
    }

    void oneChangeKindHidesTheOthers()
    {
        QuickFilter filter;
        filter.setChangeKinds({ChangeKind::Deleted});
        QVERIFY(!filter.matchesEverything());
        QVERIFY(filter.matches(driftEvent(Severity::Low, ChangeKind::Deleted)));
        QVERIFY(!filter.matches(driftEvent(Severity::Low, ChangeKind::Modified)));
        QVERIFY(!filter.matches(driftEvent(Severity::Low, ChangeKind::Created)));
        QVERIFY(!filter.matches(driftEvent(Severity::Low, ChangeKind::Unmanaged)));
    }

    void textFindsAnyShownField_data()
    {
        QTest::addColumn<EventEdit>("edit");
        QTest::newRow("resource type")
            << EventEdit([](DriftEvent &e, const QString &t) { e.resourceType = t; });
        QTest::newRow("resource id") << EventEdit([](DriftEvent &e, const QString &t) { e.resourceId = t; });
        QTest::newRow("address") << EventEdit(
            [](DriftEvent &e, const QString &t) { e.terraformAddress = t; });
        QTest::newRow("attribute") << EventEdit([](DriftEvent &e, const QString &t) {
            e.changes.append({t, QJsonValue(), QJsonValue()});
        });
        QTest::newRow("user") << EventEdit([](DriftEvent &e, const QString &t) { e.caller.user = t; });
        QTest::newRow("account") << EventEdit([](DriftEvent &e, const QString &t) { e.account = t; });
        QTest::newRow("region") << EventEdit([](DriftEvent &e, const QString &t) { e.region = t; });
        QTest::newRow("event name") << EventEdit([](DriftEvent &e, const QString &t) { e.eventName = t; });
        QTest::newRow("endpoint") << EventEdit([](DriftEvent &e, const QString &t) { e.alert.endpoint = t; });
        QTest::newRow("falco rule") << EventEdit([](DriftEvent &e, const QString &t) { e.alert.rule = t; });
    }

    void textFindsAnyShownField()
    {
        QFETCH(EventEdit, edit);
        DriftEvent e = driftEvent(Severity::Medium, ChangeKind::Modified);
        edit(e, QStringLiteral("Prefix-NeedleInHaystack-suffix"));
        QuickFilter filter;
        filter.text = QStringLiteral("needleinhay");
        QVERIFY(!filter.matchesEverything());
        QVERIFY(filter.matches(e));
        filter.text = QStringLiteral("NEEDLEINHAYSTACK");
        QVERIFY(filter.matches(e));
        QVERIFY(!filter.matches(driftEvent(Severity::Medium, ChangeKind::Modified)));
    }

    void textIgnoresWhatTheTableDoesNotShow()
    {
        QuickFilter filter;
        filter.text = QStringLiteral("only-in-the-raw-output");
        QVERIFY(!filter.matches(driftEvent(Severity::High, ChangeKind::Modified)));
        filter.text = QStringLiteral("hidden-arn");
        QVERIFY(!filter.matches(driftEvent(Severity::High, ChangeKind::Modified)));
    }

    void japaneseTextIsFound()
    {
        DriftEvent e = driftEvent(Severity::High, ChangeKind::Modified);
        e.caller.user = QStringLiteral("山田太郎");
        QuickFilter filter;
        filter.text = QStringLiteral("太郎");
        QVERIFY(filter.matches(e));
        filter.text = QStringLiteral("花子");
        QVERIFY(!filter.matches(e));
    }

    void everyPartMustMatch()
    {
        QuickFilter filter;
        filter.setSeverities({Severity::Critical, Severity::High});
        filter.setChangeKinds({ChangeKind::Modified});
        filter.text = QStringLiteral("ALICE");

        QVERIFY(filter.matches(driftEvent(Severity::Critical, ChangeKind::Modified)));
        QVERIFY(filter.matches(driftEvent(Severity::High, ChangeKind::Modified)));
        QVERIFY(!filter.matches(driftEvent(Severity::Low, ChangeKind::Modified)));     // severity hidden
        QVERIFY(!filter.matches(driftEvent(Severity::Critical, ChangeKind::Deleted))); // other kind
        DriftEvent bob = driftEvent(Severity::Critical, ChangeKind::Modified);
        bob.caller.user = QStringLiteral("bob");
        QVERIFY(!filter.matches(bob)); // text nowhere
    }

    void filtersCompareByWhatTheyShow()
    {
        QuickFilter a;
        QuickFilter b;
        QCOMPARE(a, b);
        a.setSeverityIncluded(Severity::High, false);
        QVERIFY(!(a == b));
        b.setSeverities({Severity::Critical, Severity::Medium, Severity::Low});
        QCOMPARE(a, b);
        a.text = QStringLiteral("x");
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(TestQuickFilter)
#include "test_quick_filter.moc"

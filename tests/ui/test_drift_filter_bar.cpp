#include "core/drift/DriftEvent.h"
#include "ui/DriftFilterBar.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace tfdrift;

namespace {

DriftEvent iamPolicyChangedByAlice()
{
    DriftEvent event;
    event.id = 1;
    event.severity = Severity::Critical;
    event.resourceType = QStringLiteral("aws_iam_policy");
    event.resourceId = QStringLiteral("arn:aws:iam::123456789012:policy/deploy");
    event.terraformAddress = QStringLiteral("aws_iam_policy.deploy");
    event.kind = ChangeKind::Modified;
    event.caller.user = QStringLiteral("alice");
    event.region = QStringLiteral("us-east-1");
    return event;
}

DriftEvent bucketTaggedByCi()
{
    DriftEvent event;
    event.id = 2;
    event.severity = Severity::Low;
    event.resourceType = QStringLiteral("aws_s3_bucket");
    event.resourceId = QStringLiteral("logs-bucket");
    event.kind = ChangeKind::Modified;
    event.caller.user = QStringLiteral("terraform-ci");
    event.region = QStringLiteral("eu-west-1");
    return event;
}

void typeInto(DriftFilterBar &bar, const QString &text)
{
    bar.lineEdit()->clear();
    QTest::keyClicks(bar.lineEdit(), text);
}

} // namespace

class TestDriftFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmptyWithApplyEnabled()
    {
        DriftFilterBar bar;
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QVERIFY(bar.errorText().isEmpty());
        QVERIFY(bar.applyButton()->isEnabled());
        QVERIFY(!bar.lineEdit()->placeholderText().isEmpty());
        QVERIFY(!bar.lineEdit()->accessibleName().isEmpty());
        QVERIFY(!bar.applyButton()->accessibleName().isEmpty());
        QVERIFY(!bar.historyButton()->accessibleName().isEmpty());
    }

    void typingMovesThroughTheStates()
    {
        DriftFilterBar bar;
        bar.show();
        QSignalSpy states(&bar, &DriftFilterBar::stateChanged);

        typeInto(bar, QStringLiteral("severity >= high"));
        QCOMPARE(bar.state(), DriftFilterBar::State::Valid);
        QVERIFY(bar.applyButton()->isEnabled());

        typeInto(bar, QStringLiteral("severity >= high and sevrity = low"));
        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        QVERIFY(!bar.applyButton()->isEnabled());

        QTest::keyClick(bar.lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Backspace);
        QCOMPARE(bar.lineEdit()->text(), QString());
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QVERIFY(bar.applyButton()->isEnabled());

        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(0).value<DriftFilterBar::State>(), DriftFilterBar::State::Empty);
    }

    void invalidTextExplainsTheErrorWithItsColumn()
    {
        DriftFilterBar bar;
        QSignalSpy errors(&bar, &DriftFilterBar::errorChanged);
        typeInto(bar, QStringLiteral("severity >= high and sevrity = low"));

        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        // "sevrity" starts at the 22nd character.
        QVERIFY2(bar.errorText().startsWith(QStringLiteral("column 22: ")), qPrintable(bar.errorText()));
        QVERIFY2(bar.errorText().contains(QStringLiteral("unknown field 'sevrity'")),
                 qPrintable(bar.errorText()));
        QVERIFY2(bar.errorText().contains(QStringLiteral("severity")), qPrintable(bar.errorText()));
        QVERIFY(bar.lineEdit()->toolTip().contains(QStringLiteral("column 22")));
        QVERIFY(bar.lineEdit()->toolTip().contains(QStringLiteral("unknown field &#x27;sevrity&#x27;"))
                || bar.lineEdit()->toolTip().contains(QStringLiteral("unknown field 'sevrity'")));
        QVERIFY(bar.lineEdit()->accessibleDescription().contains(QStringLiteral("column 22")));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.last().at(0).toString(), bar.errorText());

        typeInto(bar, QStringLiteral("severity >= high"));
        QVERIFY(bar.errorText().isEmpty());
        QCOMPARE(errors.last().at(0).toString(), QString());
    }

    void tooltipNeverRendersTheUsersTextAsMarkup()
    {
        DriftFilterBar bar;
        // The error quotes the rejected value back.
        typeInto(bar, QStringLiteral("severity = \"<b>bold</b>\""));
        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        QVERIFY(!bar.lineEdit()->toolTip().contains(QStringLiteral("<b>")));
        QVERIFY2(bar.lineEdit()->toolTip().contains(QStringLiteral("&lt;b&gt;")),
                 qPrintable(bar.lineEdit()->toolTip()));
    }

    void enterOnValidTextAppliesAFilterThatSelectsTheRightEvents()
    {
        DriftFilterBar bar;
        bar.show();
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        const QString text = QStringLiteral("severity >= high and resource.type glob \"aws_iam_*\"");
        typeInto(bar, text);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);

        QCOMPARE(applied.size(), 1);
        const auto filter = applied.first().at(0).value<DriftFilter>();
        QCOMPARE(applied.first().at(1).toString(), text);
        QCOMPARE(bar.appliedText(), text);
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(!filter.matches(bucketTaggedByCi()));
    }

    void applyButtonAppliesToo()
    {
        DriftFilterBar bar;
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        typeInto(bar, QStringLiteral("not user in (terraform-ci, atlantis)"));
        QTest::mouseClick(bar.applyButton(), Qt::LeftButton);

        QCOMPARE(applied.size(), 1);
        const auto filter = applied.first().at(0).value<DriftFilter>();
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(!filter.matches(bucketTaggedByCi()));
    }

    void enterOnInvalidTextAppliesNothing()
    {
        DriftFilterBar bar;
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        typeInto(bar, QStringLiteral("severity >= "));
        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QTest::mouseClick(bar.applyButton(), Qt::LeftButton);
        QCOMPARE(applied.size(), 0);
        QVERIFY(bar.appliedText().isEmpty());
        QVERIFY(bar.history().isEmpty());
    }

    void escapeClearsAndAppliesTheEmptyFilter()
    {
        DriftFilterBar bar;
        bar.show();
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        typeInto(bar, QStringLiteral("user = alice"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(applied.size(), 1);

        QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
        QCOMPARE(bar.lineEdit()->text(), QString());
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QCOMPARE(applied.size(), 2);
        const auto filter = applied.last().at(0).value<DriftFilter>();
        QVERIFY(filter.matchesEverything());
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(filter.matches(bucketTaggedByCi()));
        QCOMPARE(applied.last().at(1).toString(), QString());
        QCOMPARE(bar.appliedText(), QString());
        // Clearing is not a filter worth remembering.
        QCOMPARE(bar.history(), QStringList{QStringLiteral("user = alice")});
    }

    void escapeAlsoClearsAnInvalidFilter()
    {
        DriftFilterBar bar;
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        typeInto(bar, QStringLiteral("user = ("));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QCOMPARE(applied.size(), 1);
    }

    void historyKeepsTheNewestTwentyDistinctFiltersFirst()
    {
        DriftFilterBar bar;
        QSignalSpy changed(&bar, &DriftFilterBar::historyChanged);
        for (int i = 0; i < 25; ++i) {
            typeInto(bar, QStringLiteral("user = u%1").arg(i));
            QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        }
        QCOMPARE(bar.history().size(), 20);
        QCOMPARE(bar.history().first(), QStringLiteral("user = u24"));
        QCOMPARE(bar.history().last(), QStringLiteral("user = u5"));

        // Applying an older filter again moves it to the top instead of repeating it.
        typeInto(bar, QStringLiteral("user = u10"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(bar.history().size(), 20);
        QCOMPARE(bar.history().first(), QStringLiteral("user = u10"));
        QCOMPARE(bar.history().count(QStringLiteral("user = u10")), 1);
        QCOMPARE(bar.history().at(1), QStringLiteral("user = u24"));
        QCOMPARE(changed.last().at(0).toStringList(), bar.history());
    }

    void historyMenuAppliesTheChosenFilter()
    {
        DriftFilterBar bar;
        QVERIFY(!bar.historyButton()->isEnabled());
        bar.setHistory({QStringLiteral("severity = critical"), QStringLiteral("user = a & b"), QString(),
                        QStringLiteral("severity = critical")});
        QCOMPARE(bar.history(),
                 (QStringList{QStringLiteral("severity = critical"), QStringLiteral("user = a & b")}));
        QVERIFY(bar.historyButton()->isEnabled());

        auto *button = qobject_cast<QToolButton *>(bar.historyButton());
        QVERIFY(button && button->menu());
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), 2);
        // '&' is shown, not turned into a keyboard mnemonic.
        QCOMPARE(actions.at(1)->text(), QStringLiteral("user = a && b"));

        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        actions.at(0)->trigger();
        QCOMPARE(bar.lineEdit()->text(), QStringLiteral("severity = critical"));
        QCOMPARE(applied.size(), 1);
        const auto filter = applied.first().at(0).value<DriftFilter>();
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(!filter.matches(bucketTaggedByCi()));
    }

    void backgroundTellsValidFromInvalid()
    {
        DriftFilterBar bar;
        const QColor empty = bar.lineEdit()->palette().color(QPalette::Base);
        typeInto(bar, QStringLiteral("severity >= high"));
        const QColor valid = bar.lineEdit()->palette().color(QPalette::Base);
        typeInto(bar, QStringLiteral("severity >="));
        const QColor invalid = bar.lineEdit()->palette().color(QPalette::Base);

        QVERIFY(valid != invalid);
        QVERIFY(valid != empty);
        QVERIFY(invalid != empty);
        QCOMPARE(empty, bar.palette().color(QPalette::Base));
        QVERIFY(valid.green() > valid.red());
        QVERIFY(invalid.red() > invalid.green());
    }

    void tintFollowsADarkPalette()
    {
        DriftFilterBar bar;
        QPalette dark = bar.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        bar.setPalette(dark);
        typeInto(bar, QStringLiteral("severity >="));
        const QColor invalid = bar.lineEdit()->palette().color(QPalette::Base);
        // Still dark enough for the light text to read.
        QVERIFY2(invalid.lightness() < 100, qPrintable(invalid.name()));
        QVERIFY(invalid.red() > invalid.green());
    }

    void completionReplacesOnlyTheWordUnderTheCursor()
    {
        DriftFilterBar bar;
        typeInto(bar, QStringLiteral("severity >= high and resource.ty"));
        bar.insertCompletion(QStringLiteral("resource.type"));
        QCOMPARE(bar.lineEdit()->text(), QStringLiteral("severity >= high and resource.type"));
        QCOMPARE(bar.lineEdit()->cursorPosition(), bar.lineEdit()->text().size());

        // In the middle of the text, the whole word around the cursor is replaced and the rest kept.
        bar.setFilterText(QStringLiteral("sev >= high and user = alice"));
        bar.lineEdit()->setCursorPosition(2);
        bar.insertCompletion(QStringLiteral("severity"));
        QCOMPARE(bar.lineEdit()->text(), QStringLiteral("severity >= high and user = alice"));
        QCOMPARE(bar.lineEdit()->cursorPosition(), 8);
        QCOMPARE(bar.state(), DriftFilterBar::State::Valid);
    }

    void seenValuesAreOfferedAndQuotedWhenNeeded()
    {
        DriftFilterBar bar;
        QVERIFY(bar.completionCandidates().contains(QStringLiteral("resource.type")));
        bar.addCompletionValues({QStringLiteral("aws_iam_role"), QStringLiteral("Jane Doe"),
                                 QStringLiteral("aws_iam_role"), QString()});
        const QStringList candidates = bar.completionCandidates();
        QCOMPARE(candidates.count(QStringLiteral("aws_iam_role")), 1);
        QVERIFY(candidates.contains(QStringLiteral("Jane Doe")));
        QVERIFY(!candidates.contains(QString()));

        typeInto(bar, QStringLiteral("user = Ja"));
        bar.insertCompletion(QStringLiteral("Jane Doe"));
        QCOMPARE(bar.lineEdit()->text(), QStringLiteral("user = \"Jane Doe\""));
        QCOMPARE(bar.state(), DriftFilterBar::State::Valid);
    }

    void focusFilterSelectsTheText()
    {
        DriftFilterBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.setFilterText(QStringLiteral("user = alice"));
        bar.focusFilter();
        QCOMPARE(bar.lineEdit()->selectedText(), QStringLiteral("user = alice"));
    }
};

QTEST_MAIN(TestDriftFilterBar)
#include "test_drift_filter_bar.moc"

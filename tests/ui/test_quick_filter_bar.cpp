// The quick filter bar as a user works it: severity toggles with their colours, the change-kind
// choice, and a search field that waits for a pause in typing.
#include "models/DriftEventTableModel.h"
#include "ui/QuickFilterBar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace tfdrift;

namespace {

const QList<Severity> kSeverities{Severity::Critical, Severity::High, Severity::Medium, Severity::Low};

QuickFilter lastFilter(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QuickFilter() : spy.last().at(0).value<QuickFilter>();
}

} // namespace

class TestQuickFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEverythingAtFirst()
    {
        QuickFilterBar bar;
        QCOMPARE(bar.objectName(), QStringLiteral("quickFilterBar"));
        QVERIFY(bar.quickFilter().matchesEverything());
        for (Severity severity : kSeverities) {
            QAbstractButton *button = bar.severityButton(severity);
            QVERIFY(button->isCheckable());
            QVERIFY(button->isChecked());
            QCOMPARE(button->text(), DriftEventTableModel::severityTitle(severity));
            QVERIFY(!button->accessibleName().isEmpty());
            QVERIFY(!button->toolTip().isEmpty());
        }
        QCOMPARE(bar.changeKindCombo()->count(), 5);
        QCOMPARE(bar.changeKindCombo()->currentIndex(), 0);
        QCOMPARE(bar.changeKindCombo()->itemText(3),
                 DriftEventTableModel::changeKindTitle(ChangeKind::Deleted));
        QVERIFY(!bar.changeKindCombo()->accessibleName().isEmpty());
        QCOMPARE(bar.textEdit()->placeholderText(), QStringLiteral("Search text"));
        QVERIFY(bar.textEdit()->isClearButtonEnabled());
        QVERIFY(!bar.textEdit()->accessibleName().isEmpty());
    }

    void eachToggleShowsItsSeverityColour()
    {
        QuickFilterBar bar;
        for (Severity severity : kSeverities) {
            const QIcon icon = bar.severityButton(severity)->icon();
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(16, 16).toImage();
            QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2).rgb(),
                     severityTextColor(severity, bar.palette()).rgb());
        }
    }

    void togglingASeverityAppliesAtOnce()
    {
        QuickFilterBar bar;
        bar.show();
        QSignalSpy spy(&bar, &QuickFilterBar::quickFilterChanged);

        QTest::mouseClick(bar.severityButton(Severity::Low), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QuickFilter filter = lastFilter(spy);
        QVERIFY(!filter.includesSeverity(Severity::Low));
        QVERIFY(filter.includesSeverity(Severity::Critical));
        QVERIFY(filter.includesSeverity(Severity::High));
        QVERIFY(filter.includesSeverity(Severity::Medium));

        QTest::mouseClick(bar.severityButton(Severity::Medium), Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
        filter = lastFilter(spy);
        DriftEvent medium;
        medium.severity = Severity::Medium;
        DriftEvent critical;
        critical.severity = Severity::Critical;
        QVERIFY(!filter.matches(medium));
        QVERIFY(filter.matches(critical));

        QTest::mouseClick(bar.severityButton(Severity::Low), Qt::LeftButton);
        QTest::mouseClick(bar.severityButton(Severity::Medium), Qt::LeftButton);
        QCOMPARE(spy.count(), 4);
        QVERIFY(lastFilter(spy).matchesEverything());
    }

    void choosingAChangeKindAppliesAtOnce()
    {
        QuickFilterBar bar;
        QSignalSpy spy(&bar, &QuickFilterBar::quickFilterChanged);
        const int deleted
            = bar.changeKindCombo()->findText(DriftEventTableModel::changeKindTitle(ChangeKind::Deleted));
        QVERIFY(deleted > 0);
        bar.changeKindCombo()->setCurrentIndex(deleted);
        QCOMPARE(spy.count(), 1);
        const QuickFilter filter = lastFilter(spy);
        QVERIFY(filter.includesChangeKind(ChangeKind::Deleted));
        QVERIFY(!filter.includesChangeKind(ChangeKind::Modified));
        QVERIFY(!filter.includesChangeKind(ChangeKind::Created));
        QVERIFY(!filter.includesChangeKind(ChangeKind::Unmanaged));

        bar.changeKindCombo()->setCurrentIndex(0);
        QCOMPARE(spy.count(), 2);
        QVERIFY(lastFilter(spy).matchesEverything());
    }

    void typingAppliesOnceAfterAPause()
    {
        QuickFilterBar bar;
        bar.show();
        QSignalSpy spy(&bar, &QuickFilterBar::quickFilterChanged);
        QTest::keyClicks(bar.textEdit(), QStringLiteral("alice"));
        // Nothing is applied while the user is still typing (no event loop has run since the keys).
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy).text, QStringLiteral("alice"));
        QTest::qWait(QuickFilterBar::textDebounceMs * 2);
        QCOMPARE(spy.count(), 1); // one filter for five keystrokes
    }

    void enterAppliesWithoutWaiting()
    {
        QuickFilterBar bar;
        bar.show();
        QSignalSpy spy(&bar, &QuickFilterBar::quickFilterChanged);
        QTest::keyClicks(bar.textEdit(), QStringLiteral(" sg-0abc "));
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy).text, QStringLiteral("sg-0abc"));
        QTest::qWait(QuickFilterBar::textDebounceMs * 2);
        QCOMPARE(spy.count(), 1);
    }

    void escapeClearsTheSearchAtOnce()
    {
        QuickFilterBar bar;
        bar.show();
        QSignalSpy spy(&bar, &QuickFilterBar::quickFilterChanged);
        QTest::keyClicks(bar.textEdit(), QStringLiteral("prod"));
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QTest::keyClick(bar.textEdit(), Qt::Key_Escape);
        QCOMPARE(spy.count(), 2);
        QVERIFY(bar.textEdit()->text().isEmpty());
        QVERIFY(lastFilter(spy).matchesEverything());
    }

    void aSetFilterShowsInTheControls()
    {
        QuickFilterBar bar;
        QSignalSpy spy(&bar, &QuickFilterBar::quickFilterChanged);
        QuickFilter wanted;
        wanted.setSeverities({Severity::Critical, Severity::High});
        wanted.setChangeKinds({ChangeKind::Unmanaged});
        wanted.text = QStringLiteral("iam");
        bar.setQuickFilter(wanted);

        QVERIFY(bar.severityButton(Severity::Critical)->isChecked());
        QVERIFY(bar.severityButton(Severity::High)->isChecked());
        QVERIFY(!bar.severityButton(Severity::Medium)->isChecked());
        QVERIFY(!bar.severityButton(Severity::Low)->isChecked());
        QCOMPARE(bar.changeKindCombo()->currentText(),
                 DriftEventTableModel::changeKindTitle(ChangeKind::Unmanaged));
        QCOMPARE(bar.textEdit()->text(), QStringLiteral("iam"));
        QCOMPARE(bar.quickFilter(), wanted);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy), wanted);

        bar.setQuickFilter(wanted); // nothing changes, nothing to re-filter
        QTest::qWait(QuickFilterBar::textDebounceMs * 2);
        QCOMPARE(spy.count(), 1);

        QuickFilter twoKinds;
        twoKinds.setChangeKinds({ChangeKind::Created, ChangeKind::Deleted});
        bar.setQuickFilter(twoKinds);
        QCOMPARE(bar.changeKindCombo()->currentIndex(), 0); // only "all" or one kind can be shown
        QVERIFY(bar.quickFilter().matchesEverything());
    }
};

QTEST_MAIN(TestQuickFilterBar)
#include "test_quick_filter_bar.moc"

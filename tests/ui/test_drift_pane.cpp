// The drift tab of the main window: events arrive in the table, the filter bar narrows them, and
// the status bar says how many are shown of how many, by severity.
#include "models/DriftEventTableModel.h"
#include "models/DriftFilterProxyModel.h"
#include "ui/DriftFilterBar.h"
#include "ui/DriftPane.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tfdrift;

namespace {
DriftEvent drift(const QString &type, Severity severity, const QString &user)
{
    DriftEvent event;
    event.detectedAtMs = 1'700'000'000'000;
    event.resourceType = type;
    event.resourceId = type + QStringLiteral("-1");
    event.severity = severity;
    event.caller.user = user;
    event.changes = {{QStringLiteral("policy"), QJsonValue(), QJsonValue()}};
    return event;
}
} // namespace

class TestDriftPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterNarrowsTheTableAndTheStatusBarSaysSo()
    {
        MainWindow window;
        window.show();
        DriftPane *pane = window.driftPane();
        pane->model()->appendEvents(
            {drift(QStringLiteral("aws_iam_role"), Severity::Critical, QStringLiteral("mallory")),
             drift(QStringLiteral("aws_iam_policy"), Severity::High, QStringLiteral("terraform-ci")),
             drift(QStringLiteral("aws_s3_bucket"), Severity::Low, QStringLiteral("alice"))});
        pane->model()->flushPending();
        QCOMPARE(pane->view()->model()->rowCount(), 3);
        auto *count = window.findChild<QLabel *>(QStringLiteral("driftCount"));
        QVERIFY(count);
        QTRY_VERIFY2(count->text().contains(QLatin1String("3 of 3")), qPrintable(count->text()));

        QLineEdit *edit = pane->filterBar()->lineEdit();
        edit->setFocus();
        QTest::keyClicks(
            edit,
            QStringLiteral("severity >= high and resource.type glob \"aws_iam_*\" and not user in "
                           "(terraform-ci, atlantis)"));
        QCOMPARE(pane->filterBar()->state(), DriftFilterBar::State::Valid);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(pane->view()->model()->rowCount(), 1);
        QCOMPARE(pane->view()->model()->index(0, DriftEventTableModel::UserColumn).data().toString(),
                 QStringLiteral("mallory"));
        QVERIFY2(count->text().contains(QLatin1String("1 of 3")), qPrintable(count->text()));

        // A mistake shows in the status bar with its column, and the table keeps the last good filter.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("sevrity >= high"));
        QCOMPARE(pane->filterBar()->state(), DriftFilterBar::State::Invalid);
        auto *message = window.findChild<QLabel *>(QStringLiteral("filterMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("column 1"))
                     && message->text().contains(QLatin1String("severity")),
                 qPrintable(message->text()));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(pane->view()->model()->rowCount(), 1);
    }

    void newEventsPassTheAppliedFilter()
    {
        MainWindow window;
        DriftPane *pane = window.driftPane();
        pane->filterBar()->setFilterText(QStringLiteral("severity = critical"));
        pane->filterBar()->apply();
        pane->model()->appendEvents(
            {drift(QStringLiteral("aws_kms_key"), Severity::Critical, QStringLiteral("bob")),
             drift(QStringLiteral("aws_kms_key"), Severity::Medium, QStringLiteral("bob"))});
        pane->model()->flushPending();
        QCOMPARE(pane->model()->rowCount(), 2);
        QCOMPARE(pane->proxy()->rowCount(), 1);
    }
};

QTEST_MAIN(TestDriftPane)
#include "test_drift_pane.moc"

#include "core/ingest/AlertSource.h"
#include "models/AlertTableModel.h"
#include "ui/ElidingLabel.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace tfdrift;

namespace {

// Stands in for a Falco connection: the test decides what it reports and when.
class FakeSource : public AlertSource
{
public:
    explicit FakeSource(const QString &name)
        : AlertSource(name)
    {
    }

    void start() override { postState(ConnectionState::connecting(QStringLiteral("falco-1:5060"))); }
    void stop() override { postState(ConnectionState::idle()); }

    void reportState(const ConnectionState &state) { postState(state); }
    void reportVersion(const QString &version) { postFalcoVersion(version); }
    void deliver(AlertBatch batch) { postAlerts(std::move(batch)); }
};

AlertBatch alerts(int first, int count)
{
    AlertBatch batch;
    for (int i = first; i < first + count; ++i) {
        FalcoAlert alert;
        alert.timeNs = 1772832174123456789 + qint64(i) * 1'000'000'000;
        alert.priority = FalcoPriority::Warning;
        alert.rule = QStringLiteral("Terraform Managed Resource Modified");
        alert.output = QStringLiteral("alert %1: ModifyInstanceAttribute on i-0abc by alice").arg(i);
        alert.source = QStringLiteral("aws_cloudtrail");
        alert.hostname = QStringLiteral("falco-1");
        batch.append(alert);
    }
    return batch;
}

QStringList outputsShown(const QTableView *view)
{
    QStringList outputs;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        outputs << model->index(row, AlertTableModel::OutputColumn).data().toString();
    return outputs;
}

QStringList expectedOutputs(int count)
{
    QStringList outputs;
    for (int i = 0; i < count; ++i)
        outputs << QStringLiteral("alert %1: ModifyInstanceAttribute on i-0abc by alice").arg(i);
    return outputs;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TFDrift"));
        QCoreApplication::setApplicationName(QStringLiteral("TFDrift Console Test"));
    }

    void init()
    {
        QSettings().clear();
        m_source = std::make_unique<FakeSource>(QStringLiteral("prod"));
        m_window = std::make_unique<MainWindow>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->alertView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->addSource(m_source.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_source.reset();
    }

    void titleNamesTheProduct() { QCOMPARE(m_window->windowTitle(), QStringLiteral("TFDrift Console")); }

    void alertsFromASourceAppearAsRows()
    {
        m_source->deliver(alerts(0, 3));
        m_source->deliver(alerts(3, 2));
        QTRY_COMPARE(m_window->alertView()->model()->rowCount(), 5);
        QCOMPARE(outputsShown(m_window->alertView()), expectedOutputs(5));
        const QModelIndex first = m_window->alertView()->model()->index(0, AlertTableModel::EndpointColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("prod"));
        QTRY_VERIFY(statusLabel()->text().isEmpty() == false);
        QTRY_COMPARE(countLabel()->text(), QStringLiteral("Alerts: 5"));
    }

    void statusBarShowsStateVersionAndRate()
    {
        QLabel *label = statusLabel();
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->isVisible());

        m_source->reportState(ConnectionState::connected(QStringLiteral("falco-1:5060")));
        QTRY_VERIFY2(label->text().startsWith(QStringLiteral("prod: Connected to falco-1:5060")),
                     qPrintable(label->text()));

        m_source->reportVersion(QStringLiteral("0.43.1"));
        QTRY_VERIFY2(label->text().contains(QStringLiteral(" \u00B7 Falco 0.43.1 \u00B7 ")),
                     qPrintable(label->text()));
        QVERIFY(label->text().endsWith(QStringLiteral("0 alerts/s")));

        // The rate is refreshed by a timer within half a second, and is no longer zero.
        m_source->deliver(alerts(0, 10));
        const QRegularExpression rate(QStringLiteral("\u00B7 ([0-9.]+) alerts/s$"));
        QTRY_VERIFY2(rate.match(label->text()).hasMatch()
                         && rate.match(label->text()).captured(1).toDouble() > 0,
                     qPrintable(label->text()));

        m_source->reportState(ConnectionState::retrying(4000, QStringLiteral("connection refused")));
        QTRY_VERIFY2(label->text().startsWith(QStringLiteral("prod: Retrying in 4 s: connection refused")),
                     qPrintable(label->text()));
    }

    void markupInAStateIsShownLiterally()
    {
        m_source->reportState(ConnectionState::failed(QStringLiteral("<b>peer</b> said <img src=x>")));
        QTRY_VERIFY(statusLabel()->text().contains(QStringLiteral("Failed: <b>peer</b> said <img src=x>")));
        QCOMPARE(statusLabel()->textFormat(), Qt::PlainText);
    }

    void longStatesShareTheStatusBarAndKeepTheCountVisible()
    {
        FakeSource staging(QStringLiteral("staging"));
        m_window->addSource(&staging);
        m_window->resize(900, 600);
        const QString reason
            = QStringLiteral("failed to connect to all addresses; last error: ").repeated(20);
        m_source->reportState(ConnectionState::failed(reason));
        staging.reportState(ConnectionState::connected(QStringLiteral("falco-staging:5060")));
        QTRY_VERIFY(statusLabel()->text().contains(reason));

        auto *prod = qobject_cast<ElidingLabel *>(statusLabel());
        auto *other = m_window->findChild<ElidingLabel *>(QStringLiteral("sourceStatus:staging"));
        QVERIFY(prod && other);
        QTRY_VERIFY(other->text().startsWith(QStringLiteral("staging: Connected to falco-staging:5060")));
        QVERIFY(prod->isElided());
        QVERIFY(m_window->width() <= 900);
        // Every entry is on screen: the second source, and the alert count at the right.
        QVERIFY(other->isVisible() && other->width() > 0);
        const QRect count = countLabel()->geometry();
        QVERIFY(count.right() <= m_window->statusBar()->width());
        QVERIFY(prod->geometry().right() < other->geometry().left());
        // The whole text is still there for the tooltip, shown literally.
        QVERIFY(prod->toolTip().contains(QStringLiteral("last error: failed to connect")));
    }

    void pauseHoldsRowsBackAndResumeShowsThemAll()
    {
        m_source->deliver(alerts(0, 2));
        QTRY_COMPARE(m_window->alertView()->model()->rowCount(), 2);

        m_window->pauseAction()->trigger();
        QVERIFY(m_window->pauseAction()->isChecked());
        QCOMPARE(m_window->pauseAction()->text(), QStringLiteral("&Resume"));
        m_source->deliver(alerts(2, 3));
        m_source->deliver(alerts(5, 4));
        QTRY_VERIFY2(countLabel()->text().startsWith(QStringLiteral("Paused, 7 waiting \u00B7 Alerts: 2")),
                     qPrintable(countLabel()->text()));
        QTest::qWait(50);
        QCOMPARE(m_window->alertView()->model()->rowCount(), 2);

        m_window->pauseAction()->trigger();
        QCOMPARE(m_window->pauseAction()->text(), QStringLiteral("&Pause"));
        QTRY_COMPARE(m_window->alertView()->model()->rowCount(), 9);
        QCOMPARE(outputsShown(m_window->alertView()), expectedOutputs(9));
        QCOMPARE(countLabel()->text(), QStringLiteral("Alerts: 9"));
    }

    void clearEmptiesTheTable()
    {
        m_source->deliver(alerts(0, 4));
        QTRY_COMPARE(m_window->alertView()->model()->rowCount(), 4);
        m_window->clearAction()->trigger();
        QCOMPARE(m_window->alertView()->model()->rowCount(), 0);
        QCOMPARE(countLabel()->text(), QStringLiteral("Alerts: 0"));

        m_source->deliver(alerts(4, 1));
        QTRY_COMPARE(m_window->alertView()->model()->rowCount(), 1);
    }

    void followsNewestOneAlertAtATime()
    {
        // As a live feed delivers: a few alerts per event-loop pass, starting from an empty table.
        QTableView *view = m_window->alertView();
        QScrollBar *bar = view->verticalScrollBar();
        for (int i = 0; i < 120; ++i) {
            m_source->deliver(alerts(i, 1));
            QTRY_COMPARE(view->model()->rowCount(), i + 1);
            QTest::qWait(1);
        }
        QTRY_VERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
    }

    void followsNewestOnlyWhenAtTheBottom()
    {
        QTableView *view = m_window->alertView();
        m_source->deliver(alerts(0, 500));
        QTRY_COMPARE(view->model()->rowCount(), 500);
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        // At the bottom: new alerts scroll into view.
        m_source->deliver(alerts(500, 20));
        QTRY_COMPARE(view->model()->rowCount(), 520);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(view->rowAt(view->viewport()->height() - 2) >= 515);

        // Scrolled up to read: the view stays where the user put it.
        bar->setValue(0);
        m_source->deliver(alerts(520, 20));
        QTRY_COMPARE(view->model()->rowCount(), 540);
        QTest::qWait(20);
        QCOMPARE(bar->value(), 0);
    }

    void destroyedSourceLeavesTheStatusBar()
    {
        QVERIFY(statusLabel());
        m_source.reset();
        QTRY_VERIFY(!statusLabel());
    }

    void columnLayoutIsRemembered()
    {
        QHeaderView *header = m_window->alertView()->horizontalHeader();
        header->resizeSection(AlertTableModel::RuleColumn, 333);
        m_window->close();

        MainWindow reopened;
        QCOMPARE(reopened.alertView()->horizontalHeader()->sectionSize(AlertTableModel::RuleColumn), 333);
    }

private:
    QLabel *statusLabel() const { return m_window->findChild<QLabel *>(QStringLiteral("sourceStatus:prod")); }
    QLabel *countLabel() const { return m_window->findChild<QLabel *>(QStringLiteral("alertCount")); }

    std::unique_ptr<FakeSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"

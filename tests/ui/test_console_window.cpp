// The console window as a user works with it: drift comes back after a restart, exports hold what
// the filters show, the selected event's details, the language switch, the charts' filters.
#include "core/capture/CaptureFile.h"
#include "core/drift/DriftEventJson.h"
#include "core/history/DriftHistory.h"
#include "models/AlertTableModel.h"
#include "models/DriftEventTableModel.h"
#include "models/DriftFilterProxyModel.h"
#include "ui/DriftChartsDock.h"
#include "ui/DriftDetailPane.h"
#include "ui/DriftFilterBar.h"
#include "ui/DriftPane.h"
#include "ui/LanguageSetup.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

namespace {

DriftEvent drift(const QString &resourceId, Severity severity, const QString &user, bool excluded = false)
{
    DriftEvent event;
    event.detectedAtMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
    event.account = QStringLiteral("123456789012");
    event.region = QStringLiteral("us-east-1");
    event.resourceType = QStringLiteral("aws_security_group");
    event.resourceId = resourceId;
    event.terraformAddress = QStringLiteral("aws_security_group.") + resourceId;
    event.severity = severity;
    event.excluded = excluded;
    event.caller.user = user;
    event.changes = {{QStringLiteral("ingress"), QJsonValue(QStringLiteral("10.0.0.0/8")),
                      QJsonValue(QStringLiteral("0.0.0.0/0"))}};
    event.alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    event.alert.output
        = QStringLiteral("security group ") + resourceId + QStringLiteral(" opened by ") + user;
    event.alert.outputFields.insertString(QStringLiteral("ct.user"), user);
    event.alert.endpoint = QStringLiteral("prod-falco");
    return event;
}

DriftEventBatch fourEvents()
{
    return {drift(QStringLiteral("sg-1"), Severity::Critical, QStringLiteral("mallory")),
            drift(QStringLiteral("sg-2"), Severity::Low, QStringLiteral("alice")),
            drift(QStringLiteral("sg-3"), Severity::High, QStringLiteral("bob")),
            drift(QStringLiteral("sg-4"), Severity::Medium, QStringLiteral("terraform-ci"), true)};
}

QStringList shownResourceIds(const MainWindow &window)
{
    QStringList ids;
    const QAbstractItemModel *shown = window.driftPane()->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        ids << shown->index(row, 0).data(DriftEventTableModel::DriftEventRole).value<DriftEvent>().resourceId;
    return ids;
}

void showAll(MainWindow &window, const DriftEventBatch &events)
{
    window.appendDriftEvents(events);
    window.driftPane()->model()->flushPending();
}

void applyFilter(MainWindow &window, const QString &text)
{
    window.driftPane()->filterBar()->setFilterText(text);
    window.driftPane()->filterBar()->apply();
    QTRY_VERIFY(!window.driftPane()->proxy()->isFiltering());
}

} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void driftComesBackAfterARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QString error;
        QList<quint64> ids;
        {
            std::unique_ptr<DriftHistory> history = DriftHistory::open(path, &error);
            QVERIFY2(history, qPrintable(error));
            MainWindow window;
            window.setHistory(history.get());
            showAll(window, fourEvents());
            QCOMPARE(window.driftPane()->model()->rowCount(), 4);
            for (int row = 0; row < 4; ++row)
                ids << window.driftPane()->model()->eventAt(row).id;
        }
        std::unique_ptr<DriftHistory> history = DriftHistory::open(path, &error);
        QVERIFY2(history, qPrintable(error));
        MainWindow restarted;
        restarted.setHistory(history.get());
        QCOMPARE(shownResourceIds(restarted),
                 (QStringList{QStringLiteral("sg-1"), QStringLiteral("sg-2"), QStringLiteral("sg-3"),
                              QStringLiteral("sg-4")}));
        for (int row = 0; row < 4; ++row)
            QCOMPARE(restarted.driftPane()->model()->eventAt(row).id, ids[row]);

        // The whole event, raw alert included, comes from the history when a row is selected.
        restarted.driftPane()->view()->setCurrentIndex(restarted.driftPane()->view()->model()->index(0, 0));
        QVERIFY(restarted.detailPane()->hasEvent());
        const QList<DriftEvent> exported = restarted.eventsToExport();
        QCOMPARE(exported.first().alert.output, QStringLiteral("security group sg-1 opened by mallory"));
    }

    void exportHoldsWhatTheFiltersShowOrTheSelection()
    {
        QTemporaryDir dir;
        MainWindow window;
        showAll(window, fourEvents());
        applyFilter(window, QStringLiteral("severity >= high"));
        QCOMPARE(shownResourceIds(window), (QStringList{QStringLiteral("sg-1"), QStringLiteral("sg-3")}));

        const QString csvPath = dir.filePath(QStringLiteral("drift.csv"));
        QString error;
        QVERIFY2(window.exportDriftEvents(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header and the two rows shown
        QVERIFY(lines[1].contains(QLatin1String("sg-1")) && lines[1].contains(QLatin1String("mallory")));
        QVERIFY(lines[2].contains(QLatin1String("sg-3")) && lines[2].contains(QLatin1String("bob")));

        applyFilter(window, QString());
        QTableView *view = window.driftPane()->view();
        view->selectionModel()->select(view->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(3, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString jsonPath = dir.filePath(QStringLiteral("drift.json"));
        QVERIFY2(window.exportDriftEvents(jsonPath, &error), qPrintable(error));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray events = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(events.size(), 2);
        const std::optional<DriftEvent> second = driftEventFromJson(events[0].toObject(), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->resourceId, QStringLiteral("sg-2"));
        QCOMPARE(second->alert.output, QStringLiteral("security group sg-2 opened by alice"));
        QCOMPARE(events[1].toObject().value(QLatin1String("resource_id")).toString(), QStringLiteral("sg-4"));

        QVERIFY(!window.exportDriftEvents(dir.filePath(QStringLiteral("drift.txt")), &error));
        QVERIFY2(error.contains(QLatin1String(".csv")), qPrintable(error));
    }

    void captureIsSavedAsFalcoJsonLines()
    {
        QTemporaryDir dir;
        MainWindow window;
        AlertBatch alerts;
        for (const DriftEvent &event : fourEvents())
            alerts.append(event.alert);
        window.alertModel()->appendAlerts(alerts);
        window.alertModel()->flushPending();
        const QString path = dir.filePath(QStringLiteral("capture.jsonl"));
        QString error;
        QVERIFY2(window.saveCapture(path, &error), qPrintable(error));
        const CaptureReadResult read = readCapture(path);
        QVERIFY(read.ok());
        QCOMPARE(read.alerts.size(), 4);
        QCOMPARE(read.alerts[2].output, alerts[2].output);

        MainWindow other;
        QVERIFY2(other.openCapture(path, &error), qPrintable(error));
        other.alertModel()->flushPending();
        QCOMPARE(other.alertModel()->rowCount(), 4);
    }

    void excludedEventsAreShownGreyedAndItalic()
    {
        MainWindow window;
        showAll(window, fourEvents());
        const DriftEventTableModel *model = window.driftPane()->model();
        const QModelIndex excluded = model->index(3, DriftEventTableModel::UserColumn);
        const QModelIndex counted = model->index(2, DriftEventTableModel::UserColumn);
        QVERIFY(excluded.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!counted.data(Qt::FontRole).isValid());
        QCOMPARE(excluded.data(Qt::ForegroundRole).value<QColor>(),
                 QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    }

    void clickingAChartBarFiltersTheTable()
    {
        MainWindow window;
        showAll(window, fourEvents());
        const QString expression = DriftChartsDock::filterExpression(Severity::Critical);
        Q_EMIT window.chartsDock()->filterRequested(expression);
        QTRY_COMPARE(shownResourceIds(window), QStringList{QStringLiteral("sg-1")});
        // The filter bar says what the table shows, to be refined or cleared there.
        QCOMPARE(window.driftPane()->filterBar()->lineEdit()->text(), expression);
    }

    void followNewestFromTheToolbarIsTheSettingsValue()
    {
        MainWindow window;
        QAction *follow = window.findChild<QAction *>(QStringLiteral("followNewestAction"));
        QVERIFY(follow && follow->isChecked());
        follow->setChecked(false);
        QVERIFY(!window.settings().followNewest);
        QSettings stored;
        QVERIFY(!ConsoleSettings::load(stored).followNewest);
        follow->setChecked(true);
        QVERIFY(ConsoleSettings::load(stored).followNewest);
    }

    void languageSwitchShowsJapanese()
    {
        LanguageSetup languages;
        QVERIFY(languages.apply(QStringLiteral("en")));
        MainWindow window;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Drift events"));

        QVERIFY(languages.apply(QStringLiteral("ja")));
        // Qt posts the language change to every window; it takes one pass of the event loop.
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("ドリフトイベント"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Falco アラート"));
        QVERIFY2(window.menuBar()->actions().first()->text().contains(QStringLiteral("ファイル")),
                 qPrintable(window.menuBar()->actions().first()->text()));
        QCOMPARE(window.driftPane()
                     ->model()
                     ->headerData(DriftEventTableModel::SeverityColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("重大度"));

        QVERIFY(languages.apply(QStringLiteral("en")));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Drift events"));
    }
};

QTEST_MAIN(TestConsoleWindow)
#include "test_console_window.moc"

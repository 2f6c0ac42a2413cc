#include "core/falco/Rfc3339.h"
#include "models/ColourContrast.h"
#include "models/DriftEventTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonValue>
#include <QPalette>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimer>

#include <array>
#include <cmath>
#include <ctime>

using namespace tfdrift;

namespace {

qint64 utcMs(const char16_t *rfc3339)
{
    return *parseRfc3339Nanos(QStringView(rfc3339)) / 1'000'000;
}

// Someone turned off termination protection on a Terraform-managed instance from the console.
DriftEvent instanceDrift()
{
    DriftEvent event;
    event.id = 1;
    event.detectedAtMs = utcMs(u"2026-03-06T21:22:54.987Z");
    event.eventTimeNs = *parseRfc3339Nanos(u"2026-03-06T21:22:54.123456789Z");
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
    event.caller.user = QStringLiteral("alice");
    event.caller.identityType = QStringLiteral("IAMUser");
    event.severity = Severity::High;
    event.matchedRules = {QStringLiteral("ec2-changes")};
    event.environment = QStringLiteral("production");
    event.alert.timeNs = event.eventTimeNs;
    event.alert.priority = FalcoPriority::Warning;
    event.alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    event.alert.output = QStringLiteral("21:22:54.123456789: Warning EC2 instance attribute changed");
    event.alert.source = QStringLiteral("aws_cloudtrail");
    event.alert.endpoint = QStringLiteral("prod-falco");
    return event;
}

DriftEvent numberedEvent(int n, Severity severity = Severity::Low)
{
    DriftEvent event = instanceDrift();
    event.id = quint64(n);
    event.detectedAtMs += n;
    event.resourceId = QStringLiteral("i-%1").arg(n);
    event.terraformAddress = QStringLiteral("aws_instance.n%1").arg(n);
    event.severity = severity;
    return event;
}

DriftEventBatch numberedBatch(int first, int count)
{
    DriftEventBatch batch;
    for (int i = first; i < first + count; ++i)
        batch.append(numberedEvent(i));
    return batch;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << cell(model, row, column);
    return texts;
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xEF, 0xEF, 0xEF));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xF7, 0xF7, 0xF7));
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Base, QColor(0x2A, 0x2A, 0x2A));
    palette.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::Text, Qt::white);
    return palette;
}

const QList<Severity> kAllSeverities{Severity::Low, Severity::Medium, Severity::High, Severity::Critical};

} // namespace

class TestDriftEventTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<DriftEventTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void defaultCapIsAMillionRows() { QCOMPARE(m_model->rowCap(), 1'000'000); }

    void modelStaysConsistentThroughAppendsDropsAndClear()
    {
        // The tester attached in init() checks every signal; this walks through all of them.
        m_model->setRowCap(6);
        m_model->appendEvents(numberedBatch(0, 4));
        m_model->flushPending();
        m_model->appendEvents(numberedBatch(4, 5));
        m_model->flushPending();
        QCOMPARE(m_model->rowCount(), 6);
        m_model->setRowCap(2);
        QCOMPARE(m_model->rowCount(), 2);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        m_model->appendEvents(numberedBatch(9, 3));
        QTRY_COMPARE(m_model->rowCount(), 2);
        QCOMPARE(columnTexts(*m_model, DriftEventTableModel::ResourceColumn),
                 QStringList({QStringLiteral("aws_instance.n10"), QStringLiteral("aws_instance.n11")}));
    }

    void manyAppendsInOnePassBecomeOneInsertion()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy appended(m_model.get(), &DriftEventTableModel::rowsAppended);
        for (int i = 0; i < 100; ++i)
            m_model->appendEvents(numberedBatch(i * 3, 3));
        QCOMPARE(m_model->rowCount(), 0); // nothing until the event loop runs
        QCOMPARE(m_model->pendingCount(), 300);

        QTRY_COMPARE(m_model->rowCount(), 300);
        QCoreApplication::processEvents();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 299);
        QCOMPARE(appended.size(), 1);
        QCOMPARE(appended.at(0).at(0).toInt(), 300);
        QCOMPARE(m_model->eventAt(0).id, 0u);
        QCOMPARE(m_model->eventAt(299).id, 299u);

        // The next pass appends after the existing rows, again in one go.
        m_model->appendEvents(numberedBatch(300, 2));
        m_model->appendEvents(numberedBatch(302, 1));
        QTRY_COMPARE(m_model->rowCount(), 303);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 300);
        QCOMPARE(inserted.at(1).at(2).toInt(), 302);
    }

    void ringCapDropsOldestAndKeepsSeverityTotals()
    {
        m_model->setRowCap(4);
        QSignalSpy countsChanged(m_model.get(), &DriftEventTableModel::countsChanged);
        m_model->appendEvents({numberedEvent(0, Severity::Critical), numberedEvent(1, Severity::High),
                               numberedEvent(2, Severity::High), numberedEvent(3, Severity::Low)});
        m_model->flushPending();
        QCOMPARE(m_model->severityCount(Severity::Critical), 1u);
        QCOMPARE(m_model->severityCount(Severity::High), 2u);
        QCOMPARE(m_model->severityCount(Severity::Medium), 0u);
        QCOMPARE(m_model->severityCount(Severity::Low), 1u);
        QVERIFY(!countsChanged.isEmpty());

        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->appendEvents({numberedEvent(4, Severity::Medium), numberedEvent(5, Severity::Medium)});
        m_model->flushPending();

        // Events 0 (critical) and 1 (high) made room, in one removal.
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->droppedCount(), 2u);
        QCOMPARE(m_model->eventAt(0).id, 2u);
        QCOMPARE(m_model->eventAt(3).id, 5u);
        QCOMPARE(m_model->severityCount(Severity::Critical), 0u);
        QCOMPARE(m_model->severityCount(Severity::High), 1u);
        QCOMPARE(m_model->severityCount(Severity::Medium), 2u);
        QCOMPARE(m_model->severityCount(Severity::Low), 1u);

        // A batch larger than the cap keeps its newest events only.
        DriftEventBatch burst;
        for (int i = 6; i < 16; ++i)
            burst.append(numberedEvent(i, i < 14 ? Severity::Low : Severity::Critical));
        m_model->appendEvents(burst);
        m_model->flushPending();
        QCOMPARE(m_model->eventAt(0).id, 12u);
        QCOMPARE(m_model->severityCount(Severity::Low), 2u);
        QCOMPARE(m_model->severityCount(Severity::Critical), 2u);
        QCOMPARE(m_model->severityCount(Severity::High) + m_model->severityCount(Severity::Medium), 0u);
        QCOMPARE(m_model->droppedCount(), 12u);

        // Lowering the cap drops the oldest too.
        m_model->setRowCap(1);
        QCOMPARE(m_model->eventAt(0).id, 15u);
        QCOMPARE(m_model->severityCount(Severity::Critical), 1u);
        QCOMPARE(m_model->severityCount(Severity::Low), 0u);

        countsChanged.clear();
        m_model->clear();
        QCOMPARE(countsChanged.size(), 1);
        QCOMPARE(m_model->droppedCount(), 0u);
        for (Severity severity : kAllSeverities)
            QCOMPARE(m_model->severityCount(severity), 0u);
    }

    void aBurstBecomesRowsOverSeveralPassesInOrder()
    {
        // With no time to spare, each pass makes its minimum, so a burst of 3 minimums plus a few
        // takes 4 passes: one insertion each (with no interval to keep between insertions), in
        // arrival order, and the event loop runs between them.
        m_model->setPassBudget(std::chrono::milliseconds(0));
        m_model->setInsertInterval(std::chrono::milliseconds(0));
        const int minimum = int(DriftEventTableModel::kMinRowsPerPass);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->appendEvents(numberedBatch(0, minimum * 3 + 5));
        QCOMPARE(m_model->pendingCount(), minimum * 3 + 5);

        QTRY_COMPARE(m_model->rowCount(), minimum * 3 + 5);
        QCOMPARE(inserted.size(), 4);
        for (int pass = 0; pass < 3; ++pass) {
            QCOMPARE(inserted.at(pass).at(1).toInt(), pass * minimum);
            QCOMPARE(inserted.at(pass).at(2).toInt(), (pass + 1) * minimum - 1);
        }
        QCOMPARE(inserted.at(3).at(2).toInt(), minimum * 3 + 4);
        QCOMPARE(m_model->pendingCount(), 0);
        for (int row = 0; row < m_model->rowCount(); row += 97)
            QCOMPARE(m_model->eventAt(row).id, quint64(row));
    }

    void insertionsDuringABurstKeepTheirInterval()
    {
        m_model->setPassBudget(std::chrono::milliseconds(0));
        m_model->setInsertInterval(std::chrono::milliseconds(300));
        const int minimum = int(DriftEventTableModel::kMinRowsPerPass);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QElapsedTimer clock;
        clock.start();
        m_model->appendEvents(numberedBatch(0, minimum * 3 + 5));
        // The first pass inserts at once; the rows the next passes make wait for the interval.
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), minimum);
        QTRY_COMPARE(m_model->rowCount(), minimum * 3 + 5);
        QVERIFY(clock.elapsed() >= 300);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), minimum);
    }

    void rowsLeftAfterAFullInsertionFollowEvenWhenNothingElseArrives()
    {
        // One pass makes the whole burst; an insertion takes at most kMaxRowsPerInsertion, and the
        // rest must not wait for another batch that may never come.
        m_model->setPassBudget(std::chrono::milliseconds(10'000));
        const int burst = int(DriftEventTableModel::kMaxRowsPerInsertion) + 100;
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->appendEvents(numberedBatch(0, burst));
        QTRY_COMPARE(m_model->rowCount(), burst);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt(), int(DriftEventTableModel::kMaxRowsPerInsertion) - 1);
        QCOMPARE(m_model->eventAt(burst - 1).id, quint64(burst - 1));
    }

    void timersGetTheirTurnAfterEveryPassOfABurst()
    {
        // A burst takes many passes. A timer (a clock, a chart refresh, the next batch's source)
        // must get its turn after each of them, in the event loop as the console runs it, so that
        // passes never pile up into one long stall.
        m_model->setPassBudget(std::chrono::milliseconds(0));
        m_model->setInsertInterval(std::chrono::milliseconds(0));
        const int passes = 40;
        QEventLoop loop;
        int passesSinceTick = 0;
        int mostPassesBetweenTicks = 0;
        int ticks = 0;
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] {
            ++passesSinceTick;
            // As a view does: it repaints later, from a posted event.
            QMetaObject::invokeMethod(
                this, [] {}, Qt::QueuedConnection);
        });
        QTimer clock;
        connect(&clock, &QTimer::timeout, this, [&] {
            ++ticks;
            mostPassesBetweenTicks = std::max(mostPassesBetweenTicks, passesSinceTick);
            passesSinceTick = 0;
            if (m_model->pendingCount() == 0)
                loop.quit();
        });
        clock.start(0);
        QTimer::singleShot(std::chrono::seconds(20), &loop, &QEventLoop::quit);
        m_model->appendEvents(numberedBatch(0, int(DriftEventTableModel::kMinRowsPerPass) * passes));
        loop.exec();
        QCOMPARE(m_model->rowCount(), int(DriftEventTableModel::kMinRowsPerPass) * passes);
        QVERIFY2(mostPassesBetweenTicks == 1,
                 qPrintable(QStringLiteral("up to %1 passes ran between two ticks of a timer (%2 ticks)")
                                .arg(mostPassesBetweenTicks)
                                .arg(ticks)));
    }

    void rowsMadeAheadOfAnInsertionAreDroppedOldestFirstAtTheCap()
    {
        m_model->setRowCap(3000);
        m_model->setPassBudget(std::chrono::milliseconds(10'000));
        m_model->appendEvents(numberedBatch(0, 1000));
        QTRY_COMPARE(m_model->rowCount(), 1000); // the first insertion is immediate

        // Made into rows, waiting for the interval; then more than the cap waits, and the oldest
        // waiting rows make room.
        m_model->setInsertInterval(std::chrono::seconds(60));
        m_model->appendEvents(numberedBatch(1000, 1500));
        QTRY_COMPARE(m_model->pendingCount(), 1500);
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowCount(), 1000);
        m_model->appendEvents(numberedBatch(2500, 2000));
        QCOMPARE(m_model->pendingCount(), 3000);
        QCOMPARE(m_model->droppedCount(), 500u);

        m_model->flushPending();
        QCOMPARE(m_model->rowCount(), 3000);
        QCOMPARE(m_model->droppedCount(), 1500u);
        for (int row = 0; row < 3000; ++row)
            QCOMPARE(m_model->eventAt(row).id, quint64(1500 + row));
        QCOMPARE(m_model->severityCount(Severity::Low), 3000u);
        QCOMPARE(m_model->statistics().total(), 3000);
    }

    void rowsAreMadeWhilePausedAndTheCapCountsWhatWaits()
    {
        m_model->setRowCap(600);
        m_model->setPassBudget(std::chrono::milliseconds(0));
        m_model->setPaused(true);
        m_model->appendEvents(numberedBatch(0, 500));
        m_model->appendEvents(numberedBatch(500, 400));
        // Beyond the cap, the oldest waiting events are dropped at once, made into rows or not.
        QCOMPARE(m_model->pendingCount(), 600);
        QCOMPARE(m_model->droppedCount(), 300u);
        QTest::qWait(50);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->pendingCount(), 600);

        m_model->setPaused(false);
        QCOMPARE(m_model->rowCount(), 600);
        QCOMPARE(m_model->eventAt(0).id, 300u);
        QCOMPARE(m_model->eventAt(599).id, 899u);
        // The rows are slim copies, whatever stage they waited in.
        QVERIFY(m_model->eventAt(599).alert.output.isEmpty());
    }

    void pauseHoldsRowsAndResumeAddsThemAll()
    {
        m_model->appendEvents(numberedBatch(0, 2));
        m_model->flushPending();

        m_model->setPaused(true);
        QVERIFY(m_model->isPaused());
        m_model->appendEvents({numberedEvent(2, Severity::Critical)});
        m_model->appendEvents(numberedBatch(3, 3));
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->pendingCount(), 4);
        // The totals describe the table, which does not show the held events yet.
        QCOMPARE(m_model->severityCount(Severity::Critical), 0u);

        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->setPaused(false);
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->pendingCount(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->severityCount(Severity::Critical), 1u);
        QCOMPARE(m_model->severityCount(Severity::Low), 5u);
        for (int row = 0; row < 6; ++row)
            QCOMPARE(m_model->eventAt(row).id, quint64(row));
    }

    void everyColumnOfADriftEvent()
    {
        const DriftEvent event = instanceDrift();
        m_model->appendEvents({event});
        m_model->flushPending();
        QCOMPARE(m_model->columnCount(), 11);

        using M = DriftEventTableModel;
        // The test runs in America/New_York (see main): 21:22:54 UTC is 16:22:54 there in March.
        QCOMPARE(cell(*m_model, 0, M::TimeColumn), QStringLiteral("2026-03-06 16:22:54.987"));
        QCOMPARE(cell(*m_model, 0, M::SeverityColumn), QStringLiteral("High"));
        QCOMPARE(cell(*m_model, 0, M::ChangeKindColumn), QStringLiteral("Modified"));
        QCOMPARE(cell(*m_model, 0, M::ResourceTypeColumn), QStringLiteral("aws_instance"));
        QCOMPARE(cell(*m_model, 0, M::ResourceColumn), QStringLiteral("module.web.aws_instance.app[0]"));
        QCOMPARE(cell(*m_model, 0, M::AttributesColumn),
                 QStringLiteral("disable_api_termination, instance_type"));
        QCOMPARE(cell(*m_model, 0, M::UserColumn), QStringLiteral("alice"));
        QCOMPARE(cell(*m_model, 0, M::AccountColumn), QStringLiteral("123456789012"));
        QCOMPARE(cell(*m_model, 0, M::RegionColumn), QStringLiteral("us-east-1"));
        QCOMPARE(cell(*m_model, 0, M::SourceColumn), QStringLiteral("prod-falco"));
        QCOMPARE(cell(*m_model, 0, M::RuleColumn), QStringLiteral("Terraform Managed Resource Modified"));
        // Short single-line text fits in the cell: no tooltip repeating it.
        QVERIFY(!m_model->data(m_model->index(0, M::ResourceColumn), Qt::ToolTipRole).isValid());

        const QVariant stored = m_model->data(m_model->index(0, M::RegionColumn), M::DriftEventRole);
        QVERIFY(stored.canConvert<DriftEvent>());
        QCOMPARE(stored.value<DriftEvent>().id, event.id);
        // The row keeps what the table and the filter read, not the raw alert's text and fields.
        const DriftEvent row = stored.value<DriftEvent>();
        QCOMPARE(row.alert.rule, event.alert.rule);
        QCOMPARE(row.alert.endpoint, event.alert.endpoint);
        QCOMPARE(row.alert.source, event.alert.source);
        QVERIFY(row.alert.output.isEmpty());
        QCOMPARE(row.changes.size(), event.changes.size());
        QCOMPARE(row.changes[1].newValue, event.changes[1].newValue);
        QCOMPARE(m_model->data(m_model->index(0, M::UserColumn), M::SeverityRole).toInt(),
                 int(Severity::High));

        QStringList headers;
        for (int column = 0; column < m_model->columnCount(); ++column)
            headers << m_model->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(
            headers,
            QStringList({QStringLiteral("Time"), QStringLiteral("Severity"), QStringLiteral("Change"),
                         QStringLiteral("Resource type"), QStringLiteral("Resource"),
                         QStringLiteral("Attributes"), QStringLiteral("User"), QStringLiteral("Account"),
                         QStringLiteral("Region"), QStringLiteral("Source"), QStringLiteral("Falco rule")}));
    }

    void unmanagedResourceShowsItsCloudId()
    {
        DriftEvent event = instanceDrift();
        event.kind = ChangeKind::Unmanaged;
        event.terraformAddress.clear();
        event.stateName.clear();
        event.changes.clear();
        event.severity = Severity::Medium;
        DriftEvent deleted = instanceDrift();
        deleted.kind = ChangeKind::Deleted;
        m_model->appendEvents({event, deleted});
        m_model->flushPending();

        QCOMPARE(cell(*m_model, 0, DriftEventTableModel::ResourceColumn),
                 QStringLiteral("i-0abc123def4567890"));
        QCOMPARE(cell(*m_model, 0, DriftEventTableModel::ChangeKindColumn), QStringLiteral("Unmanaged"));
        QCOMPARE(cell(*m_model, 0, DriftEventTableModel::AttributesColumn), QString());
        QCOMPARE(cell(*m_model, 0, DriftEventTableModel::SeverityColumn), QStringLiteral("Medium"));
        QCOMPARE(cell(*m_model, 1, DriftEventTableModel::ChangeKindColumn), QStringLiteral("Deleted"));
    }

    void severitySortsByRankNotByName()
    {
        m_model->appendEvents({numberedEvent(0, Severity::Medium), numberedEvent(1, Severity::Critical),
                               numberedEvent(2, Severity::Low), numberedEvent(3, Severity::High)});
        m_model->flushPending();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(DriftEventTableModel::SortRole);

        proxy.sort(DriftEventTableModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(proxy, DriftEventTableModel::SeverityColumn),
                 QStringList({QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High"),
                              QStringLiteral("Critical")}));
        proxy.sort(DriftEventTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(proxy, DriftEventTableModel::SeverityColumn),
                 QStringList({QStringLiteral("Critical"), QStringLiteral("High"), QStringLiteral("Medium"),
                              QStringLiteral("Low")}));
    }

    void timeSortsByInstantNotByText()
    {
        // New York falls back on 2026-11-01: the clock shows 01:xx twice. The later event reads earlier.
        DriftEvent beforeFallBack = numberedEvent(1);
        beforeFallBack.detectedAtMs = utcMs(u"2026-11-01T05:30:00.000Z"); // 01:30 EDT
        DriftEvent afterFallBack = numberedEvent(2);
        afterFallBack.detectedAtMs = utcMs(u"2026-11-01T06:10:00.000Z"); // 01:10 EST
        DriftEvent earliest = numberedEvent(0);
        earliest.detectedAtMs = utcMs(u"2026-10-31T12:00:00.000Z");
        m_model->appendEvents({afterFallBack, earliest, beforeFallBack});
        m_model->flushPending();
        QCOMPARE(cell(*m_model, 0, DriftEventTableModel::TimeColumn),
                 QStringLiteral("2026-11-01 01:10:00.000"));
        QCOMPARE(cell(*m_model, 2, DriftEventTableModel::TimeColumn),
                 QStringLiteral("2026-11-01 01:30:00.000"));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(DriftEventTableModel::SortRole);
        proxy.sort(DriftEventTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(
            columnTexts(proxy, DriftEventTableModel::TimeColumn),
            QStringList({QStringLiteral("2026-10-31 08:00:00.000"), QStringLiteral("2026-11-01 01:30:00.000"),
                         QStringLiteral("2026-11-01 01:10:00.000")}));

        // Text columns sort by their full text.
        proxy.sort(DriftEventTableModel::ResourceColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(proxy, DriftEventTableModel::ResourceColumn),
                 QStringList({QStringLiteral("aws_instance.n2"), QStringLiteral("aws_instance.n1"),
                              QStringLiteral("aws_instance.n0")}));
    }

    void severityColoursAreReadableInLightAndDarkPalettes()
    {
        DriftEventBatch batch;
        for (Severity severity : kAllSeverities)
            batch.append(numberedEvent(int(severity), severity));
        m_model->appendEvents(batch);
        m_model->flushPending();

        const QPalette original = QGuiApplication::palette();
        std::array<QColor, 4> onLight;
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            QGuiApplication::setPalette(palette);
            const bool light = palette.color(QPalette::Base).lightness() > 128;
            QSet<QRgb> distinct;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const Severity severity = m_model->eventAt(row).severity;
                const QModelIndex index = m_model->index(row, DriftEventTableModel::SeverityColumn);
                const QVariant foreground = index.data(Qt::ForegroundRole);
                // What QStyledItemDelegate does with the role.
                QVERIFY(foreground.canConvert<QBrush>());
                const QColor text = foreground.value<QBrush>().color();
                QCOMPARE(index.data(Qt::DecorationRole).value<QColor>(), text);
                for (QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase}) {
                    const double ratio = contrastRatio(text, palette.color(background));
                    QVERIFY2(ratio >= 3.0,
                             qPrintable(QStringLiteral("%1 on %2: %3")
                                            .arg(text.name(), palette.color(background).name())
                                            .arg(ratio)));
                }
                distinct.insert(text.rgb());
                if (light)
                    onLight[std::size_t(severity)] = text;
                else
                    QVERIFY2(onLight[std::size_t(severity)] != text, qPrintable(text.name()));
                QCOMPARE(severityTextColor(severity, palette), text);
            }
            QCOMPARE(distinct.size(), kAllSeverities.size());
            QVERIFY(!m_model->data(m_model->index(0, DriftEventTableModel::UserColumn), Qt::ForegroundRole)
                         .isValid());
        }
        QGuiApplication::setPalette(original);
    }

    void hostileTextStaysPlainText()
    {
        DriftEvent event = instanceDrift();
        event.resourceId = QStringLiteral("<b>x</b>");
        event.terraformAddress.clear();
        event.caller.user = QStringLiteral("mallory\nDeleted by admin");
        event.alert.rule = QStringLiteral("<img src=\"http://evil.example/x.png\"> & rule");
        m_model->appendEvents({event});
        m_model->flushPending();

        QCOMPARE(cell(*m_model, 0, DriftEventTableModel::ResourceColumn), QStringLiteral("<b>x</b>"));
        QCOMPARE(cell(*m_model, 0, DriftEventTableModel::UserColumn),
                 QStringLiteral("mallory\nDeleted by admin"));
        QCOMPARE(cell(*m_model, 0, DriftEventTableModel::RuleColumn), event.alert.rule);

        // A cell cannot show the second line, so the tooltip does, escaped so it is never markup.
        const QString tip = cell(*m_model, 0, DriftEventTableModel::UserColumn, Qt::ToolTipRole);
        QVERIFY(tip.contains(QStringLiteral("mallory\nDeleted by admin")));
        DriftEvent longMarkup = event;
        longMarkup.resourceId = QStringLiteral("<b>x</b>") + QString(300, u'y');
        m_model->appendEvents({longMarkup});
        m_model->flushPending();
        const QString longTip = cell(*m_model, 1, DriftEventTableModel::ResourceColumn, Qt::ToolTipRole);
        QVERIFY(longTip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;yyy")));
        QVERIFY(!longTip.contains(QStringLiteral("<b>")));
    }

    void longTextIsCutWithTheWholeValueInTheTooltip()
    {
        DriftEvent event = instanceDrift();
        event.changes.clear();
        for (int i = 0; i < 60; ++i)
            event.changes.append({QStringLiteral("tags.team_%1").arg(i), QJsonValue(), QJsonValue()});
        m_model->appendEvents({event});
        m_model->flushPending();

        const QString shown = cell(*m_model, 0, DriftEventTableModel::AttributesColumn);
        QVERIFY(shown.startsWith(QStringLiteral("tags.team_0, tags.team_1, tags.team_2")));
        QVERIFY(shown.size() <= DriftEventTableModel::kMaxDisplayedChars + 1);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        const QString tip = cell(*m_model, 0, DriftEventTableModel::AttributesColumn, Qt::ToolTipRole);
        QVERIFY(tip.contains(QStringLiteral("tags.team_58, tags.team_59")));
        QCOMPARE(m_model->data(m_model->index(0, 0), DriftEventTableModel::SortRole).toLongLong(),
                 event.detectedAtMs);
    }

private:
    std::unique_ptr<DriftEventTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

int main(int argc, char **argv)
{
    // A fixed zone with daylight saving, so that local time and its fall-back hour are known answers.
    qputenv("TZ", "America/New_York");
    tzset();
    QGuiApplication app(argc, argv);
    TestDriftEventTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_drift_event_table_model.moc"

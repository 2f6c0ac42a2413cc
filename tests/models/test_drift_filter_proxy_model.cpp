// The drift table as filtered and sorted: what rows a user sees while events keep arriving, the
// oldest are dropped at the cap, and a new filter is applied over many rows in slices.
#include "core/filter/DriftFilter.h"
#include "models/DriftEventTableModel.h"
#include "models/DriftFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tfdrift;

namespace {

const QStringList kUsers = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};

DriftEvent numbered(int n)
{
    DriftEvent event;
    event.id = quint64(n);
    event.detectedAtMs = 1'700'000'000'000 + n;
    event.resourceType = n % 2 ? QStringLiteral("aws_iam_role") : QStringLiteral("aws_s3_bucket");
    event.resourceId = QStringLiteral("r-%1").arg(n, 7, 10, QLatin1Char('0'));
    event.severity = Severity(n % 4);
    event.caller.user = kUsers[n % kUsers.size()];
    return event;
}

DriftEventBatch batch(int first, int count)
{
    DriftEventBatch events;
    for (int n = first; n < first + count; ++n)
        events.append(numbered(n));
    return events;
}

DriftFilter compiled(const QString &text)
{
    DriftFilterResult result = DriftFilter::compile(text);
    if (!result.ok())
        qFatal("filter does not compile: %s", qPrintable(result.error));
    return *result.filter;
}

QList<quint64> shownIds(const QAbstractItemModel &model)
{
    QList<quint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(DriftEventTableModel::DriftEventRole).value<DriftEvent>().id);
    return ids;
}

QList<quint64> expectedIds(int first, int count, const std::function<bool(const DriftEvent &)> &wanted)
{
    QList<quint64> ids;
    for (int n = first; n < first + count; ++n) {
        if (wanted(numbered(n)))
            ids.append(quint64(n));
    }
    return ids;
}

bool isBobsRole(const DriftEvent &event)
{
    return event.caller.user == QLatin1String("bob") && event.resourceType == QLatin1String("aws_iam_role");
}

} // namespace

class TestDriftFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<DriftEventTableModel>();
        m_proxy = std::make_unique<DriftFilterProxyModel>(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void filterNarrowsRowsAndArrivalsFollowIt()
    {
        m_model->appendEvents(batch(0, 30));
        m_model->flushPending();
        QCOMPARE(m_proxy->rowCount(), 30);
        m_proxy->setDriftFilter(compiled(QStringLiteral("user = bob and resource.type = aws_iam_role")));
        QCOMPARE(shownIds(*m_proxy), expectedIds(0, 30, isBobsRole));

        m_model->appendEvents(batch(30, 30));
        m_model->flushPending();
        QCOMPARE(shownIds(*m_proxy), expectedIds(0, 60, isBobsRole));
        QCOMPARE(m_proxy->headerData(DriftEventTableModel::UserColumn, Qt::Horizontal).toString(),
                 m_model->headerData(DriftEventTableModel::UserColumn, Qt::Horizontal).toString());
    }

    void manyRowsAreFilteredInSlicesNewestFirstAndFinish()
    {
        constexpr int kRows = 20'000;
        m_tester.reset();       // the tester checks every row on every change: too slow for this many
        m_proxy->setSliceMs(0); // a machine slow enough to need many slices
        m_model->setRowCap(kRows);
        m_model->appendEvents(batch(0, kRows));
        m_model->flushPending();

        QSignalSpy finished(m_proxy.get(), &DriftFilterProxyModel::filteringFinished);
        m_proxy->setDriftFilter(compiled(QStringLiteral("user = bob and resource.type = aws_iam_role")));
        // The first slice ran before setDriftFilter returned; what it found are the newest matches.
        const QList<quint64> expected = expectedIds(0, kRows, isBobsRole);
        const QList<quint64> first = shownIds(*m_proxy);
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, expected.mid(expected.size() - first.size()));
        QVERIFY2(m_proxy->isFiltering(), "20,000 rows take more than one block");
        // Events keep arriving while the rest is examined; at the cap, the oldest go.
        m_model->appendEvents(batch(kRows, 6));
        m_model->flushPending();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(shownIds(*m_proxy), expectedIds(6, kRows, isBobsRole));
    }

    void cancelKeepsTheNewestMatchesFound()
    {
        constexpr int kRows = 20'000;
        m_tester.reset();
        m_proxy->setSliceMs(0);
        m_model->appendEvents(batch(0, kRows));
        m_model->flushPending();
        QSignalSpy finished(m_proxy.get(), &DriftFilterProxyModel::filteringFinished);
        m_proxy->setDriftFilter(compiled(QStringLiteral("user = bob")));
        QVERIFY2(m_proxy->isFiltering(), "20,000 rows take more than one block");
        m_proxy->cancelFiltering();
        QVERIFY(!m_proxy->isFiltering());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QList<quint64> shown = shownIds(*m_proxy);
        const QList<quint64> all = expectedIds(
            0, kRows, [](const DriftEvent &e) { return e.caller.user == QLatin1String("bob"); });
        QVERIFY(shown.size() < all.size());
        QCOMPARE(shown, all.mid(all.size() - shown.size()));
    }

    void progressIsReportedOnlyForLongScans()
    {
        m_model->appendEvents(batch(0, 1000));
        m_model->flushPending();
        QSignalSpy progress(m_proxy.get(), &DriftFilterProxyModel::filteringProgress);
        QSignalSpy finished(m_proxy.get(), &DriftFilterProxyModel::filteringFinished);
        m_proxy->setDriftFilter(compiled(QStringLiteral("severity >= high")));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(progress.size(), 0);
    }

    void sortingOrdersRowsAndKeepsArrivalsInPlace()
    {
        m_model->appendEvents(batch(0, 40));
        m_model->flushPending();
        m_proxy->sort(DriftEventTableModel::SeverityColumn, Qt::DescendingOrder);
        const auto severities = [this] {
            QList<int> values;
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                values.append(m_proxy->index(row, 0).data(DriftEventTableModel::SeverityRole).toInt());
            return values;
        };
        QList<int> sorted = severities();
        QVERIFY(std::is_sorted(sorted.rbegin(), sorted.rend()));

        m_model->appendEvents(batch(40, 13));
        m_model->flushPending();
        sorted = severities();
        QCOMPARE(sorted.size(), 53);
        QVERIFY(std::is_sorted(sorted.rbegin(), sorted.rend()));
        // Equal severities keep arrival order.
        const QList<quint64> ids = shownIds(*m_proxy);
        for (int row = 1; row < ids.size(); ++row) {
            if (sorted[row] == sorted[row - 1])
                QVERIFY(ids[row] > ids[row - 1]);
        }

        m_proxy->sort(DriftEventTableModel::ResourceColumn, Qt::AscendingOrder);
        QStringList resources;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            resources.append(m_proxy->index(row, DriftEventTableModel::ResourceColumn).data().toString());
        QVERIFY(std::is_sorted(resources.begin(), resources.end()));

        m_proxy->sort(-1);
        QCOMPARE(shownIds(*m_proxy), expectedIds(0, 53, [](const DriftEvent &) { return true; }));
    }

    void sortedAndFilteredRowsSurviveTheCap()
    {
        m_model->setRowCap(50);
        m_proxy->sort(DriftEventTableModel::UserColumn, Qt::AscendingOrder);
        m_proxy->setDriftFilter(compiled(QStringLiteral("severity >= medium")));
        for (int first = 0; first < 200; first += 20) {
            m_model->appendEvents(batch(first, 20));
            m_model->flushPending();
        }
        QCOMPARE(m_model->rowCount(), 50);
        QList<quint64> expected
            = expectedIds(150, 50, [](const DriftEvent &e) { return e.severity >= Severity::Medium; });
        QList<quint64> shown = shownIds(*m_proxy);
        QCOMPARE(shown.size(), expected.size());
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expected);
        QStringList users;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            users.append(m_proxy->index(row, DriftEventTableModel::UserColumn).data().toString());
        QVERIFY(std::is_sorted(users.begin(), users.end()));
    }

    void selectionFollowsItsRowThroughSortingAndDrops()
    {
        m_model->setRowCap(20);
        m_model->appendEvents(batch(0, 20));
        m_model->flushPending();
        const QPersistentModelIndex selected = m_proxy->index(15, DriftEventTableModel::UserColumn);
        m_proxy->sort(DriftEventTableModel::UserColumn, Qt::DescendingOrder);
        QCOMPARE(selected.data(DriftEventTableModel::DriftEventRole).value<DriftEvent>().id, quint64(15));
        m_model->appendEvents(batch(20, 5)); // drops 0..4
        m_model->flushPending();
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(DriftEventTableModel::DriftEventRole).value<DriftEvent>().id, quint64(15));
    }

    void clearEmptiesTheView()
    {
        m_model->appendEvents(batch(0, 10));
        m_model->flushPending();
        m_proxy->sort(DriftEventTableModel::TimeColumn, Qt::DescendingOrder);
        m_model->clear();
        QCOMPARE(m_proxy->rowCount(), 0);
        m_model->appendEvents(batch(10, 3));
        m_model->flushPending();
        QCOMPARE(shownIds(*m_proxy), (QList<quint64>{12, 11, 10}));
    }

private:
    std::unique_ptr<DriftEventTableModel> m_model;
    std::unique_ptr<DriftFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestDriftFilterProxyModel)
#include "test_drift_filter_proxy_model.moc"

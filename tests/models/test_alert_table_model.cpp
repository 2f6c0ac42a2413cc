#include "core/falco/Rfc3339.h"
#include "models/AlertTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace tfdrift;

namespace {

// What Falco's cloudtrail plugin emits for an EC2 attribute change made outside Terraform.
FalcoAlert cloudTrailAlert()
{
    FalcoAlert alert;
    alert.timeNs = *parseRfc3339Nanos(u"2026-03-06T21:22:54.123456789Z");
    alert.priority = FalcoPriority::Warning;
    alert.rule = QStringLiteral("Terraform Managed Resource Modified");
    alert.output = QStringLiteral(
        "21:22:54.123456789: Warning EC2 instance attribute changed outside Terraform "
        "(user=alice event=ModifyInstanceAttribute region=us-east-1 instance=i-0abc123def4567890)");
    alert.source = QStringLiteral("aws_cloudtrail");
    alert.hostname = QStringLiteral("falco-prod-1");
    alert.tags = {QStringLiteral("aws"), QStringLiteral("terraform")};
    alert.outputFields = OutputFields{
        {QStringLiteral("ct.name"), QStringLiteral("ModifyInstanceAttribute")},
        {QStringLiteral("ct.user"), QStringLiteral("alice")},
        {QStringLiteral("ct.region"), QStringLiteral("us-east-1")},
        {QStringLiteral("ct.request"),
         QStringLiteral(R"({"instanceId":"i-0abc123def4567890","disableApiTermination":{"value":false}})")},
    };
    alert.endpoint = QStringLiteral("prod-falco");
    alert.receivedAtMs = 1772832174200;
    return alert;
}

FalcoAlert numberedAlert(int n)
{
    FalcoAlert alert = cloudTrailAlert();
    alert.rule = QStringLiteral("rule %1").arg(n);
    alert.timeNs += qint64(n) * 1'000'000;
    return alert;
}

AlertBatch numberedBatch(int first, int count)
{
    AlertBatch batch;
    for (int i = first; i < first + count; ++i)
        batch.append(numberedAlert(i));
    return batch;
}

QString cell(const AlertTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestAlertTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<AlertTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void batchesInOnePassBecomeOneInsertion()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->appendAlerts(numberedBatch(0, 3));
        m_model->appendAlerts(numberedBatch(3, 2));
        m_model->appendAlerts(numberedBatch(5, 4));
        QCOMPARE(m_model->rowCount(), 0); // nothing until the event loop runs
        QCOMPARE(m_model->pendingCount(), 9);

        QTRY_COMPARE(m_model->rowCount(), 9);
        QCoreApplication::processEvents();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 8);
        QCOMPARE(m_model->pendingCount(), 0);
        for (int row = 0; row < 9; ++row)
            QCOMPARE(cell(*m_model, row, AlertTableModel::RuleColumn), QStringLiteral("rule %1").arg(row));

        // The next pass appends after the existing rows, again in one go.
        m_model->appendAlerts(numberedBatch(9, 2));
        m_model->appendAlerts(numberedBatch(11, 1));
        QTRY_COMPARE(m_model->rowCount(), 12);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 9);
        QCOMPARE(inserted.at(1).at(2).toInt(), 11);
    }

    void capDropsOldestRowsInOneRemoval()
    {
        m_model->setRowCap(5);
        m_model->appendAlerts(numberedBatch(0, 4));
        m_model->flushPending();
        QCOMPARE(m_model->rowCount(), 4);

        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->appendAlerts(numberedBatch(4, 3));
        m_model->flushPending();

        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(m_model->droppedCount(), 2u);
        QStringList rules;
        for (int row = 0; row < m_model->rowCount(); ++row)
            rules << cell(*m_model, row, AlertTableModel::RuleColumn);
        QCOMPARE(rules,
                 QStringList({QStringLiteral("rule 2"), QStringLiteral("rule 3"), QStringLiteral("rule 4"),
                              QStringLiteral("rule 5"), QStringLiteral("rule 6")}));
    }

    void batchLargerThanCapKeepsItsNewestAlerts()
    {
        m_model->setRowCap(3);
        m_model->appendAlerts(numberedBatch(0, 2));
        m_model->flushPending();
        m_model->appendAlerts(numberedBatch(2, 10));
        m_model->flushPending();

        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(cell(*m_model, 0, AlertTableModel::RuleColumn), QStringLiteral("rule 9"));
        QCOMPARE(cell(*m_model, 2, AlertTableModel::RuleColumn), QStringLiteral("rule 11"));
        QCOMPARE(m_model->droppedCount(), 9u);
    }

    void loweringTheCapTrimsExistingRows()
    {
        m_model->appendAlerts(numberedBatch(0, 10));
        m_model->flushPending();
        m_model->setRowCap(4);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(cell(*m_model, 0, AlertTableModel::RuleColumn), QStringLiteral("rule 6"));
    }

    void everyColumnOfACloudTrailAlert()
    {
        const FalcoAlert alert = cloudTrailAlert();
        m_model->appendAlerts({alert});
        m_model->flushPending();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->columnCount(), 7);

        // The test runs in Asia/Tokyo (see main): 21:22:54 UTC is 06:22:54 the next morning there.
        QCOMPARE(cell(*m_model, 0, AlertTableModel::TimeColumn), QStringLiteral("2026-03-07 06:22:54.123"));
        QCOMPARE(cell(*m_model, 0, AlertTableModel::PriorityColumn), QStringLiteral("Warning"));
        QCOMPARE(cell(*m_model, 0, AlertTableModel::RuleColumn),
                 QStringLiteral("Terraform Managed Resource Modified"));
        QCOMPARE(cell(*m_model, 0, AlertTableModel::SourceColumn), QStringLiteral("aws_cloudtrail"));
        QCOMPARE(cell(*m_model, 0, AlertTableModel::EndpointColumn), QStringLiteral("prod-falco"));
        QCOMPARE(cell(*m_model, 0, AlertTableModel::HostnameColumn), QStringLiteral("falco-prod-1"));
        // Falco's own "<time>: <Priority> " prefix repeats the first two columns and is left out.
        QCOMPARE(
            cell(*m_model, 0, AlertTableModel::OutputColumn),
            QStringLiteral("EC2 instance attribute changed outside Terraform (user=alice "
                           "event=ModifyInstanceAttribute region=us-east-1 instance=i-0abc123def4567890)"));
        QVERIFY(cell(*m_model, 0, AlertTableModel::OutputColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("21:22:54.123456789: Warning EC2 instance")));

        const QVariant stored = m_model->data(m_model->index(0, 0), AlertTableModel::AlertRole);
        QVERIFY(stored.canConvert<FalcoAlert>());
        QCOMPARE(stored.value<FalcoAlert>(), alert);

        const QStringList headers = [this] {
            QStringList titles;
            for (int column = 0; column < m_model->columnCount(); ++column)
                titles << m_model->headerData(column, Qt::Horizontal).toString();
            return titles;
        }();
        QCOMPARE(headers,
                 QStringList({QStringLiteral("Time"), QStringLiteral("Priority"), QStringLiteral("Rule"),
                              QStringLiteral("Source"), QStringLiteral("Endpoint"),
                              QStringLiteral("Hostname"), QStringLiteral("Output")}));
    }

    void priorityColoursAreDistinctAndUrgentOnesBold()
    {
        AlertBatch batch;
        for (int level = 0; level <= 7; ++level) {
            FalcoAlert alert = cloudTrailAlert();
            alert.priority = FalcoPriority(level);
            batch.append(alert);
        }
        m_model->appendAlerts(batch);
        m_model->flushPending();

        QSet<QRgb> colours;
        for (int row = 0; row < 8; ++row) {
            const QModelIndex index = m_model->index(row, AlertTableModel::PriorityColumn);
            const QColor colour = index.data(Qt::DecorationRole).value<QColor>();
            QVERIFY(colour.isValid());
            // Mid-tones only: neither near-white (lost on light palettes) nor near-black (dark ones).
            QVERIFY2(colour.lightness() > 60 && colour.lightness() < 200, qPrintable(colour.name()));
            colours.insert(colour.rgb());
            const bool bold = index.data(Qt::FontRole).value<QFont>().bold();
            QCOMPARE(bold, row <= int(FalcoPriority::Critical));
        }
        QCOMPARE(colours.size(), 8);
        QCOMPARE(cell(*m_model, 6, AlertTableModel::PriorityColumn), QStringLiteral("Informational"));
        QVERIFY(!m_model->data(m_model->index(0, AlertTableModel::RuleColumn), Qt::DecorationRole).isValid());
    }

    void outputKeepsWhatIsNotFalcosPrefix()
    {
        const auto shownOutput = [this](FalcoPriority priority, const QString &output) {
            FalcoAlert alert = cloudTrailAlert();
            alert.priority = priority;
            alert.output = output;
            m_model->clear();
            m_model->appendAlerts({alert});
            m_model->flushPending();
            return cell(*m_model, 0, AlertTableModel::OutputColumn);
        };
        QCOMPARE(shownOutput(FalcoPriority::Critical,
                             QStringLiteral("2026-03-06T21:22:54.000000000+0000: Critical Public S3 bucket")),
                 QStringLiteral("Public S3 bucket"));
        // A different priority word, no time in front, or nothing after it: shown as it is.
        QCOMPARE(shownOutput(FalcoPriority::Notice, QStringLiteral("21:22:54.1: Warning changed")),
                 QStringLiteral("21:22:54.1: Warning changed"));
        QCOMPARE(shownOutput(FalcoPriority::Warning, QStringLiteral("Note: Warning issued")),
                 QStringLiteral("Note: Warning issued"));
        QCOMPARE(shownOutput(FalcoPriority::Warning, QStringLiteral("21:22:54.1: Warning")),
                 QStringLiteral("21:22:54.1: Warning"));
        QCOMPARE(shownOutput(FalcoPriority::Warning, QStringLiteral("21:22:54.1: Warnings everywhere")),
                 QStringLiteral("21:22:54.1: Warnings everywhere"));
    }

    void outputToolTipShowsMarkupLiterally()
    {
        FalcoAlert alert = cloudTrailAlert();
        alert.output = QStringLiteral("bucket <b>prod</b> & <img src=\"http://evil.example/x.png\">");
        m_model->appendAlerts({alert});
        m_model->flushPending();

        const QString tip = cell(*m_model, 0, AlertTableModel::OutputColumn, Qt::ToolTipRole);
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;prod&lt;/b&gt; &amp; &lt;img")));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        // The view cell is plain text already and shows it as it is.
        QCOMPARE(cell(*m_model, 0, AlertTableModel::OutputColumn), alert.output);
    }

    void longMultiLineOutputIsOneShortLineInTheCell()
    {
        FalcoAlert alert = cloudTrailAlert();
        alert.output = QStringLiteral("first line\nsecond\tline ") + QString(5000, u'x');
        m_model->appendAlerts({alert});
        m_model->flushPending();

        const QString shown = cell(*m_model, 0, AlertTableModel::OutputColumn);
        QVERIFY(shown.startsWith(QStringLiteral("first line second line xxx")));
        QVERIFY(shown.size() <= AlertTableModel::kMaxDisplayedOutputChars + 1);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(m_model->data(m_model->index(0, 0), AlertTableModel::AlertRole).value<FalcoAlert>().output,
                 alert.output);
    }

    void pauseHoldsRowsAndResumeAddsThemAll()
    {
        m_model->appendAlerts(numberedBatch(0, 2));
        m_model->flushPending();

        m_model->setPaused(true);
        m_model->appendAlerts(numberedBatch(2, 3));
        m_model->appendAlerts(numberedBatch(5, 3));
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->pendingCount(), 6);

        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->setPaused(false);
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(inserted.size(), 1);
        for (int row = 0; row < 8; ++row)
            QCOMPARE(cell(*m_model, row, AlertTableModel::RuleColumn), QStringLiteral("rule %1").arg(row));
    }

    void clearEmptiesRowsAndQueue()
    {
        m_model->appendAlerts(numberedBatch(0, 5));
        m_model->flushPending();
        m_model->appendAlerts(numberedBatch(5, 5));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->pendingCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowCount(), 0);

        m_model->appendAlerts(numberedBatch(10, 1));
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(*m_model, 0, AlertTableModel::RuleColumn), QStringLiteral("rule 10"));
    }

private:
    std::unique_ptr<AlertTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

int main(int argc, char **argv)
{
    // A fixed zone east of UTC, so that "local time" is checked against a known answer.
    qputenv("TZ", "Asia/Tokyo");
    tzset();
    QGuiApplication app(argc, argv);
    TestAlertTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_alert_table_model.moc"

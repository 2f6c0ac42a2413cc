// The Sources dock: live states in the table, and buttons that ask the window to add, edit,
// remove, connect or disconnect a source.
#include "core/falco/AlertJson.h"
#include "core/ingest/AlertSource.h"
#include "models/SourceTableModel.h"
#include "ui/SourceDialog.h"
#include "ui/SourcesDock.h"

#include "support/AlertFixtures.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tfdrift;

namespace {
class FakeSource : public AlertSource
{
public:
    using AlertSource::AlertSource;
    void start() override { }
    void stop() override { }
    void setState(ConnectionState state) { postState(std::move(state)); }
};

EndpointConfig grpcConfig(const QString &name)
{
    EndpointConfig config;
    config.name = name;
    config.address = QStringLiteral("falco-1:5060");
    config.caFile = QStringLiteral("/etc/tfdrift/ca.pem");
    config.certFile = QStringLiteral("/etc/tfdrift/client.pem");
    config.keyFile = QStringLiteral("/etc/tfdrift/client.key");
    return config;
}

QToolButton *button(const SourcesDock &dock, const char *name)
{
    return dock.findChild<QToolButton *>(QLatin1String(name));
}

QString shown(const SourcesDock &dock, int row, int column)
{
    return dock.view()->model()->index(row, column).data().toString();
}
} // namespace

class TestSourcesDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSourceStateChangeIsShownInTheDock()
    {
        SourcesDock dock;
        dock.show();
        QCOMPARE(dock.objectName(), QStringLiteral("sourcesDock"));
        FakeSource source(QStringLiteral("prod"));
        dock.addSource(&source, grpcConfig(QStringLiteral("prod")));
        QCOMPARE(dock.view()->model(), dock.model());
        QCOMPARE(shown(dock, 0, SourceTableModel::NameColumn), QStringLiteral("prod"));
        QCOMPARE(shown(dock, 0, SourceTableModel::TransportColumn),
                 QStringLiteral("gRPC falco-1:5060 (mutual TLS)"));

        source.setState(ConnectionState::connecting(QStringLiteral("falco-1:5060")));
        QTRY_COMPARE(shown(dock, 0, SourceTableModel::StateColumn),
                     QStringLiteral("Connecting to falco-1:5060"));
        QCOMPARE(button(dock, "connectSourceButton")->text(), QStringLiteral("Disconnect"));

        source.setState(ConnectionState::connected(QStringLiteral("falco-1:5060")));
        QTRY_COMPARE(shown(dock, 0, SourceTableModel::StateColumn),
                     QStringLiteral("Connected to falco-1:5060"));

        source.setState(ConnectionState::retrying(5000, QStringLiteral("connection refused")));
        QTRY_COMPARE(shown(dock, 0, SourceTableModel::StateColumn),
                     QStringLiteral("Retrying in 5 s: connection refused"));
        QVERIFY2(
            shown(dock, 0, SourceTableModel::LastErrorColumn).startsWith(QLatin1String("connection refused")),
            qPrintable(shown(dock, 0, SourceTableModel::LastErrorColumn)));
        QCOMPARE(shown(dock, 0, SourceTableModel::NextRetryColumn), QStringLiteral("in 5 s"));
        // The view asks the model for what it paints: the state text is on screen, not only in the model.
        const QRect cellRect = dock.view()->visualRect(dock.model()->index(0, SourceTableModel::StateColumn));
        QVERIFY(cellRect.isValid() && dock.view()->viewport()->rect().intersects(cellRect));
        // The countdown ticks down on its own, a second at a time.
        QTRY_COMPARE_WITH_TIMEOUT(shown(dock, 0, SourceTableModel::NextRetryColumn), QStringLiteral("in 4 s"),
                                  2500);
    }

    void buttonsAskForChangesToTheSelectedSource()
    {
        SourcesDock dock;
        dock.show();
        FakeSource demo(QStringLiteral("demo"));
        FakeSource prod(QStringLiteral("prod"));
        dock.addSource(&demo, std::nullopt);
        dock.addSource(&prod, grpcConfig(QStringLiteral("prod")));

        dock.view()->selectRow(0);
        QCOMPARE(dock.selectedSource(), &demo);
        QVERIFY2(!button(dock, "editSourceButton")->isEnabled(), "the built-in demo has no config to edit");
        QVERIFY(!button(dock, "testSourceButton")->isEnabled());
        QCOMPARE(shown(dock, 0, SourceTableModel::TransportColumn), QStringLiteral("built-in demo"));

        dock.view()->selectRow(1);
        QVERIFY(button(dock, "editSourceButton")->isEnabled());
        QSignalSpy removals(&dock, &SourcesDock::removeRequested);
        QSignalSpy connects(&dock, &SourcesDock::connectRequested);
        QCOMPARE(button(dock, "connectSourceButton")->text(), QStringLiteral("Connect"));
        button(dock, "connectSourceButton")->click();
        QCOMPARE(connects.size(), 1);
        QCOMPARE(connects.first().at(0).toString(), QStringLiteral("prod"));
        QCOMPARE(connects.first().at(1).toBool(), true);

        prod.setState(ConnectionState::connected(QStringLiteral("falco-1:5060")));
        QTRY_COMPARE(button(dock, "connectSourceButton")->text(), QStringLiteral("Disconnect"));
        button(dock, "connectSourceButton")->click();
        QCOMPARE(connects.size(), 2);
        QCOMPARE(connects.last().at(1).toBool(), false);

        button(dock, "removeSourceButton")->click();
        QCOMPARE(removals.size(), 1);
        QCOMPARE(removals.first().first().toString(), QStringLiteral("prod"));
        // The dock only asks; the source is still there until its owner removes it.
        QCOMPARE(dock.model()->rowCount(), 2);

        for (const char *name : {"addSourceButton", "editSourceButton", "removeSourceButton",
                                 "connectSourceButton", "testSourceButton"})
            QVERIFY2(!button(dock, name)->accessibleName().isEmpty(), name);
        QVERIFY(!dock.view()->accessibleName().isEmpty());
    }

    void addOpensTheDialogAndAsksForTheNewSource()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("capture.jsonl"));
        QFile file(capture);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(alertToJsonLine(test::cloudTrailAlert(1)));
        file.close();

        SourcesDock dock;
        dock.show();
        FakeSource prod(QStringLiteral("prod"));
        dock.addSource(&prod, grpcConfig(QStringLiteral("prod")));
        QSignalSpy additions(&dock, &SourcesDock::addRequested);
        button(dock, "addSourceButton")->click();
        SourceDialog *dialog = dock.openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *transport = dialog->findChild<QComboBox *>(QStringLiteral("transportCombo"));
        auto *replay = dialog->findChild<QLineEdit *>(QStringLiteral("replayFileEdit"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        name->setText(QStringLiteral("prod"));
        transport->setCurrentIndex(transport->findData(int(EndpointConfig::Transport::Replay)));
        replay->setText(capture);
        QVERIFY2(!buttons->button(QDialogButtonBox::Ok)->isEnabled(), "prod is taken");
        name->setText(QStringLiteral("capture"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        buttons->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(additions.size(), 1);
        const auto config = additions.first().first().value<EndpointConfig>();
        QCOMPARE(config.name, QStringLiteral("capture"));
        QCOMPARE(config.transport, EndpointConfig::Transport::Replay);
        QCOMPARE(config.replayFile, capture);
        QTRY_VERIFY(!dock.openDialog());
    }

    void editOpensTheDialogFilledIn()
    {
        SourcesDock dock;
        dock.show();
        FakeSource prod(QStringLiteral("prod"));
        EndpointConfig config;
        config.name = QStringLiteral("prod");
        config.address = QStringLiteral("unix:///run/falco/falco.sock");
        config.environment = QStringLiteral("production");
        dock.addSource(&prod, config);
        dock.view()->selectRow(0);
        QSignalSpy edits(&dock, &SourcesDock::editRequested);
        button(dock, "editSourceButton")->click();
        SourceDialog *dialog = dock.openDialog();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
        QCOMPARE(name->text(), QStringLiteral("prod"));
        QCOMPARE(address->text(), QStringLiteral("unix:///run/falco/falco.sock"));
        name->setText(QStringLiteral("production-falco"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().at(0).toString(), QStringLiteral("prod"));
        const auto edited = edits.first().at(1).value<EndpointConfig>();
        QCOMPARE(edited.name, QStringLiteral("production-falco"));
        QCOMPARE(edited.address, config.address);
        QCOMPARE(edited.environment, QStringLiteral("production"));
    }

    void testConnectionShowsTheResultAsPlainText()
    {
        SourcesDock dock;
        dock.show();
        FakeSource capture(QStringLiteral("capture"));
        EndpointConfig config;
        config.name = QStringLiteral("capture");
        config.transport = EndpointConfig::Transport::Replay;
        config.replayFile = QStringLiteral("/nonexistent/<b>capture</b>.jsonl");
        dock.addSource(&capture, config);
        dock.view()->selectRow(0);
        QSignalSpy tested(&dock, &SourcesDock::testFinished);
        button(dock, "testSourceButton")->click();
        QVERIFY(tested.wait(5000));
        auto *label = dock.findChild<QLabel *>(QStringLiteral("sourceTestResult"));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), tested.first().first().value<ProbeResult>().message);
        QVERIFY2(label->text().contains(QLatin1String("/nonexistent/<b>capture</b>.jsonl does not exist")),
                 qPrintable(label->text()));
    }
};

QTEST_MAIN(TestSourcesDock)
#include "test_sources_dock.moc"

#include "ui/DemoFeedSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/types.h>

#include <csignal>

using namespace tfdrift;

namespace {

QString tfdriftProgram()
{
    return QDir(qEnvironmentVariable("TFDRIFT_BIN_DIR")).filePath(QStringLiteral("tfdrift"));
}

bool processExists(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

class TestDemoFeedSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(tfdriftProgram()).isExecutable(),
                 qPrintable(QStringLiteral("build tfdrift first: %1").arg(tfdriftProgram())));
    }

    void missingEmulatorIsAFailedStateNotACrash()
    {
        const QString missing = QDir::temp().filePath(QStringLiteral("no-such-dir/tfdrift"));
        DemoFeedSource feed(missing);
        feed.start();
        QTRY_COMPARE(feed.state().kind, ConnectionState::Kind::Failed);
        QVERIFY2(describeConnectionState(feed.state()).contains(missing), qPrintable(feed.state().detail));
        QVERIFY(!feed.isEmulatorRunning());
    }

    void emulatorThatExitsIsReportedWithItsReason()
    {
        // A stand-in "tfdrift" that fails the way a broken install would.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("tfdrift"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho 'tfdrift: cannot bind the socket' >&2\nexit 3\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        DemoFeedSource feed(script);
        feed.start();
        QTRY_COMPARE(feed.state().kind, ConnectionState::Kind::Failed);
        QVERIFY2(feed.state().detail.contains(QStringLiteral("code 3")), qPrintable(feed.state().detail));
        QVERIFY2(feed.state().detail.contains(QStringLiteral("cannot bind the socket")),
                 qPrintable(feed.state().detail));
    }

    void alertsArriveEndToEndAndStopEndsTheChild()
    {
        DemoFeedSource feed(tfdriftProgram());
        QSignalSpy batches(&feed, &AlertSource::alertsArrived);
        feed.start();

        QTRY_VERIFY_WITH_TIMEOUT(feed.alertCount() >= 5, 20000);
        QCOMPARE(feed.state().kind, ConnectionState::Kind::Connected);
        QCOMPARE(describeConnectionState(feed.state()), QStringLiteral("Connected to the built-in emulator"));
        QTRY_VERIFY(!feed.falcoVersion().isEmpty());

        const FalcoAlert first = batches.first().first().value<AlertBatch>().first();
        QCOMPARE(first.endpoint, QStringLiteral("demo"));
        QVERIFY(!first.rule.isEmpty());
        QVERIFY(!first.source.isEmpty());
        QVERIFY(first.timeNs > 0);

        const QString socket = feed.socketPath();
        QVERIFY(QFileInfo::exists(socket));
        const qint64 pid = feed.emulatorProcessId();
        QVERIFY(pid > 0);
        feed.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
        QTRY_COMPARE(feed.state().kind, ConnectionState::Kind::Idle);
    }

    void deadChildIsReportedAsFailed()
    {
        DemoFeedSource feed(tfdriftProgram());
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.state().kind == ConnectionState::Kind::Connected, 20000);
        const qint64 pid = feed.emulatorProcessId();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_COMPARE(feed.state().kind, ConnectionState::Kind::Failed);
        QVERIFY2(feed.state().detail.contains(QStringLiteral("crashed")), qPrintable(feed.state().detail));
    }

    void destroyingTheFeedEndsTheChild()
    {
        qint64 pid = 0;
        {
            DemoFeedSource feed(tfdriftProgram());
            feed.start();
            QTRY_VERIFY_WITH_TIMEOUT(feed.emulatorProcessId() > 0, 10000);
            pid = feed.emulatorProcessId();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
    }
};

QTEST_GUILESS_MAIN(TestDemoFeedSource)
#include "test_demo_feed_source.moc"

#include "core/state/StateStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace tfdrift;

namespace {
constexpr int kTimeoutMs = 20'000;

// A small state holding one instance; serial and id change from one apply to the next.
QByteArray instanceState(qint64 serial, const QString &instanceId)
{
    return QStringLiteral(R"({
  "version": 4,
  "terraform_version": "1.6.6",
  "serial": %1,
  "lineage": "11111111-2222-3333-4444-555555555555",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_instance",
      "name": "web",
      "provider": "%3",
      "instances": [
        {"schema_version": 1, "attributes": {"id": "%2", "instance_type": "t3.micro"}, "sensitive_attributes": []}
      ]
    }
  ]
}
)")
        .arg(serial)
        .arg(instanceId, QStringLiteral("provider[\\\"registry.terraform.io/hashicorp/aws\\\"]"))
        .toUtf8();
}

// As Terraform and editors save: write a new file next to it, then rename it over the old one.
void replaceAtomically(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
    QVERIFY(file.commit());
}

void writeInPlace(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("TFDRIFT_SOURCE_DIR") + QStringLiteral("/tests/core/fixtures/state/")
               + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

StateSourceConfig localSource(const QString &name, const QString &path, const QString &environment = {})
{
    StateSourceConfig source;
    source.name = name;
    source.environment = environment;
    source.backend = StateSourceConfig::Backend::Local;
    source.localPath = path;
    source.refreshIntervalMs = 0;
    return source;
}

StateSourceConfig commandSource(const QString &name, const QString &shellScript,
                                const QString &workingDirectory)
{
    StateSourceConfig source;
    source.name = name;
    source.backend = StateSourceConfig::Backend::Command;
    source.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), shellScript};
    source.workingDirectory = workingDirectory;
    source.refreshIntervalMs = 0;
    return source;
}

bool knows(const StateStore &store, const QString &identifier)
{
    return store.index()->findAnyType(identifier) != nullptr;
}

int loadsOf(const QSignalSpy &spy, const QString &stateName)
{
    int count = 0;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toString() == stateName)
            ++count;
    }
    return count;
}
} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsSeveralLocalStatesIntoOneIndex()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString prodPath = dir.filePath(QStringLiteral("prod.tfstate"));
        const QString stagingPath = dir.filePath(QStringLiteral("staging.tfstate"));
        writeInPlace(prodPath, fixture(QStringLiteral("prod-aws.tfstate")));
        writeInPlace(stagingPath, fixture(QStringLiteral("staging-aws.opentofu.tfstate")));

        StateStore store({localSource(QStringLiteral("prod"), prodPath, QStringLiteral("production")),
                          localSource(QStringLiteral("staging"), stagingPath, QStringLiteral("staging"))});
        QSignalSpy loaded(&store, &StateStore::stateLoaded);
        QSignalSpy changed(&store, &StateStore::indexChanged);
        QCOMPARE(store.index()->resourceCount(), 0);
        QVERIFY(store.loadAllBlocking(kTimeoutMs));

        QCOMPARE(store.index()->resourceCount(), 17);
        QCOMPARE(loaded.size(), 2);
        for (const QList<QVariant> &arguments : loaded) {
            if (arguments.at(0).toString() == QLatin1String("prod")) {
                QCOMPARE(arguments.at(1).toInt(), 11);
                QCOMPARE(arguments.at(2).toLongLong(), 42);
            } else {
                QCOMPARE(arguments.at(0).toString(), QStringLiteral("staging"));
                QCOMPARE(arguments.at(1).toInt(), 6);
                QCOMPARE(arguments.at(2).toLongLong(), 7);
            }
        }
        QVERIFY(changed.size() >= 1);
        const TerraformResource *role = store.index()->find(
            QStringLiteral("aws_iam_role"), QStringLiteral("arn:aws:iam::222222222222:role/admin"));
        QVERIFY(role);
        QCOMPARE(role->stateName, QStringLiteral("staging"));
        QCOMPARE(role->environment, QStringLiteral("staging"));
    }

    void nameDefaultsToTheFileName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("network.tfstate"));
        writeInPlace(path, instanceState(1, QStringLiteral("i-0aaa")));
        StateStore store({localSource(QString(), path)});
        QSignalSpy loaded(&store, &StateStore::stateLoaded);
        QVERIFY(store.loadAllBlocking(kTimeoutMs));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), QStringLiteral("network.tfstate"));
        QCOMPARE(store.index()->findAnyType(QStringLiteral("i-0aaa"))->stateName,
                 QStringLiteral("network.tfstate"));
    }

    void missingFileFailsWithTheReason()
    {
        StateStore store(
            {localSource(QStringLiteral("gone"), QStringLiteral("/nonexistent/dir/terraform.tfstate"))});
        QSignalSpy failed(&store, &StateStore::stateFailed);
        QVERIFY(!store.loadAllBlocking(kTimeoutMs));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("gone"));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("/nonexistent/dir/terraform.tfstate")),
                 qPrintable(failed.at(0).at(1).toString()));
    }

    void reloadsWhenTheFileIsReplacedAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("terraform.tfstate"));
        writeInPlace(path, instanceState(1, QStringLiteral("i-0first")));
        StateStore store({localSource(QStringLiteral("prod"), path)});
        QSignalSpy loaded(&store, &StateStore::stateLoaded);
        QSignalSpy changed(&store, &StateStore::indexChanged);
        store.start();
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0first")), kTimeoutMs);

        replaceAtomically(path, instanceState(2, QStringLiteral("i-0second")));
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0second")), kTimeoutMs);
        QVERIFY(!knows(store, QStringLiteral("i-0first")));
        QCOMPARE(loaded.last().at(2).toLongLong(), 2);

        // The rename replaced the watched file: the store must watch the new one too.
        replaceAtomically(path, instanceState(3, QStringLiteral("i-0third")));
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0third")), kTimeoutMs);
        // And a plain rewrite of the same file is seen as well.
        writeInPlace(path, instanceState(4, QStringLiteral("i-0fourth")));
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0fourth")), kTimeoutMs);
        QCOMPARE(loaded.last().at(2).toLongLong(), 4);
        QVERIFY(changed.size() >= 4);
    }

    void brokenRewriteKeepsThePreviousStateAndReportsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("terraform.tfstate"));
        writeInPlace(path, instanceState(5, QStringLiteral("i-0good")));
        StateStore store({localSource(QStringLiteral("prod"), path)});
        QSignalSpy failed(&store, &StateStore::stateFailed);
        store.start();
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0good")), kTimeoutMs);

        // Line 3 lacks its comma.
        replaceAtomically(path, "{\n  \"version\": 4,\n  \"serial\": 6\n  \"resources\": []\n}\n");
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeoutMs);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("prod"));
        const QString error = failed.first().at(1).toString();
        QVERIFY2(error.startsWith(path + QStringLiteral(":4:3: error: ")), qPrintable(error));
        QVERIFY(knows(store, QStringLiteral("i-0good")));
        QCOMPARE(store.index()->resourceCount(), 1);

        replaceAtomically(path, instanceState(7, QStringLiteral("i-0fixed")));
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0fixed")), kTimeoutMs);
    }

    void deletedFileKeepsThePreviousStateUntilItComesBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("terraform.tfstate"));
        writeInPlace(path, instanceState(1, QStringLiteral("i-0before")));
        StateStore store({localSource(QStringLiteral("prod"), path)});
        QSignalSpy failed(&store, &StateStore::stateFailed);
        store.start();
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0before")), kTimeoutMs);

        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeoutMs);
        QVERIFY(knows(store, QStringLiteral("i-0before")));

        writeInPlace(path, instanceState(2, QStringLiteral("i-0after")));
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0after")), kTimeoutMs);
    }

    void commandBackendReadsStdoutInItsWorkingDirectory()
    {
        QTemporaryDir dir;
        writeInPlace(dir.filePath(QStringLiteral("pulled.tfstate")),
                     fixture(QStringLiteral("prod-aws.tfstate")));
        StateStore store(
            {commandSource(QStringLiteral("remote"), QStringLiteral("cat pulled.tfstate"), dir.path())});
        QSignalSpy loaded(&store, &StateStore::stateLoaded);
        QVERIFY(store.loadAllBlocking(kTimeoutMs));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(1).toInt(), 11);
        const TerraformResource *web
            = store.index()->find(QStringLiteral("aws_instance"), QStringLiteral("i-0abc1234def567890"));
        QVERIFY(web);
        QCOMPARE(web->stateName, QStringLiteral("remote"));
    }

    void failingCommandReportsItsStderrAndKeepsThePreviousState()
    {
        QTemporaryDir dir;
        writeInPlace(dir.filePath(QStringLiteral("pulled.tfstate")),
                     instanceState(1, QStringLiteral("i-0remote")));
        // Succeeds while the marker file is absent; afterwards fails the way `terraform state pull`
        // does without credentials.
        const QString script = QStringLiteral("if [ -e broken ]; then printf '\\n\\nError: No valid "
                                              "credential sources found\\n\\n' >&2; exit 1; fi; "
                                              "cat pulled.tfstate");
        StateStore store({commandSource(QStringLiteral("remote"), script, dir.path())});
        QSignalSpy failed(&store, &StateStore::stateFailed);
        QVERIFY(store.loadAllBlocking(kTimeoutMs));
        QVERIFY(knows(store, QStringLiteral("i-0remote")));

        writeInPlace(dir.filePath(QStringLiteral("broken")), "1");
        QVERIFY(!store.loadAllBlocking(kTimeoutMs));
        QCOMPARE(failed.size(), 1);
        const QString error = failed.at(0).at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("exit code 1")), qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral(": Error: No valid credential sources found")),
                 qPrintable(error));
        QVERIFY(knows(store, QStringLiteral("i-0remote")));
    }

    void commandThatPrintsGarbageIsAParseError()
    {
        QTemporaryDir dir;
        StateStore store(
            {commandSource(QStringLiteral("remote"), QStringLiteral("echo '{\"version\": 4,'"), dir.path())});
        QSignalSpy failed(&store, &StateStore::stateFailed);
        QVERIFY(!store.loadAllBlocking(kTimeoutMs));
        QCOMPARE(failed.size(), 1);
        // Named after the command, since there is no file.
        const QString error = failed.at(0).at(1).toString();
        QVERIFY2(error.startsWith(QStringLiteral("`/bin/sh -c "))
                     && error.contains(QStringLiteral(": error: ")),
                 qPrintable(error));
    }

    void missingProgramAndTimeoutAreErrors()
    {
        QTemporaryDir dir;
        StateSourceConfig missing = commandSource(QStringLiteral("missing"), QString(), dir.path());
        missing.command
            = {QStringLiteral("/nonexistent/terraform"), QStringLiteral("state"), QStringLiteral("pull")};
        StateSourceConfig slow
            = commandSource(QStringLiteral("slow"), QStringLiteral("sleep 60"), dir.path());
        slow.commandTimeoutMs = 300;
        StateStore store({missing, slow});
        QSignalSpy failed(&store, &StateStore::stateFailed);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!store.loadAllBlocking(kTimeoutMs));
        QVERIFY2(timer.elapsed() < 15'000, "the command timeout must stop the slow command");
        QCOMPARE(failed.size(), 2);
        for (const QList<QVariant> &arguments : failed) {
            const QString error = arguments.at(1).toString();
            if (arguments.at(0).toString() == QLatin1String("missing"))
                QVERIFY2(error.contains(QStringLiteral("/nonexistent/terraform state pull")),
                         qPrintable(error));
            else
                QVERIFY2(error.contains(QStringLiteral("did not finish within 0.3 s")), qPrintable(error));
        }
    }

    void startAndReloadDoNotWaitForTheCommand()
    {
        QTemporaryDir dir;
        writeInPlace(dir.filePath(QStringLiteral("pulled.tfstate")),
                     instanceState(1, QStringLiteral("i-0slow")));
        // The command waits for a go file, which the test creates only after start() returned.
        StateStore store({commandSource(
            QStringLiteral("slow"),
            QStringLiteral("while [ ! -e go ]; do sleep 0.05; done; cat pulled.tfstate"), dir.path())});
        QSignalSpy loaded(&store, &StateStore::stateLoaded);
        store.start();
        store.reload();
        QCOMPARE(loaded.size(), 0);
        writeInPlace(dir.filePath(QStringLiteral("go")), "1");
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0slow")), kTimeoutMs);
    }

    void refreshesOnItsIntervalOnly()
    {
        QTemporaryDir dir;
        const QString refreshedPath = dir.filePath(QStringLiteral("refreshed.tfstate"));
        writeInPlace(refreshedPath, instanceState(1, QStringLiteral("i-0r1")));
        writeInPlace(dir.filePath(QStringLiteral("fixed.tfstate")),
                     instanceState(1, QStringLiteral("i-0f1")));
        StateSourceConfig refreshed
            = commandSource(QStringLiteral("refreshed"), QStringLiteral("cat refreshed.tfstate"), dir.path());
        refreshed.refreshIntervalMs = 150;
        const StateSourceConfig fixed = commandSource(
            QStringLiteral("fixed"), QStringLiteral("cat fixed.tfstate"), dir.path()); // 0: never
        StateStore store({refreshed, fixed});
        QSignalSpy loaded(&store, &StateStore::stateLoaded);
        QSignalSpy changed(&store, &StateStore::indexChanged);
        store.start();
        QTRY_VERIFY_WITH_TIMEOUT(loadsOf(loaded, QStringLiteral("refreshed")) >= 3, kTimeoutMs);
        QVERIFY(knows(store, QStringLiteral("i-0r1")));
        // Reloading identical bytes reports the load but keeps the same index.
        const std::shared_ptr<const StateIndex> before = store.index();
        const int changesBefore = int(changed.size());
        QTRY_VERIFY_WITH_TIMEOUT(loadsOf(loaded, QStringLiteral("refreshed")) >= 5, kTimeoutMs);
        QCOMPARE(store.index(), before);
        QCOMPARE(int(changed.size()), changesBefore);

        // The next apply is picked up without any file watch: commands have none.
        writeInPlace(refreshedPath, instanceState(2, QStringLiteral("i-0r2")));
        QTRY_VERIFY_WITH_TIMEOUT(knows(store, QStringLiteral("i-0r2")), kTimeoutMs);
        QCOMPARE(loadsOf(loaded, QStringLiteral("fixed")), 1);
    }

    void slowCommandIsNotStartedAgainWhileItRuns()
    {
        QTemporaryDir dir;
        writeInPlace(dir.filePath(QStringLiteral("state.tfstate")),
                     instanceState(1, QStringLiteral("i-0slow")));
        // The slow source logs each start and then waits for a go file; the fast one, on the same
        // interval, shows how often the refresh timers have fired meanwhile.
        StateSourceConfig slow = commandSource(
            QStringLiteral("slow"),
            QStringLiteral(
                "echo started >> starts; while [ ! -e go ]; do sleep 0.02; done; cat state.tfstate"),
            dir.path());
        slow.refreshIntervalMs = 100;
        StateSourceConfig fast
            = commandSource(QStringLiteral("fast"), QStringLiteral("cat state.tfstate"), dir.path());
        fast.refreshIntervalMs = 100;
        StateStore store({slow, fast});
        QSignalSpy loaded(&store, &StateStore::stateLoaded);
        store.start();
        QTRY_VERIFY_WITH_TIMEOUT(loadsOf(loaded, QStringLiteral("fast")) >= 6, kTimeoutMs);

        QFile starts(dir.filePath(QStringLiteral("starts")));
        QVERIFY(starts.open(QIODevice::ReadOnly));
        QCOMPARE(starts.readAll().count("started"), 1);
        QCOMPARE(loadsOf(loaded, QStringLiteral("slow")), 0);
        writeInPlace(dir.filePath(QStringLiteral("go")), "1");
        QTRY_VERIFY_WITH_TIMEOUT(loadsOf(loaded, QStringLiteral("slow")) >= 1, kTimeoutMs);
    }

    void indexIsSafeToReadFromAnotherThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("terraform.tfstate"));
        writeInPlace(path, instanceState(1, QStringLiteral("i-0shared")));
        StateStore store({localSource(QStringLiteral("prod"), path)});
        QVERIFY(store.loadAllBlocking(kTimeoutMs));

        std::atomic_bool stop = false;
        std::atomic_int lookups = 0;
        std::atomic_int misses = 0;
        std::unique_ptr<QThread> reader(QThread::create([&] {
            const QString type = QStringLiteral("aws_instance");
            const QString id = QStringLiteral("i-0shared");
            while (!stop) {
                const std::shared_ptr<const StateIndex> index = store.index();
                if (!index->find(type, id))
                    ++misses;
                ++lookups;
            }
        }));
        reader->start();
        for (int serial = 2; serial < 12; ++serial) {
            writeInPlace(path, instanceState(serial, QStringLiteral("i-0shared")));
            QVERIFY(store.loadAllBlocking(kTimeoutMs));
        }
        stop = true;
        reader->wait();
        QVERIFY(lookups > 0);
        QCOMPARE(misses.load(), 0); // every snapshot the reader saw was complete
    }

    void destroyingTheStoreStopsARunningCommand()
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        {
            StateSourceConfig source = commandSource(QStringLiteral("slow"),
                                                     QStringLiteral("touch started; sleep 60"), dir.path());
            StateStore store({source});
            store.start();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("started"))), kTimeoutMs);
        }
        QVERIFY2(timer.elapsed() < 15'000, "the destructor must not wait for the command's timeout");
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "test_state_store.moc"

#include <QDir>
#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runConsole(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    process.setProcessEnvironment(environment);
    process.start(QDir(qEnvironmentVariable("TFDRIFT_BIN_DIR")).filePath(QStringLiteral("tfdrift-console")),
                  arguments);
    Run run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestConsoleCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsTheOptions()
    {
        const Run run = runConsole({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--config <FILE>", "--demo", "--lang <LANG>"})
            QVERIFY2(run.out.contains(QLatin1String(option)), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Watch the built-in demo feed")));
    }

    void japaneseComesFromTheEmbeddedTranslation()
    {
        const Run run
            = runConsole({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("内蔵デモフィードを監視します")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("Watch the built-in demo feed")));

        const Run english = runConsole({QStringLiteral("--lang=en"), QStringLiteral("--help")});
        QVERIFY2(english.out.contains(QStringLiteral("Watch the built-in demo feed")),
                 qPrintable(english.out));
    }

    void unknownLanguageIsAUsageError()
    {
        const Run run = runConsole({QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown language \"fr\"; choose one of: en, ja")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCommandLine)
#include "test_console_command_line.moc"

#include "app/cli/WatchCommand.h"

#include "app/cli/CliNotifications.h"
#include "app/cli/StatusPrinter.h"
#include "core/config/AppConfig.h"
#include "core/drift/DriftEventJson.h"
#include "core/drift/DriftMonitorFactory.h"
#include "core/emulator/DemoFalco.h"
#include "core/ingest/AlertSourceFactory.h"
#include "core/state/StateStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <cstdio>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::WatchCommand)
};

constexpr double kDefaultDemoRate = 100;
// terraform state pull against a remote backend can take a while.
constexpr int kStateLoadTimeoutMs = 120'000;
// At exit, how long to wait for notifications still on their way.
constexpr int kNotificationDrainMs = 10'000;

} // namespace

QString WatchCommand::summary() const
{
    return Text::tr("Detect drift from Falco alerts and print drift events as JSON lines");
}

int WatchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption configOption(QStringLiteral("config"), Text::tr("The config.yaml to use."),
                                          Text::tr("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Text::tr("Run on the built-in demo: a stand-in Falco replaying sample CloudTrail and GCP alerts "
                 "against two sample accounts' Terraform state."));
    const QCommandLineOption countOption(QStringLiteral("count"), Text::tr("Exit after N drift events."),
                                         Text::tr("N"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        Text::tr("Demo alerts per second (default 100)."), Text::tr("N"));
    parser.addOptions({configOption, demoOption, countOption, rateOption});
    int exitCode = ExitSuccess;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(configOption) == parser.isSet(demoOption)) {
        printError(Text::tr("give either --config FILE or --demo"));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(Text::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    bool ok = true;
    quint64 count = 0;
    if (!readCountOption(parser, countOption, &count))
        return ExitUsage;
    double rate = kDefaultDemoRate;
    if (parser.isSet(rateOption)) {
        rate = parser.value(rateOption).toDouble(&ok);
        if (!ok || rate <= 0) {
            printError(Text::tr("--rate needs a positive number"));
            return ExitUsage;
        }
    }

    const bool demo = parser.isSet(demoOption);
    const AppConfigResult loaded
        = loadAppConfigFile(demo ? DemoFalco::configPath() : parser.value(configOption));
    printConfigDiagnostics(loaded.diagnostics);
    if (!loaded.ok())
        return ExitFailure;
    const AppConfig &config = loaded.config;
    QList<ConfigDiagnostic> catalogDiagnostics;
    const std::unique_ptr<DriftMonitor> created = createDriftMonitor(config, &catalogDiagnostics);
    printConfigDiagnostics(catalogDiagnostics);
    if (!created)
        return ExitFailure;
    DriftMonitor &monitor = *created;

    DemoFalco demoFalco;
    QList<EndpointConfig> endpoints;
    if (demo) {
        QString error;
        if (!demoFalco.start(rate, &error)) {
            printError(error);
            return ExitFailure;
        }
        endpoints.append(demoFalco.endpoint());
    } else if (config.falco.enabled) {
        endpoints = config.falco.endpoints;
    }
    if (endpoints.isEmpty()) {
        printError(
            Text::tr("no Falco source is configured: add falco.endpoints, or falco.hostname and port"));
        return ExitFailure;
    }
    for (const EndpointConfig &endpoint : std::as_const(endpoints)) {
        std::unique_ptr<AlertSource> source = createAlertSource(endpoint);
        printStatusChanges(source.get());
        monitor.addSource(std::move(source), endpoint.environment);
    }

    // Every reload reports, changed or not; only news is worth a line.
    QHash<QString, QPair<int, qint64>> lastLoaded;
    QObject::connect(
        &monitor, &DriftMonitor::stateLoaded, &monitor,
        [&lastLoaded](const QString &name, int resources, qint64 serial) {
            const QPair<int, qint64> loaded(resources, serial);
            if (lastLoaded.value(name, {-1, -1}) == loaded)
                return;
            lastLoaded.insert(name, loaded);
            printStatus(
                Text::tr("state %1: %n resource(s), serial %2", nullptr, resources).arg(name).arg(serial));
        });
    QObject::connect(&monitor, &DriftMonitor::stateFailed, &monitor,
                     [](const QString &name, const QString &error) {
                         printError(Text::tr("state %1: %2").arg(name, error));
                     });
    // Drift is written to the outbox as it is found; what is not delivered before the run ends waits
    // there for the next run.
    CliNotifications notifications;
    const bool notifying = CliNotifications::hasEnabledChannel(config.notifications);
    if (notifying && !notifications.open(config.notifications))
        return ExitFailure;
    quint64 printed = 0;
    QObject::connect(&monitor, &DriftMonitor::driftEventsArrived, &monitor,
                     [&](const DriftEventBatch &events) {
                         for (const DriftEvent &event : events) {
                             if (count > 0 && printed >= count)
                                 break;
                             const QByteArray line = driftEventToJsonLine(event);
                             std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
                             if (notifying)
                                 notifications.manager()->notify(event);
                             ++printed;
                         }
                         std::fflush(stdout);
                         if (count > 0 && printed >= count)
                             QCoreApplication::exit(ExitSuccess);
                     });
    // State first: drift is judged against it, so alerts wait until every state had its try.
    if (StateStore *state = monitor.stateStore())
        state->loadAllBlocking(kStateLoadTimeoutMs);
    monitor.start();
    const int result = QCoreApplication::exec();
    monitor.stop();
    if (notifying && !notifications.waitUntilIdle(kNotificationDrainMs))
        printStatus(Text::tr("notifications not yet delivered stay in the outbox for the next run"));
    return result;
}

} // namespace tfdrift::cli

// tfdrift-console: the desktop console. With no configuration it watches the built-in demo feed.

#include "core/config/AppConfig.h"
#include "core/drift/DriftMonitorFactory.h"
#include "core/emulator/DemoFalco.h"
#include "core/history/DriftHistory.h"
#include "core/ingest/AlertSourceFactory.h"
#include "core/state/StateStore.h"
#include "ui/ConsoleSettings.h"
#include "ui/DemoFeedSource.h"
#include "ui/LanguageSetup.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

using namespace tfdrift;

namespace {

// Gives main()'s strings a translation context that lupdate sees.
struct ConsoleMain {
    Q_DECLARE_TR_FUNCTIONS(ConsoleMain)
};

// Beyond this many, the message box lists the rest under "Show Details…".
constexpr qsizetype kDiagnosticsInMessage = 15;
// Long enough for local files; a remote backend that takes longer loads in the background.
constexpr int kStateLoadTimeoutMs = 10'000;

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

// --lang has to be known before the parser is built, because the parser's help text is translated.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == QLatin1String("--lang") || argument == QLatin1String("-lang"))
            && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

// Loads config.yaml. Every diagnostic goes to stderr; errors also go to a message box, and then the
// console does not start. The whole file is checked, not only the falco: section: a mistake in
// drift_rules must not go unnoticed until drift is judged by it.
std::optional<AppConfig> loadConsoleConfig(const QString &path)
{
    const AppConfigResult result = loadAppConfigFile(path);
    QStringList lines;
    for (const ConfigDiagnostic &diagnostic : result.diagnostics) {
        lines << diagnostic.toString();
        printError(lines.last());
    }
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Critical, ConsoleMain::tr("TFDrift Console"),
                        ConsoleMain::tr("%1 has errors. Fix them and start the console again.").arg(path));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(lines.mid(0, kDiagnosticsInMessage).join(QLatin1Char('\n')));
        if (lines.size() > kDiagnosticsInMessage)
            box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
        return std::nullopt;
    }
    return result.config;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TFDrift"));
    QCoreApplication::setApplicationName(QStringLiteral("TFDrift Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TFDRIFT_VERSION));

    QSettings stored;
    ConsoleSettings settings = ConsoleSettings::load(stored);
    // --lang wins over the language chosen in Settings, for this run only.
    const QString language = languageArgument(QCoreApplication::arguments());
    if (!language.isEmpty() && !LanguageSetup::languages().contains(language)) {
        printError(ConsoleMain::tr("unknown language \"%1\"; choose one of: %2")
                       .arg(language, LanguageSetup::languages().join(QStringLiteral(", "))));
        return 2;
    }
    if (!language.isEmpty())
        settings.language = language;
    LanguageSetup languages;
    languages.apply(settings.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        ConsoleMain::tr("Watch Falco alerts for changes made outside Terraform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        ConsoleMain::tr("Read the Falco endpoints, Terraform states and drift rules from FILE."),
        ConsoleMain::tr("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        ConsoleMain::tr("Watch the built-in demo feed (the default without --config)."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), ConsoleMain::tr("User interface language: en or ja (default: the system's)."),
        ConsoleMain::tr("LANG"));
    parser.addOptions({configOption, demoOption, languageOption});
    parser.process(app);

    // Without --config, the built-in demo's config: its drift_rules and the sample accounts' states.
    const bool configured = parser.isSet(configOption);
    const QString configPath = configured ? parser.value(configOption) : DemoFalco::configPath();
    const std::optional<AppConfig> config = loadConsoleConfig(configPath);
    if (!config)
        return 1;
    QList<ConfigDiagnostic> catalogDiagnostics;
    const std::unique_ptr<DriftMonitor> monitor = createDriftMonitor(*config, &catalogDiagnostics);
    for (const ConfigDiagnostic &diagnostic : std::as_const(catalogDiagnostics))
        printError(diagnostic.toString());
    if (!monitor)
        return 1;
    std::vector<std::pair<AlertSource *, std::optional<EndpointConfig>>> shownSources;
    if (configured && config->falco.enabled) {
        for (const EndpointConfig &endpoint : config->falco.endpoints) {
            std::unique_ptr<AlertSource> source = createAlertSource(endpoint);
            shownSources.emplace_back(source.get(), endpoint);
            monitor->addSource(std::move(source), endpoint.environment);
        }
    } else if (configured) {
        printError(
            ConsoleMain::tr("%1: falco.enabled is false; no alert sources are started").arg(configPath));
    }
    if (parser.isSet(demoOption) || !configured) {
        auto demo = std::make_unique<DemoFeedSource>(DemoFeedSource::defaultEmulatorProgram());
        shownSources.emplace_back(demo.get(), std::nullopt);
        monitor->addSource(std::move(demo), QString());
    }

    // Drift is judged against state, so it loads first, before the window exists: local and
    // built-in states take moments, and a slow backend delays the start rather than freezing a
    // window that is already on screen.
    if (StateStore *state = monitor->stateStore())
        state->loadAllBlocking(kStateLoadTimeoutMs);

    std::unique_ptr<DriftHistory> history; // outlives the window, which writes to it
    MainWindow window;
    window.setLanguageSetup(&languages);
    window.applySettings(settings);
    for (const auto &[source, endpoint] : shownSources)
        window.addSource(source, endpoint);
    window.addDriftMonitor(monitor.get());
    // Drift history: the last session's events come back; a history that cannot open costs only
    // the history, with the reason on stderr.
    if (settings.keepHistory) {
        QString error;
        history = DriftHistory::open(DriftHistory::defaultPath(), &error);
        if (history)
            window.setHistory(history.get());
        else
            printError(ConsoleMain::tr("drift history not kept: %1").arg(error));
    }
    window.show();
    monitor->start();

    const int exitCode = QApplication::exec();
    monitor->stop();
    return exitCode;
}

// tfdrift-console: the desktop console. With no configuration it watches the built-in demo feed.

#include "core/config/AppConfig.h"
#include "core/ingest/AlertSourceFactory.h"
#include "ui/DemoFeedSource.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace tfdrift;

namespace {

// Gives main()'s strings a translation context that lupdate sees.
struct ConsoleMain {
    Q_DECLARE_TR_FUNCTIONS(ConsoleMain)
};

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("ja")};
// Beyond this many, the message box lists the rest under "Show Details…".
constexpr qsizetype kDiagnosticsInMessage = 15;

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

// Our strings come from the .qm files embedded by qt_add_translations under :/i18n (its default
// RESOURCE_PREFIX); Qt's own dialogs and buttons from the system's qtbase translations.
void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("tfdrift"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Loads config.yaml and creates a source per endpoint. Every diagnostic goes to stderr;
// errors also go to a message box, and then the console does not start.
bool createConfiguredSources(const QString &path, std::vector<std::unique_ptr<AlertSource>> *sources)
{
    // The whole file is checked, not only the falco: section: a mistake in drift_rules must not
    // go unnoticed until drift is judged by it.
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
        return false;
    }
    if (!result.config.falco.enabled) {
        printError(ConsoleMain::tr("%1: falco.enabled is false; no alert sources are started").arg(path));
        return true;
    }
    for (const EndpointConfig &endpoint : result.config.falco.endpoints)
        sources->push_back(createAlertSource(endpoint));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TFDrift"));
    QCoreApplication::setApplicationName(QStringLiteral("TFDrift Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TFDRIFT_VERSION));

    const QString language = languageArgument(QCoreApplication::arguments());
    if (!language.isEmpty() && !kLanguages.contains(language)) {
        printError(ConsoleMain::tr("unknown language \"%1\"; choose one of: %2")
                       .arg(language, kLanguages.join(QStringLiteral(", "))));
        return 2;
    }
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    installTranslators(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        ConsoleMain::tr("Watch Falco alerts for changes made outside Terraform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        ConsoleMain::tr("Read the Falco endpoints from the falco: section of FILE."),
        ConsoleMain::tr("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        ConsoleMain::tr("Watch the built-in demo feed (the default without --config)."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), ConsoleMain::tr("User interface language: en or ja (default: the system's)."),
        ConsoleMain::tr("LANG"));
    parser.addOptions({configOption, demoOption, languageOption});
    parser.process(app);

    std::vector<std::unique_ptr<AlertSource>> sources;
    if (parser.isSet(configOption) && !createConfiguredSources(parser.value(configOption), &sources))
        return 1;
    if (parser.isSet(demoOption) || !parser.isSet(configOption))
        sources.push_back(std::make_unique<DemoFeedSource>(DemoFeedSource::defaultEmulatorProgram()));

    MainWindow window;
    for (const auto &source : sources)
        window.addSource(source.get());
    window.show();
    for (const auto &source : sources)
        source->start();

    const int exitCode = QApplication::exec();
    for (const auto &source : sources)
        source->stop();
    return exitCode;
}

#include "app/cli/EmulateCommand.h"

#include "app/cli/RulesTestCommand.h"
#include "core/emulator/FalcoEmulator.h"
#include "core/emulator/ReplayFeed.h"
#include "core/ingest/http/HttpAlertPoster.h"
#include "core/ingest/replay/ReplayReader.h"
#include "core/rules/evaluation/RuleDryRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <QUrl>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::EmulateCommand)
};

const QString kDemoFeed = QStringLiteral(":/demo/alerts.jsonl");
const QString kBundledRules = QStringLiteral(":/rules/tfdrift_rules.yaml");

bool loadAlerts(const QString &path, AlertBatch *alerts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    ReplayReader reader(&file, path == kDemoFeed ? QStringLiteral("demo feed") : path);
    while (reader.readBatch(alerts, 65536)) { }
    const QList<ReplayError> errors = reader.takeErrors();
    for (const ReplayError &error : errors)
        printError(error.toString());
    return true;
}
// Plays Falco: runs the rules over recorded audit events and keeps the alerts they raise.
bool evaluateRecords(const QStringList &rulesFiles, const QString &eventsFile, AlertBatch *alerts)
{
    rules::RuleDryRun dryRun;
    if (!loadDryRunRules(dryRun, rulesFiles) || !loadDryRunEvents(dryRun, eventsFile))
        return false;
    *alerts = dryRun.alerts();
    printStatus(Text::tr("%1 records raised %2 alerts").arg(dryRun.events().size()).arg(alerts->size()));
    return true;
}
} // namespace

QString EmulateCommand::summary() const
{
    return Text::tr("Run a stand-in Falco that replays alerts over gRPC or posts them like http_output");
}

int EmulateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption listenOption(
        QStringLiteral("listen"), Text::tr("Serve gRPC on TCP host:port (port 0: any)."), Text::tr("ADDR"));
    const QCommandLineOption unixOption(QStringLiteral("unix"), Text::tr("Serve gRPC on a unix socket."),
                                        Text::tr("PATH"));
    const QCommandLineOption postOption(QStringLiteral("post"),
                                        Text::tr("POST each alert to URL as Falco's http_output does."),
                                        Text::tr("URL"));
    const QCommandLineOption caOption(
        QStringLiteral("tls-ca"), Text::tr("CA that signs client certificates (mTLS)."), Text::tr("FILE"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"), Text::tr("Server certificate (mTLS)."),
                                        Text::tr("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"), Text::tr("Server private key (mTLS)."),
                                       Text::tr("FILE"));
    const QCommandLineOption insecureOption(
        QStringLiteral("insecure"),
        Text::tr("Serve plain TCP without TLS (tests only; real Falco requires mTLS)."));
    const QCommandLineOption replayOption(
        QStringLiteral("replay"), Text::tr("JSON-lines alerts to replay (default: the built-in demo feed)."),
        Text::tr("FILE"));
    const QCommandLineOption cloudTrailOption(
        QStringLiteral("cloudtrail"),
        Text::tr("Act as Falco over recorded audit events: a CloudTrail file or JSON lines of CloudTrail "
                 "records or GCP audit entries; the alerts the rules raise are served."),
        Text::tr("FILE"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        Text::tr("Rules for --cloudtrail; repeat for several (default: the bundled tfdrift_rules.yaml)."),
        Text::tr("FILE"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        Text::tr("Alerts per second; 0 sends all at once (default 10)."),
                                        Text::tr("N"));
    const QCommandLineOption loopOption(QStringLiteral("loop"),
                                        Text::tr("Start over at the end of the file."));
    const QCommandLineOption keepTimeOption(
        QStringLiteral("keep-time"),
        Text::tr("Keep recorded times instead of stamping alerts with the current time."));
    const QCommandLineOption exitOption(
        QStringLiteral("exit-when-drained"),
        Text::tr("Exit once every alert was sent (and, for gRPC, taken by a client)."));
    parser.addOptions({listenOption, unixOption, postOption, caOption, certOption, keyOption, insecureOption,
                       replayOption, cloudTrailOption, rulesOption, rateOption, loopOption, keepTimeOption,
                       exitOption});
    int exitCode = ExitSuccess;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const int targets
        = int(parser.isSet(listenOption)) + int(parser.isSet(unixOption)) + int(parser.isSet(postOption));
    if (targets != 1) {
        printError(Text::tr("give exactly one of --listen, --unix or --post"));
        return ExitUsage;
    }
    bool ok = true;
    const double rate = parser.isSet(rateOption) ? parser.value(rateOption).toDouble(&ok) : 10.0;
    if (!ok || rate < 0) {
        printError(Text::tr("--rate needs a number >= 0"));
        return ExitUsage;
    }
    if (parser.isSet(loopOption) && parser.isSet(exitOption)) {
        printError(Text::tr("--loop never drains; it cannot be combined with --exit-when-drained"));
        return ExitUsage;
    }

    if (parser.isSet(cloudTrailOption) && parser.isSet(replayOption)) {
        printError(Text::tr("give either --replay or --cloudtrail, not both"));
        return ExitUsage;
    }
    if (parser.isSet(rulesOption) && !parser.isSet(cloudTrailOption)) {
        printError(Text::tr("--rules only applies with --cloudtrail"));
        return ExitUsage;
    }

    AlertBatch alerts;
    if (parser.isSet(cloudTrailOption)) {
        const QStringList rulesFiles
            = parser.isSet(rulesOption) ? parser.values(rulesOption) : QStringList{kBundledRules};
        if (!evaluateRecords(rulesFiles, parser.value(cloudTrailOption), &alerts))
            return ExitFailure;
    } else if (!loadAlerts(parser.isSet(replayOption) ? parser.value(replayOption) : kDemoFeed, &alerts)) {
        return ExitFailure;
    }
    if (alerts.isEmpty()) {
        printError(Text::tr("no alerts to replay"));
        return ExitFailure;
    }
    const bool exitWhenDrained = parser.isSet(exitOption);

    if (parser.isSet(postOption)) {
        const QUrl url(parser.value(postOption), QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            printError(Text::tr("--post needs an http:// or https:// URL"));
            return ExitUsage;
        }
        HttpAlertPoster poster(url);
        if (parser.isSet(caOption)) {
            QString error;
            if (!poster.addCaCertificates(parser.value(caOption), &error)) {
                printError(error);
                return ExitFailure;
            }
        }
        quint64 failures = 0;
        QObject::connect(
            &poster, &HttpAlertPoster::finished, &poster, [&failures](const HttpPostResult &result) {
                if (result.succeeded())
                    return;
                ++failures;
                printError(result.error.isEmpty() ? Text::tr("the receiver answered HTTP %1: %2")
                                                        .arg(result.httpStatus)
                                                        .arg(QString::fromUtf8(result.responseBody.left(200)))
                                                  : result.error);
            });
        bool feedFinished = false;
        const auto exitIfDone = [&] {
            if (exitWhenDrained && feedFinished && poster.isIdle())
                QCoreApplication::exit(failures == 0 ? ExitSuccess : ExitFailure);
        };
        QObject::connect(&poster, &HttpAlertPoster::idle, &poster, exitIfDone);
        ReplayFeed feed(alerts, [&poster](const FalcoAlert &alert) { poster.post(alert); });
        QObject::connect(&feed, &ReplayFeed::finished, &feed, [&] {
            feedFinished = true;
            exitIfDone();
        });
        printStatus(Text::tr("posting to %1").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
        feed.start(rate, parser.isSet(loopOption), !parser.isSet(keepTimeOption));
        return QCoreApplication::exec();
    }

    FalcoEmulator::Options options;
    options.address = parser.isSet(unixOption) ? QLatin1String("unix://") + parser.value(unixOption)
                                               : parser.value(listenOption);
    options.caFile = parser.value(caOption);
    options.certFile = parser.value(certOption);
    options.keyFile = parser.value(keyOption);
    options.insecure = parser.isSet(insecureOption);
    if (parser.isSet(listenOption) && !options.insecure
        && (options.caFile.isEmpty() || options.certFile.isEmpty() || options.keyFile.isEmpty())) {
        printError(
            Text::tr("TCP needs --tls-ca, --tls-cert and --tls-key (mutual TLS, as Falco), or --insecure"));
        return ExitUsage;
    }
    FalcoEmulator emulator;
    QString error;
    if (!emulator.start(options, &error)) {
        printError(error);
        return ExitFailure;
    }
    if (parser.isSet(unixOption)) {
        printStatus(Text::tr("listening on unix://%1").arg(parser.value(unixOption)));
    } else {
        const QString host = options.address.left(options.address.lastIndexOf(QLatin1Char(':')));
        printStatus(Text::tr("listening on %1:%2").arg(host).arg(emulator.boundPort()));
    }

    ReplayFeed feed(alerts, [&emulator](const FalcoAlert &alert) { emulator.enqueue(alert); });
    QTimer drainWatch;
    QObject::connect(&drainWatch, &QTimer::timeout, &drainWatch, [&] {
        if (emulator.allDelivered())
            QCoreApplication::exit(ExitSuccess);
    });
    QObject::connect(&feed, &ReplayFeed::finished, &feed, [&] {
        if (exitWhenDrained)
            drainWatch.start(50);
    });
    feed.start(rate, parser.isSet(loopOption), !parser.isSet(keepTimeOption));
    const int result = QCoreApplication::exec();
    feed.stop();
    // Let a last poll collect what is still queued before the streams are cut.
    emulator.shutdown();
    return result;
}

} // namespace tfdrift::cli

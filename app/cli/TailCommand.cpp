#include "app/cli/TailCommand.h"

#include "app/cli/StatusPrinter.h"
#include "core/config/EndpointConfig.h"
#include "core/falco/AlertJson.h"
#include "core/ingest/AlertSourceFactory.h"
#include "core/ingest/grpc/GrpcAlertSource.h"
#include "core/ingest/http/HttpListenAddress.h"
#include "core/ingest/replay/ReplayAlertSource.h"

#include <QCoreApplication>

#include <cstdio>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::TailCommand)
};

void writeAlerts(const AlertBatch &batch, quint64 limit, quint64 *printed)
{
    for (const FalcoAlert &alert : batch) {
        if (limit > 0 && *printed >= limit)
            break;
        const QByteArray line = alertToJsonLine(alert);
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        ++*printed;
    }
    std::fflush(stdout);
}
} // namespace

QString TailCommand::summary() const
{
    return Text::tr("Receive alerts from Falco (gRPC, HTTP or a capture file) and print them as JSON lines");
}

int TailCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption grpcOption(
        QStringLiteral("grpc"), Text::tr("Subscribe to Falco's gRPC output at host:port."), Text::tr("ADDR"));
    const QCommandLineOption unixOption(QStringLiteral("unix"),
                                        Text::tr("Subscribe to Falco's gRPC output on a unix socket."),
                                        Text::tr("PATH"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"), Text::tr("Receive Falco http_output / falcosidekick posts on host:port."),
        Text::tr("ADDR"));
    const QCommandLineOption replayOption(QStringLiteral("replay"),
                                          Text::tr("Read a JSON-lines capture file."), Text::tr("FILE"));
    const QCommandLineOption caOption(QStringLiteral("tls-ca"),
                                      Text::tr("CA certificate that signs the server (gRPC mTLS)."),
                                      Text::tr("FILE"));
    const QCommandLineOption certOption(
        QStringLiteral("tls-cert"),
        Text::tr("Client certificate (gRPC mTLS) or server certificate (--listen HTTPS)."), Text::tr("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"), Text::tr("Private key for --tls-cert."),
                                       Text::tr("FILE"));
    const QCommandLineOption insecureOption(
        QStringLiteral("insecure"),
        Text::tr("Plain TCP gRPC without TLS (test servers only; Falco never serves it)."));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("bearer-token-env"),
        Text::tr("Require this environment variable's value as the HTTP bearer token."), Text::tr("VAR"));
    const QCommandLineOption countOption(QStringLiteral("count"), Text::tr("Exit after N alerts."),
                                         Text::tr("N"));
    const QCommandLineOption retriesOption(
        QStringLiteral("max-retries"),
        Text::tr("Give up after N failed connection attempts in a row (default: never)."), Text::tr("N"));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval"),
                                        Text::tr("Milliseconds between gRPC poll requests (default 100)."),
                                        Text::tr("MS"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        Text::tr("Name of this source in the output."), Text::tr("NAME"));
    parser.addOptions({grpcOption, unixOption, listenOption, replayOption, caOption, certOption, keyOption,
                       insecureOption, tokenEnvOption, countOption, retriesOption, pollOption, nameOption});
    int exitCode = ExitSuccess;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const int transports = int(parser.isSet(grpcOption)) + int(parser.isSet(unixOption))
        + int(parser.isSet(listenOption)) + int(parser.isSet(replayOption));
    if (transports != 1) {
        printError(Text::tr("give exactly one of --grpc, --unix, --listen or --replay"));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(Text::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    EndpointConfig endpoint;
    endpoint.name = parser.isSet(nameOption) ? parser.value(nameOption) : QStringLiteral("falco");
    endpoint.caFile = parser.value(caOption);
    endpoint.certFile = parser.value(certOption);
    endpoint.keyFile = parser.value(keyOption);
    endpoint.insecure = parser.isSet(insecureOption);

    bool ok = true;
    quint64 count = 0;
    if (!readCountOption(parser, countOption, &count))
        return ExitUsage;
    if (parser.isSet(retriesOption)) {
        endpoint.maxRetries = parser.value(retriesOption).toInt(&ok);
        if (!ok || endpoint.maxRetries < 0) {
            printError(Text::tr("--max-retries needs a number >= 0"));
            return ExitUsage;
        }
    }
    if (parser.isSet(pollOption)) {
        endpoint.pollIntervalMs = parser.value(pollOption).toInt(&ok);
        if (!ok || endpoint.pollIntervalMs < 1 || endpoint.pollIntervalMs > 60'000) {
            printError(Text::tr("--poll-interval needs milliseconds between 1 and 60000"));
            return ExitUsage;
        }
    }

    if (parser.isSet(grpcOption) || parser.isSet(unixOption)) {
        endpoint.transport = EndpointConfig::Transport::Grpc;
        if (parser.isSet(unixOption)) {
            endpoint.address = QLatin1String("unix://") + parser.value(unixOption);
        } else {
            endpoint.address = parser.value(grpcOption);
            if (!splitHostPort(endpoint.address, nullptr, nullptr)) {
                printError(Text::tr("--grpc needs host:port, got \"%1\"").arg(endpoint.address));
                return ExitUsage;
            }
            const bool fullTls
                = !endpoint.caFile.isEmpty() && !endpoint.certFile.isEmpty() && !endpoint.keyFile.isEmpty();
            if (!fullTls && !endpoint.insecure) {
                printError(
                    Text::tr("gRPC over TCP needs --tls-ca, --tls-cert and --tls-key (Falco serves TCP only "
                             "with mutual TLS), or --insecure for a local test server"));
                return ExitUsage;
            }
        }
    } else if (parser.isSet(listenOption)) {
        endpoint.transport = EndpointConfig::Transport::Http;
        endpoint.listenAddress = parser.value(listenOption);
        if (QString reason; !parseListenAddress(endpoint.listenAddress, &reason)) {
            printError(reason);
            return ExitUsage;
        }
        if (endpoint.certFile.isEmpty() != endpoint.keyFile.isEmpty()) {
            printError(Text::tr("HTTPS needs both --tls-cert and --tls-key"));
            return ExitUsage;
        }
        if (parser.isSet(tokenEnvOption)) {
            const QByteArray variable = parser.value(tokenEnvOption).toLocal8Bit();
            endpoint.bearerToken = qEnvironmentVariable(variable.constData());
            if (endpoint.bearerToken.isEmpty()) {
                printError(Text::tr("environment variable %1 is not set").arg(parser.value(tokenEnvOption)));
                return ExitUsage;
            }
        }
    } else {
        endpoint.transport = EndpointConfig::Transport::Replay;
        endpoint.replayFile = parser.value(replayOption);
    }

    std::unique_ptr<AlertSource> source = createAlertSource(endpoint);
    printStatusChanges(source.get());
    quint64 printed = 0;
    QObject::connect(source.get(), &AlertSource::alertsArrived, source.get(), [&](const AlertBatch &batch) {
        writeAlerts(batch, count, &printed);
        if (count > 0 && printed >= count)
            QCoreApplication::exit(ExitSuccess);
    });
    QObject::connect(source.get(), &AlertSource::stateChanged, source.get(),
                     [](const ConnectionState &state) {
                         if (state.kind == ConnectionState::Kind::Failed)
                             QCoreApplication::exit(ExitFailure);
                     });
    if (auto *replay = qobject_cast<ReplayAlertSource *>(source.get())) {
        QObject::connect(replay, &ReplayAlertSource::lineRejected, replay,
                         [](const ReplayError &error) { printError(error.toString()); });
        QObject::connect(replay, &ReplayAlertSource::finished, replay, [&](quint64, int rejected) {
            const bool countMet = count == 0 || printed >= count;
            QCoreApplication::exit(rejected == 0 && countMet ? ExitSuccess : ExitFailure);
        });
    }
    source->start();
    const int result = QCoreApplication::exec();
    source->stop();
    return result;
}

} // namespace tfdrift::cli

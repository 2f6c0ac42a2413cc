// tfdrift-bench: the speed figures we hold ourselves to, printed with their ceilings.

#include "IngestBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
void printResult(const char *label, const tfdrift::bench::BenchResult &result)
{
    std::printf("%s ingest: %.0f alerts/s, raw: %.0f alerts/s, ratio: %.2f\n", label, result.ingestPerSec,
                result.rawPerSec, result.rawPerSec > 0 ? result.ingestPerSec / result.rawPerSec : 0.0);
    std::printf("  (medians of %d paired rounds, order alternating, after a warm-up pair)\n", result.rounds);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TFDrift Console benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("ingest"));
    const QCommandLineOption alertsOption(QStringLiteral("alerts"),
                                          QStringLiteral("Alerts per run (default 200000)."),
                                          QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption transportOption(QStringLiteral("transport"),
                                             QStringLiteral("grpc, http or all (default all)."),
                                             QStringLiteral("T"), QStringLiteral("all"));
    parser.addOptions({alertsOption, transportOption});
    parser.process(app);
    if (parser.positionalArguments() != QStringList{QStringLiteral("ingest")}) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    bool ok = false;
    const int alerts = parser.value(alertsOption).toInt(&ok);
    const QString transport = parser.value(transportOption);
    if (!ok || alerts <= 0
        || !QStringList{QStringLiteral("grpc"), QStringLiteral("http"), QStringLiteral("all")}.contains(
            transport)) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    std::printf("alerts per run: %d\n", alerts);
    if (transport != QLatin1String("http"))
        printResult("grpc", tfdrift::bench::benchGrpcIngest(alerts));
    if (transport != QLatin1String("grpc"))
        printResult("http", tfdrift::bench::benchHttpIngest(alerts));
    return 0;
}

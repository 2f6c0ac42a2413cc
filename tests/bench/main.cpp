// tfdrift-bench: the speed figures we hold ourselves to, printed with their ceilings.

#include "DriftBench.h"
#include "IngestBench.h"
#include "RulesBench.h"
#include "UiBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

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
    // The ui benchmark drives real widgets, offscreen unless a platform is asked for.
    const bool widgets = argc > 1 && std::strcmp(argv[1], "ui") == 0;
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = widgets ? std::make_unique<QApplication>(argc, argv)
                                                          : std::make_unique<QCoreApplication>(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TFDrift Console benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("ingest, drift, rules or ui"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("rules: rules files in Falco's load order (default: a "
                                                "synthetic set of about 4,500 lines)"),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption alertsOption(
        QStringLiteral("alerts"),
        QStringLiteral("Alerts per run (default 200000 for ingest, 1000000 for drift); ui: drift events."),
        QStringLiteral("N"));
    const QCommandLineOption transportOption(QStringLiteral("transport"),
                                             QStringLiteral("grpc, http or all (default all)."),
                                             QStringLiteral("T"), QStringLiteral("all"));
    const QCommandLineOption resourcesOption(QStringLiteral("resources"),
                                             QStringLiteral("drift: resources in the state (default 10000)."),
                                             QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
                                         QStringLiteral("drift: drift_rules (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption stateSizeOption(
        QStringLiteral("state-mb"), QStringLiteral("drift: size of the tfstate to load (default 50)."),
        QStringLiteral("MB"), QStringLiteral("50"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("ui: drift events per second (default 50000)."),
                                        QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("rules: timed runs after the warm-up (default 15)."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    // Our own statement of the 22 rules of Falco's aws_cloudtrail_rules.yaml, so the figure needs no
    // file from outside the source tree; give the real file to measure that instead.
    const QCommandLineOption cloudTrailRulesOption(
        QStringLiteral("cloudtrail-rules"),
        QStringLiteral("rules: aws_cloudtrail rules to evaluate (default: "
                       "tests/core/fixtures/evaluation/cloudtrail_rules.yaml); repeat for several."),
        QStringLiteral("FILE"));
    parser.addOptions({alertsOption, transportOption, resourcesOption, rulesOption, stateSizeOption,
                       rateOption, runsOption, cloudTrailRulesOption});
    parser.process(*app);
    const QStringList benchmark = parser.positionalArguments();
    if (benchmark.value(0) == QLatin1String("rules")) {
        const int runs = parser.value(runsOption).toInt();
        if (runs <= 0) {
            std::fputs(qPrintable(parser.helpText()), stderr);
            return 2;
        }
        const QStringList cloudTrailRules = parser.isSet(cloudTrailRulesOption)
            ? parser.values(cloudTrailRulesOption)
            : QStringList{
                QStringLiteral(TFDRIFT_SOURCE_DIR "/tests/core/fixtures/evaluation/cloudtrail_rules.yaml")};
        return tfdrift::bench::runRulesBench(benchmark.mid(1), cloudTrailRules, runs);
    }
    if (benchmark == QStringList{QStringLiteral("ui")}) {
        const int events = parser.isSet(alertsOption) ? parser.value(alertsOption).toInt() : 1'000'000;
        const int rate = parser.value(rateOption).toInt();
        if (events <= 0 || rate <= 0) {
            std::fputs(qPrintable(parser.helpText()), stderr);
            return 2;
        }
        return tfdrift::bench::runUiBench(events, rate);
    }
    if (benchmark == QStringList{QStringLiteral("drift")}) {
        const int alerts = parser.isSet(alertsOption) ? parser.value(alertsOption).toInt() : 1'000'000;
        const int resources = parser.value(resourcesOption).toInt();
        const int rules = parser.value(rulesOption).toInt();
        const int megabytes = parser.value(stateSizeOption).toInt();
        if (alerts <= 0 || resources <= 0 || rules < 0 || megabytes <= 0) {
            std::fputs(qPrintable(parser.helpText()), stderr);
            return 2;
        }
        const tfdrift::bench::DriftBenchResult result
            = tfdrift::bench::benchDrift(alerts, resources, rules, megabytes);
        std::printf(
            "drift: %.0f alerts/s on one core (%llu alerts, %llu drift events; %d resources, %d rules; "
            "target 200000, ratio %.2f)\n",
            result.alertsPerSec, static_cast<unsigned long long>(result.alerts),
            static_cast<unsigned long long>(result.driftEvents), result.resources, result.rules,
            result.alertsPerSec / 200'000);
        std::printf("state load: %.1f MB tfstate in %.2f s (target under 2 s)\n", result.stateMegabytes,
                    result.stateLoadSeconds);
        return 0;
    }
    if (benchmark != QStringList{QStringLiteral("ingest")}) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    bool ok = false;
    const int alerts = parser.isSet(alertsOption) ? parser.value(alertsOption).toInt(&ok) : 200'000;
    ok = ok || !parser.isSet(alertsOption);
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

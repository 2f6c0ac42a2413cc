#include "app/cli/RulesTestCommand.h"

#include "app/cli/CliCommand.h"
#include "core/falco/AlertJson.h"
#include "core/rules/evaluation/RuleDryRun.h"

#include <QCoreApplication>

#include <cstdio>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::RulesTestCommand)
};

void printOut(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

QString eventLabel(const rules::RuleEvent &event)
{
    // "#3 DeleteBucket": enough to find the record in the file.
    const QJsonObject &record = event.record();
    QString name = record.value(QLatin1String("eventName")).toString();
    if (name.isEmpty())
        name = record.value(QLatin1String("protoPayload"))
                   .toObject()
                   .value(QLatin1String("methodName"))
                   .toString();
    return QStringLiteral("#%1 %2").arg(event.number()).arg(name);
}

void printExplanation(rules::RuleEvaluator &evaluator, const rules::RuleEvent &event, const QString &ruleName)
{
    const std::vector<rules::ConditionProgram::ExplainStep> steps = evaluator.explain(event, ruleName);
    if (steps.empty()) {
        printOut(Text::tr("event %1: not a %2 event")
                     .arg(eventLabel(event), evaluator.findRule(ruleName)->source));
        return;
    }
    printOut(Text::tr("event %1: %2")
                 .arg(eventLabel(event), steps.front().result ? Text::tr("match") : Text::tr("no match")));
    for (const rules::ConditionProgram::ExplainStep &step : steps) {
        QString line = QString(2 * (step.depth + 1), QLatin1Char(' '))
            + (step.result ? QStringLiteral("true   ") : QStringLiteral("false  "))
            + QString(step.text).simplified();
        if (!step.observed.isEmpty())
            line += QStringLiteral("    <- ") + step.observed;
        printOut(line);
    }
}
} // namespace

bool loadDryRunRules(rules::RuleDryRun &dryRun, const QStringList &files,
                     rules::RuleEvaluator::RuleSelection selection)
{
    if (dryRun.loadRules(files, selection))
        return true;
    for (const rules::RuleDiagnostic &diagnostic : dryRun.ruleDiagnostics()) {
        if (diagnostic.isError())
            printError(diagnostic.toString());
    }
    printError(Text::tr("the rules have errors; Falco would not load them (see tfdrift rules validate)"));
    return false;
}

bool loadDryRunEvents(rules::RuleDryRun &dryRun, const QString &file)
{
    const bool readable = dryRun.loadEvents(file);
    for (const QString &error : dryRun.eventErrors())
        printError(error);
    for (const QString &note : dryRun.eventNotes())
        printError(note);
    return readable;
}

int runRulesTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Dry-run rules over recorded cloud audit events and print the alerts Falco would emit.\n\n"
                 "Events: a CloudTrail log file ({\"Records\": [...]}), JSON lines of CloudTrail records, or "
                 "JSON lines of GCP audit LogEntry objects.\n\n"
                 "Exit status: 0 when every file was read, 1 when the rules have errors or an event could "
                 "not be read, 2 on usage errors."));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
                                         Text::tr("A rules file; repeat for several, loaded in order."),
                                         Text::tr("FILE"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), Text::tr("The recorded events."),
                                          Text::tr("FILE"));
    const QCommandLineOption explainOption(
        QStringLiteral("explain"),
        Text::tr("Instead of alerts, show for each event which part of RULE's condition decided the result."),
        Text::tr("RULE"));
    const QCommandLineOption disabledOption(QStringLiteral("include-disabled"),
                                            Text::tr("Also run rules that are disabled (enabled: false)."));
    const QCommandLineOption hostnameOption(QStringLiteral("hostname"),
                                            Text::tr("The hostname alerts carry (default: this machine's)."),
                                            Text::tr("NAME"));
    parser.addOptions({rulesOption, eventsOption, explainOption, disabledOption, hostnameOption});
    int exitCode = ExitSuccess;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(rulesOption) || !parser.isSet(eventsOption)) {
        printError(Text::tr("give --rules FILE and --events FILE; see tfdrift rules test --help"));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(Text::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    rules::RuleDryRun dryRun;
    const auto selection = parser.isSet(disabledOption) ? rules::RuleEvaluator::RuleSelection::All
                                                        : rules::RuleEvaluator::RuleSelection::Enabled;
    if (!loadDryRunRules(dryRun, parser.values(rulesOption), selection))
        return ExitFailure;
    rules::RuleEvaluator &evaluator = dryRun.evaluator();
    if (parser.isSet(hostnameOption))
        evaluator.setHostname(parser.value(hostnameOption));
    const QString explained = parser.value(explainOption);
    if (!explained.isEmpty() && !evaluator.findRule(explained)) {
        printError(Text::tr("no rule named \"%1\" can be evaluated").arg(explained));
        return ExitUsage;
    }
    for (const rules::SkippedRule &skipped : evaluator.skippedRules())
        printError(Text::tr("warning: rule \"%1\" (%2) is not evaluated: %3")
                       .arg(skipped.name, skipped.source, skipped.reason));

    if (!loadDryRunEvents(dryRun, parser.value(eventsOption)))
        return ExitFailure;

    if (!explained.isEmpty()) {
        for (const auto &event : dryRun.events())
            printExplanation(evaluator, *event, explained);
    } else {
        const AlertBatch alerts = dryRun.alerts();
        for (const FalcoAlert &alert : alerts)
            std::fputs(alertToJsonLine(alert).constData(), stdout);
        printStatus(Text::tr("%1 events, %2 alerts from %3 rules")
                        .arg(dryRun.events().size())
                        .arg(alerts.size())
                        .arg(evaluator.ruleCount()));
    }
    return dryRun.eventErrors().isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace tfdrift::cli

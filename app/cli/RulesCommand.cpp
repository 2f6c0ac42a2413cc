#include "app/cli/RulesCommand.h"

#include "app/cli/RulesTestCommand.h"
#include "core/rules/FieldCatalog.h"
#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RulesLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace tfdrift::cli {

using rules::RuleDiagnostic;
using rules::RulesLoader;
using rules::RuleSummary;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::RulesCommand)
};

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

// The CLI loads no translations, so English plurals are spelled out rather than left to %n.
QString errorCount(int count)
{
    return count == 1 ? Text::tr("1 error") : Text::tr("%1 errors").arg(count);
}

QString warningCount(int count)
{
    return count == 1 ? Text::tr("1 warning") : Text::tr("%1 warnings").arg(count);
}

QString fileCount(qsizetype count)
{
    return count == 1 ? Text::tr("1 file") : Text::tr("%1 files").arg(count);
}

QString ruleCount(qsizetype count)
{
    return count == 1 ? Text::tr("1 rule") : Text::tr("%1 rules").arg(count);
}

// The command line of `tfdrift rules NAME [--json] FILE...`.
struct FilesArguments {
    QStringList files;
    bool json = false;
    int exitCode = ExitSuccess; // when parsing says the command must stop
};

// Parses `tfdrift rules NAME [--json] FILE...` and loads the files into `loader`, in order; false when
// the command must exit with `parsed->exitCode`.
bool parseAndLoadFiles(const QStringList &arguments, const QString &description, RulesLoader &loader,
                       FilesArguments *parsed)
{
    QCommandLineParser parser;
    QStringList *files = &parsed->files;
    int *exitCode = &parsed->exitCode;
    parser.setApplicationDescription(
        description
        + Text::tr("\n\nExit status: 0 when the files are valid (warnings allowed), 1 when they have errors, "
                   "2 on usage errors."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON instead of text."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Text::tr("Rules files, loaded in this order (as Falco's rules_files)."),
                                 Text::tr("FILE..."));
    // Qt's help names the executable alone; the usage line should name the subcommand too.
    const qsizetype end = arguments.indexOf(QStringLiteral("--"));
    const QStringList options = end < 0 ? arguments : arguments.mid(0, end);
    if (options.contains(QStringLiteral("--help")) || options.contains(QStringLiteral("-h"))) {
        parser.addHelpOption();
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     Text::tr("Usage: %1 [options] FILE...").arg(arguments.value(0)));
        std::fputs(qPrintable(help), stdout);
        *exitCode = ExitSuccess;
        return false;
    }
    if (!parseCommandLine(parser, arguments, exitCode))
        return false;
    *files = parser.positionalArguments();
    if (files->isEmpty()) {
        printError(Text::tr("missing FILE; usage: %1 [--json] FILE...").arg(arguments.value(0)));
        *exitCode = ExitUsage;
        return false;
    }
    parsed->json = parser.isSet(jsonOption);
    for (const QString &file : std::as_const(*files))
        loader.loadFile(file);
    return true;
}

// Findings grouped by file, in the order the files were given, then by position.
QList<RuleDiagnostic> sortedByPosition(QList<RuleDiagnostic> diagnostics, const QStringList &files)
{
    const auto fileRank = [&](const QString &file) {
        const qsizetype index = files.indexOf(file);
        return index < 0 ? files.size() : index;
    };
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [&](const RuleDiagnostic &a, const RuleDiagnostic &b) {
                         return std::tuple(fileRank(a.file), a.line, a.column)
                             < std::tuple(fileRank(b.file), b.line, b.column);
                     });
    return diagnostics;
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            line += last ? row[i] : row[i].leftJustified(widths[i]) + QLatin1String("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1); // a rule without tags
        printLine(line);
    }
}
} // namespace

int runRulesValidate(const QStringList &arguments)
{
    RulesLoader loader(FieldCatalog::builtIn());
    FilesArguments parsed;
    if (!parseAndLoadFiles(
            arguments,
            Text::tr("Check Falco rules files as `falco -V` does and print each finding as\n"
                     "FILE:LINE:COL: error|warning: CODE: message, with a suggested fix where one is known.\n"
                     "Files load in the order given, with Falco's append and override semantics.\n"
                     "--json prints the document of `falco -V FILE... -o json_output=true` instead."),
            loader, &parsed))
        return parsed.exitCode;
    const QStringList &files = parsed.files;
    loader.validate();
    const QList<RuleDiagnostic> diagnostics = sortedByPosition(loader.diagnostics(), files);

    if (parsed.json) {
        std::fputs(QJsonDocument(rules::falcoLoadResultsJson(files, diagnostics)).toJson().constData(),
                   stdout);
    } else {
        for (const RuleDiagnostic &diagnostic : diagnostics)
            printLine(diagnostic.toString());
    }
    std::fflush(stdout);
    const int errors = rules::errorCount(diagnostics);
    printStatus(Text::tr("%1, %2 in %3")
                    .arg(errorCount(errors), warningCount(rules::warningCount(diagnostics)),
                         fileCount(files.size())));
    return errors == 0 ? ExitSuccess : ExitFailure;
}

int runRulesList(const QStringList &arguments)
{
    RulesLoader loader(FieldCatalog::builtIn());
    FilesArguments parsed;
    if (!parseAndLoadFiles(
            arguments,
            Text::tr("List the rules of Falco rules files as they stand after every append and "
                     "override:\nname, source, priority, enabled and tags. Errors that stop a "
                     "file from loading go to stderr;\n`tfdrift rules validate` shows every "
                     "finding."),
            loader, &parsed))
        return parsed.exitCode;
    const QStringList &files = parsed.files;
    const QList<RuleSummary> rules = loader.ruleSummaries();

    if (parsed.json) {
        QJsonArray array;
        for (const RuleSummary &rule : rules) {
            array.append(QJsonObject{{QStringLiteral("name"), rule.name},
                                     {QStringLiteral("source"), rule.source},
                                     {QStringLiteral("priority"), rule.priority},
                                     {QStringLiteral("enabled"), rule.enabled},
                                     {QStringLiteral("tags"), QJsonArray::fromStringList(rule.tags)},
                                     {QStringLiteral("file"), rule.file},
                                     {QStringLiteral("line"), rule.line}});
        }
        std::fputs(QJsonDocument(array).toJson().constData(), stdout);
    } else {
        QList<QStringList> rows{{Text::tr("NAME"), Text::tr("SOURCE"), Text::tr("PRIORITY"),
                                 Text::tr("ENABLED"), Text::tr("TAGS")}};
        for (const RuleSummary &rule : rules) {
            rows.append({rule.name, rule.source, rule.priority,
                         rule.enabled ? Text::tr("yes") : Text::tr("no"),
                         rule.tags.join(QLatin1String(", "))});
        }
        printTable(rows);
    }
    std::fflush(stdout);

    // Loading alone finds what stops a rule from being read; the rest is for `validate`.
    int errors = 0;
    for (const RuleDiagnostic &diagnostic : sortedByPosition(loader.diagnostics(), files)) {
        if (!diagnostic.isError())
            continue;
        ++errors;
        std::fputs(qPrintable(diagnostic.toString() + QLatin1Char('\n')), stderr);
    }
    printStatus(errors == 0 ? Text::tr("%1 in %2").arg(ruleCount(rules.size()), fileCount(files.size()))
                            : Text::tr("%1 in %2; %3 while loading")
                                  .arg(ruleCount(rules.size()), fileCount(files.size()), errorCount(errors)));
    return errors == 0 ? ExitSuccess : ExitFailure;
}

RulesCommand::RulesCommand()
{
    addSubcommand({QStringLiteral("validate"),
                   Text::tr("Check rules files as `falco -V` does, with line, column and suggested fixes"),
                   runRulesValidate});
    addSubcommand({QStringLiteral("list"), Text::tr("List the rules: name, source, priority, enabled, tags"),
                   runRulesList});
    addSubcommand(
        {QStringLiteral("test"),
         Text::tr("Dry-run rules over recorded CloudTrail or GCP audit events and print the alerts"),
         runRulesTest});
}

QString RulesCommand::summary() const
{
    return Text::tr("Validate, list and dry-run Falco rules files");
}

QString RulesCommand::usageLine() const
{
    return Text::tr("Usage: tfdrift rules <subcommand> [options] FILE...");
}

} // namespace tfdrift::cli

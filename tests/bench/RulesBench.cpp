#include "RulesBench.h"

#include "core/rules/FieldCatalog.h"
#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RulesLoader.h"

#include "RuleEvaluationBench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringBuilder>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace tfdrift::bench {

namespace {

constexpr double kTargetMs = 150;
constexpr int kSyntheticLines = 4500;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int countLines(const QByteArray &text)
{
    const int breaks = int(text.count('\n'));
    return breaks + (text.isEmpty() || text.endsWith('\n') ? 0 : 1);
}

// ---- The synthetic rules set ----------------------------------------------------------------------

// Each list holds values of one kind, read by one field; macros test that field against the list.
struct ListTheme {
    const char *stem;
    const char *field;
    QStringList values;
    bool paths; // values are paths, so pmatch applies
};

const std::vector<ListTheme> &listThemes()
{
    static const std::vector<ListTheme> themes = {
        {"shell_binaries",
         "proc.name",
         {QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("zsh"), QStringLiteral("ksh"),
          QStringLiteral("dash"), QStringLiteral("tcsh"), QStringLiteral("csh"), QStringLiteral("fish"),
          QStringLiteral("busybox"), QStringLiteral("ash")},
         false},
        {"package_mgmt_binaries",
         "proc.pname",
         {QStringLiteral("apt"), QStringLiteral("apt-get"), QStringLiteral("dpkg"), QStringLiteral("rpm"),
          QStringLiteral("yum"), QStringLiteral("dnf"), QStringLiteral("zypper"), QStringLiteral("apk"),
          QStringLiteral("pip"), QStringLiteral("npm")},
         false},
        {"sensitive_file_names",
         "fd.name",
         {QStringLiteral("/etc/shadow"), QStringLiteral("/etc/sudoers"), QStringLiteral("/etc/pam.conf"),
          QStringLiteral("/etc/security/pwquality.conf"), QStringLiteral("/root/.ssh/authorized_keys"),
          QStringLiteral("/etc/ld.so.preload"), QStringLiteral("/etc/crontab"), QStringLiteral("/etc/passwd"),
          QStringLiteral("/etc/gshadow"), QStringLiteral("/etc/sudoers.d/99-local")},
         true},
        {"trusted_images",
         "container.image.repository",
         {QStringLiteral("docker.io/library/nginx"), QStringLiteral("quay.io/prometheus/node-exporter"),
          QStringLiteral("registry.k8s.io/kube-proxy"), QStringLiteral("gcr.io/distroless/base"),
          QStringLiteral("ghcr.io/example/agent"), QStringLiteral("docker.io/falcosecurity/falco"),
          QStringLiteral("public.ecr.aws/example/collector"), QStringLiteral("quay.io/cilium/cilium")},
         false},
        {"server_ports",
         "fd.sport",
         {QStringLiteral("22"), QStringLiteral("80"), QStringLiteral("443"), QStringLiteral("2222"),
          QStringLiteral("3306"), QStringLiteral("5432"), QStringLiteral("6379"), QStringLiteral("8080"),
          QStringLiteral("9090"), QStringLiteral("27017")},
         false},
        {"monitored_directories",
         "fd.directory",
         {QStringLiteral("/etc"), QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin"),
          QStringLiteral("/bin"), QStringLiteral("/sbin"), QStringLiteral("/lib"), QStringLiteral("/usr/lib"),
          QStringLiteral("/boot"), QStringLiteral("/usr/local/bin"), QStringLiteral("/opt")},
         true},
        {"admin_users",
         "user.name",
         {QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("ubuntu"),
          QStringLiteral("ec2-user"), QStringLiteral("ops"), QStringLiteral("deploy"),
          QStringLiteral("centos"), QStringLiteral("debian")},
         false},
        {"network_tool_binaries",
         "proc.name",
         {QStringLiteral("nc"), QStringLiteral("ncat"), QStringLiteral("netcat"), QStringLiteral("socat"),
          QStringLiteral("nmap"), QStringLiteral("curl"), QStringLiteral("wget"), QStringLiteral("tcpdump"),
          QStringLiteral("tshark"), QStringLiteral("masscan")},
         false},
    };
    return themes;
}

const QStringList &outputFields()
{
    static const QStringList fields
        = {QStringLiteral("evt.type"),      QStringLiteral("user.name"),    QStringLiteral("user.uid"),
           QStringLiteral("user.loginuid"), QStringLiteral("proc.name"),    QStringLiteral("proc.exepath"),
           QStringLiteral("proc.pname"),    QStringLiteral("proc.cmdline"), QStringLiteral("proc.pcmdline"),
           QStringLiteral("proc.tty"),      QStringLiteral("fd.name"),      QStringLiteral("fd.sip"),
           QStringLiteral("evt.res"),       QStringLiteral("container.id"), QStringLiteral("container.name"),
           QStringLiteral("k8s.ns.name"),   QStringLiteral("k8s.pod.name"), QStringLiteral("group.name")};
    return fields;
}

struct SyntheticCounts {
    int lists = 160;
    int macros = 350;
    int rules = 93;
};

// Macros come in chains of four (each refers to the one before), as Falco's do: a rule naming the last
// one of a chain reaches all four.
constexpr int kChainLength = 4;

QString listName(int index)
{
    return QLatin1String(listThemes()[std::size_t(index) % listThemes().size()].stem) % QLatin1Char('_')
        % QString::number(index);
}

QString macroName(int index)
{
    return QStringLiteral("synthetic_check_%1_%2").arg(index / kChainLength).arg(index % kChainLength);
}

QString chainTop(int chain, int macroCount)
{
    return macroName(std::min(chain * kChainLength + kChainLength - 1, macroCount - 1));
}

// A long condition as a folded scalar with a line per `and`/`or` term, the way Falco's files wrap them.
QString conditionYaml(const QString &condition)
{
    if (condition.size() <= 90)
        return QStringLiteral("  condition: ") % condition % QLatin1Char('\n');
    QString text = QStringLiteral("  condition: >\n    ");
    qsizetype lineLength = 0;
    const QStringList words = condition.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        const bool joiner = word == QLatin1String("and") || word == QLatin1String("or");
        if (i > 0 && joiner && lineLength > 40) {
            text += QStringLiteral("\n    ");
            lineLength = 0;
        } else if (i > 0) {
            text += QLatin1Char(' ');
            ++lineLength;
        }
        text += word;
        lineLength += word.size();
    }
    return text % QLatin1Char('\n');
}

QString listYaml(int index)
{
    const ListTheme &theme = listThemes()[std::size_t(index) % listThemes().size()];
    QStringList values;
    const int size = 3 + (index * 5) % 8;
    for (int i = 0; i < size; ++i) {
        const QString &value = theme.values[(index + i * 3) % theme.values.size()];
        if (!values.contains(value))
            values.append(value);
    }
    // Some lists include an earlier list of the same kind by name, as Falco's do.
    const int themeCount = int(listThemes().size());
    if (index % 5 == 0 && index >= themeCount)
        values.append(listName(index - themeCount));
    QString text;
    if (index % 4 == 0)
        text += QStringLiteral("# Values of this kind that the detections below treat as expected.\n");
    text += QStringLiteral("- list: ") % listName(index) % QLatin1Char('\n');
    if (values.size() <= 6) {
        text += QStringLiteral("  items: [") % values.join(QStringLiteral(", ")) % QStringLiteral("]\n");
    } else {
        text += QStringLiteral("  items: [\n");
        for (qsizetype i = 0; i < values.size(); ++i)
            text += QStringLiteral("      ") % values[i]
                % (i + 1 < values.size() ? QStringLiteral(",\n") : QStringLiteral("\n"));
        text += QStringLiteral("    ]\n");
    }
    return text % QLatin1Char('\n');
}

QString macroYaml(int index, const SyntheticCounts &counts)
{
    const int list = index % counts.lists;
    const int otherList = (index * 7 + 3) % counts.lists;
    const ListTheme &theme = listThemes()[std::size_t(list) % listThemes().size()];
    const QString field = QLatin1String(theme.field);
    const QString word = theme.values[index % theme.values.size()];
    QString check;
    switch (index % 5) {
    case 0: check = field % QStringLiteral(" in (") % listName(list) % QLatin1Char(')'); break;
    case 1:
        check = QStringLiteral("(evt.type in (open, openat, openat2) and evt.is_open_write=true and "
                               "fd.typechar='f' and fd.num>=0 and ")
            % field % QStringLiteral(" in (") % listName(list) % QStringLiteral("))");
        break;
    case 2:
        check = QLatin1Char('(') % field % QStringLiteral(" in (") % listName(list)
            % QStringLiteral(") and not proc.pname in (") % listName(otherList) % QStringLiteral("))");
        break;
    case 3:
        check = QStringLiteral("(proc.cmdline contains \"") % word
            % QStringLiteral(" -\" or proc.aname[2] in (") % listName(list) % QStringLiteral(") or ")
            % (theme.paths ? QStringLiteral("fd.name pmatch (") : QString(field % QStringLiteral(" in (")))
            % listName(theme.paths ? list : otherList) % QStringLiteral("))");
        break;
    default:
        check = QStringLiteral("(container.id != host and (") % field % QStringLiteral(" in (")
            % listName(list)
            % QStringLiteral(") or k8s.ns.name startswith \"kube-\" or evt.arg.flags contains O_CREAT))");
        break;
    }
    if (index % kChainLength != 0) {
        const QString previous = macroName(index - 1);
        if (index % 2 == 0)
            check = previous % QStringLiteral(" and ") % check;
        else
            check = QLatin1Char('(') % check % QStringLiteral(" or ") % previous % QLatin1Char(')');
    }
    QString text;
    if (index % kChainLength == 0)
        text += QStringLiteral("# Building blocks for detection family %1.\n").arg(index / kChainLength);
    text += QStringLiteral("- macro: ") % macroName(index) % QLatin1Char('\n') % conditionYaml(check);
    return text % QLatin1Char('\n');
}

QString ruleYaml(int index, const SyntheticCounts &counts)
{
    const int chains = (counts.macros + kChainLength - 1) / kChainLength;
    QStringList terms;
    terms << (index % 2 == 0 ? QStringLiteral("evt.type in (execve, execveat)")
                             : QStringLiteral("evt.type in (open, openat, openat2, creat)"));
    // Every chain is named by some rule; some chains by two.
    for (int chain = index; chain < chains; chain += counts.rules)
        terms << chainTop(chain, counts.macros);
    terms << QStringLiteral("not ") % chainTop((index * 7 + 3) % chains, counts.macros);
    terms << QStringLiteral("not proc.name in (") % listName((index * 3) % counts.lists) % QLatin1Char(')');
    if (index % 3 == 0)
        terms << QStringLiteral("proc.tty != 0");
    if (index % 4 == 1)
        terms << QStringLiteral("not (fd.name startswith /var/lib/synthetic%1 or proc.cmdline icontains "
                                "\"--config=/etc/synthetic%1\")")
                     .arg(index);
    if (index % 5 == 2)
        terms << QStringLiteral("user.uid != 0 and not user.name in (")
                % listName((index * 11) % counts.lists) % QLatin1Char(')');
    const QString condition = terms.join(QStringLiteral(" and "));

    QStringList tokens;
    const QStringList &fields = outputFields();
    const int fieldCount = 8 + index % 6;
    for (int i = 0; i < fieldCount; ++i) {
        const QString &field = fields[(index + i * 5) % fields.size()];
        QString key = field;
        key.replace(QLatin1Char('.'), QLatin1Char('_'));
        const QString token = key % QStringLiteral("=%") % field;
        if (!tokens.contains(token))
            tokens << token;
    }
    static const QStringList priorities
        = {QStringLiteral("WARNING"), QStringLiteral("NOTICE"), QStringLiteral("ERROR"),
           QStringLiteral("CRITICAL"), QStringLiteral("INFO")};
    QString text
        = QStringLiteral("# Synthetic detection %1: shaped like the rules Falco ships.\n").arg(index);
    text += QStringLiteral("- rule: Synthetic detection %1\n").arg(index);
    text += QStringLiteral("  desc: >\n    Detects activity %1 on hosts and in containers. Tune it with the\n"
                           "    macros and lists it names before enabling it widely.\n")
                .arg(index);
    text += conditionYaml(condition);
    text += QStringLiteral("  output: Synthetic detection %1 fired (").arg(index)
        % tokens.join(QLatin1Char(' ')) % QStringLiteral(")\n");
    text += QStringLiteral("  priority: ") % priorities[index % priorities.size()] % QLatin1Char('\n');
    text += QStringLiteral("  tags: [maturity_stable, host, container, process, mitre_execution, T1059]\n");
    if (index % 5 == 0) {
        text += QStringLiteral("  exceptions:\n"
                               "    - name: known_writers\n"
                               "      fields: [proc.name, fd.directory]\n"
                               "      comps: [\"=\", in]\n"
                               "      values:\n"
                               "        - [synthetic-agent, [/var/lib/synthetic, /var/cache/synthetic]]\n");
    }
    return text % QLatin1Char('\n');
}

QList<RulesText> syntheticFiles(const SyntheticCounts &counts)
{
    // The same shares of lists, macros and rules as falco_rules, incubating and sandbox have.
    const QStringList names
        = {QStringLiteral("synthetic_rules.yaml"), QStringLiteral("synthetic-incubating_rules.yaml"),
           QStringLiteral("synthetic-sandbox_rules.yaml")};
    const double shares[] = {0.28, 0.29, 0.43};
    QList<RulesText> files;
    int list = 0;
    int macro = 0;
    int rule = 0;
    double cumulative = 0;
    for (int file = 0; file < 3; ++file) {
        cumulative += shares[file];
        const bool last = file == 2;
        const int listEnd = last ? counts.lists : int(counts.lists * cumulative);
        const int macroEnd = last ? counts.macros : int(counts.macros * cumulative);
        const int ruleEnd = last ? counts.rules : int(counts.rules * cumulative);
        QString text = QStringLiteral("# SPDX-License-Identifier: GPL-3.0-or-later\n"
                                      "# Generated by tfdrift-bench: a syscall rules set of realistic size.\n"
                                      "\n- required_engine_version: 0.50.0\n\n");
        if (file > 0) {
            // Later files tune earlier ones, as incubating and sandbox do.
            text += QStringLiteral("- list: ") % listName(file)
                % QStringLiteral("\n  items: [synthetic-extra%1]\n"
                                 "  override:\n    items: append\n\n")
                      .arg(file);
            text += QStringLiteral("- macro: ") % macroName(0)
                % QStringLiteral("\n  condition: or proc.name = synthetic-tool%1\n  override:\n"
                                 "    condition: append\n\n")
                      .arg(file);
            text += QStringLiteral("- rule: Synthetic detection %1\n  condition: and not proc.pname = "
                                   "synthetic-parent\n  override:\n    condition: append\n\n")
                        .arg(file - 1);
        }
        for (; list < listEnd; ++list)
            text += listYaml(list);
        for (; macro < macroEnd; ++macro)
            text += macroYaml(macro, counts);
        for (; rule < ruleEnd; ++rule)
            text += ruleYaml(rule, counts);
        files.append({names[file], text.toUtf8()});
    }
    return files;
}

int totalLines(const QList<RulesText> &files)
{
    int lines = 0;
    for (const RulesText &file : files)
        lines += countLines(file.text);
    return lines;
}

// ---- Reporting -------------------------------------------------------------------------------------

void printValidateFigure(const RulesValidateResult &result, bool synthetic)
{
    std::printf("rules validate: %d file%s, %d lines, %.1f ms (target < %.0f ms, %.2f of it)%s\n",
                result.files, result.files == 1 ? "" : "s", result.lines, result.medianMs, kTargetMs,
                result.medianMs / kTargetMs, synthetic ? " [synthetic set]" : "");
    std::printf("  load %.1f ms + validate %.1f ms; medians of %d runs after a warm-up run "
                "(min %.1f, max %.1f ms)\n",
                result.medianLoadMs, result.medianValidateMs, result.runs, result.minMs, result.maxMs);
    std::printf("  %d rules, %d macros, %d lists; %d errors, %d warnings\n", result.rules, result.macros,
                result.lists, result.errors, result.warnings);
    for (const QString &error : result.firstErrors)
        std::printf("    %s\n", qPrintable(error));
    std::printf("  field catalogs: %.1f ms, once per process (not in the figure)\n", result.catalogLoadMs);
    std::fflush(stdout);
}

// The second figure of `tfdrift-bench rules` (issue 4): aws_cloudtrail rules evaluated over 100,000
// CloudTrail records on one core, target at least 200,000 records/s.
int printEvaluateFigure(const QStringList &rulesFiles, int runs)
{
    constexpr int kRecords = 100'000;
    QString error;
    const RuleEvaluationResult result = benchRuleEvaluation(rulesFiles, kRecords, std::min(runs, 7), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "rules evaluate: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("rules evaluate: %d aws_cloudtrail rules over %d records: %.0f records/s on one core "
                "(target 200000, ratio %.2f)\n",
                result.rules, result.records, result.evaluatePerSec, result.evaluatePerSec / 200'000);
    std::printf("  %llu matches; parsing the records: %.0f records/s; evaluating and formatting each "
                "match as an alert: %.0f records/s\n",
                static_cast<unsigned long long>(result.matches), result.parsePerSec, result.alertsPerSec);
    std::printf("  rules: %s (medians of %d runs after a warm-up)\n",
                qPrintable(rulesFiles.join(QLatin1String(", "))), result.runs);
    std::fflush(stdout);
    return 0;
}

} // namespace

RulesValidateResult benchRulesValidate(const QList<RulesText> &files, int runs)
{
    RulesValidateResult result;
    result.files = int(files.size());
    result.lines = totalLines(files);
    result.runs = runs;

    QElapsedTimer timer;
    timer.start();
    const FieldCatalog &catalog = FieldCatalog::builtIn();
    result.catalogLoadMs = double(timer.nsecsElapsed()) / 1e6;

    std::vector<double> totals;
    std::vector<double> loads;
    std::vector<double> validations;
    for (int run = -1; run < runs; ++run) { // run -1 is the warm-up
        rules::RulesLoader loader(catalog);
        timer.start();
        for (const RulesText &file : files)
            loader.loadText(file.text, file.name);
        const qint64 loadedNs = timer.nsecsElapsed();
        loader.validate();
        const qint64 totalNs = timer.nsecsElapsed();
        if (run < 0) {
            const QList<rules::RuleDiagnostic> &diagnostics = loader.diagnostics();
            result.rules = int(loader.rules().size());
            result.macros = int(loader.macros().size());
            result.lists = int(loader.lists().size());
            result.errors = rules::errorCount(diagnostics);
            result.warnings = rules::warningCount(diagnostics);
            for (const rules::RuleDiagnostic &diagnostic : diagnostics) {
                if (diagnostic.isError() && result.firstErrors.size() < 5)
                    result.firstErrors.append(diagnostic.toString());
            }
            continue;
        }
        loads.push_back(double(loadedNs) / 1e6);
        validations.push_back(double(totalNs - loadedNs) / 1e6);
        totals.push_back(double(totalNs) / 1e6);
    }
    result.medianMs = median(totals);
    result.medianLoadMs = median(loads);
    result.medianValidateMs = median(validations);
    result.minMs = *std::min_element(totals.begin(), totals.end());
    result.maxMs = *std::max_element(totals.begin(), totals.end());
    return result;
}

QList<RulesText> makeSyntheticRules(int targetLines)
{
    // Generate once at the default counts, then scale the counts to the wanted size.
    SyntheticCounts counts;
    const double scale = double(targetLines) / totalLines(syntheticFiles(counts));
    counts.lists = std::max(16, int(counts.lists * scale));
    counts.macros = std::max(16, int(counts.macros * scale));
    counts.rules = std::max(8, int(counts.rules * scale));
    return syntheticFiles(counts);
}

int runRulesBench(const QStringList &paths, const QStringList &cloudTrailRules, int runs)
{
    QList<RulesText> files;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 2;
        }
        files.append({path, file.readAll()});
    }
    const bool synthetic = files.isEmpty();
    if (synthetic)
        files = makeSyntheticRules(kSyntheticLines);
    printValidateFigure(benchRulesValidate(files, runs), synthetic);
    return printEvaluateFigure(cloudTrailRules, runs);
}

} // namespace tfdrift::bench

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tfdrift::bench {

// A rules file held in memory, so that the figure measures the loader and not the disk.
struct RulesText {
    QString name;
    QByteArray text;
};

struct RulesValidateResult {
    int files = 0;
    int lines = 0;
    int runs = 0;            // timed runs behind the medians, after one warm-up run
    double medianMs = 0;     // load + validate, the figure held against the target
    double medianLoadMs = 0; // YAML parsing and reading items, every file
    double medianValidateMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double catalogLoadMs = 0; // FieldCatalog::builtIn() the first time, once per process; not in the above
    int rules = 0;
    int macros = 0;
    int lists = 0;
    int errors = 0;
    int warnings = 0;
    QStringList firstErrors; // a few, so that a surprising error count can be understood
};

// Falco's load order is the order of `files`: each run loads them all into a fresh RulesLoader with the
// built-in field catalogs, then validates.
RulesValidateResult benchRulesValidate(const QList<RulesText> &files, int runs);

// A syscall rules set in the style of falco_rules, incubating and sandbox, split the same way into three
// files (with appends and overrides across them) of about `targetLines` lines in all. Only fields of the
// syscall catalog are used, and every macro and list is used, so it validates with no findings.
QList<RulesText> makeSyntheticRules(int targetLines);

// `tfdrift-bench rules [FILE...]`: prints the figures; returns the process exit code (2 when a file
// cannot be read). With no files, validates makeSyntheticRules(4500). Then evaluates the
// aws_cloudtrail rules of `cloudTrailRules` over synthetic CloudTrail records.
int runRulesBench(const QStringList &paths, const QStringList &cloudTrailRules, int runs);

} // namespace tfdrift::bench

// libFuzzer target for RulesLoader: arbitrary bytes as rules files must never crash the loader, the
// validator or the reporting built on them, and every finding must point into the file it names.
//
// The input is split on NUL bytes into up to three files, loaded in order like Falco's
// falco_rules.yaml, incubating and sandbox, so that appends and overrides across files are reached.
//
// Build: cmake -DTFDRIFT_BUILD_FUZZERS=ON -DCMAKE_CXX_COMPILER=clang++ ...; run:
//     fuzz_rules_loader -dict=tests/fuzz/seeds/rules.dict -max_len=8192 corpus/
//         tests/fuzz/seeds/fuzz_rules_loader

#include "core/rules/FieldCatalog.h"
#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RulesLoader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tfdrift::rules;

namespace {

constexpr qsizetype kMaxFiles = 3;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct InputFile {
    QString name;
    QByteArray text;
    QStringList lines; // as the loader splits them, to check the positions it reports
};

QList<InputFile> splitInput(QByteArrayView input)
{
    QList<InputFile> files;
    qsizetype start = 0;
    while (files.size() < kMaxFiles) {
        const qsizetype separator = files.size() + 1 < kMaxFiles ? input.indexOf('\0', start) : -1;
        const qsizetype end = separator < 0 ? input.size() : separator;
        InputFile file;
        file.name = QStringLiteral("rules%1.yaml").arg(files.size() + 1);
        file.text = input.sliced(start, end - start).toByteArray();
        QString text = QString::fromUtf8(file.text);
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        file.lines = text.split(QLatin1Char('\n'));
        files.append(file);
        if (separator < 0)
            break;
        start = separator + 1;
    }
    return files;
}

const InputFile *fileNamed(const QList<InputFile> &files, const QString &name)
{
    for (const InputFile &file : files) {
        if (file.name == name)
            return &file;
    }
    return nullptr;
}

void checkDiagnostic(const RuleDiagnostic &diagnostic, const QList<InputFile> &files)
{
    check(diagnostic.code.startsWith(QLatin1String("LOAD_")));
    check(!diagnostic.message.isEmpty());
    check(diagnostic.line >= 0 && diagnostic.column >= 0);
    // Findings about the whole file have no position; every other one names a line of its file.
    if (diagnostic.line > 0) {
        const InputFile *file = fileNamed(files, diagnostic.file);
        check(file != nullptr);
        check(diagnostic.column >= 1);
        // yaml-cpp may put an error at the end of the input, one past the last line.
        check(diagnostic.line <= file->lines.size() + 1);
    }
    const QString text = diagnostic.toString();
    check(text.contains(diagnostic.code) && text.contains(diagnostic.message));
    // The JSON output's `codedesc`: every code the loader uses is one Falco describes.
    check(!codeDescription(diagnostic.code).isEmpty());
}

void checkLoadResults(const QStringList &names, const QList<RuleDiagnostic> &diagnostics)
{
    const QJsonObject results = falcoLoadResultsJson(names, diagnostics);
    const QJsonArray perFile = results.value(QLatin1String("falco_load_results")).toArray();
    check(perFile.size() == names.size());
    qsizetype reported = 0;
    for (const QJsonValue &entry : perFile) {
        const QJsonObject object = entry.toObject();
        reported += object.value(QLatin1String("errors")).toArray().size()
            + object.value(QLatin1String("warnings")).toArray().size();
    }
    // Every finding about a file lands in that file's entry.
    qsizetype aboutFiles = 0;
    for (const RuleDiagnostic &diagnostic : diagnostics)
        aboutFiles += names.contains(diagnostic.file) ? 1 : 0;
    check(reported == aboutFiles);
    (void)QJsonDocument(results).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<InputFile> files
        = splitInput(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));

    RulesLoader loader(tfdrift::FieldCatalog::builtIn());
    QStringList names;
    for (const InputFile &file : files) {
        names.append(file.name);
        const qsizetype before = loader.diagnostics().size();
        if (!loader.loadText(file.text, file.name)) {
            // A file that does not load says why.
            check(loader.diagnostics().size() > before);
            check(loader.diagnostics().constLast().code == QLatin1String("LOAD_ERR_YAML_PARSE"));
        }
    }
    loader.validate();

    const QList<RuleDiagnostic> &diagnostics = loader.diagnostics();
    check(errorCount(diagnostics) + warningCount(diagnostics) == diagnostics.size());
    for (const RuleDiagnostic &diagnostic : diagnostics)
        checkDiagnostic(diagnostic, files);
    checkLoadResults(names, diagnostics);

    const QList<RuleSummary> summaries = loader.ruleSummaries();
    check(summaries.size() == qsizetype(loader.rules().size()));
    for (const RuleDefinition &rule : loader.rules()) {
        check(!rule.name.isEmpty());
        check(!RulesLoader::canonicalPriority(rule.priority).isEmpty());
        // Every character of a condition maps back to a line of one of the files.
        for (const qsizetype offset :
             {qsizetype(0), rule.condition.text.size() / 2, rule.condition.text.size()}) {
            const SourcePosition position = rule.condition.position(offset);
            const TextPiece *piece = rule.condition.pieceAt(offset);
            if (!piece)
                continue;
            const InputFile *file = fileNamed(files, piece->file);
            check(file != nullptr);
            check(position.line >= 1 && position.line <= file->lines.size() + 1);
        }
    }
    for (const MacroDefinition &macro : loader.macros())
        check(!macro.name.isEmpty());
    for (const ListDefinition &list : loader.lists())
        check(!list.name.isEmpty());
    return 0;
}

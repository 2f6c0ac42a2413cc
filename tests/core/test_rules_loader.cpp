#include "core/rules/FieldCatalog.h"
#include "core/rules/RulesLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace tfdrift;
using namespace tfdrift::rules;

namespace {
QString fixture(const QString &name)
{
    return qEnvironmentVariable("TFDRIFT_SOURCE_DIR") + QLatin1String("/tests/core/fixtures/rules/") + name;
}

// Where `needle` stands in a fixture (1-based), found in the file's text so that the expected position
// comes from the file a user would open, not from the loader.
SourcePosition positionIn(const QString &name, const QString &needle, int occurrence = 0)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    int seen = 0;
    for (int i = 0; i < lines.size(); ++i) {
        qsizetype column = lines[i].indexOf(needle);
        while (column >= 0) {
            if (seen++ == occurrence)
                return {i + 1, int(column) + 1};
            column = lines[i].indexOf(needle, column + 1);
        }
    }
    return {};
}

QList<RuleDiagnostic> withCode(const QList<RuleDiagnostic> &diagnostics, const QString &code)
{
    QList<RuleDiagnostic> found;
    for (const RuleDiagnostic &diagnostic : diagnostics) {
        if (diagnostic.code == code)
            found.append(diagnostic);
    }
    return found;
}

QString dump(const QList<RuleDiagnostic> &diagnostics)
{
    QStringList lines;
    for (const RuleDiagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(QLatin1Char('\n'));
}

// Asserts that exactly one diagnostic has `code` and `severity`, at `name`'s `needle`, and returns it.
RuleDiagnostic expectOne(const QList<RuleDiagnostic> &diagnostics, const QString &code,
                         RuleDiagnostic::Severity severity, const QString &name, const QString &needle,
                         bool *ok)
{
    *ok = false;
    const QList<RuleDiagnostic> found = withCode(diagnostics, code);
    if (found.size() != 1) {
        qWarning("expected one %s, got:\n%s", qPrintable(code), qPrintable(dump(diagnostics)));
        return {};
    }
    const SourcePosition expected = positionIn(name, needle);
    const RuleDiagnostic &diagnostic = found.first();
    if (diagnostic.severity != severity || !diagnostic.file.endsWith(name) || diagnostic.line != expected.line
        || diagnostic.column != expected.column) {
        qWarning("%s: expected at %d:%d", qPrintable(diagnostic.toString()), expected.line, expected.column);
        return diagnostic;
    }
    *ok = true;
    return diagnostic;
}
} // namespace

class TestRulesLoader : public QObject
{
    Q_OBJECT

private:
    const FieldCatalog &catalog() { return FieldCatalog::builtIn(); }

    QList<RuleDiagnostic> loadChecks()
    {
        RulesLoader loader(catalog());
        loader.loadFile(fixture(QStringLiteral("checks.yaml")));
        loader.validate();
        return loader.diagnostics();
    }

private Q_SLOTS:
    void validFileLoadsWithoutErrorsAndSummarisesItsRules()
    {
        RulesLoader loader(catalog());
        QVERIFY(loader.loadFile(fixture(QStringLiteral("base.yaml"))));
        loader.validate();
        QVERIFY2(loader.diagnostics().isEmpty(), qPrintable(dump(loader.diagnostics())));

        const QList<RuleSummary> rules = loader.ruleSummaries();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0].name, QStringLiteral("Bucket Changed"));
        QCOMPARE(rules[0].source, QStringLiteral("aws_cloudtrail"));
        QCOMPARE(rules[0].priority, QStringLiteral("Warning")); // written "warning"
        QVERIFY(rules[0].enabled);
        QCOMPARE(rules[0].tags, (QStringList{QStringLiteral("aws"), QStringLiteral("s3")}));
        QCOMPARE(rules[0].line,
                 positionIn(QStringLiteral("base.yaml"), QStringLiteral("- rule: Bucket")).line);
        QCOMPARE(rules[1].name, QStringLiteral("Console Login"));
        QCOMPARE(rules[1].priority, QStringLiteral("Informational")); // written "INFO"
        QVERIFY(!rules[1].enabled);
    }

    void priorityNamesAreCaseInsensitiveButHighIsNotOne()
    {
        QCOMPARE(RulesLoader::canonicalPriority(QStringLiteral("eRRor")), QStringLiteral("Error"));
        QCOMPARE(RulesLoader::canonicalPriority(QStringLiteral("info")), QStringLiteral("Informational"));
        QCOMPARE(RulesLoader::canonicalPriority(QStringLiteral("CRITICAL")), QStringLiteral("Critical"));
        QVERIFY(RulesLoader::canonicalPriority(QStringLiteral("HIGH")).isEmpty());
        QVERIFY(RulesLoader::canonicalPriority(QStringLiteral("warn")).isEmpty());
    }

    void appendsAndOverridesApplyInFileOrder()
    {
        RulesLoader loader(catalog());
        QVERIFY(loader.loadFile(fixture(QStringLiteral("base.yaml"))));
        QVERIFY(loader.loadFile(fixture(QStringLiteral("override.yaml"))));
        loader.validate();

        QCOMPARE(loader.lists().size(), std::size_t(1));
        QCOMPARE(loader.lists()[0].items,
                 (QStringList{QStringLiteral("DeleteBucket"), QStringLiteral("PutBucketPolicy"),
                              QStringLiteral("PutBucketAcl")}));
        QCOMPARE(loader.macros()[0].condition.text,
                 QStringLiteral("ct.src = s3.amazonaws.com and ct.region = us-east-1"));

        const RuleDefinition &bucket = loader.rules()[0];
        QCOMPARE(bucket.condition.text,
                 QStringLiteral("bucket_change and not ct.error exists and ct.user != "
                                "ci-bot and ct.usr != root"));
        QCOMPARE(bucket.output.text, QStringLiteral("Bucket %s3.bucket changed (overridden)"));
        QCOMPARE(bucket.priority, QStringLiteral("Error"));
        QVERIFY(loader.rules()[1].enabled); // the enabled-only item switched it on

        // The misspelt field sits in the appended text: the error points into override.yaml.
        bool ok = false;
        const RuleDiagnostic error = expectOne(
            loader.diagnostics(), QStringLiteral("LOAD_ERR_COMPILE_CONDITION"),
            RuleDiagnostic::Severity::Error, QStringLiteral("override.yaml"), QStringLiteral("ct.usr"), &ok);
        QVERIFY(ok);
        QVERIFY2(error.message.contains(QLatin1String("ct.user")), qPrintable(error.message)); // did you mean
        QCOMPARE(errorCount(loader.diagnostics()), 1);
    }

    void appendTrueExtendsConditionsAndLists()
    {
        RulesLoader loader(catalog());
        loader.loadFile(fixture(QStringLiteral("base.yaml")));
        QVERIFY(
            loader.loadText("- list: bucket_events\n  items: [DeleteBucketPolicy]\n  append: true\n"
                            "- macro: bucket_change\n  condition: or ct.name = CreateBucket\n  append: true\n"
                            "- rule: Console Login\n  condition: and ct.region = eu-west-1\n  append: true\n",
                            QStringLiteral("append.yaml")));
        loader.validate();
        QVERIFY2(!hasErrors(loader.diagnostics()), qPrintable(dump(loader.diagnostics())));
        QCOMPARE(loader.lists()[0].items.last(), QStringLiteral("DeleteBucketPolicy"));
        QCOMPARE(loader.macros()[1].condition.text,
                 QStringLiteral("s3_source and ct.name in (bucket_events) or ct.name = CreateBucket"));
        QCOMPARE(loader.rules()[1].condition.text,
                 QStringLiteral("ct.name = ConsoleLogin and ct.region = eu-west-1"));
    }

    void engineVersionMustBeAnIntegerOrSemver()
    {
        RulesLoader loader(catalog());
        loader.loadText("- required_engine_version: 12\n- required_engine_version: 0.31.0\n"
                        "- required_engine_version: v1\n",
                        QStringLiteral("versions.yaml"));
        const QList<RuleDiagnostic> errors
            = withCode(loader.diagnostics(), QStringLiteral("LOAD_ERR_YAML_VALIDATE"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 3);
        QCOMPARE(errors[0].column, 28);
    }

    void redefiningARuleWithAnotherSourceIsAnError()
    {
        RulesLoader loader(catalog());
        loader.loadFile(fixture(QStringLiteral("base.yaml")));
        loader.loadFile(fixture(QStringLiteral("redefine.yaml")));
        bool ok = false;
        const RuleDiagnostic error = expectOne(
            loader.diagnostics(), QStringLiteral("LOAD_ERR_VALIDATE"), RuleDiagnostic::Severity::Error,
            QStringLiteral("redefine.yaml"), QStringLiteral("rule: Console Login"), &ok);
        QVERIFY(ok);
        QVERIFY(error.message.contains(QLatin1String("different source")));
        QCOMPARE(loader.rules()[1].source,
                 QStringLiteral("aws_cloudtrail")); // the bad redefinition is dropped
    }

    void appendWithoutAnEarlierDefinitionIsAnError()
    {
        RulesLoader loader(catalog());
        loader.loadFile(fixture(QStringLiteral("override.yaml")));
        QCOMPARE(withCode(loader.diagnostics(), QStringLiteral("LOAD_ERR_VALIDATE")).size(), 4);
    }

    void yamlSyntaxErrorsCarryTheirPosition()
    {
        RulesLoader loader(catalog());
        QVERIFY(!loader.loadFile(fixture(QStringLiteral("bad_yaml.yaml"))));
        const QList<RuleDiagnostic> errors
            = withCode(loader.diagnostics(), QStringLiteral("LOAD_ERR_YAML_PARSE"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].line >= 2); // the unclosed flow sequence starts on line 2
        QVERIFY(errors[0].toString().contains(QLatin1String(": error: LOAD_ERR_YAML_PARSE: ")));
    }

    void unreadableFileIsAFileReadError()
    {
        RulesLoader loader(catalog());
        QVERIFY(!loader.loadFile(fixture(QStringLiteral("does_not_exist.yaml"))));
        QCOMPARE(withCode(loader.diagnostics(), QStringLiteral("LOAD_ERR_FILE_READ")).size(), 1);
    }

    void missingKeysAreReportedAtTheItem()
    {
        const QList<RuleDiagnostic> diagnostics = loadChecks();
        QStringList missing;
        for (const RuleDiagnostic &d : withCode(diagnostics, QStringLiteral("LOAD_ERR_YAML_VALIDATE"))) {
            if (d.message.startsWith(QLatin1String("Invalid priority")))
                continue; // checked below
            QCOMPARE(d.itemName, QStringLiteral("Missing Keys"));
            QCOMPARE(d.line,
                     positionIn(QStringLiteral("checks.yaml"), QStringLiteral("rule: Missing Keys")).line);
            QCOMPARE(d.column, 3);
            missing.append(d.message);
        }
        QCOMPARE(missing,
                 (QStringList{QStringLiteral("Item has no mapping for key 'condition'"),
                              QStringLiteral("Item has no mapping for key 'output'"),
                              QStringLiteral("Item has no mapping for key 'priority'")}));
    }

    void invalidPriorityUnknownKeyAndUnknownItem()
    {
        const QList<RuleDiagnostic> diagnostics = loadChecks();
        const QString file = QStringLiteral("checks.yaml");
        bool ok = false;
        QList<RuleDiagnostic> validate;
        for (const RuleDiagnostic &d : withCode(diagnostics, QStringLiteral("LOAD_ERR_YAML_VALIDATE"))) {
            if (d.message.startsWith(QLatin1String("Invalid priority")))
                validate.append(d);
        }
        QCOMPARE(validate.size(), 1);
        QVERIFY(validate[0].message.startsWith(QLatin1String("Invalid priority 'HIGH'")));
        QCOMPARE(validate[0].line, positionIn(file, QStringLiteral("HIGH")).line);
        QCOMPARE(validate[0].column, positionIn(file, QStringLiteral("HIGH")).column);

        const RuleDiagnostic unknownKey
            = expectOne(diagnostics, QStringLiteral("LOAD_UNKNOWN_KEY"), RuleDiagnostic::Severity::Warning,
                        file, QStringLiteral("severity:"), &ok);
        QVERIFY(ok);
        QCOMPARE(unknownKey.message, QStringLiteral("Unknown key 'severity'. The key will be ignored."));
        expectOne(diagnostics, QStringLiteral("LOAD_UNKNOWN_ITEM"), RuleDiagnostic::Severity::Warning, file,
                  QStringLiteral("something_else"), &ok);
        QVERIFY(ok);
    }

    void conditionErrorInsideAFoldedScalarPointsAtTheFileColumn()
    {
        const QList<RuleDiagnostic> diagnostics = loadChecks();
        QList<RuleDiagnostic> errors;
        for (const RuleDiagnostic &d : withCode(diagnostics, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"))) {
            if (d.itemName == QLatin1String("Folded Error"))
                errors.append(d);
        }
        QCOMPARE(errors.size(), 1);
        const SourcePosition like = positionIn(QStringLiteral("checks.yaml"), QStringLiteral("like"));
        QCOMPARE(errors[0].line, like.line);
        QCOMPARE(errors[0].column, like.column);
        QCOMPARE(errors[0].toString().section(QLatin1Char(':'), 1, 2),
                 QString::number(like.line) + QLatin1Char(':') + QString::number(like.column));
    }

    void unknownFieldsAreErrorsWithASuggestionUnlessSkipped()
    {
        const QList<RuleDiagnostic> diagnostics = loadChecks();
        const QString file = QStringLiteral("checks.yaml");
        QList<RuleDiagnostic> errors;
        for (const RuleDiagnostic &d : withCode(diagnostics, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"))) {
            if (d.itemName == QLatin1String("Unknown Field"))
                errors.append(d);
        }
        QCOMPARE(errors.size(), 1);
        const SourcePosition field = positionIn(file, QStringLiteral("ct.request.bucketname"));
        QCOMPARE(errors[0].line, field.line);
        QCOMPARE(errors[0].column, field.column);
        QVERIFY2(errors[0].message.contains(QLatin1String("nonexistent field ct.request.bucketname")),
                 qPrintable(errors[0].message));

        // The unknown-field error is found first in the file; the skipped one is the second occurrence.
        const SourcePosition second = positionIn(file, QStringLiteral("ct.request.bucketname"), 1);
        const QList<RuleDiagnostic> filters = withCode(diagnostics, QStringLiteral("LOAD_UNKNOWN_FILTER"));
        QCOMPARE(filters.size(), 1);
        QCOMPARE(filters[0].line, second.line);
        QCOMPARE(filters[0].column, second.column);
        QCOMPARE(filters[0].itemName, QStringLiteral("Skipped Unknown Field"));
    }

    void undefinedMacroGetsADidYouMeanAndUnusedItemsAWarning()
    {
        const QList<RuleDiagnostic> diagnostics = loadChecks();
        const QString file = QStringLiteral("checks.yaml");
        QList<RuleDiagnostic> undefined;
        for (const RuleDiagnostic &d : withCode(diagnostics, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"))) {
            if (d.message.startsWith(QLatin1String("Undefined macro")))
                undefined.append(d);
        }
        QCOMPARE(undefined.size(), 1);
        QCOMPARE(
            undefined[0].message,
            QStringLiteral("Undefined macro 'bucket_chnage' used in filter. Did you mean 'bucket_change'?"));
        QCOMPARE(undefined[0].line, positionIn(file, QStringLiteral("bucket_chnage")).line);
        QCOMPARE(undefined[0].column, positionIn(file, QStringLiteral("bucket_chnage")).column);

        bool ok = false;
        expectOne(diagnostics, QStringLiteral("LOAD_UNUSED_MACRO"), RuleDiagnostic::Severity::Warning, file,
                  QStringLiteral("macro: unused_macro"), &ok);
        QVERIFY(ok);
        expectOne(diagnostics, QStringLiteral("LOAD_UNUSED_LIST"), RuleDiagnostic::Severity::Warning, file,
                  QStringLiteral("list: unused_list"), &ok);
        QVERIFY(ok);
    }

    void outputTokensAreCheckedAgainstTheCatalog()
    {
        const QList<RuleDiagnostic> diagnostics = loadChecks();
        const QString file = QStringLiteral("checks.yaml");
        const QList<RuleDiagnostic> errors = withCode(diagnostics, QStringLiteral("LOAD_ERR_COMPILE_OUTPUT"));
        // %(ct.name), %ct.nmae and the trailing '%'; %ct.user and %json.value[/a/b] are fine.
        QCOMPARE(errors.size(), 3);
        SourcePosition trailing = positionIn(file, QStringLiteral("100%"));
        trailing.column += 3; // the '%' itself, last character of the scalar
        const QList<SourcePosition> expected{positionIn(file, QStringLiteral("%(ct.name)")),
                                             positionIn(file, QStringLiteral("ct.nmae")), trailing};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(errors[i].line, expected[i].line);
            QCOMPARE(errors[i].column, expected[i].column);
        }
        QVERIFY(errors[1].message.contains(QLatin1String("'ct.name'")));
    }

    void unknownSourceIsAWarningAndSkipsFieldChecks()
    {
        const QList<RuleDiagnostic> diagnostics = loadChecks();
        bool ok = false;
        expectOne(diagnostics, QStringLiteral("LOAD_UNKNOWN_SOURCE"), RuleDiagnostic::Severity::Warning,
                  QStringLiteral("checks.yaml"), QStringLiteral("rule: Unknown Source"), &ok);
        QVERIFY(ok);
        for (const RuleDiagnostic &d : diagnostics)
            QVERIFY2(d.itemName != QLatin1String("Unknown Source") || !d.isError(), qPrintable(d.toString()));
    }

    void exceptionStructureIsChecked()
    {
        RulesLoader loader(catalog());
        loader.loadFile(fixture(QStringLiteral("exceptions.yaml")));
        const QList<RuleDiagnostic> &diagnostics = loader.diagnostics();
        const QString file = QStringLiteral("exceptions.yaml");
        const QList<RuleDiagnostic> shape = withCode(diagnostics, QStringLiteral("LOAD_ERR_YAML_VALIDATE"));
        QCOMPARE(shape.size(), 2);
        const SourcePosition shortTuple = positionIn(file, QStringLiteral("[cron]"));
        QCOMPARE(shape[0].line, shortTuple.line); // one value for two fields
        QCOMPARE(shape[0].column, shortTuple.column);
        QVERIFY(shape[1].message.contains(QLatin1String("'like'")));
        QCOMPARE(shape[1].line, positionIn(file, QStringLiteral("like")).line);

        const QList<RuleDiagnostic> fields
            = withCode(diagnostics, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"));
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields[0].line, positionIn(file, QStringLiteral("proc.nmae")).line);
        QCOMPARE(fields[0].column, positionIn(file, QStringLiteral("proc.nmae")).column);

        const QList<RuleDiagnostic> duplicates
            = withCode(diagnostics, QStringLiteral("LOAD_EXCEPTION_NAME_NOT_UNIQUE"));
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates[0].line, positionIn(file, QStringLiteral("by_name"), 1).line);
        QCOMPARE(duplicates[0].column, positionIn(file, QStringLiteral("by_name"), 1).column);
    }

    void emptyAndWronglyTypedValuesAreRejected()
    {
        RulesLoader loader(catalog());
        loader.loadText(
            "- rule: r\n  desc: d\n  condition:\n  output: [a]\n  priority: debug\n  enabled: maybe\n",
            QStringLiteral("typed.yaml"));
        const QList<RuleDiagnostic> errors
            = withCode(loader.diagnostics(), QStringLiteral("LOAD_ERR_YAML_VALIDATE"));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors[0].message, QStringLiteral("Mapping for key 'condition' is empty"));
        QCOMPARE(errors[1].line, 4); // output: [a]
        QCOMPARE(errors[1].column, 11);
        QCOMPARE(errors[2].line, 6); // enabled: maybe
        QCOMPARE(errors[2].column, 12);
        QVERIFY(loader.rules().empty()); // a rule Falco refuses is not kept
    }

    void jsonOutputHasFalcosShape()
    {
        RulesLoader loader(catalog());
        const QStringList files{fixture(QStringLiteral("base.yaml")),
                                fixture(QStringLiteral("redefine.yaml"))};
        for (const QString &file : files)
            loader.loadFile(file);
        loader.validate();
        const QJsonObject json = falcoLoadResultsJson(files, loader.diagnostics());
        const QJsonArray results = json.value(QLatin1String("falco_load_results")).toArray();
        QCOMPARE(results.size(), 2);
        QVERIFY(results[0].toObject().value(QLatin1String("successful")).toBool());
        const QJsonObject second = results[1].toObject();
        QVERIFY(!second.value(QLatin1String("successful")).toBool());
        const QJsonObject error = second.value(QLatin1String("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("LOAD_ERR_VALIDATE"));
        QCOMPARE(error.value(QLatin1String("codedesc")).toString(),
                 QStringLiteral("Error validating rule/macro/list/exception objects"));
        const QJsonObject location = error.value(QLatin1String("context"))
                                         .toObject()
                                         .value(QLatin1String("locations"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        QCOMPARE(location.value(QLatin1String("item_type")).toString(), QStringLiteral("rule"));
        QCOMPARE(location.value(QLatin1String("item_name")).toString(), QStringLiteral("Console Login"));
        QCOMPARE(location.value(QLatin1String("position")).toObject().value(QLatin1String("line")).toInt(),
                 1);
    }

    void textInMemoryLoadsLikeAFile()
    {
        RulesLoader loader(catalog());
        QVERIFY(loader.loadText("- macro: a\n  condition: evt.num > 0\n- rule: r\n  desc: d\n  condition: a\n"
                                "  output: n=%evt.num\n  priority: debug\n",
                                QStringLiteral("inline.yaml")));
        loader.validate();
        QVERIFY2(loader.diagnostics().isEmpty(), qPrintable(dump(loader.diagnostics())));
        QCOMPARE(loader.ruleSummaries().size(), 1);
        QCOMPARE(loader.ruleSummaries()[0].source, QStringLiteral("syscall"));
        QCOMPARE(loader.ruleSummaries()[0].priority, QStringLiteral("Debug"));
    }
};

QTEST_GUILESS_MAIN(TestRulesLoader)
#include "test_rules_loader.moc"

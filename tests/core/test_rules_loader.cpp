#include "core/rules/FieldCatalog.h"
#include "core/rules/FieldFixTable.h"
#include "core/rules/RulesLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

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

// A wrong field of the brief's examples, which occurrence of it in the fixture, and the working form the
// shared doc's table of traps gives for it.
struct ExpectedFieldError {
    QString field;
    int occurrence;
    QString fix;
};

QList<ExpectedFieldError> briefFieldErrors()
{
    const QString ipPermission = QStringLiteral("json.value[/requestParameters/ipPermissions/items/0/");
    const QString bucket = QStringLiteral("s3.bucket");
    const QString policyArn = QStringLiteral("json.value[/requestParameters/policyArn]");
    const QString fromPort = ipPermission + QLatin1String("fromPort]");
    const QString cidrIp = ipPermission + QLatin1String("ipRanges/items/0/cidrIp]");
    return {
        {QStringLiteral("ct.request.bucketname"), 0, bucket},
        {QStringLiteral("ct.response.publicaccessblock.blockpublicacls"), 0,
         QStringLiteral("json.value[/requestParameters/PublicAccessBlockConfiguration/BlockPublicAcls]")},
        {QStringLiteral("ct.request.bucketname"), 1, bucket},
        {QStringLiteral("ct.request.policyarn"), 0, policyArn},
        {QStringLiteral("ct.request.policyarn"), 1, policyArn},
        {QStringLiteral("ct.useridentity.type"), 0, QStringLiteral("ct.user.identitytype")},
        {QStringLiteral("ct.request.storageencrypted"), 0,
         QStringLiteral("json.value[/requestParameters/storageEncrypted]")},
        {QStringLiteral("ct.request.dbinstanceidentifier"), 0,
         QStringLiteral("json.value[/requestParameters/dBInstanceIdentifier]")},
        {QStringLiteral("ct.request.ipprotocol"), 0, ipPermission + QLatin1String("ipProtocol]")},
        {QStringLiteral("ct.request.fromport"), 0, fromPort},
        {QStringLiteral("ct.request.fromport"), 1, fromPort},
        {QStringLiteral("ct.request.cidrip"), 0, cidrIp},
        {QStringLiteral("ct.request.groupid"), 0, QStringLiteral("json.value[/requestParameters/groupId]")},
        {QStringLiteral("ct.request.fromport"), 2, fromPort},
        {QStringLiteral("ct.request.cidrip"), 1, cidrIp},
    };
}

QList<RuleDiagnostic> loadAndValidate(const QString &name)
{
    RulesLoader loader(FieldCatalog::builtIn());
    loader.loadFile(fixture(name));
    loader.validate();
    return loader.diagnostics();
}

// Checks that `diagnostics` hold exactly one error per wrong field of the brief, at its line and column,
// with the fix, and one for HIGH; returns false (with a message) otherwise.
bool hasBriefFieldAndPriorityErrors(const QString &name, const QList<RuleDiagnostic> &diagnostics)
{
    QList<RuleDiagnostic> fieldErrors;
    QList<RuleDiagnostic> priorityErrors;
    for (const RuleDiagnostic &d : diagnostics) {
        if (!d.isError() || d.message.contains(QLatin1String("no 'source' key")))
            continue;
        (d.message.startsWith(QLatin1String("Invalid priority")) ? priorityErrors : fieldErrors).append(d);
    }
    const QList<ExpectedFieldError> expected = briefFieldErrors();
    if (fieldErrors.size() != expected.size()) {
        qWarning("expected %d field errors, got:\n%s", int(expected.size()), qPrintable(dump(fieldErrors)));
        return false;
    }
    for (const ExpectedFieldError &want : expected) {
        const SourcePosition at = positionIn(name, want.field, want.occurrence);
        const auto found = std::find_if(fieldErrors.begin(), fieldErrors.end(), [&](const RuleDiagnostic &d) {
            return d.line == at.line && d.column == at.column;
        });
        if (found == fieldErrors.end()) {
            qWarning("no error at %d:%d for %s", at.line, at.column, qPrintable(want.field));
            return false;
        }
        if (found->fix != want.fix || !found->message.contains(want.field)
            || !found->message.contains(QLatin1String("source aws_cloudtrail"))) {
            qWarning("%s: expected the fix %s", qPrintable(found->toString()), qPrintable(want.fix));
            return false;
        }
    }
    const SourcePosition high = positionIn(name, QStringLiteral("HIGH"));
    if (positionIn(name, QStringLiteral("HIGH"), 1).line != 0) {
        qWarning("HIGH is written more than once in %s", qPrintable(name));
        return false;
    }
    if (priorityErrors.size() != 1 || priorityErrors[0].line != high.line
        || priorityErrors[0].column != high.column || priorityErrors[0].fix != QLatin1String("ERROR")) {
        qWarning("expected one priority error at %d:%d with the fix ERROR, got:\n%s", high.line, high.column,
                 qPrintable(dump(priorityErrors)));
        return false;
    }
    return true;
}

QList<RuleDiagnostic> loadText(const QByteArray &text, const QString &name = QStringLiteral("inline.yaml"))
{
    RulesLoader loader(FieldCatalog::builtIn());
    loader.loadText(text, name);
    loader.validate();
    return loader.diagnostics();
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
        QCOMPARE(validate[0].fix, QStringLiteral("ERROR"));
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
        // Falco's JSON counts lines from 0: the rule's first line is line 0.
        QCOMPARE(location.value(QLatin1String("position")).toObject().value(QLatin1String("line")).toInt(),
                 0);
    }

    // Acceptance of issue 4: the brief's Examples 1-4 as the brief writes them.
    void briefExamplesAsWrittenSayTheMissingSourceOncePerRule()
    {
        const QString name = QStringLiteral("brief_examples.yaml");
        const QList<RuleDiagnostic> diagnostics = loadAndValidate(name);
        const QStringList rules{QStringLiteral("S3 Bucket Deletion Detected"),
                                QStringLiteral("S3 Bucket Public Access Enabled"),
                                QStringLiteral("IAM Administrator Access Granted"),
                                QStringLiteral("IAM Root Account Usage"),
                                QStringLiteral("RDS Encryption Disabled"),
                                QStringLiteral("Security Group Public SSH/RDP Access")};
        QList<RuleDiagnostic> sourceErrors;
        for (const RuleDiagnostic &d : diagnostics) {
            if (d.message.contains(QLatin1String("no 'source' key")))
                sourceErrors.append(d);
        }
        QCOMPARE(sourceErrors.size(), rules.size());
        for (const QString &rule : rules) {
            const auto error = std::find_if(sourceErrors.cbegin(), sourceErrors.cend(),
                                            [&](const RuleDiagnostic &d) { return d.itemName == rule; });
            QVERIFY2(error != sourceErrors.cend(), qPrintable(rule));
            const SourcePosition at = positionIn(name, QStringLiteral("rule: ") + rule);
            QVERIFY(error->isError());
            QCOMPARE(error->line, at.line);
            QCOMPARE(error->column, at.column);
            QCOMPARE(error->fix, QStringLiteral("source: aws_cloudtrail"));
            QVERIFY(error->toString().endsWith(QLatin1String("(fix: source: aws_cloudtrail)")));
        }
        // The fields syscall lacks (ct.name, ct.user...) are not each reported against syscall.
        for (const RuleDiagnostic &d : diagnostics)
            QVERIFY2(!d.message.contains(QLatin1String("(source syscall)")), qPrintable(d.toString()));
        QVERIFY(hasBriefFieldAndPriorityErrors(name, diagnostics));
        QCOMPARE(errorCount(diagnostics), 6 + 15 + 1);
        QCOMPARE(warningCount(diagnostics), 0);
    }

    void briefExamplesWithTheSourceAddedKeepTheirFieldErrors()
    {
        const QString name = QStringLiteral("brief_examples_with_source.yaml");
        const QList<RuleDiagnostic> diagnostics = loadAndValidate(name);
        QVERIFY(hasBriefFieldAndPriorityErrors(name, diagnostics));
        QCOMPARE(errorCount(diagnostics), 15 + 1);
        QCOMPARE(warningCount(diagnostics), 0);
    }

    void ruleRefusedForItsPriorityIsNotKeptButStillChecked()
    {
        RulesLoader loader(catalog());
        loader.loadFile(fixture(QStringLiteral("brief_examples_with_source.yaml")));
        loader.validate();
        for (const RuleDefinition &rule : loader.rules())
            QVERIFY(rule.name != QLatin1String("RDS Encryption Disabled"));
        QCOMPARE(loader.rules().size(), std::size_t(5));
        int rdsFieldErrors = 0;
        for (const RuleDiagnostic &d : loader.diagnostics()) {
            if (d.itemName == QLatin1String("RDS Encryption Disabled") && d.hasFix()
                && d.fix.startsWith(QLatin1String("json.value")))
                ++rdsFieldErrors;
        }
        QCOMPARE(rdsFieldErrors, 2); // storageencrypted in the condition, dbinstanceidentifier in the output
    }

    void everyFixInTheTableReplacesAnUnknownFieldWithAWorkingOne()
    {
        const FieldFixTable &fixes = FieldFixTable::builtIn();
        QVERIFY2(fixes.diagnostics().isEmpty(), qPrintable(fixes.diagnostics().value(0).toString()));
        // The shared doc's table of traps, all of them.
        for (const char *trap : {"ct.request.bucketname", "ct.useridentity.type", "ct.request.policyarn",
                                 "ct.response.publicaccessblock.blockpublicacls",
                                 "ct.request.storageencrypted", "ct.request.fromport", "ct.request.toport",
                                 "ct.request.cidrip", "ct.request.ipprotocol", "ct.request.groupid"})
            QVERIFY2(fixes.fieldFix(QStringLiteral("aws_cloudtrail"), QLatin1String(trap)), trap);
        for (const FieldFix &fix : fixes.fieldFixes()) {
            QVERIFY2(!catalog().resolve(fix.source, fix.field), qPrintable(fix.field));
            QVERIFY(!fix.reason.isEmpty());
            // The replacement compiles in a rule of that source.
            const QList<RuleDiagnostic> diagnostics
                = loadText(QStringLiteral("- rule: r\n  desc: d\n  condition: %1 exists\n  output: v=%%1\n"
                                          "  priority: debug\n  source: %2\n")
                               .arg(fix.replacement, fix.source)
                               .toUtf8());
            QVERIFY2(diagnostics.isEmpty(),
                     qPrintable(fix.replacement + QLatin1Char('\n') + dump(diagnostics)));
        }
        QVERIFY(!fixes.priorityFixes().isEmpty());
        for (const PriorityFix &fix : fixes.priorityFixes()) {
            QVERIFY2(RulesLoader::canonicalPriority(fix.word).isEmpty(), qPrintable(fix.word));
            QCOMPARE(RulesLoader::canonicalPriority(fix.replacement), fix.replacement);
        }
    }

    void invalidPrioritiesSuggestFalcosWordInTheCaseWritten_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("fix");
        QTest::newRow("HIGH") << QStringLiteral("HIGH") << QStringLiteral("ERROR");
        QTest::newRow("medium") << QStringLiteral("medium") << QStringLiteral("warning");
        QTest::newRow("Low") << QStringLiteral("Low") << QStringLiteral("Notice");
        QTest::newRow("warn") << QStringLiteral("warn") << QStringLiteral("warning");
        QTest::newRow("misspelt") << QStringLiteral("Critcal") << QStringLiteral("Critical");
        QTest::newRow("nothing close") << QStringLiteral("urgent") << QString();
    }

    void invalidPrioritiesSuggestFalcosWordInTheCaseWritten()
    {
        QFETCH(QString, written);
        QFETCH(QString, fix);
        const QList<RuleDiagnostic> diagnostics = loadText(
            QStringLiteral("- rule: r\n  desc: d\n  condition: evt.num > 0\n  output: n\n  priority: %1\n")
                .arg(written)
                .toUtf8());
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, 5);
        QCOMPARE(diagnostics[0].column, 13);
        QCOMPARE(diagnostics[0].fix, fix);
        QCOMPARE(diagnostics[0].toString().endsWith(QStringLiteral(" (fix: %1)").arg(fix)), !fix.isEmpty());
    }

    void unknownFieldsWithoutAKnownTrapKeepTheDidYouMean()
    {
        const QList<RuleDiagnostic> diagnostics
            = loadText("- rule: r\n  desc: d\n  condition: ct.nmae = x\n  output: n\n  priority: debug\n"
                       "  source: aws_cloudtrail\n");
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].message,
                 QStringLiteral("filter_check called with nonexistent field ct.nmae "
                                "(source aws_cloudtrail). Did you mean 'ct.name'?"));
        QVERIFY(!diagnostics[0].hasFix());
    }

    void missingSourceIsSaidOnlyWhenTheFieldsPointAtOnePluginSource()
    {
        // gcp.* fields only: one error for the rule, with the gcp_auditlog source as the fix.
        QList<RuleDiagnostic> diagnostics
            = loadText("- rule: r\n  desc: d\n  condition: gcp.methodName = x and gcp.user = y\n"
                       "  output: by %gcp.user %evt.time\n  priority: debug\n");
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, 1);
        QCOMPARE(diagnostics[0].column, 3);
        QCOMPARE(diagnostics[0].code, QStringLiteral("LOAD_ERR_COMPILE_CONDITION"));
        QCOMPARE(diagnostics[0].fix, QStringLiteral("source: gcp_auditlog"));
        QVERIFY(diagnostics[0].message.contains(QLatin1String("nonexistent field gcp.methodName")));

        // Plugin fields only in the output: Falco fails on the output.
        diagnostics = loadText("- rule: r\n  desc: d\n  condition: evt.num > 0\n  output: by %ct.user\n"
                               "  priority: debug\n");
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].code, QStringLiteral("LOAD_ERR_COMPILE_OUTPUT"));
        QCOMPARE(diagnostics[0].fix, QStringLiteral("source: aws_cloudtrail"));

        // A syscall field next to a cloudtrail one: which was meant is open, so each field is reported.
        diagnostics = loadText("- rule: r\n  desc: d\n  condition: proc.name = x and ct.name = y\n"
                               "  output: n\n  priority: debug\n");
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY2(diagnostics[0].message.startsWith(
                     QLatin1String("filter_check called with nonexistent field ct.name (source syscall).")),
                 qPrintable(diagnostics[0].message));
        QVERIFY(!diagnostics[0].hasFix());
        QCOMPARE(diagnostics[0].column, 32);

        // `source: syscall` written out is taken at its word.
        diagnostics
            = loadText("- rule: r\n  desc: d\n  condition: ct.name = y\n  output: n\n  priority: debug\n"
                       "  source: syscall\n");
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics[0].message.contains(QLatin1String("(source syscall)")));
        QVERIFY(!diagnostics[0].hasFix());
    }

    void deprecatedFieldsAndUnsafeNaComparisonsWarnAsFalcoDoes()
    {
        const QByteArray text
            = "- macro: opened\n  condition: evt.type = open and evt.dir = <\n"
              "- rule: r\n  desc: d\n  condition: opened\n  output: took %evt.latency\n"
              "  priority: debug\n"
              "- rule: k\n  desc: d\n  condition: ka.user.name = \"<NA>\" or ka.verb in (get, \"<NA>\")\n"
              "  output: n\n  priority: debug\n  source: k8s_audit\n";
        const QList<RuleDiagnostic> diagnostics = loadText(text);
        QVERIFY2(!hasErrors(diagnostics), qPrintable(dump(diagnostics)));
        const QList<RuleDiagnostic> deprecated
            = withCode(diagnostics, QStringLiteral("LOAD_DEPRECATED_ITEM"));
        QCOMPARE(deprecated.size(), 2);
        QCOMPARE(deprecated[0].line, 2);
        QCOMPARE(deprecated[0].column, 34); // evt.dir in the macro
        QCOMPARE(deprecated[0].itemType, QStringLiteral("macro"));
        QCOMPARE(deprecated[1].line, 6);
        QCOMPARE(deprecated[1].column, 17); // evt.latency in the output
        const QList<RuleDiagnostic> unsafe = withCode(diagnostics, QStringLiteral("LOAD_UNSAFE_NA_CHECK"));
        QCOMPARE(unsafe.size(), 2);
        QCOMPARE(unsafe[0].line, 10);
        QCOMPARE(unsafe[0].column, 29);
        QCOMPARE(unsafe[1].column, 56);
        QCOMPARE(diagnostics.size(), 4);
    }

    void jsonCarriesByteOffsetSnippetAndFix()
    {
        const QString path = fixture(QStringLiteral("brief_examples_with_source.yaml"));
        RulesLoader loader(catalog());
        loader.loadFile(path);
        loader.validate();
        const QJsonObject json = falcoLoadResultsJson({path}, loader.diagnostics());
        const QJsonArray errors = json.value(QLatin1String("falco_load_results"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("errors"))
                                      .toArray();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QJsonObject high;
        for (const QJsonValue &error : errors) {
            if (error.toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String("Invalid")))
                high = error.toObject();
        }
        const QJsonObject context = high.value(QLatin1String("context")).toObject();
        const QJsonObject position = context.value(QLatin1String("locations"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QLatin1String("position"))
                                         .toObject();
        QCOMPARE(position.value(QLatin1String("offset")).toInteger(), bytes.indexOf("HIGH"));
        QCOMPARE(position.value(QLatin1String("name")).toString(), path);
        QCOMPARE(context.value(QLatin1String("snippet")).toString(),
                 QStringLiteral("  priority: HIGH\n            ^\n"));
        const QJsonObject fix = high.value(QLatin1String("fix")).toObject();
        QCOMPARE(fix.value(QLatin1String("text")).toString(), QStringLiteral("ERROR"));
        QVERIFY(!fix.value(QLatin1String("reason")).toString().isEmpty());
        // Every finding has a snippet whose caret stands under its column.
        for (const QJsonValue &error : errors) {
            const QJsonObject errorContext = error.toObject().value(QLatin1String("context")).toObject();
            const QStringList snippet
                = errorContext.value(QLatin1String("snippet")).toString().split(QLatin1Char('\n'));
            const int column = errorContext.value(QLatin1String("locations"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("position"))
                                   .toObject()
                                   .value(QLatin1String("column"))
                                   .toInt();
            QCOMPARE(snippet.size(), 3);
            QCOMPARE(snippet[1], QString(column, QLatin1Char(' ')) + QLatin1Char('^')); // column counts from 0
        }
    }

    void byteOffsetsCountUtf8AndCrlf()
    {
        // Multi-byte text before the fault, on earlier lines and on its own line, with CRLF line ends.
        const QByteArray text
            = "- rule: \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\r\n  desc: d\r\n  condition: evt.num > 0\r\n"
              "  output: \xe5\x87\xba\xe5\x8a\x9b %ct.nmae\r\n  priority: debug\r\n"
              "  source: aws_cloudtrail\r\n";
        const QList<RuleDiagnostic> diagnostics = loadText(text);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, 4);
        QCOMPARE(diagnostics[0].column, 15); // characters, as an editor counts them
        QCOMPARE(diagnostics[0].offset, qint64(text.indexOf("ct.nmae")));
        QCOMPARE(diagnostics[0].snippet,
                 QStringLiteral("  output: \u51fa\u529b %ct.nmae\n              ^\n"));
    }

    void snippetsOfLongLinesAreCutAroundTheColumn()
    {
        const QString line
            = QString(100, QLatin1Char('a')) + QLatin1Char('X') + QString(100, QLatin1Char('b'));
        const QStringList snippet = snippetAt(line, 101).split(QLatin1Char('\n'));
        QCOMPARE(snippet.size(), 3);
        QCOMPARE(snippet[0].size(), 160);
        QVERIFY(snippet[0].startsWith(QLatin1String("...aaa")));
        QVERIFY(snippet[0].endsWith(QLatin1String("bbb...")));
        QCOMPARE(snippet[0].at(snippet[1].size() - 1), QLatin1Char('X'));
        QCOMPARE(snippetAt(QStringLiteral("\tkey: x"), 7), QStringLiteral("\tkey: x\n\t     ^\n"));
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

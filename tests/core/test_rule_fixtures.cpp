// Rules against crafted CloudTrail records: for every rule, a record that must raise it and a near miss
// that must not, and field values as Falco's cloudtrail plugin extracts them. The cases are data
// (tests/core/fixtures/evaluation/*.jsonl); each line says why it expects what it expects.
#include "core/rules/FieldCatalog.h"
#include "core/rules/RulesLoader.h"
#include "core/rules/evaluation/CloudTrailEvent.h"
#include "core/rules/evaluation/EventFileReader.h"
#include "core/rules/evaluation/RawJson.h"
#include "core/rules/evaluation/RuleEvaluator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace tfdrift;
using namespace tfdrift::rules;

namespace {

QString fixture(const QString &name)
{
    return qEnvironmentVariable("TFDRIFT_SOURCE_DIR") + QLatin1String("/tests/core/fixtures/evaluation/")
        + name;
}

struct Case {
    QString id;
    QString rule;
    QString expect; // match, miss or none
    QString why;
    QByteArray recordText; // the record exactly as written in the file
};

QList<Case> readCases(const QString &path)
{
    QList<Case> cases;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        // The record's own text, so that fields read from it keep its member order.
        const RawJson raw(line);
        const std::optional<RawJson::Span> record = raw.find({"record"});
        cases.append(
            {object.value(QLatin1String("id")).toString(), object.value(QLatin1String("rule")).toString(),
             object.value(QLatin1String("expect")).toString(), object.value(QLatin1String("why")).toString(),
             record ? raw.compact(*record) : QByteArray()});
    }
    return cases;
}

// The event Falco would make of the record, or null when its cloudtrail plugin skips the record.
std::unique_ptr<RuleEvent> eventOf(const Case &testCase)
{
    QString why;
    return EventFileReader::eventFromObject(QJsonDocument::fromJson(testCase.recordText).object(),
                                            testCase.recordText, 1, &why);
}

// Loads a rules file, which must validate with no errors, with every rule (disabled ones too) evaluated.
std::unique_ptr<RuleEvaluator> evaluatorFor(const QString &path, QStringList *ruleNames)
{
    RulesLoader loader(FieldCatalog::builtIn());
    loader.loadFile(path);
    loader.validate();
    for (const RuleDiagnostic &diagnostic : loader.diagnostics())
        qWarning("%s", qPrintable(diagnostic.toString()));
    if (hasErrors(loader.diagnostics()))
        return nullptr;
    for (const RuleDefinition &rule : loader.rules())
        ruleNames->append(rule.name);
    return std::make_unique<RuleEvaluator>(loader, RuleEvaluator::RuleSelection::All);
}

void checkCases(const QString &rulesPath, const QString &casesPath)
{
    QStringList ruleNames;
    auto evaluator = evaluatorFor(rulesPath, &ruleNames);
    QVERIFY(evaluator);
    QVERIFY(evaluator->skippedRules().empty());
    const QList<Case> cases = readCases(casesPath);
    QVERIFY(!cases.isEmpty());

    QSet<QString> matched;
    QSet<QString> missed;
    for (const Case &testCase : cases) {
        if (testCase.expect == QLatin1String("none"))
            continue;
        QVERIFY2(ruleNames.contains(testCase.rule),
                 qPrintable(testCase.id + QLatin1String(": no rule ") + testCase.rule));
        const auto event = eventOf(testCase);
        QStringList raised;
        for (int index : event ? evaluator->matchingRules(*event) : std::vector<int>())
            raised.append(evaluator->rule(event->source(), index).name);
        const bool expected = testCase.expect == QLatin1String("match");
        QVERIFY2(
            raised.contains(testCase.rule) == expected,
            qPrintable(QStringLiteral("%1 (%2): %3; rules raised: %4")
                           .arg(testCase.id, testCase.rule, testCase.why, raised.join(QLatin1String(", ")))));
        (expected ? matched : missed).insert(testCase.rule);
    }
    // Every rule is shown both firing and holding back.
    for (const QString &rule : std::as_const(ruleNames)) {
        QVERIFY2(matched.contains(rule), qPrintable(QLatin1String("no matching record for ") + rule));
        QVERIFY2(missed.contains(rule), qPrintable(QLatin1String("no near miss for ") + rule));
    }
}

} // namespace

class TestRuleFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void cloudTrailRulesMatchTheirRecordsAndNotTheNearMisses()
    {
        checkCases(fixture(QStringLiteral("cloudtrail_rules.yaml")),
                   fixture(QStringLiteral("cloudtrail_cases.jsonl")));
    }

    void bundledRulesMatchTheirRecordsAndNotTheNearMisses()
    {
        checkCases(QStringLiteral(":/rules/tfdrift_rules.yaml"),
                   fixture(QStringLiteral("tfdrift_rules_cases.jsonl")));
    }

    void fieldsAreExtractedAsThePluginDoes()
    {
        QHash<QString, Case> casesById;
        for (const Case &testCase : readCases(fixture(QStringLiteral("cloudtrail_cases.jsonl"))))
            casesById.insert(testCase.id, testCase);
        QFile file(fixture(QStringLiteral("field_expectations.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int checked = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject expectation = QJsonDocument::fromJson(line).object();
            const QString id = expectation.value(QLatin1String("id")).toString();
            QVERIFY2(casesById.contains(id), qPrintable(id));
            const auto event = eventOf(casesById.value(id));
            QVERIFY2(event, qPrintable(id + QLatin1String(" is not an event")));
            const QJsonObject fields = expectation.value(QLatin1String("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                // "json.value[/a/b]" names the field json.value with the argument /a/b.
                QString name = it.key();
                QString argument;
                if (const qsizetype bracket = name.indexOf(QLatin1Char('['));
                    bracket > 0 && name.endsWith(QLatin1Char(']'))) {
                    argument = name.mid(bracket + 1, name.size() - bracket - 2);
                    name.truncate(bracket);
                }
                const std::optional<ResolvedField> field = CloudTrailEvent::resolveField(name);
                QVERIFY2(field, qPrintable(it.key()));
                FieldValue value;
                event->extract(*field, argument, value);
                const QString where = id + QLatin1Char(' ') + it.key() + QLatin1String(": ")
                    + expectation.value(QLatin1String("why")).toString();
                const QJsonValue expected = it.value();
                if (expected.isNull()) {
                    QVERIFY2(value.isMissing(),
                             qPrintable(where + QLatin1String(" (got ") + value.text() + QLatin1Char(')')));
                } else if (expected.isArray()) {
                    QStringList texts;
                    for (qsizetype index = 0; index < value.count(); ++index)
                        texts.append(value.text(index));
                    QStringList wanted;
                    for (const QJsonValue &item : expected.toArray())
                        wanted.append(item.toString());
                    QVERIFY2(texts == wanted, qPrintable(where));
                } else if (expected.isDouble()) {
                    QVERIFY2(value.count() == 1 && value.text() == QString::number(expected.toInteger()),
                             qPrintable(where + QLatin1String(" (got ") + value.text() + QLatin1Char(')')));
                } else {
                    QVERIFY2(value.count() == 1 && value.text() == expected.toString(),
                             qPrintable(where + QLatin1String(" (got ") + value.text() + QLatin1Char(')')));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }
};

QTEST_GUILESS_MAIN(TestRuleFixtures)
#include "test_rule_fixtures.moc"

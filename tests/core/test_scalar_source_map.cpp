#include "core/rules/ScalarSourceMap.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace tfdrift::rules;

namespace {
// Each rule's condition uses the word "needle" once; the test finds it in the parsed value and
// checks that the map points at the same word in the file.
const char kRules[] = "- rule: plain\n"
                      "  condition: evt.type = open and needle exists\n"
                      "- rule: folded\n"
                      "  condition: >\n"
                      "    evt.type = open\n"
                      "    and proc.name in (a, b)\n"
                      "\n"
                      "    and needle exists\n"
                      "- rule: literal\n"
                      "  condition: |\n"
                      "    evt.type = open and\n"
                      "      needle exists\n"
                      "- rule: double quoted\n"
                      "  condition: \"ct.name = \\\"x\\\" and\n"
                      "    needle exists\"\n"
                      "- rule: single quoted\n"
                      "  condition: 'ct.name = ''x'' and\n"
                      "    needle exists'\n"
                      "- rule: multi-line plain\n"
                      "  condition: ct.name = x\n"
                      "    and needle exists\n";

SourcePosition expectedNeedle(const QStringList &lines, int occurrence)
{
    int seen = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const qsizetype column = lines[i].indexOf(QLatin1String("needle"));
        if (column >= 0 && seen++ == occurrence)
            return {i + 1, int(column) + 1};
    }
    return {};
}
} // namespace

class TestScalarSourceMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsEveryScalarStyleBackToTheFile()
    {
        const QStringList lines = QString::fromUtf8(kRules).split(QLatin1Char('\n'));
        const YAML::Node rules = YAML::Load(kRules);
        QCOMPARE(int(rules.size()), 6);
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const YAML::Node condition = rules[i]["condition"];
            const QString value = QString::fromStdString(condition.as<std::string>());
            const ScalarSourceMap map(lines, condition.Mark().line, condition.Mark().column, value);
            const QString name = QString::fromStdString(rules[i]["rule"].as<std::string>());
            QVERIFY2(map.isExact(), qPrintable(name));
            const SourcePosition found = map.position(value.indexOf(QLatin1String("needle")));
            const SourcePosition expected = expectedNeedle(lines, int(i));
            QVERIFY2(found.line == expected.line && found.column == expected.column,
                     qPrintable(QStringLiteral("%1: got %2:%3, expected %4:%5")
                                    .arg(name)
                                    .arg(found.line)
                                    .arg(found.column)
                                    .arg(expected.line)
                                    .arg(expected.column)));
        }
    }

    void escapesMapToTheirBackslash()
    {
        const QStringList lines = {QStringLiteral("c: \"a \\\"q\\\" \\u00e9 z\"")};
        const YAML::Node node = YAML::Load("c: \"a \\\"q\\\" \\u00e9 z\"")["c"];
        const QString value = QString::fromStdString(node.as<std::string>());
        QCOMPARE(value, QStringLiteral("a \"q\" \u00e9 z"));
        const ScalarSourceMap map(lines, node.Mark().line, node.Mark().column, value);
        QVERIFY(map.isExact());
        QCOMPARE(map.position(value.indexOf(QLatin1Char('z'))).column,
                 int(lines[0].indexOf(QLatin1Char('z'))) + 1);
        QCOMPARE(map.position(value.indexOf(QChar(0xe9))).column,
                 int(lines[0].indexOf(QLatin1String("\\u"))) + 1);
    }

    void unalignableTextFallsBackToTheStart()
    {
        const QStringList lines = {QStringLiteral("c: something else")};
        const ScalarSourceMap map(lines, 0, 3, QStringLiteral("not what the file says"));
        QVERIFY(!map.isExact());
        QCOMPARE(map.position(10).line, 1);
        QCOMPARE(map.position(10).column, 4);
        // A mark outside the file never crashes.
        const ScalarSourceMap outside(lines, 7, 0, QStringLiteral("x"));
        QCOMPARE(outside.position(0).line, 8);
    }
};

QTEST_GUILESS_MAIN(TestScalarSourceMap)
#include "test_scalar_source_map.moc"

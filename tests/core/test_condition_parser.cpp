// Condition parser: the libsinsp filter grammar as Falco rules files use it, with exact offsets.
#include "core/rules/ConditionAst.h"
#include "core/rules/ConditionParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tfdrift::rules;

namespace {

ConditionParseResult parse(const QString &condition)
{
    return ConditionParser().parse(condition);
}

QString tree(const QString &condition)
{
    const auto result = parse(condition);
    if (!result.ok())
        return QStringLiteral("ERROR@%1: %2").arg(result.error->offset).arg(result.error->message);
    return toDebugString(*result.root);
}

// Finds the first node of `kind` (depth first, source order).
const ConditionNode *findNode(const ConditionNode &node, ConditionNodeKind kind, const QString &text = {})
{
    if (node.kind == kind && (text.isNull() || node.text == text))
        return &node;
    for (const auto &child : node.children) {
        if (const auto *found = findNode(*child, kind, text))
            return found;
    }
    return nullptr;
}

} // namespace

class TestConditionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleCheckHasExactOffsets()
    {
        const QString condition = QStringLiteral("proc.name = bash");
        const auto result = parse(condition);
        QVERIFY(result.ok());
        const ConditionNode &check = *result.root;
        QCOMPARE(check.kind, ConditionNodeKind::Check);
        QCOMPARE(check.op, ConditionOperator::Equal);
        QCOMPARE(check.offset, 0);
        QCOMPARE(check.length, condition.size());
        QCOMPARE(check.operatorOffset, 10);
        QCOMPARE(check.child(0)->kind, ConditionNodeKind::Field);
        QCOMPARE(check.child(0)->text, QStringLiteral("proc.name"));
        QCOMPARE(check.child(0)->offset, 0);
        QCOMPARE(check.child(0)->length, 9);
        QCOMPARE(check.child(1)->kind, ConditionNodeKind::Value);
        QCOMPARE(check.child(1)->text, QStringLiteral("bash"));
        QCOMPARE(check.child(1)->offset, 12);
        QCOMPARE(check.child(1)->length, 4);
    }

    void everyOperatorParses_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("=") << "proc.name = bash"
                           << "(= proc.name bash)";
        QTest::newRow("==") << "proc.name == bash"
                            << "(== proc.name bash)";
        QTest::newRow("!=") << "proc.name != bash"
                            << "(!= proc.name bash)";
        QTest::newRow("<") << "proc.pid < 10"
                           << "(< proc.pid #10)";
        QTest::newRow("<=") << "proc.pid <= 10"
                            << "(<= proc.pid #10)";
        QTest::newRow(">") << "proc.pid > 10"
                           << "(> proc.pid #10)";
        QTest::newRow(">=") << "proc.pid >= 10"
                            << "(>= proc.pid #10)";
        QTest::newRow("contains") << "fd.name contains /etc"
                                  << "(contains fd.name /etc)";
        QTest::newRow("icontains") << "fd.name icontains ETC"
                                   << "(icontains fd.name ETC)";
        QTest::newRow("bcontains") << "evt.buffer bcontains 0a0b"
                                   << "(bcontains evt.buffer 0a0b)";
        QTest::newRow("startswith") << "fd.name startswith /etc"
                                    << "(startswith fd.name /etc)";
        QTest::newRow("bstartswith") << "evt.buffer bstartswith 7f454c46"
                                     << "(bstartswith evt.buffer 7f454c46)";
        QTest::newRow("endswith") << "fd.name endswith .conf"
                                  << "(endswith fd.name .conf)";
        QTest::newRow("glob") << "fd.name glob '/etc/*.conf'"
                              << "(glob fd.name \"/etc/*.conf\")";
        QTest::newRow("iglob") << "fd.name iglob /ETC/*"
                               << "(iglob fd.name /ETC/*)";
        QTest::newRow("regex") << "proc.cmdline regex '^ba[sz]h -c'"
                               << "(regex proc.cmdline \"^ba[sz]h -c\")";
        QTest::newRow("in") << "proc.name in (bash, sh)"
                            << "(in proc.name [bash sh])";
        QTest::newRow("intersects") << "ka.req.role.rules.verbs intersects (create, delete)"
                                    << "(intersects ka.req.role.rules.verbs [create delete])";
        QTest::newRow("pmatch") << "fd.name pmatch (/etc, /usr/bin)"
                                << "(pmatch fd.name [/etc /usr/bin])";
        QTest::newRow("exists") << "ct.request.bucketname exists"
                                << "(exists ct.request.bucketname)";
        QTest::newRow("symbols without blanks") << "proc.name=bash"
                                                << "(= proc.name bash)";
        QTest::newRow("!= without blanks") << "evt.dir!=<"
                                           << "(!= evt.dir <)";
    }

    void everyOperatorParses()
    {
        QFETCH(QString, condition);
        QFETCH(QString, expected);
        QCOMPARE(tree(condition), expected);
    }

    void operatorTableIsComplete()
    {
        const QStringList expected
            = {QStringLiteral("="),         QStringLiteral("=="),         QStringLiteral("!="),
               QStringLiteral("<"),         QStringLiteral("<="),         QStringLiteral(">"),
               QStringLiteral(">="),        QStringLiteral("contains"),   QStringLiteral("icontains"),
               QStringLiteral("bcontains"), QStringLiteral("startswith"), QStringLiteral("bstartswith"),
               QStringLiteral("endswith"),  QStringLiteral("glob"),       QStringLiteral("iglob"),
               QStringLiteral("regex"),     QStringLiteral("in"),         QStringLiteral("intersects"),
               QStringLiteral("pmatch"),    QStringLiteral("exists")};
        const QStringList names = conditionOperatorNames();
        QCOMPARE(names.size(), expected.size());
        for (const auto &name : expected) {
            QVERIFY2(names.contains(name), qPrintable(name));
            const auto op = conditionOperatorFromName(name);
            QVERIFY(op.has_value());
            QCOMPARE(conditionOperatorName(*op), name);
        }
        QVERIFY(!conditionOperatorFromName(u"matches").has_value());
    }

    void booleanStructure_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("and binds tighter than or") << "a or b and c"
                                                   << "(or macro:a (and macro:b macro:c))";
        QTest::newRow("parentheses regroup") << "(a or b) and c"
                                             << "(and (or macro:a macro:b) macro:c)";
        QTest::newRow("long chains stay flat") << "a and b and c and d"
                                               << "(and macro:a macro:b macro:c macro:d)";
        QTest::newRow("not") << "not a"
                             << "(not macro:a)";
        QTest::newRow("not(") << "not(a or b)"
                              << "(not (or macro:a macro:b))";
        QTest::newRow("not binds tighter than and") << "not a and b"
                                                    << "(and (not macro:a) macro:b)";
        QTest::newRow("double not") << "not not a"
                                    << "(not (not macro:a))";
        QTest::newRow("and(") << "a and(b or c)"
                              << "(and macro:a (or macro:b macro:c))";
        QTest::newRow("or(") << "a or(b)"
                             << "(or macro:a macro:b)";
        QTest::newRow("identifier starting with not") << "nothing_here and notify"
                                                      << "(and macro:nothing_here macro:notify)";
        QTest::newRow("identifier starting with or/and") << "orphan or andromeda"
                                                         << "(or macro:orphan macro:andromeda)";
        QTest::newRow("line breaks are blanks") << "a\n  and\n  not b\r\n  or c"
                                                << "(or (and macro:a (not macro:b)) macro:c)";
        QTest::newRow("mixed checks and macros")
            << "spawned_process and not proc.name in (known_binaries) and fd.name startswith /etc"
            << "(and macro:spawned_process (not (in proc.name [known_binaries])) (startswith fd.name /etc))";
    }

    void booleanStructure()
    {
        QFETCH(QString, condition);
        QFETCH(QString, expected);
        QCOMPARE(tree(condition), expected);
    }

    void valuesAndLists_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quoted items with blanks and commas")
            << "proc.cmdline in (\"c d\", 'e,f', bare, shell_binaries)"
            << "(in proc.cmdline [\"c d\" \"e,f\" bare shell_binaries])";
        QTest::newRow("empty list") << "proc.name in ()"
                                    << "(in proc.name [])";
        QTest::newRow("list across lines") << "proc.name in (\n  a,\n  b\n)"
                                           << "(in proc.name [a b])";
        QTest::newRow("list name without parentheses") << "proc.name in shell_binaries"
                                                       << "(in proc.name shell_binaries)";
        QTest::newRow("numbers in a list") << "fd.sport in (22, 0x50, 3389)"
                                           << "(in fd.sport [#22 #0x50 #3389])";
        QTest::newRow("hex") << "evt.arg.flags > 0x1F"
                             << "(> evt.arg.flags #0x1F)";
        QTest::newRow("exponent") << "evt.latency > 1.5e+9"
                                  << "(> evt.latency #1.5e+9)";
        QTest::newRow("exponent without sign") << "evt.latency >= 2E6"
                                               << "(>= evt.latency #2E6)";
        QTest::newRow("negative") << "evt.res < -1"
                                  << "(< evt.res #-1)";
        QTest::newRow("decimal") << "evt.count <= 3.25"
                                 << "(<= evt.count #3.25)";
        QTest::newRow("escaped double quote") << "proc.cmdline contains \"say \\\"hi\\\"\""
                                              << "(contains proc.cmdline \"say \\\"hi\\\"\")";
        QTest::newRow("escaped single quote") << "proc.cmdline contains 'it\\'s'"
                                              << "(contains proc.cmdline \"it's\")";
        QTest::newRow("other quote needs no escape") << "proc.cmdline contains \"it's\""
                                                     << "(contains proc.cmdline \"it's\")";
        QTest::newRow("backslash and slash") << "fd.name = \"C:\\\\x\\/y\""
                                             << "(= fd.name \"C:\\\\x/y\")";
        QTest::newRow("backslash before blank") << "proc.args contains \"\\ \""
                                                << "(contains proc.args \"\\\\\")";
        QTest::newRow("bare backslash") << "proc.args endswith \\"
                                        << "(endswith proc.args \\)";
        QTest::newRow("bare value with odd characters") << "fd.name glob /tmp/*.[ch]"
                                                        << "(glob fd.name /tmp/*.[ch])";
        QTest::newRow("bare value stops at )") << "(proc.name=bash)"
                                               << "(= proc.name bash)";
    }

    void valuesAndLists()
    {
        QFETCH(QString, condition);
        QFETCH(QString, expected);
        QCOMPARE(tree(condition), expected);
    }

    void escapesAreResolved()
    {
        const auto result = parse(QStringLiteral("evt.arg.data = \"a\\tb\\nc\\rd\\be\\ff\""));
        QVERIFY(result.ok());
        QCOMPARE(result.root->child(1)->text, QStringLiteral("a\tb\nc\rd\be\ff"));
        QCOMPARE(result.root->child(1)->valueKind, ConditionValueKind::Quoted);
    }

    void numbersCarryTheirValue()
    {
        const auto hex = parse(QStringLiteral("fd.port = 0x1f90"));
        QVERIFY(hex.ok());
        QCOMPARE(hex.root->child(1)->valueKind, ConditionValueKind::Number);
        QCOMPARE(hex.root->child(1)->number, 8080.0);
        const auto exponent = parse(QStringLiteral("evt.latency > 2.5e3"));
        QVERIFY(exponent.ok());
        QCOMPARE(exponent.root->child(1)->number, 2500.0);
        // A quoted number stays a string: Falco compares it as text.
        const auto quoted = parse(QStringLiteral("fd.port = '22'"));
        QVERIFY(quoted.ok());
        QCOMPARE(quoted.root->child(1)->valueKind, ConditionValueKind::Quoted);
    }

    void fieldArguments_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<qsizetype>("argumentOffset");
        QTest::newRow("json pointer") << "json.value[/requestParameters/bucketName] exists"
                                      << "json.value"
                                      << "/requestParameters/bucketName" << qsizetype(11);
        QTest::newRow("index") << "proc.aname[2] = sshd"
                               << "proc.aname"
                               << "2" << qsizetype(11);
        QTest::newRow("path") << "ka.req.pod.volumes.hostpath[/etc] = true"
                              << "ka.req.pod.volumes.hostpath"
                              << "/etc" << qsizetype(28);
        QTest::newRow("glob in argument") << "container.mount.dest[/proc*] != \"N/A\""
                                          << "container.mount.dest"
                                          << "/proc*" << qsizetype(21);
        QTest::newRow("quoted argument") << "ka.req.pod.volumes.hostpath[\"/var/run/a b\"] = true"
                                         << "ka.req.pod.volumes.hostpath"
                                         << "/var/run/a b" << qsizetype(28);
    }

    void fieldArguments()
    {
        QFETCH(QString, condition);
        QFETCH(QString, field);
        QFETCH(QString, argument);
        QFETCH(qsizetype, argumentOffset);
        const auto result = parse(condition);
        QVERIFY2(result.ok(), qPrintable(tree(condition)));
        const ConditionNode *node = result.root->child(0);
        QCOMPARE(node->kind, ConditionNodeKind::Field);
        QCOMPARE(node->text, field);
        QVERIFY(node->hasArgument);
        QCOMPARE(node->argument, argument);
        QCOMPARE(node->argumentOffset, argumentOffset);
        QCOMPARE(condition.mid(0, node->length).endsWith(QLatin1Char(']')), true);
    }

    void transformersAndVal_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tolower") << "tolower(fd.name) = /etc/passwd"
                                 << "(= tolower(fd.name) /etc/passwd)";
        QTest::newRow("nested") << "toupper( basename(proc.exepath) ) = BASH"
                                << "(= toupper(basename(proc.exepath)) BASH)";
        QTest::newRow("len") << "len(proc.args) > 1000"
                             << "(> len(proc.args) #1000)";
        QTest::newRow("b64 with argument") << "b64(json.value[/data]) contains secret"
                                           << "(contains b64(json.value[/data]) secret)";
        QTest::newRow("val as string value") << "proc.name = val(proc.pname)"
                                             << "(= proc.name val(proc.pname))";
        QTest::newRow("val as number value") << "proc.pid > val(proc.ppid)"
                                             << "(> proc.pid val(proc.ppid))";
        QTest::newRow("transformer as value") << "fd.name = tolower(fd.directory)"
                                              << "(= fd.name tolower(fd.directory))";
        QTest::newRow("transformer with exists") << "basename(proc.exepath) exists"
                                                 << "(exists basename(proc.exepath))";
        QTest::newRow("val with list operator") << "proc.name in val(proc.pname)"
                                                << "(in proc.name val(proc.pname))";
    }

    void transformersAndVal()
    {
        QFETCH(QString, condition);
        QFETCH(QString, expected);
        QCOMPARE(tree(condition), expected);
    }

    void offsetsAreExactAcrossLines()
    {
        // The shape of a YAML block scalar condition once yaml-cpp has read it.
        const QString condition = QStringLiteral("spawned_process\n"
                                                 "  and not fd.name startswith \"/etc\"\n"
                                                 "  and evt.type in (open, openat)\n"
                                                 "  and ct.user.arn exists");
        const auto result = parse(condition);
        QVERIFY2(result.ok(), qPrintable(tree(condition)));
        const ConditionNode &root = *result.root;
        QCOMPARE(root.kind, ConditionNodeKind::And);
        QCOMPARE(root.children.size(), std::size_t(4));

        QCOMPARE(root.child(0)->offset, 0);
        QCOMPARE(root.child(1)->kind, ConditionNodeKind::Not);
        QCOMPARE(root.child(1)->offset, condition.indexOf(QStringLiteral("not fd")));
        const ConditionNode *startsWith = root.child(1)->child(0);
        QCOMPARE(startsWith->offset, condition.indexOf(QStringLiteral("fd.name")));
        QCOMPARE(startsWith->operatorOffset, condition.indexOf(QStringLiteral("startswith")));
        QCOMPARE(startsWith->child(1)->offset, condition.indexOf(QStringLiteral("\"/etc\"")));
        QCOMPARE(startsWith->child(1)->length, 6);

        const ConditionNode *list = root.child(2)->child(1);
        QCOMPARE(list->kind, ConditionNodeKind::List);
        QCOMPARE(list->offset, condition.indexOf(QStringLiteral("(open")));
        QCOMPARE(list->child(1)->offset, condition.indexOf(QStringLiteral("openat")));
        QCOMPARE(list->offset + list->length, condition.indexOf(QStringLiteral("openat)")) + 7);

        QCOMPARE(root.child(3)->offset, condition.indexOf(QStringLiteral("ct.user.arn")));
        QCOMPARE(root.offset + root.length, condition.size());
    }

    void referencesForTheLoader()
    {
        const QString condition = QStringLiteral(
            "open_write and not user_known_writers and (fd.name in (sensitive_files, \"/etc/x\") or "
            "proc.name in trusted_binaries) and tolower(fd.name) = val(proc.name)");
        const auto result = parse(condition);
        QVERIFY2(result.ok(), qPrintable(tree(condition)));

        const auto macros = macroReferences(*result.root);
        QCOMPARE(macros.size(), std::size_t(2));
        QCOMPARE(macros[0].name, QStringLiteral("open_write"));
        QCOMPARE(macros[0].offset, 0);
        QCOMPARE(macros[1].name, QStringLiteral("user_known_writers"));
        QCOMPARE(macros[1].offset, condition.indexOf(QStringLiteral("user_known_writers")));

        const auto lists = listCandidates(*result.root);
        QCOMPARE(lists.size(), std::size_t(2));
        QCOMPARE(lists[0].name, QStringLiteral("sensitive_files"));
        QCOMPARE(lists[0].offset, condition.indexOf(QStringLiteral("sensitive_files")));
        QCOMPARE(lists[1].name, QStringLiteral("trusted_binaries"));

        const auto fields = fieldNodes(*result.root);
        QStringList names;
        for (const auto *field : fields)
            names << field->text;
        QCOMPARE(names,
                 QStringList({QStringLiteral("fd.name"), QStringLiteral("proc.name"),
                              QStringLiteral("fd.name"), QStringLiteral("proc.name")}));
        QCOMPARE(fields[2]->offset, condition.indexOf(QStringLiteral("fd.name)")));
    }

    void malformedConditionsPointAtTheProblem_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("expectedWords");

        // Offsets counted by hand; "end" cases point one past the last character.
        QTest::newRow("empty") << "" << 0 << "empty";
        QTest::newRow("blank") << "   \n " << 0 << "empty";
        QTest::newRow("field without operator") << "proc.name" << 9 << "operator";
        QTest::newRow("unknown operator") << "proc.name like bash" << 10 << "operator";
        QTest::newRow("misspelt exists") << "proc.name exist" << 10 << "operator";
        QTest::newRow("missing value at end") << "proc.name =" << 11 << "string value";
        // As in libsinsp, a bare word after '=' is a value even when it reads "and".
        QTest::newRow("keyword taken as value") << "proc.name = and x" << 16 << "'and', 'or'";
        QTest::newRow("dangling and") << "proc.name = bash and" << 20 << "after 'and'";
        QTest::newRow("dangling or") << "a or " << 5 << "after 'or'";
        QTest::newRow("and and") << "a and and b" << 6 << "before 'and'";
        QTest::newRow("and or") << "a and or b" << 6 << "before 'or'";
        QTest::newRow("leading or") << "or a" << 0 << "before 'or'";
        QTest::newRow("unclosed parenthesis") << "(proc.name = bash" << 17 << "')'";
        QTest::newRow("unclosed inner parenthesis") << "a and (b or c" << 13 << "offset 6";
        QTest::newRow("parenthesis closed by garbage") << "(a b)" << 3 << "')'";
        QTest::newRow("stray closing parenthesis") << "proc.name = bash)" << 16 << "matching '('";
        QTest::newRow("extra closing parenthesis") << "(a))" << 3 << "matching '('";
        QTest::newRow("empty parentheses") << "()" << 1 << "before ')'";
        QTest::newRow("value then word") << "proc.name = x y" << 14 << "'and', 'or'";
        QTest::newRow("glued or") << "proc.name = bash orx" << 17 << "'and', 'or'";
        QTest::newRow("two quoted values") << "proc.name == \"x\" \"y\"" << 17 << "'and', 'or'";
        QTest::newRow("number starts a check") << "1 = 1" << 0 << "field check";
        QTest::newRow("operator starts a check") << "= bash" << 0 << "field check";
        QTest::newRow("non-ASCII identifier") << "proc.name = x and \u00fcber" << 18 << "field check";
        QTest::newRow("unterminated double quote") << "proc.name = \"bash" << 12 << "unterminated";
        QTest::newRow("unterminated single quote") << "proc.name = 'bash" << 12 << "unterminated";
        QTest::newRow("trailing backslash") << "proc.name = \"bash\\" << 12 << "unterminated";
        QTest::newRow("unknown escape") << "proc.name = \"a\\qb\"" << 14 << "escape";
        QTest::newRow("hex escape unsupported") << "proc.name = 'a\\x41'" << 14 << "escape";
        QTest::newRow("double-quote escape in single quotes") << "proc.name = 'a\\\"b'" << 14 << "escape";
        QTest::newRow("word where number expected") << "proc.pid > abc" << 11 << "number";
        QTest::newRow("number glued to letters") << "proc.pid > 10abc" << 11 << "number";
        QTest::newRow("hex without digits") << "proc.pid >= 0x" << 12 << "number";
        QTest::newRow("quoted number for numeric operator") << "proc.pid < '5'" << 11 << "number";
        QTest::newRow("unclosed list") << "proc.name in (a, b" << 18 << "',' or ')'";
        QTest::newRow("list without comma") << "proc.name in (a b)" << 16 << "',' or ')'";
        QTest::newRow("trailing comma in list") << "proc.name in (a,)" << 16 << "list item";
        QTest::newRow("list item unterminated") << "proc.name in (a, 'b)" << 17 << "unterminated";
        QTest::newRow("quoted string after in") << "proc.name in 'x'" << 13 << "list";
        QTest::newRow("nothing after in") << "proc.name in" << 12 << "list";
        QTest::newRow("list name then comma") << "proc.name in bash, sh" << 17 << "'and', 'or'";
        QTest::newRow("unclosed field argument") << "json.value[/a/b = 1" << 15 << "']'";
        QTest::newRow("empty field argument") << "json.value[] = 1" << 11 << "field argument";
        QTest::newRow("unterminated field argument") << "json.value['/a] = 1" << 11 << "unterminated";
        QTest::newRow("unknown transformer") << "upper(proc.name) = x" << 0 << "transformer";
        QTest::newRow("empty transformer") << "tolower() = x" << 8 << "field";
        QTest::newRow("unclosed transformer") << "tolower(proc.name = x" << 18 << "')'";
        QTest::newRow("transformer without operator") << "tolower(proc.name)" << 18 << "operator";
        QTest::newRow("val of a non-field") << "proc.name = val(bash)" << 16 << "field inside 'val('";
        QTest::newRow("unclosed val") << "proc.name = val(proc.pname" << 26 << "'val('";
        QTest::newRow("val on the left") << "val(proc.name) = x" << 0 << "transformer";
        QTest::newRow("lone not") << "not" << 3 << "after 'not'";
        QTest::newRow("not then blank") << "a and not " << 10 << "after 'not'";
        QTest::newRow("not then open parenthesis") << "not (" << 5 << "end of the condition";
    }

    void malformedConditionsPointAtTheProblem()
    {
        QFETCH(QString, condition);
        QFETCH(int, offset);
        QFETCH(QString, expectedWords);
        const auto result = parse(condition);
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("parsed as ") + tree(condition)));
        QVERIFY(result.root == nullptr);
        QVERIFY(result.error.has_value());
        QVERIFY2(result.error->message.contains(expectedWords),
                 qPrintable(QStringLiteral("message: ") + result.error->message));
        QCOMPARE(result.error->offset, qsizetype(offset));
    }

    void deepNestingIsRejectedClearly()
    {
        const int levels = ConditionParser::kDefaultMaxDepth + 1;
        const QString parens
            = QString(levels, QLatin1Char('(')) + QStringLiteral("a") + QString(levels, QLatin1Char(')'));
        const auto tooDeep = parse(parens);
        QVERIFY(!tooDeep.ok());
        QVERIFY2(tooDeep.error->message.contains(QStringLiteral("nests too deeply")),
                 qPrintable(tooDeep.error->message));
        QCOMPARE(tooDeep.error->offset, qsizetype(levels - 1)); // the parenthesis one past the limit

        const int allowed = ConditionParser::kDefaultMaxDepth;
        const QString fits
            = QString(allowed, QLatin1Char('(')) + QStringLiteral("a") + QString(allowed, QLatin1Char(')'));
        QVERIFY(parse(fits).ok());

        QString nots;
        for (int i = 0; i < levels; ++i)
            nots += QStringLiteral("not ");
        const auto tooManyNots = parse(nots + QStringLiteral("a"));
        QVERIFY(!tooManyNots.ok());
        QCOMPARE(tooManyNots.error->offset, qsizetype(4 * (levels - 1)));

        QString transformers = QStringLiteral("proc.name");
        for (int i = 0; i < levels; ++i)
            transformers = QStringLiteral("tolower(") + transformers + QLatin1Char(')');
        const auto tooManyTransformers = parse(transformers + QStringLiteral(" = x"));
        QVERIFY(!tooManyTransformers.ok());
        QVERIFY(tooManyTransformers.error->message.contains(QStringLiteral("nests too deeply")));

        // A stricter limit is honoured.
        QVERIFY(!ConditionParser(3).parse(QStringLiteral("((((a))))")).ok());
        QVERIFY(ConditionParser(3).parse(QStringLiteral("((a))")).ok());
    }

    void longFlatChainsDoNotRecurse()
    {
        QStringList terms;
        for (int i = 0; i < 50000; ++i)
            terms << QStringLiteral("proc.pid != %1").arg(i);
        const auto result = parse(terms.join(QStringLiteral(" and ")));
        QVERIFY(result.ok());
        QCOMPARE(result.root->children.size(), std::size_t(50000));
    }

    void randomInputNeverCrashes()
    {
        // Fragments of the grammar glued at random: most results are errors, all must be well formed.
        const QStringList pieces
            = {QStringLiteral("proc.name"), QStringLiteral(" "),        QStringLiteral("("),
               QStringLiteral(")"),         QStringLiteral("and"),      QStringLiteral("or"),
               QStringLiteral("not"),       QStringLiteral("not("),     QStringLiteral("="),
               QStringLiteral("!="),        QStringLiteral("<="),       QStringLiteral("in"),
               QStringLiteral("exists"),    QStringLiteral("contains"), QStringLiteral(","),
               QStringLiteral("\""),        QStringLiteral("'"),        QStringLiteral("\\"),
               QStringLiteral("["),         QStringLiteral("]"),        QStringLiteral("json.value[/a]"),
               QStringLiteral("tolower("),  QStringLiteral("val("),     QStringLiteral("0x1F"),
               QStringLiteral("1e5"),       QStringLiteral("-"),        QStringLiteral("macro_x"),
               QStringLiteral("\n"),        QString(QChar(0)),          QStringLiteral("\u00e9")};
        QRandomGenerator random(4); // fixed seed: a failure reproduces
        ConditionParser parser;
        int parsed = 0;
        for (int round = 0; round < 20000; ++round) {
            QString input;
            const int count = int(random.bounded(1, 16));
            for (int i = 0; i < count; ++i)
                input += pieces[int(random.bounded(qsizetype(pieces.size())))];
            const auto result = parser.parse(input);
            if (result.ok()) {
                ++parsed;
                QVERIFY(result.root->offset >= 0
                        && result.root->offset + result.root->length <= input.size());
            } else {
                QVERIFY(result.root == nullptr);
                QVERIFY2(result.error->offset >= 0 && result.error->offset <= input.size(),
                         qPrintable(input));
                QVERIFY(!result.error->message.isEmpty());
            }
        }
        QVERIFY(parsed > 0); // the generator does reach valid conditions too
    }
};

QTEST_GUILESS_MAIN(TestConditionParser)
#include "test_condition_parser.moc"

#include "core/rules/FieldCatalog.h"

#include <QSet>
#include <QTest>

using namespace tfdrift;

namespace {

QString describe(const QList<ConfigDiagnostic> &diagnostics)
{
    QStringList lines;
    for (const ConfigDiagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(QLatin1Char('\n'));
}

const QStringList kPluginSources = {
    QStringLiteral("aws_cloudtrail"), QStringLiteral("gcp_auditlog"), QStringLiteral("k8s_audit"),
    QStringLiteral("okta"),           QStringLiteral("github"),
};

} // namespace

class TestFieldCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalogsLoadCleanly();
    void everyIssueSourceIsKnown();
    void representativeFields_data();
    void representativeFields();
    void sharedFieldsFollowTheSource();
    void argumentRules_data();
    void argumentRules();
    void dottedArgumentForm();
    void unknownFieldSuggestions_data();
    void unknownFieldSuggestions();
    void noDuplicateNamesWithinASource();
    void extraFileAddsSourceAndFields();
    void errorsCarryFileLineColumn_data();
    void errorsCarryFileLineColumn();
    void redefiningAFieldInAnotherFileIsAnError();
};

void TestFieldCatalog::builtInCatalogsLoadCleanly()
{
    FieldCatalog catalog;
    QVERIFY2(catalog.loadBuiltIn(), qPrintable(describe(catalog.diagnostics())));
    QVERIFY2(catalog.diagnostics().isEmpty(), qPrintable(describe(catalog.diagnostics())));
    QCOMPARE(FieldCatalog::builtIn().diagnostics().size(), 0);
}

void TestFieldCatalog::everyIssueSourceIsKnown()
{
    const QStringList sources = FieldCatalog::builtIn().sources();
    QStringList expected = kPluginSources;
    expected.append(QStringLiteral("syscall"));
    expected.sort();
    QCOMPARE(sources, expected);
}

void TestFieldCatalog::representativeFields_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("isList");

    QTest::newRow("cloudtrail user") << "aws_cloudtrail"
                                     << "ct.user"
                                     << "string" << false;
    QTest::newRow("cloudtrail identity type") << "aws_cloudtrail"
                                              << "ct.user.identitytype"
                                              << "string" << false;
    QTest::newRow("s3 bucket") << "aws_cloudtrail"
                               << "s3.bucket"
                               << "string" << false;
    QTest::newRow("s3 byte count") << "aws_cloudtrail"
                                   << "s3.bytes"
                                   << "uint64" << false;
    QTest::newRow("ec2 image ids") << "aws_cloudtrail"
                                   << "ec2.imageids"
                                   << "string" << true;
    QTest::newRow("gcp method") << "gcp_auditlog"
                                << "gcp.methodName"
                                << "string" << false;
    QTest::newRow("k8s verb") << "k8s_audit"
                              << "ka.verb"
                              << "string" << false;
    QTest::newRow("k8s init container images") << "k8s_audit"
                                               << "ka.req.pod.initContainers.image"
                                               << "string" << true;
    QTest::newRow("okta event type") << "okta"
                                     << "okta.evt.type"
                                     << "string" << false;
    QTest::newRow("okta mfa failures") << "okta"
                                       << "okta.mfa.failure.countlast"
                                       << "uint64" << false;
    QTest::newRow("github repo public") << "github"
                                        << "github.repo.public"
                                        << "string" << false;
    QTest::newRow("syscall process name") << "syscall"
                                          << "proc.name"
                                          << "charbuf" << false;
    QTest::newRow("syscall remote address") << "syscall"
                                            << "fd.rip"
                                            << "ipaddr" << false;
    QTest::newRow("syscall network") << "syscall"
                                     << "fd.snet"
                                     << "ipnet" << false;
    QTest::newRow("syscall duration") << "syscall"
                                      << "proc.duration"
                                      << "relativetime" << false;
    QTest::newRow("syscall container id") << "syscall"
                                          << "container.id"
                                          << "string" << false;
}

void TestFieldCatalog::representativeFields()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(bool, isList);

    const FieldInfo *field = FieldCatalog::builtIn().field(source, name);
    QVERIFY2(field, qPrintable(name));
    QCOMPARE(field->name, name);
    QCOMPARE(field->type, type);
    QCOMPARE(field->isList, isList);
    QVERIFY(!field->description.isEmpty());
    QVERIFY(field->file.startsWith(QStringLiteral(":/fields/")));
    QVERIFY(field->line > 0);
}

void TestFieldCatalog::sharedFieldsFollowTheSource()
{
    const FieldCatalog &catalog = FieldCatalog::builtIn();
    // Every plugin source sees the generic evt.* fields and the json plugin's fields.
    for (const QString &source : kPluginSources) {
        QVERIFY2(catalog.field(source, QStringLiteral("evt.time.iso8601")), qPrintable(source));
        QVERIFY2(catalog.field(source, QStringLiteral("evt.plugininfo")), qPrintable(source));
        QVERIFY2(catalog.field(source, QStringLiteral("json.value")), qPrintable(source));
        QVERIFY2(catalog.field(source, QStringLiteral("jevt.value")), qPrintable(source));
        QVERIFY2(!catalog.field(source, QStringLiteral("proc.name")), qPrintable(source));
        QVERIFY2(!catalog.field(source, QStringLiteral("evt.type")), qPrintable(source));
    }
    // syscall has the generic evt.* fields plus its own, but no json plugin fields.
    QVERIFY(catalog.field(QStringLiteral("syscall"), QStringLiteral("evt.num")));
    QVERIFY(catalog.field(QStringLiteral("syscall"), QStringLiteral("evt.type")));
    QVERIFY(!catalog.field(QStringLiteral("syscall"), QStringLiteral("json.value")));
    // Sources do not leak into each other, and an unknown source has no fields at all.
    QVERIFY(!catalog.field(QStringLiteral("gcp_auditlog"), QStringLiteral("ct.user")));
    QVERIFY(!catalog.field(QStringLiteral("no_such_source"), QStringLiteral("evt.num")));
    QVERIFY(catalog.fields(QStringLiteral("no_such_source")).isEmpty());
}

void TestFieldCatalog::argumentRules_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hasArgument");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("json.value needs a pointer") << "aws_cloudtrail"
                                                << "json.value" << false << "" << false;
    QTest::newRow("json.value with pointer")
        << "aws_cloudtrail"
        << "json.value" << true << "/requestParameters/bucketName" << true;
    QTest::newRow("json.value empty brackets") << "aws_cloudtrail"
                                               << "json.value" << true << "" << false;
    QTest::newRow("ka.uri.param needs a key") << "k8s_audit"
                                              << "ka.uri.param" << false << "" << false;
    QTest::newRow("okta countlast needs seconds") << "okta"
                                                  << "okta.mfa.failure.countlast" << false << "" << false;
    QTest::newRow("proc.aname alone") << "syscall"
                                      << "proc.aname" << false << "" << true;
    QTest::newRow("proc.aname with index") << "syscall"
                                           << "proc.aname" << true << "2" << true;
    QTest::newRow("proc.aname with text") << "syscall"
                                          << "proc.aname" << true << "two" << false;
    QTest::newRow("proc.env with key") << "syscall"
                                       << "proc.env" << true << "HOME" << true;
    QTest::newRow("container.mount.dest by path")
        << "syscall"
        << "container.mount.dest" << true << "/var/run/docker.sock" << true;
    QTest::newRow("ct.user takes none") << "aws_cloudtrail"
                                        << "ct.user" << true << "1" << false;
    QTest::newRow("ct.user plain") << "aws_cloudtrail"
                                   << "ct.user" << false << "" << true;
}

void TestFieldCatalog::argumentRules()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QFETCH(bool, hasArgument);
    QFETCH(QString, argument);
    QFETCH(bool, accepted);

    const FieldInfo *field = FieldCatalog::builtIn().field(source, name);
    QVERIFY2(field, qPrintable(name));
    const QString problem = FieldCatalog::checkArgument(*field, hasArgument, argument);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    if (!accepted)
        QVERIFY2(problem.contains(name), qPrintable(problem));
}

void TestFieldCatalog::dottedArgumentForm()
{
    const FieldCatalog &catalog = FieldCatalog::builtIn();
    const std::optional<FieldReference> fd
        = catalog.resolve(QStringLiteral("syscall"), QStringLiteral("evt.arg.fd"));
    QVERIFY(fd);
    QCOMPARE(fd->field->name, QStringLiteral("evt.arg"));
    QCOMPARE(fd->dottedArgument, QStringLiteral("fd"));

    const std::optional<FieldReference> plain
        = catalog.resolve(QStringLiteral("syscall"), QStringLiteral("evt.args"));
    QVERIFY(plain);
    QCOMPARE(plain->field->name, QStringLiteral("evt.args"));
    QVERIFY(plain->dottedArgument.isEmpty());

    // Only fields that accept the dotted form get it: ct.user.bogus is not ct.user with an argument.
    QVERIFY(!catalog.resolve(QStringLiteral("aws_cloudtrail"), QStringLiteral("ct.user.bogus")));
    QVERIFY(!catalog.resolve(QStringLiteral("aws_cloudtrail"), QStringLiteral("ct.request.bucketname")));
}

void TestFieldCatalog::unknownFieldSuggestions_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ct.usr") << "aws_cloudtrail"
                            << "ct.usr"
                            << "ct.user";
    QTest::newRow("s3.buckets") << "aws_cloudtrail"
                                << "s3.buckets"
                                << "s3.bucket";
    QTest::newRow("wrong case") << "gcp_auditlog"
                                << "gcp.methodname"
                                << "gcp.methodName";
    QTest::newRow("swapped letters") << "syscall"
                                     << "proc.nmae"
                                     << "proc.name";
    QTest::newRow("shared field") << "okta"
                                  << "json.valeu"
                                  << "json.value";
}

void TestFieldCatalog::unknownFieldSuggestions()
{
    QFETCH(QString, source);
    QFETCH(QString, typed);
    QFETCH(QString, expected);

    const FieldCatalog &catalog = FieldCatalog::builtIn();
    QVERIFY(!catalog.field(source, typed));
    const QStringList suggestions = catalog.suggestions(source, typed);
    QVERIFY2(!suggestions.isEmpty(), qPrintable(typed));
    QCOMPARE(suggestions.first(), expected);
    QVERIFY(suggestions.size() <= 3);

    // Nothing remotely close: no suggestion rather than a random one.
    QVERIFY(catalog.suggestions(source, QStringLiteral("zzzz.qqqqqqqq")).isEmpty());
}

void TestFieldCatalog::noDuplicateNamesWithinASource()
{
    const FieldCatalog &catalog = FieldCatalog::builtIn();
    for (const QString &source : catalog.sources()) {
        const QList<const FieldInfo *> fields = catalog.fields(source);
        QVERIFY2(fields.size() > 20, qPrintable(source));
        QSet<QString> seen;
        for (const FieldInfo *field : fields) {
            QVERIFY2(!seen.contains(field->name), qPrintable(source + QLatin1Char(' ') + field->name));
            seen.insert(field->name);
        }
    }
}

void TestFieldCatalog::extraFileAddsSourceAndFields()
{
    FieldCatalog catalog;
    QVERIFY(catalog.loadBuiltIn());
    const QByteArray mine = "schema: 1\n"
                            "source: my_plugin\n"
                            "fields:\n"
                            "  - name: my.thing\n"
                            "    type: string\n"
                            "    arg: key\n"
                            "    arg_required: true\n"
                            "    desc: A thing.\n";
    QVERIFY2(catalog.loadText(mine, QStringLiteral("my.yaml")), qPrintable(describe(catalog.diagnostics())));
    QVERIFY(catalog.hasSource(QStringLiteral("my_plugin")));
    const FieldInfo *thing = catalog.field(QStringLiteral("my_plugin"), QStringLiteral("my.thing"));
    QVERIFY(thing);
    QCOMPARE(thing->argKind, FieldArgKind::Key);
    QVERIFY(thing->argRequired);
    // A new plugin source gets the shared plugin fields too.
    QVERIFY(catalog.field(QStringLiteral("my_plugin"), QStringLiteral("json.obj")));

    const QByteArray more = "schema: 1\n"
                            "source: aws_cloudtrail\n"
                            "fields:\n"
                            "  - name: ct.newfield\n"
                            "    type: string\n"
                            "    desc: Something a newer plugin extracts.\n";
    QVERIFY(catalog.loadText(more, QStringLiteral("more.yaml")));
    QVERIFY(catalog.field(QStringLiteral("aws_cloudtrail"), QStringLiteral("ct.newfield")));
    QVERIFY(catalog.field(QStringLiteral("aws_cloudtrail"), QStringLiteral("ct.user")));
}

void TestFieldCatalog::errorsCarryFileLineColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    const QByteArray head = "schema: 1\nsource: x\nfields:\n";
    QTest::newRow("unknown type") << head + "  - name: x.a\n    type: text\n    desc: d\n"
                                  << 5 << 11 << "text";
    QTest::newRow("bad argument kind")
        << head + "  - name: x.a\n    type: string\n    arg: number\n    desc: d\n"
        << 6 << 10 << "arg";
    QTest::newRow("missing description") << head + "  - name: x.a\n    type: string\n" << 4 << 5 << "desc";
    QTest::newRow("not a field name") << head + "  - name: plain\n    type: string\n    desc: d\n"
                                      << 4 << 11 << "plain";
    QTest::newRow("duplicate in one file")
        << head + "  - name: x.a\n    type: string\n    desc: d\n  - name: x.a\n    type: bool\n    desc: e\n"
        << 7 << 11 << "line 4";
    QTest::newRow("yaml syntax") << QByteArray("schema: 1\nsource: x\nfields: [\n  - name: x.a\n") << 4 << 3
                                 << "YAML";
    QTest::newRow("wrong schema") << QByteArray("schema: 2\nsource: x\nfields: []\n") << 1 << 9 << "schema";
    QTest::newRow("required argument without arg")
        << head + "  - name: x.a\n    type: string\n    arg_required: true\n    desc: d\n"
        << 4 << 5 << "arg_required";
}

void TestFieldCatalog::errorsCarryFileLineColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    FieldCatalog catalog;
    QVERIFY(!catalog.loadText(text, QStringLiteral("bad.yaml")));
    QVERIFY(hasErrors(catalog.diagnostics()));
    const ConfigDiagnostic &first = catalog.diagnostics().first();
    QCOMPARE(first.file, QStringLiteral("bad.yaml"));
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QVERIFY2(first.message.contains(messagePart), qPrintable(first.toString()));
    QVERIFY(first.toString().startsWith(QStringLiteral("bad.yaml:%1:%2:").arg(line).arg(column)));
}

void TestFieldCatalog::redefiningAFieldInAnotherFileIsAnError()
{
    FieldCatalog catalog;
    QVERIFY(catalog.loadBuiltIn());
    const QByteArray again = "schema: 1\n"
                             "source: aws_cloudtrail\n"
                             "fields:\n"
                             "  - name: ct.user\n"
                             "    type: uint64\n"
                             "    desc: Not really.\n";
    QVERIFY(!catalog.loadText(again, QStringLiteral("again.yaml")));
    const ConfigDiagnostic &error = catalog.diagnostics().last();
    QCOMPARE(error.file, QStringLiteral("again.yaml"));
    QCOMPARE(error.line, 4);
    QVERIFY2(error.message.contains(QStringLiteral(":/fields/aws_cloudtrail.yaml")),
             qPrintable(error.message));
    // The first definition stays.
    QCOMPARE(catalog.field(QStringLiteral("aws_cloudtrail"), QStringLiteral("ct.user"))->type,
             QStringLiteral("string"));
}

QTEST_GUILESS_MAIN(TestFieldCatalog)
#include "test_field_catalog.moc"

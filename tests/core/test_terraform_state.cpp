#include "core/state/TerraformState.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace tfdrift;

namespace {
QString fixturePath(const QString &name)
{
    return qEnvironmentVariable("TFDRIFT_SOURCE_DIR") + QStringLiteral("/tests/core/fixtures/state/") + name;
}

QByteArray readFixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

std::optional<TerraformState> parseFixture(const QString &name, QString *error,
                                           const QString &stateName = QStringLiteral("prod"),
                                           const QString &environment = QStringLiteral("production"))
{
    return parseTerraformState(readFixture(name), name, stateName, environment, error);
}

const TerraformResource *byAddress(const TerraformState &state, const QString &address)
{
    for (const TerraformResource &resource : state.resources) {
        if (resource.address == address)
            return &resource;
    }
    return nullptr;
}

QStringList addresses(const TerraformState &state)
{
    QStringList list;
    for (const TerraformResource &resource : state.resources)
        list.append(resource.address);
    return list;
}

// Everything a table or a notification could show of a state.
QByteArray everythingShown(const TerraformState &state)
{
    QByteArray all;
    for (const TerraformResource &resource : state.resources)
        all += QJsonDocument(resource.attributes).toJson(QJsonDocument::Compact);
    return all;
}

QString parseError(const QByteArray &json, const QString &fileName = QStringLiteral("bad.tfstate"))
{
    QString error;
    const std::optional<TerraformState> state
        = parseTerraformState(json, fileName, QStringLiteral("bad"), QString(), &error);
    if (state)
        return QStringLiteral("<parsed>");
    return error;
}
} // namespace

class TestTerraformState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTerraformStateHeader()
    {
        QString error;
        const auto state = parseFixture(QStringLiteral("prod-aws.tfstate"), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->version, 4);
        QCOMPARE(state->terraformVersion, QStringLiteral("1.6.6"));
        QCOMPARE(state->serial, 42);
        QCOMPARE(state->lineage, QStringLiteral("5b8e2f4c-1d3a-4c7e-9a61-0f2b7d9e3c11"));
    }

    void oneResourcePerManagedInstanceWithItsFullAddress()
    {
        QString error;
        const auto state = parseFixture(QStringLiteral("prod-aws.tfstate"), &error);
        QVERIFY2(state, qPrintable(error));
        // data.aws_ami.ubuntu is a data source and the deposed aws_instance.replaced object is on
        // its way out: neither is a managed resource to watch.
        const QStringList expected = {
            QStringLiteral("aws_db_instance.main"),
            QStringLiteral("aws_iam_role.r[\"admin\"]"),
            QStringLiteral("aws_iam_role.r[\"read-only\"]"),
            QStringLiteral("aws_instance.web"),
            QStringLiteral("aws_s3_bucket.logs"),
            QStringLiteral("aws_s3_bucket_public_access_block.logs"),
            QStringLiteral("module.net.aws_security_group.ssh[0]"),
            QStringLiteral("module.net.aws_security_group.ssh[1]"),
            QStringLiteral("module.net.aws_security_group_rule.https"),
            QStringLiteral("module.app[\"blue\"].module.queue.aws_sqs_queue.jobs"),
            QStringLiteral("aws_instance.replaced"),
        };
        QCOMPARE(addresses(*state), expected);

        const TerraformResource *group
            = byAddress(*state, QStringLiteral("module.net.aws_security_group.ssh[1]"));
        QVERIFY(group);
        QCOMPARE(group->type, QStringLiteral("aws_security_group"));
        QCOMPARE(group->name, QStringLiteral("ssh"));
        QCOMPARE(group->module, QStringLiteral("module.net"));
        QCOMPARE(group->provider, QStringLiteral("registry.terraform.io/hashicorp/aws"));
        QCOMPARE(group->attributes.value(QStringLiteral("id")).toString(),
                 QStringLiteral("sg-0fedcba9876543210"));
        QCOMPARE(group->stateName, QStringLiteral("prod"));
        QCOMPARE(group->environment, QStringLiteral("production"));

        const TerraformResource *replaced = byAddress(*state, QStringLiteral("aws_instance.replaced"));
        QVERIFY(replaced);
        QCOMPARE(replaced->attributes.value(QStringLiteral("id")).toString(),
                 QStringLiteral("i-0new000000000000a"));

        // A provider alias (`.east`) does not change which provider it is.
        const TerraformResource *queue
            = byAddress(*state, QStringLiteral("module.app[\"blue\"].module.queue.aws_sqs_queue.jobs"));
        QVERIFY(queue);
        QCOMPARE(queue->provider, QStringLiteral("registry.terraform.io/hashicorp/aws"));
        QCOMPARE(queue->module, QStringLiteral("module.app[\"blue\"].module.queue"));
        QCOMPARE(queue->attributes.value(QStringLiteral("visibility_timeout_seconds")).toInt(), 30);
    }

    void readsOpenTofuStateWithForEachKeysInModules()
    {
        QString error;
        const auto state = parseFixture(QStringLiteral("staging-aws.opentofu.tfstate"), &error,
                                        QStringLiteral("staging"), QStringLiteral("staging"));
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->serial, 7);
        QCOMPARE(state->terraformVersion, QStringLiteral("1.7.2"));
        QCOMPARE(state->resources.size(), 6);
        const TerraformResource *uploads
            = byAddress(*state, QStringLiteral("module.buckets.aws_s3_bucket.this[\"uploads\"]"));
        QVERIFY(uploads);
        QCOMPARE(uploads->provider, QStringLiteral("registry.opentofu.org/hashicorp/aws"));
        QCOMPARE(uploads->attributes.value(QStringLiteral("bucket")).toString(),
                 QStringLiteral("acme-staging-uploads"));
        QCOMPARE(uploads->environment, QStringLiteral("staging"));
        QVERIFY(byAddress(*state, QStringLiteral("module.buckets.aws_s3_bucket.this[\"assets\"]")));
        QVERIFY(!byAddress(*state, QStringLiteral("data.aws_caller_identity.current")));
    }

    void masksSensitiveAttributes()
    {
        QString error;
        const auto prod = parseFixture(QStringLiteral("prod-aws.tfstate"), &error);
        QVERIFY2(prod, qPrintable(error));
        const TerraformResource *web = byAddress(*prod, QStringLiteral("aws_instance.web"));
        QVERIFY(web);
        QCOMPARE(web->attributes.value(QStringLiteral("user_data")).toString(),
                 QStringLiteral("(sensitive)"));
        QCOMPARE(web->sensitiveAttributes, QStringList{QStringLiteral("user_data")});
        QCOMPARE(web->attributes.value(QStringLiteral("instance_type")).toString(),
                 QStringLiteral("t3.micro"));
        QCOMPARE(web->attributes.value(QStringLiteral("disable_api_termination")).toBool(), true);

        // The provider's schema marks a database password sensitive even when the state lists no
        // sensitive path for it.
        const TerraformResource *db = byAddress(*prod, QStringLiteral("aws_db_instance.main"));
        QVERIFY(db);
        QCOMPARE(db->attributes.value(QStringLiteral("password")).toString(), QStringLiteral("(sensitive)"));
        QVERIFY(db->sensitiveAttributes.contains(QStringLiteral("password")));
        QCOMPARE(db->attributes.value(QStringLiteral("username")).toString(), QStringLiteral("app"));

        const auto staging = parseFixture(QStringLiteral("staging-aws.opentofu.tfstate"), &error);
        QVERIFY2(staging, qPrintable(error));
        // A path into a nested map masks the whole top-level attribute.
        const TerraformResource *lambda
            = byAddress(*staging, QStringLiteral("aws_lambda_function.thumbnailer"));
        QVERIFY(lambda);
        QCOMPARE(lambda->attributes.value(QStringLiteral("environment")).toString(),
                 QStringLiteral("(sensitive)"));
        QCOMPARE(lambda->sensitiveAttributes, QStringList{QStringLiteral("environment")});
        QCOMPARE(lambda->attributes.value(QStringLiteral("memory_size")).toInt(), 256);
        const TerraformResource *parameter = byAddress(*staging, QStringLiteral("aws_ssm_parameter.db_url"));
        QVERIFY(parameter);
        QCOMPARE(parameter->attributes.value(QStringLiteral("value")).toString(),
                 QStringLiteral("(sensitive)"));

        // No secret from either file survives anywhere in the parsed resources.
        const QByteArray shown = everythingShown(*prod) + everythingShown(*staging);
        for (const char *secret : {"c2VjcmV0LWJvb3RzdHJhcC10b2tlbg==", "plain-text-from-a-variable",
                                   "tok-3f9a", "s3cret", "hunter2"})
            QVERIFY2(!shown.contains(secret), secret);
    }

    void nullSensitiveValueStaysNull()
    {
        QString error;
        const auto gcp = parseFixture(QStringLiteral("gcp.tfstate"), &error);
        QVERIFY2(gcp, qPrintable(error));
        const TerraformResource *sql = byAddress(*gcp, QStringLiteral("google_sql_database_instance.main"));
        QVERIFY(sql);
        QVERIFY(sql->attributes.value(QStringLiteral("root_password")).isNull());
    }

    void quotesStringKeysAsTerraformDoes()
    {
        // Not a raw string: moc misreads \" inside one.
        const QByteArray json
            = "{\"version\": 4, \"serial\": 1, \"resources\": ["
              "{\"mode\": \"managed\", \"type\": \"aws_iam_user\", \"name\": \"u\","
              " \"provider\": \"provider.aws\", \"instances\": ["
              "{\"index_key\": \"quote\\\"back\\\\slash\", \"attributes\": {\"id\": \"a\"}},"
              "{\"index_key\": \"${not_a_template}\", \"attributes\": {\"id\": \"b\"}},"
              "{\"index_key\": \"line\\nbreak\", \"attributes\": {\"id\": \"c\"}}]}]}";
        QString error;
        const auto state = parseTerraformState(json, QStringLiteral("keys.tfstate"), QStringLiteral("k"),
                                               QString(), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(addresses(*state),
                 (QStringList{QStringLiteral("aws_iam_user.u[\"quote\\\"back\\\\slash\"]"),
                              QStringLiteral("aws_iam_user.u[\"$${not_a_template}\"]"),
                              QStringLiteral("aws_iam_user.u[\"line\\nbreak\"]")}));
        // Terraform 0.12 wrote legacy provider addresses.
        QCOMPARE(state->resources.first().provider, QStringLiteral("aws"));
    }

    void readsLegacyFlatAttributes()
    {
        const QByteArray json = R"({"version": 4, "serial": 2, "resources": [
            {"mode": "managed", "type": "aws_vpc", "name": "main",
             "provider": "registry.terraform.io/hashicorp/aws",
             "instances": [{"schema_version": 1,
                            "attributes_flat": {"id": "vpc-0a1b", "cidr_block": "10.0.0.0/16", "tags.%": "0"}}]}]})";
        QString error;
        const auto state = parseTerraformState(json, QStringLiteral("flat.tfstate"), QStringLiteral("f"),
                                               QString(), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->resources.size(), 1);
        QCOMPARE(state->resources.first().attributes.value(QStringLiteral("cidr_block")).toString(),
                 QStringLiteral("10.0.0.0/16"));
    }

    void syntaxErrorCarriesLineAndColumn()
    {
        QString error;
        QVERIFY(!parseFixture(QStringLiteral("broken-syntax.tfstate"), &error));
        // Line 5 is `    {"mode": "managed", "type": "aws_instance" "name": "web"}`: the comma
        // before "name" is missing, so the parser stops at that quote, column 48.
        QVERIFY2(error.startsWith(QStringLiteral("broken-syntax.tfstate:5:48: error: ")), qPrintable(error));
    }

    void columnsCountCharactersNotBytes()
    {
        // Line 2: `  "lineage": "ü" "serial": 1`; ü takes two bytes in UTF-8, one column in an editor.
        const QString error = parseError("{\n  \"lineage\": \"\xC3\xBC\" \"serial\": 1\n}");
        QVERIFY2(error.startsWith(QStringLiteral("bad.tfstate:2:18: error: ")), qPrintable(error));
    }

    void truncatedFileIsAnErrorAtItsEnd()
    {
        const QByteArray full = readFixture(QStringLiteral("prod-aws.tfstate"));
        const QByteArray truncated = full.left(full.indexOf("\"aws_iam_role\"") + 5);
        const int lastLine = int(truncated.count('\n')) + 1;
        const QString error = parseError(truncated, QStringLiteral("prod.tfstate"));
        QVERIFY2(error.startsWith(QStringLiteral("prod.tfstate:%1:").arg(lastLine)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(": error: ")), qPrintable(error));
    }

    void rejectsOldAndMissingVersions()
    {
        QString error;
        QVERIFY(!parseFixture(QStringLiteral("version3.tfstate"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("version3.tfstate: error: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("version 3")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("0.12")), qPrintable(error));

        QVERIFY(
            parseError(R"({"serial": 1, "resources": []})").contains(QStringLiteral("missing \"version\"")));
        QVERIFY(parseError(R"({"version": "4", "resources": []})").contains(QStringLiteral("\"version\"")));
        QVERIFY(parseError(R"({"version": 5, "resources": []})").contains(QStringLiteral("version 5")));
    }

    void rejectsWhatIsNotAStateObject()
    {
        for (const QByteArray &json :
             {QByteArray("[]"), QByteArray("null"), QByteArray("\"version 4\""), QByteArray("42")}) {
            const QString error = parseError(json);
            QVERIFY2(error.startsWith(QStringLiteral("bad.tfstate"))
                         && error.contains(QStringLiteral("object")),
                     qPrintable(error));
        }
        QVERIFY(parseError("").contains(QStringLiteral("empty")));
        QVERIFY(parseError(" \n\t ").contains(QStringLiteral("empty")));
        const QString encrypted = parseError(R"({"serial": 3, "lineage": "x", "meta": {},
            "encrypted_data": "c2VjcmV0", "encryption_version": "v0"})");
        QVERIFY2(encrypted.contains(QStringLiteral("encrypted"))
                     && encrypted.contains(QStringLiteral("tofu")),
                 qPrintable(encrypted));
    }

    void wrongTypesNameTheOffendingPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("resources not an array") << QByteArray(R"({"version": 4, "resources": {}})")
                                                << QStringList{QStringLiteral("\"resources\"")};
        QTest::newRow("resource not an object") << QByteArray(R"({"version": 4, "resources": [7]})")
                                                << QStringList{QStringLiteral("resources[0]")};
        QTest::newRow("mode missing")
            << QByteArray(
                   R"({"version": 4, "resources": [{"type": "aws_vpc", "name": "a", "instances": []}]})")
            << QStringList{QStringLiteral("resources[0]"), QStringLiteral("\"mode\"")};
        QTest::newRow("type not a string")
            << QByteArray(R"({"version": 4, "resources": [{"mode": "managed", "type": 3, "name": "a"}]})")
            << QStringList{QStringLiteral("resources[0]"), QStringLiteral("\"type\"")};
        QTest::newRow("instances not an array") << QByteArray(
            R"({"version": 4, "resources": [{"mode": "data", "type": "aws_ami", "name": "x", "instances": []},
                       {"mode": "managed", "type": "aws_vpc", "name": "a", "instances": "x"}]})")
                                                << QStringList{QStringLiteral("resources[1]"),
                                                               QStringLiteral("aws_vpc.a"),
                                                               QStringLiteral("\"instances\"")};
        QTest::newRow("index_key a boolean")
            << QByteArray(R"({"version": 4, "resources": [{"mode": "managed", "type": "aws_vpc", "name": "a",
                             "instances": [{"attributes": {}}, {"index_key": true, "attributes": {}}]}]})")
            << QStringList{QStringLiteral("instances[1]"), QStringLiteral("\"index_key\"")};
        QTest::newRow("attributes a string")
            << QByteArray(R"({"version": 4, "resources": [{"mode": "managed", "type": "aws_vpc", "name": "a",
                             "instances": [{"index_key": 2, "attributes": "id=vpc-1"}]}]})")
            << QStringList{QStringLiteral("aws_vpc.a[2]"), QStringLiteral("\"attributes\"")};
        QTest::newRow("sensitive_attributes an object")
            << QByteArray(R"({"version": 4, "resources": [{"mode": "managed", "type": "aws_vpc", "name": "a",
                             "instances": [{"attributes": {}, "sensitive_attributes": {}}]}]})")
            << QStringList{QStringLiteral("\"sensitive_attributes\"")};
        QTest::newRow("serial a string")
            << QByteArray(R"({"version": 4, "serial": "12"})") << QStringList{QStringLiteral("\"serial\"")};
    }

    void wrongTypesNameTheOffendingPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        const QString error = parseError(json);
        QVERIFY2(error.startsWith(QStringLiteral("bad.tfstate: error: ")), qPrintable(error));
        for (const QString &mention : mentions)
            QVERIFY2(error.contains(mention), qPrintable(error + QStringLiteral(" lacks ") + mention));
    }

    void garbageNeverCrashes()
    {
        // Every prefix-cut of a real state, and random bytes: each gives an error, none a crash.
        const QByteArray full = readFixture(QStringLiteral("staging-aws.opentofu.tfstate"));
        for (qsizetype cut = 0; cut < full.size() - 2; cut += 5) {
            const QString error = parseError(full.left(cut));
            QVERIFY2(error.startsWith(QStringLiteral("bad.tfstate")), qPrintable(error));
        }
        QRandomGenerator random(20240601);
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes(random.bounded(1, 400), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            if (round % 2)
                bytes.prepend(R"({"version": 4, "resources": [{"mode": "managed", )");
            QVERIFY(!parseError(bytes).isEmpty());
        }
        QVERIFY(!parseError(QByteArray(100000, '[')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTerraformState)
#include "test_terraform_state.moc"

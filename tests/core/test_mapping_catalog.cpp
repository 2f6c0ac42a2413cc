#include "core/mapping/MappingCatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tfdrift;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("TFDRIFT_SOURCE_DIR");
}

QString fixturePath(const QString &name)
{
    return sourceDir() + QLatin1String("/tests/core/fixtures/mappings/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString describe(const EventMapping &mapping)
{
    return QStringLiteral("%1 %2 (%3)").arg(mapping.eventSource, mapping.eventName, mapping.origin);
}

// Written from RFC 6901 and the roots listed in EventMapping.h, independently of the loader.
QString pointerProblem(const QString &pointer, CloudProvider provider, bool isId)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return QStringLiteral("does not start with /");
    static const QRegularExpression badEscape(QStringLiteral("~(?![01])"));
    if (badEscape.match(pointer).hasMatch())
        return QStringLiteral("has a ~ not followed by 0 or 1");
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    const QString root = tokens.constFirst();
    if (root == QLatin1String("request"))
        return {};
    if (root == QLatin1String("response") && provider == CloudProvider::Aws)
        return {};
    if (root == QLatin1String("resource") && provider == CloudProvider::Gcp && isId && tokens.size() == 1)
        return {};
    return QStringLiteral("has no valid root for %1").arg(providerName(provider));
}

struct Position {
    int line = 0;
    int column = 0;
};

// 1-based line and column of needle in text, plus offset characters into it.
Position positionOf(const QByteArray &text, const QByteArray &needle, int offset = 0)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        qFatal("fixture lacks %s", needle.constData());
    const qsizetype target = at + offset;
    const qsizetype lineStart = text.lastIndexOf('\n', target - 1) + 1;
    return {int(text.left(target).count('\n')) + 1, int(target - lineStart) + 1};
}

const ConfigDiagnostic *diagnosticAt(const QList<ConfigDiagnostic> &diagnostics,
                                     ConfigDiagnostic::Severity severity, Position position)
{
    for (const ConfigDiagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == severity && diagnostic.line == position.line
            && diagnostic.column == position.column)
            return &diagnostic;
    }
    return nullptr;
}

QString joined(const QList<ConfigDiagnostic> &diagnostics)
{
    QStringList lines;
    for (const ConfigDiagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(QLatin1Char('\n'));
}

// CloudTrail logs a few calls under names other than the API operation's.
QString operationOf(const QString &eventSource, const QString &eventName)
{
    if (eventSource == QLatin1String("lambda.amazonaws.com")) {
        // CreateFunction20150331, UpdateFunctionConfiguration20150331v2
        static const QRegularExpression apiVersion(QStringLiteral("20\\d{6}(v\\d+)?$"));
        return QString(eventName).remove(apiVersion);
    }
    if (eventSource == QLatin1String("s3.amazonaws.com")) {
        static const QHash<QString, QString> cloudTrailOnly = {
            {QStringLiteral("PutBucketPublicAccessBlock"), QStringLiteral("PutPublicAccessBlock")},
            {QStringLiteral("GetBucketPublicAccessBlock"), QStringLiteral("GetPublicAccessBlock")},
            {QStringLiteral("DeleteBucketPublicAccessBlock"), QStringLiteral("DeletePublicAccessBlock")},
        };
        return cloudTrailOnly.value(eventName, eventName);
    }
    return eventName;
}

QString metadataValue(const QByteArray &head, const char *key)
{
    const QRegularExpression pattern(QStringLiteral("\"%1\"\\s*:\\s*\"([^\"]+)\"").arg(QLatin1String(key)));
    return pattern.match(QString::fromUtf8(head)).captured(1);
}

} // namespace

class TestMappingCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInCatalogsLoadCleanly();
    void builtInCatalogsAreLargeEnough();
    void builtInFilesListEachKeyOnce();
    void everyEntryHasTypeActionAndIds();
    void everyPointerIsWellFormed();
    void everyCollisionIsResolvedBySource();
    void listedCollisions_data();
    void listedCollisions();
    void emptyOrUnknownSourceFallsBack();
    void cloudTrailOnlyNames();
    void attributesOfMostUsedCalls_data();
    void attributesOfMostUsedCalls();
    void gcpMethods();
    void userFileOverridesAndExtends();
    void overrideKeepsOrDropsTheDefault();
    void loaderErrorsCarryLineAndColumn();
    void badFilesAreReportedNotCrashed();
    void awsNamesAreRealBotocoreOperations();
    void lookupsAreHashed();

private:
    MappingCatalog m_builtIn;
    QList<ConfigDiagnostic> m_builtInDiagnostics;
};

void TestMappingCatalog::initTestCase()
{
    QVERIFY2(!sourceDir().isEmpty(), "TFDRIFT_SOURCE_DIR is not set");
    QElapsedTimer timer;
    timer.start();
    m_builtIn = MappingCatalog::builtIn(&m_builtInDiagnostics);
    qInfo("built-in catalogs: %d entries loaded in %lld ms", m_builtIn.size(), timer.elapsed());
}

void TestMappingCatalog::builtInCatalogsLoadCleanly()
{
    QVERIFY2(m_builtInDiagnostics.isEmpty(), qPrintable(joined(m_builtInDiagnostics)));
    QVERIFY(m_builtIn.size() > 0);
    QCOMPARE(m_builtIn.size(), int(m_builtIn.entries().size()));
}

void TestMappingCatalog::builtInCatalogsAreLargeEnough()
{
    QSet<QString> awsNames;
    QSet<QString> awsTypes;
    QSet<QString> gcpMethods;
    QSet<QString> gcpTypes;
    int awsMutatingWithAttributes = 0;
    int gcpMutatingWithAttributes = 0;
    for (const EventMapping &mapping : m_builtIn.entries()) {
        const bool mutatingWithAttributes
            = mapping.action != ApiAction::Delete && !mapping.attributes.isEmpty();
        if (mapping.provider == CloudProvider::Aws) {
            awsNames.insert(mapping.eventName);
            awsTypes.insert(mapping.resourceType);
            awsMutatingWithAttributes += mutatingWithAttributes;
        } else {
            gcpMethods.insert(mapping.eventName);
            gcpTypes.insert(mapping.resourceType);
            gcpMutatingWithAttributes += mutatingWithAttributes;
        }
    }
    qInfo("AWS: %lld eventNames over %lld resource types, %d mutating calls with attribute setters",
          qint64(awsNames.size()), qint64(awsTypes.size()), awsMutatingWithAttributes);
    qInfo("GCP: %lld methods over %lld resource types, %d mutating calls with attribute setters",
          qint64(gcpMethods.size()), qint64(gcpTypes.size()), gcpMutatingWithAttributes);
    QVERIFY(awsNames.size() >= 500);
    QVERIFY(awsTypes.size() >= 150);
    QVERIFY(gcpMethods.size() >= 200);
    QVERIFY(awsMutatingWithAttributes >= 80);
}

void TestMappingCatalog::builtInFilesListEachKeyOnce()
{
    // A repeated key would silently replace the earlier entry on load, so the number of entries
    // written in each file must equal the number the catalog ends up with.
    static const QRegularExpression entryLine(QStringLiteral("^\\s*- name:"),
                                              QRegularExpression::MultilineOption);
    for (const CloudProvider provider : {CloudProvider::Aws, CloudProvider::Gcp}) {
        const QString file = sourceDir() + QLatin1String("/resources/mappings/") + providerName(provider)
            + QLatin1String(".yaml");
        const QString text = QString::fromUtf8(readFile(file));
        qsizetype written = 0;
        for (auto it = entryLine.globalMatch(text); it.hasNext(); it.next())
            ++written;
        qsizetype loaded = 0;
        QSet<QString> keys;
        for (const EventMapping &mapping : m_builtIn.entries()) {
            if (mapping.provider != provider)
                continue;
            ++loaded;
            keys.insert(mapping.eventName + QLatin1Char(' ') + mapping.eventSource);
        }
        QCOMPARE(loaded, written);
        QCOMPARE(qsizetype(keys.size()), loaded);
    }
}

void TestMappingCatalog::everyEntryHasTypeActionAndIds()
{
    static const QRegularExpression awsType(QStringLiteral("^aws_[a-z0-9_]+$"));
    static const QRegularExpression googleType(QStringLiteral("^google_[a-z0-9_]+$"));
    static const QRegularExpression attributeName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const EventMapping &mapping : m_builtIn.entries()) {
        const bool aws = mapping.provider == CloudProvider::Aws;
        QVERIFY2((aws ? awsType : googleType).match(mapping.resourceType).hasMatch(),
                 qPrintable(describe(mapping)));
        QVERIFY2(aws != mapping.eventSource.isEmpty(), qPrintable(describe(mapping)));
        QVERIFY2(!mapping.idPointers.isEmpty(), qPrintable(describe(mapping)));
        QVERIFY2(QStringList({QStringLiteral("create"), QStringLiteral("modify"), QStringLiteral("delete")})
                     .contains(apiActionName(mapping.action)),
                 qPrintable(describe(mapping)));
        QVERIFY2(!mapping.origin.isEmpty(), qPrintable(describe(mapping)));
        for (const AttributeSetter &setter : mapping.attributes)
            QVERIFY2(attributeName.match(setter.attribute).hasMatch(), qPrintable(describe(mapping)));
    }
    QCOMPARE(apiActionName(ApiAction::Create), QStringLiteral("create"));
    QCOMPARE(apiActionName(ApiAction::Modify), QStringLiteral("modify"));
    QCOMPARE(apiActionName(ApiAction::Delete), QStringLiteral("delete"));
}

void TestMappingCatalog::everyPointerIsWellFormed()
{
    int checked = 0;
    for (const EventMapping &mapping : m_builtIn.entries()) {
        for (const QString &pointer : mapping.idPointers) {
            const QString problem = pointerProblem(pointer, mapping.provider, true);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(describe(mapping) + QLatin1Char(' ') + pointer + QLatin1Char(' ') + problem));
            ++checked;
        }
        for (const AttributeSetter &setter : mapping.attributes) {
            const QString problem = pointerProblem(setter.pointer, mapping.provider, false);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(describe(mapping) + QLatin1Char(' ') + setter.pointer + QLatin1Char(' ')
                                + problem));
            ++checked;
        }
    }
    qInfo("%d pointers checked", checked);
}

void TestMappingCatalog::everyCollisionIsResolvedBySource()
{
    QHash<QString, QList<const EventMapping *>> byName;
    for (const EventMapping &mapping : m_builtIn.entries()) {
        if (mapping.provider == CloudProvider::Aws)
            byName[mapping.eventName].append(&mapping);
    }
    int collisions = 0;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const QList<const EventMapping *> &sharing = it.value();
        if (sharing.size() < 2)
            continue;
        ++collisions;
        QSet<QString> sources;
        QSet<QString> types;
        for (const EventMapping *mapping : sharing) {
            sources.insert(mapping->eventSource);
            types.insert(mapping->resourceType);
            QCOMPARE(m_builtIn.find(CloudProvider::Aws, mapping->eventName, mapping->eventSource), mapping);
        }
        QVERIFY2(sources.size() == sharing.size(), qPrintable(it.key()));
        // Each service's call of that name touches its own kind of resource.
        QVERIFY2(types.size() == sharing.size(), qPrintable(it.key()));
    }
    qInfo("%d eventNames are shared by several eventSources", collisions);
    QVERIFY(collisions >= 4);
}

void TestMappingCatalog::listedCollisions_data()
{
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("eventSource");
    QTest::addColumn<QString>("resourceType"); // empty: no entry may answer

    const auto row = [](const char *name, const char *source, const char *type) {
        QTest::addRow("%s@%s", name, source)
            << QString::fromLatin1(name) << QString::fromLatin1(source) + QLatin1String(".amazonaws.com")
            << QString::fromLatin1(type);
    };
    for (const char *verb : {"Create", "Update", "Delete"}) {
        const QByteArray alias = QByteArray(verb) + "Alias";
        row(alias.constData(), "kms", "aws_kms_alias");
        row(QByteArray(alias + "20150331").constData(), "lambda", "aws_lambda_alias");
        // Lambda logs its alias calls with the API version only; KMS's entry must not answer.
        row(alias.constData(), "lambda", "");
        const QByteArray table = QByteArray(verb) + "Table";
        row(table.constData(), "dynamodb", "aws_dynamodb_table");
        row(table.constData(), "glue", "aws_glue_catalog_table");
        row(table.constData(), "cassandra", "aws_keyspaces_table");
    }
    row("CreateCluster", "eks", "aws_eks_cluster");
    row("CreateCluster", "ecs", "aws_ecs_cluster");
    row("CreateCluster", "redshift", "aws_redshift_cluster");
    row("CreateCluster", "kafka", "aws_msk_cluster");
    row("CreateCluster", "dax", "aws_dax_cluster");
    // ElastiCache has no CreateCluster call: its clusters come from these.
    row("CreateCluster", "elasticache", "");
    row("CreateCacheCluster", "elasticache", "aws_elasticache_cluster");
    row("CreateReplicationGroup", "elasticache", "aws_elasticache_replication_group");
    row("DeleteCluster", "eks", "aws_eks_cluster");
    row("DeleteCluster", "ecs", "aws_ecs_cluster");
    row("DeleteRule", "events", "aws_cloudwatch_event_rule");
    row("DeleteRule", "elasticloadbalancing", "aws_lb_listener_rule");
    row("DeleteRule", "waf", "aws_waf_rule");
    row("TagResource", "kms", "aws_kms_key");
    row("TagResource", "dynamodb", "aws_dynamodb_table");
    row("CreateUser", "iam", "aws_iam_user");
    row("CreateUser", "transfer", "aws_transfer_user");
    row("PutResourcePolicy", "secretsmanager", "aws_secretsmanager_secret_policy");
    row("PutResourcePolicy", "logs", "aws_cloudwatch_log_resource_policy");
}

void TestMappingCatalog::listedCollisions()
{
    QFETCH(QString, eventName);
    QFETCH(QString, eventSource);
    QFETCH(QString, resourceType);
    const EventMapping *mapping = m_builtIn.find(CloudProvider::Aws, eventName, eventSource);
    if (resourceType.isEmpty()) {
        QVERIFY2(!mapping, mapping ? qPrintable(describe(*mapping)) : "");
        return;
    }
    QVERIFY(mapping);
    QCOMPARE(mapping->resourceType, resourceType);
    QCOMPARE(mapping->eventName, eventName);
    QCOMPARE(mapping->eventSource, eventSource);
}

void TestMappingCatalog::emptyOrUnknownSourceFallsBack()
{
    const auto typeOf = [&](const char *name, const QString &source) {
        const EventMapping *mapping = m_builtIn.find(CloudProvider::Aws, QString::fromLatin1(name), source);
        return mapping ? mapping->resourceType : QString();
    };
    const QString empty;
    const QString unknown = QStringLiteral("notaservice.example.com");
    // A name with one entry answers whatever the source, unless the source is one the catalog
    // knows and that service has no such call.
    QCOMPARE(typeOf("ModifyInstanceAttribute", empty), QStringLiteral("aws_instance"));
    QCOMPARE(typeOf("ModifyInstanceAttribute", unknown), QStringLiteral("aws_instance"));
    QCOMPARE(typeOf("ModifyInstanceAttribute", QStringLiteral("rds.amazonaws.com")), QString());
    // Shared names answer with their default entry, or not at all.
    QCOMPARE(typeOf("CreateTable", empty), QStringLiteral("aws_dynamodb_table"));
    QCOMPARE(typeOf("CreateTable", unknown), QStringLiteral("aws_dynamodb_table"));
    QCOMPARE(typeOf("CreateUser", empty), QStringLiteral("aws_iam_user"));
    QCOMPARE(typeOf("CreateCluster", empty), QString());
    QCOMPARE(typeOf("DeleteRule", unknown), QString());
    // Unknown calls are left to the engine to report as "unknown".
    QCOMPARE(typeOf("LaunchRocket", QStringLiteral("ec2.amazonaws.com")), QString());
    QCOMPARE(typeOf("LaunchRocket", empty), QString());
}

void TestMappingCatalog::cloudTrailOnlyNames()
{
    const auto find = [&](const char *name, const char *source) {
        return m_builtIn.find(CloudProvider::Aws, QString::fromLatin1(name), QString::fromLatin1(source));
    };
    const struct {
        const char *name;
        const char *type;
        ApiAction action;
    } lambdaCalls[] = {
        {"CreateFunction20150331", "aws_lambda_function", ApiAction::Create},
        {"UpdateFunctionConfiguration20150331v2", "aws_lambda_function", ApiAction::Modify},
        {"UpdateFunctionCode20150331v2", "aws_lambda_function", ApiAction::Modify},
        {"DeleteFunction20150331", "aws_lambda_function", ApiAction::Delete},
        {"AddPermission20150331v2", "aws_lambda_permission", ApiAction::Create},
        {"CreateEventSourceMapping20150331", "aws_lambda_event_source_mapping", ApiAction::Create},
    };
    for (const auto &call : lambdaCalls) {
        const EventMapping *mapping = find(call.name, "lambda.amazonaws.com");
        QVERIFY2(mapping, call.name);
        QCOMPARE(mapping->resourceType, QString::fromLatin1(call.type));
        QCOMPARE(mapping->action, call.action);
    }
    // The plain operation names never appear in a Lambda trail.
    QVERIFY(!find("CreateFunction", "lambda.amazonaws.com"));
    QVERIFY(!find("UpdateFunctionConfiguration", "lambda.amazonaws.com"));

    const EventMapping *publicAccessBlock = find("PutBucketPublicAccessBlock", "s3.amazonaws.com");
    QVERIFY(publicAccessBlock);
    QCOMPARE(publicAccessBlock->resourceType, QStringLiteral("aws_s3_bucket_public_access_block"));
    QCOMPARE(publicAccessBlock->idPointers.constFirst(), QStringLiteral("/request/bucketName"));
    QVERIFY(!find("PutPublicAccessBlock", "s3.amazonaws.com"));
}

void TestMappingCatalog::attributesOfMostUsedCalls_data()
{
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("eventSource");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("attribute");
    const auto row = [](const char *name, const char *source, const char *pointer, const char *attribute) {
        QTest::addRow("%s %s", name, attribute)
            << QString::fromLatin1(name) << QString::fromLatin1(source) + QLatin1String(".amazonaws.com")
            << QString::fromLatin1(pointer) << QString::fromLatin1(attribute);
    };
    row("ModifyInstanceAttribute", "ec2", "/request/disableApiTermination/value", "disable_api_termination");
    row("ModifyInstanceAttribute", "ec2", "/request/instanceType/value", "instance_type");
    row("AuthorizeSecurityGroupIngress", "ec2", "/request/ipPermissions", "ingress");
    row("RevokeSecurityGroupEgress", "ec2", "/request/ipPermissions", "egress");
    row("ModifyDBInstance", "rds", "/request/backupRetentionPeriod", "backup_retention_period");
    row("ModifyDBInstance", "rds", "/request/deletionProtection", "deletion_protection");
    row("ModifyDBInstance", "rds", "/request/publiclyAccessible", "publicly_accessible");
    row("CreateDBInstance", "rds", "/request/storageEncrypted", "storage_encrypted");
    row("PutRolePolicy", "iam", "/request/policyDocument", "policy");
    row("AttachRolePolicy", "iam", "/request/policyArn", "policy_arn");
    row("PutBucketPolicy", "s3", "/request/bucketPolicy", "policy");
    row("PutBucketPublicAccessBlock", "s3", "/request/PublicAccessBlockConfiguration/BlockPublicAcls",
        "block_public_acls");
    row("PutBucketPublicAccessBlock", "s3", "/request/PublicAccessBlockConfiguration/RestrictPublicBuckets",
        "restrict_public_buckets");
    row("UpdateFunctionConfiguration20150331v2", "lambda", "/request/timeout", "timeout");
    row("UpdateTrail", "cloudtrail", "/request/isMultiRegionTrail", "is_multi_region_trail");
    row("SetQueueAttributes", "sqs", "/request/attributes/Policy", "policy");
}

void TestMappingCatalog::attributesOfMostUsedCalls()
{
    QFETCH(QString, eventName);
    QFETCH(QString, eventSource);
    QFETCH(QString, pointer);
    QFETCH(QString, attribute);
    const EventMapping *mapping = m_builtIn.find(CloudProvider::Aws, eventName, eventSource);
    QVERIFY(mapping);
    QVERIFY(mapping->action != ApiAction::Delete);
    const auto setter
        = std::find_if(mapping->attributes.cbegin(), mapping->attributes.cend(),
                       [&](const AttributeSetter &candidate) { return candidate.pointer == pointer; });
    QVERIFY2(setter != mapping->attributes.cend(), qPrintable(pointer));
    QCOMPARE(setter->attribute, attribute);
}

void TestMappingCatalog::gcpMethods()
{
    const auto find = [&](const char *method) {
        return m_builtIn.find(CloudProvider::Gcp, QString::fromLatin1(method), QString());
    };
    const struct {
        const char *method;
        const char *type;
        ApiAction action;
    } calls[] = {
        {"v1.compute.instances.insert", "google_compute_instance", ApiAction::Create},
        {"v1.compute.instances.setMachineType", "google_compute_instance", ApiAction::Modify},
        {"beta.compute.firewalls.patch", "google_compute_firewall", ApiAction::Modify},
        {"v1.compute.firewalls.delete", "google_compute_firewall", ApiAction::Delete},
        {"storage.buckets.create", "google_storage_bucket", ApiAction::Create},
        {"google.iam.admin.v1.CreateServiceAccount", "google_service_account", ApiAction::Create},
        {"cloudsql.instances.update", "google_sql_database_instance", ApiAction::Modify},
        {"google.spanner.admin.instance.v1.InstanceAdmin.CreateInstance", "google_spanner_instance",
         ApiAction::Create},
        {"google.container.v1.ClusterManager.CreateCluster", "google_container_cluster", ApiAction::Create},
    };
    for (const auto &call : calls) {
        const EventMapping *mapping = find(call.method);
        QVERIFY2(mapping, call.method);
        QCOMPARE(mapping->resourceType, QString::fromLatin1(call.type));
        QCOMPARE(mapping->action, call.action);
        QVERIFY(!mapping->idPointers.isEmpty());
    }
    QCOMPARE(find("v1.compute.instances.insert")->idPointers.constFirst(), QStringLiteral("/resource"));
    const QList<AttributeSetter> &firewall = find("beta.compute.firewalls.patch")->attributes;
    QVERIFY(std::any_of(firewall.cbegin(), firewall.cend(), [](const AttributeSetter &setter) {
        return setter.pointer == QLatin1String("/request/sourceRanges")
            && setter.attribute == QLatin1String("source_ranges");
    }));
    // GCP entries have no eventSource: whatever service name the engine passes, the method answers.
    QVERIFY(m_builtIn.find(CloudProvider::Gcp, QStringLiteral("v1.compute.instances.insert"),
                           QStringLiteral("compute.googleapis.com")));
    // Providers do not mix.
    QVERIFY(!m_builtIn.find(CloudProvider::Aws, QStringLiteral("v1.compute.instances.insert"), QString()));
    QVERIFY(!m_builtIn.find(CloudProvider::Gcp, QStringLiteral("RunInstances"), QString()));
}

void TestMappingCatalog::userFileOverridesAndExtends()
{
    MappingCatalog catalog = MappingCatalog::builtIn();
    const int builtInSize = catalog.size();
    const QString path = fixturePath(QStringLiteral("override.yaml"));
    QList<ConfigDiagnostic> diagnostics;
    QVERIFY(catalog.loadFile(path, &diagnostics));
    QVERIFY2(diagnostics.isEmpty(), qPrintable(joined(diagnostics)));
    QCOMPARE(catalog.size(), builtInSize + 1); // two overrides, one new call

    const QString ec2 = QStringLiteral("ec2.amazonaws.com");
    const EventMapping *modify
        = catalog.find(CloudProvider::Aws, QStringLiteral("ModifyInstanceAttribute"), ec2);
    QVERIFY(modify);
    QCOMPARE(modify->attributes.size(), 1);
    QCOMPARE(modify->attributes.constFirst().pointer, QStringLiteral("/request/userData/value"));
    QCOMPARE(modify->attributes.constFirst().attribute, QStringLiteral("user_data"));
    const Position defined = positionOf(readFile(path), "name: ModifyInstanceAttribute");
    QCOMPARE(modify->origin, QStringLiteral("%1:%2:%3").arg(path).arg(defined.line).arg(defined.column));

    const EventMapping *added
        = catalog.find(CloudProvider::Aws, QStringLiteral("CreateCapacityReservation"), ec2);
    QVERIFY(added);
    QCOMPARE(added->resourceType, QStringLiteral("aws_ec2_capacity_reservation"));
    QCOMPARE(added->action, ApiAction::Create);

    // The user made ECS the default answer for CreateCluster; the other sources still resolve.
    QCOMPARE(catalog.find(CloudProvider::Aws, QStringLiteral("CreateCluster"), QString())->resourceType,
             QStringLiteral("aws_ecs_cluster"));
    QCOMPARE(
        catalog
            .find(CloudProvider::Aws, QStringLiteral("CreateCluster"), QStringLiteral("eks.amazonaws.com"))
            ->resourceType,
        QStringLiteral("aws_eks_cluster"));

    // Other catalogs, including the built-in one, are untouched.
    const EventMapping *builtInModify
        = MappingCatalog::builtIn().find(CloudProvider::Aws, QStringLiteral("ModifyInstanceAttribute"), ec2);
    QVERIFY(builtInModify->attributes.size() > 1);
    QVERIFY(builtInModify->origin.startsWith(QLatin1String("aws.yaml:")));

    QVERIFY(catalog.loadFile(fixturePath(QStringLiteral("extra-gcp.yaml")), &diagnostics));
    QCOMPARE(catalog.size(), builtInSize + 2);
    const EventMapping *setName
        = catalog.find(CloudProvider::Gcp, QStringLiteral("v1.compute.instances.setName"), QString());
    QVERIFY(setName);
    QCOMPARE(setName->resourceType, QStringLiteral("google_compute_instance"));
}

void TestMappingCatalog::overrideKeepsOrDropsTheDefault()
{
    MappingCatalog catalog = MappingCatalog::builtIn();
    const QString createTable = QStringLiteral("CreateTable");
    QCOMPARE(catalog.find(CloudProvider::Aws, createTable, QString())->resourceType,
             QStringLiteral("aws_dynamodb_table"));

    // An override that does not mention default_for_name keeps the entry's role...
    QList<ConfigDiagnostic> diagnostics;
    QVERIFY(catalog.loadText(R"(provider: aws
services:
  - source: dynamodb.amazonaws.com
    events:
      - name: CreateTable
        type: aws_dynamodb_table
        action: create
        id: [/request/tableName, /response/tableDescription/tableArn]
)",
                             QStringLiteral("keep.yaml"), &diagnostics));
    QVERIFY2(diagnostics.isEmpty(), qPrintable(joined(diagnostics)));
    const EventMapping *kept = catalog.find(CloudProvider::Aws, createTable, QString());
    QVERIFY(kept);
    QCOMPARE(kept->origin, QStringLiteral("keep.yaml:5:9"));
    QCOMPARE(kept->idPointers.size(), 2);

    // ...and one that says false takes it away: the shared name no longer answers without a source.
    QVERIFY(catalog.loadText(R"(provider: aws
services:
  - source: dynamodb.amazonaws.com
    events:
      - name: CreateTable
        type: aws_dynamodb_table
        action: create
        id: [/request/tableName]
        default_for_name: false
)",
                             QStringLiteral("drop.yaml"), &diagnostics));
    QVERIFY(!catalog.find(CloudProvider::Aws, createTable, QString()));
    QCOMPARE(catalog.find(CloudProvider::Aws, createTable, QStringLiteral("dynamodb.amazonaws.com"))->origin,
             QStringLiteral("drop.yaml:5:9"));
}

void TestMappingCatalog::loaderErrorsCarryLineAndColumn()
{
    const QString path = fixturePath(QStringLiteral("broken.yaml"));
    const QByteArray text = readFile(path);
    MappingCatalog catalog;
    QList<ConfigDiagnostic> diagnostics;
    QVERIFY(!catalog.loadFile(path, &diagnostics));

    const struct {
        const char *what;
        Position at;
        const char *mentions;
    } errors[] = {
        {"an action that is not create/modify/delete", positionOf(text, "action: stop", 8), "action"},
        {"a pointer without its leading /", positionOf(text, "[request/", 1), "request/instancesSet"},
        {"an entry without a type", positionOf(text, "name: RebootInstances"), "type"},
        {"a ~ escape RFC 6901 does not allow", positionOf(text, "/request/a~2b"), "/request/a~2b"},
        {"a pointer outside /request and /response", positionOf(text, "/body/vpcId"), "/body/vpcId"},
        {"a GCP root in an AWS catalog", positionOf(text, "/resource: vpc_id"), "/resource"},
    };
    for (const auto &expected : errors) {
        const ConfigDiagnostic *found
            = diagnosticAt(diagnostics, ConfigDiagnostic::Severity::Error, expected.at);
        QVERIFY2(found,
                 qPrintable(QStringLiteral("no error at %1:%2 for %3; got:\n%4")
                                .arg(expected.at.line)
                                .arg(expected.at.column)
                                .arg(QLatin1String(expected.what), joined(diagnostics))));
        QCOMPARE(found->file, path);
        QVERIFY2(found->message.contains(QLatin1String(expected.mentions)), qPrintable(found->message));
        QVERIFY(found->toString().startsWith(
            QStringLiteral("%1:%2:%3: error: ").arg(path).arg(expected.at.line).arg(expected.at.column)));
    }
    const Position unknownKeys[] = {positionOf(text, "colour:"), positionOf(text, "note:")};
    for (const Position &at : unknownKeys)
        QVERIFY2(diagnosticAt(diagnostics, ConfigDiagnostic::Severity::Warning, at),
                 qPrintable(joined(diagnostics)));
    QCOMPARE(diagnostics.size(), int(std::size(errors)) + int(std::size(unknownKeys)));

    // The one good entry of the file is still added.
    QCOMPARE(catalog.size(), 1);
    const EventMapping *deleteVpc
        = catalog.find(CloudProvider::Aws, QStringLiteral("DeleteVpc"), QStringLiteral("ec2.amazonaws.com"));
    QVERIFY(deleteVpc);
    QCOMPARE(deleteVpc->action, ApiAction::Delete);
}

void TestMappingCatalog::badFilesAreReportedNotCrashed()
{
    const auto load = [](const char *text, QList<ConfigDiagnostic> *diagnostics) {
        MappingCatalog catalog;
        const bool ok = catalog.loadText(QByteArray(text), QStringLiteral("user.yaml"), diagnostics);
        return std::make_pair(ok, catalog.size());
    };
    const auto firstError = [](const QList<ConfigDiagnostic> &diagnostics) {
        for (const ConfigDiagnostic &diagnostic : diagnostics) {
            if (diagnostic.severity == ConfigDiagnostic::Severity::Error)
                return diagnostic;
        }
        return ConfigDiagnostic{};
    };

    QList<ConfigDiagnostic> diagnostics;
    QCOMPARE(load("provider: aws\nservices:\n  - source: [unclosed\n", &diagnostics),
             std::make_pair(false, 0));
    QVERIFY2(firstError(diagnostics).line >= 3, qPrintable(joined(diagnostics)));

    diagnostics.clear();
    QCOMPARE(load("provider: azure\nservices: []\n", &diagnostics), std::make_pair(false, 0));
    QCOMPARE(firstError(diagnostics).line, 1);
    QCOMPARE(firstError(diagnostics).column, 11);

    diagnostics.clear();
    QCOMPARE(load("services: []\n", &diagnostics), std::make_pair(false, 0));
    QVERIFY(firstError(diagnostics).message.contains(QLatin1String("provider")));

    diagnostics.clear();
    QCOMPARE(load("- just\n- a list\n", &diagnostics), std::make_pair(false, 0));
    QCOMPARE(firstError(diagnostics).line, 1);

    // GCP events have no /response, and /resource is a plain string.
    diagnostics.clear();
    QCOMPARE(load(R"(provider: gcp
methods:
  - name: v1.compute.disks.insert
    type: google_compute_disk
    action: create
    id: [/response/name, /resource/name]
  - name: v1.compute.disks.delete
    type: google_compute_disk
    action: delete
    id: [/resource]
)",
                  &diagnostics),
             std::make_pair(false, 1));
    QCOMPARE(firstError(diagnostics).line, 6);
    QCOMPARE(firstError(diagnostics).column, 10);
    QCOMPARE(diagnostics.size(), 2);

    diagnostics.clear();
    MappingCatalog catalog;
    const QString missing = QDir::temp().filePath(QStringLiteral("tfdrift-no-such-catalog.yaml"));
    QVERIFY(!catalog.loadFile(missing, &diagnostics));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.constFirst().file, missing);
    QVERIFY(!catalog.loadFile(missing, nullptr)); // callers may not want the details
}

void TestMappingCatalog::awsNamesAreRealBotocoreOperations()
{
    // botocore's service models (Debian python3-botocore) list every AWS API operation.
    const QString dataDir = qEnvironmentVariable(
        "TFDRIFT_BOTOCORE_DATA", QStringLiteral("/usr/lib/python3/dist-packages/botocore/data"));
    QVERIFY2(
        QDir(dataDir).exists(),
        qPrintable(dataDir + QLatin1String(" is missing: install python3-botocore (see packaging/deps.sh)")));

    QSet<QString> sources;
    for (const EventMapping &mapping : m_builtIn.entries()) {
        if (mapping.provider == CloudProvider::Aws)
            sources.insert(mapping.eventSource);
    }
    // eventSource is <endpointPrefix or signingName>.amazonaws.com; only matching models are parsed.
    QHash<QString, QSet<QString>> operationsBySource;
    const QStringList services = QDir(dataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &service : services) {
        QStringList versions = QDir(dataDir + QLatin1Char('/') + service)
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QString model;
        while (!versions.isEmpty() && model.isEmpty()) {
            const QString candidate = dataDir + QLatin1Char('/') + service + QLatin1Char('/')
                + versions.takeLast() + QLatin1String("/service-2.json");
            if (QFile::exists(candidate))
                model = candidate;
        }
        if (model.isEmpty())
            continue;
        QFile file(model);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.peek(4096);
        QStringList matching;
        for (const char *key : {"endpointPrefix", "signingName"}) {
            const QString source = metadataValue(head, key) + QLatin1String(".amazonaws.com");
            if (sources.contains(source) && !matching.contains(source))
                matching.append(source);
        }
        if (matching.isEmpty())
            continue;
        const QJsonObject operations
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("operations")).toObject();
        QVERIFY2(!operations.isEmpty(), qPrintable(model));
        for (const QString &source : std::as_const(matching)) {
            QSet<QString> &known = operationsBySource[source];
            for (auto it = operations.constBegin(); it != operations.constEnd(); ++it)
                known.insert(it.key());
        }
    }

    QStringList problems;
    for (const QString &source : std::as_const(sources)) {
        if (!operationsBySource.contains(source))
            problems.append(source + QLatin1String(" matches no botocore service"));
    }
    int checked = 0;
    for (const EventMapping &mapping : m_builtIn.entries()) {
        if (mapping.provider != CloudProvider::Aws || !operationsBySource.contains(mapping.eventSource))
            continue;
        ++checked;
        const QString operation = operationOf(mapping.eventSource, mapping.eventName);
        if (!operationsBySource.value(mapping.eventSource).contains(operation))
            problems.append(describe(mapping) + QLatin1String(": no operation ") + operation);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    qInfo("%d CloudTrail eventNames found in botocore's models of %lld eventSources", checked,
          qint64(operationsBySource.size()));
}

void TestMappingCatalog::lookupsAreHashed()
{
    // The engine looks up every alert; check the lookup stays far from being the bottleneck
    // (the engine's budget is 200,000 alerts/s).
    const QList<EventMapping> &entries = m_builtIn.entries();
    constexpr int kLookups = 1'000'000;
    int found = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kLookups; ++i) {
        const EventMapping &mapping = entries.at(i % entries.size());
        found += m_builtIn.find(mapping.provider, mapping.eventName, mapping.eventSource) == &mapping;
    }
    const qint64 elapsedMs = std::max<qint64>(timer.elapsed(), 1);
    QCOMPARE(found, kLookups);
    qInfo("%d lookups in %lld ms: %lld lookups/s", kLookups, elapsedMs, qint64(kLookups) * 1000 / elapsedMs);
    QVERIFY2(elapsedMs < 5000, "a million lookups should take well under a second, even in a debug build");
}

QTEST_GUILESS_MAIN(TestMappingCatalog)
#include "test_mapping_catalog.moc"

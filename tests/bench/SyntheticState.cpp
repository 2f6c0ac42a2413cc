#include "SyntheticState.h"

#include "core/state/StateIndex.h"
#include "core/state/TerraformState.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tfdrift::bench {

namespace {

constexpr int kResourcesPerModule = 100;
constexpr int kTypeCount = 5;
constexpr qint64 kBytesPerResource = 5000;
const char *const kTypes[kTypeCount]
    = {"aws_instance", "aws_security_group", "aws_s3_bucket", "aws_iam_role", "aws_db_instance"};

// How much each resource grows beyond the plain attribute set.
struct Shape {
    int growth = 0;    // extra tags, rules, lifecycle rules and policy statements
    int noteChars = 0; // length of a free-text Notes tag, to reach a size between growth steps
};

QString hex17(int n)
{
    return QStringLiteral("%1").arg(n, 17, 16, QLatin1Char('0'));
}

QString dec6(int n)
{
    return QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Organisations tag everything: a base set plus `shape.growth` cost-allocation tags, and notes
// of `shape.noteChars` characters.
QJsonObject tags(const QString &name, int n, const Shape &shape)
{
    QJsonObject tags{{QStringLiteral("Name"), name},
                     {QStringLiteral("Environment"), QStringLiteral("production")},
                     {QStringLiteral("Team"), QStringLiteral("platform-%1").arg(n % 7)},
                     {QStringLiteral("CostCenter"), QStringLiteral("cc-%1").arg(1000 + n % 50)},
                     {QStringLiteral("ManagedBy"), QStringLiteral("terraform")},
                     {QStringLiteral("Repository"), QStringLiteral("github.com/acme/infrastructure")}};
    if (shape.noteChars > 0) {
        const QString sentence = QStringLiteral("Owned by the platform team; page on-call before changing. ");
        tags.insert(QStringLiteral("Notes"),
                    sentence.repeated(shape.noteChars / sentence.size() + 1).left(shape.noteChars));
    }
    for (int i = 0; i < shape.growth; ++i)
        tags.insert(QStringLiteral("acme:cost-allocation:%1").arg(i, 3, 10, QLatin1Char('0')),
                    QStringLiteral("project-%1-workload-%2").arg(n % 97).arg(i));
    return tags;
}

QString policyDocument(const QString &resourcePrefix, int statements)
{
    QJsonArray statementList;
    for (int i = 0; i < statements; ++i) {
        statementList.append(
            QJsonObject{{QStringLiteral("Sid"), QStringLiteral("Statement%1").arg(i)},
                        {QStringLiteral("Effect"), QStringLiteral("Allow")},
                        {QStringLiteral("Action"),
                         QJsonArray{QStringLiteral("s3:GetObject"), QStringLiteral("s3:PutObject"),
                                    QStringLiteral("s3:ListBucket")}},
                        {QStringLiteral("Resource"), QStringLiteral("%1-%2/*").arg(resourcePrefix).arg(i)}});
    }
    const QJsonObject document{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                               {QStringLiteral("Statement"), statementList}};
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

QJsonObject ingressRule(int port, int n)
{
    return QJsonObject{
        {QStringLiteral("cidr_blocks"), QJsonArray{QStringLiteral("10.%1.0.0/16").arg(port % 256)}},
        {QStringLiteral("description"), QStringLiteral("service port %1").arg(port)},
        {QStringLiteral("from_port"), port},
        {QStringLiteral("ipv6_cidr_blocks"), QJsonArray{}},
        {QStringLiteral("prefix_list_ids"), QJsonArray{}},
        {QStringLiteral("protocol"), QStringLiteral("tcp")},
        {QStringLiteral("security_groups"), QJsonArray{QStringLiteral("sg-%1").arg(hex17(n + 5))}},
        {QStringLiteral("self"), false},
        {QStringLiteral("to_port"), port},
    };
}

QJsonObject awsInstance(int n, const Shape &shape)
{
    const QString id = QStringLiteral("i-") + hex17(n);
    const QString ip = QStringLiteral("10.0.%1.%2").arg(n / 256 % 256).arg(n % 256);
    QJsonArray securityGroups{QString(QStringLiteral("sg-") + hex17(n + 1))};
    for (int i = 0; i < shape.growth / 4; ++i)
        securityGroups.append(QString(QStringLiteral("sg-") + hex17(n + 11 + i)));
    const QJsonObject allTags = tags(QStringLiteral("app-%1").arg(n), n, shape);
    return QJsonObject{
        {QStringLiteral("ami"), QStringLiteral("ami-0c7217cdde317cfec")},
        {QStringLiteral("arn"), QString(QStringLiteral("arn:aws:ec2:us-east-1:111122223333:instance/") + id)},
        {QStringLiteral("associate_public_ip_address"), false},
        {QStringLiteral("availability_zone"), QStringLiteral("us-east-1%1").arg(QChar(u'a' + n % 3))},
        {QStringLiteral("capacity_reservation_specification"),
         QJsonArray{QJsonObject{{QStringLiteral("capacity_reservation_preference"), QStringLiteral("open")},
                                {QStringLiteral("capacity_reservation_target"), QJsonArray{}}}}},
        {QStringLiteral("cpu_core_count"), 1},
        {QStringLiteral("cpu_options"),
         QJsonArray{QJsonObject{{QStringLiteral("amd_sev_snp"), QString()},
                                {QStringLiteral("core_count"), 1},
                                {QStringLiteral("threads_per_core"), 2}}}},
        {QStringLiteral("cpu_threads_per_core"), 2},
        {QStringLiteral("credit_specification"),
         QJsonArray{QJsonObject{{QStringLiteral("cpu_credits"), QStringLiteral("unlimited")}}}},
        {QStringLiteral("disable_api_stop"), false},
        {QStringLiteral("disable_api_termination"), n % 2 == 0},
        {QStringLiteral("ebs_block_device"), QJsonArray{}},
        {QStringLiteral("ebs_optimized"), false},
        {QStringLiteral("enclave_options"), QJsonArray{QJsonObject{{QStringLiteral("enabled"), false}}}},
        {QStringLiteral("ephemeral_block_device"), QJsonArray{}},
        {QStringLiteral("get_password_data"), false},
        {QStringLiteral("hibernation"), false},
        {QStringLiteral("host_id"), QString()},
        {QStringLiteral("host_resource_group_arn"), QJsonValue::Null},
        {QStringLiteral("iam_instance_profile"), QStringLiteral("app-profile")},
        {QStringLiteral("id"), id},
        {QStringLiteral("instance_initiated_shutdown_behavior"), QStringLiteral("stop")},
        {QStringLiteral("instance_lifecycle"), QString()},
        {QStringLiteral("instance_market_options"), QJsonArray{}},
        {QStringLiteral("instance_state"), QStringLiteral("running")},
        {QStringLiteral("instance_type"), QStringLiteral("t3.medium")},
        {QStringLiteral("ipv6_address_count"), 0},
        {QStringLiteral("ipv6_addresses"), QJsonArray{}},
        {QStringLiteral("key_name"), QStringLiteral("ops-2024")},
        {QStringLiteral("launch_template"), QJsonArray{}},
        {QStringLiteral("maintenance_options"),
         QJsonArray{QJsonObject{{QStringLiteral("auto_recovery"), QStringLiteral("default")}}}},
        {QStringLiteral("metadata_options"),
         QJsonArray{QJsonObject{{QStringLiteral("http_endpoint"), QStringLiteral("enabled")},
                                {QStringLiteral("http_protocol_ipv6"), QStringLiteral("disabled")},
                                {QStringLiteral("http_put_response_hop_limit"), 1},
                                {QStringLiteral("http_tokens"), QStringLiteral("required")},
                                {QStringLiteral("instance_metadata_tags"), QStringLiteral("disabled")}}}},
        {QStringLiteral("monitoring"), false},
        {QStringLiteral("network_interface"), QJsonArray{}},
        {QStringLiteral("outpost_arn"), QString()},
        {QStringLiteral("password_data"), QString()},
        {QStringLiteral("placement_group"), QString()},
        {QStringLiteral("placement_partition_number"), 0},
        {QStringLiteral("primary_network_interface_id"), QString(QStringLiteral("eni-") + hex17(n))},
        {QStringLiteral("private_dns"),
         QStringLiteral("ip-%1.ec2.internal").arg(QString(ip).replace(u'.', u'-'))},
        {QStringLiteral("private_dns_name_options"),
         QJsonArray{QJsonObject{{QStringLiteral("enable_resource_name_dns_a_record"), false},
                                {QStringLiteral("enable_resource_name_dns_aaaa_record"), false},
                                {QStringLiteral("hostname_type"), QStringLiteral("ip-name")}}}},
        {QStringLiteral("private_ip"), ip},
        {QStringLiteral("public_dns"), QString()},
        {QStringLiteral("public_ip"), QString()},
        {QStringLiteral("root_block_device"),
         QJsonArray{QJsonObject{{QStringLiteral("delete_on_termination"), true},
                                {QStringLiteral("device_name"), QStringLiteral("/dev/xvda")},
                                {QStringLiteral("encrypted"), true},
                                {QStringLiteral("iops"), 3000},
                                {QStringLiteral("kms_key_id"),
                                 QStringLiteral("arn:aws:kms:us-east-1:111122223333:key/"
                                                "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")},
                                {QStringLiteral("tags"), QJsonObject{}},
                                {QStringLiteral("throughput"), 125},
                                {QStringLiteral("volume_id"), QString(QStringLiteral("vol-") + hex17(n))},
                                {QStringLiteral("volume_size"), 50},
                                {QStringLiteral("volume_type"), QStringLiteral("gp3")}}}},
        {QStringLiteral("secondary_private_ips"), QJsonArray{}},
        {QStringLiteral("security_groups"), QJsonArray{}},
        {QStringLiteral("source_dest_check"), true},
        {QStringLiteral("spot_instance_request_id"), QString()},
        {QStringLiteral("subnet_id"), QString(QStringLiteral("subnet-") + hex17(n % 6))},
        {QStringLiteral("tags"), allTags},
        {QStringLiteral("tags_all"), allTags},
        {QStringLiteral("tenancy"), QStringLiteral("default")},
        {QStringLiteral("timeouts"), QJsonValue::Null},
        {QStringLiteral("user_data"), QStringLiteral("5b0ec5f1a6f1d3a3c4f2b2e0a9b8c7d6e5f4a3b2")},
        {QStringLiteral("user_data_base64"), QJsonValue::Null},
        {QStringLiteral("user_data_replace_on_change"), false},
        {QStringLiteral("volume_tags"), QJsonValue::Null},
        {QStringLiteral("vpc_security_group_ids"), securityGroups},
    };
}

QJsonObject awsSecurityGroup(int n, const Shape &shape)
{
    const QString id = QStringLiteral("sg-") + hex17(n);
    QJsonArray ingress;
    for (int i = 0; i < 2 + shape.growth / 3; ++i)
        ingress.append(ingressRule(8000 + i, n));
    const QJsonObject allTags = tags(QStringLiteral("app-sg-%1").arg(n), n, shape);
    return QJsonObject{
        {QStringLiteral("arn"),
         QString(QStringLiteral("arn:aws:ec2:us-east-1:111122223333:security-group/") + id)},
        {QStringLiteral("description"), QStringLiteral("Application servers, tier %1").arg(n % 4)},
        {QStringLiteral("egress"),
         QJsonArray{QJsonObject{{QStringLiteral("cidr_blocks"), QJsonArray{QStringLiteral("0.0.0.0/0")}},
                                {QStringLiteral("description"), QString()},
                                {QStringLiteral("from_port"), 0},
                                {QStringLiteral("ipv6_cidr_blocks"), QJsonArray{}},
                                {QStringLiteral("prefix_list_ids"), QJsonArray{}},
                                {QStringLiteral("protocol"), QStringLiteral("-1")},
                                {QStringLiteral("security_groups"), QJsonArray{}},
                                {QStringLiteral("self"), false},
                                {QStringLiteral("to_port"), 0}}}},
        {QStringLiteral("id"), id},
        {QStringLiteral("ingress"), ingress},
        {QStringLiteral("name"), QStringLiteral("app-sg-%1").arg(n)},
        {QStringLiteral("name_prefix"), QString()},
        {QStringLiteral("owner_id"), QStringLiteral("111122223333")},
        {QStringLiteral("revoke_rules_on_delete"), false},
        {QStringLiteral("tags"), allTags},
        {QStringLiteral("tags_all"), allTags},
        {QStringLiteral("timeouts"), QJsonValue::Null},
        {QStringLiteral("vpc_id"), QString(QStringLiteral("vpc-") + hex17(n % 3))},
    };
}

QJsonObject awsS3Bucket(int n, const Shape &shape)
{
    const QString bucket = QStringLiteral("bench-bucket-") + dec6(n);
    const QJsonObject allTags = tags(bucket, n, shape);
    QJsonArray lifecycle;
    for (int i = 0; i < shape.growth / 6; ++i) {
        lifecycle.append(
            QJsonObject{{QStringLiteral("abort_incomplete_multipart_upload_days"), 7},
                        {QStringLiteral("enabled"), true},
                        {QStringLiteral("expiration"),
                         QJsonArray{QJsonObject{{QStringLiteral("date"), QString()},
                                                {QStringLiteral("days"), 90 + i},
                                                {QStringLiteral("expired_object_delete_marker"), false}}}},
                        {QStringLiteral("id"), QStringLiteral("expire-logs-%1").arg(i)},
                        {QStringLiteral("noncurrent_version_expiration"), QJsonArray{}},
                        {QStringLiteral("noncurrent_version_transition"), QJsonArray{}},
                        {QStringLiteral("prefix"), QStringLiteral("logs/%1/").arg(i)},
                        {QStringLiteral("tags"), QJsonObject{}},
                        {QStringLiteral("transition"), QJsonArray{}}});
    }
    return QJsonObject{
        {QStringLiteral("acceleration_status"), QString()},
        {QStringLiteral("acl"), QJsonValue::Null},
        {QStringLiteral("arn"), QString(QStringLiteral("arn:aws:s3:::") + bucket)},
        {QStringLiteral("bucket"), bucket},
        {QStringLiteral("bucket_domain_name"), QString(bucket + QStringLiteral(".s3.amazonaws.com"))},
        {QStringLiteral("bucket_prefix"), QString()},
        {QStringLiteral("bucket_regional_domain_name"),
         QString(bucket + QStringLiteral(".s3.us-east-1.amazonaws.com"))},
        {QStringLiteral("cors_rule"), QJsonArray{}},
        {QStringLiteral("force_destroy"), false},
        {QStringLiteral("grant"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"),
                          QStringLiteral("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be")},
                         {QStringLiteral("permissions"), QJsonArray{QStringLiteral("FULL_CONTROL")}},
                         {QStringLiteral("type"), QStringLiteral("CanonicalUser")},
                         {QStringLiteral("uri"), QString()}}}},
        {QStringLiteral("hosted_zone_id"), QStringLiteral("Z3AQBSTGFYJSTF")},
        {QStringLiteral("id"), bucket},
        {QStringLiteral("lifecycle_rule"), lifecycle},
        {QStringLiteral("logging"), QJsonArray{}},
        {QStringLiteral("object_lock_configuration"), QJsonArray{}},
        {QStringLiteral("object_lock_enabled"), false},
        {QStringLiteral("policy"),
         policyDocument(QStringLiteral("arn:aws:s3:::") + bucket, 1 + shape.growth / 8)},
        {QStringLiteral("region"), QStringLiteral("us-east-1")},
        {QStringLiteral("replication_configuration"), QJsonArray{}},
        {QStringLiteral("request_payer"), QStringLiteral("BucketOwner")},
        {QStringLiteral("server_side_encryption_configuration"),
         QJsonArray{QJsonObject{
             {QStringLiteral("rule"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("apply_server_side_encryption_by_default"),
                   QJsonArray{QJsonObject{{QStringLiteral("kms_master_key_id"), QString()},
                                          {QStringLiteral("sse_algorithm"), QStringLiteral("AES256")}}}},
                  {QStringLiteral("bucket_key_enabled"), false}}}}}}},
        {QStringLiteral("tags"), allTags},
        {QStringLiteral("tags_all"), allTags},
        {QStringLiteral("timeouts"), QJsonValue::Null},
        {QStringLiteral("versioning"),
         QJsonArray{
             QJsonObject{{QStringLiteral("enabled"), n % 3 == 0}, {QStringLiteral("mfa_delete"), false}}}},
        {QStringLiteral("website"), QJsonArray{}},
        {QStringLiteral("website_domain"), QJsonValue::Null},
        {QStringLiteral("website_endpoint"), QJsonValue::Null},
    };
}

QJsonObject awsIamRole(int n, const Shape &shape)
{
    const QString name = QStringLiteral("bench-role-") + dec6(n);
    const QJsonObject allTags = tags(name, n, shape);
    const QString assumeRolePolicy
        = QStringLiteral("{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":"
                         "{\"Service\":\"ec2.amazonaws.com\"}}],\"Version\":\"2012-10-17\"}");
    return QJsonObject{
        {QStringLiteral("arn"), QString(QStringLiteral("arn:aws:iam::111122223333:role/") + name)},
        {QStringLiteral("assume_role_policy"), assumeRolePolicy},
        {QStringLiteral("create_date"), QStringLiteral("2024-03-01T09:12:45Z")},
        {QStringLiteral("description"), QStringLiteral("Workload role %1").arg(n)},
        {QStringLiteral("force_detach_policies"), false},
        {QStringLiteral("id"), name},
        {QStringLiteral("inline_policy"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("data-access")},
             {QStringLiteral("policy"),
              policyDocument(QStringLiteral("arn:aws:s3:::data-%1").arg(n), 2 + shape.growth / 6)}}}},
        {QStringLiteral("managed_policy_arns"),
         QJsonArray{QStringLiteral("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"),
                    QStringLiteral("arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy")}},
        {QStringLiteral("max_session_duration"), 3600},
        {QStringLiteral("name"), name},
        {QStringLiteral("name_prefix"), QString()},
        {QStringLiteral("path"), QStringLiteral("/")},
        {QStringLiteral("permissions_boundary"), QString()},
        {QStringLiteral("tags"), allTags},
        {QStringLiteral("tags_all"), allTags},
        {QStringLiteral("unique_id"), QStringLiteral("AROA%1").arg(n, 17, 10, QLatin1Char('0'))},
    };
}

QJsonObject awsDbInstance(int n, const Shape &shape)
{
    const QString identifier = QStringLiteral("db-") + dec6(n);
    const QString endpoint = identifier + QStringLiteral(".c9akciq32x7q.us-east-1.rds.amazonaws.com");
    const QJsonObject allTags = tags(identifier, n, shape);
    return QJsonObject{
        {QStringLiteral("address"), endpoint},
        {QStringLiteral("allocated_storage"), 100},
        {QStringLiteral("allow_major_version_upgrade"), QJsonValue::Null},
        {QStringLiteral("apply_immediately"), false},
        {QStringLiteral("arn"),
         QString(QStringLiteral("arn:aws:rds:us-east-1:111122223333:db:") + identifier)},
        {QStringLiteral("auto_minor_version_upgrade"), true},
        {QStringLiteral("availability_zone"), QStringLiteral("us-east-1b")},
        {QStringLiteral("backup_retention_period"), 7},
        {QStringLiteral("backup_target"), QStringLiteral("region")},
        {QStringLiteral("backup_window"), QStringLiteral("03:00-04:00")},
        {QStringLiteral("ca_cert_identifier"), QStringLiteral("rds-ca-rsa2048-g1")},
        {QStringLiteral("copy_tags_to_snapshot"), true},
        {QStringLiteral("db_name"), QStringLiteral("app")},
        {QStringLiteral("db_subnet_group_name"), QStringLiteral("private-data")},
        {QStringLiteral("deletion_protection"), true},
        {QStringLiteral("enabled_cloudwatch_logs_exports"), QJsonArray{QStringLiteral("postgresql")}},
        {QStringLiteral("endpoint"), QString(endpoint + QStringLiteral(":5432"))},
        {QStringLiteral("engine"), QStringLiteral("postgres")},
        {QStringLiteral("engine_version"), QStringLiteral("15.5")},
        {QStringLiteral("engine_version_actual"), QStringLiteral("15.5")},
        {QStringLiteral("final_snapshot_identifier"), QString(identifier + QStringLiteral("-final"))},
        {QStringLiteral("hosted_zone_id"), QStringLiteral("Z2R2ITUGPM61AM")},
        {QStringLiteral("iam_database_authentication_enabled"), false},
        {QStringLiteral("id"), identifier},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("instance_class"), QStringLiteral("db.r6g.large")},
        {QStringLiteral("iops"), 3000},
        {QStringLiteral("kms_key_id"),
         QStringLiteral("arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")},
        {QStringLiteral("license_model"), QStringLiteral("postgresql-license")},
        {QStringLiteral("listener_endpoint"), QJsonArray{}},
        {QStringLiteral("maintenance_window"), QStringLiteral("sun:05:00-sun:06:00")},
        {QStringLiteral("master_user_secret"), QJsonArray{}},
        {QStringLiteral("max_allocated_storage"), 500},
        {QStringLiteral("monitoring_interval"), 60},
        {QStringLiteral("monitoring_role_arn"),
         QStringLiteral("arn:aws:iam::111122223333:role/rds-monitoring")},
        {QStringLiteral("multi_az"), true},
        {QStringLiteral("network_type"), QStringLiteral("IPV4")},
        {QStringLiteral("option_group_name"), QStringLiteral("default:postgres-15")},
        {QStringLiteral("parameter_group_name"), QStringLiteral("app-postgres15")},
        {QStringLiteral("password"), QStringLiteral("synthetic-password-%1").arg(n)},
        {QStringLiteral("performance_insights_enabled"), true},
        {QStringLiteral("performance_insights_retention_period"), 7},
        {QStringLiteral("port"), 5432},
        {QStringLiteral("publicly_accessible"), false},
        {QStringLiteral("replicas"), QJsonArray{}},
        {QStringLiteral("resource_id"),
         QStringLiteral("db-%1").arg(QString::number(n, 36).toUpper(), 26, QLatin1Char('Q'))},
        {QStringLiteral("skip_final_snapshot"), false},
        {QStringLiteral("status"), QStringLiteral("available")},
        {QStringLiteral("storage_encrypted"), true},
        {QStringLiteral("storage_throughput"), 125},
        {QStringLiteral("storage_type"), QStringLiteral("gp3")},
        {QStringLiteral("tags"), allTags},
        {QStringLiteral("tags_all"), allTags},
        {QStringLiteral("timeouts"), QJsonValue::Null},
        {QStringLiteral("username"), QStringLiteral("app")},
        {QStringLiteral("vpc_security_group_ids"), QJsonArray{QString(QStringLiteral("sg-") + hex17(n + 1))}},
    };
}

QJsonObject attributesFor(int n, const Shape &shape)
{
    switch (n % kTypeCount) {
    case 0: return awsInstance(n, shape);
    case 1: return awsSecurityGroup(n, shape);
    case 2: return awsS3Bucket(n, shape);
    case 3: return awsIamRole(n, shape);
    default: return awsDbInstance(n, shape);
    }
}

// Go's json.MarshalIndent(state, "", "  "), which Terraform uses: two spaces, sorted keys,
// `<`, `>` and `&` escaped.
class StateWriter
{
public:
    QByteArray take() { return std::move(m_out); }
    void reserve(qint64 bytes) { m_out.reserve(bytes); }

    void write(const QJsonValue &value, int depth)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined: m_out += "null"; break;
        case QJsonValue::Bool: m_out += value.toBool() ? "true" : "false"; break;
        case QJsonValue::Double: writeNumber(value.toDouble()); break;
        case QJsonValue::String: writeString(value.toString()); break;
        case QJsonValue::Array: writeArray(value.toArray(), depth); break;
        case QJsonValue::Object: writeObject(value.toObject(), depth); break;
        }
    }

    // An object with its keys in the given order, as Go writes a struct.
    using Fields = QList<QPair<QString, QJsonValue>>;
    void writeFields(const Fields &fields, int depth)
    {
        m_out += '{';
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_out += ',';
            newline(depth + 1);
            key(fields.at(i).first);
            write(fields.at(i).second, depth + 1);
        }
        newline(depth);
        m_out += '}';
    }

    // A resource: its fields, then "instances" (each in instance field order) last.
    void writeResource(const Fields &fields, const QList<Fields> &instances, int depth)
    {
        m_out += '{';
        for (const auto &field : fields) {
            newline(depth + 1);
            key(field.first);
            write(field.second, depth + 1);
            m_out += ',';
        }
        newline(depth + 1);
        key(QStringLiteral("instances"));
        m_out += '[';
        for (qsizetype i = 0; i < instances.size(); ++i) {
            if (i > 0)
                m_out += ',';
            newline(depth + 2);
            writeFields(instances.at(i), depth + 2);
        }
        newline(depth + 1);
        m_out += ']';
        newline(depth);
        m_out += '}';
    }

    void raw(const char *text) { m_out += text; }
    void newline(int depth)
    {
        m_out += '\n';
        m_out.append(depth * 2, ' ');
    }
    void key(const QString &name)
    {
        writeString(name);
        m_out += ": ";
    }

private:
    void writeNumber(double number)
    {
        if (number == std::floor(number) && std::fabs(number) < 1e15)
            m_out += QByteArray::number(qint64(number));
        else
            m_out += QByteArray::number(number, 'g', 17);
    }

    void writeString(const QString &text)
    {
        m_out += '"';
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            case '<': m_out += "\\u003c"; break;
            case '>': m_out += "\\u003e"; break;
            case '&': m_out += "\\u0026"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    m_out += QByteArray("\\u00") + QByteArray::number(int(c), 16).rightJustified(2, '0');
                else
                    m_out += c;
            }
        }
        m_out += '"';
    }

    void writeArray(const QJsonArray &array, int depth)
    {
        if (array.isEmpty()) {
            m_out += "[]";
            return;
        }
        m_out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                m_out += ',';
            newline(depth + 1);
            write(array.at(i), depth + 1);
        }
        newline(depth);
        m_out += ']';
    }

    void writeObject(const QJsonObject &object, int depth)
    {
        if (object.isEmpty()) {
            m_out += "{}";
            return;
        }
        m_out += '{';
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                m_out += ',';
            first = false;
            newline(depth + 1);
            key(it.key());
            write(it.value(), depth + 1);
        }
        newline(depth);
        m_out += '}';
    }

    QByteArray m_out;
};

StateWriter::Fields instanceFor(int n, const Shape &shape)
{
    QJsonArray sensitive;
    if (n % kTypeCount == 4) {
        sensitive.append(QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("get_attr")},
                                                {QStringLiteral("value"), QStringLiteral("password")}}});
    }
    return {
        {QStringLiteral("index_key"), (n % kResourcesPerModule) / kTypeCount},
        {QStringLiteral("schema_version"), n % kTypeCount == 4 ? 2 : (n % kTypeCount == 3 ? 0 : 1)},
        {QStringLiteral("attributes"), attributesFor(n, shape)},
        {QStringLiteral("sensitive_attributes"), sensitive},
        {QStringLiteral("private"),
         QStringLiteral(
             "eyJlMmJmYjczMC1lY2FhLTExZTYtOGY4OC0zNDM2M2JjN2M0YzAiOnsiY3JlYXRlIjo2MDAwMDAwMDAwMDAsImRlbGV0Z"
             "SI6MTIwMDAwMDAwMDAwMH0sInNjaGVtYV92ZXJzaW9uIjoiMSJ9")},
        {QStringLiteral("dependencies"),
         QJsonArray{QStringLiteral("module.app_%1.aws_security_group.bench")
                        .arg(n / kResourcesPerModule, 3, 10, QLatin1Char('0'))}},
    };
}

// Resources firstModule * 100 up to resourceCount; firstModule > 0 only to sample sizes.
QByteArray makeState(int resourceCount, const Shape &shape, int firstModule = 0)
{
    resourceCount = std::max(0, resourceCount);
    StateWriter writer;
    writer.reserve(qint64(resourceCount) * (3000 + shape.growth * 180 + shape.noteChars * 2) + 4096);
    writer.raw("{\n  \"version\": 4,\n  \"terraform_version\": \"1.7.5\",\n  \"serial\": 1,\n"
               "  \"lineage\": \"3f0c2d1e-8b7a-4c5d-9e6f-0a1b2c3d4e5f\",\n  \"outputs\": {\n    ");
    writer.key(QStringLiteral("account_id"));
    writer.writeFields({{QStringLiteral("value"), QStringLiteral("111122223333")},
                        {QStringLiteral("type"), QStringLiteral("string")}},
                       2);
    writer.raw("\n  },\n  \"resources\": [");
    const QString provider = QStringLiteral("provider[\"registry.terraform.io/hashicorp/aws\"]");
    // A data source first, as `terraform apply` sorts them (by module, then mode "data" < "managed").
    writer.newline(2);
    writer.writeResource({{QStringLiteral("mode"), QStringLiteral("data")},
                          {QStringLiteral("type"), QStringLiteral("aws_caller_identity")},
                          {QStringLiteral("name"), QStringLiteral("current")},
                          {QStringLiteral("provider"), provider}},
                         {{{QStringLiteral("schema_version"), 0},
                           {QStringLiteral("attributes"),
                            QJsonObject{{QStringLiteral("account_id"), QStringLiteral("111122223333")},
                                        {QStringLiteral("id"), QStringLiteral("111122223333")}}},
                           {QStringLiteral("sensitive_attributes"), QJsonArray{}}}},
                         2);

    const int moduleCount = (resourceCount + kResourcesPerModule - 1) / kResourcesPerModule;
    for (int module = firstModule; module < moduleCount; ++module) {
        // Types in the order Terraform sorts them within a module.
        for (int type : {4, 3, 0, 2, 1}) {
            QList<StateWriter::Fields> instances;
            for (int k = 0; k < kResourcesPerModule / kTypeCount; ++k) {
                const int n = module * kResourcesPerModule + k * kTypeCount + type;
                if (n < resourceCount)
                    instances.append(instanceFor(n, shape));
            }
            if (instances.isEmpty())
                continue;
            writer.raw(",");
            writer.newline(2);
            writer.writeResource({{QStringLiteral("module"),
                                   QStringLiteral("module.app_%1").arg(module, 3, 10, QLatin1Char('0'))},
                                  {QStringLiteral("mode"), QStringLiteral("managed")},
                                  {QStringLiteral("type"), text(kTypes[type])},
                                  {QStringLiteral("name"), QStringLiteral("bench")},
                                  {QStringLiteral("provider"), provider}},
                                 instances, 2);
        }
    }
    writer.newline(1);
    writer.raw("],\n  \"check_results\": null\n}\n");
    return writer.take();
}

} // namespace

QByteArray makeSyntheticState(int resourceCount)
{
    return makeState(resourceCount, Shape{});
}

QByteArray makeSyntheticStateOfSize(qint64 bytes)
{
    const int resourceCount = int(std::clamp<qint64>(bytes / kBytesPerResource, 1, 1'000'000));
    // Sizes grow linearly with each knob: measure one module's worth and solve, first for the
    // coarse growth steps, then for the notes that make up the rest.
    // Numbers in names get longer as n grows: sample the module in the middle.
    const int sampleModule = resourceCount / 2 / kResourcesPerModule;
    const int sampleEnd = (sampleModule + 1) * kResourcesPerModule;
    auto sampleBytesPerResource = [&](const Shape &shape) {
        return double(makeState(sampleEnd, shape, sampleModule).size()) / kResourcesPerModule;
    };
    const double wanted = double(bytes) / resourceCount;
    const double plain = sampleBytesPerResource(Shape{});
    const double perStep = (sampleBytesPerResource(Shape{10, 0}) - plain) / 10.0;
    Shape shape;
    shape.growth = std::max(0, int(std::floor((wanted - plain) / perStep)));
    // Two points with notes, since the Notes tag itself costs a few bytes too.
    const double shortNotes = sampleBytesPerResource(Shape{shape.growth, 100});
    const double perNoteChar = (sampleBytesPerResource(Shape{shape.growth, 1100}) - shortNotes) / 1000.0;
    shape.noteChars = std::max(0, 100 + int(std::lround((wanted - shortNotes) / perNoteChar)));
    return makeState(resourceCount, shape);
}

double measureStateLoadSeconds(const QByteArray &json)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<TerraformState> state
        = parseTerraformState(json, QStringLiteral("synthetic.tfstate"), QStringLiteral("synthetic"),
                              QStringLiteral("production"), &error);
    if (!state)
        return -1.0;
    StateIndex index;
    index.addState(*state);
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace tfdrift::bench

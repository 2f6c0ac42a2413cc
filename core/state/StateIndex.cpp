#include "core/state/StateIndex.h"

#include <utility>

namespace tfdrift {

namespace {

// Which attributes identify a resource, i.e. hold a value that a CloudTrail request or a GCP
// audit log uses to name that very object.
//
// Every type: id, arn and self_link name the object itself; `name` is indexed with a lower rank
// because it is unique only within a type and an account (a lookup by type filters the rest).
//
// Some attributes name the object for a few types but refer to ANOTHER object elsewhere:
// `bucket` on aws_s3_object, `function_name` on aws_lambda_permission, `cluster_identifier` on
// aws_rds_cluster_instance, `key_id` on aws_kms_grant, `instance_id` on aws_eip_association,
// `security_group_id` on aws_security_group_rule. Indexing them everywhere would report a change
// to a security group as a change to one of its rules, so they are indexed only for the types
// below, where they are the object's own name. (`group_id` is never indexed: aws_security_group
// keeps its sg-... id in `id`; every other `*group_id` is a reference.)
struct TypeAttributes {
    const char *type;
    const char *attribute;
};
constexpr TypeAttributes kOwnNameAttributes[] = {
    // CloudTrail names an instance by its identifier; since AWS provider 5 `id` is the
    // db-XXXX resource id instead.
    {"aws_db_instance", "identifier"},
    {"aws_rds_cluster_instance", "identifier"},
    {"aws_docdb_cluster_instance", "identifier"},
    {"aws_neptune_cluster_instance", "identifier"},
    // `id` equals these in current providers; older provider versions differ.
    {"aws_rds_cluster", "cluster_identifier"},
    {"aws_docdb_cluster", "cluster_identifier"},
    {"aws_neptune_cluster", "cluster_identifier"},
    {"aws_redshift_cluster", "cluster_identifier"},
    {"aws_lambda_function", "function_name"},
    {"aws_kms_key", "key_id"},
    // The instance a spot request launched: ModifyInstanceAttribute names it by i-....
    {"aws_spot_instance_request", "spot_instance_id"},
    // Audit logs name instances by path, but resource.labels.instance_id is the numeric id.
    {"google_compute_instance", "instance_id"},
    {"google_project", "project_id"},
    {"google_project", "number"},
    // IAM audit logs name service accounts as projects/-/serviceAccounts/<email or unique id>.
    {"google_service_account", "email"},
    {"google_service_account", "unique_id"},
};

QList<QLatin1String> ownNameAttributes(const QString &type)
{
    QList<QLatin1String> attributes;
    for (const TypeAttributes &entry : kOwnNameAttributes) {
        if (type == QLatin1String(entry.type))
            attributes.append(QLatin1String(entry.attribute));
    }
    // aws_s3_bucket and its 1:1 configuration resources (aws_s3_bucket_policy, _versioning,
    // _public_access_block, ...) are all named by the bucket in S3 calls. aws_s3_bucket_object
    // is an object IN the bucket.
    if (type.startsWith(QLatin1String("aws_s3_bucket")) && type != QLatin1String("aws_s3_bucket_object"))
        attributes.append(QLatin1String("bucket"));
    return attributes;
}

constexpr QLatin1String kProjectsSegment("/projects/");

QString rawView(QStringView view)
{
    return QString::fromRawData(view.data(), view.size());
}

} // namespace

void StateIndex::addState(const TerraformState &state)
{
    m_states.append(state);
    const QList<TerraformResource> &resources = std::as_const(m_states).last().resources;
    m_byIdentifier.reserve(m_byIdentifier.size() + resources.size() * 3);
    for (const TerraformResource &resource : resources)
        indexResource(resource);
    m_resourceCount += int(resources.size());
}

void StateIndex::indexResource(const TerraformResource &resource)
{
    auto indexAttribute = [&](QLatin1String attribute, int rank) {
        const QJsonValue value = resource.attributes.value(attribute);
        if (!value.isString() || resource.sensitiveAttributes.contains(attribute))
            return;
        const QString text = value.toString();
        if (text.isEmpty())
            return;
        insert(text, &resource, rank);
        // GCP self links are URLs (https://www.googleapis.com/compute/v1/projects/p/zones/z/...)
        // while audit logs name the same object from "projects/" on.
        const qsizetype projects = text.indexOf(kProjectsSegment);
        if (projects >= 0)
            insert(text.mid(projects + 1), &resource, rank);
    };
    indexAttribute(QLatin1String("id"), 0);
    indexAttribute(QLatin1String("arn"), 0);
    indexAttribute(QLatin1String("self_link"), 0);
    if (resource.type.startsWith(QLatin1String("aws_"))
        || resource.type.startsWith(QLatin1String("google_"))) {
        for (QLatin1String attribute : ownNameAttributes(resource.type))
            indexAttribute(attribute, 0);
    }
    indexAttribute(QLatin1String("name"), 1);
}

void StateIndex::insert(const QString &key, const TerraformResource *resource, int rank)
{
    Entries &entries = m_byIdentifier[key];
    // Keys of one resource are inserted together: id == name (IAM roles) lands here twice.
    if (!entries.isEmpty() && entries.last().resource == resource)
        return;
    entries.append(Entry{resource, rank});
}

const TerraformResource *StateIndex::lookupKey(const QString &key, const QString *type) const
{
    const auto it = m_byIdentifier.constFind(key);
    if (it == m_byIdentifier.constEnd())
        return nullptr;
    const Entry *best = nullptr;
    for (const Entry &entry : *it) {
        if (type && entry.resource->type != *type)
            continue;
        if (!best || entry.rank < best->rank)
            best = &entry;
        if (best->rank == 0)
            break;
    }
    return best ? best->resource : nullptr;
}

// Called once per alert at full ingest rate: the alternative spellings below are views into
// identifier, so a lookup allocates nothing.
const TerraformResource *StateIndex::lookup(const QString &identifier, const QString *type) const
{
    if (identifier.isEmpty())
        return nullptr;
    if (const TerraformResource *found = lookupKey(identifier, type))
        return found;

    // A full URL or a full resource name (//compute.googleapis.com/projects/p/...): try it from
    // "projects/" on, as the index holds ids and self links in that form too.
    QStringView path(identifier);
    const qsizetype projects = identifier.indexOf(kProjectsSegment);
    if (projects >= 0) {
        path = path.mid(projects + 1);
        if (const TerraformResource *found = lookupKey(rawView(path), type))
            return found;
    }

    // "projects/_/buckets/NAME" and "projects/-/serviceAccounts/ID" leave the project out for
    // names that are global; the state knows them by NAME / ID alone.
    if (path.startsWith(QLatin1String("projects/_/")) || path.startsWith(QLatin1String("projects/-/"))) {
        const QStringView collectionAndName = path.mid(11);
        const qsizetype slash = collectionAndName.indexOf(QLatin1Char('/'));
        if (slash > 0 && slash + 1 < collectionAndName.size()
            && collectionAndName.indexOf(QLatin1Char('/'), slash + 1) < 0)
            return lookupKey(rawView(collectionAndName.mid(slash + 1)), type);
    }
    return nullptr;
}

const TerraformResource *StateIndex::find(const QString &resourceType, const QString &identifier) const
{
    return lookup(identifier, &resourceType);
}

const TerraformResource *StateIndex::findAnyType(const QString &identifier) const
{
    return lookup(identifier, nullptr);
}

int StateIndex::resourceCount() const
{
    return m_resourceCount;
}

} // namespace tfdrift

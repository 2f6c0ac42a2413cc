#include "core/state/StateIndex.h"

#include "bench/SyntheticState.h"

#include <QFile>
#include <QTest>

using namespace tfdrift;

namespace {
TerraformState loadFixture(const QString &name, const QString &stateName, const QString &environment)
{
    QFile file(qEnvironmentVariable("TFDRIFT_SOURCE_DIR") + QStringLiteral("/tests/core/fixtures/state/")
               + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    QString error;
    std::optional<TerraformState> state
        = parseTerraformState(file.readAll(), name, stateName, environment, &error);
    if (!state)
        qFatal("%s", qPrintable(error));
    return *state;
}

QString addressOf(const TerraformResource *resource)
{
    return resource ? resource->address : QStringLiteral("<none>");
}
} // namespace

class TestStateIndex : public QObject
{
    Q_OBJECT

    StateIndex m_index; // prod (account 111111111111) + staging (222222222222) + gcp

private Q_SLOTS:
    void initTestCase()
    {
        m_index.addState(loadFixture(QStringLiteral("prod-aws.tfstate"), QStringLiteral("prod"),
                                     QStringLiteral("production")));
        m_index.addState(loadFixture(QStringLiteral("staging-aws.opentofu.tfstate"),
                                     QStringLiteral("staging"), QStringLiteral("staging")));
        m_index.addState(loadFixture(QStringLiteral("gcp.tfstate"), QStringLiteral("gcp-prod"),
                                     QStringLiteral("production")));
    }

    void countsManagedResourcesOfEveryState()
    {
        // 11 in prod (no data source, no deposed object), 6 in staging, 4 in gcp.
        QCOMPARE(m_index.resourceCount(), 21);
    }

    void findsByIdArnAndName()
    {
        QCOMPARE(
            addressOf(m_index.find(QStringLiteral("aws_instance"), QStringLiteral("i-0abc1234def567890"))),
            QStringLiteral("aws_instance.web"));
        QCOMPARE(addressOf(m_index.find(QStringLiteral("aws_instance"),
                                        QStringLiteral("arn:aws:ec2:us-east-1:111111111111:instance/"
                                                       "i-0abc1234def567890"))),
                 QStringLiteral("aws_instance.web"));
        QCOMPARE(addressOf(m_index.find(QStringLiteral("aws_security_group"), QStringLiteral("ssh-bastion"))),
                 QStringLiteral("module.net.aws_security_group.ssh[1]"));
        QCOMPARE(addressOf(m_index.find(QStringLiteral("aws_sqs_queue"), QStringLiteral("blue-jobs"))),
                 QStringLiteral("module.app[\"blue\"].module.queue.aws_sqs_queue.jobs"));
        QCOMPARE(addressOf(m_index.find(
                     QStringLiteral("aws_sqs_queue"),
                     QStringLiteral("https://sqs.us-east-1.amazonaws.com/111111111111/blue-jobs"))),
                 QStringLiteral("module.app[\"blue\"].module.queue.aws_sqs_queue.jobs"));
    }

    void findsBucketsAndTheirConfigurationResources()
    {
        QCOMPARE(addressOf(m_index.find(QStringLiteral("aws_s3_bucket"), QStringLiteral("acme-prod-logs"))),
                 QStringLiteral("aws_s3_bucket.logs"));
        // Its id is "bucket,account": S3 calls name it by the bucket alone.
        QCOMPARE(addressOf(m_index.find(QStringLiteral("aws_s3_bucket_public_access_block"),
                                        QStringLiteral("acme-prod-logs"))),
                 QStringLiteral("aws_s3_bucket_public_access_block.logs"));
        QCOMPARE(addressOf(m_index.findAnyType(QStringLiteral("acme-prod-logs"))),
                 QStringLiteral("aws_s3_bucket.logs"));
    }

    void findsDatabaseByTheIdentifierCloudTrailUses()
    {
        const TerraformResource *db
            = m_index.find(QStringLiteral("aws_db_instance"), QStringLiteral("prod-main"));
        QCOMPARE(addressOf(db), QStringLiteral("aws_db_instance.main"));
        QCOMPARE(addressOf(m_index.find(QStringLiteral("aws_db_instance"),
                                        QStringLiteral("db-ABCDEFGHIJKLMNOP0123456789"))),
                 QStringLiteral("aws_db_instance.main"));
    }

    void typeMustMatch()
    {
        QCOMPARE(m_index.find(QStringLiteral("aws_security_group"), QStringLiteral("i-0abc1234def567890")),
                 nullptr);
        QCOMPARE(addressOf(m_index.findAnyType(QStringLiteral("i-0abc1234def567890"))),
                 QStringLiteral("aws_instance.web"));
    }

    void referencesToOtherResourcesAreNotIdentifiers()
    {
        // The rule names its group in security_group_id, and the permission its function in
        // function_name: a change to the group or the function is not a change to them.
        QCOMPARE(
            m_index.find(QStringLiteral("aws_security_group_rule"), QStringLiteral("sg-0123456789abcdef0")),
            nullptr);
        QCOMPARE(addressOf(m_index.findAnyType(QStringLiteral("sg-0123456789abcdef0"))),
                 QStringLiteral("module.net.aws_security_group.ssh[0]"));
        QCOMPARE(m_index.find(QStringLiteral("aws_lambda_permission"), QStringLiteral("thumbnailer")),
                 nullptr);
        QCOMPARE(addressOf(m_index.findAnyType(QStringLiteral("thumbnailer"))),
                 QStringLiteral("aws_lambda_function.thumbnailer"));
        QCOMPARE(addressOf(m_index.find(QStringLiteral("aws_lambda_permission"),
                                        QStringLiteral("AllowExecutionFromS3"))),
                 QStringLiteral("aws_lambda_permission.from_s3"));
    }

    void tellsTwoAccountsApartByArn()
    {
        const TerraformResource *prodAdmin = m_index.find(
            QStringLiteral("aws_iam_role"), QStringLiteral("arn:aws:iam::111111111111:role/admin"));
        QVERIFY(prodAdmin);
        QCOMPARE(prodAdmin->address, QStringLiteral("aws_iam_role.r[\"admin\"]"));
        QCOMPARE(prodAdmin->stateName, QStringLiteral("prod"));
        QCOMPARE(prodAdmin->environment, QStringLiteral("production"));

        const TerraformResource *stagingAdmin = m_index.find(
            QStringLiteral("aws_iam_role"), QStringLiteral("arn:aws:iam::222222222222:role/admin"));
        QVERIFY(stagingAdmin);
        QCOMPARE(stagingAdmin->address, QStringLiteral("aws_iam_role.admin"));
        QCOMPARE(stagingAdmin->stateName, QStringLiteral("staging"));
        QCOMPARE(stagingAdmin->environment, QStringLiteral("staging"));

        // By name alone, both accounts have an "admin": one of them answers.
        const TerraformResource *anyAdmin
            = m_index.find(QStringLiteral("aws_iam_role"), QStringLiteral("admin"));
        QVERIFY(anyAdmin == prodAdmin || anyAdmin == stagingAdmin);
        QCOMPARE(
            addressOf(m_index.find(QStringLiteral("aws_s3_bucket"), QStringLiteral("acme-staging-uploads"))),
            QStringLiteral("module.buckets.aws_s3_bucket.this[\"uploads\"]"));
    }

    void gcpResourcesByPathSelfLinkAndGlobalName()
    {
        const QString vm = QStringLiteral("google_compute_instance.vm");
        const QString compute = QStringLiteral("google_compute_instance");
        QCOMPARE(addressOf(m_index.find(
                     compute, QStringLiteral("projects/acme-prod/zones/europe-west1-b/instances/api-1"))),
                 vm);
        QCOMPARE(addressOf(m_index.find(compute,
                                        QStringLiteral("https://www.googleapis.com/compute/v1/projects/"
                                                       "acme-prod/zones/europe-west1-b/instances/api-1"))),
                 vm);
        QCOMPARE(addressOf(m_index.find(compute,
                                        QStringLiteral("//compute.googleapis.com/projects/acme-prod/zones/"
                                                       "europe-west1-b/instances/api-1"))),
                 vm);
        QCOMPARE(addressOf(m_index.find(compute, QStringLiteral("4518236675001234567"))), vm);
        QCOMPARE(m_index.find(compute,
                              QStringLiteral("projects/other-project/zones/europe-west1-b/instances/api-1")),
                 nullptr);

        // Cloud SQL keeps only the name in `id`; audit logs say projects/P/instances/NAME.
        QCOMPARE(addressOf(m_index.find(QStringLiteral("google_sql_database_instance"),
                                        QStringLiteral("projects/acme-prod/instances/acme-prod-db"))),
                 QStringLiteral("google_sql_database_instance.main"));
        // Bucket names are global: storage audit logs leave the project out.
        QCOMPARE(addressOf(m_index.find(QStringLiteral("google_storage_bucket"),
                                        QStringLiteral("projects/_/buckets/acme-prod-assets"))),
                 QStringLiteral("google_storage_bucket.assets"));
        const QString serviceAccount = QStringLiteral("google_service_account.ci");
        QCOMPARE(addressOf(m_index.find(QStringLiteral("google_service_account"),
                                        QStringLiteral("projects/-/serviceAccounts/104827361524375918273"))),
                 serviceAccount);
        QCOMPARE(addressOf(m_index.find(QStringLiteral("google_service_account"),
                                        QStringLiteral("ci-deployer@acme-prod.iam.gserviceaccount.com"))),
                 serviceAccount);
        QCOMPARE(
            addressOf(m_index.findAnyType(QStringLiteral("projects/acme-prod/serviceAccounts/"
                                                         "ci-deployer@acme-prod.iam.gserviceaccount.com"))),
            serviceAccount);
    }

    void unknownSkippedAndMaskedValuesAreNotFound()
    {
        QCOMPARE(m_index.findAnyType(QStringLiteral("i-0ffffffffffffffff")), nullptr);
        QCOMPARE(m_index.findAnyType(QString()), nullptr);
        QCOMPARE(m_index.findAnyType(QStringLiteral("ami-0c7217cdde317cfec")), nullptr); // data source
        QCOMPARE(m_index.findAnyType(QStringLiteral("222222222222")), nullptr);          // data source
        QCOMPARE(m_index.findAnyType(QStringLiteral("i-0old000000000000b")), nullptr);   // deposed
        QCOMPARE(m_index.findAnyType(QStringLiteral("(sensitive)")), nullptr);
        QCOMPARE(m_index.findAnyType(QStringLiteral("projects/_/buckets/")), nullptr);
        QCOMPARE(m_index.findAnyType(QStringLiteral("/projects/")), nullptr);
    }

    void indexOutlivesTheStatesItWasBuiltFrom()
    {
        StateIndex copy;
        {
            StateIndex built;
            TerraformState state = loadFixture(QStringLiteral("gcp.tfstate"), QStringLiteral("g"), QString());
            built.addState(state);
            state.resources.clear();
            copy = built;
        }
        const TerraformResource *bucket
            = copy.find(QStringLiteral("google_storage_bucket"), QStringLiteral("acme-prod-assets"));
        QVERIFY(bucket);
        QCOMPARE(bucket->attributes.value(QStringLiteral("location")).toString(), QStringLiteral("EU"));
        QCOMPARE(copy.resourceCount(), 4);
    }

    // tfdrift-bench generates alerts from the id formats documented in SyntheticState.h.
    void syntheticStateHasTheDocumentedIdentifiers()
    {
        const int count = 250;
        QString error;
        const auto state = parseTerraformState(bench::makeSyntheticState(count), QStringLiteral("synthetic"),
                                               QStringLiteral("synthetic"), QString(), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->resources.size(), count);
        StateIndex index;
        index.addState(*state);
        for (int n = 0; n < count; ++n) {
            const QString hex = QStringLiteral("%1").arg(n, 17, 16, QLatin1Char('0'));
            const QString dec = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
            const char *const types[]
                = {"aws_instance", "aws_security_group", "aws_s3_bucket", "aws_iam_role", "aws_db_instance"};
            const QString address = QStringLiteral("module.app_%1.%2.bench[%3]")
                                        .arg(n / 100, 3, 10, QLatin1Char('0'))
                                        .arg(QLatin1String(types[n % 5]))
                                        .arg((n % 100) / 5);
            const TerraformResource *found = nullptr;
            switch (n % 5) {
            case 0: found = index.find(QStringLiteral("aws_instance"), QStringLiteral("i-") + hex); break;
            case 1:
                found = index.find(QStringLiteral("aws_security_group"), QStringLiteral("sg-") + hex);
                break;
            case 2:
                found = index.find(QStringLiteral("aws_s3_bucket"), QStringLiteral("bench-bucket-") + dec);
                break;
            case 3:
                found = index.find(QStringLiteral("aws_iam_role"),
                                   QStringLiteral("arn:aws:iam::111122223333:role/bench-role-") + dec);
                QCOMPARE(index.find(QStringLiteral("aws_iam_role"), QStringLiteral("bench-role-") + dec),
                         found);
                break;
            case 4: found = index.find(QStringLiteral("aws_db_instance"), QStringLiteral("db-") + dec); break;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("resource %1").arg(n)));
            QCOMPARE(found->address, address);
            if (n % 5 == 4)
                QCOMPARE(found->attributes.value(QStringLiteral("password")).toString(),
                         QStringLiteral("(sensitive)"));
        }
        QCOMPARE(bench::makeSyntheticState(3).count("\"aws_instance\""), 1);
    }

    void syntheticStateOfSizeIsAboutThatSize()
    {
        const qint64 wanted = 2'000'000;
        const QByteArray json = bench::makeSyntheticStateOfSize(wanted);
        QVERIFY2(qAbs(json.size() - wanted) < wanted / 100, qPrintable(QString::number(json.size())));
        QVERIFY(bench::measureStateLoadSeconds(json) >= 0);
        QVERIFY(bench::measureStateLoadSeconds("{\"version\": 3}") < 0);
    }
};

QTEST_GUILESS_MAIN(TestStateIndex)
#include "test_state_index.moc"

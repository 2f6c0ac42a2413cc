#include "core/ingest/grpc/FalcoProtoConversion.h"

#include "falco/outputs.pb.h"
#include "support/AlertFixtures.h"

#include <QTest>

using namespace tfdrift;

namespace {
falco::outputs::response toProto(const FalcoAlert &alert)
{
    falco::outputs::response response;
    alertToProto(alert, &response);
    return response;
}

// Over gRPC every output field value is a string, as Falco sends it.
FalcoAlert asGrpcDelivers(FalcoAlert alert)
{
    OutputFields strings;
    for (const OutputField &field : alert.outputFields)
        strings.insertString(field.name(), field.text());
    alert.outputFields = strings;
    return alert;
}
} // namespace

class TestProtoAlertDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        const FalcoAlert alert = test::cloudTrailAlert(42);
        QCOMPARE(alertFromProto(toProto(alert)), asGrpcDelivers(alert));
    }

    // The decoder shares strings that repeat between alerts; a change must never be missed.
    void decodesAStreamWhereRepeatedStringsChange()
    {
        ProtoAlertDecoder decoder;
        for (int i = 0; i < 6; ++i) {
            FalcoAlert alert = test::cloudTrailAlert(i);
            alert.rule = i % 3 == 0 ? QStringLiteral("Rule A") : QStringLiteral("Rule B");
            alert.hostname = QStringLiteral("falco-%1").arg(i / 2);
            alert.source = i == 4 ? QStringLiteral("gcp_auditlog") : QStringLiteral("aws_cloudtrail");
            alert.tags = i % 2
                ? QStringList{QStringLiteral("aws")}
                : QStringList{QStringLiteral("gcp"), QStringLiteral("terraform"), QStringLiteral("ünïcode")};
            if (i == 3)
                alert.outputFields.insertString(QStringLiteral("ct.additionaleventdata"),
                                                QStringLiteral("{}"));
            if (i == 5)
                alert.outputFields.insertString(QStringLiteral("ünïcode.field"), QStringLiteral("ä"));
            QCOMPARE(decoder.decode(toProto(alert)), asGrpcDelivers(alert));
        }
    }

    void readsTheDeprecatedSourceOfOlderFalco()
    {
        FalcoAlert alert = test::cloudTrailAlert(1);
        alert.source = QStringLiteral("k8s_audit");
        falco::outputs::response response = toProto(alert);
        response.clear_source();
        QCOMPARE(alertFromProto(response).source, QStringLiteral("k8s_audit"));
    }
};

QTEST_GUILESS_MAIN(TestProtoAlertDecoder)
#include "test_proto_alert_decoder.moc"

#include "core/falco/OutputFields.h"

#include <QJsonArray>
#include <QTest>

using namespace tfdrift;

class TestOutputFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksUpFieldsWhateverTheInsertOrder()
    {
        OutputFields fields;
        fields.insertString(QStringLiteral("ct.user"), QStringLiteral("alice"));
        fields.insertString(QStringLiteral("ct.name"), QStringLiteral("ModifyInstanceAttribute"));
        fields.insert(QStringLiteral("evt.num"), 7);
        fields.insertString(QStringLiteral("ct.region"), QStringLiteral("eu-west-1"));

        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.value(QLatin1String("ct.user")).toString(), QStringLiteral("alice"));
        QCOMPARE(fields.value(u"ct.region").toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(fields.value(QStringLiteral("evt.num")).toInteger(), 7);
        QVERIFY(fields.contains(QLatin1String("ct.name")));
        QVERIFY(!fields.contains(QLatin1String("ct.nam")));
        QVERIFY(fields.value(QLatin1String("missing")).isUndefined());

        QStringList names;
        for (const OutputField &field : fields)
            names.append(field.name());
        QCOMPARE(names,
                 QStringList({QStringLiteral("ct.name"), QStringLiteral("ct.region"),
                              QStringLiteral("ct.user"), QStringLiteral("evt.num")}));
    }

    void insertingAnExistingNameReplacesItsValue()
    {
        OutputFields fields{{QStringLiteral("evt.time"), 1},
                            {QStringLiteral("ct.user"), QStringLiteral("bob")}};
        fields.insert(QStringLiteral("evt.time"), 2);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.value(QLatin1String("evt.time")).toInteger(), 2);
    }

    void printsValuesAsFalcoGrpcDoes()
    {
        const OutputFields fields{
            {QStringLiteral("ct.user"), QStringLiteral("alice")},
            {QStringLiteral("s3.bytes"), QJsonValue::Null},
            {QStringLiteral("ct.readonly"), false},
            {QStringLiteral("evt.time"), qint64(1772832174123456789)},
            {QStringLiteral("ec2.imageids"), QJsonArray{QStringLiteral("ami-1"), QStringLiteral("ami-2")}},
        };
        QCOMPARE(fields.text(QLatin1String("ct.user")), QStringLiteral("alice"));
        QCOMPARE(fields.text(QLatin1String("s3.bytes")), QStringLiteral("<NA>"));
        QCOMPARE(fields.text(QLatin1String("ct.readonly")), QStringLiteral("false"));
        QCOMPARE(fields.text(QLatin1String("evt.time")), QStringLiteral("1772832174123456789"));
        QCOMPARE(fields.text(QLatin1String("ec2.imageids")), QStringLiteral("[\"ami-1\",\"ami-2\"]"));
    }

    void keepsJsonTypesThroughAJsonObject()
    {
        QJsonObject object;
        object.insert(QStringLiteral("ct.user"), QStringLiteral("alice"));
        object.insert(QStringLiteral("s3.bytes"), QJsonValue::Null);
        object.insert(QStringLiteral("ec2.imageids"), QJsonArray{QStringLiteral("ami-1")});
        object.insert(QStringLiteral("evt.time"), qint64(1772832174123456789));

        const OutputFields fields = OutputFields::fromJsonObject(object);
        QVERIFY(fields.value(QLatin1String("s3.bytes")).isNull());
        QVERIFY(fields.value(QLatin1String("ec2.imageids")).isArray());
        // Integers beyond 2^53 stay exact.
        QCOMPARE(fields.value(QLatin1String("evt.time")).toInteger(), qint64(1772832174123456789));
        QCOMPARE(fields.toJsonObject(), object);
    }

    void equalFieldsCompareEqualHoweverTheyWereBuilt()
    {
        OutputFields viaString;
        viaString.insertString(QStringLiteral("ct.user"), QStringLiteral("alice"));
        const OutputFields viaJson{{QStringLiteral("ct.user"), QJsonValue(QStringLiteral("alice"))}};
        QCOMPARE(viaString, viaJson);

        const OutputFields number{{QStringLiteral("evt.num"), 1}};
        const OutputFields text{{QStringLiteral("evt.num"), QStringLiteral("1")}};
        QVERIFY(number != text);
    }
};

QTEST_GUILESS_MAIN(TestOutputFields)
#include "test_output_fields.moc"

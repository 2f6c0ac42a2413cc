// The JSON tree of the drift detail pane: the raw Falco alert and a resource's state attributes.
#include "models/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace tfdrift;

namespace {

// A Falco alert as http_output posts it, trimmed to what the tree must handle: nesting, every JSON
// type, an empty array, and a string that spans lines.
QJsonObject alertDocument()
{
    return QJsonDocument::fromJson(R"json({
        "rule": "Terraform Managed Resource Modified",
        "priority": "Warning",
        "output": "21:22:54: Warning EC2 instance attribute changed\n(user=alice)",
        "output_fields": {
            "ct.name": "ModifyInstanceAttribute",
            "evt.num": 42,
            "ct.readonly": false,
            "ct.response": null,
            "ct.resources": [{"type": "AWS::EC2::Instance", "ARN": "arn:aws:ec2:us-east-1:1:instance/i-1"}, "x"]
        },
        "tags": []
    })json")
        .object();
}

// The row under parent whose Key column reads key; invalid when there is none.
QModelIndex rowWithKey(const QAbstractItemModel &model, const QString &key, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

QString cell(const QModelIndex &keyIndex, int column, int role = Qt::DisplayRole)
{
    return keyIndex.siblingAtColumn(column).data(role).toString();
}

QStringList keys(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, JsonTreeModel::KeyColumn, parent).data().toString();
    return names;
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterOnANestedDocument()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(alertDocument());
        model.setJson(QJsonArray{1, QJsonObject{{QStringLiteral("a"), QJsonArray{}}}});
        model.setJson(QJsonValue(QStringLiteral("just text")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void showsMembersWithTheirValuesAndTypes()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(alertDocument());

        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Key"));
        QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Value"));
        QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Type"));
        // QJsonObject keeps members sorted by name.
        QCOMPARE(keys(model),
                 QStringList({QStringLiteral("output"), QStringLiteral("output_fields"),
                              QStringLiteral("priority"), QStringLiteral("rule"), QStringLiteral("tags")}));

        const QModelIndex rule = rowWithKey(model, QStringLiteral("rule"));
        QCOMPARE(cell(rule, JsonTreeModel::ValueColumn),
                 QStringLiteral("Terraform Managed Resource Modified"));
        QCOMPARE(cell(rule, JsonTreeModel::TypeColumn), QStringLiteral("string"));
        QVERIFY(!model.hasChildren(rule));

        const QModelIndex fields = rowWithKey(model, QStringLiteral("output_fields"));
        QVERIFY(model.hasChildren(fields));
        QCOMPARE(model.rowCount(fields), 5);
        // "5 members" once translated; the plural ending comes from the translation.
        QVERIFY(cell(fields, JsonTreeModel::ValueColumn).startsWith(QLatin1String("5 member")));
        QCOMPARE(cell(fields, JsonTreeModel::TypeColumn), QStringLiteral("object"));

        const QModelIndex number = rowWithKey(model, QStringLiteral("evt.num"), fields);
        QCOMPARE(cell(number, JsonTreeModel::ValueColumn), QStringLiteral("42"));
        QCOMPARE(cell(number, JsonTreeModel::TypeColumn), QStringLiteral("number"));
        const QModelIndex boolean = rowWithKey(model, QStringLiteral("ct.readonly"), fields);
        QCOMPARE(cell(boolean, JsonTreeModel::ValueColumn), QStringLiteral("false"));
        QCOMPARE(cell(boolean, JsonTreeModel::TypeColumn), QStringLiteral("boolean"));
        const QModelIndex null = rowWithKey(model, QStringLiteral("ct.response"), fields);
        QCOMPARE(cell(null, JsonTreeModel::ValueColumn), QStringLiteral("null"));
        QCOMPARE(cell(null, JsonTreeModel::TypeColumn), QStringLiteral("null"));
        QCOMPARE(model.parent(null), fields);

        // Arrays list their items by index, objects inside them nest further.
        const QModelIndex resources = rowWithKey(model, QStringLiteral("ct.resources"), fields);
        QVERIFY(cell(resources, JsonTreeModel::ValueColumn).startsWith(QLatin1String("2 item")));
        QCOMPARE(cell(resources, JsonTreeModel::TypeColumn), QStringLiteral("array"));
        QCOMPARE(keys(model, resources), QStringList({QStringLiteral("[0]"), QStringLiteral("[1]")}));
        const QModelIndex first = model.index(0, 0, resources);
        QCOMPARE(cell(rowWithKey(model, QStringLiteral("ARN"), first), JsonTreeModel::ValueColumn),
                 QStringLiteral("arn:aws:ec2:us-east-1:1:instance/i-1"));
        QCOMPARE(model.parent(model.index(1, 0, first)), first);
        QCOMPARE(model.parent(first), resources);

        const QModelIndex tags = rowWithKey(model, QStringLiteral("tags"));
        QVERIFY(cell(tags, JsonTreeModel::ValueColumn).startsWith(QLatin1String("0 item")));
        QVERIFY(!model.hasChildren(tags));

        // The row's JSON value is there for a copy action.
        QCOMPARE(fields.siblingAtColumn(JsonTreeModel::ValueColumn)
                     .data(JsonTreeModel::JsonValueRole)
                     .value<QJsonValue>(),
                 alertDocument().value(QLatin1String("output_fields")));
    }

    void aMultiLineStringStaysOnOneRowWithTheWholeTextInTheToolTip()
    {
        JsonTreeModel model;
        model.setJson(alertDocument());
        const QModelIndex output = rowWithKey(model, QStringLiteral("output"));
        const QString shown = cell(output, JsonTreeModel::ValueColumn);
        QVERIFY2(!shown.contains(QLatin1Char('\n')), qPrintable(shown));
        QVERIFY(shown.startsWith(QLatin1String("21:22:54: Warning")));
        QVERIFY(shown.endsWith(QLatin1String("(user=alice)")));
        const QString full = alertDocument().value(QLatin1String("output")).toString();
        QCOMPARE(cell(output, JsonTreeModel::ValueColumn, JsonTreeModel::FullTextRole), full);
        QVERIFY(cell(output, JsonTreeModel::ValueColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("(user=alice)")));
        // A short one-line value needs no tooltip.
        QVERIFY(cell(rowWithKey(model, QStringLiteral("rule")), JsonTreeModel::ValueColumn, Qt::ToolTipRole)
                    .isEmpty());
    }

    void longStringsAreCutInTheCellButNotInTheToolTip()
    {
        const QString policy = QStringLiteral("{\"Statement\":[") + QString(5000, QLatin1Char('x'))
            + QStringLiteral("<b>end</b>]}");
        JsonTreeModel model;
        model.setJson(QJsonObject{{QStringLiteral("policy"), policy}});
        const QModelIndex row = model.index(0, JsonTreeModel::KeyColumn);
        const QString shown = cell(row, JsonTreeModel::ValueColumn);
        QCOMPARE(shown.size(), JsonTreeModel::kMaxDisplayedChars + 1);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(cell(row, JsonTreeModel::ValueColumn, JsonTreeModel::FullTextRole), policy);
        // The tooltip shows the markup literally: it is escaped inside a rich-text wrapper.
        const QString toolTip = cell(row, JsonTreeModel::ValueColumn, Qt::ToolTipRole);
        QVERIFY2(toolTip.contains(QLatin1String("&lt;b&gt;end&lt;/b&gt;")), qPrintable(toolTip.right(80)));
        QVERIFY(!toolTip.contains(QLatin1String("<b>")));
    }

    void aScalarDocumentIsOneRowWithoutKey()
    {
        JsonTreeModel model;
        model.setJson(QJsonValue(3.5));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(row.data().toString(), QString());
        QCOMPARE(cell(row, JsonTreeModel::ValueColumn), QStringLiteral("3.5"));
        QCOMPARE(cell(row, JsonTreeModel::TypeColumn), QStringLiteral("number"));
        QVERIFY(!model.hasChildren(row));
    }

    void replacingTheDocumentResetsTheModel()
    {
        JsonTreeModel model;
        model.setJson(alertDocument());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setJson(QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(keys(model), QStringList({QStringLiteral("[0]"), QStringLiteral("[1]")}));
        QCOMPARE(cell(model.index(1, 0), JsonTreeModel::ValueColumn), QStringLiteral("b"));
        QCOMPARE(model.json(), QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "test_json_tree_model.moc"

// The side-by-side attribute diff of the drift detail pane.
#include "models/AttributeDiffModel.h"
#include "models/ColourContrast.h"

#include "support/MarkingTranslator.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace tfdrift;

namespace {

using Mark = AttributeDiffModel::Mark;

AttributeChange change(const char *attribute, const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return {QString::fromUtf8(attribute), oldValue, newValue};
}

const QJsonValue kUnknown(QJsonValue::Undefined);

// An inline role policy, as Terraform state and the PutRolePolicy call both carry it: JSON in a string.
QString policyText(const char *action)
{
    QJsonArray statements;
    for (int i = 0; i < 4; ++i) {
        statements.append(
            QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                        {QStringLiteral("Action"), QString::fromUtf8(action)},
                        {QStringLiteral("Resource"), QStringLiteral("arn:aws:s3:::bucket-%1/*").arg(i)}});
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                  {QStringLiteral("Statement"), statements}})
            .toJson(QJsonDocument::Compact));
}

// A modification of an instance and a role, plus the rows a user meets for unknown, added and masked values.
QList<AttributeChange> sampleChanges()
{
    return {
        change("instance_type", QStringLiteral("t3.small"), QStringLiteral("t3.large")),
        change("tags", QJsonObject{{QStringLiteral("Env"), QStringLiteral("prod")}},
               QJsonObject{{QStringLiteral("Env"), QStringLiteral("dev")},
                           {QStringLiteral("Owner"), QStringLiteral("eve")}}),
        change("inline_policy", policyText("s3:GetObject"), policyText("s3:*")),
        change("monitoring", kUnknown, true),
        change("(modified out of band)", kUnknown, kUnknown),
        change("password", QStringLiteral("(sensitive)"), QStringLiteral("(sensitive)")),
        change("port", 22, 2222),
    };
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

Mark markOf(const QAbstractItemModel &model, int row, int column)
{
    return Mark(model.data(model.index(row, column), AttributeDiffModel::MarkRole).toInt());
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xEF, 0xEF, 0xEF));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Base, QColor(0x2A, 0x2A, 0x2A));
    palette.setColor(QPalette::Text, Qt::white);
    return palette;
}

} // namespace

class TestAttributeDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QGuiApplication::setPalette(m_originalPalette); }

    void passesTheModelTester()
    {
        AttributeDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(sampleChanges());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void headersNameBothSides()
    {
        AttributeDiffModel model;
        QCOMPARE(model.headerData(AttributeDiffModel::AttributeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Attribute"));
        QCOMPARE(model.headerData(AttributeDiffModel::StateValueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("In Terraform state"));
        QCOMPARE(model.headerData(AttributeDiffModel::NewValueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("New value"));
    }

    void scalarsReadAsTheUserTypedThem()
    {
        AttributeDiffModel model;
        model.setChanges(sampleChanges());
        QCOMPARE(cell(model, 0, AttributeDiffModel::AttributeColumn), QStringLiteral("instance_type"));
        // Strings without quotes, numbers and booleans as JSON writes them.
        QCOMPARE(cell(model, 0, AttributeDiffModel::StateValueColumn), QStringLiteral("t3.small"));
        QCOMPARE(cell(model, 0, AttributeDiffModel::NewValueColumn), QStringLiteral("t3.large"));
        QCOMPARE(cell(model, 6, AttributeDiffModel::StateValueColumn), QStringLiteral("22"));
        QCOMPARE(cell(model, 6, AttributeDiffModel::NewValueColumn), QStringLiteral("2222"));
        QCOMPARE(cell(model, 3, AttributeDiffModel::NewValueColumn), QStringLiteral("true"));
        QVERIFY(cell(model, 0, AttributeDiffModel::NewValueColumn, Qt::ToolTipRole).isEmpty());
        QCOMPARE(
            model.data(model.index(6, AttributeDiffModel::NewValueColumn), AttributeDiffModel::JsonValueRole)
                .value<QJsonValue>(),
            QJsonValue(2222));
    }

    void objectsArePrettyPrintedWithTwoSpaceIndents()
    {
        AttributeDiffModel model;
        model.setChanges(sampleChanges());
        QCOMPARE(cell(model, 1, AttributeDiffModel::StateValueColumn),
                 QStringLiteral("{\n  \"Env\": \"prod\"\n}"));
        QCOMPARE(cell(model, 1, AttributeDiffModel::NewValueColumn),
                 QStringLiteral("{\n  \"Env\": \"dev\",\n  \"Owner\": \"eve\"\n}"));
        // On more than one line: the tooltip carries it whole.
        QVERIFY(cell(model, 1, AttributeDiffModel::NewValueColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("eve")));
    }

    void aPolicyInAStringIsPrettyPrintedAndLongOnesAreCutWithTheRestInTheToolTip()
    {
        AttributeDiffModel model;
        model.setChanges(sampleChanges());
        const QString full
            = cell(model, 2, AttributeDiffModel::NewValueColumn, AttributeDiffModel::FullTextRole);
        // The same document, laid out one member per line.
        QCOMPARE(QJsonDocument::fromJson(full.toUtf8()).object(),
                 QJsonDocument::fromJson(policyText("s3:*").toUtf8()).object());
        QVERIFY(full.contains(QLatin1String("\n  \"Statement\": [\n    {\n      \"Action\": \"s3:*\",")));
        const int lineCount = int(full.count(QLatin1Char('\n'))) + 1;
        QVERIFY(lineCount > AttributeDiffModel::kMaxDisplayedLines);

        const QString shown = cell(model, 2, AttributeDiffModel::NewValueColumn);
        const QStringList shownLines = shown.split(QLatin1Char('\n'));
        QCOMPARE(shownLines.size(), AttributeDiffModel::kMaxDisplayedLines + 1);
        // The last line says how many are hidden: "(17 more lines)".
        const QString hiddenCount = QString::number(lineCount - AttributeDiffModel::kMaxDisplayedLines);
        QVERIFY2(
            shownLines.constLast().startsWith(QLatin1Char('(') + hiddenCount + QLatin1String(" more line")),
            qPrintable(shownLines.constLast()));
        const QString toolTip = cell(model, 2, AttributeDiffModel::NewValueColumn, Qt::ToolTipRole);
        QVERIFY(toolTip.contains(QLatin1String("bucket-3")));
        QVERIFY(!shown.contains(QLatin1String("bucket-3")));
    }

    void unknownAndAbsentValuesAreSaidSoInItalics()
    {
        AttributeDiffModel model;
        model.setChanges(sampleChanges());
        // The state had no monitoring attribute; the call set it.
        QCOMPARE(cell(model, 3, AttributeDiffModel::StateValueColumn), QStringLiteral("(absent)"));
        QVERIFY(model.data(model.index(3, AttributeDiffModel::StateValueColumn), Qt::FontRole)
                    .value<QFont>()
                    .italic());
        QVERIFY(
            model
                .data(model.index(3, AttributeDiffModel::StateValueColumn), AttributeDiffModel::JsonValueRole)
                .value<QJsonValue>()
                .isUndefined());
        // Nobody knows what an out-of-band change did.
        QCOMPARE(cell(model, 4, AttributeDiffModel::StateValueColumn), QStringLiteral("(unknown)"));
        QCOMPARE(cell(model, 4, AttributeDiffModel::NewValueColumn), QStringLiteral("(unknown)"));
        QVERIFY(!model.data(model.index(0, AttributeDiffModel::NewValueColumn), Qt::FontRole)
                     .value<QFont>()
                     .italic());
    }

    void marksTellRemovedAddedAndChangedCells()
    {
        AttributeDiffModel model;
        model.setChanges(sampleChanges());
        QCOMPARE(markOf(model, 0, AttributeDiffModel::AttributeColumn), Mark::Changed);
        QCOMPARE(markOf(model, 0, AttributeDiffModel::StateValueColumn), Mark::Removed);
        QCOMPARE(markOf(model, 0, AttributeDiffModel::NewValueColumn), Mark::Added);
        // A new attribute: nothing was removed.
        QCOMPARE(markOf(model, 3, AttributeDiffModel::AttributeColumn), Mark::Added);
        QCOMPARE(markOf(model, 3, AttributeDiffModel::StateValueColumn), Mark::None);
        QCOMPARE(markOf(model, 3, AttributeDiffModel::NewValueColumn), Mark::Added);
        // Unknown and masked values are not coloured as changes nobody can see.
        for (int column = 0; column < AttributeDiffModel::ColumnCount; ++column) {
            QCOMPARE(markOf(model, 4, column), Mark::None);
            QCOMPARE(markOf(model, 5, column), Mark::None);
            QVERIFY(!model.data(model.index(5, column), Qt::BackgroundRole).isValid());
        }
        QCOMPARE(cell(model, 5, AttributeDiffModel::NewValueColumn), QStringLiteral("(sensitive)"));
        // A value set to nothing: only the state had one.
        model.setChanges({change("description", QStringLiteral("ssh"), kUnknown)});
        QCOMPARE(markOf(model, 0, AttributeDiffModel::AttributeColumn), Mark::Removed);
        QCOMPARE(cell(model, 0, AttributeDiffModel::NewValueColumn), QStringLiteral("(absent)"));
    }

    void colouredCellsStayReadableInLightAndDarkPalettes()
    {
        AttributeDiffModel model;
        model.setChanges(sampleChanges());
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            QGuiApplication::setPalette(palette);
            const QColor removed
                = model.data(model.index(0, AttributeDiffModel::StateValueColumn), Qt::BackgroundRole)
                      .value<QColor>();
            const QColor added
                = model.data(model.index(0, AttributeDiffModel::NewValueColumn), Qt::BackgroundRole)
                      .value<QColor>();
            QVERIFY(removed.isValid() && added.isValid());
            QVERIFY2(removed.red() > removed.green(), qPrintable(removed.name())); // red-ish
            QVERIFY2(added.green() > added.red(), qPrintable(added.name()));       // green-ish
            // Tints that the base colour still dominates: light on light, dark on dark.
            const bool dark = palette.color(QPalette::Base).lightness() < 128;
            QCOMPARE(removed.lightness() < 128, dark);
            QCOMPARE(added.lightness() < 128, dark);
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < AttributeDiffModel::ColumnCount; ++column) {
                    const QModelIndex index = model.index(row, column);
                    const QVariant background = index.data(Qt::BackgroundRole);
                    if (!background.isValid())
                        continue;
                    const QColor text = index.data(Qt::ForegroundRole).value<QColor>();
                    const double ratio = contrastRatio(text, background.value<QColor>());
                    QVERIFY2(ratio >= 4.5,
                             qPrintable(QStringLiteral("row %1 column %2: %3 on %4 is %5:1")
                                            .arg(row)
                                            .arg(column)
                                            .arg(text.name(), background.value<QColor>().name())
                                            .arg(ratio)));
                }
            }
        }
    }

    void aPaletteWithPoorTextColourStillGetsReadableText()
    {
        // Mid-grey text on a light base: too faint on the tints, so black is used instead.
        QPalette palette = lightPalette();
        palette.setColor(QPalette::Text, QColor(0x9E, 0x9E, 0x9E));
        for (Mark mark : {Mark::Removed, Mark::Added, Mark::Changed}) {
            const QColor background = diffBackgroundColor(mark, palette);
            QVERIFY(contrastRatio(diffTextColor(mark, palette), background) >= 4.5);
        }
        QVERIFY(!diffBackgroundColor(Mark::None, palette).isValid());
    }

    void aChangeWithoutAnAttributeNameIsShownInTheUserLanguage()
    {
        MarkingTranslator marking("tfdrift::AttributeTitle");
        QCoreApplication::installTranslator(&marking);
        AttributeDiffModel model;
        model.setChanges(sampleChanges());
        QCOMPARE(model.data(model.index(4, AttributeDiffModel::AttributeColumn)).toString(),
                 QStringLiteral("«(modified out of band)»"));
        // Real attribute names are Terraform's, never translated.
        QCOMPARE(model.data(model.index(0, AttributeDiffModel::AttributeColumn)).toString(),
                 QStringLiteral("instance_type"));
        QVERIFY(AttributeDiffModel::plainTextDiff(sampleChanges()).contains(u"«(modified out of band)»"));
        QCoreApplication::removeTranslator(&marking);
    }

    void plainTextDiffReadsLikeAUnifiedDiff()
    {
        const QList<AttributeChange> changes{
            change("instance_type", QStringLiteral("t3.small"), QStringLiteral("t3.large")),
            change("tags", QJsonObject{{QStringLiteral("Env"), QStringLiteral("prod")}}, kUnknown),
        };
        QCOMPARE(AttributeDiffModel::plainTextDiff(changes),
                 QStringLiteral("instance_type\n"
                                "- t3.small\n"
                                "+ t3.large\n"
                                "\n"
                                "tags\n"
                                "- {\n"
                                "-   \"Env\": \"prod\"\n"
                                "- }\n"
                                "+ (absent)\n"));
        QCOMPARE(AttributeDiffModel::plainTextDiff({}), QString());
    }

private:
    const QPalette m_originalPalette = QGuiApplication::palette();
};

QTEST_MAIN(TestAttributeDiffModel)
#include "test_attribute_diff_model.moc"

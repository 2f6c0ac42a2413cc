// F1 help: the shortcuts the console binds, every filter field the filter bar accepts, and examples that
// really are valid filters.
#include "core/filter/DriftFilter.h"
#include "core/filter/DriftFilterFields.h"
#include "ui/HelpDialog.h"

#include "support/MarkingTranslator.h"

#include <QCoreApplication>
#include <QTest>
#include <QTextBrowser>

using namespace tfdrift;

class TestHelpDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheKeyboardShortcuts()
    {
        HelpDialog dialog;
        QCOMPARE(dialog.objectName(), QStringLiteral("helpDialog"));
        const QString text = dialog.browser()->toPlainText();
        for (const char *keys : {"Ctrl+F", "Esc", "Space", "Ctrl+S", "Ctrl+O", "Ctrl+E", "F1"})
            QVERIFY2(text.contains(QLatin1String(keys)), keys);
        QVERIFY(text.contains(QLatin1String("Pause or resume")));
    }

    void listsEveryFilterFieldWithItsDescription()
    {
        HelpDialog dialog;
        const QString text = dialog.browser()->toPlainText();
        QVERIFY(DriftFilterFields::all().size() > 10);
        for (const DriftFilterField &field : DriftFilterFields::all()) {
            QVERIFY2(text.contains(field.name), qPrintable(field.name));
            QVERIFY2(text.contains(DriftFilterFields::description(field)), qPrintable(field.name));
        }
        QVERIFY(text.contains(QLatin1String("low, medium, high, critical")));
        for (const char *op : {"glob", "icontains", "startswith", "in (a, b)", "intersects", "exists", "not"})
            QVERIFY2(text.contains(QLatin1String(op)), op);
    }

    void examplesAreValidFilters()
    {
        const QStringList examples = HelpDialog::exampleFilters();
        QCOMPARE(examples.size(), 3);
        QVERIFY(examples.contains(QStringLiteral("severity >= high and resource.type glob \"aws_iam_*\" and "
                                                 "not user in (terraform-ci, atlantis)")));
        HelpDialog dialog;
        const QString text = dialog.browser()->toPlainText();
        for (const QString &example : examples) {
            const DriftFilterResult result = DriftFilter::compile(example);
            QVERIFY2(result.ok(), qPrintable(example + QStringLiteral(": ") + result.error));
            QVERIFY2(text.contains(example), qPrintable(example));
        }
    }

    void examplesSelectWhatTheySay()
    {
        DriftEvent iamByMallory;
        iamByMallory.severity = Severity::Critical;
        iamByMallory.resourceType = QStringLiteral("aws_iam_role");
        iamByMallory.caller.user = QStringLiteral("mallory");
        DriftEvent iamByCi = iamByMallory;
        iamByCi.caller.user = QStringLiteral("terraform-ci");
        const DriftFilterResult first = DriftFilter::compile(HelpDialog::exampleFilters().at(0));
        QVERIFY(first.ok());
        QVERIFY(first.filter->matches(iamByMallory));
        QVERIFY(!first.filter->matches(iamByCi));

        DriftEvent deleted;
        deleted.kind = ChangeKind::Deleted;
        DriftEvent modified;
        const DriftFilterResult second = DriftFilter::compile(HelpDialog::exampleFilters().at(1));
        QVERIFY(second.ok());
        QVERIFY(second.filter->matches(deleted));
        QVERIFY(!second.filter->matches(modified));
    }

    void followsALanguageSwitch()
    {
        HelpDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("TFDrift Console Help"));
        MarkingTranslator marking("tfdrift::HelpDialog");
        QCoreApplication::installTranslator(&marking);
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("«TFDrift Console Help»"));
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("«Show this help»")));
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("TFDrift Console Help"));
    }
};

QTEST_MAIN(TestHelpDialog)
#include "test_help_dialog.moc"

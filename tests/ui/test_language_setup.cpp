// Switching the user interface language while the console runs: our embedded translations, Qt's own,
// and open dialogs that follow the switch without being reopened.
#include "ui/ConsoleSettings.h"
#include "ui/LanguageSetup.h"
#include "ui/SettingsDialog.h"

#include "support/MarkingTranslator.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTest>

using namespace tfdrift;

namespace {
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}
} // namespace

class TestLanguageSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theConsoleSpeaksEnglishAndJapanese()
    {
        QCOMPARE(LanguageSetup::languages(), QStringList({QStringLiteral("en"), QStringLiteral("ja")}));
        QCOMPARE(LanguageSetup::languageName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(LanguageSetup::languageName(QStringLiteral("ja")), QStringLiteral("日本語"));
    }

    void japaneseComesFromTheEmbeddedTranslationsAndEnglishComesBack()
    {
        LanguageSetup setup;
        QVERIFY(setup.apply(QStringLiteral("ja")));
        QCOMPARE(setup.language(), QStringLiteral("ja"));
        QCOMPARE(translated("tfdrift::MainWindow", "Drift events"), QStringLiteral("ドリフトイベント"));
        QCOMPARE(translated("tfdrift::MainWindow", "No alert sources"),
                 QStringLiteral("アラートソースがありません"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);

        QVERIFY(setup.apply(QStringLiteral("en")));
        QCOMPARE(translated("tfdrift::MainWindow", "Drift events"), QStringLiteral("Drift events"));
        QCOMPARE(translated("tfdrift::MainWindow", "No alert sources"), QStringLiteral("No alert sources"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void switchingBackAndForthLeavesNoStaleTranslator()
    {
        LanguageSetup setup;
        for (int round = 0; round < 3; ++round) {
            QVERIFY(setup.apply(QStringLiteral("ja")));
            QCOMPARE(translated("tfdrift::MainWindow", "Falco alerts"), QStringLiteral("Falco アラート"));
            QVERIFY(setup.apply(QStringLiteral("en")));
            QCOMPARE(translated("tfdrift::MainWindow", "Falco alerts"), QStringLiteral("Falco alerts"));
        }
    }

    void anUnknownLanguageChangesNothing()
    {
        LanguageSetup setup;
        QVERIFY(setup.apply(QStringLiteral("ja")));
        QVERIFY(!setup.apply(QStringLiteral("fr")));
        QCOMPARE(setup.language(), QStringLiteral("ja"));
        QCOMPARE(translated("tfdrift::MainWindow", "Drift events"), QStringLiteral("ドリフトイベント"));
    }

    void theSystemDefaultFollowsTheSystemLocale()
    {
        LanguageSetup setup;
        QVERIFY(setup.apply(QStringLiteral("ja")));
        QVERIFY(setup.apply(QString()));
        QCOMPARE(setup.language(), QString());
        QCOMPARE(QLocale().name(), QLocale::system().name());
    }

    void destroyingTheSetupRemovesItsTranslators()
    {
        {
            LanguageSetup setup;
            QVERIFY(setup.apply(QStringLiteral("ja")));
        }
        QCOMPARE(translated("tfdrift::MainWindow", "Drift events"), QStringLiteral("Drift events"));
    }

    void anOpenSettingsDialogFollowsTheSwitch()
    {
        LanguageSetup setup;
        QVERIFY(setup.apply(QStringLiteral("en")));
        SettingsDialog dialog(ConsoleSettings(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
        QVERIFY2(cancel->text().contains(QLatin1String("Cancel")), qPrintable(cancel->text()));

        // Qt's own strings come from the system's qtbase translation.
        QVERIFY(setup.apply(QStringLiteral("ja")));
        QTRY_VERIFY2(cancel->text().contains(QStringLiteral("キャンセル")), qPrintable(cancel->text()));

        // The dialog's own labels, through a translator that marks every string of its context.
        MarkingTranslator marking("tfdrift::SettingsDialog");
        QCoreApplication::installTranslator(&marking);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("«Settings»"));
        QCOMPARE(language->itemText(0), QStringLiteral("«System default»"));
        QCOMPARE(language->accessibleName(), QStringLiteral("«User interface language»"));
        // Each language keeps its own name whatever the interface language.
        QCOMPARE(language->itemText(2), QStringLiteral("日本語"));

        QCoreApplication::removeTranslator(&marking);
        QVERIFY(setup.apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QCOMPARE(language->itemText(0), QStringLiteral("System default"));
        QTRY_VERIFY2(cancel->text().contains(QLatin1String("Cancel")), qPrintable(cancel->text()));
    }

    void switchingKeepsWhatTheUserChoseInTheDialog()
    {
        LanguageSetup setup;
        ConsoleSettings chosen;
        chosen.language = QStringLiteral("ja");
        chosen.tableRowCap = 123'000;
        SettingsDialog dialog(chosen, nullptr);
        dialog.show();
        QVERIFY(setup.apply(QStringLiteral("ja")));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(dialog.settings(), chosen);
        QVERIFY(setup.apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestLanguageSetup)
#include "test_language_setup.moc"

// The settings the console keeps: what a fresh install starts with, what survives a restart, what a
// damaged settings file turns into, and the dialog that edits them.
#include "ui/ConsoleSettings.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

namespace {
template<typename T>
T *control(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileNumber = 0;

    QString settingsPath() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_fileNumber)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void freshInstallHasTheDocumentedDefaults()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        const ConsoleSettings loaded = ConsoleSettings::load(settings);
        QCOMPARE(loaded.language, QString());
        QCOMPARE(loaded.keepHistory, true);
        QCOMPARE(loaded.historyRetentionDays, 30);
        QCOMPARE(loaded.tableRowCap, 1'000'000);
        QCOMPARE(loaded.criticalDriftNotifications, true);
        QCOMPARE(loaded.followNewest, true);
    }

    void savedSettingsComeBackAfterARestart()
    {
        const QString path = settingsPath();
        ConsoleSettings chosen;
        chosen.language = QStringLiteral("ja");
        chosen.keepHistory = false;
        chosen.historyRetentionDays = 90;
        chosen.tableRowCap = 250'000;
        chosen.criticalDriftNotifications = false;
        chosen.followNewest = false;
        {
            QSettings settings(path, QSettings::IniFormat);
            chosen.save(settings);
        }
        QSettings reopened(path, QSettings::IniFormat);
        QCOMPARE(ConsoleSettings::load(reopened), chosen);
    }

    void damagedValuesFallBackToDefaultsOrTheNearestLimit_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("unknown language") << "console/language"
                                          << "fr"
                                          << "language" << QVariant(QString());
        QTest::newRow("retention text") << "history/retentionDays"
                                        << "thirty"
                                        << "days" << QVariant(30);
        QTest::newRow("retention zero") << "history/retentionDays"
                                        << "0"
                                        << "days" << QVariant(1);
        QTest::newRow("retention negative") << "history/retentionDays"
                                            << "-5"
                                            << "days" << QVariant(1);
        QTest::newRow("retention huge") << "history/retentionDays"
                                        << "99999999999"
                                        << "days" << QVariant(3650);
        QTest::newRow("row cap tiny") << "driftTable/rowCap"
                                      << "5"
                                      << "cap" << QVariant(10'000);
        QTest::newRow("row cap huge") << "driftTable/rowCap"
                                      << "80000000"
                                      << "cap" << QVariant(5'000'000);
        QTest::newRow("row cap text") << "driftTable/rowCap"
                                      << "lots"
                                      << "cap" << QVariant(1'000'000);
        QTest::newRow("notification typo") << "notifications/criticalDriftDesktop"
                                           << "flase"
                                           << "notify" << QVariant(true);
        QTest::newRow("follow off") << "driftTable/followNewest"
                                    << "false"
                                    << "follow" << QVariant(false);
        QTest::newRow("follow typo") << "driftTable/followNewest"
                                     << "nope"
                                     << "follow" << QVariant(true);
        QTest::newRow("history off") << "history/keep"
                                     << "0"
                                     << "keep" << QVariant(false);
    }

    void damagedValuesFallBackToDefaultsOrTheNearestLimit()
    {
        QFETCH(QString, key);
        QFETCH(QString, stored);
        QFETCH(QString, field);
        QFETCH(QVariant, expected);

        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(key, stored);
        const ConsoleSettings loaded = ConsoleSettings::load(settings);
        if (field == QLatin1String("language"))
            QCOMPARE(loaded.language, expected.toString());
        else if (field == QLatin1String("days"))
            QCOMPARE(loaded.historyRetentionDays, expected.toInt());
        else if (field == QLatin1String("cap"))
            QCOMPARE(loaded.tableRowCap, expected.toInt());
        else if (field == QLatin1String("notify"))
            QCOMPARE(loaded.criticalDriftNotifications, expected.toBool());
        else if (field == QLatin1String("follow"))
            QCOMPARE(loaded.followNewest, expected.toBool());
        else if (field == QLatin1String("keep"))
            QCOMPARE(loaded.keepHistory, expected.toBool());
        else
            QFAIL("unknown field in test data");
    }

    void dialogShowsAndReturnsTheSettings()
    {
        ConsoleSettings initial;
        initial.language = QStringLiteral("en");
        initial.historyRetentionDays = 14;
        initial.tableRowCap = 2'500'000;
        initial.followNewest = false;
        SettingsDialog dialog(initial, nullptr);
        QCOMPARE(dialog.objectName(), QStringLiteral("settingsDialog"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.settings(), initial);

        auto *language = control<QComboBox>(dialog, "languageCombo");
        QVERIFY(language);
        QCOMPARE(language->count(), 3);
        QCOMPARE(language->itemText(0), QStringLiteral("System default"));
        QCOMPARE(language->itemText(1), QStringLiteral("English"));
        QCOMPARE(language->itemText(2), QStringLiteral("日本語"));
        QCOMPARE(language->currentText(), QStringLiteral("English"));

        auto *rowCap = control<QSpinBox>(dialog, "rowCapSpin");
        QVERIFY(rowCap);
        QCOMPARE(rowCap->text(), QStringLiteral("2,500,000"));

        // What a user does: pick Japanese, switch notifications off, type a retention.
        language->setCurrentIndex(2);
        auto *notifications = control<QCheckBox>(dialog, "criticalNotificationsCheck");
        QVERIFY(notifications);
        QTest::mouseClick(notifications, Qt::LeftButton, {}, QPoint(4, notifications->height() / 2));
        auto *retention = control<QSpinBox>(dialog, "retentionDaysSpin");
        QVERIFY(retention);
        retention->selectAll();
        QTest::keyClicks(retention, QStringLiteral("45"));
        rowCap->selectAll();
        QTest::keyClicks(rowCap, QStringLiteral("20000"));
        QTest::keyClick(rowCap, Qt::Key_Tab);

        const ConsoleSettings edited = dialog.settings();
        QCOMPARE(edited.language, QStringLiteral("ja"));
        QCOMPARE(edited.criticalDriftNotifications, false);
        QCOMPARE(edited.historyRetentionDays, 45);
        QCOMPARE(edited.tableRowCap, 20'000);
        QCOMPARE(edited.followNewest, false);
        QCOMPARE(edited.keepHistory, true);
    }

    void choosingALanguageDoesNotApplyIt()
    {
        SettingsDialog dialog(ConsoleSettings(), nullptr);
        auto *language = control<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("ja")));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().language, QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QCOMPARE(QCoreApplication::translate("tfdrift::MainWindow", "Drift events"),
                 QStringLiteral("Drift events"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void historyOffDisablesTheRetention()
    {
        SettingsDialog dialog(ConsoleSettings(), nullptr);
        auto *keep = control<QCheckBox>(dialog, "keepHistoryCheck");
        auto *retention = control<QSpinBox>(dialog, "retentionDaysSpin");
        QVERIFY(keep && retention);
        QVERIFY(retention->isEnabled());
        keep->setChecked(false);
        QVERIFY(!retention->isEnabled());
        QCOMPARE(dialog.settings().keepHistory, false);
        QCOMPARE(dialog.settings().historyRetentionDays, 30);
    }

    void spinBoxesStayWithinTheLimits()
    {
        SettingsDialog dialog(ConsoleSettings(), nullptr);
        auto *retention = control<QSpinBox>(dialog, "retentionDaysSpin");
        auto *rowCap = control<QSpinBox>(dialog, "rowCapSpin");
        QCOMPARE(retention->minimum(), 1);
        QCOMPARE(retention->maximum(), 3650);
        QCOMPARE(rowCap->minimum(), 10'000);
        QCOMPARE(rowCap->maximum(), 5'000'000);
    }

    void restoreDefaultsResetsTheControls()
    {
        ConsoleSettings changed;
        changed.language = QStringLiteral("ja");
        changed.keepHistory = false;
        changed.historyRetentionDays = 7;
        changed.tableRowCap = 10'000;
        changed.criticalDriftNotifications = false;
        changed.followNewest = false;
        SettingsDialog dialog(changed, nullptr);
        dialog.show();
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.settings(), ConsoleSettings());
        QCOMPARE(control<QSpinBox>(dialog, "rowCapSpin")->text(), QStringLiteral("1,000,000"));
        QVERIFY(dialog.isVisible()); // restoring neither closes nor accepts
        QVERIFY(control<QSpinBox>(dialog, "retentionDaysSpin")->isEnabled());
    }

    void cancelRejects()
    {
        SettingsDialog dialog(ConsoleSettings(), nullptr);
        dialog.show();
        control<QCheckBox>(dialog, "followNewestCheck")->setChecked(false);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void everyControlHasAnAccessibleName()
    {
        SettingsDialog dialog(ConsoleSettings(), nullptr);
        const QList<QWidget *> inputs = dialog.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : inputs) {
            if (!qobject_cast<QComboBox *>(widget) && !qobject_cast<QSpinBox *>(widget)
                && !qobject_cast<QCheckBox *>(widget))
                continue;
            ++checked;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QCOMPARE(checked, 6);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"

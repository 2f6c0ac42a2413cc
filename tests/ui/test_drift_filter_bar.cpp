#include "core/drift/DriftEvent.h"
#include "ui/DriftFilterBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace tfdrift;

namespace {

DriftEvent iamPolicyChangedByAlice()
{
    DriftEvent event;
    event.id = 1;
    event.severity = Severity::Critical;
    event.resourceType = QStringLiteral("aws_iam_policy");
    event.resourceId = QStringLiteral("arn:aws:iam::123456789012:policy/deploy");
    event.terraformAddress = QStringLiteral("aws_iam_policy.deploy");
    event.kind = ChangeKind::Modified;
    event.caller.user = QStringLiteral("alice");
    event.region = QStringLiteral("us-east-1");
    return event;
}

DriftEvent bucketTaggedByCi()
{
    DriftEvent event;
    event.id = 2;
    event.severity = Severity::Low;
    event.resourceType = QStringLiteral("aws_s3_bucket");
    event.resourceId = QStringLiteral("logs-bucket");
    event.kind = ChangeKind::Modified;
    event.caller.user = QStringLiteral("terraform-ci");
    event.region = QStringLiteral("eu-west-1");
    return event;
}

void typeInto(DriftFilterBar &bar, const QString &text)
{
    bar.lineEdit()->clear();
    QTest::keyClicks(bar.lineEdit(), text);
}

QMenu *savedFiltersMenu(const DriftFilterBar &bar)
{
    auto *button = qobject_cast<QToolButton *>(bar.savedFiltersButton());
    return button ? button->menu() : nullptr;
}

// The entries of a menu as the user reads them, separators and submenus left out.
QStringList entryTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator() && !action->menu())
            texts.append(action->text());
    }
    return texts;
}

QAction *entryNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QMenu *removeSubmenu(const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            return action->menu();
    }
    return nullptr;
}

// Answers the name dialog the next time one is shown: types `name` and presses Save, or cancels when
// `name` is null. Gives up after a few seconds so that a missing dialog fails instead of hanging.
// Returns a flag set when a dialog was seen.
std::shared_ptr<bool> answerNameDialog(const QString &name)
{
    auto seen = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, seen, tries, name] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            *seen = true;
            if (name.isNull()) {
                dialog->reject();
            } else {
                dialog->setTextValue(name);
                dialog->accept();
            }
        }
        if (dialog || ++*tries > 250)
            timer->deleteLater();
    });
    timer->start();
    return seen;
}

} // namespace

class TestDriftFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Saved filters go to QSettings: keep them away from the user's own settings.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TFDriftTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_drift_filter_bar"));
    }

    void init() { QSettings().remove(DriftFilterBar::savedFiltersSettingsKey()); }

    void cleanupTestCase() { QSettings().remove(DriftFilterBar::savedFiltersSettingsKey()); }

    void startsEmptyWithApplyEnabled()
    {
        DriftFilterBar bar;
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QVERIFY(bar.errorText().isEmpty());
        QVERIFY(bar.applyButton()->isEnabled());
        QVERIFY(!bar.lineEdit()->placeholderText().isEmpty());
        QVERIFY(!bar.lineEdit()->accessibleName().isEmpty());
        QVERIFY(!bar.applyButton()->accessibleName().isEmpty());
        QVERIFY(!bar.historyButton()->accessibleName().isEmpty());
        QVERIFY(!bar.savedFiltersButton()->accessibleName().isEmpty());
        QVERIFY(!bar.savedFiltersButton()->toolTip().isEmpty());
    }

    void typingMovesThroughTheStates()
    {
        DriftFilterBar bar;
        bar.show();
        QSignalSpy states(&bar, &DriftFilterBar::stateChanged);

        typeInto(bar, QStringLiteral("severity >= high"));
        QCOMPARE(bar.state(), DriftFilterBar::State::Valid);
        QVERIFY(bar.applyButton()->isEnabled());

        typeInto(bar, QStringLiteral("severity >= high and sevrity = low"));
        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        QVERIFY(!bar.applyButton()->isEnabled());

        QTest::keyClick(bar.lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Backspace);
        QCOMPARE(bar.lineEdit()->text(), QString());
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QVERIFY(bar.applyButton()->isEnabled());

        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(0).value<DriftFilterBar::State>(), DriftFilterBar::State::Empty);
    }

    void invalidTextExplainsTheErrorWithItsColumn()
    {
        DriftFilterBar bar;
        QSignalSpy errors(&bar, &DriftFilterBar::errorChanged);
        typeInto(bar, QStringLiteral("severity >= high and sevrity = low"));

        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        // "sevrity" starts at the 22nd character.
        QVERIFY2(bar.errorText().startsWith(QStringLiteral("column 22: ")), qPrintable(bar.errorText()));
        QVERIFY2(bar.errorText().contains(QStringLiteral("unknown field 'sevrity'")),
                 qPrintable(bar.errorText()));
        QVERIFY2(bar.errorText().contains(QStringLiteral("severity")), qPrintable(bar.errorText()));
        QVERIFY(bar.lineEdit()->toolTip().contains(QStringLiteral("column 22")));
        QVERIFY(bar.lineEdit()->toolTip().contains(QStringLiteral("unknown field &#x27;sevrity&#x27;"))
                || bar.lineEdit()->toolTip().contains(QStringLiteral("unknown field 'sevrity'")));
        QVERIFY(bar.lineEdit()->accessibleDescription().contains(QStringLiteral("column 22")));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.last().at(0).toString(), bar.errorText());

        typeInto(bar, QStringLiteral("severity >= high"));
        QVERIFY(bar.errorText().isEmpty());
        QCOMPARE(errors.last().at(0).toString(), QString());
    }

    void tooltipNeverRendersTheUsersTextAsMarkup()
    {
        DriftFilterBar bar;
        // The error quotes the rejected value back.
        typeInto(bar, QStringLiteral("severity = \"<b>bold</b>\""));
        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        QVERIFY(!bar.lineEdit()->toolTip().contains(QStringLiteral("<b>")));
        QVERIFY2(bar.lineEdit()->toolTip().contains(QStringLiteral("&lt;b&gt;")),
                 qPrintable(bar.lineEdit()->toolTip()));
    }

    void enterOnValidTextAppliesAFilterThatSelectsTheRightEvents()
    {
        DriftFilterBar bar;
        bar.show();
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        const QString text = QStringLiteral("severity >= high and resource.type glob \"aws_iam_*\"");
        typeInto(bar, text);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);

        QCOMPARE(applied.size(), 1);
        const auto filter = applied.first().at(0).value<DriftFilter>();
        QCOMPARE(applied.first().at(1).toString(), text);
        QCOMPARE(bar.appliedText(), text);
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(!filter.matches(bucketTaggedByCi()));
    }

    void applyButtonAppliesToo()
    {
        DriftFilterBar bar;
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        typeInto(bar, QStringLiteral("not user in (terraform-ci, atlantis)"));
        QTest::mouseClick(bar.applyButton(), Qt::LeftButton);

        QCOMPARE(applied.size(), 1);
        const auto filter = applied.first().at(0).value<DriftFilter>();
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(!filter.matches(bucketTaggedByCi()));
    }

    void enterOnInvalidTextAppliesNothing()
    {
        DriftFilterBar bar;
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        typeInto(bar, QStringLiteral("severity >= "));
        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QTest::mouseClick(bar.applyButton(), Qt::LeftButton);
        QCOMPARE(applied.size(), 0);
        QVERIFY(bar.appliedText().isEmpty());
        QVERIFY(bar.history().isEmpty());
    }

    void escapeClearsAndAppliesTheEmptyFilter()
    {
        DriftFilterBar bar;
        bar.show();
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        typeInto(bar, QStringLiteral("user = alice"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(applied.size(), 1);

        QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
        QCOMPARE(bar.lineEdit()->text(), QString());
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QCOMPARE(applied.size(), 2);
        const auto filter = applied.last().at(0).value<DriftFilter>();
        QVERIFY(filter.matchesEverything());
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(filter.matches(bucketTaggedByCi()));
        QCOMPARE(applied.last().at(1).toString(), QString());
        QCOMPARE(bar.appliedText(), QString());
        // Clearing is not a filter worth remembering.
        QCOMPARE(bar.history(), QStringList{QStringLiteral("user = alice")});
    }

    void escapeAlsoClearsAnInvalidFilter()
    {
        DriftFilterBar bar;
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        typeInto(bar, QStringLiteral("user = ("));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QCOMPARE(applied.size(), 1);
    }

    void historyKeepsTheNewestTwentyDistinctFiltersFirst()
    {
        DriftFilterBar bar;
        QSignalSpy changed(&bar, &DriftFilterBar::historyChanged);
        for (int i = 0; i < 25; ++i) {
            typeInto(bar, QStringLiteral("user = u%1").arg(i));
            QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        }
        QCOMPARE(bar.history().size(), 20);
        QCOMPARE(bar.history().first(), QStringLiteral("user = u24"));
        QCOMPARE(bar.history().last(), QStringLiteral("user = u5"));

        // Applying an older filter again moves it to the top instead of repeating it.
        typeInto(bar, QStringLiteral("user = u10"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(bar.history().size(), 20);
        QCOMPARE(bar.history().first(), QStringLiteral("user = u10"));
        QCOMPARE(bar.history().count(QStringLiteral("user = u10")), 1);
        QCOMPARE(bar.history().at(1), QStringLiteral("user = u24"));
        QCOMPARE(changed.last().at(0).toStringList(), bar.history());
    }

    void historyMenuAppliesTheChosenFilter()
    {
        DriftFilterBar bar;
        QVERIFY(!bar.historyButton()->isEnabled());
        bar.setHistory({QStringLiteral("severity = critical"), QStringLiteral("user = a & b"), QString(),
                        QStringLiteral("severity = critical")});
        QCOMPARE(bar.history(),
                 (QStringList{QStringLiteral("severity = critical"), QStringLiteral("user = a & b")}));
        QVERIFY(bar.historyButton()->isEnabled());

        auto *button = qobject_cast<QToolButton *>(bar.historyButton());
        QVERIFY(button && button->menu());
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), 2);
        // '&' is shown, not turned into a keyboard mnemonic.
        QCOMPARE(actions.at(1)->text(), QStringLiteral("user = a && b"));

        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        actions.at(0)->trigger();
        QCOMPARE(bar.lineEdit()->text(), QStringLiteral("severity = critical"));
        QCOMPARE(applied.size(), 1);
        const auto filter = applied.first().at(0).value<DriftFilter>();
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(!filter.matches(bucketTaggedByCi()));
    }

    void backgroundTellsValidFromInvalid()
    {
        DriftFilterBar bar;
        const QColor empty = bar.lineEdit()->palette().color(QPalette::Base);
        typeInto(bar, QStringLiteral("severity >= high"));
        const QColor valid = bar.lineEdit()->palette().color(QPalette::Base);
        typeInto(bar, QStringLiteral("severity >="));
        const QColor invalid = bar.lineEdit()->palette().color(QPalette::Base);

        QVERIFY(valid != invalid);
        QVERIFY(valid != empty);
        QVERIFY(invalid != empty);
        QCOMPARE(empty, bar.palette().color(QPalette::Base));
        QVERIFY(valid.green() > valid.red());
        QVERIFY(invalid.red() > invalid.green());
    }

    void tintFollowsADarkPalette()
    {
        DriftFilterBar bar;
        QPalette dark = bar.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        bar.setPalette(dark);
        typeInto(bar, QStringLiteral("severity >="));
        const QColor invalid = bar.lineEdit()->palette().color(QPalette::Base);
        // Still dark enough for the light text to read.
        QVERIFY2(invalid.lightness() < 100, qPrintable(invalid.name()));
        QVERIFY(invalid.red() > invalid.green());
    }

    void completionReplacesOnlyTheWordUnderTheCursor()
    {
        DriftFilterBar bar;
        typeInto(bar, QStringLiteral("severity >= high and resource.ty"));
        bar.insertCompletion(QStringLiteral("resource.type"));
        QCOMPARE(bar.lineEdit()->text(), QStringLiteral("severity >= high and resource.type"));
        QCOMPARE(bar.lineEdit()->cursorPosition(), bar.lineEdit()->text().size());

        // In the middle of the text, the whole word around the cursor is replaced and the rest kept.
        bar.setFilterText(QStringLiteral("sev >= high and user = alice"));
        bar.lineEdit()->setCursorPosition(2);
        bar.insertCompletion(QStringLiteral("severity"));
        QCOMPARE(bar.lineEdit()->text(), QStringLiteral("severity >= high and user = alice"));
        QCOMPARE(bar.lineEdit()->cursorPosition(), 8);
        QCOMPARE(bar.state(), DriftFilterBar::State::Valid);
    }

    void seenValuesAreOfferedAndQuotedWhenNeeded()
    {
        DriftFilterBar bar;
        QVERIFY(bar.completionCandidates().contains(QStringLiteral("resource.type")));
        bar.addCompletionValues({QStringLiteral("aws_iam_role"), QStringLiteral("Jane Doe"),
                                 QStringLiteral("aws_iam_role"), QString()});
        const QStringList candidates = bar.completionCandidates();
        QCOMPARE(candidates.count(QStringLiteral("aws_iam_role")), 1);
        QVERIFY(candidates.contains(QStringLiteral("Jane Doe")));
        QVERIFY(!candidates.contains(QString()));

        typeInto(bar, QStringLiteral("user = Ja"));
        bar.insertCompletion(QStringLiteral("Jane Doe"));
        QCOMPARE(bar.lineEdit()->text(), QStringLiteral("user = \"Jane Doe\""));
        QCOMPARE(bar.state(), DriftFilterBar::State::Valid);
    }

    void completedValuesAreQuotedSoTheyMatchExactly()
    {
        // A Windows-style user name with both quote kinds: inserted as a literal that reads back as it.
        const QString hostile = QStringLiteral("CORP\\o'neil \"ops\"\\");
        DriftFilterBar bar;
        bar.addCompletionValues({hostile});
        typeInto(bar, QStringLiteral("user = CO"));
        bar.insertCompletion(hostile);
        QCOMPARE(bar.state(), DriftFilterBar::State::Valid);

        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        bar.apply();
        QCOMPARE(applied.size(), 1);
        const auto filter = applied.first().at(0).value<DriftFilter>();
        DriftEvent byHostile = iamPolicyChangedByAlice();
        byHostile.caller.user = hostile;
        QVERIFY(filter.matches(byHostile));
        QVERIFY(!filter.matches(iamPolicyChangedByAlice()));
    }

    void savingAFilterPutsItInTheMenuAndChoosingItAppliesIt()
    {
        DriftFilterBar bar;
        QMenu *menu = savedFiltersMenu(bar);
        QVERIFY(menu);
        QVERIFY(!bar.saveFilterAction()->isEnabled()); // nothing to save yet
        QVERIFY(menu->actions().contains(bar.saveFilterAction()));

        const QString text = QStringLiteral("severity >= high and resource.type glob \"aws_iam_*\"");
        typeInto(bar, text);
        QVERIFY(bar.saveFilterAction()->isEnabled());

        QSignalSpy changed(&bar, &DriftFilterBar::savedFiltersChanged);
        const auto seen = answerNameDialog(QStringLiteral("IAM changes"));
        bar.saveFilterAction()->trigger();
        QVERIFY(*seen);
        QCOMPARE(bar.savedFilters(), (QList<SavedFilter>{{QStringLiteral("IAM changes"), text}}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QList<SavedFilter>>(), bar.savedFilters());
        QVERIFY(entryTexts(menu).contains(QStringLiteral("IAM changes")));

        // Later, with something else typed, choosing the saved filter brings it back and applies it.
        typeInto(bar, QStringLiteral("user = bob"));
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        QAction *saved = entryNamed(menu, QStringLiteral("IAM changes"));
        QVERIFY(saved);
        QVERIFY(saved->toolTip().contains(QStringLiteral("aws_iam_*")));
        saved->trigger();
        QCOMPARE(bar.lineEdit()->text(), text);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().at(1).toString(), text);
        const auto filter = applied.first().at(0).value<DriftFilter>();
        QVERIFY(filter.matches(iamPolicyChangedByAlice()));
        QVERIFY(!filter.matches(bucketTaggedByCi()));

        // Cancelling the name dialog saves nothing.
        typeInto(bar, QStringLiteral("user = bob"));
        const auto cancelled = answerNameDialog(QString());
        bar.saveFilterAction()->trigger();
        QVERIFY(*cancelled);
        QCOMPARE(bar.savedFilters().size(), 1);
        QCOMPARE(changed.size(), 1);
    }

    void savingUnderAnExistingNameReplacesIt()
    {
        DriftFilterBar bar;
        QVERIFY(bar.saveFilter(QStringLiteral("mine"), QStringLiteral("user = alice")));
        QVERIFY(bar.saveFilter(QStringLiteral("robots"), QStringLiteral("user in (terraform-ci, atlantis)")));
        QVERIFY(bar.saveFilter(QStringLiteral(" mine "), QStringLiteral("user = bob")));
        QCOMPARE(bar.savedFilters(),
                 (QList<SavedFilter>{
                     {QStringLiteral("mine"), QStringLiteral("user = bob")},
                     {QStringLiteral("robots"), QStringLiteral("user in (terraform-ci, atlantis)")}}));
        QCOMPARE(entryTexts(savedFiltersMenu(bar)).count(QStringLiteral("mine")), 1);
    }

    void invalidOrEmptyTextCannotBeSaved()
    {
        DriftFilterBar bar;
        QSignalSpy changed(&bar, &DriftFilterBar::savedFiltersChanged);
        typeInto(bar, QStringLiteral("severity >= high and sevrity = low"));
        QCOMPARE(bar.state(), DriftFilterBar::State::Invalid);
        QVERIFY(!bar.saveFilterAction()->isEnabled());

        // Even when asked directly, no name is asked for and nothing is saved.
        const auto seen = answerNameDialog(QStringLiteral("broken"));
        bar.saveCurrentFilter();
        QTest::qWait(100);
        QVERIFY(!*seen);

        QVERIFY(
            !bar.saveFilter(QStringLiteral("broken"), QStringLiteral("severity >= high and sevrity = low")));
        QVERIFY(!bar.saveFilter(QStringLiteral("empty"), QStringLiteral("  ")));
        QVERIFY(!bar.saveFilter(QStringLiteral("  "), QStringLiteral("user = alice")));
        QVERIFY(bar.savedFilters().isEmpty());
        QCOMPARE(changed.size(), 0);
        QVERIFY(!QSettings().contains(DriftFilterBar::savedFiltersSettingsKey()));

        typeInto(bar, QString());
        QCOMPARE(bar.state(), DriftFilterBar::State::Empty);
        QVERIFY(!bar.saveFilterAction()->isEnabled());
        typeInto(bar, QStringLiteral("user = alice"));
        QVERIFY(bar.saveFilterAction()->isEnabled());
    }

    void removingASavedFilter()
    {
        DriftFilterBar bar;
        QMenu *menu = savedFiltersMenu(bar);
        QMenu *remove = removeSubmenu(menu);
        QVERIFY(remove);
        QVERIFY(!remove->isEnabled()); // nothing to remove
        QVERIFY(!remove->title().isEmpty());

        bar.saveFilter(QStringLiteral("critical"), QStringLiteral("severity = critical"));
        bar.saveFilter(QStringLiteral("humans"), QStringLiteral("not user in (terraform-ci, atlantis)"));
        QVERIFY(remove->isEnabled());
        QCOMPARE(entryTexts(remove), (QStringList{QStringLiteral("critical"), QStringLiteral("humans")}));

        QSignalSpy changed(&bar, &DriftFilterBar::savedFiltersChanged);
        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        entryNamed(remove, QStringLiteral("critical"))->trigger();
        QCoreApplication::processEvents(); // the chosen entry is deleted once it has been handled
        QCOMPARE(bar.savedFilters(),
                 (QList<SavedFilter>{
                     {QStringLiteral("humans"), QStringLiteral("not user in (terraform-ci, atlantis)")}}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(applied.size(), 0); // removing is not applying
        QVERIFY(!entryTexts(menu).contains(QStringLiteral("critical")));
        QCOMPARE(entryTexts(remove), QStringList{QStringLiteral("humans")});

        QVERIFY(!bar.removeSavedFilter(QStringLiteral("critical")));
        QVERIFY(bar.removeSavedFilter(QStringLiteral("humans")));
        QVERIFY(bar.savedFilters().isEmpty());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!QSettings().contains(DriftFilterBar::savedFiltersSettingsKey()));
    }

    void namesAndTextsAreShownAsTyped()
    {
        DriftFilterBar bar;
        bar.saveFilter(QStringLiteral("Alice & Bob"), QStringLiteral("user in (alice, bob)"));
        bar.saveFilter(QStringLiteral("<b>bold</b>"), QStringLiteral("rule = \"<i>x</i>\""));
        QMenu *menu = savedFiltersMenu(bar);
        // '&' is shown, not turned into a keyboard mnemonic; markup is just characters in a menu entry.
        QAction *ampersand = entryNamed(menu, QStringLiteral("Alice && Bob"));
        QVERIFY(ampersand);
        QVERIFY(entryNamed(removeSubmenu(menu), QStringLiteral("Alice && Bob")));
        QVERIFY(entryNamed(menu, QStringLiteral("<b>bold</b>")));
        // The filter text in the tooltip is escaped, never rendered.
        QAction *markup = entryNamed(menu, QStringLiteral("<b>bold</b>"));
        QVERIFY(!markup->toolTip().contains(QStringLiteral("<i>")));
        QVERIFY(markup->toolTip().contains(QStringLiteral("&lt;i&gt;")));

        QSignalSpy applied(&bar, &DriftFilterBar::filterApplied);
        ampersand->trigger();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().at(1).toString(), QStringLiteral("user in (alice, bob)"));
    }

    void setSavedFiltersDropsBlanksAndRepeatedNames()
    {
        DriftFilterBar bar;
        QSignalSpy changed(&bar, &DriftFilterBar::savedFiltersChanged);
        const QList<SavedFilter> given{{QStringLiteral("a"), QStringLiteral("user = a")},
                                       {QString(), QStringLiteral("user = nameless")},
                                       {QStringLiteral("empty"), QStringLiteral(" ")},
                                       {QStringLiteral("a"), QStringLiteral("user = again")},
                                       {QStringLiteral("b"), QStringLiteral(" user = b ")}};
        bar.setSavedFilters(given);
        const QList<SavedFilter> expected{{QStringLiteral("a"), QStringLiteral("user = a")},
                                          {QStringLiteral("b"), QStringLiteral("user = b")}};
        QCOMPARE(bar.savedFilters(), expected);
        QCOMPARE(changed.size(), 1);
        bar.setSavedFilters(expected);
        QCOMPARE(changed.size(), 1); // no change, no signal
        QCOMPARE(entryTexts(savedFiltersMenu(bar)).count(QStringLiteral("a")), 1);
    }

    void savedFiltersOutliveTheBar()
    {
        const QList<SavedFilter> saved{
            {QStringLiteral("IAM & S3"), QStringLiteral("resource.type glob \"aws_*\"")},
            {QStringLiteral("\u672c\u756a"), QStringLiteral("environment = production")}};
        {
            DriftFilterBar first;
            QVERIFY(first.savedFilters().isEmpty());
            for (const SavedFilter &filter : saved)
                QVERIFY(first.saveFilter(filter.name, filter.text));
        }
        DriftFilterBar second;
        QCOMPARE(second.savedFilters(), saved);
        QVERIFY(entryNamed(savedFiltersMenu(second), QStringLiteral("IAM && S3")));

        // Two bars at once: what one removes the other sees when its menu opens, and does not bring back.
        DriftFilterBar third;
        QVERIFY(third.removeSavedFilter(QStringLiteral("IAM & S3")));
        QSignalSpy changed(&second, &DriftFilterBar::savedFiltersChanged);
        Q_EMIT savedFiltersMenu(second)->aboutToShow();
        QCOMPARE(second.savedFilters(), saved.mid(1));
        QCOMPARE(changed.size(), 1);
        QVERIFY(second.saveFilter(QStringLiteral("critical"), QStringLiteral("severity = critical")));

        DriftFilterBar fourth;
        QCOMPARE(fourth.savedFilters(),
                 (QList<SavedFilter>{saved.at(1),
                                     {QStringLiteral("critical"), QStringLiteral("severity = critical")}}));
    }

    void focusFilterSelectsTheText()
    {
        DriftFilterBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.setFilterText(QStringLiteral("user = alice"));
        bar.focusFilter();
        QCOMPARE(bar.lineEdit()->selectedText(), QStringLiteral("user = alice"));
    }
};

QTEST_MAIN(TestDriftFilterBar)
#include "test_drift_filter_bar.moc"

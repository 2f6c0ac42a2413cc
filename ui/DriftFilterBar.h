#pragma once

#include "core/filter/DriftFilter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QAbstractButton;
class QAction;
class QCompleter;
class QLineEdit;
class QMenu;
class QStandardItemModel;
class QToolButton;

namespace tfdrift {

// A filter the user keeps under a name of their choosing, as in Wireshark's filter bookmarks.
struct SavedFilter {
    QString name;
    QString text;

    bool operator==(const SavedFilter &other) const = default;
};

// The display filter bar over drift events, as in Wireshark: a line edit in the filter language whose
// background tells whether the text compiles, an Apply button, completion of field names and seen
// values for the word under the cursor, a drop-down of recently applied filters and a menu of saved
// filters. The saved filters live in QSettings under savedFiltersSettingsKey(); the bar loads them
// when it is made and writes them back on every change.
class DriftFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Valid, Invalid };
    Q_ENUM(State)

    static constexpr int maxHistory = 20;

    explicit DriftFilterBar(QWidget *parent = nullptr);

    State state() const { return m_state; }
    // "column N: message" while the text is invalid; empty otherwise.
    QString errorText() const { return m_errorText; }
    QString text() const;
    // The text of the filter last applied (empty before the first apply).
    QString appliedText() const { return m_appliedText; }

    // The last applied non-empty filters, newest first, at most maxHistory.
    QStringList history() const { return m_history; }
    void setHistory(const QStringList &history);

    // Saved filters in menu order, each with a distinct non-blank name and a non-blank text.
    QList<SavedFilter> savedFilters() const { return m_savedFilters; }
    // Replaces the saved filters (blank entries and repeated names dropped, names and texts trimmed)
    // and stores them in the settings.
    void setSavedFilters(const QList<SavedFilter> &filters);
    // Saves `text` under `name`, replacing a saved filter of that name. Only a valid filter can be
    // saved: false (and nothing saved) when the text is empty or does not compile, or the name is blank.
    bool saveFilter(const QString &name, const QString &text);
    // False when no saved filter has that name.
    bool removeSavedFilter(const QString &name);
    static QString savedFiltersSettingsKey();

    // Values seen in events (users, resource types, ...) offered next to the field names.
    void addCompletionValues(const QStringList &values);
    QStringList completionCandidates() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QAbstractButton *applyButton() const;
    QAbstractButton *historyButton() const;
    QAbstractButton *savedFiltersButton() const;
    // "Save this filter...": enabled only while the text is a valid filter.
    QAction *saveFilterAction() const { return m_saveFilterAction; }

public Q_SLOTS:
    // Sets the text without applying it.
    void setFilterText(const QString &text);
    // Applies the current text when it is empty or valid; does nothing while it is invalid.
    void apply();
    // Empties the field and applies the match-everything filter (Esc).
    void clearAndApply();
    void focusFilter();
    // Replaces the word under the cursor with `completion` (the completer's choice).
    void insertCompletion(const QString &completion);
    // Asks for a name and saves the current text under it (the "Save this filter..." action).
    void saveCurrentFilter();

Q_SIGNALS:
    void stateChanged(tfdrift::DriftFilterBar::State state);
    void errorChanged(const QString &errorText);
    void filterApplied(const tfdrift::DriftFilter &filter, const QString &text);
    void historyChanged(const QStringList &history);
    void savedFiltersChanged(const QList<tfdrift::SavedFilter> &filters);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited();
    void onReturnPressed();
    void updateState();
    void updateAppearance();
    void retranslate();
    void rebuildCompletionModel();
    void rebuildHistoryMenu();
    void rememberInHistory(const QString &text);
    void rebuildSavedFiltersMenu();
    // Adopts what another bar may have stored meanwhile, so that no change of its is written over.
    void reloadSavedFilters();
    void applySavedFiltersChange(const QList<SavedFilter> &filters, bool store);
    void showCompletions(bool evenWithoutPrefix);
    // [start, end) of the word around the cursor.
    std::pair<int, int> currentWordBounds() const;

    QLineEdit *m_edit = nullptr;
    QToolButton *m_historyButton = nullptr;
    QMenu *m_historyMenu = nullptr;
    QToolButton *m_savedFiltersButton = nullptr;
    QMenu *m_savedFiltersMenu = nullptr;
    QMenu *m_removeSavedFilterMenu = nullptr;
    QAction *m_saveFilterAction = nullptr;
    QToolButton *m_applyButton = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completionModel = nullptr;

    State m_state = State::Empty;
    QString m_errorText;
    std::optional<DriftFilter> m_compiled;
    QString m_appliedText;
    QStringList m_history;
    QList<SavedFilter> m_savedFilters;
    QStringList m_values;
};

} // namespace tfdrift

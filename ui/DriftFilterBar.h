#pragma once

#include "core/filter/DriftFilter.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QAbstractButton;
class QCompleter;
class QLineEdit;
class QMenu;
class QStandardItemModel;
class QToolButton;

namespace tfdrift {

// The display filter bar over drift events, as in Wireshark: a line edit in the filter language whose
// background tells whether the text compiles, an Apply button, completion of field names and seen
// values for the word under the cursor, and a drop-down of recently applied filters.
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

    // Values seen in events (users, resource types, ...) offered next to the field names.
    void addCompletionValues(const QStringList &values);
    QStringList completionCandidates() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QAbstractButton *applyButton() const;
    QAbstractButton *historyButton() const;

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

Q_SIGNALS:
    void stateChanged(tfdrift::DriftFilterBar::State state);
    void errorChanged(const QString &errorText);
    void filterApplied(const tfdrift::DriftFilter &filter, const QString &text);
    void historyChanged(const QStringList &history);

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
    void showCompletions(bool evenWithoutPrefix);
    // [start, end) of the word around the cursor.
    std::pair<int, int> currentWordBounds() const;

    QLineEdit *m_edit = nullptr;
    QToolButton *m_historyButton = nullptr;
    QMenu *m_historyMenu = nullptr;
    QToolButton *m_applyButton = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completionModel = nullptr;

    State m_state = State::Empty;
    QString m_errorText;
    std::optional<DriftFilter> m_compiled;
    QString m_appliedText;
    QStringList m_history;
    QStringList m_values;
};

} // namespace tfdrift

#pragma once

#include "core/filter/QuickFilter.h"

#include <QWidget>

#include <array>

class QAbstractButton;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace tfdrift {

// Quick filters beside the filter-language bar: a toggle per severity (Critical, High, Medium, Low,
// all on at first), a change-kind choice (all, or one kind) and a free-text search. Toggles and the
// choice apply at once; typing applies once the user pauses for textDebounceMs, or at Enter, so a
// million-row table is not re-filtered at every keystroke. Esc in the search field clears it.
class QuickFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int textDebounceMs = 200;

    explicit QuickFilterBar(QWidget *parent = nullptr);

    // What the controls show now, including text typed but not yet applied. The text is trimmed.
    QuickFilter quickFilter() const;
    // Shows filter in the controls and applies it (emits quickFilterChanged when it differs from the
    // last one emitted). The change-kind choice holds all kinds or one: any other set shows as all.
    void setQuickFilter(const QuickFilter &filter);

    QAbstractButton *severityButton(Severity severity) const;
    QComboBox *changeKindCombo() const { return m_changeKind; }
    QLineEdit *textEdit() const { return m_text; }

public Q_SLOTS:
    void focusSearch();

Q_SIGNALS:
    void quickFilterChanged(const tfdrift::QuickFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void applyNow();
    void retranslate();
    void updateSwatches();

    // Critical first, as the buttons are laid out.
    std::array<QToolButton *, 4> m_severityButtons{};
    QComboBox *m_changeKind = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer *m_textTimer = nullptr;
    QuickFilter m_applied;
    bool m_settingFilter = false;
};

} // namespace tfdrift

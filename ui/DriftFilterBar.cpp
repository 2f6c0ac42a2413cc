#include "ui/DriftFilterBar.h"

#include "core/filter/DriftFilterFields.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QStandardItemModel>
#include <QToolButton>

#include <algorithm>

namespace tfdrift {

namespace {

// Seen values are offered for completion; past this many the oldest stay and new ones are dropped,
// so a noisy feed cannot make every keystroke scan an ever-growing list.
constexpr qsizetype maxCompletionValues = 5000;
constexpr qsizetype maxHistoryEntryChars = 80;

// Characters of one field name or bare value; anything else (spaces, operators, brackets, quotes)
// ends the word being completed.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-' || c == u'*' || c == u':' || c == u'/'
        || c == u'@';
}

// A value that is not a single bare word is inserted quoted so that the filter still compiles.
QString quotedIfNeeded(const QString &value)
{
    if (!value.isEmpty() && std::all_of(value.cbegin(), value.cend(), isWordCharacter))
        return value;
    if (!value.contains(u'"'))
        return u'"' + value + u'"';
    if (!value.contains(u'\''))
        return u'\'' + value + u'\'';
    return value;
}

// Blends a hue into the palette's Base colour, so the tint reads on light and dark themes alike.
QColor tinted(const QColor &base, const QColor &hue, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + hue.redF() * amount),
                            float(base.greenF() * (1 - amount) + hue.greenF() * amount),
                            float(base.blueF() * (1 - amount) + hue.blueF() * amount));
}

} // namespace

DriftFilterBar::DriftFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_historyButton(new QToolButton(this))
    , m_historyMenu(new QMenu(this))
    , m_applyButton(new QToolButton(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStandardItemModel(this))
{
    m_edit->setObjectName(QStringLiteral("driftFilterEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_historyButton->setObjectName(QStringLiteral("driftFilterHistoryButton"));
    m_historyButton->setMenu(m_historyMenu);
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setArrowType(Qt::DownArrow);
    m_historyButton->setAutoRaise(true);
    m_historyButton->setEnabled(false);

    m_applyButton->setObjectName(QStringLiteral("driftFilterApplyButton"));
    m_applyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The completer is attached with setWidget rather than QLineEdit::setCompleter, which would
    // complete (and replace) the whole line instead of the word under the cursor.
    m_completer->setModel(m_completionModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setWidget(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_historyButton);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_applyButton);

    connect(m_edit, &QLineEdit::textChanged, this, &DriftFilterBar::updateState);
    connect(m_edit, &QLineEdit::textEdited, this, &DriftFilterBar::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &DriftFilterBar::onReturnPressed);
    connect(m_applyButton, &QToolButton::clicked, this, &DriftFilterBar::apply);
    connect(m_completer, QOverload<const QString &>::of(&QCompleter::activated), this,
            &DriftFilterBar::insertCompletion);

    rebuildHistoryMenu();
    retranslate(); // also fills the completion model
    updateState();
}

QString DriftFilterBar::text() const
{
    return m_edit->text();
}

QAbstractButton *DriftFilterBar::applyButton() const
{
    return m_applyButton;
}

QAbstractButton *DriftFilterBar::historyButton() const
{
    return m_historyButton;
}

void DriftFilterBar::setHistory(const QStringList &history)
{
    QStringList cleaned;
    for (const QString &entry : history) {
        const QString trimmed = entry.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned.append(trimmed);
        if (cleaned.size() == maxHistory)
            break;
    }
    if (cleaned == m_history)
        return;
    m_history = cleaned;
    rebuildHistoryMenu();
    Q_EMIT historyChanged(m_history);
}

void DriftFilterBar::addCompletionValues(const QStringList &values)
{
    QSet<QString> known(m_values.cbegin(), m_values.cend());
    bool added = false;
    for (const QString &value : values) {
        if (m_values.size() >= maxCompletionValues)
            break;
        if (value.isEmpty() || known.contains(value))
            continue;
        known.insert(value);
        m_values.append(value);
        added = true;
    }
    if (added)
        rebuildCompletionModel();
}

QStringList DriftFilterBar::completionCandidates() const
{
    QStringList candidates;
    candidates.reserve(m_completionModel->rowCount());
    for (int row = 0; row < m_completionModel->rowCount(); ++row)
        candidates.append(m_completionModel->item(row)->text());
    return candidates;
}

void DriftFilterBar::setFilterText(const QString &text)
{
    m_edit->setText(text);
}

void DriftFilterBar::apply()
{
    if (m_state == State::Invalid || !m_compiled)
        return;
    m_appliedText = m_edit->text().trimmed();
    rememberInHistory(m_appliedText);
    Q_EMIT filterApplied(*m_compiled, m_appliedText);
}

void DriftFilterBar::clearAndApply()
{
    m_completer->popup()->hide();
    m_edit->clear();
    apply();
}

void DriftFilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void DriftFilterBar::insertCompletion(const QString &completion)
{
    const auto [start, end] = currentWordBounds();
    const bool isField = DriftFilterFields::find(completion) != nullptr;
    // Inside an opening quote the user is already writing a quoted value.
    const bool quoted
        = start > 0 && (m_edit->text().at(start - 1) == u'"' || m_edit->text().at(start - 1) == u'\'');
    const QString insertion = isField || quoted ? completion : quotedIfNeeded(completion);
    QString text = m_edit->text();
    text.replace(start, end - start, insertion);
    m_edit->setText(text);
    m_edit->setCursorPosition(int(start + insertion.size()));
}

bool DriftFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            clearAndApply();
            return true;
        }
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier) {
            showCompletions(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DriftFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState(); // compile errors are translated too
    } else if (event->type() == QEvent::PaletteChange) {
        updateAppearance();
    }
    QWidget::changeEvent(event);
}

void DriftFilterBar::onTextEdited()
{
    showCompletions(false);
}

void DriftFilterBar::onReturnPressed()
{
    // While the user picks an entry in the completion popup, Enter chooses the entry, not the filter.
    if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid())
        return;
    apply();
}

void DriftFilterBar::updateState()
{
    const QString text = m_edit->text();
    const DriftFilterResult result = DriftFilter::compile(text);
    m_compiled = result.filter;

    State state = State::Valid;
    QString error;
    if (text.trimmed().isEmpty()) {
        state = State::Empty;
    } else if (!result.ok()) {
        state = State::Invalid;
        error = tr("column %1: %2").arg(std::max(result.errorColumn, 0) + 1).arg(result.error);
    }

    const bool stateChanged = state != m_state;
    const bool errorChanged = error != m_errorText;
    m_state = state;
    m_errorText = error;
    updateAppearance();
    m_applyButton->setEnabled(m_state != State::Invalid);
    if (stateChanged)
        Q_EMIT this->stateChanged(m_state);
    if (errorChanged)
        Q_EMIT this->errorChanged(m_errorText);
}

void DriftFilterBar::updateAppearance()
{
    QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    if (m_state == State::Valid)
        palette.setColor(QPalette::Base, tinted(base, QColor(0x2e, 0xa0, 0x43), 0.30));
    else if (m_state == State::Invalid)
        palette.setColor(QPalette::Base, tinted(base, QColor(0xd7, 0x3a, 0x49), 0.35));
    m_edit->setPalette(palette);

    switch (m_state) {
    case State::Empty:
        m_edit->setToolTip(tr("Filter drift events in the Falco condition language. "
                              "Enter applies the filter, Esc clears it, Ctrl+Space completes field names."));
        m_edit->setAccessibleDescription(tr("The filter is empty: every drift event is shown."));
        break;
    case State::Valid:
        m_edit->setToolTip(tr("The filter is valid. Press Enter to apply it."));
        m_edit->setAccessibleDescription(tr("The filter is valid."));
        break;
    case State::Invalid:
        // Escaped and wrapped so that the error (which quotes the user's text) is never read as markup.
        m_edit->setToolTip(QStringLiteral("<qt>") + m_errorText.toHtmlEscaped() + QStringLiteral("</qt>"));
        m_edit->setAccessibleDescription(tr("The filter is invalid: %1").arg(m_errorText));
        break;
    }
}

void DriftFilterBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Filter drift: severity >= high and resource.type glob \"aws_iam_*\""));
    m_edit->setAccessibleName(tr("Drift filter"));
    m_applyButton->setText(tr("Apply"));
    m_applyButton->setToolTip(tr("Apply the filter (Enter)"));
    m_applyButton->setAccessibleName(tr("Apply filter"));
    m_historyButton->setToolTip(tr("Recent filters"));
    m_historyButton->setAccessibleName(tr("Recent filters"));
    rebuildCompletionModel();
}

void DriftFilterBar::rebuildCompletionModel()
{
    m_completionModel->clear();
    for (const DriftFilterField &field : DriftFilterFields::all()) {
        auto *item = new QStandardItem(field.name);
        item->setToolTip(DriftFilterFields::description(field));
        item->setEditable(false);
        m_completionModel->appendRow(item);
    }
    for (const QString &value : m_values) {
        if (DriftFilterFields::find(value))
            continue;
        auto *item = new QStandardItem(value);
        item->setEditable(false);
        m_completionModel->appendRow(item);
    }
}

void DriftFilterBar::rebuildHistoryMenu()
{
    m_historyMenu->clear();
    for (const QString &entry : m_history) {
        QString label = entry;
        if (label.size() > maxHistoryEntryChars)
            label = label.left(maxHistoryEntryChars - 1) + QChar(0x2026);
        // '&' would otherwise turn into a mnemonic.
        label.replace(u'&', QStringLiteral("&&"));
        QAction *action = m_historyMenu->addAction(label);
        action->setToolTip(entry);
        connect(action, &QAction::triggered, this, [this, entry] {
            m_edit->setText(entry);
            apply();
        });
    }
    m_historyButton->setEnabled(!m_history.isEmpty());
}

void DriftFilterBar::rememberInHistory(const QString &text)
{
    if (text.isEmpty())
        return;
    QStringList history = m_history;
    history.removeAll(text);
    history.prepend(text);
    setHistory(history);
}

void DriftFilterBar::showCompletions(bool evenWithoutPrefix)
{
    const auto [start, end] = currentWordBounds();
    const QString prefix = m_edit->text().mid(start, m_edit->cursorPosition() - start);
    if ((prefix.isEmpty() && !evenWithoutPrefix) || !m_edit->isVisible()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    const bool onlyWhatIsTyped = m_completer->completionCount() == 1
        && m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0;
    if (m_completer->completionCount() == 0 || onlyWhatIsTyped) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

std::pair<int, int> DriftFilterBar::currentWordBounds() const
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    int start = cursor;
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    int end = cursor;
    while (end < text.size() && isWordCharacter(text.at(end)))
        ++end;
    return {start, end};
}

} // namespace tfdrift

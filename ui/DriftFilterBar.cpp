#include "ui/DriftFilterBar.h"

#include "core/filter/DriftFilterFields.h"
#include "models/PlainTextToolTip.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVariantMap>

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

// Filter texts and saved names are whatever the user typed: shown verbatim on one line in a menu.
// A tab would start the shortcut column and '&' a mnemonic; a long text is cut with an ellipsis.
QString menuLabel(const QString &text)
{
    QString label = text;
    if (label.size() > maxHistoryEntryChars)
        label = label.left(maxHistoryEntryChars - 1) + QChar(0x2026);
    for (QChar &c : label) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    label.replace(u'&', QStringLiteral("&&"));
    return label;
}

// Choosing an entry rebuilds the menu it sits in; the entry's action is still sending triggered()
// then, so it is deleted once that is over rather than right away as QMenu::clear() would.
void clearMenuLater(QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        menu->removeAction(action);
        if (action->parent() == menu)
            action->deleteLater();
    }
}

const QString savedNameKey = QStringLiteral("name");
const QString savedTextKey = QStringLiteral("text");

QList<SavedFilter> readSavedFilters()
{
    QList<SavedFilter> filters;
    const QVariantList stored = QSettings().value(DriftFilterBar::savedFiltersSettingsKey()).toList();
    for (const QVariant &entry : stored) {
        const QVariantMap map = entry.toMap();
        filters.append(SavedFilter{map.value(savedNameKey).toString(), map.value(savedTextKey).toString()});
    }
    return filters;
}

void writeSavedFilters(const QList<SavedFilter> &filters)
{
    QVariantList stored;
    stored.reserve(filters.size());
    for (const SavedFilter &filter : filters)
        stored.append(QVariantMap{{savedNameKey, filter.name}, {savedTextKey, filter.text}});
    QSettings settings;
    if (stored.isEmpty())
        settings.remove(DriftFilterBar::savedFiltersSettingsKey());
    else
        settings.setValue(DriftFilterBar::savedFiltersSettingsKey(), stored);
}

QList<SavedFilter> cleanedSavedFilters(const QList<SavedFilter> &filters)
{
    QList<SavedFilter> cleaned;
    QSet<QString> names;
    for (const SavedFilter &filter : filters) {
        const SavedFilter trimmed{filter.name.trimmed(), filter.text.trimmed()};
        if (trimmed.name.isEmpty() || trimmed.text.isEmpty() || names.contains(trimmed.name))
            continue;
        names.insert(trimmed.name);
        cleaned.append(trimmed);
    }
    return cleaned;
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
    , m_savedFiltersButton(new QToolButton(this))
    , m_savedFiltersMenu(new QMenu(this))
    , m_removeSavedFilterMenu(new QMenu(this))
    , m_saveFilterAction(new QAction(this))
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

    m_savedFiltersButton->setObjectName(QStringLiteral("driftFilterSavedButton"));
    m_savedFiltersButton->setMenu(m_savedFiltersMenu);
    m_savedFiltersButton->setPopupMode(QToolButton::InstantPopup);
    m_savedFiltersButton->setAutoRaise(true);
    m_savedFiltersButton->setIcon(QIcon::fromTheme(QStringLiteral("bookmarks")));
    m_savedFiltersButton->setToolButtonStyle(m_savedFiltersButton->icon().isNull() ? Qt::ToolButtonTextOnly
                                                                                   : Qt::ToolButtonIconOnly);
    m_savedFiltersMenu->setObjectName(QStringLiteral("driftFilterSavedMenu"));
    m_savedFiltersMenu->setToolTipsVisible(true);
    m_removeSavedFilterMenu->setObjectName(QStringLiteral("driftFilterRemoveSavedMenu"));
    m_removeSavedFilterMenu->setToolTipsVisible(true);
    m_saveFilterAction->setObjectName(QStringLiteral("driftFilterSaveAction"));

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
    layout->addWidget(m_savedFiltersButton);
    layout->addWidget(m_historyButton);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_applyButton);

    connect(m_edit, &QLineEdit::textChanged, this, &DriftFilterBar::updateState);
    connect(m_edit, &QLineEdit::textEdited, this, &DriftFilterBar::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &DriftFilterBar::onReturnPressed);
    connect(m_applyButton, &QToolButton::clicked, this, &DriftFilterBar::apply);
    connect(m_completer, QOverload<const QString &>::of(&QCompleter::activated), this,
            &DriftFilterBar::insertCompletion);
    connect(m_saveFilterAction, &QAction::triggered, this, &DriftFilterBar::saveCurrentFilter);
    connect(m_savedFiltersMenu, &QMenu::aboutToShow, this, &DriftFilterBar::reloadSavedFilters);

    m_savedFilters = cleanedSavedFilters(readSavedFilters());
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

QAbstractButton *DriftFilterBar::savedFiltersButton() const
{
    return m_savedFiltersButton;
}

QString DriftFilterBar::savedFiltersSettingsKey()
{
    return QStringLiteral("driftFilter/saved");
}

void DriftFilterBar::setSavedFilters(const QList<SavedFilter> &filters)
{
    applySavedFiltersChange(cleanedSavedFilters(filters), true);
}

bool DriftFilterBar::saveFilter(const QString &name, const QString &text)
{
    const SavedFilter saved{name.trimmed(), text.trimmed()};
    if (saved.name.isEmpty() || saved.text.isEmpty() || !DriftFilter::compile(saved.text).ok())
        return false;
    reloadSavedFilters();
    QList<SavedFilter> filters = m_savedFilters;
    const auto existing = std::find_if(filters.begin(), filters.end(),
                                       [&](const SavedFilter &filter) { return filter.name == saved.name; });
    if (existing != filters.end())
        existing->text = saved.text;
    else
        filters.append(saved);
    applySavedFiltersChange(filters, true);
    return true;
}

bool DriftFilterBar::removeSavedFilter(const QString &name)
{
    reloadSavedFilters();
    QList<SavedFilter> filters = m_savedFilters;
    const auto removed = std::remove_if(filters.begin(), filters.end(),
                                        [&](const SavedFilter &filter) { return filter.name == name; });
    if (removed == filters.end())
        return false;
    filters.erase(removed, filters.end());
    applySavedFiltersChange(filters, true);
    return true;
}

void DriftFilterBar::saveCurrentFilter()
{
    const QString text = m_edit->text().trimmed();
    if (m_state != State::Valid)
        return;
    // Offer the name this text is already saved under, so that saving it again just confirms it.
    QString proposal;
    for (const SavedFilter &filter : std::as_const(m_savedFilters)) {
        if (filter.text == text)
            proposal = filter.name;
    }
    if (proposal.isEmpty())
        proposal = text.left(maxHistoryEntryChars);

    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("saveDriftFilterDialog"));
    dialog.setWindowTitle(tr("Save Filter"));
    dialog.setLabelText(tr("Save the filter under this name (a saved filter of the same name is replaced):"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextValue(proposal);
    dialog.setOkButtonText(tr("Save"));
    dialog.setAccessibleName(tr("Save filter"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveFilter(dialog.textValue(), text);
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
    const QString insertion = isField || quoted ? completion : DriftFilter::quotedValueIfNeeded(completion);
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
    m_saveFilterAction->setEnabled(m_state == State::Valid);
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
    m_savedFiltersButton->setText(tr("Saved"));
    m_savedFiltersButton->setToolTip(
        tr("Saved filters: save this filter under a name, or apply one saved before"));
    m_savedFiltersButton->setAccessibleName(tr("Saved filters"));
    m_saveFilterAction->setText(tr("Save This Filter\u2026"));
    m_saveFilterAction->setToolTip(
        tr("Save the current filter under a name (only a valid filter can be saved)"));
    m_removeSavedFilterMenu->setTitle(tr("Remove Saved Filter"));
    m_removeSavedFilterMenu->setToolTip(tr("Forget one of the saved filters"));
    rebuildCompletionModel();
    rebuildSavedFiltersMenu();
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
    clearMenuLater(m_historyMenu);
    for (const QString &entry : m_history) {
        QAction *action = m_historyMenu->addAction(menuLabel(entry));
        action->setToolTip(plainTextToolTip(entry));
        connect(action, &QAction::triggered, this, [this, entry] {
            m_edit->setText(entry);
            apply();
        });
    }
    m_historyButton->setEnabled(!m_history.isEmpty());
}

void DriftFilterBar::rebuildSavedFiltersMenu()
{
    clearMenuLater(m_savedFiltersMenu);
    clearMenuLater(m_removeSavedFilterMenu);
    m_savedFiltersMenu->addAction(m_saveFilterAction);
    m_savedFiltersMenu->addSeparator();
    if (m_savedFilters.isEmpty()) {
        QAction *none = m_savedFiltersMenu->addAction(tr("No saved filters"));
        none->setObjectName(QStringLiteral("driftFilterNoSavedFilters"));
        none->setEnabled(false);
    }
    for (const SavedFilter &filter : std::as_const(m_savedFilters)) {
        QAction *applyAction = m_savedFiltersMenu->addAction(menuLabel(filter.name));
        applyAction->setToolTip(plainTextToolTip(filter.text));
        applyAction->setData(filter.name);
        const QString text = filter.text;
        connect(applyAction, &QAction::triggered, this, [this, text] {
            m_edit->setText(text);
            apply();
        });

        QAction *removeAction = m_removeSavedFilterMenu->addAction(menuLabel(filter.name));
        removeAction->setToolTip(plainTextToolTip(filter.text));
        removeAction->setData(filter.name);
        const QString name = filter.name;
        connect(removeAction, &QAction::triggered, this, [this, name] { removeSavedFilter(name); });
    }
    m_savedFiltersMenu->addSeparator();
    m_savedFiltersMenu->addMenu(m_removeSavedFilterMenu);
    m_removeSavedFilterMenu->setEnabled(!m_savedFilters.isEmpty());
}

void DriftFilterBar::reloadSavedFilters()
{
    applySavedFiltersChange(cleanedSavedFilters(readSavedFilters()), false);
}

void DriftFilterBar::applySavedFiltersChange(const QList<SavedFilter> &filters, bool store)
{
    if (store)
        writeSavedFilters(filters);
    if (filters == m_savedFilters)
        return;
    m_savedFilters = filters;
    rebuildSavedFiltersMenu();
    Q_EMIT savedFiltersChanged(m_savedFilters);
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

#include "ui/QuickFilterBar.h"

#include "models/DriftEventTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QToolButton>

namespace tfdrift {

namespace {

constexpr std::array<Severity, 4> kButtonSeverities{Severity::Critical, Severity::High, Severity::Medium,
                                                    Severity::Low};
constexpr std::array<ChangeKind, 4> kChangeKinds{ChangeKind::Modified, ChangeKind::Created,
                                                 ChangeKind::Deleted, ChangeKind::Unmanaged};
// The change-kind item that shows every kind; the others hold int(ChangeKind).
constexpr int kAllKindsData = -1;

std::size_t buttonIndex(Severity severity)
{
    for (std::size_t i = 0; i < kButtonSeverities.size(); ++i) {
        if (kButtonSeverities[i] == severity)
            return i;
    }
    return kButtonSeverities.size() - 1;
}

QString buttonObjectName(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("quickFilterCriticalButton");
    case Severity::High: return QStringLiteral("quickFilterHighButton");
    case Severity::Medium: return QStringLiteral("quickFilterMediumButton");
    case Severity::Low: break;
    }
    return QStringLiteral("quickFilterLowButton");
}

QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 2, 2);
    return QIcon(pixmap);
}

int singleKindIndex(quint8 kinds)
{
    int found = -1;
    for (ChangeKind kind : kChangeKinds) {
        if (!(kinds & (1u << unsigned(kind))))
            continue;
        if (found >= 0)
            return -1;
        found = int(kind);
    }
    return found;
}

} // namespace

QuickFilterBar::QuickFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_changeKind(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_textTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("quickFilterBar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    for (std::size_t i = 0; i < kButtonSeverities.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(buttonObjectName(kButtonSeverities[i]));
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::toggled, this, [this] {
            if (!m_settingFilter)
                applyNow();
        });
        layout->addWidget(button);
        m_severityButtons[i] = button;
    }

    m_changeKind->setObjectName(QStringLiteral("quickFilterChangeKindCombo"));
    m_changeKind->addItem(QString(), kAllKindsData);
    for (ChangeKind kind : kChangeKinds)
        m_changeKind->addItem(QString(), int(kind));
    m_changeKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_changeKind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingFilter)
            applyNow();
    });
    layout->addSpacing(6);
    layout->addWidget(m_changeKind);

    m_text->setObjectName(QStringLiteral("quickFilterTextEdit"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    m_text->installEventFilter(this);
    connect(m_text, &QLineEdit::textChanged, this, &QuickFilterBar::onTextChanged);
    connect(m_text, &QLineEdit::returnPressed, this, &QuickFilterBar::applyNow);
    layout->addWidget(m_text, 1);

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(textDebounceMs);
    connect(m_textTimer, &QTimer::timeout, this, &QuickFilterBar::applyNow);

    retranslate();
    updateSwatches();
}

QuickFilter QuickFilterBar::quickFilter() const
{
    QuickFilter filter;
    for (std::size_t i = 0; i < kButtonSeverities.size(); ++i)
        filter.setSeverityIncluded(kButtonSeverities[i], m_severityButtons[i]->isChecked());
    const int kind = m_changeKind->currentData().toInt();
    if (kind != kAllKindsData) {
        filter.changeKinds = 0;
        filter.setChangeKindIncluded(ChangeKind(kind), true);
    }
    filter.text = m_text->text().trimmed();
    return filter;
}

void QuickFilterBar::setQuickFilter(const QuickFilter &filter)
{
    m_settingFilter = true;
    for (std::size_t i = 0; i < kButtonSeverities.size(); ++i)
        m_severityButtons[i]->setChecked(filter.includesSeverity(kButtonSeverities[i]));
    const int index = m_changeKind->findData(singleKindIndex(filter.changeKinds));
    m_changeKind->setCurrentIndex(index < 0 ? 0 : index);
    if (m_text->text().trimmed() != filter.text)
        m_text->setText(filter.text);
    m_settingFilter = false;
    applyNow();
}

QAbstractButton *QuickFilterBar::severityButton(Severity severity) const
{
    return m_severityButtons[buttonIndex(severity)];
}

void QuickFilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

bool QuickFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc empties the search; on an empty field it is left to the window (which may clear other filters).
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_text->text().isEmpty()) {
            m_text->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuickFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateSwatches();
    QWidget::changeEvent(event);
}

void QuickFilterBar::onTextChanged(const QString &text)
{
    if (m_settingFilter)
        return;
    // Emptying the field (the clear button, Esc) shows everything again at once; typing waits for a pause.
    if (text.trimmed().isEmpty())
        applyNow();
    else
        m_textTimer->start();
}

void QuickFilterBar::applyNow()
{
    m_textTimer->stop();
    const QuickFilter filter = quickFilter();
    if (filter == m_applied)
        return;
    m_applied = filter;
    Q_EMIT quickFilterChanged(m_applied);
}

void QuickFilterBar::retranslate()
{
    for (std::size_t i = 0; i < kButtonSeverities.size(); ++i) {
        const QString title = DriftEventTableModel::severityTitle(kButtonSeverities[i]);
        QToolButton *button = m_severityButtons[i];
        button->setText(title);
        //: %1 is a severity: Critical, High, Medium or Low
        button->setToolTip(tr("Show or hide drift events of severity %1").arg(title));
        //: %1 is a severity: Critical, High, Medium or Low
        button->setAccessibleName(tr("Show %1 drift events").arg(title));
    }

    //: Change-kind quick filter: no restriction on the kind of change
    m_changeKind->setItemText(0, tr("All changes"));
    for (int i = 0; i < int(kChangeKinds.size()); ++i)
        m_changeKind->setItemText(i + 1, DriftEventTableModel::changeKindTitle(kChangeKinds[std::size_t(i)]));
    m_changeKind->setToolTip(tr("Show drift events of one change kind only"));
    m_changeKind->setAccessibleName(tr("Change kind"));

    m_text->setPlaceholderText(tr("Search text"));
    m_text->setAccessibleName(tr("Search text"));
    m_text->setToolTip(tr("Show drift events whose resource, attributes, user, account, region, event, "
                          "source or Falco rule contain this text (case does not matter). Esc clears it."));
}

void QuickFilterBar::updateSwatches()
{
    const int size = fontMetrics().height() * 3 / 4;
    for (std::size_t i = 0; i < kButtonSeverities.size(); ++i)
        m_severityButtons[i]->setIcon(swatch(severityTextColor(kButtonSeverities[i], palette()), size));
}

} // namespace tfdrift

#include "ui/CriticalDriftNotifier.h"

#include "models/DriftEventTableModel.h"

#include <QApplication>
#include <QIcon>
#include <QStringList>
#include <QStyle>
#include <QSystemTrayIcon>

#include <algorithm>

namespace tfdrift {

namespace {
// Embedded by ui/CMakeLists.txt from resources/icons.
const QString kAppIconPath = QStringLiteral(":/icons/io.github.tfdrift.Console.svg");

// The console's own icon; a system without the SVG image plugin gets the window's, or Qt's warning sign.
QIcon notifierIcon()
{
    const QIcon appIcon(kAppIconPath);
    if (!appIcon.pixmap(32).isNull())
        return appIcon;
    const QIcon windowIcon = QApplication::windowIcon();
    if (!windowIcon.isNull())
        return windowIcon;
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

QString resourceText(const DriftEvent &event)
{
    if (!event.terraformAddress.isEmpty())
        return event.terraformAddress;
    if (event.resourceId.isEmpty())
        return event.resourceType;
    return event.resourceType + QLatin1Char(' ') + event.resourceId;
}
} // namespace

CriticalDriftNotifier::CriticalDriftNotifier(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
{
    m_tray->setIcon(notifierIcon());
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &CriticalDriftNotifier::showPending);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] { Q_EMIT activated(m_shownFirstEventId); });
    updateTrayIcon();
}

CriticalDriftNotifier::~CriticalDriftNotifier() = default;

bool CriticalDriftNotifier::canShowMessages()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void CriticalDriftNotifier::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        m_flushTimer.stop();
        m_pendingCount = 0;
        m_pendingFirst = DriftEvent();
    }
    updateTrayIcon();
}

void CriticalDriftNotifier::setIntervals(int coalesceMs, int minIntervalMs)
{
    m_coalesceMs = std::max(0, coalesceMs);
    m_minIntervalMs = std::max(0, minIntervalMs);
}

void CriticalDriftNotifier::updateTrayIcon()
{
    // A balloon needs a visible tray icon; without a tray, showing one only earns a warning.
    m_tray->setToolTip(tr("TFDrift Console"));
    m_tray->setVisible(m_enabled && QSystemTrayIcon::isSystemTrayAvailable());
}

void CriticalDriftNotifier::driftEventsArrived(const DriftEventBatch &events)
{
    if (!m_enabled)
        return;
    for (const DriftEvent &event : events) {
        if (event.severity != Severity::Critical || event.excluded)
            continue;
        if (m_pendingCount == 0)
            m_pendingFirst = event;
        ++m_pendingCount;
    }
    if (m_pendingCount == 0 || m_flushTimer.isActive())
        return;
    int delay = m_coalesceMs;
    if (m_sinceLastMessage.isValid())
        delay = int(std::max<qint64>(delay, m_minIntervalMs - m_sinceLastMessage.elapsed()));
    m_flushTimer.start(delay);
}

void CriticalDriftNotifier::showPending()
{
    if (m_pendingCount == 0)
        return;
    const QString title
        = m_pendingCount == 1 ? tr("Critical drift") : tr("%L1 critical drift events").arg(m_pendingCount);

    const QString user = plainField(m_pendingFirst.caller.user);
    QStringList lines;
    lines << tr("%1: %2", "change kind: resource")
                 .arg(DriftEventTableModel::changeKindTitle(m_pendingFirst.kind),
                      plainField(resourceText(m_pendingFirst)));
    lines << (user.isEmpty() ? tr("By an unknown user") : tr("By %1", "who made the change").arg(user));
    const QString account = plainField(m_pendingFirst.account);
    if (!account.isEmpty())
        lines << tr("Account: %1").arg(account);
    if (m_pendingCount > 1)
        lines << tr("and %L1 more").arg(m_pendingCount - 1);
    const QString body = lines.join(QLatin1Char('\n'));

    m_shownFirstEventId = m_pendingFirst.id;
    m_pendingCount = 0;
    m_pendingFirst = DriftEvent();
    m_sinceLastMessage.start();

    if (canShowMessages()) {
        updateTrayIcon();
        m_tray->showMessage(title, body, QSystemTrayIcon::Critical, kMessageShownMs);
    }
    Q_EMIT notificationShown(title, body);
}

QString CriticalDriftNotifier::plainField(const QString &text)
{
    QString cleaned;
    cleaned.reserve(std::min<qsizetype>(text.size(), kMaxFieldChars + 1));
    bool lastWasSpace = false;
    for (const char32_t c : QStringView(text).toUcs4()) {
        const bool control
            = QChar::category(c) == QChar::Other_Control || isBidiControl(c) || c == 0x2028 || c == 0x2029;
        const bool space = control || QChar::isSpace(c);
        if (space) {
            if (!lastWasSpace && !cleaned.isEmpty())
                cleaned += QLatin1Char(' ');
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        cleaned += QChar::fromUcs4(c);
        if (cleaned.size() > kMaxFieldChars)
            break;
    }
    cleaned = cleaned.trimmed();
    if (cleaned.size() > kMaxFieldChars) {
        cleaned.truncate(kMaxFieldChars - 1);
        // Never leave half a surrogate pair at the cut.
        if (!cleaned.isEmpty() && cleaned.back().isHighSurrogate())
            cleaned.chop(1);
        cleaned += QChar(0x2026); // …
    }
    return cleaned;
}

} // namespace tfdrift

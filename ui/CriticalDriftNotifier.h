#pragma once

#include "core/drift/DriftMonitor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QSystemTrayIcon;

namespace tfdrift {

// Raises a desktop notification (QSystemTrayIcon's balloon) when critical drift arrives. A burst
// makes one message, not one per event: events are gathered for kCoalesceMs after the first, and
// messages are at least kMinIntervalMs apart, the next one summarising whatever came in between.
// Excluded events (drift_rules' exceptions) never notify. Event text is attacker-controlled: it is
// shown as plain text, without control characters, and shortened.
// Without a system tray (the offscreen platform, some desktops) nothing is shown, but
// notificationShown() is still emitted with what would have been.
class CriticalDriftNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCoalesceMs = 2'000;
    static constexpr int kMinIntervalMs = 10'000;
    static constexpr qsizetype kMaxFieldChars = 200;
    static constexpr int kMessageShownMs = 10'000;

    explicit CriticalDriftNotifier(QObject *parent = nullptr);
    ~CriticalDriftNotifier() override;

    // On by default. Switching off drops what was waiting and hides the tray icon.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Tests shorten the waits; the defaults are kCoalesceMs and kMinIntervalMs.
    void setIntervals(int coalesceMs, int minIntervalMs);

    // Whether messages reach the desktop, or are only counted.
    static bool canShowMessages();
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The critical events that arrived since the last message, not yet shown.
    int pendingCount() const { return m_pendingCount; }

    // Event text as it goes into a message: control characters (and bidirectional overrides, which
    // can disguise a name) become spaces, runs of blanks one space, and it is cut to kMaxFieldChars.
    static QString plainField(const QString &text);

public Q_SLOTS:
    void driftEventsArrived(const tfdrift::DriftEventBatch &events);

Q_SIGNALS:
    // Emitted for every message, shown or not (plain text).
    void notificationShown(const QString &title, const QString &body);
    // The user clicked the message; firstEventId is the first event it was about.
    void activated(quint64 firstEventId);

private:
    void showPending();
    void updateTrayIcon();

    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceLastMessage; // invalid until the first message
    bool m_enabled = true;
    int m_coalesceMs = kCoalesceMs;
    int m_minIntervalMs = kMinIntervalMs;

    int m_pendingCount = 0;
    DriftEvent m_pendingFirst;
    quint64 m_shownFirstEventId = 0;
};

} // namespace tfdrift

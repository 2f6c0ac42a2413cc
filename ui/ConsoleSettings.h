#pragma once

#include <QString>

class QSettings;

namespace tfdrift {

// The console's preferences that the Settings dialog edits, kept in QSettings. Every value is checked
// on load: a hand-edited or outdated settings file gives the defaults (clamped into range), never a
// table that holds nothing or a retention of zero days.
struct ConsoleSettings {
    static constexpr int kDefaultRetentionDays = 30;
    static constexpr int kMinRetentionDays = 1;
    static constexpr int kMaxRetentionDays = 3650;
    static constexpr int kDefaultRowCap = 1'000'000;
    static constexpr int kMinRowCap = 10'000;
    static constexpr int kMaxRowCap = 5'000'000;

    QString language; // "" follows the system; otherwise one of LanguageSetup::languages()
    bool keepHistory = true;
    int historyRetentionDays = kDefaultRetentionDays;
    int tableRowCap = kDefaultRowCap;
    bool criticalDriftNotifications = true;
    bool followNewest = true;

    static ConsoleSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const ConsoleSettings &other) const = default;
};

} // namespace tfdrift

#include "ui/ConsoleSettings.h"

#include "ui/LanguageSetup.h"

#include <QSettings>
#include <QVariant>

#include <algorithm>

namespace tfdrift {

namespace {
const QString kLanguageKey = QStringLiteral("console/language");
const QString kKeepHistoryKey = QStringLiteral("history/keep");
const QString kRetentionDaysKey = QStringLiteral("history/retentionDays");
const QString kRowCapKey = QStringLiteral("driftTable/rowCap");
const QString kFollowNewestKey = QStringLiteral("driftTable/followNewest");
const QString kCriticalNotificationsKey = QStringLiteral("notifications/criticalDriftDesktop");

// QVariant::toBool() calls any string but "", "0" and "false" true; a typo must not switch a
// notification on or off, so only clear spellings count.
bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QVariant value = settings.value(key);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

int readInt(const QSettings &settings, const QString &key, int fallback, int minimum, int maximum)
{
    const QVariant value = settings.value(key);
    bool ok = false;
    const qlonglong number = value.toString().trimmed().toLongLong(&ok);
    if (!ok)
        return fallback;
    return int(std::clamp<qlonglong>(number, minimum, maximum));
}
} // namespace

ConsoleSettings ConsoleSettings::load(QSettings &settings)
{
    ConsoleSettings loaded;
    const QString language = settings.value(kLanguageKey).toString();
    loaded.language = LanguageSetup::languages().contains(language) ? language : QString();
    loaded.keepHistory = readBool(settings, kKeepHistoryKey, loaded.keepHistory);
    loaded.historyRetentionDays
        = readInt(settings, kRetentionDaysKey, kDefaultRetentionDays, kMinRetentionDays, kMaxRetentionDays);
    loaded.tableRowCap = readInt(settings, kRowCapKey, kDefaultRowCap, kMinRowCap, kMaxRowCap);
    loaded.criticalDriftNotifications
        = readBool(settings, kCriticalNotificationsKey, loaded.criticalDriftNotifications);
    loaded.followNewest = readBool(settings, kFollowNewestKey, loaded.followNewest);
    return loaded;
}

void ConsoleSettings::save(QSettings &settings) const
{
    settings.setValue(kLanguageKey, language);
    settings.setValue(kKeepHistoryKey, keepHistory);
    settings.setValue(kRetentionDaysKey, historyRetentionDays);
    settings.setValue(kRowCapKey, tableRowCap);
    settings.setValue(kCriticalNotificationsKey, criticalDriftNotifications);
    settings.setValue(kFollowNewestKey, followNewest);
}

} // namespace tfdrift

#include "core/config/ScheduleParser.h"

#include "core/config/ConfigValueReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::ScheduleParser)
};

constexpr int kMinutesPerDay = 24 * 60;

const QStringList kScheduleKeys
    = {QStringLiteral("allowed_hours"), QStringLiteral("timezone"), QStringLiteral("weekdays_only")};

// Minutes after midnight for "HH" and "MM", or nullopt with *error.
std::optional<int> timeOfDay(const QString &hours, const QString &minutes, QString *error)
{
    const int hour = hours.toInt();
    const int minute = minutes.toInt();
    if (hour > 24) {
        *error = Text::tr("hour %1 is out of range 00-24").arg(hours);
        return std::nullopt;
    }
    if (minute > 59) {
        *error = Text::tr("minute %1 is out of range 00-59").arg(minutes);
        return std::nullopt;
    }
    if (hour == 24 && minute != 0) {
        *error = Text::tr("24:%1 is past the end of the day; only 24:00 may use hour 24").arg(minutes);
        return std::nullopt;
    }
    return hour * 60 + minute;
}
} // namespace

std::optional<AllowedHours> parseAllowedHours(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        *error = Text::tr("expected a range of times such as \"09:00-18:00\" (HH:MM-HH:MM)");
        return std::nullopt;
    }
    const std::optional<int> from = timeOfDay(match.captured(1), match.captured(2), error);
    if (!from)
        return std::nullopt;
    const std::optional<int> to = timeOfDay(match.captured(3), match.captured(4), error);
    if (!to)
        return std::nullopt;
    if (*from % kMinutesPerDay == *to % kMinutesPerDay && !(*from == 0 && *to == kMinutesPerDay)) {
        *error
            = Text::tr("the range starts and ends at the same time; write \"00:00-24:00\" for the whole day");
        return std::nullopt;
    }
    // 24:00 as a start is the next midnight, which is the same instant of the (repeating) day as 00:00.
    return AllowedHours{*from % kMinutesPerDay, *to};
}

std::optional<DriftSchedule> parseDriftSchedule(const YAML::Node &node, ConfigValueReader &reader)
{
    if (!node.IsMap()) {
        reader.error(
            node, Text::tr("\"schedule\" must be a mapping with allowed_hours, timezone and weekdays_only"));
        return std::nullopt;
    }
    reader.checkKeys(node, kScheduleKeys, QStringLiteral("schedule"));
    DriftSchedule schedule;
    bool ok = true;

    const YAML::Node hours = reader.value(node, "allowed_hours");
    if (hours) {
        if (const std::optional<QString> text = reader.string(hours, QStringLiteral("allowed_hours"))) {
            QString reason;
            if (const std::optional<AllowedHours> window = parseAllowedHours(*text, &reason)) {
                schedule.hasAllowedHours = true;
                schedule.allowedFromMinutes = window->fromMinutes;
                schedule.allowedToMinutes = window->toMinutes;
            } else {
                reader.error(hours, Text::tr("\"allowed_hours\": %1").arg(reason));
                ok = false;
            }
        } else {
            ok = false;
        }
    } else {
        schedule.allowedFromMinutes = 0;
        schedule.allowedToMinutes = kMinutesPerDay;
    }

    if (const YAML::Node zone = reader.value(node, "timezone")) {
        if (const std::optional<QString> id = reader.nonEmptyString(zone, QStringLiteral("timezone"))) {
            const QTimeZone timeZone(id->toUtf8());
            if (timeZone.isValid()) {
                schedule.timeZone = timeZone;
            } else {
                reader.error(zone,
                             Text::tr("\"timezone\": unknown time zone \"%1\"; use an IANA id such as "
                                      "\"Asia/Tokyo\", \"Europe/Berlin\" or \"UTC\"")
                                 .arg(*id));
                ok = false;
            }
        } else {
            ok = false;
        }
    }

    if (const YAML::Node weekdays = reader.value(node, "weekdays_only")) {
        if (const std::optional<bool> value = reader.boolean(weekdays, QStringLiteral("weekdays_only")))
            schedule.weekdaysOnly = *value;
        else
            ok = false;
    }

    if (ok && !hours && !schedule.weekdaysOnly) {
        // Allowed all day, every day: the rule could never fire.
        reader.error(node, Text::tr("\"schedule\" needs \"allowed_hours\", \"weekdays_only: true\" or both"));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return schedule;
}

} // namespace tfdrift

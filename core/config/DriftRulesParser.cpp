#include "core/config/DriftRulesParser.h"

#include "core/config/ConfigValueReader.h"
#include "core/config/ScheduleParser.h"

#include <QCoreApplication>
#include <QSet>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::DriftRulesParser)
};

const QStringList kRuleKeys = {
    QStringLiteral("name"),     QStringLiteral("resource_types"), QStringLiteral("watched_attributes"),
    QStringLiteral("severity"), QStringLiteral("exclude_users"),  QStringLiteral("environment"),
    QStringLiteral("schedule"),
};

std::optional<DriftRule> parseRule(const YAML::Node &node, ConfigValueReader &reader, QSet<QString> *names)
{
    if (!node.IsMap()) {
        reader.error(node,
                     Text::tr("each drift_rules entry must be a mapping with name, resource_types, ..."));
        return std::nullopt;
    }
    reader.checkKeys(node, kRuleKeys, QStringLiteral("drift_rules"));
    DriftRule rule;
    rule.origin = reader.location(node);
    bool ok = true;

    if (const YAML::Node name = reader.value(node, "name")) {
        if (const std::optional<QString> text = reader.nonEmptyString(name, QStringLiteral("name"))) {
            rule.name = *text;
            if (names->contains(rule.name)) {
                reader.error(name, Text::tr("another drift rule is already named \"%1\"").arg(rule.name));
                ok = false;
            }
            names->insert(rule.name);
        } else {
            ok = false;
        }
    } else {
        reader.error(node, Text::tr("drift rule has no \"name\""));
        ok = false;
    }

    if (const YAML::Node types = reader.value(node, "resource_types")) {
        if (const auto globs = reader.stringList(types, QStringLiteral("resource_types"))) {
            rule.resourceTypes = *globs;
            if (globs->isEmpty()) {
                reader.error(types,
                             Text::tr("\"resource_types\" must list at least one type or glob; "
                                      "use \"*\" for every type"));
                ok = false;
            }
        } else {
            ok = false;
        }
    } else {
        reader.error(node, Text::tr("drift rule has no \"resource_types\"; use [\"*\"] for every type"));
        ok = false;
    }

    rule.watchedAttributes = QStringList{QStringLiteral("*")};
    if (const YAML::Node attributes = reader.value(node, "watched_attributes")) {
        if (const auto attributeNames = reader.stringList(attributes, QStringLiteral("watched_attributes"))) {
            rule.watchedAttributes = *attributeNames;
            if (attributeNames->isEmpty()) {
                reader.error(attributes,
                             Text::tr("\"watched_attributes\" must list at least one attribute; "
                                      "use \"*\" for all of them"));
                ok = false;
            }
        } else {
            ok = false;
        }
    }

    if (const YAML::Node severity = reader.value(node, "severity")) {
        if (const std::optional<Severity> value = reader.severity(severity, QStringLiteral("severity")))
            rule.severity = *value;
        else
            ok = false;
    }

    if (const YAML::Node users = reader.value(node, "exclude_users")) {
        if (const auto globs = reader.stringList(users, QStringLiteral("exclude_users")))
            rule.excludeUsers = *globs;
        else
            ok = false;
    }

    if (const YAML::Node environment = reader.value(node, "environment")) {
        if (const auto name = reader.environment(environment, QStringLiteral("environment")))
            rule.environment = *name;
        else
            ok = false;
    }

    if (const YAML::Node schedule = reader.value(node, "schedule")) {
        rule.schedule = parseDriftSchedule(schedule, reader);
        ok = ok && rule.schedule.has_value();
    }

    if (!ok)
        return std::nullopt;
    return rule;
}
} // namespace

QList<DriftRule> parseDriftRules(const YAML::Node &node, ConfigValueReader &reader)
{
    QList<DriftRule> rules;
    if (node.IsNull())
        return rules;
    if (!node.IsSequence()) {
        reader.error(node, Text::tr("\"drift_rules\" must be a list of rules"));
        return rules;
    }
    QSet<QString> names;
    for (const YAML::Node &entry : node) {
        if (std::optional<DriftRule> rule = parseRule(entry, reader, &names))
            rules.append(std::move(*rule));
    }
    return rules;
}

} // namespace tfdrift

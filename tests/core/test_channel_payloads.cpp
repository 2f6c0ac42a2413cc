// What Slack, Discord, PagerDuty, Teams, webhooks, TFDrift-Falco's custom API and Falco's alert format
// are sent for a drift event: the documented shapes (shared doc §6), each service's limits, and event
// text that stays inert however hostile it is.
#include "core/drift/DriftEventJson.h"
#include "core/falco/AlertJson.h"
#include "core/notify/ChannelPayloads.h"
#include "core/notify/TextEscaping.h"

#include "support/JsonStrings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tfdrift;
using namespace tfdrift::notify;
using tfdrift::test::allJsonStrings;

namespace {

const QString kHostileUser = QStringLiteral("<!channel> *bold* <http://evil|click> @everyone");

DriftEvent securityGroupDrift(Severity severity = Severity::High,
                              const QString &user = QStringLiteral("alice"))
{
    DriftEvent event;
    event.eventTimeNs = 1'709'760'174'000'000'000; // 2024-03-06T21:22:54Z
    event.account = QStringLiteral("111122223333");
    event.region = QStringLiteral("us-east-1");
    event.eventName = QStringLiteral("AuthorizeSecurityGroupIngress");
    event.eventSource = QStringLiteral("ec2.amazonaws.com");
    event.resourceType = QStringLiteral("aws_security_group");
    event.resourceId = QStringLiteral("sg-0abc");
    event.terraformAddress = QStringLiteral("aws_security_group.web");
    event.kind = ChangeKind::Modified;
    event.changes = {{QStringLiteral("ingress"), QJsonValue(QJsonArray{}), QJsonValue(QJsonArray{22})},
                     {QStringLiteral("description"), QStringLiteral("web"), QStringLiteral("web ssh")}};
    event.caller.user = user;
    event.caller.identityType = QStringLiteral("IAMUser");
    event.severity = severity;
    event.environment = QStringLiteral("production");
    event.alert.rule = QStringLiteral("Security Group Opened To The World");
    return event;
}

const QString kLinkAndMentionUser = QStringLiteral("[x](http://evil) <at>Bob</at>");

// Every text Teams reads as Markdown: TextBlock.text, Fact.title and Fact.value, wherever they are.
QStringList teamsTexts(const QJsonValue &value)
{
    QStringList texts;
    for (const QJsonValue &item : value.toArray())
        texts += teamsTexts(item);
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("type")).toString() == QLatin1String("TextBlock"))
        texts.append(object.value(QLatin1String("text")).toString());
    if (object.contains(QLatin1String("title")) && object.contains(QLatin1String("value"))) {
        texts.append(object.value(QLatin1String("title")).toString());
        texts.append(object.value(QLatin1String("value")).toString());
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isArray() || it.value().isObject())
            texts += teamsTexts(it.value());
    return texts;
}

QJsonArray teamsBody(const QJsonObject &payload)
{
    return payload.value(QLatin1String("attachments"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("content"))
        .toObject()
        .value(QLatin1String("body"))
        .toArray();
}

QJsonArray teamsFacts(const QJsonObject &payload)
{
    for (const QJsonValue &element : teamsBody(payload))
        if (element.toObject().value(QLatin1String("type")).toString() == QLatin1String("FactSet"))
            return element.toObject().value(QLatin1String("facts")).toArray();
    return {};
}

QString teamsFactValue(const QJsonObject &payload, const QString &title)
{
    for (const QJsonValue &fact : teamsFacts(payload))
        if (fact.toObject().value(QLatin1String("title")).toString() == title)
            return fact.toObject().value(QLatin1String("value")).toString();
    return {};
}

// The monospace TextBlocks that carry one attribute change each.
QStringList teamsChangeLines(const QJsonObject &payload)
{
    QStringList lines;
    for (const QJsonValue &element : teamsBody(payload))
        if (element.toObject().value(QLatin1String("fontType")).toString() == QLatin1String("monospace"))
            lines.append(element.toObject().value(QLatin1String("text")).toString());
    return lines;
}

// True when `character` appears in `text` without a backslash escaping it.
bool hasUnescaped(const QString &text, QChar character)
{
    bool escaped = false;
    for (const QChar current : text) {
        if (!escaped && current == character)
            return true;
        escaped = !escaped && current == QLatin1Char('\\');
    }
    return false;
}

bool containsKey(const QJsonValue &value, QLatin1String key)
{
    for (const QJsonValue &item : value.toArray())
        if (containsKey(item, key))
            return true;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key() == key || containsKey(it.value(), key))
            return true;
    return false;
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.begin(), keys.end()};
}

QJsonValue parsedJson(const QString &text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]")).array().at(0);
}

} // namespace

class TestChannelPayloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slackHasFallbackBlocksAndColour()
    {
        const QJsonObject payload = slackPayload(securityGroupDrift(), QStringLiteral("#drift"));
        QCOMPARE(payload.value(QLatin1String("channel")).toString(), QStringLiteral("#drift"));
        QVERIFY(payload.value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("aws_security_group.web")));
        const QJsonArray blocks = payload.value(QLatin1String("blocks")).toArray();
        QCOMPARE(blocks.size(), 2);
        const QJsonObject header = blocks[0].toObject();
        QCOMPARE(header.value(QLatin1String("type")).toString(), QStringLiteral("header"));
        QCOMPARE(header.value(QLatin1String("text")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("plain_text"));
        QCOMPARE(header.value(QLatin1String("text")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Drift: aws_security_group.web modified"));
        const QJsonArray fields = blocks[1].toObject().value(QLatin1String("fields")).toArray();
        QStringList texts;
        for (const QJsonValue &field : fields) {
            QCOMPARE(field.toObject().value(QLatin1String("type")).toString(), QStringLiteral("mrkdwn"));
            texts.append(field.toObject().value(QLatin1String("text")).toString());
        }
        QVERIFY(texts.contains(QStringLiteral("*User*\nalice (IAMUser)")));
        QVERIFY(texts.contains(QStringLiteral("*Severity*\n:large_orange_circle: high")));
        QVERIFY(texts.contains(QStringLiteral("*Environment*\nproduction")));
        QVERIFY(fields.size() <= 10); // Slack's limit for section fields

        const QJsonObject attachment = payload.value(QLatin1String("attachments")).toArray().at(0).toObject();
        QCOMPARE(attachment.value(QLatin1String("color")).toString(), QStringLiteral("#f57c00"));
        const QJsonArray attachmentBlocks = attachment.value(QLatin1String("blocks")).toArray();
        const QString diff = attachmentBlocks[0]
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toString();
        QVERIFY2(diff.contains(QStringLiteral("ingress: [] \u2192 [22]")), qPrintable(diff));
        QCOMPARE(attachmentBlocks[1].toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("context"));
    }

    void slackTextFromTheEventIsInert()
    {
        const QJsonObject payload = slackPayload(securityGroupDrift(Severity::High, kHostileUser));
        for (const QString &text : allJsonStrings(payload)) {
            // No mention, no link, no bold: the characters that would make them are escaped.
            QVERIFY2(!text.contains(QLatin1String("<!channel>")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<http")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("*bold*")), qPrintable(text));
        }
        const QStringList strings = allJsonStrings(payload);
        QVERIFY(std::any_of(strings.begin(), strings.end(), [](const QString &text) {
            return text.contains(QLatin1String("&lt;!channel&gt;"))
                && text.contains(QLatin1String("&lt;http://evil|click&gt;"));
        }));
    }

    void discordEmbedWithinItsLimits()
    {
        DriftEvent event = securityGroupDrift(Severity::Critical);
        event.terraformAddress = QString(5000, QLatin1Char('x'));
        const QJsonObject payload = discordPayload(event);
        const QJsonObject embed = payload.value(QLatin1String("embeds")).toArray().at(0).toObject();
        QCOMPARE(embed.value(QLatin1String("color")).toInt(), 0xD32F2F);
        QCOMPARE(embed.value(QLatin1String("timestamp")).toString(),
                 QStringLiteral("2024-03-06T21:22:54.000000000Z"));
        const QString title = embed.value(QLatin1String("title")).toString();
        QCOMPARE(title.size(), 256);
        QVERIFY(title.endsWith(QChar(0x2026)));
        const QJsonArray fields = embed.value(QLatin1String("fields")).toArray();
        QVERIFY(fields.size() <= 25);
        for (const QJsonValue &field : fields) {
            QVERIFY(field.toObject().value(QLatin1String("value")).toString().size() <= 1024);
            QVERIFY(field.toObject().value(QLatin1String("name")).toString().size() <= 256);
        }
        QVERIFY(embed.value(QLatin1String("description")).toString().size() <= 4096);
    }

    void discordNeverPings()
    {
        const QJsonObject payload = discordPayload(securityGroupDrift(Severity::Low, kHostileUser));
        QCOMPARE(payload.value(QLatin1String("allowed_mentions"))
                     .toObject()
                     .value(QLatin1String("parse"))
                     .toArray(),
                 QJsonArray{});
        for (const QString &text : allJsonStrings(payload)) {
            QVERIFY2(!text.contains(QLatin1String("@everyone")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("*bold*")), qPrintable(text));
        }
    }

    void pagerDutyEvent()
    {
        const QJsonObject payload = pagerDutyPayload(securityGroupDrift(), QStringLiteral("FAKE-ROUTING-KEY"));
        QCOMPARE(payload.value(QLatin1String("routing_key")).toString(), QStringLiteral("FAKE-ROUTING-KEY"));
        QCOMPARE(payload.value(QLatin1String("event_action")).toString(), QStringLiteral("trigger"));
        const QJsonObject body = payload.value(QLatin1String("payload")).toObject();
        QCOMPARE(body.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(body.value(QLatin1String("source")).toString(), QStringLiteral("aws_security_group.web"));
        QCOMPARE(body.value(QLatin1String("component")).toString(), QStringLiteral("aws_security_group"));
        QCOMPARE(body.value(QLatin1String("timestamp")).toString(),
                 QStringLiteral("2024-03-06T21:22:54.000000000Z"));
        QVERIFY(body.value(QLatin1String("summary")).toString().size() <= 1024);
        const QJsonArray changes = body.value(QLatin1String("custom_details"))
                                       .toObject()
                                       .value(QLatin1String("changes"))
                                       .toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].toObject().value(QLatin1String("new")).toString(), QStringLiteral("[22]"));
    }

    void pagerDutySeverityMapping()
    {
        QCOMPARE(pagerDutySeverity(Severity::Critical), QStringLiteral("critical"));
        QCOMPARE(pagerDutySeverity(Severity::High), QStringLiteral("error"));
        QCOMPARE(pagerDutySeverity(Severity::Medium), QStringLiteral("warning"));
        QCOMPARE(pagerDutySeverity(Severity::Low), QStringLiteral("info"));
    }

    void pagerDutyDedupKeyGroupsRepeatsOnly()
    {
        DriftEvent first = securityGroupDrift();
        DriftEvent again = securityGroupDrift(Severity::Critical, QStringLiteral("bob"));
        std::reverse(again.changes.begin(), again.changes.end());
        QCOMPARE(pagerDutyDedupKey(again), pagerDutyDedupKey(first)); // same resource and attributes
        DriftEvent other = securityGroupDrift();
        other.resourceId = QStringLiteral("sg-0def");
        QVERIFY(pagerDutyDedupKey(other) != pagerDutyDedupKey(first));
        DriftEvent otherAccount = securityGroupDrift();
        otherAccount.account = QStringLiteral("444455556666");
        QVERIFY(pagerDutyDedupKey(otherAccount) != pagerDutyDedupKey(first));
        QVERIFY(pagerDutyDedupKey(first).size() <= 255); // PagerDuty's limit
    }

    void testEventsSaySo()
    {
        const QJsonObject payload = slackPayload(securityGroupDrift(), {}, true);
        QVERIFY(payload.value(QLatin1String("text")).toString().contains(QLatin1String("[TEST]")));
        QVERIFY(pagerDutyPayload(securityGroupDrift(), QStringLiteral("k"), true)
                    .value(QLatin1String("payload"))
                    .toObject()
                    .value(QLatin1String("custom_details"))
                    .toObject()
                    .value(QLatin1String("test"))
                    .toBool());
    }

    void teamsAdaptiveCardShape()
    {
        const QJsonObject payload = teamsPayload(securityGroupDrift(Severity::High));
        QCOMPARE(payload.value(QLatin1String("type")).toString(), QStringLiteral("message"));
        const QJsonArray attachments = payload.value(QLatin1String("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject attachment = attachments[0].toObject();
        QCOMPARE(attachment.value(QLatin1String("contentType")).toString(),
                 QStringLiteral("application/vnd.microsoft.card.adaptive"));
        QVERIFY(attachment.value(QLatin1String("contentUrl")).isNull());
        const QJsonObject card = attachment.value(QLatin1String("content")).toObject();
        QCOMPARE(card.value(QLatin1String("$schema")).toString(),
                 QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json"));
        QCOMPARE(card.value(QLatin1String("type")).toString(), QStringLiteral("AdaptiveCard"));
        QCOMPARE(card.value(QLatin1String("version")).toString(), QStringLiteral("1.4"));
        QCOMPARE(card.value(QLatin1String("msteams")).toObject().value(QLatin1String("width")).toString(),
                 QStringLiteral("Full"));

        const QJsonObject title = teamsBody(payload).at(0).toObject();
        QCOMPARE(title.value(QLatin1String("type")).toString(), QStringLiteral("TextBlock"));
        QCOMPARE(title.value(QLatin1String("text")).toString(),
                 QStringLiteral("Drift: aws_security_group.web modified"));
        QCOMPARE(title.value(QLatin1String("weight")).toString(), QStringLiteral("bolder"));
        QCOMPARE(title.value(QLatin1String("size")).toString(), QStringLiteral("medium"));
        QCOMPARE(title.value(QLatin1String("wrap")).toBool(), true);
        QCOMPARE(title.value(QLatin1String("color")).toString(), QStringLiteral("attention"));

        // Identifiers stay copyable: an underscore inside a word is never emphasis.
        QCOMPARE(teamsFactValue(payload, QStringLiteral("Resource")),
                 QStringLiteral("aws_security_group.web"));
        QCOMPARE(teamsFactValue(payload, QStringLiteral("Change")), QStringLiteral("modified"));
        QCOMPARE(teamsFactValue(payload, QStringLiteral("Severity")), QStringLiteral("high"));
        QCOMPARE(teamsFactValue(payload, QStringLiteral("User")), QStringLiteral("alice (IAMUser)"));
        QCOMPARE(teamsFactValue(payload, QStringLiteral("Account / region")),
                 QStringLiteral("111122223333 / us-east-1"));
        QCOMPARE(teamsFactValue(payload, QStringLiteral("Environment")), QStringLiteral("production"));
        QCOMPARE(teamsFactValue(payload, QStringLiteral("API call")),
                 QStringLiteral("ec2.amazonaws.com AuthorizeSecurityGroupIngress"));
        QCOMPARE(teamsFactValue(payload, QStringLiteral("Falco rule")),
                 QStringLiteral("Security Group Opened To The World"));

        // The diff, one line per change, its brackets escaped so that none can start a link.
        const QStringList lines = teamsChangeLines(payload);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("ingress: \\[\\] \u2192 \\[22\\]"));
        QCOMPARE(lines[1], QStringLiteral("description: \"web\" \u2192 \"web ssh\""));
        for (const QJsonValue &element : teamsBody(payload))
            if (element.toObject().value(QLatin1String("type")).toString() == QLatin1String("TextBlock"))
                QCOMPARE(element.toObject().value(QLatin1String("wrap")).toBool(), true);
    }

    void teamsTitleColourFollowsSeverity()
    {
        const auto colour = [](Severity severity) {
            return teamsBody(teamsPayload(securityGroupDrift(severity)))
                .at(0)
                .toObject()
                .value(QLatin1String("color"))
                .toString();
        };
        QCOMPARE(colour(Severity::Critical), QStringLiteral("attention"));
        QCOMPARE(colour(Severity::High), QStringLiteral("attention"));
        QCOMPARE(colour(Severity::Medium), QStringLiteral("warning"));
        QCOMPARE(colour(Severity::Low), QStringLiteral("default"));
    }

    void teamsTextFromTheEventIsInert_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("shown"); // what the User fact reads, inert
        QTest::newRow("slack-style mention, bold and link")
            << kHostileUser
            << QStringLiteral(
                   "\uFF1C!channel\uFF1E \\*bold\\* \uFF1Chttp:\u200B//evil|click\uFF1E @everyone (IAMUser)");
        QTest::newRow("markdown link and Teams mention")
            << kLinkAndMentionUser
            << QStringLiteral("\\[x\\](http:\u200B//evil) \uFF1Cat\uFF1EBob\uFF1C/at\uFF1E (IAMUser)");
    }

    void teamsTextFromTheEventIsInert()
    {
        QFETCH(QString, user);
        QFETCH(QString, shown);
        DriftEvent event = securityGroupDrift(Severity::Critical, user);
        event.terraformAddress = QStringLiteral("aws_security_group.") + user;
        event.changes.append({user, QJsonValue(user), QJsonValue(QStringLiteral("*x*"))});
        event.alert.rule = user;
        const QJsonObject payload = teamsPayload(event, true);
        const QStringList texts = teamsTexts(payload);
        QVERIFY(texts.size() > 10);
        for (const QString &text : texts) {
            QVERIFY2(!hasUnescaped(text, QLatin1Char('*')), qPrintable(text));
            QVERIFY2(!hasUnescaped(text, QLatin1Char('[')), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<at>")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<http")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1Char('<')), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("http://")), qPrintable(text));
        }
        QVERIFY(!containsKey(payload, QLatin1String("entities")));
        // Still readable: every character of the name is shown, only made inert.
        QCOMPARE(teamsFactValue(payload, QStringLiteral("User")), shown);
    }

    void teamsEscaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identifier") << QStringLiteral("aws_security_group.web_1")
                                    << QStringLiteral("aws_security_group.web_1");
        QTest::newRow("emphasis") << QStringLiteral("_x_ *y* ~z~")
                                  << QStringLiteral("\\_x\\_ \\*y\\* \\~z\\~");
        QTest::newRow("link") << QStringLiteral("[a](b)") << QStringLiteral("\\[a\\](b)");
        QTest::newRow("mention") << QStringLiteral("<at>Bob</at>")
                                 << QStringLiteral("\uFF1Cat\uFF1EBob\uFF1C/at\uFF1E");
        QTest::newRow("backslash before star") << QStringLiteral("\\*") << QStringLiteral("\\\\\\*");
        QTest::newRow("entity") << QStringLiteral("&lt;at&gt;") << QStringLiteral("\\&lt;at\\&gt;");
        QTest::newRow("list item") << QStringLiteral("- item") << QStringLiteral("\\- item");
        QTest::newRow("ordered list") << QStringLiteral("12. item") << QStringLiteral("12\\. item");
        QTest::newRow("dash inside") << QStringLiteral("sg-0abc") << QStringLiteral("sg-0abc");
        QTest::newRow("new lines") << QStringLiteral("a\n- b\r\n\tc") << QStringLiteral("a - b   c");
        QTest::newRow("bare link") << QStringLiteral("https://evil") << QStringLiteral("https:\u200B//evil");
        QTest::newRow("date function") << QStringLiteral("{{DATE(2024-01-01T00:00:00Z)}}")
                                       << QStringLiteral("{\u200B{DATE(2024-01-01T00:00:00Z)}}");
    }

    void teamsEscaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(escapeTeamsText(text), expected);
    }

    void teamsLongDiffIsCapped()
    {
        DriftEvent event = securityGroupDrift();
        event.changes.clear();
        for (int index = 0; index < 100; ++index)
            event.changes.append({QStringLiteral("tag_%1").arg(index),
                                  QJsonValue(QString(5000, QLatin1Char('o'))),
                                  QJsonValue(QString(5000, QLatin1Char('n')))});
        event.caller.user = QString(5000, QLatin1Char('u'));
        const QJsonObject payload = teamsPayload(event);
        const QStringList lines = teamsChangeLines(payload);
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.size() <= 20, qPrintable(QString::number(lines.size())));
        for (const QString &line : lines) {
            QVERIFY(line.size() <= 300);
            QVERIFY(line.endsWith(QChar(0x2026)));
        }
        const QStringList texts = teamsTexts(payload);
        QVERIFY(std::any_of(texts.begin(), texts.end(), [&lines](const QString &text) {
            return text.contains(QString::number(100 - lines.size()) + QLatin1String(" more"));
        }));
        QVERIFY(teamsFactValue(payload, QStringLiteral("User")).size() <= 500);
        // Teams refuses messages over about 28 KB.
        QVERIFY(QJsonDocument(payload).toJson(QJsonDocument::Compact).size() < 28 * 1024);
    }

    void webhookIsTheDriftEventJson()
    {
        const DriftEvent event = securityGroupDrift();
        const QJsonObject payload = webhookPayload(event);
        QCOMPARE(payload, driftEventToJson(event));
        QVERIFY(!payload.contains(QLatin1String("test")));
        QCOMPARE(payload.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("alice"));

        QJsonObject test = webhookPayload(event, true);
        QCOMPARE(test.value(QLatin1String("test")), QJsonValue(true));
        test.remove(QLatin1String("test"));
        QCOMPARE(test, driftEventToJson(event));

        // A program reads it: hostile text arrives unchanged, as JSON.
        const QJsonObject hostile = webhookPayload(securityGroupDrift(Severity::High, kHostileUser));
        QCOMPARE(hostile.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString(),
                 kHostileUser);
    }

    void customApiHasTfdriftFalcoKeys()
    {
        DriftEvent event = securityGroupDrift();
        event.detectedAtMs = 1'709'760'180'500; // 2024-03-06T21:23:00.5Z, six seconds after the call
        const QJsonObject payload = customApiPayload(event);
        QCOMPARE(keysOf(payload),
                 (QSet<QString>{QStringLiteral("event_type"), QStringLiteral("resource_type"),
                                QStringLiteral("resource_id"), QStringLiteral("change_type"),
                                QStringLiteral("severity"), QStringLiteral("user"), QStringLiteral("region"),
                                QStringLiteral("timestamp"), QStringLiteral("details")}));
        QCOMPARE(payload.value(QLatin1String("event_type")).toString(), QStringLiteral("terraform_drift"));
        QCOMPARE(payload.value(QLatin1String("resource_type")).toString(),
                 QStringLiteral("aws_security_group"));
        QCOMPARE(payload.value(QLatin1String("resource_id")).toString(), QStringLiteral("sg-0abc"));
        QCOMPARE(payload.value(QLatin1String("change_type")).toString(), QStringLiteral("modified"));
        QCOMPARE(payload.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(payload.value(QLatin1String("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(payload.value(QLatin1String("region")).toString(), QStringLiteral("us-east-1"));
        QCOMPARE(payload.value(QLatin1String("timestamp")).toString(),
                 QStringLiteral("2024-03-06T21:23:00Z"));

        const QJsonObject details = payload.value(QLatin1String("details")).toObject();
        QCOMPARE(keysOf(details),
                 (QSet<QString>{QStringLiteral("account"), QStringLiteral("provider"),
                                QStringLiteral("terraform_address"), QStringLiteral("event_name"),
                                QStringLiteral("event_source"), QStringLiteral("environment"),
                                QStringLiteral("falco_rule"), QStringLiteral("changes")}));
        QCOMPARE(details.value(QLatin1String("account")).toString(), QStringLiteral("111122223333"));
        QCOMPARE(details.value(QLatin1String("provider")).toString(), QStringLiteral("aws"));
        QCOMPARE(details.value(QLatin1String("terraform_address")).toString(),
                 QStringLiteral("aws_security_group.web"));
        QCOMPARE(details.value(QLatin1String("event_name")).toString(),
                 QStringLiteral("AuthorizeSecurityGroupIngress"));
        QCOMPARE(details.value(QLatin1String("event_source")).toString(),
                 QStringLiteral("ec2.amazonaws.com"));
        QCOMPARE(details.value(QLatin1String("environment")).toString(), QStringLiteral("production"));
        QCOMPARE(details.value(QLatin1String("falco_rule")).toString(),
                 QStringLiteral("Security Group Opened To The World"));
        const QJsonArray changes = details.value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(keysOf(changes[0].toObject()),
                 (QSet<QString>{QStringLiteral("attribute"), QStringLiteral("old"), QStringLiteral("new")}));
        QCOMPARE(changes[0].toObject().value(QLatin1String("attribute")).toString(),
                 QStringLiteral("ingress"));
        QCOMPARE(changes[0].toObject().value(QLatin1String("old")), QJsonValue(QJsonArray{}));
        QCOMPARE(changes[0].toObject().value(QLatin1String("new")), QJsonValue(QJsonArray{22}));
    }

    void customApiTimestampFallsBackToTheEventTime()
    {
        DriftEvent event = securityGroupDrift();
        event.detectedAtMs = 0;
        event.changes.append({QStringLiteral("tags"), QJsonValue(QJsonValue::Undefined), QJsonValue(1)});
        const QJsonObject payload = customApiPayload(event);
        const QString timestamp = payload.value(QLatin1String("timestamp")).toString();
        QCOMPARE(timestamp, QStringLiteral("2024-03-06T21:22:54Z"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(timestamp)
                    .hasMatch());
        // An unknown old value is null, not a missing key.
        const QJsonObject unknown = payload.value(QLatin1String("details"))
                                        .toObject()
                                        .value(QLatin1String("changes"))
                                        .toArray()
                                        .at(2)
                                        .toObject();
        QVERIFY(unknown.contains(QLatin1String("old")));
        QVERIFY(unknown.value(QLatin1String("old")).isNull());
    }

    void falcoLineParsesBackAsAnAlert()
    {
        const QByteArray line = falcoOutputLine(securityGroupDrift(), FalcoPriority::Error);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QString error;
        const std::optional<FalcoAlert> alert = alertFromJsonText(line, &error);
        QVERIFY2(alert, qPrintable(error));
        QCOMPARE(alert->rule, QStringLiteral("Terraform Drift Detected"));
        QCOMPARE(alert->priority, FalcoPriority::Error);
        QCOMPARE(alert->source, QStringLiteral("tfdrift"));
        QCOMPARE(alert->tags,
                 (QStringList{QStringLiteral("terraform"), QStringLiteral("drift"), QStringLiteral("aws")}));
        QCOMPARE(alert->timeNs, qint64(1'709'760'174'000'000'000));
        QVERIFY2(alert->output.startsWith(
                     QLatin1String("2024-03-06T21:22:54.000000000+0000: Error Terraform drift detected (")),
                 qPrintable(alert->output));
        QVERIFY2(alert->output.contains(QLatin1String("resource=aws_security_group.web")),
                 qPrintable(alert->output));
        QVERIFY2(alert->output.contains(QLatin1String("user=alice")), qPrintable(alert->output));
        QVERIFY2(alert->output.contains(QLatin1String("changes=ingress,description")),
                 qPrintable(alert->output));

        const OutputFields &fields = alert->outputFields;
        QCOMPARE(fields.text(u"resource.type"), QStringLiteral("aws_security_group"));
        QCOMPARE(fields.text(u"resource.id"), QStringLiteral("sg-0abc"));
        QCOMPARE(fields.text(u"user.name"), QStringLiteral("alice"));
        QCOMPARE(fields.text(u"severity"), QStringLiteral("high"));
        QCOMPARE(fields.text(u"tfdrift.terraform_address"), QStringLiteral("aws_security_group.web"));
        QCOMPARE(fields.text(u"tfdrift.change_type"), QStringLiteral("modified"));
        QCOMPARE(fields.text(u"tfdrift.account"), QStringLiteral("111122223333"));
        QCOMPARE(fields.text(u"tfdrift.region"), QStringLiteral("us-east-1"));
        QCOMPARE(fields.text(u"tfdrift.event_name"), QStringLiteral("AuthorizeSecurityGroupIngress"));
        QCOMPARE(fields.text(u"tfdrift.event_source"), QStringLiteral("ec2.amazonaws.com"));
        QCOMPARE(fields.text(u"tfdrift.provider"), QStringLiteral("aws"));
        QVERIFY(!fields.contains(u"tfdrift.test"));
        // Two changes: the whole diff is JSON text, TFDrift-Falco's one-attribute fields are left out.
        const QJsonArray changes = parsedJson(fields.text(u"tfdrift.changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[1].toObject().value(QLatin1String("new")).toString(), QStringLiteral("web ssh"));
        QVERIFY(!fields.contains(u"drift.attribute"));
    }

    void falcoLineWithOneChangeHasTfdriftFalcoDriftFields()
    {
        DriftEvent event = securityGroupDrift();
        event.changes.removeLast();
        const std::optional<FalcoAlert> alert
            = alertFromJsonText(falcoOutputLine(event, FalcoPriority::Warning), nullptr);
        QVERIFY(alert);
        QCOMPARE(alert->priority, FalcoPriority::Warning);
        QCOMPARE(alert->outputFields.text(u"drift.attribute"), QStringLiteral("ingress"));
        QCOMPARE(alert->outputFields.value(u"drift.old_value"), QJsonValue(QJsonArray{}));
        QCOMPARE(alert->outputFields.value(u"drift.new_value"), QJsonValue(QJsonArray{22}));
    }

    void falcoLineStaysOneLine()
    {
        DriftEvent event = securityGroupDrift(Severity::High, QStringLiteral("eve\n{\"rule\":\"fake\"}\r\n"));
        event.resourceId = QStringLiteral("sg-1\nsg-2");
        const QByteArray line = falcoOutputLine(event, FalcoPriority::Critical);
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.endsWith('\n'));
        QVERIFY(!line.contains('\r'));
        const std::optional<FalcoAlert> alert = alertFromJsonText(line, nullptr);
        QVERIFY(alert);
        QCOMPARE(alert->rule, QStringLiteral("Terraform Drift Detected"));
        QCOMPARE(alert->outputFields.text(u"user.name"), event.caller.user);
        QCOMPARE(alert->outputFields.text(u"resource.id"), QStringLiteral("sg-1\nsg-2"));
    }

    void testEventsAreMarkedInEveryPayload()
    {
        const DriftEvent event = securityGroupDrift();
        QVERIFY(slackPayload(event, {}, true)
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("[TEST]")));
        QVERIFY(discordPayload(event, true)
                    .value(QLatin1String("embeds"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("title"))
                    .toString()
                    .contains(QLatin1String("[TEST]")));

        const QJsonObject teams = teamsPayload(event, true);
        QVERIFY(teamsBody(teams)
                    .at(0)
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("TEST")));
        QCOMPARE(teamsBody(teams).size(), teamsBody(teamsPayload(event)).size() + 1); // the test line
        QVERIFY(!teamsBody(teamsPayload(event))
                     .at(0)
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString()
                     .contains(QLatin1String("TEST")));

        QCOMPARE(webhookPayload(event, true).value(QLatin1String("test")), QJsonValue(true));
        QCOMPARE(customApiPayload(event, true)
                     .value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("test")),
                 QJsonValue(true));
        QVERIFY(!customApiPayload(event)
                     .value(QLatin1String("details"))
                     .toObject()
                     .contains(QLatin1String("test")));

        const std::optional<FalcoAlert> alert
            = alertFromJsonText(falcoOutputLine(event, FalcoPriority::Notice, true), nullptr);
        QVERIFY(alert);
        QCOMPARE(alert->outputFields.value(u"tfdrift.test"), QJsonValue(true));
        QVERIFY2(alert->output.contains(QLatin1String("[TEST]")), qPrintable(alert->output));
    }

    void slackEscapingLeavesIdentifiersCopyable()
    {
        QCOMPARE(escapeSlackMrkdwn(QStringLiteral("aws_security_group.web_1")),
                 QStringLiteral("aws_security_group.web_1"));
        QCOMPARE(escapeSlackMrkdwn(QStringLiteral("a & b")), QStringLiteral("a &amp; b"));
        QVERIFY(escapeSlackMrkdwn(QStringLiteral("_x_")) != QStringLiteral("_x_"));
    }

    void truncationKeepsWholeCharacters()
    {
        // U+1F600 is two UTF-16 units; a cut must not leave half of it.
        const QString text = QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("cd");
        const QString cut = truncated(text, 4);
        QVERIFY(!cut.at(cut.size() - 2).isHighSurrogate());
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QCOMPARE(truncated(QStringLiteral("short"), 10), QStringLiteral("short"));
    }
};

QTEST_GUILESS_MAIN(TestChannelPayloads)
#include "test_channel_payloads.moc"

// What Slack, Discord and PagerDuty are sent for a drift event: the documented shapes (shared doc §6),
// each service's limits, and event text that stays inert however hostile it is.
#include "core/notify/ChannelPayloads.h"
#include "core/notify/TextEscaping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tfdrift;
using namespace tfdrift::notify;

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

// Every string value anywhere in a JSON document.
QStringList allStrings(const QJsonValue &value)
{
    QStringList strings;
    if (value.isString())
        strings.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        strings += allStrings(item);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        strings += allStrings(it.value());
    return strings;
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
        for (const QString &text : allStrings(payload)) {
            // No mention, no link, no bold: the characters that would make them are escaped.
            QVERIFY2(!text.contains(QLatin1String("<!channel>")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<http")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("*bold*")), qPrintable(text));
        }
        const QStringList strings = allStrings(payload);
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
        for (const QString &text : allStrings(payload)) {
            QVERIFY2(!text.contains(QLatin1String("@everyone")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("*bold*")), qPrintable(text));
        }
    }

    void pagerDutyEvent()
    {
        const QJsonObject payload = pagerDutyPayload(securityGroupDrift(), QStringLiteral("R0UTINGKEY"));
        QCOMPARE(payload.value(QLatin1String("routing_key")).toString(), QStringLiteral("R0UTINGKEY"));
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

#include "core/falco/Rfc3339.h"

#include "support/ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace tfdrift;
using namespace tfdrift::test;

namespace {
const QString kRegenerate = QStringLiteral("regenerate it with packaging/maintainer/regenerate_demo_feed.sh");

QString sourcePath(const QString &relative)
{
    return qEnvironmentVariable("TFDRIFT_SOURCE_DIR") + QLatin1Char('/') + relative;
}

struct Alert {
    QJsonObject object;
    qint64 timeNs = 0;
    QString hostname;
};

// Parses JSON lines into alerts; on failure *error names the line.
QList<Alert> parseAlerts(const QByteArray &text, const QString &origin, QString *error)
{
    QList<Alert> alerts;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(lines[i], &parseError);
        const std::optional<qint64> time
            = parseRfc3339Nanos(document.object().value(QLatin1String("time")).toString());
        if (!document.isObject() || !time) {
            *error = QStringLiteral("%1:%2: not an alert with a time: %3")
                         .arg(origin)
                         .arg(i + 1)
                         .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("no time")
                                                                           : parseError.errorString());
            return {};
        }
        alerts.append(
            {document.object(), *time, document.object().value(QLatin1String("hostname")).toString()});
    }
    return alerts;
}

// The alerts the bundled rules raise for one host's recorded events, as the maintainer script runs them.
QList<Alert> alertsFromRules(const QString &eventsPath, const QString &hostname, QString *error)
{
    QProcess process;
    process.start(builtBinary(QStringLiteral("tfdrift")),
                  {QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--rules"),
                   sourcePath(QStringLiteral("resources/rules/tfdrift_rules.yaml")),
                   QStringLiteral("--events"), eventsPath, QStringLiteral("--hostname"), hostname});
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("tfdrift rules test on %1 did not finish").arg(eventsPath);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("tfdrift rules test on %1 failed: %2")
                     .arg(eventsPath, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return parseAlerts(process.readAllStandardOutput(), eventsPath, error);
}

// The keys leading to the first difference between two JSON values ({"output_fields", "ct.id"}), keys
// in sorted order; nullopt when they are equal.
std::optional<QStringList> firstDifference(const QJsonValue &inFeed, const QJsonValue &fromRules)
{
    if (inFeed == fromRules)
        return std::nullopt;
    if (!inFeed.isObject() || !fromRules.isObject())
        return QStringList();
    const QJsonObject feedObject = inFeed.toObject();
    const QJsonObject rulesObject = fromRules.toObject();
    QStringList keys = feedObject.keys() + rulesObject.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (std::optional<QStringList> below = firstDifference(feedObject.value(key), rulesObject.value(key)))
            return QStringList{key} + *below;
    }
    return QStringList();
}

// output_fields["ct.id"]
QString keyName(const QStringList &path)
{
    QString name = path.value(0);
    for (qsizetype i = 1; i < path.size(); ++i)
        name += QStringLiteral("[\"%1\"]").arg(path[i]);
    return name;
}

QString shown(const QJsonObject &alert, const QStringList &path)
{
    QJsonValue value = alert;
    for (const QString &key : path)
        value = value.toObject().value(key);
    if (value.isUndefined())
        return QStringLiteral("(no such key)");
    // Wrapped in an array so that scalars serialise too, then unwrapped.
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    return text.size() > 200 ? text.left(200) + QStringLiteral("...") : text;
}
} // namespace

class TestDemoFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedIsWhatTheBundledRulesRaiseForTheRecordedEvents()
    {
        const QDir auditDir(sourcePath(QStringLiteral("resources/demo/audit")));
        const QFileInfoList auditFiles
            = auditDir.entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
        QVERIFY2(!auditFiles.isEmpty(),
                 qPrintable(auditDir.path() + QLatin1String(" has no recorded events")));

        QList<Alert> expected;
        QSet<QString> hosts;
        for (const QFileInfo &file : auditFiles) {
            QString error;
            const QList<Alert> alerts = alertsFromRules(file.filePath(), file.completeBaseName(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!alerts.isEmpty(), qPrintable(file.filePath() + QLatin1String(" raises no alert")));
            expected += alerts;
            hosts.insert(file.completeBaseName());
        }
        // Merged as the maintainer script merges them: by time, then host, keeping each host's order.
        std::stable_sort(expected.begin(), expected.end(), [](const Alert &a, const Alert &b) {
            return a.timeNs != b.timeNs ? a.timeNs < b.timeNs : a.hostname < b.hostname;
        });

        const QString feedPath = sourcePath(QStringLiteral("resources/demo/alerts.jsonl"));
        QFile feedFile(feedPath);
        QVERIFY2(feedFile.open(QIODevice::ReadOnly), qPrintable(feedPath));
        QString error;
        const QList<Alert> feed = parseAlerts(feedFile.readAll(), feedPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        for (qsizetype i = 0; i < std::min(feed.size(), expected.size()); ++i) {
            if (const std::optional<QStringList> path = firstDifference(feed[i].object, expected[i].object)) {
                QFAIL(qPrintable(QStringLiteral("%1 line %2, key %3: the feed has %4, the rules give %5; %6")
                                     .arg(feedPath)
                                     .arg(i + 1)
                                     .arg(keyName(*path), shown(feed[i].object, *path),
                                          shown(expected[i].object, *path), kRegenerate)));
            }
        }
        QVERIFY2(feed.size() == expected.size(),
                 qPrintable(QStringLiteral("%1 has %2 alerts, the rules give %3; %4")
                                .arg(feedPath)
                                .arg(feed.size())
                                .arg(expected.size())
                                .arg(kRegenerate)));

        // Every Falco host of the demo is in the feed, and nothing else is.
        QSet<QString> feedHosts;
        for (const Alert &alert : feed)
            feedHosts.insert(alert.hostname);
        QCOMPARE(feedHosts, hosts);
    }
};

QTEST_GUILESS_MAIN(TestDemoFeed)
#include "test_demo_feed.moc"

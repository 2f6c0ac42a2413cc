// Desktop notifications for critical drift: one message per burst, no more than one per interval, only
// for critical drift that is not excluded, and event text shown exactly as plain text.
// The offscreen platform has no system tray, so messages are observed through notificationShown().
#include "ui/CriticalDriftNotifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace tfdrift;

namespace {
// Short waits keep the test quick; the proportions match the defaults (a burst window well under the
// interval between messages).
constexpr int kCoalesceMs = 100;
constexpr int kIntervalMs = 600;

DriftEvent drift(quint64 id, Severity severity, const QString &address, const QString &user)
{
    DriftEvent event;
    event.id = id;
    event.severity = severity;
    event.resourceType = QStringLiteral("aws_iam_role");
    event.resourceId = QStringLiteral("role-%1").arg(id);
    event.terraformAddress = address;
    event.caller.user = user;
    event.account = QStringLiteral("123456789012");
    return event;
}

DriftEvent critical(quint64 id, const QString &address = QStringLiteral("aws_iam_role.admin"),
                    const QString &user = QStringLiteral("mallory"))
{
    return drift(id, Severity::Critical, address, user);
}
} // namespace

class TestCriticalDriftNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offscreenHasNoTrayButStillCounts()
    {
        QVERIFY(!CriticalDriftNotifier::canShowMessages());
        CriticalDriftNotifier notifier;
        notifier.setIntervals(kCoalesceMs, kIntervalMs);
        QSignalSpy shown(&notifier, &CriticalDriftNotifier::notificationShown);
        notifier.driftEventsArrived({critical(1)});
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(!notifier.trayIcon()->isVisible());
        QVERIFY(!notifier.trayIcon()->icon().isNull());
    }

    void aBurstMakesOneMessage()
    {
        CriticalDriftNotifier notifier;
        notifier.setIntervals(kCoalesceMs, kIntervalMs);
        QSignalSpy shown(&notifier, &CriticalDriftNotifier::notificationShown);
        notifier.driftEventsArrived(
            {critical(7, QStringLiteral("aws_iam_role.admin"), QStringLiteral("mallory"))});
        notifier.driftEventsArrived(
            {critical(8, QStringLiteral("aws_iam_policy.ci"), QStringLiteral("eve"))});
        notifier.driftEventsArrived(
            {drift(9, Severity::High, QStringLiteral("aws_s3_bucket.logs"), QString()),
             critical(10, QStringLiteral("aws_iam_user.bob"), QStringLiteral("trent"))});
        QCOMPARE(shown.count(), 0);
        QTRY_COMPARE(shown.count(), 1);
        QTest::qWait(2 * kCoalesceMs);
        QCOMPARE(shown.count(), 1);

        const QString title = shown.at(0).at(0).toString();
        const QString body = shown.at(0).at(1).toString();
        QCOMPARE(title, QStringLiteral("3 critical drift events"));
        // The first event's resource and user, and how many more.
        QVERIFY2(body.contains(QLatin1String("aws_iam_role.admin")), qPrintable(body));
        QVERIFY2(body.contains(QLatin1String("By mallory")), qPrintable(body));
        QVERIFY2(body.contains(QLatin1String("123456789012")), qPrintable(body));
        QVERIFY2(body.contains(QLatin1String("and 2 more")), qPrintable(body));
        QVERIFY2(!body.contains(QLatin1String("eve")), qPrintable(body));

        // Clicking the message selects the first event of the burst.
        QSignalSpy activated(&notifier, &CriticalDriftNotifier::activated);
        Q_EMIT notifier.trayIcon()->messageClicked();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<quint64>(), quint64(7));
    }

    void aSingleEventIsNamedAsOne()
    {
        CriticalDriftNotifier notifier;
        notifier.setIntervals(kCoalesceMs, kIntervalMs);
        QSignalSpy shown(&notifier, &CriticalDriftNotifier::notificationShown);
        DriftEvent unmanaged = critical(3, QString(), QString());
        notifier.driftEventsArrived({unmanaged});
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("Critical drift"));
        const QString body = shown.at(0).at(1).toString();
        // Without a Terraform address the resource is named by type and id.
        QVERIFY2(body.contains(QLatin1String("aws_iam_role role-3")), qPrintable(body));
        QVERIFY2(body.startsWith(QLatin1String("Modified: ")), qPrintable(body));
        QVERIFY2(body.contains(QLatin1String("unknown user")), qPrintable(body));
        QVERIFY2(!body.contains(QLatin1String("more")), qPrintable(body));
    }

    void messagesAreRateLimitedAndTheRestSummarised()
    {
        CriticalDriftNotifier notifier;
        notifier.setIntervals(kCoalesceMs, kIntervalMs);
        QSignalSpy shown(&notifier, &CriticalDriftNotifier::notificationShown);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> shownAtMs;
        connect(&notifier, &CriticalDriftNotifier::notificationShown, this,
                [&] { shownAtMs << clock.elapsed(); });
        notifier.driftEventsArrived({critical(1)});
        QTRY_COMPARE(shown.count(), 1);

        // Three more bursts right after the first message: they wait for the interval and come as one.
        notifier.driftEventsArrived({critical(2, QStringLiteral("aws_iam_role.second"))});
        QTest::qWait(2 * kCoalesceMs);
        notifier.driftEventsArrived({critical(3), critical(4)});
        QTest::qWait(kCoalesceMs);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(notifier.pendingCount(), 3);

        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 5 * kIntervalMs);
        QCOMPARE(shownAtMs.size(), 2);
        // QTimer may fire a millisecond or two early (coarse timers allow 5%).
        const qint64 apartMs = shownAtMs.at(1) - shownAtMs.at(0);
        QVERIFY2(apartMs >= kIntervalMs * 95 / 100, qPrintable(QString::number(apartMs)));
        QCOMPARE(shown.at(1).at(0).toString(), QStringLiteral("3 critical drift events"));
        QVERIFY(shown.at(1).at(1).toString().contains(QLatin1String("aws_iam_role.second")));
        QCOMPARE(notifier.pendingCount(), 0);
        QTest::qWait(kIntervalMs + kCoalesceMs);
        QCOMPARE(shown.count(), 2);
    }

    void excludedAndLessThanCriticalNeverNotify()
    {
        CriticalDriftNotifier notifier;
        notifier.setIntervals(kCoalesceMs, kIntervalMs);
        QSignalSpy shown(&notifier, &CriticalDriftNotifier::notificationShown);
        DriftEvent excluded = critical(1, QStringLiteral("aws_iam_role.ci"), QStringLiteral("terraform-ci"));
        excluded.excluded = true;
        notifier.driftEventsArrived({excluded, drift(2, Severity::High, QStringLiteral("a.b"), QString()),
                                     drift(3, Severity::Medium, QStringLiteral("c.d"), QString()),
                                     drift(4, Severity::Low, QStringLiteral("e.f"), QString())});
        QCOMPARE(notifier.pendingCount(), 0);
        QTest::qWait(3 * kCoalesceMs);
        QCOMPARE(shown.count(), 0);

        // A critical one among them is the only one counted.
        notifier.driftEventsArrived({excluded, critical(5, QStringLiteral("aws_iam_role.real"))});
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("Critical drift"));
        QVERIFY(shown.at(0).at(1).toString().contains(QLatin1String("aws_iam_role.real")));
        QVERIFY(!shown.at(0).at(1).toString().contains(QLatin1String("terraform-ci")));
    }

    void disabledShowsNothingAndDropsWhatWasWaiting()
    {
        CriticalDriftNotifier notifier;
        notifier.setIntervals(kCoalesceMs, kIntervalMs);
        QVERIFY(notifier.isEnabled());
        QSignalSpy shown(&notifier, &CriticalDriftNotifier::notificationShown);
        notifier.driftEventsArrived({critical(1)});
        notifier.setEnabled(false);
        notifier.driftEventsArrived({critical(2), critical(3)});
        QTest::qWait(3 * kCoalesceMs);
        QCOMPARE(shown.count(), 0);
        QCOMPARE(notifier.pendingCount(), 0);

        notifier.setEnabled(true);
        notifier.driftEventsArrived({critical(4, QStringLiteral("aws_iam_role.after"))});
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("Critical drift"));
        QVERIFY(shown.at(0).at(1).toString().contains(QLatin1String("aws_iam_role.after")));
    }

    void hostileTextIsShownLiterallyWithoutControlCharacters()
    {
        CriticalDriftNotifier notifier;
        notifier.setIntervals(kCoalesceMs, kIntervalMs);
        QSignalSpy shown(&notifier, &CriticalDriftNotifier::notificationShown);
        const QString markup = QStringLiteral("<b>admin</b><img src=x onerror=alert(1)>&amp;");
        // An ANSI escape, a bell, a newline that would fake a second line, and a right-to-left override
        // that would show "txt.exe" as "exe.txt".
        const QString user = QStringLiteral("eve\x1b[31m\a\nroot\u202Etxt.exe");
        notifier.driftEventsArrived({critical(1, markup, user)});
        QTRY_COMPARE(shown.count(), 1);
        const QString body = shown.at(0).at(1).toString();
        QVERIFY2(body.contains(markup), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("eve [31m root txt.exe")), qPrintable(body));
        for (const QChar c : body) {
            if (c == u'\n')
                continue; // our own line breaks between the message's lines
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(QString::number(c.unicode(), 16)));
            QVERIFY(c != QChar(0x202E));
        }
        QCOMPARE(body.count(QLatin1Char('\n')), 2); // resource, user, account: nothing injected
    }

    void longTextIsShortened()
    {
        const QString longAddress = QStringLiteral("aws_iam_policy.") + QString(1000, u'x');
        const QString shortened = CriticalDriftNotifier::plainField(longAddress);
        QCOMPARE(shortened.size(), CriticalDriftNotifier::kMaxFieldChars);
        QVERIFY(shortened.startsWith(QLatin1String("aws_iam_policy.xxx")));
        QVERIFY(shortened.endsWith(QChar(0x2026)));

        // A cut never splits a character outside the BMP.
        const QString emoji = QString(198, u'a') + QStringLiteral("\U0001F600\U0001F600");
        const QString cut = CriticalDriftNotifier::plainField(emoji);
        QVERIFY(cut.size() <= CriticalDriftNotifier::kMaxFieldChars);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        for (qsizetype i = 0; i < cut.size(); ++i) {
            if (cut.at(i).isHighSurrogate())
                QVERIFY(i + 1 < cut.size() && cut.at(i + 1).isLowSurrogate());
        }
        QCOMPARE(CriticalDriftNotifier::plainField(QStringLiteral("  short  ")), QStringLiteral("short"));
    }
};

QTEST_MAIN(TestCriticalDriftNotifier)
#include "test_critical_drift_notifier.moc"

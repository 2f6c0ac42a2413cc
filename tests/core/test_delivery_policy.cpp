// When to try again and what may be shown: Retry-After in both of its forms, Discord's retry_after,
// backoff that doubles up to its cap with jitter, which answers are worth a retry, and secrets
// masked in every spelling a service or Qt prints them.
#include "core/notify/DeliveryAttempt.h"
#include "core/notify/SecretMasker.h"

#include <QTest>

using namespace tfdrift;
using namespace tfdrift::notify;

class TestDeliveryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnlyWhatMaySucceedLater_data();
    void retriesOnlyWhatMaySucceedLater();
    void retryAfterInSeconds();
    void retryAfterAsHttpDate();
    void retryAfterThatMakesNoSense();
    void discordRetryAfterInFractionalSeconds();
    void backoffDoublesUpToItsCapWithJitter();
    void masksSecretsInEverySpelling();
    void maskedUrlShowsOnlyTheService();
};

void TestDeliveryPolicy::retriesOnlyWhatMaySucceedLater_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("outcome");
    QTest::newRow("200") << 200 << int(AttemptOutcome::Delivered);
    QTest::newRow("202 PagerDuty") << 202 << int(AttemptOutcome::Delivered);
    QTest::newRow("204 Discord") << 204 << int(AttemptOutcome::Delivered);
    QTest::newRow("400") << 400 << int(AttemptOutcome::Rejected);
    QTest::newRow("403") << 403 << int(AttemptOutcome::Rejected);
    QTest::newRow("404") << 404 << int(AttemptOutcome::Rejected);
    QTest::newRow("408") << 408 << int(AttemptOutcome::Retry);
    QTest::newRow("413") << 413 << int(AttemptOutcome::Rejected);
    QTest::newRow("429") << 429 << int(AttemptOutcome::Retry);
    QTest::newRow("500") << 500 << int(AttemptOutcome::Retry);
    QTest::newRow("502") << 502 << int(AttemptOutcome::Retry);
    QTest::newRow("503") << 503 << int(AttemptOutcome::Retry);
    QTest::newRow("301 not followed") << 301 << int(AttemptOutcome::Rejected);
}

void TestDeliveryPolicy::retriesOnlyWhatMaySucceedLater()
{
    QFETCH(int, status);
    QFETCH(int, outcome);
    QCOMPARE(int(outcomeForHttpStatus(status)), outcome);
}

void TestDeliveryPolicy::retryAfterInSeconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(parseRetryAfterMs("120", now), std::optional<qint64>(120'000));
    QCOMPARE(parseRetryAfterMs(" 0 ", now), std::optional<qint64>(0));
}

void TestDeliveryPolicy::retryAfterAsHttpDate()
{
    const QDateTime now(QDate(2026, 11, 28), QTime(21, 0, 0), Qt::UTC);
    QCOMPARE(parseRetryAfterMs("Sat, 28 Nov 2026 21:00:30 GMT", now), std::optional<qint64>(30'000));
    // A date already past means now.
    QCOMPARE(parseRetryAfterMs("Sat, 28 Nov 2026 20:59:00 GMT", now), std::optional<qint64>(0));
}

void TestDeliveryPolicy::retryAfterThatMakesNoSense()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!parseRetryAfterMs("", now));
    QVERIFY(!parseRetryAfterMs("soon", now));
    QVERIFY(!parseRetryAfterMs("-5", now));
    // A service asking for a year is told a day: we still come back.
    QCOMPARE(parseRetryAfterMs("31536000", now), std::optional<qint64>(24 * 3600 * 1000LL));
}

void TestDeliveryPolicy::discordRetryAfterInFractionalSeconds()
{
    QCOMPARE(parseDiscordRetryAfterMs(
                 R"({"message":"You are being rate limited.","retry_after":0.473,"global":false})"),
             std::optional<qint64>(473));
    QCOMPARE(parseDiscordRetryAfterMs(R"({"retry_after":2})"), std::optional<qint64>(2000));
    QVERIFY(!parseDiscordRetryAfterMs("rate limited"));
    QVERIFY(!parseDiscordRetryAfterMs(R"({"retry_after":"2"})"));
}

void TestDeliveryPolicy::backoffDoublesUpToItsCapWithJitter()
{
    DeliveryPolicy policy;
    policy.initialBackoffMs = 1'000;
    policy.maxBackoffMs = 60'000;
    // Without jitter's random half: 1s, 2s, 4s, ... capped at 60s.
    QCOMPARE(backoffDelayMs(policy, 1, 0.999999), 999);
    QCOMPARE(backoffDelayMs(policy, 2, 0.999999), 1'999);
    QCOMPARE(backoffDelayMs(policy, 4, 0.999999), 7'999);
    QCOMPARE(backoffDelayMs(policy, 7, 0.999999), 59'999);
    QCOMPARE(backoffDelayMs(policy, 60, 0.999999), 59'999);
    // The random half never takes the wait below half of it.
    QCOMPARE(backoffDelayMs(policy, 1, 0.0), 500);
    QCOMPARE(backoffDelayMs(policy, 3, 0.0), 2'000);
    for (int attempt = 1; attempt < 12; ++attempt) {
        const qint64 low = backoffDelayMs(policy, attempt, 0.0);
        const qint64 high = backoffDelayMs(policy, attempt, 0.999999);
        QVERIFY(low <= high && high <= policy.maxBackoffMs && low >= std::min<qint64>(500, high));
    }
}

void TestDeliveryPolicy::masksSecretsInEverySpelling()
{
    SecretMasker masker;
    masker.addSecretUrl(QStringLiteral("https://hooks.example.invalid/services/FAKE/FAKE/XXXXfakeTokenXXXX"));
    masker.addSecret(QStringLiteral("key with spaces&more"));
    masker.addSecret(QStringLiteral("abc")); // too short to be a credential, and would hide everything
    const QString text = masker.mask(QStringLiteral(
        "Error transferring https://hooks.example.invalid/services/FAKE/FAKE/XXXXfakeTokenXXXX - server "
        "replied: "
        "no_service for /services/FAKE/FAKE/XXXXfakeTokenXXXX; key=key%20with%20spaces%26more abc"));
    QVERIFY2(!text.contains(QLatin1String("XXXXfakeTokenXXXX")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("spaces")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("server replied: no_service for ***")));
    QVERIFY(text.endsWith(QLatin1String(" abc")));
}

void TestDeliveryPolicy::maskedUrlShowsOnlyTheService()
{
    QCOMPARE(SecretMasker::maskedUrl(QStringLiteral("https://hooks.example.invalid/services/FAKE/FAKE/fake")),
             QStringLiteral("https://hooks.example.invalid/***"));
    QCOMPARE(SecretMasker::maskedUrl(QStringLiteral("http://127.0.0.1:8080/hook?token=abc")),
             QStringLiteral("http://127.0.0.1:8080/***"));
    QCOMPARE(SecretMasker::maskedUrl(QStringLiteral("https://user:pass@example.com")),
             QStringLiteral("https://example.com/***"));
    QCOMPARE(SecretMasker::maskedUrl(QStringLiteral("https://events.pagerduty.com")),
             QStringLiteral("https://events.pagerduty.com"));
    QCOMPARE(SecretMasker::maskedUrl(QStringLiteral("not a url at all")), QStringLiteral("***"));
}

QTEST_GUILESS_MAIN(TestDeliveryPolicy)
#include "test_delivery_policy.moc"

// The outbox as a file: what it keeps across opens, who may read it, how repeats are counted, and
// how dead letters come back.
#include "core/notify/Outbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift::notify;

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEntriesAcrossOpens();
    void onlyItsOwnerMayReadIt();
    void sameEventTwiceIsKeptOnceAndCounted();
    void dueEntriesOldestFirstAndNotBeforeTheirTime();
    void deadLettersComeBackOnRequest();
    void possibleDuplicatesAreCounted();
    void unreadableFileIsAnError();
};

void TestOutbox::keepsEntriesAcrossOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/outbox.sqlite"));
    QString error;
    qint64 id = 0;
    {
        auto outbox = Outbox::open(path, &error);
        QVERIFY2(outbox, qPrintable(error));
        id = outbox
                 ->add(QStringLiteral("slack"), QStringLiteral("e1"), QStringLiteral("Drift: one"),
                       "{\"a\":1}", 1000)
                 .value_or(0);
        QVERIFY(id > 0);
        QVERIFY(outbox->markRetry(id, 503, QStringLiteral("HTTP 503"), false, 5000));
    }
    auto reopened = Outbox::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const std::optional<OutboxEntry> entry = reopened->entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->state, OutboxState::Pending);
    QCOMPARE(entry->attempts, 1);
    QCOMPARE(entry->body, QByteArray("{\"a\":1}"));
    QCOMPARE(entry->lastStatus, 503);
    QCOMPARE(entry->lastError, QStringLiteral("HTTP 503"));
    QCOMPARE(entry->nextAttemptMs, 5000);
}

void TestOutbox::onlyItsOwnerMayReadIt()
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    QVERIFY(Outbox::open(path, &error));
    QCOMPARE(QFile::permissions(path)
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestOutbox::sameEventTwiceIsKeptOnceAndCounted()
{
    QTemporaryDir dir;
    QString error;
    auto outbox = Outbox::open(dir.filePath(QStringLiteral("o.sqlite")), &error);
    QVERIFY(outbox->add(QStringLiteral("slack"), QStringLiteral("e1"), QStringLiteral("s"), "{}", 1));
    QVERIFY(!outbox->add(QStringLiteral("slack"), QStringLiteral("e1"), QStringLiteral("s"), "{}", 2));
    QVERIFY(outbox->lastError().isEmpty()); // a repeat, not a failure
    // The same event for another channel is another notification.
    QVERIFY(outbox->add(QStringLiteral("discord"), QStringLiteral("e1"), QStringLiteral("s"), "{}", 3));
    QCOMPARE(outbox->stats().pending, 2);
    QCOMPARE(outbox->stats().duplicatesSuppressed, 1);
}

void TestOutbox::dueEntriesOldestFirstAndNotBeforeTheirTime()
{
    QTemporaryDir dir;
    QString error;
    auto outbox = Outbox::open(dir.filePath(QStringLiteral("o.sqlite")), &error);
    const qint64 first
        = *outbox->add(QStringLiteral("slack"), QStringLiteral("e1"), QStringLiteral("1"), "{}", 100);
    const qint64 second
        = *outbox->add(QStringLiteral("slack"), QStringLiteral("e2"), QStringLiteral("2"), "{}", 200);
    outbox->add(QStringLiteral("teams"), QStringLiteral("e3"), QStringLiteral("3"), "{}", 50);
    QCOMPARE(outbox->due(QStringLiteral("slack"), 1000, 10).size(), 2);
    QCOMPARE(outbox->due(QStringLiteral("slack"), 1000, 10).first().id, first);
    outbox->markRetry(first, 0, QStringLiteral("refused"), false, 5000);
    QCOMPARE(outbox->due(QStringLiteral("slack"), 1000, 10).size(), 1);
    QCOMPARE(outbox->due(QStringLiteral("slack"), 1000, 10).first().id, second);
    QCOMPARE(outbox->nextDueMs(QStringLiteral("slack")), std::optional<qint64>(200));
    outbox->markDelivered(second, 200, 1100);
    QCOMPARE(outbox->nextDueMs(QStringLiteral("slack")), std::optional<qint64>(5000));
    QCOMPARE(outbox->makePendingDue(1200), 1);
    QCOMPARE(outbox->due(QStringLiteral("slack"), 1200, 10).first().id, first);
}

void TestOutbox::deadLettersComeBackOnRequest()
{
    QTemporaryDir dir;
    QString error;
    auto outbox = Outbox::open(dir.filePath(QStringLiteral("o.sqlite")), &error);
    const qint64 a = *outbox->add(QStringLiteral("slack"), QStringLiteral("a"), QStringLiteral("a"), "{}", 1);
    const qint64 b = *outbox->add(QStringLiteral("slack"), QStringLiteral("b"), QStringLiteral("b"), "{}", 1);
    outbox->markDead(a, 400, QStringLiteral("HTTP 400 invalid_payload"), 10);
    outbox->markDead(b, 0, QStringLiteral("gave up"), 10);
    QCOMPARE(outbox->entries(OutboxState::Dead).size(), 2);
    QCOMPARE(outbox->entries(OutboxState::Dead).first().lastError,
             QStringLiteral("HTTP 400 invalid_payload"));
    QCOMPARE(outbox->retryDead(a, 20), 1);
    QCOMPARE(outbox->entry(a)->state, OutboxState::Pending);
    QCOMPARE(outbox->entry(a)->attempts, 0);
    QCOMPARE(outbox->retryDead(a, 20), 0); // not dead any more
    QCOMPARE(outbox->retryDead(std::nullopt, 30), 1);
    QCOMPARE(outbox->stats().dead, 0);
}

void TestOutbox::possibleDuplicatesAreCounted()
{
    QTemporaryDir dir;
    QString error;
    auto outbox = Outbox::open(dir.filePath(QStringLiteral("o.sqlite")), &error);
    const qint64 timedOut
        = *outbox->add(QStringLiteral("webhook"), QStringLiteral("a"), QStringLiteral("a"), "{}", 1);
    const qint64 refused
        = *outbox->add(QStringLiteral("webhook"), QStringLiteral("b"), QStringLiteral("b"), "{}", 1);
    outbox->markRetry(timedOut, 0, QStringLiteral("no answer within 10000 ms"), true, 2);
    outbox->markRetry(refused, 0, QStringLiteral("Connection refused"), false, 2);
    outbox->markDelivered(timedOut, 200, 3);
    outbox->markDelivered(refused, 200, 3);
    QCOMPARE(outbox->stats().possibleDuplicatesSent, 1);
    QCOMPARE(outbox->stats().delivered, 2);
}

void TestOutbox::unreadableFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    QFile junk(path);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    QString error;
    QVERIFY(!Outbox::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("outbox.sqlite")), qPrintable(error));
    // The reason too, not only the file.
    QVERIFY2(error.size() > error.indexOf(QLatin1String("outbox.sqlite: ")) + 16, qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"

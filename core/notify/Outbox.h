#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace tfdrift {
class SqliteFile;
}

namespace tfdrift::notify {

enum class OutboxState { Pending, Delivered, Dead };

QString outboxStateName(OutboxState state); // "pending", "delivered", "dead"

struct OutboxEntry {
    qint64 id = 0;
    QString channel;  // "slack", "webhook", ...
    QString eventKey; // the drift event, the same for every channel it goes to
    QString summary;  // one line for lists: "Drift: aws_security_group sg-0abc modified"
    QByteArray body;  // the request body as rendered, without secrets
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    qint64 createdMs = 0;
    qint64 nextAttemptMs = 0;
    qint64 finishedMs = 0;  // delivered or dead
    int lastStatus = 0;     // last HTTP status, 0 when none
    QString lastError;      // masked
    bool uncertain = false; // an earlier attempt may have reached the service
};

struct OutboxStats {
    qint64 pending = 0;
    qint64 delivered = 0;
    qint64 dead = 0;
    // The same event offered to a channel again (a replayed feed, an alert Falco sent twice): kept once.
    qint64 duplicatesSuppressed = 0;
    // Deliveries after an attempt that may have got through: the service may have it twice.
    qint64 possibleDuplicatesSent = 0;
};

// Notifications on their way, in SQLite, so that nothing is lost to a crash, a restart or a
// service that is down: each one is written before its first attempt and stays until it is
// delivered or, after too many attempts or a refusal, dead-lettered with the reason. Dead
// letters stay visible and can be retried. Writes are synchronous (synchronous=FULL): an
// acknowledged entry survives a power cut too.
class Outbox
{
public:
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Creates the file (owner-only permissions) and its folder if needed.
    static std::unique_ptr<Outbox> open(const QString &path, QString *error);
    // The file the console and `tfdrift` share when the config names none.
    static QString defaultPath();

    QString path() const;

    // The new entry's id, or nullopt when the channel already has this event (counted) or the
    // write failed (see lastError()).
    std::optional<qint64> add(const QString &channel, const QString &eventKey, const QString &summary,
                              const QByteArray &body, qint64 nowMs);

    // Pending entries of a channel whose time has come, oldest first.
    QList<OutboxEntry> due(const QString &channel, qint64 nowMs, int limit) const;
    // When the channel's next pending entry is due; nullopt when it has none.
    std::optional<qint64> nextDueMs(const QString &channel) const;

    // Takes a due entry for one attempt, until untilMs: the console and `tfdrift` may share the file,
    // and only the one that claims an entry sends it. False when it is not due or someone else has it.
    // A process that dies mid-attempt leaves the claim to expire. Every mark*() releases it.
    bool claim(qint64 id, qint64 nowMs, qint64 untilMs);
    void releaseClaim(qint64 id);

    bool markDelivered(qint64 id, int status, qint64 nowMs);
    bool markRetry(qint64 id, int status, const QString &error, bool uncertain, qint64 nextAttemptMs);
    bool markDead(qint64 id, int status, const QString &error, qint64 nowMs);

    // Dead letters back to pending, due now, with their attempts reset; all when id is nullopt.
    // Returns how many.
    int retryDead(std::optional<qint64> id, qint64 nowMs);

    // Every pending entry due now, whatever its backoff said: the user asked to send now.
    int makePendingDue(qint64 nowMs);

    std::optional<OutboxEntry> entry(qint64 id) const;
    QList<OutboxEntry> entries(OutboxState state, int limit = 1000) const;
    OutboxStats stats() const;

    QString lastError() const;

private:
    explicit Outbox(std::unique_ptr<SqliteFile> file);
    bool bumpCounter(const QString &name);

    std::unique_ptr<SqliteFile> m_file;
};

} // namespace tfdrift::notify

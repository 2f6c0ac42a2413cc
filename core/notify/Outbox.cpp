#include "core/notify/Outbox.h"

#include "core/storage/SqliteFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::Outbox)
};

const QLatin1StringView kDuplicatesSuppressed("duplicates_suppressed");
const QLatin1StringView kPossibleDuplicatesSent("possible_duplicates_sent");

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS notifications ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " channel TEXT NOT NULL,"
    " event_key TEXT NOT NULL,"
    " summary TEXT NOT NULL,"
    " body BLOB NOT NULL,"
    " state INTEGER NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " created_ms INTEGER NOT NULL,"
    " next_attempt_ms INTEGER NOT NULL,"
    " finished_ms INTEGER NOT NULL DEFAULT 0,"
    " last_status INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " uncertain INTEGER NOT NULL DEFAULT 0,"
    " claimed_until_ms INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (channel, event_key))",
    "CREATE INDEX IF NOT EXISTS due_by_channel ON notifications (state, channel, next_attempt_ms, id)",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
};

const char *const kColumns
    = "id, channel, event_key, summary, body, state, attempts, created_ms, "
      "next_attempt_ms, finished_ms, last_status, last_error, uncertain, claimed_until_ms";

OutboxEntry entryFromQuery(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.channel = query.value(1).toString();
    entry.eventKey = query.value(2).toString();
    entry.summary = query.value(3).toString();
    entry.body = query.value(4).toByteArray();
    entry.state = OutboxState(query.value(5).toInt());
    entry.attempts = query.value(6).toInt();
    entry.createdMs = query.value(7).toLongLong();
    entry.nextAttemptMs = query.value(8).toLongLong();
    entry.finishedMs = query.value(9).toLongLong();
    entry.lastStatus = query.value(10).toInt();
    entry.lastError = query.value(11).toString();
    entry.uncertain = query.value(12).toBool();
    return entry;
}

} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending: return QStringLiteral("pending");
    case OutboxState::Delivered: return QStringLiteral("delivered");
    case OutboxState::Dead: return QStringLiteral("dead");
    }
    return {};
}

Outbox::Outbox(std::unique_ptr<SqliteFile> file)
    : m_file(std::move(file))
{
}

Outbox::~Outbox() = default;

QString Outbox::path() const
{
    return m_file->path();
}

QString Outbox::lastError() const
{
    return m_file->lastError();
}

QString Outbox::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/tfdrift-console/outbox.sqlite");
}

std::unique_ptr<Outbox> Outbox::open(const QString &path, QString *error)
{
    QStringList schema;
    for (const char *statement : kSchema)
        schema.append(QString::fromLatin1(statement));
    QString reason;
    std::unique_ptr<SqliteFile> file = SqliteFile::open(
        path, schema, QStringLiteral("SELECT %1 FROM notifications LIMIT 0").arg(QLatin1String(kColumns)),
        &reason);
    if (!file) {
        *error = Text::tr("cannot open the notification outbox %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason);
        return nullptr;
    }
    return std::unique_ptr<Outbox>(new Outbox(std::move(file)));
}

std::optional<qint64> Outbox::add(const QString &channel, const QString &eventKey, const QString &summary,
                                  const QByteArray &body, qint64 nowMs)
{
    QSqlQuery query(m_file->database());
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO notifications (channel, event_key, summary, body, state, "
                       "created_ms, next_attempt_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(channel);
    query.addBindValue(eventKey);
    query.addBindValue(summary);
    query.addBindValue(body);
    query.addBindValue(int(OutboxState::Pending));
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    if (!m_file->execute(query))
        return std::nullopt;
    if (query.numRowsAffected() == 0) {
        bumpCounter(kDuplicatesSuppressed);
        m_file->setLastError(QString());
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

QList<OutboxEntry> Outbox::due(const QString &channel, qint64 nowMs, int limit) const
{
    QSqlQuery query(m_file->database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM notifications WHERE state = ? AND channel = ? AND "
                       "next_attempt_ms <= ? AND claimed_until_ms <= ? ORDER BY next_attempt_ms, id LIMIT ?")
            .arg(QLatin1String(kColumns)));
    query.addBindValue(int(OutboxState::Pending));
    query.addBindValue(channel);
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    query.addBindValue(limit);
    QList<OutboxEntry> entries;
    if (!m_file->execute(query))
        return entries;
    while (query.next())
        entries.append(entryFromQuery(query));
    return entries;
}

std::optional<qint64> Outbox::nextDueMs(const QString &channel) const
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("SELECT MIN(MAX(next_attempt_ms, claimed_until_ms)) FROM notifications "
                                 "WHERE state = ? AND channel = ?"));
    query.addBindValue(int(OutboxState::Pending));
    query.addBindValue(channel);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool Outbox::claim(qint64 id, qint64 nowMs, qint64 untilMs)
{
    QSqlQuery query(m_file->database());
    query.prepare(
        QStringLiteral("UPDATE notifications SET claimed_until_ms = ? WHERE id = ? AND state = ? AND "
                       "claimed_until_ms <= ? AND next_attempt_ms <= ?"));
    query.addBindValue(untilMs);
    query.addBindValue(id);
    query.addBindValue(int(OutboxState::Pending));
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    if (!m_file->execute(query))
        return false;
    return query.numRowsAffected() == 1;
}

void Outbox::releaseClaim(qint64 id)
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("UPDATE notifications SET claimed_until_ms = 0 WHERE id = ?"));
    query.addBindValue(id);
    m_file->execute(query);
}

bool Outbox::markDelivered(qint64 id, int status, qint64 nowMs)
{
    const std::optional<OutboxEntry> previous = entry(id);
    QSqlQuery query(m_file->database());
    query.prepare(
        QStringLiteral("UPDATE notifications SET state = ?, attempts = attempts + 1, last_status = ?, "
                       "last_error = '', finished_ms = ?, claimed_until_ms = 0 WHERE id = ?"));
    query.addBindValue(int(OutboxState::Delivered));
    query.addBindValue(status);
    query.addBindValue(nowMs);
    query.addBindValue(id);
    if (!m_file->execute(query))
        return false;
    if (previous && previous->uncertain)
        bumpCounter(kPossibleDuplicatesSent);
    return true;
}

bool Outbox::markRetry(qint64 id, int status, const QString &error, bool uncertain, qint64 nextAttemptMs)
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("UPDATE notifications SET attempts = attempts + 1, last_status = ?, "
                                 "last_error = ?, uncertain = MAX(uncertain, ?), next_attempt_ms = ?, "
                                 "claimed_until_ms = 0 WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(error);
    query.addBindValue(uncertain ? 1 : 0);
    query.addBindValue(nextAttemptMs);
    query.addBindValue(id);
    if (!m_file->execute(query))
        return false;
    return true;
}

bool Outbox::markDead(qint64 id, int status, const QString &error, qint64 nowMs)
{
    QSqlQuery query(m_file->database());
    query.prepare(
        QStringLiteral("UPDATE notifications SET state = ?, attempts = attempts + 1, last_status = ?, "
                       "last_error = ?, finished_ms = ?, claimed_until_ms = 0 WHERE id = ?"));
    query.addBindValue(int(OutboxState::Dead));
    query.addBindValue(status);
    query.addBindValue(error);
    query.addBindValue(nowMs);
    query.addBindValue(id);
    if (!m_file->execute(query))
        return false;
    return true;
}

int Outbox::retryDead(std::optional<qint64> id, qint64 nowMs)
{
    QSqlQuery query(m_file->database());
    QString statement
        = QStringLiteral("UPDATE notifications SET state = ?, attempts = 0, next_attempt_ms = ?, "
                         "finished_ms = 0 WHERE state = ?");
    if (id)
        statement += QLatin1String(" AND id = ?");
    query.prepare(statement);
    query.addBindValue(int(OutboxState::Pending));
    query.addBindValue(nowMs);
    query.addBindValue(int(OutboxState::Dead));
    if (id)
        query.addBindValue(*id);
    if (!m_file->execute(query))
        return 0;
    return query.numRowsAffected();
}

int Outbox::makePendingDue(qint64 nowMs)
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral(
        "UPDATE notifications SET next_attempt_ms = ? WHERE state = ? AND next_attempt_ms > ?"));
    query.addBindValue(nowMs);
    query.addBindValue(int(OutboxState::Pending));
    query.addBindValue(nowMs);
    if (!m_file->execute(query))
        return 0;
    return query.numRowsAffected();
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("SELECT %1 FROM notifications WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFromQuery(query);
}

QList<OutboxEntry> Outbox::entries(OutboxState state, int limit) const
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("SELECT %1 FROM notifications WHERE state = ? ORDER BY id LIMIT ?")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(int(state));
    query.addBindValue(limit);
    QList<OutboxEntry> result;
    if (!m_file->execute(query))
        return result;
    while (query.next())
        result.append(entryFromQuery(query));
    return result;
}

OutboxStats Outbox::stats() const
{
    OutboxStats stats;
    QSqlQuery query(m_file->database());
    if (query.exec(QStringLiteral("SELECT state, COUNT(*) FROM notifications GROUP BY state"))) {
        while (query.next()) {
            const qint64 count = query.value(1).toLongLong();
            switch (OutboxState(query.value(0).toInt())) {
            case OutboxState::Pending: stats.pending = count; break;
            case OutboxState::Delivered: stats.delivered = count; break;
            case OutboxState::Dead: stats.dead = count; break;
            }
        }
    }
    if (query.exec(QStringLiteral("SELECT name, value FROM counters"))) {
        while (query.next()) {
            const QString name = query.value(0).toString();
            if (name == kDuplicatesSuppressed)
                stats.duplicatesSuppressed = query.value(1).toLongLong();
            else if (name == kPossibleDuplicatesSent)
                stats.possibleDuplicatesSent = query.value(1).toLongLong();
        }
    }
    return stats;
}

bool Outbox::bumpCounter(const QString &name)
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                 "ON CONFLICT(name) DO UPDATE SET value = value + 1"));
    query.addBindValue(name);
    if (!m_file->execute(query))
        return false;
    return true;
}

} // namespace tfdrift::notify

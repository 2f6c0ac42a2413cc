#include "core/history/DriftHistory.h"

#include "core/drift/DriftEventJson.h"
#include "core/storage/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::DriftHistory)
};

const QStringList &schema()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS drift_events ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " detected_ms INTEGER NOT NULL,"
                       " severity INTEGER NOT NULL,"
                       " event BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS drift_by_time ON drift_events (detected_ms, seq)"),
    };
    return statements;
}
} // namespace

DriftHistory::DriftHistory(std::unique_ptr<SqliteFile> file)
    : m_file(std::move(file))
{
}

DriftHistory::~DriftHistory() = default;

std::unique_ptr<DriftHistory> DriftHistory::open(const QString &path, QString *error)
{
    QString reason;
    std::unique_ptr<SqliteFile> file = SqliteFile::open(
        path, schema(), QStringLiteral("SELECT seq, detected_ms, severity, event FROM drift_events LIMIT 0"),
        &reason);
    if (!file) {
        *error = Text::tr("cannot open the drift history %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return nullptr;
    }
    return std::unique_ptr<DriftHistory>(new DriftHistory(std::move(file)));
}

QString DriftHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/tfdrift-console/history.sqlite");
}

QString DriftHistory::path() const
{
    return m_file->path();
}

QString DriftHistory::lastError() const
{
    return m_file->lastError();
}

bool DriftHistory::append(QList<DriftEvent> &events)
{
    if (events.isEmpty())
        return true;
    QSqlDatabase database = m_file->database();
    if (!database.transaction()) {
        m_file->setLastError(Text::tr("cannot start a transaction"));
        return false;
    }
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO drift_events (detected_ms, severity, event) VALUES (?, ?, ?)"));
    for (DriftEvent &event : events) {
        query.bindValue(0, event.detectedAtMs);
        query.bindValue(1, int(event.severity));
        query.bindValue(2, QJsonDocument(driftEventToJson(event)).toJson(QJsonDocument::Compact));
        if (!m_file->execute(query)) {
            database.rollback();
            return false;
        }
        event.id = query.lastInsertId().toULongLong();
    }
    if (!database.commit()) {
        m_file->setLastError(Text::tr("cannot commit the drift events"));
        database.rollback();
        return false;
    }
    return true;
}

QList<DriftEvent> DriftHistory::load(qint64 fromMs, qint64 toMs, int limit, int *skipped) const
{
    QSqlQuery query(m_file->database());
    // The newest `limit` rows of the range, read newest first and returned oldest first.
    query.prepare(QStringLiteral("SELECT seq, event FROM drift_events WHERE detected_ms BETWEEN ? AND ? "
                                 "ORDER BY detected_ms DESC, seq DESC LIMIT ?"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    query.addBindValue(limit);
    QList<DriftEvent> events;
    int unreadable = 0;
    if (m_file->execute(query)) {
        while (query.next()) {
            if (std::optional<DriftEvent> event = eventFromRow(query))
                events.append(std::move(*event));
            else
                ++unreadable;
        }
    }
    std::reverse(events.begin(), events.end());
    if (skipped)
        *skipped = unreadable;
    return events;
}

std::optional<DriftEvent> DriftHistory::find(quint64 id) const
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("SELECT seq, event FROM drift_events WHERE seq = ?"));
    query.addBindValue(qint64(id));
    if (!m_file->execute(query) || !query.next())
        return std::nullopt;
    return eventFromRow(query);
}

std::optional<DriftEvent> DriftHistory::eventFromRow(const QSqlQuery &query)
{
    QString error;
    std::optional<DriftEvent> event
        = driftEventFromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object(), &error);
    if (event)
        event->id = query.value(0).toULongLong();
    return event;
}

int DriftHistory::forgetBefore(qint64 cutoffMs)
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("DELETE FROM drift_events WHERE detected_ms < ?"));
    query.addBindValue(cutoffMs);
    return m_file->execute(query) ? query.numRowsAffected() : 0;
}

qint64 DriftHistory::count() const
{
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM drift_events"));
    return m_file->execute(query) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace tfdrift

#pragma once

#include "core/drift/DriftEvent.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;

namespace tfdrift {

class SqliteFile;

// Drift events kept between runs, in SQLite: the console shows the last session's events again at
// start, reaches older ones by time range, and forgets what is older than its retention.
class DriftHistory
{
public:
    ~DriftHistory();
    DriftHistory(const DriftHistory &) = delete;
    DriftHistory &operator=(const DriftHistory &) = delete;

    static std::unique_ptr<DriftHistory> open(const QString &path, QString *error);
    // The per-user file the console uses.
    static QString defaultPath();

    QString path() const;

    // All of them or none, in one transaction: a burst of drift costs one disk sync. Each event's id
    // becomes its number in the history, unique across runs (the engine's ids restart every run).
    bool append(QList<DriftEvent> &events);

    // Events detected in [fromMs, toMs], oldest first; at most limit of them, the newest ones.
    // Rows this version cannot read are skipped and counted in *skipped.
    QList<DriftEvent> load(qint64 fromMs, qint64 toMs, int limit, int *skipped = nullptr) const;

    // The event with this history number; nullopt when forgotten or unreadable.
    std::optional<DriftEvent> find(quint64 id) const;
    // Forgets events detected before cutoffMs; returns how many.
    int forgetBefore(qint64 cutoffMs);
    qint64 count() const;

    QString lastError() const;

private:
    explicit DriftHistory(std::unique_ptr<SqliteFile> file);
    static std::optional<DriftEvent> eventFromRow(const QSqlQuery &query); // columns: seq, event

    std::unique_ptr<SqliteFile> m_file;
};

} // namespace tfdrift

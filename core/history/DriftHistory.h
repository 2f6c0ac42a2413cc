#pragma once

#include "core/drift/DriftEvent.h"

#include <QList>
#include <QString>

#include <memory>

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

    // All of them or none, in one transaction: a burst of drift costs one disk sync.
    bool append(const QList<DriftEvent> &events);

    // Events detected in [fromMs, toMs], oldest first; at most limit of them, the newest ones.
    // Rows this version cannot read are skipped and counted in *skipped.
    QList<DriftEvent> load(qint64 fromMs, qint64 toMs, int limit, int *skipped = nullptr) const;

    // Forgets events detected before cutoffMs; returns how many.
    int forgetBefore(qint64 cutoffMs);
    qint64 count() const;

    QString lastError() const;

private:
    explicit DriftHistory(std::unique_ptr<SqliteFile> file);

    std::unique_ptr<SqliteFile> m_file;
};

} // namespace tfdrift

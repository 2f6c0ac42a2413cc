#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;

namespace tfdrift {

// One of our SQLite files (the notification outbox, drift history): created readable by its owner
// only, because it records what drift was found where; WAL with synchronous=FULL, so that what was
// written survives a crash or a power cut; and a busy timeout, because the console and `tfdrift`
// may use the same file at once. Owns its Qt Sql connection.
class SqliteFile
{
public:
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // Creates the file and its folder when needed and runs schema (CREATE ... IF NOT EXISTS).
    // probe must succeed on a file of the current layout; a file written by another version, or
    // no database at all, fails with the reason in *error.
    static std::unique_ptr<SqliteFile> open(const QString &path, const QStringList &schema,
                                            const QString &probe, QString *error);

    QString path() const { return m_path; }
    QSqlDatabase database() const;

    // Runs a prepared query; on failure keeps its error for lastError().
    bool execute(QSqlQuery &query);
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &error) { m_lastError = error; }

private:
    SqliteFile(QString path, QString connectionName);
    bool initialise(const QStringList &schema, const QString &probe);

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
};

} // namespace tfdrift

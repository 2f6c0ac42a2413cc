#include "core/storage/SqliteFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::SqliteFile)
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tfdrift-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqliteFile::SqliteFile(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

SqliteFile::~SqliteFile()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<SqliteFile> SqliteFile::open(const QString &path, const QStringList &schema,
                                             const QString &probe, QString *error)
{
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath())) {
        *error = Text::tr("cannot create its folder %1").arg(QDir::toNativeSeparators(file.absolutePath()));
        return nullptr;
    }
    if (!file.exists()) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !create.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            *error = create.errorString();
            return nullptr;
        }
    }
    std::unique_ptr<SqliteFile> opened(new SqliteFile(file.absoluteFilePath(), uniqueConnectionName()));
    if (!opened->initialise(schema, probe)) {
        *error = opened->lastError();
        return nullptr;
    }
    return opened;
}

bool SqliteFile::initialise(const QStringList &schema, const QString &probe)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        m_lastError = database.lastError().text();
        return false;
    }
    QSqlQuery query(database);
    const QStringList statements
        = QStringList{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL")}
        + schema;
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    if (!query.exec(probe)) {
        m_lastError = Text::tr("the file was written by another version: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool SqliteFile::execute(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

} // namespace tfdrift

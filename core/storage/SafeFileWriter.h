#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <functional>

class QIODevice;

namespace tfdrift {

// Writes a file the user asked for (a saved capture, an export) whole or not at all, and keeps the
// version it replaces as "<name>.bak" beside it, so that saving over last week's capture by mistake
// loses nothing. One backup generation: an older "<name>.bak" is replaced.
//
// The new content goes to a temporary file in the same folder (QSaveFile); commit() moves the old
// file to its backup name and the temporary file into place. A write that fails or is cancelled leaves
// the old file and its backup as they were. Permissions are never widened: a file that exists keeps
// its permissions, the backup is the old file itself, and a new file gets the usual 0666 less umask.
// A symbolic link is followed: its target is backed up and replaced, the link stays.
//
// Every error names the path it concerns.
class SafeFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::SafeFileWriter)

public:
    explicit SafeFileWriter(QString path);
    ~SafeFileWriter(); // discards whatever was written unless commit() succeeded

    SafeFileWriter(const SafeFileWriter &) = delete;
    SafeFileWriter &operator=(const SafeFileWriter &) = delete;

    // "<path>.bak": where commit() keeps the version it replaces.
    static QString backupPath(const QString &path);

    // Creates the temporary file beside the target. The folder must exist.
    bool open();
    // Where to write between open() and commit(). Write errors are remembered and fail commit().
    QIODevice &device() { return m_file; }

    // Moves the previous file (if any) to backupPath() and the new content into place.
    bool commit();
    // Throws away what was written; the target and its backup are left alone.
    void cancel();

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &what, const QString &reason);
    bool restoreBackup(const QString &target, const QString &backup);

    QString m_path;
    QSaveFile m_file;
    QString m_error;
};

// Opens a SafeFileWriter on path, lets write() fill it and commits. write() returns false with *error
// set to abandon the file. On failure *error says why, naming the path.
bool writeFileSafely(const QString &path, const std::function<bool(QIODevice &out, QString *error)> &write,
                     QString *error);

} // namespace tfdrift

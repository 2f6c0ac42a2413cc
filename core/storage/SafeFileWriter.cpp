#include "core/storage/SafeFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tfdrift {

namespace {

// QSaveFile writes through symbolic links to the file they point at; the backup must be taken of that
// same file, so links are followed here the way QSaveFile follows them.
QString resolvedTarget(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 128 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.filePath();
}

bool existsOrDanglingLink(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

SafeFileWriter::SafeFileWriter(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

SafeFileWriter::~SafeFileWriter()
{
    cancel();
}

QString SafeFileWriter::backupPath(const QString &path)
{
    return path + QLatin1String(".bak");
}

bool SafeFileWriter::fail(const QString &what, const QString &reason)
{
    m_error = what.arg(QDir::toNativeSeparators(m_path), reason);
    return false;
}

bool SafeFileWriter::open()
{
    m_error.clear();
    if (m_file.open(QIODevice::WriteOnly))
        return true;
    return fail(tr("Cannot write \u201c%1\u201d: %2"), m_file.errorString());
}

void SafeFileWriter::cancel()
{
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit(); // after cancelWriting() this only removes the temporary file
}

bool SafeFileWriter::restoreBackup(const QString &target, const QString &backup)
{
    return QFile::rename(backup, target);
}

bool SafeFileWriter::commit()
{
    if (!m_file.isOpen())
        return fail(tr("Cannot save \u201c%1\u201d: %2"), tr("the file was not opened for writing"));

    // A write that already failed (a full disk, say) must not cost the user the previous version.
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
        const QString reason = m_file.errorString();
        cancel();
        return fail(tr("Cannot write \u201c%1\u201d: %2"), reason);
    }

    const QString target = resolvedTarget(m_path);
    const QFileInfo targetInfo(target);
    QString backup;
    if (targetInfo.exists() && targetInfo.isFile()) {
        backup = backupPath(target);
        if (existsOrDanglingLink(backup) && !QFile::remove(backup)) {
            cancel();
            return fail(
                tr("Cannot save \u201c%1\u201d: %2"),
                tr("the old backup \u201c%1\u201d cannot be replaced").arg(QDir::toNativeSeparators(backup)));
        }
        if (!QFile::rename(target, backup)) {
            cancel();
            return fail(tr("Cannot save \u201c%1\u201d: %2"),
                        tr("the previous version cannot be moved to \u201c%1\u201d")
                            .arg(QDir::toNativeSeparators(backup)));
        }
    }

    if (m_file.commit())
        return true;

    QString reason = m_file.errorString();
    if (!backup.isEmpty() && !restoreBackup(target, backup)) {
        reason = tr("%1; the previous version is kept as \u201c%2\u201d")
                     .arg(reason, QDir::toNativeSeparators(backup));
    }
    return fail(tr("Cannot save \u201c%1\u201d: %2"), reason);
}

bool writeFileSafely(const QString &path, const std::function<bool(QIODevice &out, QString *error)> &write,
                     QString *error)
{
    SafeFileWriter writer(path);
    if (!writer.open()) {
        *error = writer.errorString();
        return false;
    }
    QString writeError;
    if (!write(writer.device(), &writeError)) {
        writer.cancel();
        *error = SafeFileWriter::tr("Cannot write \u201c%1\u201d: %2")
                     .arg(QDir::toNativeSeparators(path), writeError);
        return false;
    }
    if (!writer.commit()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace tfdrift

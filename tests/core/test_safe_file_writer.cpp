// Files the user saves: the new content appears whole or not at all, the version it replaces is kept
// as "<name>.bak", permissions are never widened, and every error names the file.
#include "core/storage/SafeFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    return file.readAll();
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeFileSafely(
        path, [&bytes](QIODevice &out, QString *) { return out.write(bytes) == bytes.size(); }, error);
}

// Names in the folder, so that a leftover temporary file would show.
QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestSafeFileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesANewFileWithoutBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.jsonl"));
        QString error;
        QVERIFY2(save(path, "first\n", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("first\n"));
        QCOMPARE(entries(dir), QStringList{QStringLiteral("capture.jsonl")});
    }

    void keepsThePreviousVersionAsBak()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drift.csv"));
        QCOMPARE(SafeFileWriter::backupPath(path), path + QStringLiteral(".bak"));
        QString error;
        QVERIFY2(save(path, "one", &error), qPrintable(error));
        QVERIFY2(save(path, "two", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("two"));
        QCOMPARE(contents(path + QStringLiteral(".bak")), QByteArray("one"));

        // One generation: the next save keeps the version it replaces, not the oldest.
        QVERIFY2(save(path, "three", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("three"));
        QCOMPARE(contents(path + QStringLiteral(".bak")), QByteArray("two"));
        QCOMPARE(entries(dir), (QStringList{QStringLiteral("drift.csv"), QStringLiteral("drift.csv.bak")}));
    }

    void aFailedWriteChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drift.json"));
        QString error;
        QVERIFY(save(path, "old", &error));
        QVERIFY(save(path, "current", &error));

        const bool ok = writeFileSafely(
            path,
            [](QIODevice &out, QString *writeError) {
                out.write("half of the new con");
                *writeError = QStringLiteral("the export was interrupted");
                return false;
            },
            &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("the export was interrupted")), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("current"));
        QCOMPARE(contents(path + QStringLiteral(".bak")), QByteArray("old"));
        QCOMPARE(entries(dir), (QStringList{QStringLiteral("drift.json"), QStringLiteral("drift.json.bak")}));
    }

    void aWriterDroppedWithoutCommitChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.jsonl"));
        QVERIFY(writeRaw(path, "kept"));
        {
            SafeFileWriter writer(path);
            QVERIFY2(writer.open(), qPrintable(writer.errorString()));
            writer.device().write("never committed");
        }
        QCOMPARE(contents(path), QByteArray("kept"));
        QCOMPARE(entries(dir), QStringList{QStringLiteral("capture.jsonl")});

        SafeFileWriter cancelled(path);
        QVERIFY(cancelled.open());
        cancelled.device().write("cancelled");
        cancelled.cancel();
        QCOMPARE(contents(path), QByteArray("kept"));
        QCOMPARE(entries(dir), QStringList{QStringLiteral("capture.jsonl")});
    }

    void aFolderThatCannotHoldTheFileIsNamedInTheError()
    {
        QTemporaryDir dir;
        // A regular file where a folder should be: no user, root included, can create a file in it.
        const QString notAFolder = dir.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(writeRaw(notAFolder, "x"));
        const QString path = notAFolder + QStringLiteral("/capture.jsonl");
        QString error;
        QVERIFY(!save(path, "data", &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));

        const QString missing = dir.filePath(QStringLiteral("no/such/folder/drift.csv"));
        SafeFileWriter writer(missing);
        QVERIFY(!writer.open());
        QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(writer.errorString()));
        QVERIFY(!writer.commit());
        QVERIFY(!QFileInfo::exists(missing));
    }

    void aDirectoryInTheWayIsAnErrorNotAVictim()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("export.csv")));
        QString error;
        QVERIFY(!save(path, "data", &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(QFileInfo(path).isDir());
    }

    void permissionsAreKeptNotWidened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.jsonl"));
        QVERIFY(writeRaw(path, "secret v1"));
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        QVERIFY(QFile::setPermissions(path, ownerOnly));

        QString error;
        QVERIFY2(save(path, "secret v2", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("secret v2"));
        QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
        QCOMPARE(QFileInfo(path + QStringLiteral(".bak")).permissions()
                     & ~(QFile::ReadUser | QFile::WriteUser),
                 ownerOnly);
    }

    void aSymbolicLinkStaysALink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.csv"));
        const QString link = dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(writeRaw(real, "old"));
        QVERIFY(QFile::link(real, link));

        QString error;
        QVERIFY2(save(link, "new", &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(contents(real), QByteArray("new"));
        QCOMPARE(contents(real + QStringLiteral(".bak")), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestSafeFileWriter)
#include "test_safe_file_writer.moc"

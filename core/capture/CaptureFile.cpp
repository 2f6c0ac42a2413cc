#include "core/capture/CaptureFile.h"

#include "core/falco/AlertJson.h"
#include "core/storage/SafeFileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIODevice>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::CaptureFile)
};

// Alerts read per ReplayReader::readBatch() call; only bounds how often the loop turns.
constexpr int kReadBatch = 4096;
} // namespace

bool saveCapture(const QString &path, const AlertBatch &alerts, QString *error)
{
    return writeFileSafely(
        path,
        [&alerts](QIODevice &out, QString *writeError) {
            for (const FalcoAlert &alert : alerts) {
                const QByteArray line = alertToJsonLine(alert);
                if (out.write(line) != line.size()) {
                    *writeError = out.errorString();
                    return false;
                }
            }
            return true;
        },
        error);
}

CaptureReadResult readCapture(const QString &path)
{
    CaptureReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.fileError = Text::tr("Cannot read \u201c%1\u201d: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    ReplayReader reader(&file, path);
    while (reader.readBatch(&result.alerts, kReadBatch)) { }
    result.errors = reader.takeErrors();
    if (file.error() != QFileDevice::NoError) {
        result.fileError = Text::tr("Cannot read \u201c%1\u201d: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return result;
}

} // namespace tfdrift

#include "core/ingest/replay/ReplayReader.h"

#include "core/falco/AlertJson.h"

#include <QCoreApplication>

#include <algorithm>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::ReplayReader)
};
} // namespace

QString ReplayError::toString() const
{
    return QStringLiteral("%1:%2:%3: %4: %5").arg(file).arg(line).arg(column).arg(Text::tr("error"), message);
}

ReplayReader::ReplayReader(QIODevice *device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName))
{
}

void ReplayReader::report(qint64 column, const QString &message)
{
    m_errors.append({m_fileName, m_line, column, message});
}

bool ReplayReader::readLine(QByteArray *line, bool *tooLong)
{
    *tooLong = false;
    line->clear();
    if (m_device->atEnd())
        return false;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = m_device->readLine(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (!*tooLong) {
            line->append(buffer, n);
            if (line->size() > kMaxLineBytes) {
                *tooLong = true;
                line->clear();
            }
        }
        if (buffer[n - 1] == '\n')
            break;
    }
    ++m_line;
    return true;
}

bool ReplayReader::readBatch(AlertBatch *out, int maxAlerts)
{
    QByteArray line;
    bool tooLong = false;
    int added = 0;
    while (added < maxAlerts) {
        if (!readLine(&line, &tooLong))
            return false;
        if (tooLong) {
            report(1, Text::tr("line is longer than %1 MiB; skipped").arg(kMaxLineBytes >> 20));
            continue;
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString error;
        qsizetype offset = 0;
        std::optional<FalcoAlert> alert = alertFromJsonText(line, &error, &offset);
        if (!alert) {
            // Qt reports the offset just past the character where parsing gave up; point at that character.
            const qint64 column = std::max<qint64>(1, QString::fromUtf8(line.left(offset)).size());
            report(column, error);
            continue;
        }
        out->append(std::move(*alert));
        ++added;
    }
    return true;
}

} // namespace tfdrift

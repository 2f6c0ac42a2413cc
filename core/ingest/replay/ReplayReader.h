#pragma once

#include "core/falco/FalcoAlert.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace tfdrift {

struct ReplayError {
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString message;

    // "capture.jsonl:17:42: error: ..." like a compiler diagnostic.
    QString toString() const;
};

// Reads JSON-lines alerts: what Falco writes with json_output + file_output, and the
// console's own capture format. A corrupt line is reported with its line and column and
// skipped; the rest of the file is still read.
class ReplayReader
{
public:
    ReplayReader(QIODevice *device, QString fileName);

    // Appends up to maxAlerts alerts to *out. Returns false once the input is exhausted.
    bool readBatch(AlertBatch *out, int maxAlerts);

    QList<ReplayError> takeErrors() { return std::exchange(m_errors, {}); }
    qint64 linesRead() const { return m_line; }

    // Longest line accepted; a longer one is reported and skipped without buffering it whole.
    static constexpr qint64 kMaxLineBytes = 16 << 20;

private:
    bool readLine(QByteArray *line, bool *tooLong);
    void report(qint64 column, const QString &message);

    QIODevice *m_device;
    QString m_fileName;
    qint64 m_line = 0;
    QList<ReplayError> m_errors;
};

} // namespace tfdrift

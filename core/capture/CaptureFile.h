#pragma once

#include "core/falco/FalcoAlert.h"
#include "core/ingest/replay/ReplayReader.h"

#include <QList>
#include <QString>

namespace tfdrift {

// A saved capture: the raw Falco alerts, one JSON object per line, exactly as Falco's json_output +
// file_output (and http_output, one post per line) write them. So a capture opens again in the console,
// replays with `tfdrift emulate --replay`, and reads with any tool that reads Falco's own output.
// What Falco does not send (which configured source delivered an alert, when it arrived) is not kept.

struct CaptureReadResult {
    AlertBatch alerts;         // every line that parsed, in file order
    QList<ReplayError> errors; // one per rejected line: path, line, column and why
    // Set when the file could not be opened, or reading it failed part way; alerts then holds what
    // was read before.
    QString fileError;

    bool ok() const { return fileError.isEmpty(); }
};

// Writes alerts to path through SafeFileWriter: the capture appears whole or not at all, and the file
// it replaces is kept as "<path>.bak". On failure *error names the path.
bool saveCapture(const QString &path, const AlertBatch &alerts, QString *error);

// Reads a capture or any Falco JSON-lines file. A corrupt line is reported in errors and skipped; every
// good line is returned.
CaptureReadResult readCapture(const QString &path);

} // namespace tfdrift

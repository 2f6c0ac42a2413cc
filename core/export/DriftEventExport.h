#pragma once

#include "core/drift/DriftEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace tfdrift {

// Drift events exported from the console for a spreadsheet, a ticket or a script.
//
// CSV (RFC 4180): comma separated, CRLF line ends, a field with a comma, a quote or a line break is
// quoted with its quotes doubled. UTF-8 with a byte order mark, because Excel (a Japanese Windows
// Excel above all) reads a CSV without one in the local code page and garbles every non-ASCII
// character; LibreOffice, Python's utf-8-sig and most CSV readers skip the mark. The header row holds
// stable English keys (driftEventCsvColumns()) and the values are untranslated, so a script can rely on
// them whatever language the console shows.
//
// Cells are attacker-controlled text (a resource id, a user name), and a spreadsheet runs a cell that
// starts with = + - @ as a formula (CSV injection). As OWASP advises, such a cell, or one starting with
// a tab or a carriage return, is written with a leading single quote, which spreadsheets show as text.
// The full-width = + - @ are treated the same, since some Japanese spreadsheet setups read them as their
// ASCII forms.
//
// JSON: an array of driftEventToJson() objects, one per line, written one event at a time so that a
// million-event export never holds a second copy of the events as one document.

enum class DriftExportFormat { Csv, Json };

// The CSV header keys, in column order.
QStringList driftEventCsvColumns();

// The "attributes" cell: "port: 22 → 0.0.0.0/0; description: (unknown) → open", each value cut to a
// few dozen characters.
QString driftEventAttributeSummary(const DriftEvent &event);

// A cell as written to the CSV: neutralised against formula injection, then quoted when RFC 4180 asks.
QString csvCell(const QString &text);

// Writes events one at a time: begin(), append() for each event, finish(). The device must be open for
// writing. After a false return errorString() says why; further calls do nothing and return false.
class DriftEventWriter
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::DriftEventWriter)

public:
    virtual ~DriftEventWriter() = default;

    virtual bool begin() = 0;
    virtual bool append(const DriftEvent &event) = 0;
    virtual bool finish() = 0;

    QString errorString() const { return m_error; }

protected:
    explicit DriftEventWriter(QIODevice &out);
    bool write(const QByteArray &bytes);

    QIODevice &m_out;
    QString m_error;
};

class DriftEventCsvWriter : public DriftEventWriter
{
public:
    explicit DriftEventCsvWriter(QIODevice &out);
    bool begin() override; // the byte order mark and the header row
    bool append(const DriftEvent &event) override;
    bool finish() override; // nothing to close in CSV
};

class DriftEventJsonWriter : public DriftEventWriter
{
public:
    explicit DriftEventJsonWriter(QIODevice &out);
    bool begin() override; // "["
    bool append(const DriftEvent &event) override;
    bool finish() override; // "]"

private:
    bool m_first = true;
};

std::unique_ptr<DriftEventWriter> createDriftEventWriter(DriftExportFormat format, QIODevice &out);

// Every event in one go. On failure *error says why.
bool writeDriftEventsCsv(QIODevice &out, const QList<DriftEvent> &events, QString *error);
bool writeDriftEventsJson(QIODevice &out, const QList<DriftEvent> &events, QString *error);

// Writes events to path through SafeFileWriter: the file appears whole or not at all, and the file it
// replaces is kept as "<path>.bak". On failure *error names the path.
bool exportDriftEvents(const QString &path, DriftExportFormat format, const QList<DriftEvent> &events,
                       QString *error);

// The format a file name asks for by its extension (.csv, .json; any case); nullopt for anything else.
std::optional<DriftExportFormat> driftExportFormatForFileName(const QString &fileName);

} // namespace tfdrift

#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tfdrift::rules {

// 1-based line and column in a YAML file.
struct SourcePosition {
    int line = 0;
    int column = 0;
};

// Maps each character of a parsed YAML scalar back to where it stands in the file, so that an
// error found at offset N of a condition points at the right line and column even when the
// condition is a folded (`>`), literal (`|`), quoted or multi-line plain scalar.
//
// yaml-cpp only says where a scalar starts. The map is found by walking the parsed value and the
// raw text side by side: equal characters match; a folded line break matches a space; indentation,
// trailing blanks and quote escapes are stepped over. Where the two cannot be aligned, the rest
// of the value maps to the scalar's start, which is never wrong by more than the scalar.
class ScalarSourceMap
{
public:
    // fileLines: the file's lines without line breaks. markLine and markColumn: yaml-cpp's 0-based
    // mark of the scalar node (at its first character, quote or block indicator).
    ScalarSourceMap(const QStringList &fileLines, int markLine, int markColumn, const QString &value);

    SourcePosition position(qsizetype offset) const;
    // Whether every character found its place (false means some map to the start).
    bool isExact() const { return m_exact; }

private:
    std::vector<SourcePosition> m_positions;
    SourcePosition m_start;
    bool m_exact = true;
};

} // namespace tfdrift::rules

#pragma once

#include <QString>
#include <QStringView>

namespace tfdrift {

// A shell glob (`*`, `?`, `[a-z]`, `[!x]`, `\` escapes), matched the way fnmatch(3) does for Falco's
// glob and iglob, but over UTF-16 text directly: the filter tests a million events and must not
// convert each value to UTF-8 first.
class GlobPattern
{
public:
    GlobPattern() = default;
    GlobPattern(const QString &pattern, Qt::CaseSensitivity caseSensitivity);

    bool matches(QStringView text) const;

private:
    // Matches the bracket expression starting at m_pattern[at] ('[') against c; sets `end` to the
    // index after the closing ']'. Returns false with end = -1 when the bracket is not closed.
    bool matchBracket(qsizetype at, QChar c, qsizetype &end) const;
    QChar fold(QChar c) const;

    QString m_pattern; // case-folded when case-insensitive
    Qt::CaseSensitivity m_caseSensitivity = Qt::CaseSensitive;
};

} // namespace tfdrift

#include "core/rules/ScalarSourceMap.h"

namespace tfdrift::rules {

namespace {
bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// The characters one escape sequence of a double-quoted scalar spans in the source.
qsizetype escapeLength(const QString &line, qsizetype backslash)
{
    if (backslash + 1 >= line.size())
        return 1; // an escaped line break
    switch (line[backslash + 1].unicode()) {
    case 'x': return 4;
    case 'u': return 6;
    case 'U': return 10;
    default: return 2;
    }
}
} // namespace

ScalarSourceMap::ScalarSourceMap(const QStringList &fileLines, int markLine, int markColumn,
                                 const QString &value)
    : m_start{markLine + 1, markColumn + 1}
{
    m_positions.reserve(std::size_t(value.size()));
    int line = markLine;
    qsizetype column = markColumn;
    if (line < 0 || line >= fileLines.size()) {
        m_exact = value.isEmpty();
        return;
    }
    QChar quote;
    const QString &first = fileLines[line];
    if (column < first.size()) {
        const QChar indicator = first[column];
        if (indicator == QLatin1Char('|') || indicator == QLatin1Char('>')) {
            ++line; // block scalars start on the next line
            column = 0;
        } else if (indicator == QLatin1Char('"') || indicator == QLatin1Char('\'')) {
            quote = indicator;
            ++column;
        }
    }
    const auto atLineStart = [&] {
        const QString &text = fileLines[line];
        for (qsizetype i = 0; i < column; ++i) {
            if (!isBlank(text[i]))
                return false;
        }
        return true;
    };

    qsizetype index = 0;
    while (index < value.size() && line < fileLines.size()) {
        const QString &text = fileLines[line];
        const QChar wanted = value[index];
        if (column >= text.size()) {
            // End of a source line: a line break in the value, or a folded one (a space).
            if (wanted == QLatin1Char('\n') || wanted == QLatin1Char(' ')) {
                m_positions.push_back({line + 1, int(column) + 1});
                ++index;
            }
            ++line;
            column = 0;
            continue;
        }
        const QChar here = text[column];
        if (quote == QLatin1Char('\'') && here == QLatin1Char('\'') && column + 1 < text.size()
            && text[column + 1] == QLatin1Char('\'') && wanted == QLatin1Char('\'')) {
            m_positions.push_back({line + 1, int(column) + 1});
            ++index;
            column += 2;
            continue;
        }
        if (quote == QLatin1Char('"') && here == QLatin1Char('\\')) {
            const qsizetype length = escapeLength(text, column);
            if (length > 1) {
                m_positions.push_back({line + 1, int(column) + 1});
                ++index;
            }
            column += length;
            continue;
        }
        if (here == wanted) {
            m_positions.push_back({line + 1, int(column) + 1});
            ++index;
            ++column;
            continue;
        }
        if (isBlank(here) && (atLineStart() || text.mid(column).trimmed().isEmpty())) {
            ++column; // indentation, or blanks before a folded line break
            continue;
        }
        break; // the value and the source disagree: give up on exactness
    }
    m_exact = index == value.size();
}

SourcePosition ScalarSourceMap::position(qsizetype offset) const
{
    if (offset >= 0 && std::size_t(offset) < m_positions.size())
        return m_positions[std::size_t(offset)];
    if (offset >= 0 && std::size_t(offset) == m_positions.size() && !m_positions.empty() && m_exact) {
        const SourcePosition last = m_positions.back();
        return {last.line, last.column + 1}; // just past the end: "expected more"
    }
    return m_start;
}

} // namespace tfdrift::rules

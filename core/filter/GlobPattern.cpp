#include "core/filter/GlobPattern.h"

namespace tfdrift {

GlobPattern::GlobPattern(const QString &pattern, Qt::CaseSensitivity caseSensitivity)
    : m_pattern(caseSensitivity == Qt::CaseInsensitive ? pattern.toCaseFolded() : pattern)
    , m_caseSensitivity(caseSensitivity)
{
}

QChar GlobPattern::fold(QChar c) const
{
    return m_caseSensitivity == Qt::CaseInsensitive ? c.toCaseFolded() : c;
}

bool GlobPattern::matchBracket(qsizetype at, QChar c, qsizetype &end) const
{
    qsizetype i = at + 1;
    bool negated = false;
    if (i < m_pattern.size() && (m_pattern[i] == QLatin1Char('!') || m_pattern[i] == QLatin1Char('^'))) {
        negated = true;
        ++i;
    }
    bool matched = false;
    bool first = true;
    // fnmatch: a ']' right after '[' or '[!' is a member, not the end.
    while (i < m_pattern.size() && (first || m_pattern[i] != QLatin1Char(']'))) {
        first = false;
        QChar low = m_pattern[i];
        if (low == QLatin1Char('\\') && i + 1 < m_pattern.size())
            low = m_pattern[++i];
        ++i;
        QChar high = low;
        if (i + 1 < m_pattern.size() && m_pattern[i] == QLatin1Char('-')
            && m_pattern[i + 1] != QLatin1Char(']')) {
            high = m_pattern[i + 1];
            if (high == QLatin1Char('\\') && i + 2 < m_pattern.size()) {
                high = m_pattern[i + 2];
                ++i;
            }
            i += 2;
        }
        if (low <= c && c <= high)
            matched = true;
    }
    if (i >= m_pattern.size()) {
        end = -1;
        return false;
    }
    end = i + 1;
    return matched != negated;
}

bool GlobPattern::matches(QStringView text) const
{
    // Iterative matching with one backtrack point: the last '*' seen and where in the text it resumes.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starPattern = -1;
    qsizetype starText = 0;
    while (t < text.size()) {
        if (p < m_pattern.size()) {
            const QChar pc = m_pattern[p];
            const QChar tc = fold(text[t]);
            if (pc == QLatin1Char('*')) {
                starPattern = ++p;
                starText = t;
                continue;
            }
            if (pc == QLatin1Char('?')) {
                ++p;
                ++t;
                continue;
            }
            if (pc == QLatin1Char('[')) {
                qsizetype end = -1;
                const bool matched = matchBracket(p, tc, end);
                if (end < 0) {
                    // An unclosed '[' is an ordinary character, as in fnmatch.
                    if (tc == pc) {
                        ++p;
                        ++t;
                        continue;
                    }
                } else if (matched) {
                    p = end;
                    ++t;
                    continue;
                }
            } else {
                QChar literal = pc;
                qsizetype next = p + 1;
                if (pc == QLatin1Char('\\') && p + 1 < m_pattern.size()) {
                    literal = m_pattern[p + 1];
                    next = p + 2;
                }
                if (literal == tc) {
                    p = next;
                    ++t;
                    continue;
                }
            }
        }
        if (starPattern < 0)
            return false;
        p = starPattern;
        t = ++starText;
    }
    while (p < m_pattern.size() && m_pattern[p] == QLatin1Char('*'))
        ++p;
    return p == m_pattern.size();
}

} // namespace tfdrift

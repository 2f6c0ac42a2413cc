#include "core/drift/GlobList.h"

namespace tfdrift {

namespace {
bool sameChar(QChar a, QChar b, Qt::CaseSensitivity sensitivity)
{
    return a == b || (sensitivity == Qt::CaseInsensitive && a.toCaseFolded() == b.toCaseFolded());
}
} // namespace

bool globMatches(QStringView pattern, QStringView text, Qt::CaseSensitivity sensitivity)
{
    // Iterative matching with one backtrack point: linear for patterns with a single `*`, and
    // never exponential (the last `*` seen absorbs what the rest cannot match).
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starPattern = -1;
    qsizetype starText = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starPattern = p++;
            starText = t;
        } else if (p < pattern.size()
                   && (pattern[p] == QLatin1Char('?') || sameChar(pattern[p], text[t], sensitivity))) {
            ++p;
            ++t;
        } else if (starPattern >= 0) {
            p = starPattern + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

GlobList::GlobList(const QStringList &patterns, Qt::CaseSensitivity sensitivity)
    : m_patterns(patterns)
    , m_sensitivity(sensitivity)
    , m_matchesEverything(patterns.contains(QStringLiteral("*")))
{
}

bool GlobList::matches(QStringView text) const
{
    if (m_matchesEverything)
        return true;
    for (const QString &pattern : m_patterns) {
        if (globMatches(pattern, text, m_sensitivity))
            return true;
    }
    return false;
}

} // namespace tfdrift

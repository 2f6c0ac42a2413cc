#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tfdrift {

// The globs of drift_rules: `*` matches any run of characters, `?` one character, anything else
// itself. "aws_iam_*", "aws_security_group*", "*", "terraform-?i".
//
// Our own matcher rather than a library's: Qt 6.4's wildcard regular expressions stop `*` at
// '/', and user names and ARNs ("assumed-role/ci/session") contain slashes; fnmatch(3) works
// through wide characters in a UTF-8 locale, which costs more than the rest of a drift
// evaluation.
class GlobList
{
public:
    GlobList() = default;
    GlobList(const QStringList &patterns, Qt::CaseSensitivity sensitivity);

    bool matches(QStringView text) const;
    bool isEmpty() const { return m_patterns.isEmpty(); }

private:
    QStringList m_patterns;
    Qt::CaseSensitivity m_sensitivity = Qt::CaseSensitive;
    bool m_matchesEverything = false;
};

// Whether text matches one glob pattern.
bool globMatches(QStringView pattern, QStringView text, Qt::CaseSensitivity sensitivity);

} // namespace tfdrift

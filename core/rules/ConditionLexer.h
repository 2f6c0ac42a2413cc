#pragma once

#include "core/rules/ConditionAst.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace tfdrift::rules {

struct ConditionToken {
    qsizetype offset = 0;
    qsizetype length = 0;
    QString text; // the source text; for quoted strings the content with escapes resolved
};

// Scans a condition on demand. The libsinsp grammar is context sensitive (the same characters are a
// bare string after `=`, a field argument inside `[...]` and an identifier elsewhere), so the parser
// asks for the token kind it expects at the current position instead of reading a token stream.
class ConditionLexer
{
public:
    explicit ConditionLexer(QStringView input);

    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype position) { m_pos = position; }
    bool atEnd() const { return m_pos >= m_input.size(); }
    QChar peek(qsizetype ahead = 0) const;

    // Skips spaces, tabs, backspaces, CR and LF (the blanks libsinsp knows); true if any were skipped.
    bool skipBlanks();
    // Consumes `text` exactly.
    bool consume(QStringView text);
    // Consumes `word` only when the character after it cannot continue an identifier.
    bool consumeWord(QStringView word);

    // [a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)+
    std::optional<ConditionToken> lexFieldName();
    // [a-zA-Z][a-zA-Z0-9_]*
    std::optional<ConditionToken> lexIdentifier();
    // 0x hex or [+-]digits[.digits][e[+-]digits]; only when a value boundary follows.
    std::optional<ConditionToken> lexNumber();
    // Anything up to a blank, a quote, '(', ')', ',' or '='.
    std::optional<ConditionToken> lexBareString();
    // Inside `[...]`: anything up to a blank, a quote, '[' or ']'.
    std::optional<ConditionToken> lexFieldArgument();
    // A '...' or "..." string. Returns nullopt when no quote is here; sets `error` when one is here but
    // the string is unterminated or holds an invalid escape.
    std::optional<ConditionToken> lexQuotedString(std::optional<ConditionError> &error);

    static bool isBlank(QChar c);
    static bool isIdentifierChar(QChar c);

private:
    qsizetype scanIdentifierAt(qsizetype at) const;
    qsizetype scanNumberAt(qsizetype at) const;
    ConditionToken take(qsizetype end);

    QStringView m_input;
    qsizetype m_pos = 0;
};

} // namespace tfdrift::rules

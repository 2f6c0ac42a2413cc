#include "core/rules/ConditionLexer.h"

#include <QCoreApplication>

namespace tfdrift::rules {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'');
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ConditionParser", text);
}

} // namespace

ConditionLexer::ConditionLexer(QStringView input)
    : m_input(input)
{
}

QChar ConditionLexer::peek(qsizetype ahead) const
{
    const qsizetype at = m_pos + ahead;
    return at < m_input.size() ? m_input[at] : QChar();
}

bool ConditionLexer::isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\b') || c == QLatin1Char('\r')
        || c == QLatin1Char('\n');
}

bool ConditionLexer::isIdentifierChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('_');
}

bool ConditionLexer::skipBlanks()
{
    const qsizetype start = m_pos;
    while (!atEnd() && isBlank(m_input[m_pos]))
        ++m_pos;
    return m_pos != start;
}

bool ConditionLexer::consume(QStringView text)
{
    if (m_input.mid(m_pos).startsWith(text)) {
        m_pos += text.size();
        return true;
    }
    return false;
}

bool ConditionLexer::consumeWord(QStringView word)
{
    if (!m_input.mid(m_pos).startsWith(word))
        return false;
    const qsizetype end = m_pos + word.size();
    if (end < m_input.size() && isIdentifierChar(m_input[end]))
        return false;
    m_pos = end;
    return true;
}

ConditionToken ConditionLexer::take(qsizetype end)
{
    ConditionToken token{m_pos, end - m_pos, m_input.mid(m_pos, end - m_pos).toString()};
    m_pos = end;
    return token;
}

qsizetype ConditionLexer::scanIdentifierAt(qsizetype at) const
{
    if (at >= m_input.size() || !isAsciiLetter(m_input[at]))
        return at;
    ++at;
    while (at < m_input.size() && isIdentifierChar(m_input[at]))
        ++at;
    return at;
}

std::optional<ConditionToken> ConditionLexer::lexIdentifier()
{
    const qsizetype end = scanIdentifierAt(m_pos);
    if (end == m_pos)
        return std::nullopt;
    return take(end);
}

std::optional<ConditionToken> ConditionLexer::lexFieldName()
{
    qsizetype end = scanIdentifierAt(m_pos);
    if (end == m_pos)
        return std::nullopt;
    int segments = 1;
    while (end < m_input.size() && m_input[end] == QLatin1Char('.')) {
        const qsizetype next = scanIdentifierAt(end + 1);
        if (next == end + 1)
            break;
        end = next;
        ++segments;
    }
    if (segments < 2)
        return std::nullopt;
    return take(end);
}

qsizetype ConditionLexer::scanNumberAt(qsizetype at) const
{
    const qsizetype start = at;
    auto digitsFrom = [this](qsizetype i) {
        while (i < m_input.size() && isAsciiDigit(m_input[i]))
            ++i;
        return i;
    };
    if (at + 1 < m_input.size() && m_input[at] == QLatin1Char('0')
        && (m_input[at + 1] == QLatin1Char('x') || m_input[at + 1] == QLatin1Char('X'))) {
        qsizetype i = at + 2;
        while (i < m_input.size() && isHexDigit(m_input[i]))
            ++i;
        return i > at + 2 ? i : start;
    }
    if (at < m_input.size() && (m_input[at] == QLatin1Char('+') || m_input[at] == QLatin1Char('-')))
        ++at;
    qsizetype i = digitsFrom(at);
    if (i == at)
        return start;
    if (i < m_input.size() && m_input[i] == QLatin1Char('.'))
        i = digitsFrom(i + 1);
    if (i < m_input.size() && (m_input[i] == QLatin1Char('e') || m_input[i] == QLatin1Char('E'))) {
        qsizetype e = i + 1;
        if (e < m_input.size() && (m_input[e] == QLatin1Char('+') || m_input[e] == QLatin1Char('-')))
            ++e;
        const qsizetype expEnd = digitsFrom(e);
        if (expEnd > e)
            i = expEnd;
    }
    return i;
}

std::optional<ConditionToken> ConditionLexer::lexNumber()
{
    const qsizetype end = scanNumberAt(m_pos);
    if (end == m_pos)
        return std::nullopt;
    // "10abc" is not a number followed by something: it is not a number at all.
    if (end < m_input.size()) {
        const QChar next = m_input[end];
        if (!isBlank(next) && next != QLatin1Char(')') && next != QLatin1Char(','))
            return std::nullopt;
    }
    return take(end);
}

std::optional<ConditionToken> ConditionLexer::lexBareString()
{
    qsizetype end = m_pos;
    while (end < m_input.size()) {
        const QChar c = m_input[end];
        if (isBlank(c) || isQuote(c) || c == QLatin1Char('(') || c == QLatin1Char(')')
            || c == QLatin1Char(',') || c == QLatin1Char('='))
            break;
        ++end;
    }
    if (end == m_pos)
        return std::nullopt;
    return take(end);
}

std::optional<ConditionToken> ConditionLexer::lexFieldArgument()
{
    qsizetype end = m_pos;
    while (end < m_input.size()) {
        const QChar c = m_input[end];
        if (isBlank(c) || isQuote(c) || c == QLatin1Char('[') || c == QLatin1Char(']'))
            break;
        ++end;
    }
    if (end == m_pos)
        return std::nullopt;
    return take(end);
}

std::optional<ConditionToken> ConditionLexer::lexQuotedString(std::optional<ConditionError> &error)
{
    if (atEnd() || !isQuote(m_input[m_pos]))
        return std::nullopt;
    const QChar delimiter = m_input[m_pos];
    const qsizetype start = m_pos;
    QString value;
    qsizetype i = m_pos + 1;
    while (i < m_input.size()) {
        const QChar c = m_input[i];
        if (c == delimiter) {
            ConditionToken token{start, i + 1 - start, value};
            m_pos = i + 1;
            return token;
        }
        if (c != QLatin1Char('\\')) {
            value += c;
            ++i;
            continue;
        }
        if (i + 1 >= m_input.size())
            break; // a trailing backslash escapes nothing: the string is unterminated
        const QChar escaped = m_input[i + 1];
        switch (escaped.unicode()) {
        case 'b': value += QLatin1Char('\b'); break;
        case 'f': value += QLatin1Char('\f'); break;
        case 'n': value += QLatin1Char('\n'); break;
        case 'r': value += QLatin1Char('\r'); break;
        case 't': value += QLatin1Char('\t'); break;
        case ' ': // libsinsp reads "\ " as a backslash, for rules written before escapes were checked
        case '\\': value += QLatin1Char('\\'); break;
        case '/': value += QLatin1Char('/'); break;
        case '"':
        case '\'':
            if (escaped != delimiter) {
                error = ConditionError{i,
                                       escaped == QLatin1Char('"')
                                           ? tr("invalid escape \\\" in a single-quoted string")
                                           : tr("invalid escape \\' in a double-quoted string")};
                return std::nullopt;
            }
            value += escaped;
            break;
        default:
            error = ConditionError{i,
                                   tr("unsupported escape sequence '\\%1'; expected one of "
                                      "\\b \\f \\n \\r \\t \\\\ \\/ \\\" \\'")
                                       .arg(escaped)};
            return std::nullopt;
        }
        i += 2;
    }
    error = ConditionError{start, tr("unterminated string: expected a closing %1").arg(delimiter)};
    return std::nullopt;
}

} // namespace tfdrift::rules

#include "core/rules/evaluation/RawJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tfdrift::rules {

namespace {

bool isJsonSpace(char character)
{
    return character == ' ' || character == '\t' || character == '\n' || character == '\r';
}

// Go's strconv.Atoi as fastjson uses it for array steps: optional sign, decimal digits.
std::optional<qsizetype> arrayIndex(const QString &key)
{
    QStringView digits(key);
    if (digits.startsWith(QLatin1Char('+')))
        digits = digits.mid(1);
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qsizetype index = 0;
    for (QChar character : digits) {
        if (!character.isDigit() || character.unicode() > '9')
            return std::nullopt;
        index = index * 10 + (character.unicode() - '0');
    }
    return index;
}

} // namespace

RawJson::RawJson(QByteArrayView text)
    : m_text(text)
{
}

qsizetype RawJson::skipSpace(qsizetype index) const
{
    while (index < m_text.size() && isJsonSpace(m_text[index]))
        ++index;
    return index;
}

qsizetype RawJson::skipString(qsizetype index) const
{
    for (++index; index < m_text.size(); ++index) {
        if (m_text[index] == '\\')
            ++index;
        else if (m_text[index] == '"')
            return index + 1;
    }
    return m_text.size();
}

qsizetype RawJson::skipValue(qsizetype index) const
{
    index = skipSpace(index);
    if (index >= m_text.size())
        return index;
    const char first = m_text[index];
    if (first == '"')
        return skipString(index);
    if (first == '{' || first == '[') {
        int depth = 0;
        while (index < m_text.size()) {
            const char character = m_text[index];
            if (character == '"') {
                index = skipString(index);
                continue;
            }
            if (character == '{' || character == '[')
                ++depth;
            else if ((character == '}' || character == ']') && --depth == 0)
                return index + 1;
            ++index;
        }
        return index;
    }
    while (index < m_text.size() && !isJsonSpace(m_text[index]) && m_text[index] != ','
           && m_text[index] != '}' && m_text[index] != ']')
        ++index;
    return index;
}

std::optional<RawJson::Span> RawJson::root() const
{
    const qsizetype begin = skipSpace(0);
    if (begin >= m_text.size())
        return std::nullopt;
    return Span{begin, skipValue(begin)};
}

bool RawJson::keyEquals(Span key, const QByteArray &wanted) const
{
    const QByteArrayView inner
        = m_text.sliced(key.begin + 1, std::max<qsizetype>(0, key.end - key.begin - 2));
    if (!inner.contains('\\'))
        return inner == QByteArrayView(wanted);
    return stringValue(key).toUtf8() == wanted;
}

std::optional<RawJson::Span> RawJson::get(Span container, const QString &key) const
{
    if (container.begin >= m_text.size())
        return std::nullopt;
    const char opening = m_text[container.begin];
    if (opening == '{') {
        const QByteArray wanted = key.toUtf8();
        qsizetype index = container.begin + 1;
        while (true) {
            index = skipSpace(index);
            if (index >= container.end || m_text[index] != '"')
                return std::nullopt;
            const Span name{index, skipString(index)};
            index = skipSpace(name.end);
            if (index >= container.end || m_text[index] != ':')
                return std::nullopt;
            const qsizetype valueBegin = skipSpace(index + 1);
            const qsizetype valueEnd = skipValue(valueBegin);
            if (valueEnd > container.end)
                return std::nullopt;
            if (keyEquals(name, wanted))
                return Span{valueBegin, valueEnd};
            index = skipSpace(valueEnd);
            if (index >= container.end || m_text[index] != ',')
                return std::nullopt;
            ++index;
        }
    }
    if (opening == '[') {
        const std::optional<qsizetype> wantedIndex = arrayIndex(key);
        if (!wantedIndex)
            return std::nullopt;
        qsizetype index = skipSpace(container.begin + 1);
        if (index < container.end && m_text[index] == ']')
            return std::nullopt;
        for (qsizetype element = 0;; ++element) {
            const qsizetype valueBegin = skipSpace(index);
            const qsizetype valueEnd = skipValue(valueBegin);
            if (valueBegin >= container.end || valueEnd > container.end)
                return std::nullopt;
            if (element == *wantedIndex)
                return Span{valueBegin, valueEnd};
            index = skipSpace(valueEnd);
            if (index >= container.end || m_text[index] != ',')
                return std::nullopt;
            ++index;
        }
    }
    return std::nullopt;
}

std::optional<RawJson::Span> RawJson::find(std::initializer_list<const char *> path) const
{
    std::optional<Span> current = root();
    for (const char *step : path) {
        if (!current)
            return std::nullopt;
        current = get(*current, QString::fromLatin1(step));
    }
    return current;
}

QString RawJson::stringValue(Span span) const
{
    if (!isString(span) || span.end - span.begin < 2)
        return {};
    const QByteArrayView inner = m_text.sliced(span.begin + 1, span.end - span.begin - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    // Escapes: let Qt's parser decode them.
    const QByteArray wrapped = '[' + m_text.sliced(span.begin, span.end - span.begin).toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

QByteArray RawJson::compact(Span span) const
{
    QByteArray result;
    result.reserve(span.end - span.begin);
    qsizetype index = span.begin;
    const qsizetype end = std::min(span.end, m_text.size());
    while (index < end) {
        const char character = m_text[index];
        if (character == '"') {
            const qsizetype stringEnd = std::min(skipString(index), end);
            result.append(m_text.sliced(index, stringEnd - index));
            index = stringEnd;
            continue;
        }
        if (!isJsonSpace(character))
            result.append(character);
        ++index;
    }
    return result;
}

QString RawJson::displayText(Span span) const
{
    return isString(span) ? stringValue(span) : QString::fromUtf8(compact(span));
}

} // namespace tfdrift::rules

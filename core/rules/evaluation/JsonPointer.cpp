#include "core/rules/evaluation/JsonPointer.h"

namespace tfdrift::rules {

std::optional<RawJson::Span> resolveJsonPointer(const RawJson &json, const QString &pointer)
{
    std::optional<RawJson::Span> current = json.root();
    if (pointer.isEmpty() || !current)
        return current;
    QStringView rest = pointer;
    if (rest.startsWith(QLatin1Char('/')))
        rest = rest.mid(1);
    qsizetype start = 0;
    while (current) {
        const qsizetype slash = rest.indexOf(QLatin1Char('/'), start);
        QString key = rest.mid(start, slash < 0 ? -1 : slash - start).toString();
        key.replace(QLatin1String("~1"), QLatin1String("/"));
        key.replace(QLatin1String("~0"), QLatin1String("~"));
        current = json.get(*current, key);
        if (slash < 0)
            break;
        start = slash + 1;
    }
    return current;
}

QByteArray indentJson(const QByteArray &compactJson)
{
    QByteArray result;
    int depth = 0;
    const auto newline = [&] {
        result.append('\n');
        result.append(QByteArray(2 * depth, ' '));
    };
    for (qsizetype index = 0; index < compactJson.size(); ++index) {
        const char character = compactJson[index];
        if (character == '"') {
            // Copy the string whole, escapes included.
            qsizetype end = index + 1;
            while (end < compactJson.size() && compactJson[end] != '"')
                end += compactJson[end] == '\\' ? 2 : 1;
            result.append(compactJson.mid(index, end - index + 1));
            index = end;
            continue;
        }
        const char next = index + 1 < compactJson.size() ? compactJson[index + 1] : '\0';
        if ((character == '{' && next == '}') || (character == '[' && next == ']')) {
            result.append(character);
            result.append(next);
            ++index;
            continue;
        }
        if (character == '{' || character == '[') {
            result.append(character);
            ++depth;
            newline();
        } else if (character == '}' || character == ']') {
            --depth;
            newline();
            result.append(character);
        } else if (character == ',') {
            result.append(character);
            newline();
        } else if (character == ':') {
            result.append(": ");
        } else {
            result.append(character);
        }
    }
    return result;
}

} // namespace tfdrift::rules

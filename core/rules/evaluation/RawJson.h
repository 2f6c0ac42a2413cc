#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tfdrift::rules {

// Reads values straight from the JSON text of an event, the way Falco's plugins do with fastjson:
// objects keep their members in the order they were written, and numbers keep the digits they were
// written with. A parsed QJsonObject sorts keys and turns numbers into doubles, so `ct.request` built
// from one would not read as Falco prints it.
//
// The text is expected to be valid JSON (events are parsed before they are read), but every read is
// bounds-checked: a malformed text yields no value, never a read past its end.
class RawJson
{
public:
    struct Span {
        qsizetype begin = 0;
        qsizetype end = 0; // one past the last character of the value
    };

    explicit RawJson(QByteArrayView text);

    std::optional<Span> root() const;
    // fastjson's Get step: the first member called `key` of an object, or, on an array, the element
    // whose decimal index `key` spells ("0", "01" and "+1" all parse, as Go's Atoi does).
    std::optional<Span> get(Span container, const QString &key) const;
    // A path of Get steps from the root; nullopt as soon as one step finds nothing.
    std::optional<Span> find(std::initializer_list<const char *> path) const;

    bool isString(Span span) const { return span.begin < m_text.size() && m_text[span.begin] == '"'; }
    // The decoded text of a string value.
    QString stringValue(Span span) const;
    // The value as compact JSON: whitespace outside strings dropped, everything else as written.
    QByteArray compact(Span span) const;
    // What the json plugin prints for a value: a string's text, anything else as compact JSON.
    QString displayText(Span span) const;

private:
    qsizetype skipSpace(qsizetype index) const;
    qsizetype skipString(qsizetype index) const;
    qsizetype skipValue(qsizetype index) const;
    bool keyEquals(Span key, const QByteArray &wanted) const;

    QByteArrayView m_text;
};

} // namespace tfdrift::rules

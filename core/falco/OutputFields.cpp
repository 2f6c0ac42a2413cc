#include "core/falco/OutputFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace tfdrift {

namespace {
bool nameLess(const OutputField &field, QAnyStringView name)
{
    return QAnyStringView::compare(field.name(), name) < 0;
}
} // namespace

OutputField::OutputField(QString name, QString text)
    : m_name(std::move(name))
    , m_text(std::move(text))
{
}

OutputField::OutputField(QString name, const QJsonValue &value)
    : m_name(std::move(name))
{
    // One representation per value, so that equal fields compare equal.
    if (value.isString()) {
        m_text = value.toString();
    } else {
        m_json = value;
        m_isString = false;
    }
}

QJsonValue OutputField::value() const
{
    return m_isString ? QJsonValue(m_text) : m_json;
}

QString OutputField::text() const
{
    if (m_isString)
        return m_text;
    if (m_json.isNull() || m_json.isUndefined())
        return QStringLiteral("<NA>");
    // Wrap in an array to serialise a bare scalar, then strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{m_json}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

OutputFields::OutputFields(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    m_fields.reserve(qsizetype(fields.size()));
    for (const auto &[name, value] : fields)
        insert(name, value);
}

OutputFields OutputFields::fromJsonObject(const QJsonObject &object)
{
    OutputFields fields;
    fields.reserve(object.size());
    // QJsonObject iterates in key order, so every insert appends.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Reading a string through the reference skips a QJsonValue copy per field.
        if (it->isString())
            fields.insertString(it.key(), it->toString());
        else
            fields.insert(it.key(), it.value());
    }
    return fields;
}

QJsonObject OutputFields::toJsonObject() const
{
    QJsonObject object;
    for (const OutputField &field : m_fields)
        object.insert(field.name(), field.value());
    return object;
}

void OutputFields::insert(const QString &name, const QJsonValue &value)
{
    insertField(OutputField(name, value));
}

void OutputFields::insertString(const QString &name, const QString &text)
{
    insertField(OutputField(name, text));
}

QJsonValue OutputFields::value(QAnyStringView name) const
{
    const auto it = find(name);
    return it == m_fields.cend() ? QJsonValue(QJsonValue::Undefined) : it->value();
}

QString OutputFields::text(QAnyStringView name) const
{
    const auto it = find(name);
    return it == m_fields.cend() ? QString() : it->text();
}

QStringView OutputFields::string(QAnyStringView name) const
{
    const auto it = find(name);
    return it == m_fields.cend() ? QStringView() : QStringView(it->string());
}

OutputFields::const_iterator OutputFields::find(QAnyStringView name) const
{
    // Alerts carry a dozen fields or so: a scan that rejects on length first beats a binary
    // search, whose every step compares characters.
    constexpr qsizetype kScanLimit = 24;
    if (m_fields.size() <= kScanLimit) {
        const qsizetype length = name.size();
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            if (it->name().size() == length && QAnyStringView::equal(it->name(), name))
                return it;
        }
        return m_fields.cend();
    }
    const auto it = std::lower_bound(m_fields.cbegin(), m_fields.cend(), name, nameLess);
    return it != m_fields.cend() && QAnyStringView::equal(it->name(), name) ? it : m_fields.cend();
}

void OutputFields::insertField(OutputField field)
{
    // Fields usually arrive in name order: appending is the common case.
    if (m_fields.isEmpty() || m_fields.constLast().name() < field.name()) {
        m_fields.append(std::move(field));
        return;
    }
    const auto it
        = std::lower_bound(m_fields.begin(), m_fields.end(), QAnyStringView(field.name()), nameLess);
    if (it != m_fields.end() && it->name() == field.name())
        *it = std::move(field);
    else
        m_fields.insert(it, std::move(field));
}

} // namespace tfdrift

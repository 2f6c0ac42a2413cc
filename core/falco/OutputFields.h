#pragma once

#include <QAnyStringView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

namespace tfdrift {

// One entry of Falco's output_fields. Nearly every value is a string (over gRPC all of them
// are), so strings are held as QString; building a QJsonValue per string would cost several
// allocations per field on the ingest path.
class OutputField
{
public:
    OutputField(QString name, QString text);
    OutputField(QString name, const QJsonValue &value);

    const QString &name() const { return m_name; }
    bool isString() const { return m_isString; }
    QJsonValue value() const;
    // The value as Falco's gRPC output prints it: strings verbatim, null as "<NA>", anything
    // else as compact JSON.
    QString text() const;
    // The string value, empty when the value is not a string.
    const QString &string() const { return m_text; }

    bool operator==(const OutputField &other) const = default;

private:
    QString m_name;
    QString m_text;
    QJsonValue m_json; // only when the value is not a string
    bool m_isString = true;
};

// Falco's output_fields: field name -> JSON value, kept sorted by name.
class OutputFields
{
public:
    using const_iterator = QList<OutputField>::const_iterator;

    OutputFields() = default;
    OutputFields(std::initializer_list<std::pair<QString, QJsonValue>> fields);
    static OutputFields fromJsonObject(const QJsonObject &object);
    QJsonObject toJsonObject() const;

    // Adds or replaces a field.
    void insert(const QString &name, const QJsonValue &value);
    void insertString(const QString &name, const QString &text);

    bool contains(QAnyStringView name) const { return find(name) != m_fields.cend(); }
    // Undefined when the field is absent, like QJsonObject::value.
    QJsonValue value(QAnyStringView name) const;
    QString text(QAnyStringView name) const;
    // A string value without copying it; empty when the field is absent or not a string. For the
    // hot paths that only compare or read a value.
    QStringView string(QAnyStringView name) const;

    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void reserve(qsizetype size) { m_fields.reserve(size); }
    const_iterator begin() const { return m_fields.cbegin(); }
    const_iterator end() const { return m_fields.cend(); }

    bool operator==(const OutputFields &other) const = default;

private:
    const_iterator find(QAnyStringView name) const;
    void insertField(OutputField field);

    QList<OutputField> m_fields;
};

} // namespace tfdrift

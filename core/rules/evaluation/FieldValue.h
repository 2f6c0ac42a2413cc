#pragma once

#include <QString>
#include <QVarLengthArray>

namespace tfdrift::rules {

// How a field's value compares and prints: plugin fields are strings or unsigned numbers; evt.time
// is a number of nanoseconds that prints as a clock time.
enum class FieldType { String, Number, AbsoluteTime };

// What a field extraction yields for one event. Most fields have one value; list fields
// (ec2.imageids) may have several. A field that yields nothing is missing, which is not the same
// as an empty string: Falco's comparisons are false on a missing value and outputs print <NA>.
struct FieldValue {
    FieldType type = FieldType::String;
    QVarLengthArray<QString, 1> strings; // String: the values
    QVarLengthArray<quint64, 1> numbers; // Number, AbsoluteTime: the values

    bool isMissing() const { return type == FieldType::String ? strings.isEmpty() : numbers.isEmpty(); }
    qsizetype count() const { return type == FieldType::String ? strings.size() : numbers.size(); }
    void clear()
    {
        strings.clear();
        numbers.clear();
    }
    void setString(const QString &value)
    {
        type = FieldType::String;
        strings.append(value);
    }
    void setNumber(quint64 value, FieldType numericType = FieldType::Number)
    {
        type = numericType;
        numbers.append(value);
    }
    // Value `index` as text, the way Falco prints it in an output (evt.time as HH:MM:SS.nnnnnnnnn).
    QString text(qsizetype index = 0) const;
};

} // namespace tfdrift::rules

#pragma once

#include "core/drift/DriftEvent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace tfdrift {

// How a filter field's values compare.
enum class DriftFieldKind {
    Text,       // one string, compared as Falco compares strings
    List,       // several strings (the changed attributes): in, intersects and friends as on Falco lists
    Enumerated, // one of a fixed set of lower-case words, compared case-insensitively by rank
};

// One field a drift filter can test. Accessors return views into the event, so evaluating a filter
// builds no strings; an empty value counts as missing.
struct DriftFilterField {
    QString name;
    const char *description = nullptr; // untranslated; see DriftFilterFields::description()
    DriftFieldKind kind = DriftFieldKind::Text;
    // Value `index` of the event, or a null view past the last one (Text and Enumerated fields have
    // at most one value).
    QStringView (*valueAt)(const DriftEvent &event, qsizetype index) = nullptr;
    // Enumerated fields: the event's value as an index into `values`.
    int (*rank)(const DriftEvent &event) = nullptr;
    QStringList values; // Enumerated fields: every value, least severe first when `ordered`
    bool ordered = false;
};

// The fields of the console's filter language over DriftEvent.
class DriftFilterFields
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::DriftFilterFields)

public:
    static std::span<const DriftFilterField> all();
    // nullptr for an unknown name.
    static const DriftFilterField *find(QStringView name);
    static QStringList names();
    static QString description(const DriftFilterField &field);
};

} // namespace tfdrift

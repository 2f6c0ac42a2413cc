#pragma once

#include "core/drift/DriftEvent.h"

#include <QMetaType>
#include <QString>

#include <initializer_list>

namespace tfdrift {

// The console's quick filters, next to the filter-language bar: which severities and change kinds to
// show, and a free text that must appear in one of the fields a row shows. Everything is shown by
// default. matches() allocates nothing, so it can run over a million events per keystroke.
struct QuickFilter {
    static constexpr quint8 kAllSeverities = 0b1111;  // one bit per Severity value
    static constexpr quint8 kAllChangeKinds = 0b1111; // one bit per ChangeKind value

    quint8 severities = kAllSeverities;
    quint8 changeKinds = kAllChangeKinds;
    // Case-insensitive substring of resource type, id, Terraform address, attribute names, user,
    // account, region, event name, source endpoint or Falco rule. Used as given (the bar trims it);
    // empty matches every event.
    QString text;

    bool includesSeverity(Severity severity) const;
    void setSeverityIncluded(Severity severity, bool included);
    void setSeverities(std::initializer_list<Severity> shown);

    bool includesChangeKind(ChangeKind kind) const;
    void setChangeKindIncluded(ChangeKind kind, bool included);
    void setChangeKinds(std::initializer_list<ChangeKind> shown);

    bool matches(const DriftEvent &event) const;
    bool matchesEverything() const;

    bool operator==(const QuickFilter &other) const = default;
};

} // namespace tfdrift

Q_DECLARE_METATYPE(tfdrift::QuickFilter)

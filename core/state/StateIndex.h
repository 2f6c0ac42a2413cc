#pragma once

#include "core/state/TerraformState.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace tfdrift {

// Every loaded state, indexed for the drift engine's lookups. Immutable once built: the store
// swaps in a new index after a reload, so readers on other threads hold a consistent snapshot.
class StateIndex
{
public:
    void addState(const TerraformState &state);

    // Finds a managed resource of this type whose id, arn, name or other identifying attribute
    // (bucket, function_name, self_link, ...) equals identifier. nullptr when no state knows it.
    const TerraformResource *find(const QString &resourceType, const QString &identifier) const;
    // The same lookup over every type, for calls whose catalog type is a near miss.
    const TerraformResource *findAnyType(const QString &identifier) const;

    int resourceCount() const;

private:
    struct Entry {
        const TerraformResource *resource = nullptr;
        int rank = 0; // 0: the value names this object; 1: a name, unique only within a type
    };
    using Entries = QVarLengthArray<Entry, 1>;

    void indexResource(const TerraformResource &resource);
    void insert(const QString &key, const TerraformResource *resource, int rank);
    const TerraformResource *lookup(const QString &identifier, const QString *type) const;
    const TerraformResource *lookupKey(const QString &key, const QString *type) const;

    // Owns the resources that m_byIdentifier points into. Only ever read through const access:
    // the lists are implicitly shared with the caller's copies, and a copy of the index shares
    // them too, so the pointers stay valid for the lifetime of every copy.
    QList<TerraformState> m_states;
    QHash<QString, Entries> m_byIdentifier;
    int m_resourceCount = 0;
};

} // namespace tfdrift

#pragma once

#include "core/rules/evaluation/FieldValue.h"
#include "core/rules/evaluation/RuleEvent.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace tfdrift::rules {

// What a condition or an output reads from an event: a field (with its bracket argument), or a
// transformer applied to other operands (tolower(ct.user), len(ec2.imageids), concat(a, b)).
struct FieldOperand {
    enum class Kind { Field, Transformer };
    Kind kind = Kind::Field;
    ResolvedField field;
    QString argument;
    QString transformer;        // tolower, toupper, b64, basename, len, concat
    std::vector<int> arguments; // slots of the transformer's operands
    QString text;               // as written: "tolower(ct.user)", "json.value[/a]"
};

// Every operand the rules of one source read, numbered, so that each is extracted at most once per
// event however many rules use it: twenty rules testing ct.name cost one extraction.
class FieldSlots
{
public:
    using Resolver = std::function<std::optional<ResolvedField>(const QString &name)>;

    explicit FieldSlots(Resolver resolver);

    std::optional<ResolvedField> resolve(const QString &name) const { return m_resolver(name); }
    // The slot of an operand, added on first use (operands are identified by their text).
    int slotFor(FieldOperand operand);
    const FieldOperand &operand(int slot) const { return m_operands[std::size_t(slot)]; }
    int size() const { return int(m_operands.size()); }

    // The transformers the evaluator supports.
    static bool isSupportedTransformer(const QString &name);

private:
    Resolver m_resolver;
    std::vector<FieldOperand> m_operands;
    QHash<QString, int> m_slotByText;
};

// The values of one event's operands, extracted on first use. Reusable from event to event.
class EventFieldCache
{
public:
    explicit EventFieldCache(const FieldSlots &slots);

    void setEvent(const RuleEvent &event);
    const RuleEvent &event() const { return *m_event; }
    const FieldValue &value(int slot);

private:
    void compute(int slot, FieldValue &value);

    const FieldSlots &m_slots;
    const RuleEvent *m_event = nullptr;
    quint64 m_generation = 1;
    struct Entry {
        quint64 generation = 0;
        FieldValue value;
    };
    std::vector<Entry> m_entries;
};

} // namespace tfdrift::rules

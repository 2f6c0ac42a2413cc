#include "core/rules/evaluation/FieldSlots.h"

#include <QByteArray>

namespace tfdrift::rules {

FieldSlots::FieldSlots(Resolver resolver)
    : m_resolver(std::move(resolver))
{
}

int FieldSlots::slotFor(FieldOperand operand)
{
    const auto found = m_slotByText.constFind(operand.text);
    if (found != m_slotByText.constEnd())
        return *found;
    const int slot = int(m_operands.size());
    m_slotByText.insert(operand.text, slot);
    m_operands.push_back(std::move(operand));
    return slot;
}

bool FieldSlots::isSupportedTransformer(const QString &name)
{
    static const QStringList supported{QStringLiteral("tolower"), QStringLiteral("toupper"),
                                       QStringLiteral("b64"),     QStringLiteral("basename"),
                                       QStringLiteral("len"),     QStringLiteral("concat")};
    return supported.contains(name);
}

EventFieldCache::EventFieldCache(const FieldSlots &slots)
    : m_slots(slots)
    , m_entries(std::size_t(slots.size()))
{
}

void EventFieldCache::setEvent(const RuleEvent &event)
{
    m_event = &event;
    ++m_generation;
    if (m_entries.size() < std::size_t(m_slots.size()))
        m_entries.resize(std::size_t(m_slots.size()));
}

const FieldValue &EventFieldCache::value(int slot)
{
    Entry &entry = m_entries[std::size_t(slot)];
    if (entry.generation != m_generation) {
        compute(slot, entry.value);
        entry.generation = m_generation;
    }
    return entry.value;
}

void EventFieldCache::compute(int slot, FieldValue &value)
{
    const FieldOperand &operand = m_slots.operand(slot);
    if (operand.kind == FieldOperand::Kind::Field) {
        m_event->extract(operand.field, operand.argument, value);
        return;
    }
    value.clear();
    value.type = FieldType::String;
    const QString &name = operand.transformer;
    if (name == QLatin1String("concat")) {
        QString joined;
        for (int argument : operand.arguments) {
            const FieldValue &part = this->value(argument);
            if (part.isMissing())
                return; // like Falco: one missing operand leaves nothing to concatenate
            joined += part.text();
        }
        value.setString(joined);
        return;
    }
    // Entries never move while an event is evaluated, so the reference stays valid.
    const FieldValue &input = this->value(operand.arguments.front());
    if (input.isMissing())
        return;
    if (name == QLatin1String("len")) {
        value.setNumber(input.count() > 1 ? quint64(input.count()) : quint64(input.text().toUtf8().size()));
        return;
    }
    for (qsizetype index = 0; index < input.count(); ++index) {
        const QString text = input.text(index);
        if (name == QLatin1String("tolower")) {
            value.setString(text.toLower());
        } else if (name == QLatin1String("toupper")) {
            value.setString(text.toUpper());
        } else if (name == QLatin1String("basename")) {
            value.setString(text.mid(text.lastIndexOf(QLatin1Char('/')) + 1));
        } else if (name == QLatin1String("b64")) {
            const auto decoded
                = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                value.setString(QString::fromUtf8(*decoded));
        }
    }
}

} // namespace tfdrift::rules

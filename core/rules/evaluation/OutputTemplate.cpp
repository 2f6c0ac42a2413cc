#include "core/rules/evaluation/OutputTemplate.h"

namespace tfdrift::rules {

namespace {

bool isFieldNameChar(QChar character)
{
    return character.isLetterOrNumber() || character == QLatin1Char('_') || character == QLatin1Char('.');
}

} // namespace

QString OutputTemplate::valueText(const FieldValue &value)
{
    if (value.isMissing())
        return QStringLiteral("<NA>");
    if (value.count() == 1)
        return value.text();
    QStringList texts;
    for (qsizetype index = 0; index < value.count(); ++index)
        texts.append(value.text(index));
    return QLatin1Char('(') + texts.join(QLatin1Char(',')) + QLatin1Char(')');
}

std::optional<OutputTemplate> OutputTemplate::compile(const QString &format, FieldSlots &slots,
                                                      QString *error)
{
    OutputTemplate result;
    QString literal;
    qsizetype cursor = 0;
    const qsizetype size = format.size();
    // A leading '*' asks sysdig to print events with missing fields; Falco always prints them.
    if (format.startsWith(QLatin1Char('*')))
        cursor = 1;

    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // The longest known field name at `start` ("%ct.user." may end a sentence), with its argument.
    const auto readField = [&](qsizetype &position) -> std::optional<int> {
        const qsizetype start = position;
        while (position < size && isFieldNameChar(format[position]))
            ++position;
        QString name = format.mid(start, position - start);
        while (name.endsWith(QLatin1Char('.')) && !slots.resolve(name)) {
            name.chop(1);
            --position;
        }
        const std::optional<ResolvedField> resolved = slots.resolve(name);
        if (!resolved)
            return std::nullopt;
        FieldOperand operand;
        operand.field = *resolved;
        operand.text = name;
        if (position < size && format[position] == QLatin1Char('[')) {
            const qsizetype close = format.indexOf(QLatin1Char(']'), position);
            if (close < 0)
                return std::nullopt;
            operand.argument = format.mid(position + 1, close - position - 1);
            operand.text += format.mid(position, close - position + 1);
            position = close + 1;
        }
        return slots.slotFor(std::move(operand));
    };

    while (cursor < size) {
        const QChar character = format[cursor];
        if (character != QLatin1Char('%')) {
            literal += character;
            ++cursor;
            continue;
        }
        const qsizetype tokenStart = cursor++;
        int width = 0;
        while (cursor < size && format[cursor].isDigit())
            width = width * 10 + format[cursor++].digitValue();
        const qsizetype nameStart = cursor;
        while (cursor < size && isFieldNameChar(format[cursor]))
            ++cursor;
        std::optional<int> slot;
        if (cursor < size && format[cursor] == QLatin1Char('(')
            && FieldSlots::isSupportedTransformer(format.mid(nameStart, cursor - nameStart))) {
            FieldOperand operand;
            operand.kind = FieldOperand::Kind::Transformer;
            operand.transformer = format.mid(nameStart, cursor - nameStart);
            qsizetype inner = cursor + 1;
            const std::optional<int> argument = readField(inner);
            if (!argument || inner >= size || format[inner] != QLatin1Char(')'))
                return fail(
                    tr("invalid formatting token %1").arg(format.mid(tokenStart, inner - tokenStart + 1)));
            operand.arguments.push_back(*argument);
            operand.field.type
                = operand.transformer == QLatin1String("len") ? FieldType::Number : FieldType::String;
            operand.text
                = operand.transformer + QLatin1Char('(') + slots.operand(*argument).text + QLatin1Char(')');
            slot = slots.slotFor(std::move(operand));
            cursor = inner + 1;
        } else {
            cursor = nameStart;
            slot = readField(cursor);
        }
        if (!slot)
            return fail(tr("invalid formatting token %1: the evaluator cannot extract it")
                            .arg(format.mid(tokenStart, std::max<qsizetype>(cursor - tokenStart, 2))));
        result.m_tokens.push_back(Token{literal, *slot, width});
        literal.clear();
        if (std::find(result.m_fieldSlots.begin(), result.m_fieldSlots.end(), *slot)
            == result.m_fieldSlots.end())
            result.m_fieldSlots.push_back(*slot);
    }
    if (!literal.isEmpty())
        result.m_tokens.push_back(Token{literal, -1, 0});
    return result;
}

QString OutputTemplate::format(EventFieldCache &cache) const
{
    QString text;
    for (const Token &token : m_tokens) {
        text += token.literal;
        if (token.slot < 0)
            continue;
        const QString value = valueText(cache.value(token.slot));
        text += token.width > 0 ? value.leftJustified(token.width) : value;
    }
    return text;
}

} // namespace tfdrift::rules
